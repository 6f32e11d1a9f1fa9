"""Batch 113, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action. The time is set once for a whole stage, part or table (a banner row
"before Ruby is discharged from Willow Unit", "Part A - all of these are to be
done within six weeks of this conference, by 14/11/2025", "Weeks 1-4
(14/10/2025 to 07/11/2025)", a column headed "By 12/01/2026 we will see", the
school term, "at every contact"), or by ticks in the week columns of a
ten-week grid. The measures sit in a separate "How we will know it is working"
/ "What we will look for" / "What good looks like" section that refers to
actions by number, or inside the outcome the actions serve ("By October half
term Mia and Oscar will be at school every day ... the school register will
show ..."). Children include a baby on a special care baby unit going home on
oxygen and tube top-ups, a non-verbal autistic boy with epilepsy whose voice
is a talking mat, his PECS choices and what adults saw, a six-year-old with
type 1 diabetes on a pump, and a toddler with Down syndrome fed by
gastrostomy.

Four plans are exemplary: a Word pre-discharge plan with stage banner rows
and a separate measures table by action number (docx); a landscape ten-week
tick grid for a disabled child (pdf); a Markdown plan whose outcomes carry the
checks and whose actions are timed by school term (md); and a plain-text plan
in three parts timed once each - within six weeks, every week, at every
contact (txt). Three carry realistic faults among mostly good rows: core group
minutes whose action log mixes carried-forward and new actions, with a
"what we will look for" list that leaves two actions out (pdf); a Word plan
whose first table is timed and measured by a "By 12/01/2026" column but whose
"Next steps" table has no time at all and a measures list that skips one row,
with a contingency that has no trigger (docx); and a Markdown plan in week
stages built round the mother's own needs, with a "When Tegan is ready" stage
and no record of the baby's day (md).

Counting actions (convention 1, "Files" in sample_plans/README.md): every
live row of an action table and every numbered task or bullet of an action
section counts; banner rows that give a stage's time, the measures sections,
the contingency and the meeting dates do not. An action that is done and
closed is not counted (in the Chellowby minutes a finished stair gate action
has been taken off the log and is only mentioned in the updates); actions
carried forward, and standing actions that run every week, are counted.
Reading used for the layouts of this batch: a time given once for a stage,
part or table applies to every action in it; a tick in a week column is the
action's time; a measure in a separate section counts for the action whose
number it gives, and an action that section leaves out has no measure; the
check written into an outcome counts for the actions listed under it.
"""
from build_batch5 import F, H

PLANS = []

TICK = "\u2713"


def _weeks(*ticked):
    """Ten week cells, W1 to W10, with a tick in the weeks given."""
    return [TICK if w in ticked else "" for w in range(1, 11)]


ALL_WEEKS = tuple(range(1, 11))


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a baby on a special care baby unit, going
#    home on oxygen and nasal-tube top-ups; mother's cannabis use,
#    grandmother moving in. One Word table with two stage banner rows that
#    give the time for every action in the stage; what we will see for each
#    action is in a separate table by action number. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_caddesmoor_scbu_discharge_stage_banners_measures_by_number_ashdown.docx",
    "doc_title": "Child Protection Plan - Ruby Ashdown",
    "split": "tune",
    "actions": 14,
    "template": "icpc-baby-on-scbu-word-plan-details-list-why-worried-rubys-day-on-the-unit-outcomes-then-one-no-what-who-table-with-merged-stage-banner-rows-before-discharge-and-first-six-weeks-at-home-then-separate-how-we-will-know-table-by-action-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-week-old born at 31 weeks who will go home "
        "from the special care baby unit on oxygen, with nasal-tube top-ups and three medicines; "
        "her mother smoked cannabis throughout the pregnancy. One Word table holds fourteen "
        "actions under two merged banner rows that set the time once for each stage ('every "
        "action in this stage must be done before discharge'; 'runs from the day Ruby comes home "
        "until six weeks later'), with frequencies in some actions; the measures are in a "
        "separate 'How we will know it is working' table by action number. The drug service "
        "reports on change, the GP owns an action, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, core group and review dates are set, and the "
        "baby's day on the unit is recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Caddesmoor Council · Children's Services · Assessment and Intervention Team"),
        ("kv", [
            ("Child", "Ruby Ashdown, born 02/09/2025 at 31 weeks; 7 weeks old (38 weeks corrected) at the "
                      "conference"),
            ("Where Ruby is", "Willow Special Care Baby Unit, Caddesmoor Royal Infirmary, an in-patient since birth"),
            ("Mother", "Kayleigh Ashdown (21), 14 Pennyroyal Court, Caddesmoor CD3 8PL"),
            ("Father", "Jordan Lowe (23), lives with his parents in Caddesmoor; visits Ruby with Kayleigh on "
                       "Sundays"),
            ("Maternal grandmother", "Denise Ashdown (49), 3 Harrier Way, Caddesmoor"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 21/10/2025, held on Willow Unit. Chair: "
                           "Frances Achebe (IRO)"),
            ("Social worker", "Lydia Ferrante (team manager: Graham Oyelowo)"),
        ]),
        ("h1", "Why Ruby has a plan"),
        ("p", "Kayleigh smoked cannabis every day of her pregnancy and told the midwife she smoked it in the flat. "
              "Ruby was born at 31 weeks and has chronic lung disease of prematurity. She will go home on low-flow "
              "oxygen, with top-up feeds through a nasal tube after her bottle feeds and three medicines a day. In "
              "Ruby's first four weeks Kayleigh came to the unit on 11 of the 28 days, and she has not yet been "
              "taught to give tube feeds or to manage the oxygen. On 06/10/2025 a nurse smelt cannabis on "
              "Kayleigh's clothes when she came to the unit at night."),
        ("p", "Kayleigh wants to take Ruby home. Since 07/10/2025 she has come to the unit every day, and she has "
              "asked her mother, Denise, to move in with her for Ruby's first weeks at home. Ruby's oxygen makes "
              "any smoking in the flat a fire risk as well as a risk to her lungs."),
        ("h1", "Ruby's day on the unit"),
        ("p", "Ruby is too young to tell us anything, so this is what the nurses, the social worker and Kayleigh "
              "have seen. Ruby is awake for about 40 minutes around each three-hourly feed. She takes 35 to 40 ml "
              "of her 55 ml feed from the bottle before she tires, and the rest goes down her tube. She settles "
              "fastest skin-to-skin, and on 15/10/2025 the nurses saw her turn her head towards Kayleigh's voice. "
              "Loud noise on the unit makes her startle and her oxygen levels drop. On days when nobody visits "
              "she is held only at feeds and cares; on the days Kayleigh comes she is held for most of the "
              "afternoon."),
        ("h1", "What we want for Ruby"),
        ("numbers", [
            "Ruby goes home only when the adults caring for her can feed her, give her medicines and keep her "
            "oxygen safe, and once home she keeps gaining weight on or above the 9th centile (corrected for her "
            "early birth).",
            "Ruby lives in a home free of cannabis smoke, where nobody smokes near her or her oxygen.",
            "Ruby is seen by a professional at least twice a week in her first six weeks at home, and gets to "
            "every appointment for her lungs, eyes and growth.",
            "Ruby has the same adults caring for her day and night, and someone is awake for every night feed.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in two stages, and the time for every action is given once, in its stage's banner "
              "row. Some actions also say how often. What we will see for each action is in the next section, "
              "under the same number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 10.4, 5.4],
            "rows": [
                ["Stage 1 – before Ruby is discharged from Willow Unit. Every action in this stage must be done "
                 "before discharge, and Ruby will not go home until they are. Discharge is expected in the week "
                 "beginning 17/11/2025.", H, H],
                ["1",
                 "Learn to give Ruby her top-up feeds by nasal tube, her iron, vitamins and omeprazole, and to "
                 "change her oxygen cylinder; then give all of her cares for four full days under supervision, "
                 "one of them overnight",
                 "Kayleigh Ashdown (Mum), taught by Sister Bridget Harkin, discharge co-ordinator, Willow Unit"],
                ["2",
                 "Room in with Ruby in the parents' flat on the unit for 48 hours and give her every feed and "
                 "medicine, with Denise staying for the second night",
                 "Kayleigh Ashdown (Mum), with Denise Ashdown (maternal grandmother)"],
                ["3",
                 "Visit Ruby on the unit twice a week, see her with Kayleigh at a feed and check the unit's "
                 "visiting log",
                 "Lydia Ferrante, SW"],
                ["4",
                 "See Kayleigh for key-work every week with a urine screen at each session, and write to the "
                 "discharge planning meeting on whether she has stopped using cannabis, what still has to change "
                 "for Ruby and how long that is likely to take",
                 "Owen Prentice, recovery worker, Caddesmoor Drug and Alcohol Service"],
                ["5",
                 "Home fire safety visit to 14 Pennyroyal Court with the oxygen supplier: smoke alarms, a "
                 "no-smoking sign on the front door and a safe place for the cylinders",
                 "Watch Manager Ian Rudd, Caddesmoor Fire and Rescue Service; booked by Grace Mbeki, neonatal "
                 "outreach nurse"],
                ["6",
                 "Register Ruby with Pennyroyal Medical Centre, and send the SW the parts of Kayleigh's health "
                 "history that matter for Ruby's care, including her cannabis use and any missed appointments",
                 "Dr Anjali Menon, GP, Pennyroyal Medical Centre"],
                ["7",
                 "Hold the discharge planning meeting on the unit with Kayleigh, Denise, Jordan and everyone named "
                 "in this plan, and agree Ruby's written discharge and feeding plan (meeting booked for "
                 "11/11/2025)",
                 "Sister Bridget Harkin, with Lydia Ferrante, SW"],
                ["Stage 2 – Ruby's first six weeks at home. Every action in this stage runs from the day Ruby "
                 "comes home until six weeks later (expected 17/11/2025 to 29/12/2025), as often as it says. "
                 "What is needed after that will be agreed at the core group on 02/12/2025 and added to the "
                 "plan.", H, H],
                ["8",
                 "Visit Ruby at home every week, one visit in three unannounced, and see her awake, being fed and "
                 "in her Moses basket",
                 "Lydia Ferrante, SW"],
                ["9",
                 "Visit on Mondays and Thursdays to weigh Ruby, check her oxygen levels and her nasal tube, and "
                 "watch a feed",
                 "Grace Mbeki, community neonatal outreach nurse, Caddesmoor Royal Infirmary"],
                ["10",
                 "New-baby visit within ten days of discharge, then a home visit every two weeks, joined by the "
                 "outreach nurse on alternate visits",
                 "Helen Tranter, HV"],
                ["11",
                 "Live at 14 Pennyroyal Court, get up with Kayleigh for the 2am feed every night and initial each "
                 "night feed on Ruby's chart",
                 "Denise Ashdown (maternal grandmother)"],
                ["12",
                 "Give Ruby every feed and every medicine at the times on her feeding plan, and write each one on "
                 "her feed and medicine chart",
                 "Kayleigh Ashdown (Mum)"],
                ["13",
                 "Key-work and a urine screen every week, and a written report before each core group on whether "
                 "Kayleigh has stayed off cannabis and what that means for Ruby's care",
                 "Owen Prentice, recovery worker, Caddesmoor Drug and Alcohol Service"],
                ["14",
                 "Take Ruby to every neonatal follow-up clinic and eye screening appointment on her discharge "
                 "letter, the first on 25/11/2025",
                 "Kayleigh Ashdown (Mum); Denise drives"],
            ],
        }),
        ("h1", "How we will know it is working"),
        ("p", "What the core group will look for, by action number."),
        ("table", {
            "header": ["Action", "What we will see"],
            "widths": [2.0, 15.0],
            "rows": [
                ["1", "Sister Harkin's discharge checklist signed off for each skill, and the four supervised days, "
                      "including the night, written in Ruby's nursing notes"],
                ["2", "The nursing notes for the 48 hours show every feed and medicine given by Kayleigh on time"],
                ["3", "Visit records show Ruby seen twice every week, and the visiting log shows Kayleigh on the unit "
                      "at least five days in every seven"],
                ["4", "Owen's written report is with the discharge planning meeting on 11/11/2025, with every screen "
                      "result since 21/10/2025"],
                ["5", "The fire service visit record and the supplier's installation sheet are on Ruby's file, and "
                      "Grace has seen the smoke alarms working"],
                ["6", "Ruby's registration is confirmed and the GP letter is on her file before the discharge "
                      "planning meeting"],
                ["7", "A copy of the signed discharge and feeding plan is given to Kayleigh, Denise and every member "
                      "of the core group"],
                ["8", "Visit records show Ruby seen every week, with what she was doing and how Kayleigh responded "
                      "to her"],
                ["9", "Ruby's weight in her red book stays on or above the 9th centile (corrected), and her oxygen "
                      "saturation is 92% or more at each visit"],
                ["10", "The HV's entries in the red book, and a short email to the SW after each visit"],
                ["11", "Denise's initials are on the chart at every 2am feed, seen by the SW and the outreach nurse "
                       "at their visits"],
                ["12", "The chart shows no gap of more than four hours between feeds and no missed medicine, checked "
                       "at every visit"],
                ["13", "Owen's written report is on the file before each core group, and every screen is negative"],
                ["14", "Clinic letters copied to the SW show every appointment kept"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh has a positive screen, cannabis is smelt on her or in the flat, or anyone smokes in the "
            "flat: before discharge, Ruby stays on Willow Unit and her discharge is put back; after discharge, "
            "Lydia holds a strategy discussion the same day and Kayleigh and Ruby move to Denise's home at 3 "
            "Harrier Way that night, with the oxygen supplier asked to move the equipment the same day.",
            "If Ruby loses weight at two weighs in a row, her oxygen saturation is below 92% at a visit, or her "
            "chart shows a missed feed or medicine: Grace tells Lydia the same day and Ruby is seen by the "
            "neonatal team at Caddesmoor Royal Infirmary within 24 hours.",
            "If Denise cannot stay at the flat, because she is ill or for any other reason: Lydia arranges that "
            "day for Kayleigh and Ruby to go together to a Caddesmoor parent and baby foster placement until "
            "Denise is back.",
            "If Kayleigh misses three days in a row on the unit before discharge, has two positive screens at any "
            "time, or the Stage 1 actions are not all done by 28/11/2025, Lydia will ask Graham Oyelowo for a "
            "legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: Tuesday 04/11/2025 on Willow Unit, then every four weeks at Pennyroyal Family Hub: "
            "02/12/2025 and 06/01/2026 (a week later than usual because of Christmas).",
            "Discharge planning meeting: Tuesday 11/11/2025, 2pm, Willow Unit.",
            "Review child protection conference: Tuesday 20/01/2026, 10am, Caddesmoor Civic Centre.",
            "Before each core group Lydia will write down what she has seen of Ruby's day and bring it to the "
            "meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a non-verbal autistic boy of 11 with
#    epilepsy: bruises from being grabbed, a bolt on his bedroom door, an
#    exhausted mother with depression, short breaks restarted. Landscape
#    ten-week grid: ticks in week columns W1-W10 give each action's time;
#    a "What good looks like" column; the boy's voice from a talking mat,
#    PECS and what adults saw. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_cressingwold_week_grid_ticks_non_verbal_short_breaks_pemberton.pdf",
    "doc_title": "Child Protection Plan - Theo Pemberton",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-children-with-disabilities-plan-printed-to-pdf-landscape-page-header-footer-details-list-why-how-theo-tells-us-things-bullets-outcomes-then-ten-week-gantt-grid-no-action-lead-w1-to-w10-tick-columns-what-good-looks-like-with-week-key-contingency-bullets-core-group",
    "description": (
        "Exemplary initial conference plan for an 11-year-old autistic boy with a severe learning "
        "disability and epilepsy who does not speak, after finger-mark bruises and a bolt on his "
        "bedroom door; his mother is exhausted and has depression. A landscape Word plan printed "
        "to PDF with a page header and footer: the actions are rows of a ten-week grid whose "
        "week columns W1 to W10 carry ticks (a week key gives the dates), with a lead and a 'What "
        "good looks like' column. His voice is a talking mat, his PECS and Makaton and what "
        "adults saw. The GP and the talking therapies service own actions and the therapist "
        "reports on change, the grandmother's Sundays have a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Cressingwold County Council – Children with Disabilities Team",
    "footer": "Theo Pemberton – child protection plan from ICPC 07/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan: Theo Pemberton"),
        ("kv", [
            ("Child", "Theo Pemberton, DOB 04/03/2014 (11), Class 7, Hollin Bank School (special school)"),
            ("Address", "27 Thistle Bank, Cressingwold CW8 3RP"),
            ("Lives with", "Nicola Pemberton (41), mother; Evie Pemberton (15), sister"),
            ("Maternal grandmother", "Pat Gilling (66), 5 Orchard Rise, Cressingwold"),
            ("Theo's needs", "Autism and a severe learning disability. Theo does not use speech: he uses a PECS "
                             "book, about twenty Makaton signs and his communication passport. Epilepsy, with "
                             "buccal midazolam as his rescue medicine."),
            ("Category", "Physical abuse"),
            ("Conference", "Initial child protection conference, Tuesday 07/10/2025. Chair: Owen Castell (IRO)"),
            ("Social worker", "Rachel Adeyemi, Children with Disabilities Team (team manager: Mark Ellison)"),
        ]),
        ("h1", "Why Theo has a plan"),
        ("p", "On 12/09/2025 Theo's class teacher found finger-shaped bruises on both of his upper arms. Nicola "
              "said she had grabbed him hard to stop him running into the road outside the house. At the home "
              "visit the next day the social worker found a bolt on the outside of Theo's bedroom door. Nicola "
              "said she bolts it at night because since the summer Theo has been getting up at 3am, and twice he "
              "has let himself out of the house. Theo's short breaks stopped in April when his unit closed, and "
              "Nicola has had no break since. She has depression and takes medication from her GP. She told the "
              "conference: “I love him to bits but I'm running on empty. I didn't know what else to do.”"),
        ("h1", "How Theo tells us things, and what he has shown us"),
        ("p", "Theo does not speak, so his views come from how he communicates and from what the adults who "
              "know him best have seen. His communication passport says that he signs “more”, “finish”, “drink”, "
              "“Mum” and “Nana”; he hands over a PECS card to ask for something; when he is upset he bites the "
              "back of his hand and rocks; when he is happy he hums and flaps his hands."),
        ("bullets", [
            "On 01/10/2025 his speech and language therapist, Leanne Ford, used a talking mat with him. He put "
            "the pictures of his bedroom and his bedroom door on the “don't like” side, and the swing, Nana and "
            "the school minibus on the “like” side.",
            "At school he pushes the door of the quiet room open and hums when it is left open. His teacher says "
            "that since September he has cried and bitten his hand at the end of most days, when it is time to "
            "go home.",
            "At home on 29/09/2025 Theo took the social worker's hand, led her to the front door and signed "
            "“Nana”. Later he leaned against Nicola on the sofa and let her stroke his hair while they watched "
            "his train video.",
        ]),
        ("h1", "What we want for Theo"),
        ("bullets", [
            "Theo is kept safe without anyone grabbing or hurting him, and has no marks or bruises that are not "
            "explained.",
            "Theo sleeps in a bedroom that is never locked, and an alarm, not a bolt, tells Nicola when he is up "
            "in the night or at the front door.",
            "Theo's seizures are managed safely at home, at school and at his short breaks, by adults trained to "
            "give his rescue medicine.",
            "The adults at home understand Theo's signs and symbols, so that they know when he is upset and can "
            "calm him without holding him.",
        ]),
        ("h1", "The plan: ten weeks to the review"),
        ("p", "The grid runs from the week after the conference to the review. Each week column is one week, "
              "starting on a Monday. A tick (✓) means the action happens in that week; a row ticked in every "
              "column happens every week. The last column says what good looks like for that action."),
        ("p", "Week key: W1 13/10 · W2 20/10 · W3 27/10 · W4 03/11 · W5 10/11 · W6 17/11 · W7 24/11 · W8 01/12 · "
              "W9 08/12 · W10 15/12 (all 2025)"),
        ("table", {
            "header": ["No.", "Action", "Lead"] + [f"W{w}" for w in range(1, 11)] + ["What good looks like"],
            "widths": [1.0, 5.7, 3.2] + [1.0] * 9 + [1.2, 5.6],
            "rows": [
                ["1",
                 "Visit Theo at home and at school, at teatime at least every other visit, and write down each "
                 "sign or symbol he uses",
                 "Rachel Adeyemi, SW"] + _weeks(*ALL_WEEKS) +
                ["Visit records for every week, each listing Theo's signs and PECS choices and how Nicola "
                 "responded to them"],
                ["2",
                 "Overnight short break at Larchfield House, Friday 4pm to Saturday 4pm",
                 "Tom Brierley, manager, Larchfield House short breaks unit"] + _weeks(1, 3, 5, 7, 9) +
                ["Larchfield's record of each stay, with Theo's body map, his sleep and any seizure"],
                ["3",
                 "Take the bolt off Theo's bedroom door (W1), and fit a door sensor and a front-door alarm that "
                 "sound on Nicola's pager (W2)",
                 "Jo Whitaker, OT, Children with Disabilities Team"] + _weeks(1, 2) +
                ["The bolt seen gone by the SW in W1; both alarms tested with Nicola, and the OT's fitting note "
                 "on file in W2"],
                ["4",
                 "Write a positive behaviour support plan with Nicola and school (W2 to W4), then coach Nicola at "
                 "home in using it at bedtime and at the front door (W5 to W10)",
                 "Priya Nair, learning disability nurse, Cressingwold CAMHS Learning Disability Team"]
                + _weeks(2, 3, 4, 5, 6, 7, 8, 9, 10) +
                ["The plan signed by Nicola and school by the end of W4; Nicola's log shows Theo trying to leave "
                 "the house fewer than twice a week by W10"],
                ["5",
                 "Go to both sessions of the Safe Support course for parents of disabled children, on calming "
                 "and holding without hurting",
                 "Nicola Pemberton (Mum); place booked by Priya Nair"] + _weeks(3, 4) +
                ["Course certificate; Nicola shows Priya the safe holds at the first coaching visit"],
                ["6",
                 "Train Nicola and two Larchfield staff to give Theo's buccal midazolam and to keep his seizure "
                 "diary",
                 "Claire Dunmore, epilepsy nurse specialist, Cressingwold Children's Hospital"] + _weeks(1, 2) +
                ["Signed training records for Nicola and both staff; the seizure diary kept at home and at "
                 "Larchfield, seen by the SW"],
                ["7",
                 "Check Theo's body map when he arrives each morning, and phone the SW the same day about any new "
                 "mark",
                 "Mrs Anne Coulter, DSL, Hollin Bank School"] + _weeks(*ALL_WEEKS) +
                ["Body map sheets emailed to the SW every Friday; every same-day call logged on CPOMS"],
                ["8",
                 "Review Nicola's antidepressant and write to the SW about how her health is affecting her care "
                 "of Theo",
                 "Dr Peter Vaughan, GP, Wold Road Surgery"] + _weeks(2, 8) +
                ["A GP letter on Theo's file in W2 and a second in W8"],
                ["9",
                 "Weekly CBT with Nicola for stress and low mood, and a written report on whether she is using "
                 "what she learns with Theo, what still has to change and how long that is likely to take",
                 "Sunita Bhatt, therapist, Cressingwold Talking Therapies (adult mental health)"]
                + _weeks(3, 4, 5, 6, 7, 8, 9, 10) +
                ["Written reports on file before the core groups of 18/11/2025 and 16/12/2025"],
                ["10",
                 "Have Theo at her house every Sunday, 11am to 4pm, so that Nicola and Evie have a break",
                 "Pat Gilling (maternal grandmother)"] + _weeks(*ALL_WEEKS) +
                ["Pat texts the SW every Sunday evening; Nicola's diary checked at visits"],
                ["11",
                 "Use a talking mat with Theo about home, bedtime and Larchfield, and add what he shows to his "
                 "communication passport",
                 "Leanne Ford, speech and language therapist, Hollin Bank School"] + _weeks(2, 6, 10) +
                ["Photos of each talking mat and the updated passport sent to the SW and brought to the review"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If school, Larchfield or anyone else finds a new bruise or mark on Theo that is not clearly "
            "explained, or the bolt is back on his door: they phone Rachel straight away, Rachel holds a strategy "
            "discussion with Cressingwold Police the same day, and Theo stays at Larchfield House, in the "
            "emergency bed Tom Brierley keeps for him, until the strategy discussion has decided where he is "
            "safe.",
            "If Nicola says she cannot cope, or Theo has a seizure that needs midazolam when nobody trained is with "
            "him: Rachel visits that day and Theo has an extra night at Larchfield the same week.",
            "If Pat cannot have Theo on a Sunday, or can no longer help at all: Rachel books a Cressingwold Carers' "
            "Link sitter for that Sunday, and Larchfield gives Theo a Sunday day place from the following week.",
            "If Theo has another injury from being grabbed or held, or the actions due in W1 to W4 are not done by "
            "Friday 07/11/2025, Rachel will ask Mark Ellison for a legal planning meeting within five working "
            "days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm, Hollin Bank School: 21/10/2025, 18/11/2025 and "
            "16/12/2025.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Cressingwold County Hall.",
            "At each core group Rachel and Leanne will bring Theo's latest talking mat and what school, Larchfield "
            "and Pat have seen of him.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, domestic abuse, two primary school children.
#    Markdown: each outcome carries "What good looks like" and "How we will
#    see it" (the register, the police log, a sleep chart); the numbered
#    actions under it give who and a school-term time ("before October half
#    term", "every school day of the autumn term"). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_clemmerton_outcome_checks_school_term_times_delaney.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-markdown-plan-details-bullets-why-worried-childrens-words-how-the-plan-is-set-out-then-outcome-headings-each-with-what-good-looks-like-and-how-we-will-see-it-then-numbered-actions-timed-by-school-term-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 6-year-old after their father "
        "held their mother by the throat; a non-molestation order is in place. A Markdown plan in "
        "four outcome sections: each outcome says what good looks like and how we will see it "
        "(the school register sent every Friday, the police log checked fortnightly, the contact "
        "centre's notes, a sleep chart, the teacher's log), and the numbered actions under it "
        "give who and a time by the school term ('before October half term', 'every school day "
        "of the autumn term', 'every Wednesday afternoon of the autumn term'), with the term "
        "dates written out. The aunt's school collections have a fallback, legal planning "
        "follows named triggers, core group and review dates are set, both children's words are "
        "recorded."
    ),
    "text": """\
# Child Protection Plan: Mia and Oscar Delaney

**Clemmerton Borough Council – Children's Social Care – Family Safeguarding Team 2**

- **Children:** Mia Delaney, 9 (DOB 22/05/2016), Year 5; Oscar Delaney, 6 (DOB 03/02/2019), Year 2. Both go to
  St Aldhelm's C of E Primary, Clemmerton.
- **Live with:** Leanne Delaney (33), their mother, at 6 Nightingale Walk, Clemmerton CL4 9DS.
- **Father:** Craig Bannister (36), now at his brother's flat on Wrexley Road. A non-molestation order, granted on
  29/09/2025 for twelve months, stops him coming to Nightingale Walk or contacting Leanne.
- **Maternal aunt:** Gemma Rowe, 22 Tern Road, Clemmerton.
- **Category:** Emotional abuse (both children).
- **Initial conference:** Thursday 09/10/2025. Chair: Yvonne Tallis (IRO).
- **Social worker:** Aisha Begum (team manager: Richard Quayle).

## Why Mia and Oscar have a plan

The police have been called to Nightingale Walk five times since last winter. On 14/09/2025 Craig put his fist
through the living-room door and held Leanne by the throat while Mia and Oscar watched from the stairs. He has
been charged with assault. Leanne has ended the relationship and took out the non-molestation order. Mia missed
18 days of school last year and was late 22 times; she says she stays at home to "keep Mum company". Oscar hides
under the table at school when voices are raised.

## What Mia and Oscar have told us

**Mia** (seen on her own at school, 02/10/2025): "When Dad shouts I put my headphones on Oscar and turn the music
up. I sleep in Mum's bed now because I hear noises at the door. I don't like leaving Mum on her own in the
morning." She gave home 4 out of 10, and said a 10 would be "no shouting and me back in my own room".

**Oscar** (seen at home, 30/09/2025): "Daddy broke the door. I hide under the table when it's loud." He drew his
house with a big black cloud over it, and a smaller picture of himself and Mia at the park. He said he wants to
see his dad "but only at the play place".

## How this plan is set out

Each outcome says what good looks like for Mia and Oscar and how we will see it. The numbered actions under an
outcome are the work that gets us there, and each says who does it and by when. The check written into the
outcome is how we will know whether the actions under it are working; the core group will look at those checks
at every meeting.

Times follow the school year. In Clemmerton the October half term is 27/10/2025 to 31/10/2025, the autumn term
ends on Friday 19/12/2025, and the February half term is 16/02/2026 to 20/02/2026.

## Outcome 1: Mia and Oscar are in school every day, on time

**What good looks like:** by October half term Mia and Oscar will be at school every day and on time.
**How we will see it:** the school register, which Mrs Shah sends to Aisha every Friday, will show 95% attendance
or better for each child and no more than one late mark each before half term; the school's collection log will
show who collected them each day.

1. Leanne will walk Mia and Oscar to school for the 8.45am bell every school day of the autumn term, by the route
   agreed with PC Dunn.
2. Gemma Rowe (maternal aunt) will collect both children at 3.15pm every Monday and Thursday of the autumn term,
   while Leanne is at the Freedom Programme, and give them their tea at Tern Road.
3. Mrs Farah Shah (DSL, St Aldhelm's) will ring Leanne by 9.30am on any school day that Mia or Oscar is not in,
   and tell Aisha the same morning.

## Outcome 2: Mia and Oscar are safe from their dad's violence

**What good looks like:** from today Mia and Oscar never see or hear their dad hurt, threaten or frighten their
mum, and they see him only at the contact centre.
**How we will see it:** the police log for 6 Nightingale Walk, which Aisha checks with PC Dunn every two weeks,
shows no call-outs and no breaches of the order; Rosie's written safety plan is on file and Aisha has seen the
doorbell and locks fitted; the contact centre's notes show every contact supervised and none anywhere else.

4. PC Leon Dunn (Clemmerton Police, Domestic Abuse Unit) will put a warning marker on 6 Nightingale Walk and give
   Leanne a personal alarm before October half term, and will go through the address log with Aisha every two
   weeks until the review conference.
5. Rosie Whelan (IDVA, Clemmerton Domestic Abuse Service) will write a safety plan with Leanne and have a video
   doorbell and window locks fitted before October half term.
6. Craig will attend the Choose to Change programme every Tuesday evening for 24 weeks from 04/11/2025; the
   facilitator, Mike Lorimer, will send Aisha an attendance and progress report after every fourth session.
7. Sue Atherton (contact supervisor, Clemmerton Family Contact Centre) will supervise Craig's contact with Mia and
   Oscar every other Saturday, 10am to 12pm, from 18/10/2025, and write a note of each contact for Aisha.

## Outcome 3: Mia feels safe at home and sleeps in her own bed

**What good looks like:** by the end of the autumn term Mia will sleep in her own bed all night and will tell us
she feels safe at home.
**How we will see it:** Mia's sleep chart will show at least five nights a week in her own bed by 19/12/2025; Mia
will give home 7 out of 10 or more when Aisha sees her on her own; Aisha's visit records will show both children
seen every week.

8. Aisha Begum (SW) will visit Mia and Oscar at home every week until the review conference, one visit in three
   unannounced.
9. Aisha will see Mia on her own at school every two weeks during the autumn term and do her three houses with
   her.
10. Nasreen Ali (school nurse) will meet Leanne and Mia before October half term to agree a bedtime routine and a
    sleep chart.
11. Leanne will fill in Mia's sleep chart every morning from then until the end of the autumn term, and show it
    to Aisha at each visit.
12. Jade Kirby (learning mentor, St Aldhelm's) will give Mia a "worry time" session every Wednesday afternoon of
    the autumn term.

## Outcome 4: Oscar can show how he feels and is not frightened by raised voices

**What good looks like:** by February half term Oscar will use his feelings cards to tell an adult when he is
scared, and will no longer hide under the table when voices are raised.
**How we will see it:** his class teacher's daily log will show him using the cards, with no more than one hiding
episode a week by the end of the autumn term and none by February half term.

13. Mrs Claire Hughes (Oscar's class teacher) will go through the feelings cards with Oscar every morning, and log
    each time he uses them or hides, every school day from 13/10/2025.
14. Tanya Marsh (children's worker, Clemmerton Domestic Abuse Service) will see Oscar in school for eight weekly
    play sessions, starting before October half term.

## If things go wrong

- **If Craig comes to the house or the school, or contacts Leanne or the children outside the contact centre:**
  Leanne or the school rings 999 and the police arrest him for breaching the order; Aisha holds a strategy
  discussion the same day; that night Leanne and the children go to the Clemmerton refuge, where Rosie has a
  family room agreed.
- **If Gemma cannot collect the children on a Monday or Thursday:** Mia and Oscar go to St Aldhelm's after-school
  club (Mrs Shah keeps two places, paid for by Children's Services) and Leanne collects them at 5.30pm. If Gemma
  cannot help for more than a week, Aisha moves Leanne to the daytime Freedom Programme group from the following
  week.
- **If Leanne lets Craig back into the home, or the police are called to Nightingale Walk again:** Aisha will ask
  Richard Quayle for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 1.30pm at St Aldhelm's: 23/10/2025, 20/11/2025 and 18/12/2025.
- Review child protection conference: Thursday 08/01/2026, 10am, Clemmerton Town Hall.
- Before each core group Aisha will see Mia on her own and bring her score and her words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 6-year-old with type 1 diabetes on a pump
#    after two DKA admissions; father's bipolar disorder, mother on night
#    shifts, aunt staying over. Plain text in three parts, each timed once:
#    Part A within six weeks (by 14/11/2025), Part B every week to the
#    review, Part C at every contact; a "How we will know" under each task.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_colbeckton_six_week_deadline_then_weekly_and_each_contact_kowalczyk.txt",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plain-text-plan-aligned-field-lines-numbered-caps-sections-lenas-day-outcomes-4-1-then-plan-in-three-parts-timed-once-each-part-a-within-six-weeks-part-b-every-week-part-c-at-every-contact-tasks-a1-b1-c1-with-how-we-will-know-lines-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old with type 1 diabetes on an insulin "
        "pump, admitted twice with DKA when night alarms went unanswered while her father, who "
        "has bipolar disorder and had stopped his lithium, was caring for her. Plain text: the "
        "plan is in three parts and each part's time is written once in its heading ('all of "
        "these are to be done within six weeks of this conference, by Friday 14/11/2025', 'every "
        "week from Monday 06/10/2025 until the review conference', 'at every contact, visit or "
        "appointment'); each task names who and has a 'How we will know' line. The psychiatrist "
        "and care co-ordinator report on change, the GP owns a task, the aunt's nights have a "
        "fallback, legal planning follows named triggers, core group and review dates are set, "
        "the child's words and drawing are recorded."
    ),
    "text": """\
COLBECKTON COUNCIL                                      CHILDREN'S SERVICES
CHILD PROTECTION PLAN                        Initial conference 03/10/2025
==========================================================================

1. LENA AND HER FAMILY

Child ............ Lena KOWALCZYK, born 11/06/2019 (6), Year 2,
                   Fernhill Primary School
Health ........... Type 1 diabetes since March 2023. Insulin pump and a
                   continuous glucose monitor (CGM) whose alarms go to a
                   phone app.
Address .......... 9 Quarry Lane, Colbeckton CB2 7HW
Mother ........... Agata Kowalczyk (35), senior carer, works three night
                   shifts a week (Tuesday to Thursday) at Elmlea Care Home
Father ........... Piotr Kowalczyk (38), at home; bipolar disorder
Paternal aunt .... Magda Nowak (41), 12 Birch Lane, Colbeckton
Category ......... Neglect
Chair ............ Joanne Rix (IRO)
Social worker .... Hannah Bright, Family Safeguarding (TM: Sofia Marr)

2. WHY LENA HAS A PLAN

Lena was admitted to Colbeckton Children's Hospital with diabetic
ketoacidosis (DKA) on 14/06/2025 and again on 22/08/2025. The pump data
showed that on both nights the high-glucose alarm sounded for more than three
hours and nobody answered it. Both times Agata was at work and Piotr was
caring for Lena. Piotr has bipolar disorder. He stopped taking his lithium in
May, and by August he was sleeping two or three hours a night, spending money
he did not have and, in his words, "too busy to hear the phone". In August
the hospital found Lena's pump site three days overdue, and two diabetes
clinic appointments were missed over the summer.

Piotr restarted his lithium on 01/09/2025 and is being seen by Colbeckton
Community Mental Health Team. Agata and Piotr both told the conference that
they want Lena to be safe and will do what the plan asks.

3. LENA'S DAY AND WHAT SHE SAYS

Lena was seen on her own at school on 29/09/2025 and at home on 01/10/2025.
She said: "My pump goes beep beep at night and Daddy was asleep on the sofa
and I had to shout and shout." And: "I like it when Ciocia Magda stays
because she does my finger and makes pancakes." She drew her family with a
big red phone in the middle and said the phone was "the beeping one".

At school she does her own finger-prick with a teaching assistant and is
proud of it. Her teacher says she is tired and cross on the mornings after a
bad night, and sits out of PE when her sugar is high. At home she showed the
social worker how she presses the button on her pump, and asked whether she
could have a sleepover at her friend's house "like the other girls".

4. WHAT MUST BE TRUE FOR LENA

4.1 Every alarm on Lena's CGM, day and night, is answered by an adult who is
    awake, well and trained, and she has no more admissions with DKA.
4.2 At night Lena is cared for only by an adult who is well enough, and
    trained, to look after her diabetes.
4.3 Lena goes to school every day with her pump site changed on time, and
    joins in PE and clubs like her friends.
4.4 Lena knows what to do and who to ring if her pump beeps and nobody comes.

5. THE PLAN
--------------------------------------------------------------------------
How to read this part: the time for each task is set once, at the top of its
part. Part A tasks are one-off. Part B tasks happen every week. Part C tasks
happen at every contact, visit or appointment. Under each task is how we will
know it has been done or is working.

PART A - ALL OF THESE ARE TO BE DONE WITHIN SIX WEEKS OF THIS CONFERENCE,
         BY FRIDAY 14/11/2025

A1  Beth Carrick (children's diabetes nurse specialist, Colbeckton
    Children's Hospital) will train Agata, Piotr and Magda to change Lena's
    pump site, answer a CGM alarm and treat a high or a low, and will set the
    app so that every night alarm goes to all three of their phones.
    How we will know: a signed competency sheet for each adult, and Beth's
    note that a test alarm reached all three phones, are on Lena's file.

A2  Dr Lucy Farrant (consultant psychiatrist, Colbeckton Community Mental
    Health Team) will assess Piotr and write a report on his insight, his
    risk of relapse, whether he can make and keep the changes Lena needs and
    how long that is likely to take.
    How we will know: the report is sent to Hannah and shared at the core
    group on 14/11/2025.

A3  Dr Imran Siddiqui (GP, Colbeckton Health Centre) will check Piotr's
    lithium blood level and write to Hannah about Piotr's health as it
    affects his care of Lena, including any missed appointments.
    How we will know: the GP's letter, with the blood result, is on Lena's
    file.

A4  Mrs Dawn Pike (SENCo and DSL, Fernhill Primary) will update Lena's
    individual healthcare plan with Beth, and have two more staff trained on
    her pump so that Lena can go to PE and the after-school club.
    How we will know: the signed healthcare plan and the two training
    records are sent to Hannah.

A5  Hannah Bright (SW) will complete the child and family assessment, with
    Lena's own words in it, and share it with Agata, Piotr and the core
    group.
    How we will know: the assessment is shared at the core group on
    14/11/2025.

A6  Agata will give Hannah her rota for November and December, with the name
    of the adult staying with Lena on each of her night shifts.
    How we will know: the rota, with Magda's name against every night shift,
    is on file.

A7  Beth Carrick and Hannah Bright will teach Lena, with her own picture
    card, what to do if her pump beeps and nobody comes: go to Mum or Dad,
    then press the speed-dial button for Ciocia Magda.
    How we will know: at the next visit Lena can show Hannah her card and
    the speed-dial button on the house phone.

PART B - EVERY WEEK, FROM MONDAY 06/10/2025 UNTIL THE REVIEW CONFERENCE

B1  Hannah Bright (SW) will visit Lena at home, after 7pm every other week to
    see the evening insulin and the alarm set-up, and will see Lena on her
    own each time.
    How we will know: visit records show Lena seen every week and on her
    own, with her words written down.

B2  Beth Carrick will download Lena's pump and CGM data every Monday and
    email Hannah a summary of the week's night alarms and how quickly each
    was answered.
    How we will know: the summary shows every alarm answered within 15
    minutes and Lena's time in range rising above 50%.

B3  Magda Nowak (paternal aunt) will stay at 9 Quarry Lane on each of
    Agata's night shifts and answer Lena's night alarms with Piotr.
    How we will know: Magda signs the overnight sheet on the fridge, and
    Beth's summary shows the alarms on those nights answered.

B4  Piotr will take his lithium every evening with Agata or Magda there, so
    that he stays well enough to care for Lena at night.
    How we will know: his blister pack, seen by Hannah at each visit, shows
    no missed days.

B5  Sean Adair (care co-ordinator, Colbeckton Community Mental Health Team)
    will visit Piotr, check his early warning signs and write to each core
    group on whether he is keeping well enough to care for Lena at night
    and what still has to change.
    How we will know: the written report is on file two days before each
    core group.

B6  Mrs Pike (DSL, Fernhill Primary) will send Hannah the school's glucose
    log for Lena every Friday, and ring her the same day if Lena arrives
    with ketones or an overdue pump site.
    How we will know: the logs arrive every Friday, and any same-day call is
    logged on CPOMS.

PART C - AT EVERY CONTACT, VISIT OR APPOINTMENT

C1  Agata and Piotr will write the date of every pump site change on the
    site label and in Lena's diabetes diary.
    How we will know: the diary, seen by Hannah and Beth, matches the pump
    data, and no site is more than three days old.

C2  Orla Kane (school nurse) will check Lena's pump site and ask her how her
    nights have been each time she sees her in school (at least every two
    weeks), and send Hannah a note.
    How we will know: the school nurse's notes on file show the site in
    date each time.

C3  Dr Rhys Morgan (consultant paediatrician, Colbeckton Children's Hospital)
    will see Lena at each diabetes clinic appointment, the next on
    18/11/2025, and copy his clinic letter to Hannah.
    How we will know: the clinic letters are on file, and Lena's HbA1c is
    below 58 mmol/mol by the review conference.

6. IF THINGS GO WRONG
--------------------------------------------------------------------------
- If a night alarm on Lena's CGM is not answered within 15 minutes, or Lena
  arrives at school with ketones or a site more than three days old: Beth or
  Mrs Pike tells Hannah the same day, Hannah visits that day, and from that
  night until the next core group Lena sleeps at Magda's home, 12 Birch Lane,
  on every night Agata is at work.
- If Piotr shows any of his early warning signs (under four hours' sleep two
  nights running, talking very fast, large spending) or misses his lithium
  for two days: Agata rings the CMHT duty line and Sean sees Piotr the same
  day. Piotr does not care for Lena on his own until Sean has seen him, and
  Agata stays home from her shift or Lena goes to Magda's.
- If Magda cannot stay on a night shift (she is ill or away): Agata does not
  work that night (Elmlea's manager has agreed in writing that she can swap
  shifts at short notice). If Agata cannot swap, Hannah arranges the same day
  for Lena to spend that night with a Colbeckton foster carer trained in
  diabetes care.
- If Lena is admitted with DKA again, or Piotr relapses and will not accept
  treatment, Hannah will ask Sofia Marr for a legal planning meeting within
  five working days.

7. MEETINGS
--------------------------------------------------------------------------
Core group ....... Fridays 10am, Fernhill Primary: 17/10/2025, 14/11/2025
                   and 05/12/2025
Review CPC ....... Tuesday 16/12/2025, 2pm, Colbeckton Council Offices
Lena's views ..... Hannah will see Lena on her own before each core group
                   and bring her words and drawings to the meeting.
==========================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Minutes of the third core group, mother's drinking and anxiety, three
#    children, aunt doing nursery runs and now weekend nights. The action log
#    mixes carried-forward ("C/F (CG1)") and NEW rows with no measure column;
#    a separate "What we will look for at core group 4" list gives measures
#    by action number and leaves two actions out. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_chellowby_core_group_minutes_cf_log_look_for_list_mcguire.pdf",
    "doc_title": "Core Group 3 Minutes - McGuire children - 14/10/2025",
    "split": "tune",
    "actions": 13,
    "template": "core-group-minutes-printed-to-pdf-page-header-footer-details-list-agency-updates-childrens-views-outcomes-then-action-log-no-action-lead-due-cf-or-new-column-then-separate-what-we-will-look-for-at-next-core-group-bullets-by-action-number-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 13-year-old, a 10-year-old and a 3-year-old whose "
        "mother drinks at weekends and has anxiety; a Word document printed to PDF with a page "
        "header and footer. The action log has no measure column and marks each row 'C/F' with "
        "the meeting it came from or 'NEW'; the measures are in a separate 'What we will look "
        "for at core group 4' list by action number. Most rows are sound (weekly visits, the "
        "alcohol service's report on change, the aunt's nursery runs, the schools' daily checks, "
        "the HV's hearing test, direct work with the eldest). Faults: the list leaves out the "
        "parenting assessment and the rent arrears help (which is also 'Ongoing'), the talking "
        "therapies sessions only treat the mother, 'The network' shares worries, the young "
        "carers referral carried forward twice has no lead, home conditions are only "
        "'monitored', one outcome is about the mother alone, and the contingency sends the "
        "children to the aunt with nothing if she cannot have them."
    ),
    "header": "OFFICIAL-SENSITIVE – Chellowby City Council – Children's Social Care",
    "footer": "McGuire children – core group 3 minutes (14/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 3: Minutes and Action Log"),
        ("kv", [
            ("Children", "Kacey McGuire (13), DOB 08/07/2012; Riley McGuire (10), DOB 19/01/2015; Bella McGuire "
                         "(3), DOB 27/04/2022"),
            ("Address", "31 Saltings Road, Chellowby CH6 2TQ"),
            ("Category", "Neglect (all three children)"),
            ("Plan made", "Initial child protection conference, 19/08/2025. Chair: Ruth Ennis (IRO)"),
            ("Meeting", "Core group 3, Tuesday 14/10/2025, 4pm, Saltings Family Hub"),
            ("Chair", "Niamh Doherty, social worker"),
            ("Present", "Sinead McGuire (Mum); Roisin Keane (maternal aunt); Niamh Doherty (SW); Jenna Cole "
                        "(HV); Mr Dean Farrow (DSL, Chellowby High School); Mrs Lorna Haig (DSL, St Brendan's "
                        "Primary); Marcus Bell (recovery worker, Chellowby Alcohol Service); Gail Morton "
                        "(family support worker)"),
            ("Apologies", "Fiona Lyle (CBT therapist, Chellowby Talking Therapies)"),
            ("Minutes", "Dawn Reece, business support"),
        ]),
        ("h1", "1. Updates since core group 2 (23/09/2025)"),
        ("p", "Sinead: she has had four alcohol-free days a week since the last meeting and says the weekends "
              "are still the hardest. She has been referred to Talking Therapies for her anxiety and her first "
              "session is on Thursday. She is worried about a letter from Chellowby Homes about her rent "
              "arrears."),
        ("p", "Alcohol service (Marcus): Sinead has been to every Wednesday key-work session. Four of her six "
              "breath tests were clear; the two readings over the limit were both on Monday mornings."),
        ("p", "Roisin: she has taken Bella to nursery every weekday since the conference and has had the "
              "children for tea on Tuesdays and Thursdays. She offered to stay at Saltings Road at weekends, and "
              "the group agreed this today."),
        ("p", "Schools: Kacey's attendance since September is 91% and Riley's 96%. Kacey has been late eleven "
              "times; she says she waits until Bella has gone with Roisin. Riley told his teacher he had cereal "
              "for tea one Sunday."),
        ("p", "Health visitor: Bella's hearing test is booked for 28/10/2025. She has about 20 words and is not "
              "yet putting two together."),
        ("p", "The stair gate agreed at core group 2 was fitted on 30/09/2025; that action is done and has been "
              "taken off the log."),
        ("h1", "2. What the children have said"),
        ("p", "Kacey (seen on her own, 09/10/2025): “Weekends are the worst. Mum says she'll only have a couple "
              "and then she's asleep on the sofa and I do Bella's bath. I don't want Auntie Roisin to have to do "
              "everything though.” She gave home 5 out of 10."),
        ("p", "Riley (seen at school, 10/10/2025): “I like Tuesdays at Auntie Roisin's because she does proper "
              "tea. I help Kacey with Bella.” He drew his mum asleep and himself playing on his Xbox with the "
              "sound off “so she doesn't wake up grumpy”."),
        ("p", "Bella was seen at home on 07/10/2025. She was clean and dressed, ran to Roisin when she came in "
              "and brought the social worker her doll to look at. She cried when Kacey left the room and settled "
              "when Kacey came back."),
        ("h1", "3. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Kacey, Riley and Bella are looked after every day, weekends included, by a sober adult who feeds "
            "them, baths Bella and puts her to bed.",
            "Kacey and Riley get to school on time every day and no longer look after Bella.",
            "Bella's hearing and speech are checked and any help she needs is in place.",
            "Sinead will stop drinking and her anxiety will be under control.",
        ]),
        ("h1", "4. Action log"),
        ("p", "C/F = carried forward, with the meeting the action was first agreed at; NEW = agreed today. Done "
              "actions are taken off the log. What the group will look for at core group 4 is in section 5, by "
              "action number."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "C/F or NEW"],
            "widths": [1.1, 7.0, 3.8, 2.8, 2.3],
            "rows": [
                ["1",
                 "Visit the children at home, one visit in three unannounced, and see Kacey and Riley on their "
                 "own",
                 "Niamh Doherty, SW",
                 "Weekly until the review conference",
                 "C/F (ICPC)"],
                ["2",
                 "Key-work and breath tests for Sinead, and a written report to each core group on whether she is "
                 "cutting down and what that means for the children",
                 "Marcus Bell, recovery worker, Chellowby Alcohol Service",
                 "Weekly; report two days before each core group",
                 "C/F (ICPC)"],
                ["3",
                 "Complete a parenting assessment of Sinead, looking at her care of all three children",
                 "Niamh Doherty, SW",
                 "By 31/10/2025",
                 "C/F (CG1)"],
                ["4",
                 "Weekly sessions for Sinead at Chellowby Talking Therapies to help her manage her anxiety",
                 "Fiona Lyle, CBT therapist, Chellowby Talking Therapies",
                 "Every Thursday from 16/10/2025",
                 "NEW"],
                ["5",
                 "Take Bella to nursery every weekday, and give all three children their tea on Tuesdays and "
                 "Thursdays",
                 "Roisin Keane (maternal aunt)",
                 "Every weekday",
                 "C/F (ICPC)"],
                ["6",
                 "Stay overnight at Saltings Road every Friday and Saturday, and bath Bella and put her to bed",
                 "Roisin Keane (maternal aunt)",
                 "Every Friday and Saturday night from 17/10/2025",
                 "NEW"],
                ["7",
                 "Check Kacey's and Riley's attendance and how they present, and ring the SW the same day about "
                 "any concern",
                 "Mr Dean Farrow (DSL, Chellowby High School) and Mrs Lorna Haig (DSL, St Brendan's Primary)",
                 "Every school day",
                 "C/F (ICPC)"],
                ["8",
                 "Let the SW know the same day about any worry for the children",
                 "The network",
                 "Same day",
                 "NEW"],
                ["9",
                 "Refer Riley to the Chellowby Young Carers Project",
                 "",
                 "By 24/10/2025",
                 "C/F (CG1, CG2)"],
                ["10",
                 "Help Sinead with her rent arrears and a payment plan with Chellowby Homes",
                 "Gail Morton, family support worker",
                 "Ongoing",
                 "NEW"],
                ["11",
                 "Take Bella for her hearing test and check her speech, with a referral to speech and language "
                 "therapy if she needs one",
                 "Jenna Cole, HV",
                 "Hearing test 28/10/2025; speech check by 31/10/2025",
                 "C/F (CG2)"],
                ["12",
                 "Check the home conditions, including food in the cupboards and clean bedding",
                 "Niamh Doherty, SW",
                 "At each visit",
                 "C/F (ICPC)"],
                ["13",
                 "Direct work with Kacey about being a young carer, using her own 'my week' diary",
                 "Niamh Doherty, SW",
                 "Three sessions by 04/11/2025",
                 "NEW"],
            ],
        }),
        ("h1", "5. What we will look for at core group 4 (04/11/2025)"),
        ("bullets", [
            "Action 1: visit records show all three children seen every week, and Kacey and Riley seen on their "
            "own.",
            "Action 2: Marcus's written report, with every breath test result, is with the SW before the meeting.",
            "Action 4: a letter from Talking Therapies confirming the sessions Sinead has attended.",
            "Action 5: the nursery register shows Bella there every weekday, and Roisin's tea days are in the "
            "contact book.",
            "Action 6: Roisin texts Niamh each Saturday and Sunday morning to say how the night went.",
            "Action 7: weekly attendance for Kacey and Riley emailed to Niamh, and any same-day calls logged.",
            "Action 8: each worry logged on the children's file with the name of whoever raised it.",
            "Action 9: the Young Carers Project's acceptance letter is on file.",
            "Action 11: the hearing test result and the HV's speech check written in Bella's red book.",
            "Action 12: home conditions monitored at each visit.",
            "Action 13: Kacey's diary pages and her own words brought to core group 4.",
        ]),
        ("h1", "6. Contingency (restated from the plan)"),
        ("p", "If Sinead is found drunk while she is caring for the children, or Kacey or Riley ring to say she "
              "has been drinking, Niamh will hold a strategy discussion the same day and the children will go to "
              "Roisin's home at 8 Marram Close that night."),
        ("p", "If Sinead has two more breath tests over the limit before the review conference, or the children "
              "are found without a sober adult again, Niamh will ask her team manager, Colin Ashe, for a legal "
              "planning meeting within five working days."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 4pm, Saltings Family Hub; next on 04/11/2025.",
            "Review child protection conference: Tuesday 11/11/2025, 10am, Chellowby Civic Centre.",
        ]),
        ("p", "Minutes sent on 16/10/2025 to everyone present and to Fiona Lyle."),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Sinead, looking at her care"),
        F("H001", "Weekly sessions for Sinead at Chellowby Talking Therapies"),
        F("W002", "Let the SW know the same day about any worry"),
        F("W001", "Refer Riley to the Chellowby Young Carers Project"),
        F("T002", "Help Sinead with her rent arrears and a payment plan"),
        F("M001", "Help Sinead with her rent arrears and a payment plan"),
        F("M002", "Check the home conditions, including food in the cupboards"),
        F("F002", "Sinead will stop drinking and her anxiety will be under control."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a toddler with Down syndrome fed by
#    gastrostomy, faltering weight, mother's depression. Word plan: the
#    first table's last column is headed "By 12/01/2026 we will see" (time
#    and measure at once); a "Next steps" table has no time at all, and its
#    "What good looks like" list skips one row; the contingency has no
#    trigger. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_cranmarsh_by_date_column_then_undated_next_steps_whitlow.docx",
    "doc_title": "Child Protection Plan - Aria Whitlow",
    "split": "tune",
    "actions": 12,
    "template": "icpc-gastrostomy-toddler-word-plan-details-list-worries-arias-day-outcomes-then-no-what-who-table-last-column-headed-by-12-01-2026-we-will-see-then-next-steps-no-what-who-table-with-no-time-and-what-good-looks-like-bullets-by-number-contingency-core-group",
    "description": (
        "Initial conference plan for a 2-year-old with Down syndrome, fed through a gastrostomy, "
        "whose weight has fallen below the 2nd centile; her mother has depression. Nine rows of "
        "the first Word table are timed by the table (everything runs to the review conference) "
        "and measured by a last column headed 'By 12/01/2026 we will see'; most are sound "
        "(weekly SW visits, fortnightly weighs, a signed feeding plan, gastrostomy training, the "
        "GP's letter). Faults: the CPN only supports the mother and is measured by her "
        "'engagement', 'All professionals' share worries, the physiotherapy row's last cell is "
        "empty; the 'Next steps' table gives no time for any of its three rows, and its 'What "
        "good looks like' list leaves out the parenting assessment. One outcome is about the "
        "mother alone; the contingency names a placement with the grandparents but no trigger, "
        "and nothing says legal planning follows."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cranmarsh Metropolitan Borough Council – Children and Young People's Service – Safeguarding Team "
              "North"),
        ("kv", [
            ("Child", "Aria Whitlow, DOB 09/08/2023 (2 years 2 months)"),
            ("Aria's health", "Down syndrome; a heart defect repaired in 2024; fed through a gastrostomy (a tube "
                              "into her stomach) by a pump, with small tastes of food by mouth"),
            ("Address", "52 Reedbed Lane, Cranmarsh CR5 1NF"),
            ("Parents", "Chantelle Whitlow (27) and Dean Whitlow (30); Dean works twelve-hour shifts at Cranmarsh "
                        "docks"),
            ("Paternal grandparents", "Keith and Maureen Whitlow, 41 Fenwick Road, Cranmarsh"),
            ("Category", "Neglect"),
            ("Initial conference", "Tuesday 14/10/2025. Chair: Delroy Simms (IRO)"),
            ("Social worker", "Ben Okafor (team manager: Lisa Hargreaves)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Since March Aria's weight has fallen from the 25th centile to below the 2nd on the Down syndrome "
              "growth chart. The community nurse has twice found the feed pump switched off with most of the "
              "night feed still in the bag, and the gastrostomy site has been infected three times since the "
              "summer. Aria missed four of her last six physiotherapy sessions and her last appointment with the "
              "paediatrician. Chantelle has depression. She told the conference that since the spring she has "
              "found it hard to get up, and that on some days she forgets the feeds. Dean leaves for work at "
              "5.30am and is not home until after 7pm."),
        ("h1", "Aria's day"),
        ("p", "Aria does not use words yet, so this is what the people who see her have noticed. She smiles, "
              "signs “more” and “finish”, and waves at the social worker when she comes in. At nursery she "
              "crawls to her key worker and pulls herself up on the sofa to stand for a few seconds. At the home "
              "visit on 06/10/2025 she spent most of two hours in her cot with a few toys; she was quiet and did "
              "not cry, and she brightened and babbled when the social worker sat on the floor with her. Her "
              "nursery says she is often tired and floppy on Monday mornings."),
        ("h1", "What we want for Aria"),
        ("bullets", [
            "Aria gets every feed through her gastrostomy as the dietitian prescribes, and her weight climbs back "
            "to the 9th centile on the Down syndrome chart.",
            "Aria's gastrostomy site is kept clean and she has no more infections.",
            "Aria gets to every health appointment and to her physiotherapy, and is helped to sit, stand and "
            "play.",
            "Chantelle's mood will lift and she will feel able to cope.",
        ]),
        ("h1", "The plan until the review conference"),
        ("p", "Everything in this table is to be done by, or to run until, the review conference. The last "
              "column says what we expect to see by 12/01/2026."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By 12/01/2026 we will see"],
            "widths": [1.2, 6.8, 4.0, 5.0],
            "rows": [
                ["1",
                 "Visit Aria at home every week, watch a feed being set up and check the feed chart",
                 "Ben Okafor, SW",
                 "Visit records for every week, each saying which feed was seen and whether the chart was "
                 "complete"],
                ["2",
                 "Weigh Aria every two weeks and plot her weight on the Down syndrome growth chart",
                 "Sian Price, HV",
                 "Aria's weight in her red book back up to the 9th centile"],
                ["3",
                 "Write a new feeding plan with Chantelle and Dean, with feed times that fit round Aria's nursery "
                 "days",
                 "Mairead Quinn, paediatric dietitian, Cranmarsh Children's Community Dietetics",
                 "The signed feeding plan on the fridge, and copied to the SW and the nursery by 04/11/2025"],
                ["4",
                 "Train Chantelle, Dean and Aria's nursery key worker to clean the gastrostomy site and run the "
                 "pump, then check the site every two weeks",
                 "Lorna Stokes, children's community nurse",
                 "A signed competency sheet for all three adults, and no site infection at any of Lorna's checks"],
                ["5",
                 "Give Aria every feed on her feeding plan and write each one on the feed chart",
                 "Chantelle and Dean Whitlow",
                 "The feed chart filled in for every feed, checked by Ben and Lorna at their visits"],
                ["6",
                 "Home visits every two weeks to support Chantelle with her low mood",
                 "Alan Firth, CPN, Cranmarsh Community Mental Health Team",
                 "Chantelle's engagement with the visits"],
                ["7",
                 "Tell the SW the same day about any worry over Aria's feeding or weight",
                 "All professionals",
                 "Every worry logged on Aria's file on the day it was raised"],
                ["8",
                 "Review Chantelle's antidepressant and write to the SW about how her depression affects her care "
                 "of Aria",
                 "Dr Helen Cartwright, GP, Reedbed Lane Surgery",
                 "The GP letter on Aria's file by 31/10/2025"],
                ["9",
                 "Take Aria to her physiotherapy at Cranmarsh Child Development Centre every Tuesday and to every "
                 "appointment with the paediatrician",
                 "Chantelle Whitlow (Mum)",
                 ""],
            ],
        }),
        ("h1", "Next steps"),
        ("p", "These pieces of work are for the core group to take forward."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who"],
            "widths": [1.2, 10.8, 5.0],
            "rows": [
                ["10",
                 "Find Aria a place at a specialist nursery with a nurse trained in gastrostomy care",
                 "Ben Okafor, SW"],
                ["11",
                 "Portage home visits to help Chantelle play with Aria and to help Aria learn to sit on her own",
                 "Jess Tanner, Cranmarsh Portage Service"],
                ["12",
                 "Complete a parenting assessment of Chantelle and Dean",
                 "Ben Okafor, SW"],
            ],
        }),
        ("h2", "What good looks like for the next steps"),
        ("bullets", [
            "10 – a written offer from the specialist nursery, with Aria's start date.",
            "11 – Jess's visit notes show Aria sitting on her own for a minute or more.",
        ]),
        ("h1", "Contingency"),
        ("p", "Aria will go to stay with her paternal grandparents, Keith and Maureen Whitlow, at 41 Fenwick Road, "
              "and Ben will hold a strategy discussion the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Reedbed Lane Children's Centre: 28/10/2025, "
            "25/11/2025 and 16/12/2025 (brought forward a week for Christmas).",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Cranmarsh Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "to support Chantelle with her low mood"),
        F("M002", "to support Chantelle with her low mood"),
        F("W002", "Tell the SW the same day about any worry"),
        F("M001", "Take Aria to her physiotherapy at Cranmarsh Child Development Centre"),
        F("T001", "Find Aria a place at a specialist nursery"),
        F("T001", "Portage home visits to help Chantelle play with Aria"),
        F("T001", "Complete a parenting assessment of Chantelle and Dean"),
        F("M001", "Complete a parenting assessment of Chantelle and Dean"),
        F("F002", "Chantelle's mood will lift and she will feel able to cope."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 10-week-old, mother a care leaver with
#    postnatal depression, housing and money worries. Markdown plan in week
#    stages ("Weeks 1-4 (dates)", "Weeks 5-8 (dates)", "When Tegan is
#    ready"); a "How we will know it is working" list by action number skips
#    three actions. Most actions are about the mother; nothing records the
#    baby's day. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b113_cindersley_week_stages_mums_own_needs_brennan.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-markdown-plan-bold-field-lines-background-outcomes-then-plan-in-week-stage-subheadings-weeks-1-4-weeks-5-8-when-tegan-is-ready-with-numbered-actions-then-how-we-will-know-it-is-working-bullets-by-action-number-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-week-old whose mother, a 19-year-old care leaver, has "
        "postnatal depression and housing and money worries. A Markdown plan in stages whose "
        "headings give the time ('Weeks 1-4 (14/10/2025 to 07/11/2025)', 'Weeks 5-8 ...'), with "
        "the measures in a 'How we will know it is working' list by action number. Eight of the "
        "ten actions are about the mother's own needs with no link to the baby; two outcomes are "
        "about the mother only; the perinatal CPN only supports her and is measured by her "
        "feeling more positive; the list leaves out three actions; the last stage is 'When Tegan "
        "is ready'; nothing records the baby's day; the contingency is 'if Tegan's mood gets "
        "worse' with more visits and a discussion, and there is no legal step. The baby's weekly "
        "weighs and the SW's visits are sound, and core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan – Nova Brennan

Cindersley City Council · Children's Social Work Service · Central Team

**Child:** Nova Brennan, born 04/08/2025 (10 weeks)
**Mother:** Tegan Brennan (19), Room 6, Alder House (supported housing for young parents), 2 Canal Street,
Cindersley CY1 4AB
**Father:** not named by Tegan; no contact
**Category:** Neglect
**Initial conference:** Tuesday 14/10/2025. Chair: Simon Kettle (IRO)
**Social worker:** Lucy Harmon (team manager: Abdul Rahman)

## Background

Tegan was in care from the age of 12 and left her foster placement when she turned 18. She has postnatal
depression, diagnosed by her GP in September, and takes sertraline. She told the conference that she feels alone,
cannot sleep, and worries about money and about where she will live when her place at Alder House ends in
January. She has rent arrears from her last flat, and her Universal Credit was stopped for three weeks in
September.

Nova's weight has dropped from the 50th centile at birth to the 9th. Tegan missed two baby clinic appointments
in September, and on 29/09/2025 the health visitor found that Tegan had fallen asleep on the sofa while feeding.

## Outcomes

1. Tegan's mood will improve and she will feel less isolated.
2. Tegan will have a settled home of her own by the time she leaves Alder House.
3. Nova is fed on time, sleeps safely in her Moses basket and gets back to the 25th centile.

## The plan

The plan is set out in stages. The dates for each stage are in its heading.

### Weeks 1–4 (14/10/2025 to 07/11/2025)

1. Tegan will join the Bumps and Beyond social group for young mums at Orchard Children's Centre every Wednesday.
2. Jo Kearney (CPN, Cindersley Perinatal Mental Health Team) will visit Tegan at home every week to support her
   with her low mood.
3. Dr Sanjay Patel (GP, Canal Street Medical Practice) will review Tegan's sertraline.
4. Lucy Harmon (SW) will help Tegan fill in her housing register application.
5. Becky Lowther (HV) will weigh Nova every week at the Canal Street baby clinic.

### Weeks 5–8 (10/11/2025 to 05/12/2025)

6. Kelly Marsh (personal adviser, Cindersley Leaving Care Team) will help Tegan make a budget and sort out her
   Universal Credit claim.
7. Tegan will go on the six-week Feeling Good wellbeing course at Cindersley Adult College.
8. Lucy Harmon (SW) will visit every week and look at Nova's Moses basket and feed chart.

### When Tegan is ready

9. Tegan will start counselling about her own childhood with Cindersley Women's Centre.
10. Kelly Marsh will help Tegan look into going back to college to finish her hair and beauty course.

## How we will know it is working

- **Action 1:** Tegan's name on the group register each week.
- **Action 2:** Tegan feels more positive and is engaging with the team.
- **Action 3:** A letter from the GP to Lucy with any change to Tegan's medication.
- **Action 4:** Tegan's housing register number, confirmed in writing by Cindersley Homes.
- **Action 5:** Nova's weight in her red book back on the 25th centile by the end of week 8.
- **Action 6:** A written budget, with a copy for Lucy, and Tegan's Universal Credit paid on time.
- **Action 8:** Lucy's visit notes record the Moses basket set up safely and the feed chart filled in.

## Contingency

If Tegan's mood gets worse, Jo will visit more often and the core group will meet to discuss next steps.

## Meetings

- Core group every four weeks at Alder House: 28/10/2025, 25/11/2025 and 23/12/2025.
- Review child protection conference: Tuesday 13/01/2026, 2pm, Cindersley Council House.
""",
    "findings": [
        F("H001", "will visit Tegan at home every week to support her"),
        F("M002", "will visit Tegan at home every week to support her"),
        F("M001", "the six-week Feeling Good wellbeing course at Cindersley"),
        F("T002", "will start counselling about her own childhood"),
        F("M001", "will start counselling about her own childhood"),
        F("T002", "help Tegan look into going back to college"),
        F("M001", "help Tegan look into going back to college"),
        F("F002", "Tegan's mood will improve and she will feel less isolated."),
        F("F002", "Tegan will have a settled home of her own"),
        F("F001"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})
