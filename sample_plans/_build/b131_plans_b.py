"""Batch 131, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans by experienced practitioners, each in their own local
template and voice, where the later parts of Finding One of the Child Z
review matter. Four things are written in the authors' own words:
- how the core group checks progress and what follows when progress is not
  enough ("If things have not changed by the review we will ask for a legal
  gateway meeting", "the case will be presented to the Legal Planning Forum",
  "my manager will decide whether the threshold for care proceedings is met",
  "a Legal Planning Meeting (LPM) will be convened", "to decide whether PLO
  pre-proceedings should start"), placed in a review section, a contingency,
  an action bullet or a monitoring section;
- a family arriving from, or moving to, another local authority: a
  transfer-in conference plan with the previous authority's worker still
  named, and an interim plan that "stays in force, unchanged, until" the
  receiving authority's transfer-in conference, with joint visits and
  workers named in both areas; in the faulty core group minutes, work
  "paused pending transfer" and a referral "the new LA will pick up";
- a looked-after child in hospital: a baby accommodated under section 20 on a
  neonatal unit, a 14-year-old in a CAMHS inpatient bed, and (faulty) a
  toddler on a children's ward whom nobody is set to visit - who visits and
  how often, who holds parental responsibility, discharge planning;
- adult services planning jointly with children's services when a parent is
  ill or uses drugs (joint home visits, a shared plan meeting, the care
  co-ordinator at every core group, a CMHT handover across two areas), with
  the plan still about the children.

Five are exemplary (no findings): a landscape Word transfer-in conference
plan with outcomes merged down the first column (plan 1); a neonatal plan
for a looked-after baby printed to PDF with header and footer (plan 3); a
social worker's letter to both parents after a review conference, printed to
PDF (plan 4); a Markdown update while a looked-after 14-year-old is in a
CAMHS unit, owner-first bullets with "Check:" (plan 5); a plain-text interim
plan for a family moving to another authority (plan 7). Two carry a realistic
mix of faults among mostly good rows: Word core group minutes with an action
log while the family moves away (plan 2: a parenting assessment paused
pending transfer, a young carer's referral left for the new LA "once the
family are settled", an "Ongoing" row, "Core group" as owner, a feeling as a
measure, and nothing about legal planning) and a Markdown plan for a
looked-after toddler on a children's ward (plan 6: nobody set to visit him,
"When she is able", "Improvement" as a measure, a psychiatrist row that only
treats, a "-" owner, an outcome only for the mother).

Counting actions (convention 1, and "Files", actions, in
sample_plans/README.md): every live row of an action table, every numbered
action of an action section and every action bullet counts once; outcome
cells merged down a table, banner rows, the contingency, the monitoring and
review sections, the children's views and the meeting dates do not. A
one-off action shown as done and closed (the transfer request in plans 2 and
7) is work already done and is not counted; standing actions that run every
week are counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Transfer-in conference plan: a mother on a methadone script and her two
#    children, who moved from Hallowmere to Bardlecombe to be near her
#    sister. Landscape Word table, outcomes merged down the first column,
#    the previous authority's social worker still named. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_bardlecombe_transfer_in_merged_outcome_landscape_caffrey.docx",
    "doc_title": "Child Protection Plan (transfer-in) - Ruby and Ezra Caffrey",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "transfer-in-conference-plan-landscape-word-details-list-how-the-family-came-to-bardlecombe-what-hallowmere-did-childrens-words-then-outcome-merged-down-first-column-what-will-happen-who-when-how-we-will-know-table-then-how-we-will-check-progress-and-what-happens-if-it-is-not-enough-contingency-meetings",
    "description": (
        "Exemplary transfer-in conference plan for a 7-year-old and a 2-year-old who moved with "
        "their mother, on a methadone script, from Hallowmere County Council to Bardlecombe. A "
        "landscape Word table with the outcome for the children merged down the first column. "
        "The Hallowmere social worker is still named for sending the file; the recovery service "
        "took over the script without a gap and reports on change; the social worker and recovery "
        "worker make joint visits; the aunt's Saturdays have a fallback; a review section says how "
        "the core group checks progress and that a legal gateway meeting follows if things have "
        "not changed by the review; core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer-in Conference"),
        ("p", "Bardlecombe Borough Council · Children's Services · Safeguarding and Family Support (East)"),
        ("kv", [
            ("Children", "Ruby Caffrey (7), DOB 02/03/2018, Year 3 at St Cuthbert's Primary; "
                         "Ezra Caffrey (2), DOB 15/08/2023"),
            ("Address", "Flat 3, 41 Ropery Street, Bardlecombe BD6 2QE (since 29/09/2025)"),
            ("Mother", "Shannon Caffrey (29)"),
            ("Fathers", "Ruby's father is not named and has never been involved. Ezra's father, Liam Doyle, "
                        "is serving a sentence at HMP Ashdyke until 2027 and has no contact."),
            ("Maternal aunt", "Jade Caffrey, 17 Tanners Walk, Bardlecombe (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Plan first made", "Initial conference, Hallowmere County Council, 08/07/2025"),
            ("Transfer-in conference", "18/11/2025, Bardlecombe Town Hall. Chair: Naomi Achterberg (IRO)"),
            ("Social worker", "Maxine Ford, Bardlecombe (team manager: Ayo Mensah)"),
            ("Previous social worker", "Kerry Ambrose, Hallowmere County Council – attended the conference"),
        ]),
        ("h1", "How Ruby and Ezra came to Bardlecombe"),
        ("p", "Ruby and Ezra became subject to a child protection plan in Hallowmere in July, after Ruby told her "
              "teacher that she could not wake her mum and had made Ezra's breakfast. Shannon had relapsed into "
              "heroin and crack use after Liam was sent to prison; Ezra had missed his two-year review and two "
              "immunisations, and a bottle of methadone was found on the kitchen worktop at a home visit."),
        ("p", "Shannon moved to Bardlecombe on 29/09/2025 to be near her sister Jade, with a new tenancy from "
              "Bardlecombe Homes. Hallowmere kept the plan going until today: Kerry Ambrose visited every week "
              "until 14/11/2025, made a joint visit with Maxine Ford on 06/11/2025, and Shannon's script was "
              "handed from Hallowmere's drug service to Bardlecombe Recovery Service on 22/09/2025, before she "
              "moved, so that she did not miss a day. Her last four urine tests have been negative for heroin and "
              "crack. Today's conference agreed that Bardlecombe now holds the plan."),
        ("h1", "What Ruby says, and what we see of Ezra"),
        ("p", "Ruby (seen on her own at school, 13/11/2025): “I like our new flat because it's near Auntie Jade. "
              "Mum gets up now and she does the breakfast. Before, I had to wake her up with a wet flannel. The "
              "box with Mum's medicine has a lock and I'm not allowed the key, which is good because Ezra climbs.” "
              "She scored home 6 out of 10 and said a 10 would be “Mum never being sleepy in the day again”."),
        ("p", "Ezra (seen at home, 13/11/2025) is walking well and has about ten words. He brought Maxine his "
              "shoes to go to the park, went to Shannon for a cuddle when the buzzer went, and ate all his "
              "sandwich. Kerry Ambrose noticed the same in October; in July he had been grizzly and pale, with a "
              "nappy rash."),
        ("h1", "The plan"),
        ("p", "Rows marked (H) were in Hallowmere's plan and carry on here; the others are new from today."),
        ("table", {
            "header": ["What we want for Ruby and Ezra", "What will happen", "Who", "When", "How we will know"],
            "widths": [4.8, 6.6, 4.4, 4.4, 5.5],
            "rows": [
                ["Ruby and Ezra are looked after every day and night by a mum who is not using heroin or crack "
                 "and who keeps her methadone locked away from them.",
                 "(H) Keep Shannon's methadone script going, key-work her each week with a urine test, and give a "
                 "written view to each core group on whether she is staying off street drugs and what that means "
                 "for Ruby and Ezra",
                 "Nathan Pryce, recovery worker, Bardlecombe Recovery Service (adult drug and alcohol service)",
                 "Key-work every Wednesday; written view two working days before each core group",
                 "Urine results and Nathan's written view on the children's file before every core group; the "
                 "pharmacy record shows no missed days"],
                [V,
                 "(H) Collect her methadone every day, take it at the pharmacy as supervised, and keep any "
                 "take-home doses and other medicines in the locked box",
                 "Shannon Caffrey (Mum)",
                 "Every day from 18/11/2025",
                 "Pharmacy record of supervised doses; Maxine sees the box locked at every visit"],
                [V,
                 "Joint home visit by Maxine and Nathan, to check the locked box, see both children and agree "
                 "anything the core group needs to know",
                 "Maxine Ford (SW) and Nathan Pryce (recovery worker)",
                 "Every four weeks, first on 27/11/2025",
                 "A joint visit note on both services' records, with how the children presented and the box "
                 "check"],
                [V,
                 "Register Shannon, Ruby and Ezra, get Shannon's records from her Hallowmere GP, and review any "
                 "prescription that could harm the children if swallowed",
                 "Dr Tomasz Wilk, GP, Ropery Street Medical Centre",
                 "By 02/12/2025",
                 "GP letter on the children's file by 02/12/2025 listing Shannon's prescriptions"],
                ["Ruby goes to school every day, on time and fed, and Ezra's health and development are "
                 "checked and on track.",
                 "(H) Check Ruby's attendance and how she arrives, and ring Maxine the same day if she is absent, "
                 "late or hungry",
                 "Mrs Olu Adeyemi, DSL, St Cuthbert's Primary",
                 "Every school day",
                 "Attendance emailed to Maxine every Friday; calls logged on CPOMS; attendance 95% or more by the "
                 "review"],
                [V,
                 "Do the two-year review Ezra missed in Hallowmere, catch up his immunisations, then see him at "
                 "home",
                 "Priya Chauhan, health visitor",
                 "Review and immunisations by 12/12/2025; home visit every month after that",
                 "ASQ scores, immunisation record and weight sent to Maxine after each contact"],
                [V,
                 "Find Ezra a funded two-year-old nursery place near Ropery Street and go with Shannon to the "
                 "settling-in sessions",
                 "Dean Whitely, family support worker (FSW)",
                 "Place agreed by 19/12/2025; Ezra starting by 05/01/2026",
                 "Nursery confirms Ezra's start date and sends his attendance to Maxine each week"],
                ["Ruby feels safe at home, knows who to tell if Mum is unwell, and no longer looks after Ezra "
                 "or her mum.",
                 "Visit Ruby and Ezra at home, one visit a month unannounced, and see Ruby on her own",
                 "Maxine Ford (SW)",
                 "Weekly from 19/11/2025",
                 "Visit records show both children seen every week and Ruby's own words written down"],
                [V,
                 "Three sessions of direct work with Ruby about the move, her worries about Mum being sleepy and "
                 "who she can ring",
                 "Maxine Ford (SW)",
                 "All three by 16/01/2026",
                 "Ruby's drawings and words on file and shared at the core group; Ruby can name two adults to "
                 "ring"],
                [V,
                 "Have Ruby and Ezra at Tanners Walk, and be the adult Ruby rings if her mum seems sleepy",
                 "Jade Caffrey (maternal aunt)",
                 "Every Saturday, 10am to 4pm; the same day whenever Ruby rings",
                 "Jade texts Maxine every Saturday evening; Ruby shows Maxine Jade's number on the card in her "
                 "school bag"],
                ["Ruby and Ezra get the help they need here without a gap, because what happened to them in "
                 "Hallowmere is known in Bardlecombe.",
                 "Send Hallowmere's full file, chronology and police checks to Maxine, and ring Maxine about "
                 "anything that does not fit in the file",
                 "Kerry Ambrose, social worker, Hallowmere County Council",
                 "By 28/11/2025",
                 "File received and logged on Bardlecombe's case system; Maxine confirms by email to Kerry"],
            ],
        }),
        ("h1", "How we will check progress, and what happens if it is not enough"),
        ("p", "At every core group Maxine will go through the table row by row against the “How we will know” "
              "column, and the core group will give each row a rating of on track, behind or not happening. "
              "Nathan's written view and Ezra's health visiting record will be read out at every meeting, not "
              "just filed."),
        ("p", "If things have not changed by the review we will ask for a legal gateway meeting. In particular, if "
              "Shannon has a urine test positive for heroin or crack before the review conference, or Ruby's "
              "attendance is still below 90% at the review, Maxine will ask Ayo Mensah for a legal gateway "
              "meeting, to be held within ten working days, to decide whether the Public Law Outline should "
              "start."),
        ("h1", "Contingency"),
        ("bullets", [
            "If Shannon is found drowsy or under the influence while caring for Ruby and Ezra, a take-home dose "
            "is found outside the locked box, or Ruby rings Jade because her mum will not wake up, Jade will "
            "collect both children and keep them at Tanners Walk, and Maxine will hold a strategy discussion the "
            "same day.",
            "If Jade cannot have the children (she is at work, ill or away), Maxine, or the out-of-hours team, "
            "will place Ruby and Ezra together with Bardlecombe foster carers that day.",
            "If Shannon misses two supervised doses in a week, Nathan will ring Maxine the same day and Maxine "
            "will make an unannounced visit that day.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Ropery Street Family Hub: 02/12/2025, 06/01/2026 "
            "and 03/02/2026.",
            "Review child protection conference: 17/02/2026, 10am, Bardlecombe Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes with an action log, father's drinking, two
#    children; the family moves to Wendlemoor in December. Portrait Word
#    minutes, numbered headings, attendance table, then the action log with
#    a done row. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_billingsholt_core_group_minutes_moving_log_tranter.docx",
    "doc_title": "Core Group Minutes - Maisie and Jack Tranter",
    "split": "tune",
    "actions": 10,
    "template": "core-group-minutes-portrait-word-numbered-minute-headings-attendance-table-move-and-transfer-update-agency-updates-childrens-words-outcomes-scaling-contingency-next-meetings-then-action-log-no-action-lead-by-when-how-well-know-status-with-closed-row",
    "description": (
        "Third core group's minutes for a 9-year-old and a 4-year-old whose father drinks, with the "
        "family moving to Wendlemoor City Council in December. Numbered Word minutes with an "
        "attendance table, then an action log. Most rows are sound: the SW visiting until the "
        "transfer-in conference, the alcohol service reporting on change and handing over, the "
        "school, the health visitor's handover. Faults: the parenting assessment paused pending "
        "transfer for Wendlemoor to complete, a young carer's referral the new LA will pick up "
        "'once the family are settled', school place applications 'Ongoing', 'Core group' owning "
        "the weekend plan, bedtime sessions measured by how the boy feels, and nothing anywhere "
        "about legal planning if progress is not made. The transfer request is done and closed."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Billingsholt District Council · Children and Families · Locality Team West"),
        ("kv", [
            ("Children", "Maisie Tranter (9), DOB 30/04/2016; Jack Tranter (4), DOB 11/01/2021"),
            ("Address", "27 Orchard Rise, Billingsholt BH3 8PL (moving to Wendlemoor on 08/12/2025)"),
            ("Parents", "Kelly Tranter (34) and Rob Tranter (38), living together"),
            ("Category", "Neglect"),
            ("Meeting", "Third core group, 25/11/2025, 2pm, Orchard Rise Children's Centre"),
            ("Chair / minutes", "Aisha Rahman, social worker / Pat Gillow, business support"),
        ]),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 5.5, 7.0],
            "rows": [
                ["Aisha Rahman", "Social worker (chair)", "Billingsholt Children and Families"],
                ["Kelly Tranter", "Mum", "–"],
                ["Rob Tranter", "Dad", "–"],
                ["Gary Lindqvist", "Recovery worker", "Billingsholt Alcohol Service"],
                ["Mrs Janet Cole", "Designated safeguarding lead", "Orchard Rise Primary"],
                ["Sam Okafor", "Health visitor", "Billingsholt 0-19 Service"],
                ["Lorraine Pike", "Family support worker", "Billingsholt Children and Families"],
                ["Apologies: Dr Hugh Patel", "GP", "Orchard Rise Surgery (update sent by email)"],
            ],
        }),
        ("h2", "2. The move and the transfer"),
        ("p", "Kelly and Rob have been offered a three-bedroom house at 9 Gull Lane, Wendlemoor, near Rob's "
              "mother, and the tenancy starts on 08/12/2025. Aisha sent Wendlemoor the transfer-in request on "
              "12/11/2025. Wendlemoor's conference team has set the transfer-in conference for 20/01/2026. "
              "Aisha explained that Billingsholt keeps the plan until that conference, and that she will keep "
              "visiting the family after the move."),
        ("h2", "3. Updates"),
        ("bullets", [
            "Gary: Rob has been to 7 of 8 Thursday sessions. One breath test (06/11/2025) was positive; the four "
            "since are clear. Gary has asked Wendlemoor Alcohol Service for a three-way handover meeting.",
            "Mrs Cole: Maisie's attendance this half-term is 96%; she was late twice. She has seemed tired on "
            "Mondays.",
            "Sam: Jack's speech is behind for his age and he is due his check; he is well and growing.",
            "Lorraine: two of six bedtime sessions done. Jack is going to bed at 7.30pm on most nights.",
            "Dr Patel (email): Rob's liver tests in October were better than in the spring.",
        ]),
        ("h2", "4. What Maisie and Jack say"),
        ("p", "Maisie (seen on her own at school, 20/11/2025) said: “I'm excited about the new house because I get "
              "my own room. I'm a bit scared Dad will drink more when we're far away from everyone. On Sundays I "
              "check if he's had cans before I let Jack play downstairs.” She gave home 6 out of 10."),
        ("p", "Jack (seen at home, 21/11/2025) showed Aisha his dinosaur toothbrush and the sticker chart from "
              "Lorraine's sessions. He said “Daddy reads the bear book” and sat on Rob's knee."),
        ("h2", "5. What we want for Maisie and Jack"),
        ("bullets", [
            "Maisie and Jack are cared for by a sober adult every evening and every weekend.",
            "Maisie gets to school on time and no longer checks on her dad before she lets Jack play.",
            "Jack's speech is checked and he settles at a new nursery after the move.",
        ]),
        ("h2", "6. Scaling"),
        ("p", "Where 0 means the children cannot stay at home and 10 means the plan can end: Aisha 5, Gary 6, "
              "Mrs Cole 6, Sam 6, Lorraine 5, Kelly 8, Rob 7."),
        ("h2", "7. Contingency (unchanged)"),
        ("p", "If Rob drinks while he is the only adult caring for Maisie and Jack, or either child says he has, "
              "Kelly will ask him to leave and he will stay with his brother Carl at 5 Poplar Row until Aisha has "
              "seen him sober. Kelly or the school will ring Aisha that day and Aisha will hold a strategy "
              "discussion the same day. If the police are called to an argument at the house, Aisha will visit "
              "the next morning and see both children before school."),
        ("h2", "8. Next meetings"),
        ("bullets", [
            "Core group every three weeks; next on 16/12/2025 by Teams, with Wendlemoor invited.",
            "Transfer-in conference (Wendlemoor): 20/01/2026, 10am, Wendlemoor Civic Centre.",
            "If Wendlemoor's conference does not go ahead, Billingsholt's review conference on 27/01/2026 stays "
            "booked.",
        ]),
        ("h2", "9. Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we'll know", "Status"],
            "widths": [0.9, 5.0, 3.0, 2.8, 3.3, 2.0],
            "rows": [
                ["1",
                 "Visit Maisie and Jack at home, seeing Maisie on her own, including at the new house after the "
                 "move",
                 "Aisha Rahman, SW",
                 "Weekly until the transfer-in conference",
                 "Visit records show both children seen each week and Maisie's words recorded",
                 "On track"],
                ["2",
                 "Key-work with Rob and a breath test each week, with a written report to each core group on "
                 "whether his drinking is changing and how that shows in his care of Maisie and Jack",
                 "Gary Lindqvist, Billingsholt Alcohol Service",
                 "Every Thursday; report 2 working days before each core group",
                 "Breath results and the written report on file before each core group",
                 "Reports received"],
                ["3",
                 "Hold a three-way handover meeting with Rob and Wendlemoor Alcohol Service before his last "
                 "Billingsholt session",
                 "Gary Lindqvist, Billingsholt Alcohol Service",
                 "By 18/12/2025",
                 "Handover letter and Rob's first Wendlemoor appointment date sent to Aisha",
                 "Booked"],
                ["4",
                 "Parenting assessment of Kelly and Rob – paused pending transfer; Wendlemoor to complete",
                 "Wendlemoor Children's Services",
                 "Within 35 working days of the transfer-in conference",
                 "Written assessment report to the core group",
                 "On hold"],
                ["5",
                 "Check Maisie's attendance and lateness, and ring Aisha the same day if she is absent or late",
                 "Mrs Janet Cole, DSL, Orchard Rise Primary",
                 "Every school day until Maisie leaves on 19/12/2025",
                 "Attendance emailed to Aisha every Friday; calls logged on CPOMS",
                 "96% this half-term"],
                ["6",
                 "Refer Maisie for a young carer's assessment – not made; the new LA will pick this up once "
                 "the family are settled",
                 "Wendlemoor Children's Services",
                 "Once the family are settled",
                 "Maisie's young carer's plan sent to the SW",
                 "Not started"],
                ["7",
                 "Help Kelly apply for school and nursery places in Wendlemoor for Maisie and Jack",
                 "Lorraine Pike, family support worker (FSW)",
                 "Ongoing",
                 "Offer letters for both places on file",
                 "Forms started"],
                ["8",
                 "Agree a written plan for weekends, so that Rob is never the only adult with the children after "
                 "he has been drinking",
                 "Core group",
                 "By 16/12/2025",
                 "Signed weekend plan on the children's file",
                 "Not started"],
                ["9",
                 "Six bedtime routine sessions at home with Kelly and Rob for Jack",
                 "Lorraine Pike (FSW)",
                 "Weekly from 06/11/2025",
                 "Jack feels more settled at bedtime",
                 "2 of 6 done"],
                ["10",
                 "Check Jack's speech at a home visit and hand his records to Wendlemoor health visitors in a "
                 "handover call",
                 "Sam Okafor, health visitor",
                 "Speech check by 05/12/2025; handover call in the week of the move",
                 "ASQ scores sent to Aisha; handover call noted in Jack's health record",
                 "Booked"],
                ["11",
                 "Send the transfer-in request, chronology and plan to Wendlemoor",
                 "Aisha Rahman, SW",
                 "By 14/11/2025",
                 "Wendlemoor's acknowledgement email on file",
                 "Done 12/11/2025 – closed"],
            ],
        }),
        ("p", "Minutes agreed by the chair, 26/11/2025. Copies to all present and to Wendlemoor Children's "
              "Services (Assessment Team)."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Kelly and Rob – paused pending transfer"),
        F("X001", "Refer Maisie for a young carer's assessment – not made"),
        F("T002", "Refer Maisie for a young carer's assessment – not made"),
        F("T002", "Help Kelly apply for school and nursery places in Wendlemoor"),
        F("W002", "Agree a written plan for weekends, so that Rob"),
        F("M002", "Six bedtime routine sessions at home with Kelly and Rob"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child protection plan for a baby accommodated under section 20 on a
#    neonatal unit, withdrawing from methadone; mother on a script, going
#    home to foster carers. Word printed to PDF with header and footer, a
#    "decisions about Ivy" section, banner rows by stage. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_brelsworth_nnu_looked_after_baby_stage_banners_marsden.pdf",
    "doc_title": "Child Protection Plan - Baby Ivy Marsden",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE – Brelsworth Metropolitan Borough Council – Child Protection Plan",
    "footer": "Ivy Marsden, DOB 21/10/2025, looked after (s20) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "lac-baby-on-neonatal-unit-cp-plan-word-printed-to-pdf-page-header-footer-details-list-legal-status-who-decides-what-ivys-days-on-the-unit-outcomes-then-what-who-when-how-well-know-table-with-stage-banner-rows-on-the-unit-leaving-first-weeks-then-if-things-go-wrong-with-legal-planning-forum-meetings",
    "description": (
        "Exemplary child protection plan for a 4-week-old baby withdrawing from methadone on a "
        "neonatal unit, accommodated under section 20 and due to leave the unit for foster "
        "carers; her mother is on a methadone script. Word printed to PDF with header and "
        "footer. A section says who holds parental responsibility and who decides what on the "
        "unit; the baby's days on the unit are her voice. The table has stage banner rows: the "
        "social worker visits twice a week and the foster carers every day, the mother's "
        "supervised family time three times a week, the drug service reports on change, a "
        "discharge planning meeting is dated. The contingency has concrete triggers and says "
        "the case will be presented to the Legal Planning Forum; core group and review dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Baby on the Neonatal Unit"),
        ("kv", [
            ("Child", "Ivy Marsden, born 21/10/2025 at 35 weeks, Brelsworth General Hospital"),
            ("Where Ivy is", "Neonatal Unit (special care nursery, cot 6), Brelsworth General Hospital"),
            ("Legal status", "Accommodated under section 20 since 28/10/2025, with her mother's written "
                             "consent"),
            ("Mother", "Kayleigh Marsden (24), 12 Hatters Yard, Brelsworth BW2 5NN"),
            ("Father", "Not named on the birth certificate; Kayleigh has not told us who he is"),
            ("Foster carers", "Grace and Tobi Okoro, Brelsworth Fostering Service"),
            ("Category", "Neglect"),
            ("Plan agreed", "Initial child protection conference, 18/11/2025. Chair: Sunil Varma (IRO)"),
            ("Social worker", "Hannah Quigley, Children in Care and Safeguarding Team "
                              "(team manager: Tom Beaumont)"),
        ]),
        ("h1", "Why Ivy has a plan"),
        ("p", "Kayleigh used heroin and crack cocaine for most of her pregnancy and started a methadone script "
              "at 28 weeks. She went to two of nine antenatal appointments. Ivy was born early and has been "
              "treated on the unit for neonatal abstinence syndrome, with oral morphine since day 2. Kayleigh "
              "agreed on 28/10/2025 that Ivy should be looked after when she is well enough to leave the unit, "
              "while Kayleigh shows she can stay off street drugs."),
        ("h1", "Who decides what while Ivy is on the unit"),
        ("p", "Kayleigh holds parental responsibility for Ivy. Because Ivy is accommodated under section 20, "
              "Brelsworth Council does not share it: Kayleigh consents to Ivy's medical treatment, and the "
              "neonatal team asks her first. If Kayleigh cannot be reached when a decision is urgent, the "
              "consultant will act in Ivy's best interests and Hannah will tell Kayleigh the same day. Kayleigh "
              "has agreed in writing that Ivy will leave the unit to the Okoros' home, and that she will not take "
              "Ivy off the unit herself. She can withdraw her consent; the contingency says what happens then."),
        ("h1", "Ivy's days on the unit"),
        ("p", "Ivy is now 4 weeks old. Her withdrawal scores have come down over the past week and her morphine "
              "is being reduced every two days. Nurses say she settles best swaddled and held upright against "
              "someone's chest, and that she feeds better when the room is quiet. When Hannah visited on "
              "14/11/2025 Ivy was sneezing and restless before her feed, then took 45ml and fell asleep on Grace "
              "Okoro. On the days Kayleigh came at 1pm Ivy fed well from her; on the two days she did not come, "
              "nurses noted Ivy was harder to settle in the afternoon."),
        ("h1", "What we want for Ivy"),
        ("numbers", [
            "Ivy finishes her withdrawal safely, comes off morphine and gains weight steadily.",
            "Ivy leaves the unit to carers who already know how to feed and settle her, with every follow-up "
            "appointment booked.",
            "Ivy has regular, safe time with her mum, who is free of street drugs when she sees her.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["While Ivy is on the unit", H, H, H],
                ["Visit Ivy on the unit, see her fed and held, and speak to the nurse caring for her that day",
                 "Hannah Quigley, social worker (SW)",
                 "Twice a week, Tuesday and Friday, until Ivy leaves the unit",
                 "Visit notes on Ivy's file show two visits each week, with her weight, feeds and settling "
                 "written down"],
                ["Visit Ivy and give her feeds and cares, so that she knows them before she comes home with "
                 "them",
                 "Grace and Tobi Okoro, foster carers",
                 "Every day from 20/11/2025, at least two hours a day, until discharge",
                 "Unit visitors' book, and the carers' daily log emailed to Hannah each Friday"],
                ["Supervise Kayleigh's family time with Ivy on the unit and write down how she feeds, holds "
                 "and settles her",
                 "Ellen Bray, family time worker",
                 "Monday, Wednesday and Friday, 1pm to 3pm",
                 "A family time record for every session sent to Hannah within two working days"],
                ["Come to each family time session on time and free of street drugs, and give Ivy at least "
                 "one feed and nappy change",
                 "Kayleigh Marsden (Mum)",
                 "Monday, Wednesday and Friday, 1pm to 3pm",
                 "Family time records show each session kept, on time, with a feed given"],
                ["Score Ivy's withdrawal, record her feeds and weight, and ring Hannah the same day if her "
                 "morphine goes up or a visitor seems under the influence",
                 "Sister Anne Forde, Neonatal Unit, Brelsworth General Hospital",
                 "Every shift; written summary every Monday",
                 "Withdrawal scores and weights in the Monday summary emailed to Hannah"],
                ["Methadone key-work and a weekly urine test for Kayleigh, with a written report to each core "
                 "group on whether she has stopped using heroin and crack and how long it is likely to be "
                 "before she could care for Ivy",
                 "Rob Hennessey, recovery worker, Brelsworth Drug and Alcohol Service",
                 "Every Thursday; report two working days before each core group",
                 "Test results and Rob's written report on Ivy's file before every core group"],
                ["Getting ready to leave the unit", H, H, H],
                ["Chair a discharge planning meeting to agree the date Ivy goes to the Okoros' home and every "
                 "follow-up she needs",
                 "Dr Farah Iqbal, neonatal consultant, with Hannah Quigley (SW)",
                 "By 05/12/2025",
                 "Written discharge plan, with the date and the follow-up appointments, sent to every core "
                 "group member"],
                ["Take the neonatal handover and make a new birth visit to Ivy at the foster home",
                 "Mel Carter, health visitor (HV)",
                 "Handover before discharge; visit within 48 hours of discharge",
                 "Visit recorded in Ivy's red book with her weight; notes sent to Hannah"],
                ["The first four weeks after Ivy leaves the unit", H, H, H],
                ["Visit Ivy at the Okoros' home and see her fed and settled",
                 "Hannah Quigley (SW)",
                 "Weekly for four weeks from discharge, then every two weeks",
                 "Visit notes show Ivy seen at every visit, with her weight from the red book"],
                ["Arrange Kayleigh's supervised family time at Brelsworth Family Centre, three sessions a week "
                 "with Ellen Bray",
                 "Hannah Quigley (SW)",
                 "First session within 5 working days of discharge",
                 "Timetable sent to Kayleigh and the Okoros; a record for every session on file"],
                ["Review Kayleigh's physical health after the birth, her prescriptions and contraception, and "
                 "write to Hannah about anything that affects her time with Ivy",
                 "Dr Ian Mortimer, GP, Hatters Yard Surgery",
                 "By 12/12/2025",
                 "GP letter on Ivy's file by 12/12/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh comes to the unit appearing under the influence, the nurse in charge will ask her to "
            "leave, that session will stop, and Sister Forde will ring Hannah (or the emergency duty team after "
            "5pm) the same day. Hannah will see Kayleigh within two working days.",
            "If Kayleigh withdraws her section 20 consent or tries to take Ivy off the unit, ward staff will "
            "call security and the police, who will be asked to use police protection, and Hannah will apply "
            "for an emergency protection order the same day.",
            "If the Okoros cannot take Ivy home, the Brelsworth Fostering Service will find other carers before "
            "discharge and Ivy will stay on the unit until they have visited her at least three times.",
            "If Kayleigh has a urine test positive for heroin or crack, or misses four family time sessions in a "
            "month, the case will be presented to the Legal Planning Forum at its next weekly sitting, to decide "
            "whether to issue care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, first on 25/11/2025 at 2pm in the unit's parents' room, then "
            "23/12/2025 and 20/01/2026.",
            "Looked after review: 08/12/2025 (IRO Sunil Varma).",
            "Review child protection conference: 17/02/2026, 10am, Brelsworth Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to both parents after the first review
#    conference; the father has depression with psychotic symptoms and
#    took an overdose at home; the CMHT plans jointly with children's
#    services. Word printed to PDF with header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_buttervale_rcpc_letter_joint_cmht_ashby.pdf",
    "doc_title": "Letter to Paul and Gemma Ashby - the plan for Lily and Noah",
    "split": "tune",
    "actions": 11,
    "header": "Buttervale County Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Letter to Paul and Gemma Ashby, 26/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "sw-letter-to-both-parents-after-rcpc-word-printed-to-pdf-page-header-footer-address-block-dear-paul-and-gemma-what-the-conference-decided-how-adult-services-and-we-work-together-what-lily-and-noah-told-me-what-we-want-then-what-will-happen-who-when-how-we-will-all-know-table-then-if-things-go-wrong-and-if-things-do-not-get-better-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to both parents after the first review "
        "conference for a 10-year-old and a 6-year-old whose father has depression with psychotic "
        "symptoms and took an overdose at home. Printed to PDF with header and footer. The letter "
        "describes the shared plan meeting with the CMHT, the care co-ordinator at every core "
        "group and monthly joint visits; the table gives each action a named owner ('Sophie Lang "
        "(me)', 'Paul', 'Gemma'), a timescale and what everyone will see. The care co-ordinator and "
        "psychiatrist are asked for a view on change and its timescale; the contingency names "
        "triggers and the aunt with a fallback; a separate paragraph says the manager will decide "
        "at a legal planning meeting whether the threshold for proceedings is met."
    ),
    "blocks": [
        ("pr", "Buttervale County Council"),
        ("pr", "Children's Services, Safeguarding Team North"),
        ("pr", "Mill House, Wharf Road, Buttervale BV1 4TA"),
        ("pr", "26/11/2025"),
        ("pl", "Paul and Gemma Ashby"),
        ("pl", "6 Linnet Close"),
        ("pl", "Buttervale BV4 9HS"),
        ("p", ""),
        ("p", "Dear Paul and Gemma,"),
        ("boldp", "The plan for Lily and Noah after the review conference on 25/11/2025"),
        ("p", "Thank you both for coming to the review conference yesterday. As we talked about afterwards, I "
              "am writing the plan down for you in plain words. The conference, chaired by Mrs Deborah Quayle, "
              "decided that Lily and Noah will stay on a child protection plan under the category of neglect. "
              "Paul has severe depression with psychotic symptoms, and in August he took an overdose at home "
              "while Lily and Noah were in the house. Everyone agreed that a lot has got better since then: Paul "
              "has been well enough to take Noah to school most mornings, and Lily told me she is “not scared to go home any more”. The conference "
              "also agreed it is too soon to end the plan, because it has only been three months since Paul's "
              "overdose and his medication was changed again in October."),
        ("boldp", "How Paul's mental health team and I are working together"),
        ("p", "On 30/09/2025 we met at Linnet Close with Ruth Akande, Paul's care co-ordinator, and Dr Ewan "
              "Sadler, his psychiatrist, for a shared plan meeting. We agreed that Paul's care plan from the "
              "mental health team and the children's plan would say the same things about warning signs and "
              "who to ring, and that Ruth would come to every core group. Ruth and I now visit together once a "
              "month. Both plans are about one thing in the end: that Lily and Noah are safe and looked after "
              "every day, whether Paul is well or not."),
        ("boldp", "What Lily and Noah told me"),
        ("p", "Lily (seen on her own at school, 18/11/2025): “Dad's more like Dad now. He laughs at the telly. I "
              "still listen at his door at night to check he's breathing, but not every night.” She said she "
              "wants to go to the young carers' group “because there might be other kids like me”. She scored "
              "home 7 out of 10; in August she gave it 2."),
        ("p", "Noah (seen at home, 20/11/2025) told me “Daddy's brain was poorly and the doctors are fixing it” "
              "and showed me the Lego garage he built with Paul. He said the best thing is “when Daddy takes me "
              "to school on his shoulders”."),
        ("boldp", "What we all want for Lily and Noah"),
        ("bullets", [
            "Lily and Noah are looked after every day and night by a parent who is well enough to care for them.",
            "Lily no longer checks on her dad at night or feels that keeping him safe is her job.",
            "Noah understands his dad's illness in words that make sense to a six-year-old, and is not frightened "
            "by it.",
            "Both children are at school every day, and know exactly who to ring if their dad becomes unwell.",
        ]),
        ("boldp", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will all know"],
            "widths": [6.4, 3.6, 3.4, 3.6],
            "rows": [
                ["Visit you at home and see Lily and Noah, each on their own for part of the visit",
                 "Sophie Lang (me), social worker",
                 "Every two weeks until the next review",
                 "My visit notes show both children seen alone and their words written down"],
                ["Joint home visit with Ruth, so that Paul's care plan and the children's plan are checked "
                 "together, at home, with you both",
                 "Sophie Lang (me) and Ruth Akande (CPN)",
                 "Every four weeks; next on 12/12/2025",
                 "A joint visit note on both records, with a copy sent to you"],
                ["See Paul at home, check his medication and early warning signs, and give a written view to "
                 "each core group on whether he is getting better, what still needs to change for Lily and "
                 "Noah, and how long that is likely to take",
                 "Ruth Akande, care co-ordinator (CPN), Buttervale Community Mental Health Team",
                 "Every week; written view two working days before each core group",
                 "Ruth's written view on the children's file before every core group"],
                ["See Paul in outpatient clinic and write a report on his risk of relapse, whether he can keep "
                 "well enough to care for the children, and the likely timescale",
                 "Dr Ewan Sadler, consultant psychiatrist, Buttervale CMHT",
                 "Clinic every six weeks; report by 20/02/2026",
                 "Report sent to me and shared at the core group before the next review"],
                ["Take your medication every day, go to every appointment with Ruth and Dr Sadler, and tell "
                 "Gemma or Ruth as soon as you notice a warning sign, so that the children are never alone "
                 "with you when you are unwell",
                 "Paul",
                 "Every day; Ruth weekly, clinic every six weeks",
                 "Ruth's records show every appointment kept; your medication chart is up to date when I visit"],
                ["Work days instead of nights, so that there is always a well adult at home overnight, and "
                 "keep every medicine in the locked box",
                 "Gemma",
                 "From 01/12/2025",
                 "Your rota from Linnet Care shown to me; the box seen locked at every visit"],
                ["Write a family crisis plan with you both, with Lily's part in words she understands, and give "
                 "copies to the school and the GP",
                 "Ruth Akande (lead), with me",
                 "By 19/12/2025",
                 "Signed crisis plan on both records; Lily can tell me her part of it"],
                ["Young carer's assessment for Lily, then a place at the Tuesday young carers' group",
                 "Asha Begum, Buttervale Young Carers",
                 "Assessment by 16/01/2026; group every Tuesday after that",
                 "Lily's young carer's plan sent to me; the group register shows her there"],
                ["Six play sessions with Noah about his dad's illness, making his own story book",
                 "Kerry Nash, family support worker",
                 "Weekly from 08/12/2025",
                 "Noah's finished book shown at the core group; session notes sent to me"],
                ["Check Lily's and Noah's attendance, and meet each of them with their key adult every week",
                 "Mrs Fiona Hale, DSL, Buttervale Community Primary",
                 "Every Monday in term time",
                 "Attendance sent to me every Friday; the Monday meetings logged on CPOMS"],
                ["Check that Paul collects his prescriptions, review his physical health, and tell me and Ruth "
                 "if a prescription is not collected",
                 "Dr Lucy Tan, GP, Meadow Lane Surgery",
                 "Every month; letter before each core group",
                 "GP letter on the children's file before every core group"],
            ],
        }),
        ("boldp", "If things go wrong"),
        ("p", "If Paul shows two or more of the warning signs in his crisis plan (not sleeping, not eating, "
              "hearing the voice again, saying he is a burden), Gemma will ring Ruth, or the crisis team after "
              "5pm, the same day, and Paul will not be left alone with the children until he has been seen. If "
              "Paul talks about harming himself, Gemma will ring 999. If Gemma is not at home when this happens, "
              "Lily knows to ring her mum and then her Auntie Claire (Gemma's sister, 22 Kestrel Way), who will "
              "come and take both children to her house."),
        ("p", "If Claire cannot be reached or cannot have the children, I, or the emergency duty team out of "
              "hours, will place Lily and Noah together with Buttervale foster carers that night."),
        ("boldp", "If things do not get better"),
        ("p", "If Paul stops his medication again, or is admitted to hospital, or if by the next review the "
              "children are still checking on him at night and missing school, I will ask my manager, Daniel "
              "Frost, to hold a legal planning meeting within ten working days. At that meeting he will decide "
              "whether the threshold for care proceedings is met, and whether we should start the Public Law "
              "Outline first. I would tell you both straight away, and you would be able to get free legal "
              "advice."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Buttervale Community Primary, 3.30pm: 16/12/2025, 13/01/2026 and "
            "10/02/2026. Ruth will come to each one.",
            "Next review child protection conference: 03/03/2026, 1.30pm, Mill House, Wharf Road.",
        ]),
        ("p", "If anything in this letter is not clear, or you think I have got something wrong, please ring me "
              "on 01832 660412. I am in the office on Mondays and Thursdays."),
        ("p", "Yours sincerely,"),
        ("p", "Sophie Lang"),
        ("p", "Social Worker, Buttervale County Council"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Child protection plan update while a looked-after 14-year-old is in a
#    CAMHS inpatient unit after an overdose; risk of sexual exploitation.
#    Markdown, owner-first bullets each with a "Check:" line; the legal
#    step is an action of its own. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_brimslade_camhs_unit_update_owner_bullets_lennox.md",
    "split": "tune",
    "actions": 11,
    "template": "cp-plan-update-md-while-in-hospital-details-bullets-where-skye-is-and-who-decides-what-what-skye-says-outcomes-then-owner-first-bold-name-bullets-each-with-check-line-grouped-while-at-larchfield-and-leaving-larchfield-contingency-meetings",
    "description": (
        "Exemplary update of the child protection plan for a 14-year-old at risk of sexual "
        "exploitation, accommodated under section 20 with foster carers and now an informal "
        "patient in a CAMHS inpatient unit after an overdose. Markdown, owner-first bullets each "
        "with a 'Check:' line, grouped by 'while Skye is at Larchfield' and 'leaving Larchfield'. "
        "A section says who holds parental responsibility and who agrees leave; the social worker "
        "visits twice a week, the foster carers every day and her mother twice a week; discharge "
        "planning is dated; the team manager convening a Legal Planning Meeting (LPM) on named "
        "triggers is an action of its own; core group, looked after review and review conference "
        "dates are set."
    ),
    "text": """\
# Child Protection Plan – update while Skye is in hospital

**Brimslade City Council – Children's Social Work Service – Adolescent Safeguarding Team**

- **Young person:** Skye Lennox, 14 (DOB 09/06/2011), Year 10, Brimslade Academy
- **Where Skye is now:** Larchfield Adolescent Unit (CAMHS inpatient unit), Ashby Road, Brimslade – an
  informal patient since 12/11/2025
- **Where Skye lives:** with foster carers Sue and Martin Hollis, 3 Quarry Bank, Brimslade, since
  02/10/2025
- **Legal status:** accommodated under section 20 with her mother's agreement
- **Mother:** Donna Lennox (41), 58 Chapel Street, Brimslade
- **Category:** Sexual abuse (risk of child sexual exploitation). On a plan since 16/09/2025
- **Social worker:** Megan Doyle (team manager: Gail Hart)
- **This update:** agreed at the core group held at Larchfield on 21/11/2025

## Why this update

Skye has been at risk from a 23-year-old man, Kyle, and his friends, who gave her vodka and cannabis and
took her to a flat in Hythe Road. On 08/11/2025 she took an overdose of paracetamol at the Hollises' home
after Kyle sent her messages. She was treated on the children's ward at Brimslade Royal and moved to
Larchfield on 12/11/2025. The plan below replaces the actions that cannot happen while Skye is in hospital,
and keeps the rest.

## Who decides what while Skye is at Larchfield

Donna holds parental responsibility. Because Skye is accommodated under section 20, the council does not.
Skye agreed to go into Larchfield and Donna consented. Donna, Megan and Skye's consultant, Dr Helen Marsh,
agree any leave from the unit together, and Skye is told why. Larchfield will ring Megan and Donna the
same day about any change in Skye's treatment. If Skye wants to leave and Dr Marsh thinks she is not safe
to, Dr Marsh will decide whether a Mental Health Act assessment is needed and tell Megan straight away.

## What Skye says

Skye (seen on her own at Larchfield, 18/11/2025): "It's boring in here but I feel safer than outside. I
don't want Kyle to know where I am. I want to go back to Sue and Martin's, not to Mum's yet, but I want Mum
to keep coming on Sundays." She said the worst thing about Larchfield is "not having my phone" and the
best is the art room. She scored feeling safe 6 out of 10 (it was 2 on 10/11/2025) and said it would be
higher "if Kyle got arrested".

## What we want for Skye

1. Skye is safe from Kyle and his friends, inside and outside Larchfield.
2. Skye leaves Larchfield to the Hollises' home with a plan she has helped write for the times she feels
   like hurting herself.
3. Skye gets back to education and sees her friends from the art group.
4. Skye and her mum spend time together that they both enjoy, and Skye can tell her mum how she feels.

## What will happen while Skye is at Larchfield

- **Megan Doyle (SW)** will visit Skye at Larchfield every Tuesday and Friday afternoon, and see her on her
  own. *Check:* visit notes record Skye's own words and her safety score at every visit.
- **Sue and Martin Hollis (foster carers)** will visit Skye every day at evening visiting (6pm to 7.30pm),
  taking her clean clothes and her art things. *Check:* Larchfield's visitors' record, and the Hollises'
  daily log emailed to Megan every Friday.
- **Donna Lennox (Mum)** will visit Skye every Wednesday and Sunday afternoon, and phone her each evening at
  the time Skye has chosen. *Check:* Larchfield's visitors' record; Skye tells Megan how the visits went.
- **Dr Helen Marsh (consultant child and adolescent psychiatrist, Larchfield)** will review Skye at every
  weekly ward round and send Megan a written update on her mental state and her risk to herself.
  *Check:* written update on Megan's file every Friday.
- **Jon Keyes (teacher, Larchfield school)** will teach Skye every weekday morning and send her work back to
  Brimslade Academy. *Check:* weekly report of lessons attended and work completed, copied to Megan and
  the Academy's DSL.
- **Lucy Amos (Safer Futures exploitation worker)** will see Skye at Larchfield once a week for six weeks to
  work on her safety map and what grooming looks like, starting 25/11/2025. *Check:* Skye's own safety map
  shared at the next core group; session notes sent to Megan.
- **DC Amy Shore (Brimslade Police Exploitation Team)** will serve a Child Abduction Warning Notice on Kyle
  and tell Larchfield his description by 28/11/2025. *Check:* copy of the served notice on Skye's file;
  Larchfield's staff briefing sheet.

## What will happen to get Skye ready to leave Larchfield

- **Megan Doyle (SW)** will hold a discharge planning meeting with Skye, Donna, the Hollises, Dr Marsh and
  the community CAMHS team at least two weeks before any discharge date, and no later than 19/12/2025.
  *Check:* written discharge plan, with Skye's own safety plan attached, sent to every core group member.
- **Jo Ferris (Brimslade Community CAMHS)** will see Skye within 72 hours of her leaving Larchfield, then
  every week for the first eight weeks. *Check:* appointment letters copied to Megan; Jo's summary to each
  core group.
- **Mrs Anita Shah (DSL, Brimslade Academy)** will set up a part-time timetable with Skye's key adult
  before Skye leaves Larchfield, ready for her first week home. *Check:* signed timetable on file before discharge; attendance sent to
  Megan every Friday after that.
- **Gail Hart (team manager)** will convene a Legal Planning Meeting (LPM) within five working days if, after
  she leaves Larchfield, Skye goes missing twice in a month, is found with Kyle or his friends, or Donna
  withdraws her section 20 agreement. *Check:* LPM minutes and the decision on whether to apply for a care
  order on Skye's file within five working days of the trigger.

## If things go wrong

- If Skye goes missing from Larchfield or from leave, Larchfield will report her missing to the police
  at once and ring Megan (or the emergency duty team out of hours); Megan will hold a strategy discussion
  the same day, and Skye will have a return home interview within 72 hours of being found.
- If Kyle or anyone linked to him turns up at Larchfield or contacts Skye, staff will call 999 and DC Shore
  will be told the same day.
- If Skye harms herself on leave, Sue or Martin will take her back to Larchfield at once and Dr Marsh will
  review her that day.
- If the Hollises cannot have Skye back, the Brimslade fostering team will find carers before any discharge
  date and Skye will meet them at least twice at Larchfield first.

## Meetings

- Core group every three weeks at Larchfield while Skye is there: next on 12/12/2025, then 02/01/2026.
- Looked after review: 15/12/2025 (IRO: Patrick Nolan).
- Review child protection conference: 05/02/2026, 10am, Brimslade Council House.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan for a looked-after toddler on a children's
#    ward; his mother, who has bipolar disorder, is detained on an adult
#    mental health ward. Markdown table with a Ref column. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_benthwaite_icpc_ward_toddler_ref_table_ainsworth.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-md-details-bullets-why-tommy-is-on-the-ward-who-decides-what-tommys-days-on-ward-4-outcomes-then-ref-action-lead-timescale-evidence-table-contingency-with-legal-step-meetings",
    "description": (
        "Initial conference plan in Markdown for a 20-month-old accommodated under section 20 on "
        "a children's ward with faltering growth, while his mother, who has bipolar disorder, is "
        "detained on an adult mental health ward. Most rows are sound: the social worker's daily "
        "calls to the ward, the kinship assessment, the paediatric report, the psychiatrist's "
        "capacity-to-change report, a joint meeting with the care co-ordinator, the health "
        "visitor. Faults: nobody is set to visit the toddler on the ward at a stated frequency "
        "(the grandmother comes 'When she is able'), the dietitian's teaching measured by "
        "'Improvement', a psychiatrist row that only treats, a '-' owner for the Portage "
        "referral, and an outcome only for the mother. Legal planning and meetings are set."
    ),
    "text": """\
# Child Protection Plan – Tommy Ainsworth

Benthwaite Borough Council | Children's Social Care | Children in Care Team 1

- **Child:** Tommy Ainsworth, 20 months (DOB 14/03/2024)
- **Where Tommy is:** Ward 4 (children's ward), Benthwaite Royal Infirmary, since 03/11/2025
- **Legal status:** accommodated under section 20 since 06/11/2025, with his mother's consent
- **Mother:** Kayla Ainsworth (23), detained under section 2 of the Mental Health Act on Elm Ward,
  Benthwaite Mental Health Unit, since 02/11/2025
- **Father:** not named on the birth certificate; no parental responsibility
- **Maternal grandmother:** Pauline Ainsworth, 14 Kiln Lane, Benthwaite
- **Category:** Neglect
- **Initial conference:** 19/11/2025, chair Richard Okafor (IRO)
- **Social worker:** Sadia Karim (team manager: Ian Clough)

## Why Tommy has a plan

Kayla has bipolar disorder. She stopped her lithium in September and by the end of October was hardly
sleeping and had stopped shopping and cooking. On 02/11/2025 a neighbour called the police after Kayla
was seen on the main road at 2am in her nightdress; Tommy was found alone in the flat in a soaked nappy,
with no food in the fridge. He had lost weight since his last check, dropping from the 25th to below the
2nd centile. Kayla was detained on Elm Ward and Tommy was admitted to Ward 4. When Dr Obi said Kayla had
capacity, she agreed on 06/11/2025 that Tommy should be looked after while she is in hospital.

## Who decides what

Kayla holds parental responsibility and consents to Tommy's treatment on Ward 4. The ward rings Sadia and
Elm Ward together when a decision is needed, and Elm Ward staff help Kayla to take part. The council does
not hold parental responsibility under section 20.

## Tommy's days on Ward 4

Tommy eats well when a nurse or the play specialist sits with him, and he has gained 400g in two weeks.
He cries for a long time at night and settles when he is given his blue rabbit. Nurses say he goes to
anyone who picks him up and rarely looks back for a familiar adult. He has not seen his mum since
02/11/2025. When Pauline came on 15/11/2025 he lifted his arms to her and fell asleep on her lap.

## What we want to be different

1. Tommy gains weight steadily and is fed, changed and comforted by the same few adults every day.
2. Tommy leaves hospital to a safe home with an adult who knows his feeding plan and his routines.
3. Tommy is seen at home by his health visitor and catches up with his development.
4. Kayla's mental health is stable and she is discharged from Elm Ward.

## Plan

| Ref | Action | Lead | Timescale | Evidence |
|---|---|---|---|---|
| 1 | Ring Ward 4 for an update on Tommy's feeds, weight and sleep, and record it | Sadia Karim, social worker (SW) | Every weekday | Phone notes on Tommy's file with each day's weight |
| 2 | Connected person's assessment of Pauline as Tommy's carer when he leaves hospital | Jenny Moss, kinship social worker, Benthwaite Fostering | Viability by 28/11/2025; full assessment by 16/01/2026 | Written viability report to the core group by 28/11/2025 |
| 3 | Visit Tommy on Ward 4 and help with his tea and bath time | Pauline Ainsworth (MGM) | When she is able | Ward visitors' book signed by Pauline |
| 4 | Show Pauline Tommy's feeding plan and practise his meals with her on the ward | Nadia Qureshi, paediatric dietitian, Benthwaite Royal Infirmary | Before discharge | Improvement in Pauline's confidence |
| 5 | Assess Tommy's growth and development and give a written opinion on whether his weight loss is explained by neglect | Dr Simon Elwood, consultant paediatrician | By 28/11/2025 | Medical report sent to the SW and shared at the core group |
| 6 | Treat Kayla's mania on Elm Ward and restart her lithium | Dr Rachel Obi, consultant psychiatrist, Elm Ward | Daily ward reviews while Kayla is detained | Ward round notes shared with the SW every week |
| 7 | Give a written view on Kayla's capacity to make and keep the changes Tommy needs, and how long that is likely to take | Dr Rachel Obi, consultant psychiatrist, Elm Ward | Before Kayla leaves Elm Ward, and by 09/01/2026 at the latest | Written report to the SW, shared at the core group |
| 8 | Joint planning meeting with Kayla's care co-ordinator about her leave from Elm Ward and when she can see Tommy safely | Sadia Karim (SW) with Owen Price, care co-ordinator, Benthwaite CMHT | Within 5 working days of this conference | Shared plan notes on both the children's and the CMHT records |
| 9 | Refer Tommy to Portage for his play and development | - | By 05/12/2025 | Portage acceptance letter on file |
| 10 | Take the ward handover and visit Tommy at home within 48 hours of discharge, then weigh him weekly for four weeks | Lisa Green, health visitor | From discharge | Weights plotted in the red book and sent to the SW after each visit |

## Contingency

- If Kayla leaves Elm Ward without agreement, or tries to take Tommy from Ward 4, ward staff will call the
  police and Sadia (or the emergency duty team) at once, and Sadia will hold a strategy discussion the same
  day.
- If Pauline's viability assessment is negative, or she decides she cannot care for Tommy, he will leave
  hospital to Benthwaite foster carers, who will be found before his discharge date.
- If Kayla withdraws her consent to section 20, or Tommy loses weight again after discharge, Ian Clough
  will ask for legal advice and a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Ward 4 seminar room, 2pm: 03/12/2025, 31/12/2025 and 28/01/2026.
- Review child protection conference: 18/02/2026, 10am, Benthwaite Civic Centre.
""",
    "findings": [
        F("L001"),
        F("T002", "Visit Tommy on Ward 4 and help with his tea"),
        F("M002", "Show Pauline Tommy's feeding plan and practise his meals"),
        F("H001", "Treat Kayla's mania on Elm Ward and restart her lithium"),
        F("W001", "Refer Tommy to Portage for his play and development"),
        F("F002", "Kayla's mental health is stable and she is discharged from Elm Ward."),
    ],
})


# ---------------------------------------------------------------------------
# 7. Interim plan for a family moving to another authority: mother with
#    recurrent depression, two children, grandparents in the new area.
#    Plain text, numbered actions with WHO / WHEN / CHECK lines, a
#    monitoring and escalation section, workers named in both areas, the
#    transfer request done and closed. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b131_bowdenfold_interim_plan_until_transfer_in_harwood.txt",
    "split": "tune",
    "actions": 12,
    "template": "interim-cp-plan-transfer-out-plain-text-equals-rules-numbered-caps-sections-details-who-holds-the-case-workers-in-both-areas-childrens-words-outcomes-then-numbered-actions-with-who-when-check-lines-done-row-kept-then-how-the-core-group-checks-progress-and-legal-planning-contingency-meetings",
    "description": (
        "Exemplary interim child protection plan for a 12-year-old and an 8-year-old whose "
        "mother has recurrent depression, written as the family moves from Bowdenfold to Morwick "
        "District Council to be near the grandparents. Plain text: the plan stays in force, "
        "unchanged, until Morwick's transfer-in conference, with the workers named in both areas, "
        "a joint visit at the new home, and the CMHT care co-ordinator seeing the mother until "
        "Morwick's team takes over, with a handover view on capacity to change. Numbered actions "
        "with WHO / WHEN / CHECK lines (the transfer request is done and closed); a monitoring "
        "section ends in a legal planning meeting on named triggers; the grandparents' part has "
        "a fallback; core group, transfer-in and review conference dates are set."
    ),
    "text": """\
==============================================================================
BOWDENFOLD COUNCIL - CHILDREN'S SERVICES - FAMILY SAFEGUARDING TEAM B
INTERIM CHILD PROTECTION PLAN (FAMILY MOVING TO MORWICK)
==============================================================================
Children ......... Kian Harwood (12), DOB 07/02/2013, Year 8, Bowdenfold
                   Academy; Maddie Harwood (8), DOB 19/09/2017, Year 4,
                   St Helen's Primary
Address now ...... 31 Copperfield Road, Bowdenfold BF2 7JD
Address from ..... 12 Weavers Court, Morwick MK4 3SA (keys 12/12/2025)
Mother ........... Nicola Harwood (37)
Father ........... Darren Harwood (39), 4 Mill Lane, Morwick; has the
                   children every other weekend
Grandparents ..... Brian and Carol Wilde (maternal), 9 Weavers Court, Morwick
Category ......... Neglect
Plan made ........ Initial conference 09/09/2025; this version agreed at the
                   core group on 25/11/2025
==============================================================================

1. WHO HOLDS THE CASE, AND UNTIL WHEN
------------------------------------------------------------------------------
Nicola and the children move to Morwick on 12/12/2025, two doors from
Nicola's parents. Bowdenfold asked Morwick for a transfer-in conference on
24/11/2025 and Morwick have set it for 15/01/2026.

This plan stays in force, unchanged, until Morwick's transfer-in conference.
Until then Bowdenfold is responsible for Kian and Maddie wherever they live,
and Tara Quinn stays their social worker, including after the move.

  Bowdenfold ... Tara Quinn, social worker; Helen Boyce, team manager
  Morwick ...... Dev Sharma, social worker (allocated 01/12/2025);
                 Rachel Moody, team manager

2. WHY THERE IS A PLAN
------------------------------------------------------------------------------
Nicola has recurrent depression. In August she stopped getting up, stopped
eating and stopped taking her antidepressant; the house had no food for
several days, Kian missed three weeks of school to look after Maddie, and on
22/08/2025 Kian rang 999 because his mum said she did not want to be here
any more. Nicola was seen by the Bowdenfold crisis team and has been under
the Community Mental Health Team (CMHT) since. Her mood has been better since
October and Kian has been back at school full time.

3. WHAT KIAN AND MADDIE SAY
------------------------------------------------------------------------------
Kian (seen on his own, 18/11/2025): "I'm glad we're moving near Nan and
Grandad because if Mum gets bad again it won't just be me. I don't want a
new social worker but I met Dev and he's alright. He supports Leeds."
Kian scored home 6 out of 10; in August he would not give a number.
Maddie (seen on her own, 18/11/2025): "Mum cooks tea again. I want my
bedroom at the new house to be purple. I'm sad about leaving Ella but she's
going to write to me." She drew Nan's house next to the new house, with a
path between them.

4. WHAT WE WANT FOR KIAN AND MADDIE
------------------------------------------------------------------------------
4.1 Kian and Maddie are looked after every day by an adult who is well
    enough to feed them, get them to school and notice how they are.
4.2 Kian never again has to look after his mum or his sister instead of
    going to school.
4.3 Kian and Maddie start their new schools on 05/01/2026 and keep their
    attendance above 95%.
4.4 Both children know who to ring in Morwick if their mum becomes unwell.

5. WHAT WILL HAPPEN
------------------------------------------------------------------------------
5.1  Visit Kian and Maddie at home and see each of them on their own,
     including at 12 Weavers Court after the move.
     WHO ..... Tara Quinn (Bowdenfold SW)
     WHEN .... Weekly until the transfer-in conference on 15/01/2026
     CHECK ... Visit notes show both children seen alone each week, with
               their own words written down

5.2  Joint visit at the new home with Dev, so that Kian and Maddie see
     both social workers together and know Dev is taking over.
     WHO ..... Tara Quinn (Bowdenfold SW), with Dev Sharma (Morwick SW)
     WHEN .... Within 5 working days of the move, by 19/12/2025
     CHECK ... Joint visit note on both councils' records

5.3  DONE - Send Morwick the transfer-in request, chronology, this plan
     and the core group minutes.
     WHO ..... Tara Quinn (Bowdenfold SW)
     WHEN .... Sent 24/11/2025 - closed
     CHECK ... Morwick's acknowledgement email on file

5.4  See Nicola at home every two weeks until her first appointment with
     Morwick CMHT, and write a handover report giving a view on whether
     she can keep making the changes Kian and Maddie need and how long
     that is likely to take.
     WHO ..... Alison Reed, care co-ordinator, Bowdenfold CMHT
     WHEN .... Every two weeks; handover report by 12/12/2025
     CHECK ... Handover report sent to Morwick CMHT, Tara and Dev, and
               read out at the core group on 16/12/2025

5.5  First appointment with Nicola, then a written view at the
     transfer-in conference on her recovery, what it means for Kian and
     Maddie, and how long further change is likely to take.
     WHO ..... Dr Kofi Asante, consultant psychiatrist, Morwick CMHT
     WHEN .... First appointment within 10 working days of the move;
               written view by 12/01/2026
     CHECK ... Appointment letter copied to Tara and Dev; written view
               on file for the transfer-in conference

5.6  Register herself, Kian and Maddie with a GP in Morwick and take the
     repeat prescription with her, so that she does not go without her
     antidepressant while the children are settling in.
     WHO ..... Nicola Harwood (Mum)
     WHEN .... By 19/12/2025
     CHECK ... New GP's registration letter shown to Tara at her next
               visit; pharmacy record shows no gap

5.7  Check Kian's attendance and how he is, and send his child
     protection file to Morwick Academy.
     WHO ..... Mr Paul Grant, DSL, Bowdenfold Academy
     WHEN .... Every school day until 19/12/2025; file sent within 5
               school days of Kian leaving
     CHECK ... Attendance emailed to Tara every Friday; Morwick Academy's
               DSL confirms receipt of the file in writing

5.8  Check Maddie's attendance and how she is, and send her child
     protection file to Morwick Castle Primary.
     WHO ..... Mrs Ruth Liddle, DSL, St Helen's Primary
     WHEN .... Every school day until 19/12/2025; file sent within 5
               school days of Maddie leaving
     CHECK ... Attendance emailed to Tara every Friday; Morwick Castle
               Primary's DSL confirms receipt of the file in writing

5.9  Walk Maddie to Morwick Castle Primary and collect her, and give both
     children their tea at 9 Weavers Court.
     WHO ..... Brian and Carol Wilde (maternal grandparents)
     WHEN .... Monday to Friday in term time from 05/01/2026
     CHECK ... School collection book signed by Brian or Carol; Carol
               texts Tara each Friday

5.10 Have Kian and Maddie to stay on Saturday nights.
     WHO ..... Carol Wilde (maternal grandmother)
     WHEN .... Every Saturday night from 13/12/2025
     CHECK ... Carol texts Tara each Sunday; the children talk about it
               at visits

5.11 Keep Kian's Thursday young carers' sessions going until the move,
     and refer him to Morwick Young Carers with his agreement.
     WHO ..... Jess Pike, Bowdenfold Young Carers
     WHEN .... Every Thursday until 11/12/2025; referral by 05/12/2025
     CHECK ... Referral acceptance letter and Kian's first Morwick session
               date sent to Tara and Dev

5.12 Two sessions with Kian and Maddie about the move: what stays the
     same, who is who in Morwick, and who to ring if Mum becomes unwell.
     WHO ..... Tara Quinn (Bowdenfold SW)
     WHEN .... Both by 10/12/2025
     CHECK ... Each child's "my new town" sheet, with Dev's and Nan's
               numbers on it, kept on file and seen in their rooms

5.13 Take part in every core group from now on and hold the case from
     the transfer-in conference.
     WHO ..... Dev Sharma (Morwick SW)
     WHEN .... Every core group from 16/12/2025
     CHECK ... Dev's attendance recorded in the core group minutes

6. HOW THE CORE GROUP WILL CHECK PROGRESS
------------------------------------------------------------------------------
At each core group Tara will read through section 5 and the core group will
say, for each action, whether its CHECK has been seen. Alison's handover
report and the schools' attendance will be read at the meeting on
16/12/2025, with Dev and Rachel Moody there by Teams, so that Morwick hears
the evidence first hand.

If by the transfer-in conference Nicola has stopped her medication again,
or Kian has again missed school to look after her, Tara will ask Helen
Boyce for a legal planning meeting in Bowdenfold before the case transfers,
to decide whether PLO pre-proceedings should start, and the decision will
go to Morwick with the transfer papers.

7. IF THINGS GO WRONG
------------------------------------------------------------------------------
If Nicola stops getting up, stops eating, or says she does not want to be
here, or either child tells someone she has, Kian will ring Carol (or Tara
or 999), Carol will take both children to 9 Weavers Court, Nicola will be
seen the same day by the CMHT or the crisis team, and Tara will hold a
strategy discussion with Morwick the same day.

If Carol and Brian cannot have the children or do the school runs (they
are ill or away), Darren will have Kian and Maddie at 4 Mill Lane; if he
cannot either, Tara (or Morwick's emergency duty team out of hours) will
place Kian and Maddie together with foster carers that day.

8. MEETINGS
------------------------------------------------------------------------------
Core group ........... every three weeks: 16/12/2025 (Bowdenfold, Dev and
                       Rachel by Teams) and 06/01/2026 (Morwick, in person)
Transfer-in conf. .... 15/01/2026, 10am, Morwick Civic Centre
Review conference .... 27/01/2026, Bowdenfold (booked, and held if the
                       transfer-in conference does not go ahead)
==============================================================================
""",
    "findings": [],
})
