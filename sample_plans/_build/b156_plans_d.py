"""Batch 156, module d: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, each in its own invented template, voice and vocabulary,
none of them an ordinary "Action | Who | When | How we'll know" grid:

1. Dapplethorne (docx): an initial conference plan for a disabled 10-year-old
   and her 3-year-old brother whose mother drinks; each step is written in
   bold across the table and the row under it holds "Lead | Timing |
   Evidence we'll look for"; "Plan B" and "Keeping track" in prose.
2. Dretchley (pdf, page header and footer): a transfer-in conference plan
   after domestic abuse, with the previous authority's plan told in prose and
   the actions in small "Step | When | What will show it" tables, each under
   a heading naming whose part it is (the mother, the social worker, "the
   community mental health nurse", the father's probation officer, the IDVA,
   each school, the school nurse).
3. Dewstanton (md): a core group plan for a toddler and a baby whose father
   is on a methadone script and whose mother has low mood after the birth;
   initials explained in a "Who's who" key, each bullet holding its own check
   and ending with the owner's initials and the timing in brackets; the
   meetings told in prose under "Keeping on track".
4. Dullingsworth (txt): a case-system print for a looked-after baby on a
   neonatal unit, with repeated page headers, dot-leader fields, "TASK n OF
   10" blocks of Task / Owner / Timing / Evidence lines, and TRIGGER /
   RESPONSE contingency fields.
5. Ditherwell (docx): core group minutes in numbered paragraphs with an
   action log headed "Ref | What we agreed | Whose job | Deadline / how often
   | We'll see | Status", a young carer whose mother self-harms.
6. Drabbleford (pdf, page header and footer): a social worker's letter to the
   parents after an initial conference, the plan in numbered paragraphs under
   "What will happen now", some of them hedged or passive.
7. Dunmoorcroft (md): a first review conference plan after domestic abuse,
   its actions numbered under outcome headings ("Things we want to be
   different") with Who / When / Check sub-bullets.

Four plans are exemplary (no findings under any rule): Dapplethorne (docx),
Dretchley (pdf), Dewstanton (md) and Dullingsworth (txt). Three carry a
realistic mix of faults among mostly good rows: Ditherwell (docx; a CMHT row
that only supports, "When he can", a "Family network" owner, "Monitored by
school", a referral with "-" in the measure cell, a deadline that only says
"Carried forward", an outcome about the mother only, no fallback if Nan or
the uncle cannot help, no legal planning), Drabbleford (pdf; "it is hoped
that you will cut down ... over the coming months", a passive referral, a
talking therapy that only treats, "keep an eye on", a hedged nursery place
with no owner and no check, "Everyone working with your family", no
fallback if the grandmother cannot help) and Dunmoorcroft (md; "Ongoing", a
play therapy step with no check, guided self-help that only treats measured
by "Aga says she feels calmer", "Professionals", an outcome about the
mother only, a contingency of "further concerns" and a meeting to discuss,
no fallback for the aunt, the review conference date to be confirmed).

Counting actions (README convention 1): each step of the Dapplethorne table
(a bold step row together with the Lead / Timing / Evidence row under it is
one action), each row of the Dretchley "whose part" tables, each bullet of
the Dewstanton "What's going to happen", each TASK block of the Dullingsworth
print, each live row of the Ditherwell action log (the GP row marked "Done
... closed" is a one-off action already done and is not counted), each
numbered paragraph of the Drabbleford letter's "What will happen now", and
each numbered step under the Dunmoorcroft outcome headings (its Who / When /
Check sub-bullets belong to it). Background, the previous authority's plan,
the children's words, outcomes, contingencies and meeting dates are not
actions.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, a disabled 10-year-old and her
#    3-year-old brother, mother drinking, grandfather helping with evening
#    care. Each step in bold across the table with a Lead / Timing /
#    Evidence row under it. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_dapplethorne_icpc_step_across_lead_timing_evidence_row_hollis.docx",
    "doc_title": "Child Protection Plan - Jasmine and Alfie Hollis",
    "split": "tune",
    "actions": 11,
    "template": "icpc-docx-about-us-kv-why-a-plan-what-jasmine-told-me-alfies-day-what-we-want-numbered-then-step-written-across-table-in-bold-with-lead-timing-evidence-row-under-it-then-plan-b-and-keeping-track-prose",
    "description": (
        "Exemplary initial conference plan for a 10-year-old with cerebral palsy and her "
        "3-year-old brother whose mother has been drinking most evenings. Each step is "
        "written in bold across a three-column table and the row under it gives its Lead, "
        "Timing and 'Evidence we'll look for'. The drug and alcohol service reports on the "
        "mother's capacity to change, the GP, physiotherapist and occupational therapist "
        "own steps, the grandfather's evening care has a fallback in 'Plan B', legal "
        "planning follows named triggers, and core group and review dates are told in a "
        "'Keeping track' paragraph; Jasmine's own words and Alfie's day."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dapplethorne Borough Council · Children's Services · Safeguarding Hub (East)"),
        ("p", "Agreed at the initial child protection conference on 04/11/2025"),
        ("h1", "About us"),
        ("kv", [
            ("Jasmine", "Jasmine Hollis, 10 (DOB 03/03/2015), Year 6 at Brookhollow Primary. Jasmine has "
                        "cerebral palsy: she walks with a frame at home, uses a wheelchair outside and needs "
                        "help with toileting, washing and getting into bed."),
            ("Alfie", "Alfie Hollis, 3 (DOB 19/07/2022), mornings at Little Wrens Nursery"),
            ("Mum", "Leanne Hollis, 34, 9 Quarry Bank, Dapplethorne DP3 7RW"),
            ("Dad", "Craig Dunne; lives abroad and has had no contact since 2023"),
            ("Grandad", "Roy Hollis, 63, Leanne's father, 40 Mill Terrace (two streets away)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Priyanka Solanki, Children with Disabilities Social Work Team "
                              "(team manager: Gareth Lomax)"),
            ("Chair", "Beth Kingdon, independent reviewing officer"),
        ]),
        ("h1", "Why Jasmine and Alfie have a plan"),
        ("p", "Leanne lost her job in the spring and since then has been drinking most evenings, sometimes from "
              "lunchtime. Jasmine cannot get herself to the toilet or into bed, and on several evenings in "
              "September and October she was left in a wet pad on the sofa until Roy came round. She missed two "
              "physiotherapy appointments and her new splints have not been fitted. Alfie has arrived at nursery "
              "hungry on most Mondays. On 18/10/2025 a neighbour called the police at 11pm: Leanne was asleep "
              "and could not be woken, Alfie was awake in the kitchen and Jasmine was still in her wheelchair."),
        ("p", "Leanne told the conference that she knows her drinking has got out of hand. She has been to "
              "Turnstone, Dapplethorne's drug and alcohol service, twice since 20/10/2025 and says she has not "
              "drunk in the daytime since."),
        ("h1", "What Jasmine told me"),
        ("p", "I saw Jasmine on her own at school on 29/10/2025, with her teaching assistant close by to help "
              "with her communication board. (Priyanka Solanki, social worker)"),
        ("p", "“When Mum has her wine she falls asleep on the sofa and I can't get my pad changed. I shout and "
              "shout but she doesn't wake up. Then I ring Grandad on my iPad.” Jasmine said she wants “Mum to "
              "stop the wine, and to do my stretches with Grandad because he makes them a game”. The best thing "
              "at home is “watching Bake Off with Mum and Alfie on the big bed”. She gave home 4 out of 10 and "
              "said it would be a 10 “if Mum never had wine and Grandad came every day”. She wants to keep "
              "living with her mum and Alfie."),
        ("h1", "Alfie's day"),
        ("p", "Alfie talks in short sentences. At nursery he asks for breakfast as soon as he comes in and eats "
              "two bowls on Mondays. On the home visit of 28/10/2025 he climbed onto Leanne's lap, then fetched "
              "Jasmine's cup and held it for her while she drank. When he tripped on the rug he went to Jasmine, "
              "not to his mum. Nursery say he gets upset when a door bangs."),
        ("h1", "What we want for Jasmine and Alfie"),
        ("numbers", [
            "Jasmine is washed, changed and helped into bed on time every evening by a sober adult, and wakes "
            "up dry and comfortable.",
            "Jasmine gets to every physiotherapy and orthotics appointment and wears her splints every day.",
            "Alfie has breakfast and tea every day and goes to nursery every morning he is booked in.",
            "Jasmine and Alfie are always looked after by an adult who has not been drinking, and Alfie no "
            "longer has to help care for his sister.",
            "Jasmine knows who to ring if her mum has been drinking, and a safe adult comes to her the same "
            "evening.",
        ]),
        ("h1", "Our plan"),
        ("p", "Each step is written in bold across the table. The row under it says who leads it, when it "
              "happens and what we will look for to know it is working."),
        ("table", {
            "header": ["Lead", "Timing", "Evidence we'll look for"],
            "widths": [4.6, 5.0, 7.4],
            "rows": [
                ["1. Visit Jasmine and Alfie at home, with an unannounced evening visit at least once a "
                 "fortnight, and talk with Jasmine on her own using her communication board", H, H],
                ["Priyanka Solanki, social worker",
                 "Weekly from 05/11/2025 until the review conference",
                 "Visit records show both children seen every week, the evening visits made, and Jasmine's own "
                 "words written down each time"],
                ["2. Drink no alcohol while she is looking after Jasmine and Alfie, and keep no alcohol in the "
                 "house", H, H],
                ["Leanne Hollis (Mum)",
                 "Every day from 04/11/2025",
                 "Breath tests at Turnstone and at the social worker's visits read zero; no alcohol seen in the "
                 "house at any visit"],
                ["3. Go to key-work at Turnstone and give a breath test, so that she is sober for Jasmine's "
                 "evening care and Alfie's mornings", H, H],
                ["Leanne Hollis (Mum)",
                 "Every Thursday from 06/11/2025",
                 "Turnstone's attendance record shows every session kept; shared at each core group"],
                ["4. Key-work with Leanne, a breath test at every session, and a written view for each core "
                 "group on whether she is making the changes Jasmine and Alfie need and how long any further "
                 "change is likely to take", H, H],
                ["Mel Ashdown, recovery worker, Turnstone Drug and Alcohol Service",
                 "Every Thursday; written view 2 working days before each core group",
                 "Mel's report, with the breath-test results, is in the papers for every core group"],
                ["5. Send Leanne's alcohol history and liver test results, and tell the social worker if she "
                 "misses a GP alcohol review or asks for sleeping tablets, so that the plan for Jasmine and "
                 "Alfie rests on the full picture", H, H],
                ["Dr Fergus Idowu, GP, Millrace Surgery",
                 "Summary by 18/11/2025; any missed review within 2 working days",
                 "GP summary on both children's files by 18/11/2025; any missed review logged on the case "
                 "record"],
                ["6. Give Jasmine her tea, do her stretches, change her pad and help her into bed with the "
                 "hoist", H, H],
                ["Roy Hollis (Grandad)",
                 "Every Monday, Wednesday and Friday, 5pm to 8pm",
                 "Roy signs Jasmine's care diary each evening he comes; the social worker checks the diary at "
                 "every visit"],
                ["7. Check Jasmine's attendance, and her pad and skin when she arrives, and phone the social "
                 "worker the same day if she arrives wet, sore or hungry", H, H],
                ["Mrs Ruth Kaplan, DSL, Brookhollow Primary",
                 "Every school day",
                 "Attendance emailed to the social worker each Friday; same-day calls logged on CPOMS"],
                ["8. Note whether Alfie has had breakfast, how he is, and anything he says about home", H, H],
                ["Sian Petrie, Alfie's key person, Little Wrens Nursery",
                 "Every morning session, Monday to Friday",
                 "Attendance and breakfast log emailed to the social worker each Friday; attendance of 90% or "
                 "more"],
                ["9. Rebook Jasmine's missed physiotherapy and orthotics appointments, and show Leanne and Roy "
                 "her daily stretching programme", H, H],
                ["Ollie Nkemelu, paediatric physiotherapist, Dapplethorne Children's Therapy Service",
                 "Appointments by 28/11/2025; stretches shown by 12/12/2025",
                 "Appointment letters copied to the social worker; splints fitted; Jasmine's stretch chart "
                 "filled in daily and checked at each physio session"],
                ["10. Assess Jasmine's home for a ceiling hoist and a level-access shower, so that her care is "
                 "safe for whoever is doing it", H, H],
                ["Ama Kesse, occupational therapist, Dapplethorne Children with Disabilities Team",
                 "Home visit by 02/12/2025",
                 "OT report with recommendations sent to the social worker and shared at the core group on "
                 "16/12/2025"],
                ["11. Check Alfie's growth, development and diet, and do his three-year review", H, H],
                ["Kerry Voss, health visitor, Dapplethorne 0-19 Service",
                 "Review by 16/12/2025, then a home visit every month until the review conference",
                 "Alfie's weight and Ages and Stages scores sent to the social worker; review record on his "
                 "health file"],
            ],
        }),
        ("h1", "Plan B – if things go wrong"),
        ("p", "If Leanne has been drinking while looking after Jasmine or Alfie (a breath test over zero, a call "
              "from Jasmine, alcohol smelled by school or nursery, or Leanne asleep and hard to wake), Roy will "
              "come to the house straight away and stay the night, and Priyanka, or the emergency duty team out "
              "of hours, will see both children that evening. If either child has been left without a sober "
              "adult, Priyanka will hold a strategy discussion with Dapplethorne Police the same day."),
        ("p", "If Roy cannot come, or cannot carry on with his evenings (he is ill, away or cannot be reached), "
              "Priyanka or the emergency duty team will place Jasmine and Alfie together that night with "
              "Dapplethorne foster carers trained in Jasmine's care, and the physiotherapist will go through her "
              "routine with the carers the next day."),
        ("p", "If Leanne has two breath tests over zero before the review conference, misses three Turnstone "
              "sessions, or Mel's report says she cannot make the changes in time for Jasmine and Alfie, "
              "Priyanka will ask Gareth Lomax for a legal planning meeting within 5 working days to decide "
              "whether to start the Public Law Outline."),
        ("h1", "Keeping track"),
        ("p", "The core group (Leanne, Roy, Priyanka, Mel, Mrs Kaplan, Sian, Ollie, Ama and Kerry) will meet "
              "every four weeks at Brookhollow Primary at 3.45pm, on 18/11/2025, 16/12/2025 and 13/01/2026. "
              "Before each meeting Priyanka will ask Jasmine what has changed and bring her words. The review "
              "child protection conference is on 27/01/2026 at 10am at Dapplethorne Civic Hall."),
        ("p", "Copies to Leanne, Roy and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, domestic abuse, a 14-year-old and an
#    8-year-old, mother with PTSD, father on licence. "Whose part" headings
#    each over a small Step | When | What will show it table. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_dretchley_transfer_in_whose_part_headings_step_tables_ferris.pdf",
    "doc_title": "Transfer-in Child Protection Plan - Kai and Mollie Ferris",
    "split": "tune",
    "actions": 11,
    "header": "OFFICIAL – SENSITIVE | Dretchley City Council | Children's Social Care",
    "footer": "Transfer-in conference plan – Kai and Mollie Ferris – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "transfer-in-conference-plan-word-printed-to-pdf-page-header-footer-kv-how-the-family-came-what-previous-authoritys-plan-asked-prose-mothers-health-in-kais-words-in-mollies-words-outcomes-then-one-step-when-what-will-show-it-table-under-each-whose-part-heading",
    "description": (
        "Exemplary transfer-in conference plan for a 14-year-old and an 8-year-old who moved "
        "with their mother from another authority after their father assaulted her; he is now "
        "on licence. The previous authority's plan is told in prose and nothing waits for the "
        "transfer. The actions sit in small 'Step | When | What will show it' tables, each under "
        "a heading naming whose part it is: the mother, the social worker, the community mental "
        "health nurse (who assesses the mother's capacity to change), the father's probation "
        "officer, the IDVA, each school and the school nurse. The contingency has triggers, a "
        "refuge, a fallback if the aunt cannot have the children and legal planning; core group "
        "and review dates are set; both children's words."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: the Plan"),
        ("p", "Dretchley City Council · Children's Social Care · Family Safeguarding Service (West)"),
        ("kv", [
            ("Children", "Kai Ferris (14), DOB 22/05/2011, Year 10, Hollybank Academy; Mollie Ferris (8), "
                         "DOB 14/01/2017, Year 4, St Cuthbert's CE Primary"),
            ("Mother", "Sadie Ferris (36), Flat 4, 19 Lantern Street, Dretchley DR2 5JB"),
            ("Father", "Dale Ferris (39); released on licence on 01/10/2025 and living in Harnsworth"),
            ("Transferred from", "Harnsworth Metropolitan Borough Council (initial conference 10/06/2025; "
                                 "category: emotional abuse)"),
            ("Transfer-in conference", "11/11/2025, Dretchley Civic Offices. Chair: Yusuf Kamara"),
            ("Social worker", "Ayesha Mirza (team manager: Clare Whitlow)"),
            ("Harnsworth social worker", "Ben Tranter, who came to the conference and handed over"),
        ]),
        ("h1", "How the family came to Dretchley"),
        ("p", "On 03/06/2025 Dale assaulted Sadie in the kitchen of the family home in Harnsworth while Kai and "
              "Mollie were upstairs. Kai came down and tried to pull his dad away. Dale was charged and "
              "remanded, and Harnsworth held an initial conference on 10/06/2025. Sadie and the children went "
              "to a Dretchley refuge in July and moved into their flat on Lantern Street on 18/08/2025. Dale "
              "was sentenced in September and released on licence on 01/10/2025, with conditions not to contact "
              "Sadie or the children and not to enter Dretchley."),
        ("h1", "What Harnsworth's plan asked, and where it got to"),
        ("p", "Harnsworth's plan had weekly social work visits, an IDVA for Sadie, a referral to adult mental "
              "health services and daily school checks. Ben Tranter visited every week until the move and has "
              "sent his notes; Ayesha has visited every week since the family arrived. Sadie's mental health "
              "referral in Harnsworth closed when she moved, so her GP re-referred her in Dretchley and she was "
              "first seen on 04/11/2025. Kai's attendance at his old school was 71% in the summer term; since "
              "September at Hollybank it has been 84%."),
        ("h1", "Sadie's health"),
        ("p", "Sadie has post-traumatic stress disorder and low mood. She has flashbacks and sleeps badly, and "
              "on some mornings she has not been able to get up before the children leave for school. Nadia "
              "Brook, a community mental health nurse with Dretchley Community Mental Health Team, is her care "
              "co-ordinator."),
        ("h1", "In Kai's words"),
        ("p", "Seen on his own at Hollybank on 05/11/2025: “I'm not going back to Harnsworth. I like it here "
              "'cos nobody knows us. I still hear it in my head when I'm trying to sleep. I don't want to see "
              "Dad, not yet. I get wound up in lessons and then I walk out.” He said what he wants most is "
              "“Mum to be OK, and to get in a football team”."),
        ("h1", "In Mollie's words"),
        ("p", "Seen on her own at home on 07/11/2025: “I've got a new best friend called Pria. I miss my old "
              "bedroom but I don't miss the shouting. Sometimes I wet the bed and Mum says it doesn't matter.” "
              "Mollie drew her flat with “Mum, me, Kai and Biscuit the cat” inside and a big lock on the door. "
              "She gave home 7 out of 10."),
        ("h1", "What needs to be different for Kai and Mollie"),
        ("bullets", [
            "Kai and Mollie live safely with their mum and have no contact with their dad unless a court or "
            "their social worker agrees it is safe.",
            "Kai goes to school at least 9 days in 10, stays in his lessons, and has someone in school he can "
            "go to when he feels angry.",
            "Mollie sleeps well, has fewer wet nights, and can say who she would tell if she felt scared.",
            "Kai and Mollie are cared for by a mum who is well enough to get them up and ready for school "
            "every day.",
        ]),
        ("h1", "Who is doing what"),
        ("p", "Each part of the plan sits under the name of the person or service doing it. The When column says "
              "when or how often; the last column says what we will see."),
        ("h2", "Sadie's part"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Keep to the safety plan made with the IDVA: no contact with Dale, and ring 999 if he comes to "
                 "Lantern Street or tries to reach Kai or Mollie",
                 "Every day from 11/11/2025",
                 "No contact on police or probation records; any approach reported to the police the same day "
                 "(Ayesha checks with the police before each core group)"],
                ["Go to every appointment with Nadia Brook and the CMHT, so that she is up and ready for Kai and "
                 "Mollie in the mornings",
                 "Every two weeks from 18/11/2025",
                 "CMHT attendance record, shared by Nadia at each core group"],
                ["Do the 12-week Freedom Programme at Dretchley Family Hub, to understand what Kai and Mollie "
                 "lived through and how to help them with it",
                 "Mondays, 12/01/2026 to 30/03/2026",
                 "Course register sent to Ayesha every four weeks; 10 or more sessions attended"],
            ],
        }),
        ("h2", "Ayesha Mirza, social worker, Dretchley Children's Social Care"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Visit Kai and Mollie at home, see each of them on their own, and do direct work with Kai "
                 "about what he saw in June",
                 "Weekly until the review conference; direct work at every other visit",
                 "Visit records show both children seen alone every week, with their own words written down"],
                ["Get Harnsworth's full records for both children (visit notes, core group minutes, police "
                 "reports) and check them against this plan",
                 "By 21/11/2025",
                 "Records on the Dretchley file; anything new reported to the core group on 25/11/2025"],
            ],
        }),
        ("h2", "Nadia Brook, community mental health nurse, Dretchley Community Mental Health Team"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["See Sadie at home, offer her trauma-focused work, and assess how her PTSD and low mood affect "
                 "her care of Kai and Mollie, her capacity to make the changes they need and how long that is "
                 "likely to take",
                 "Every two weeks from 18/11/2025; written assessment by 16/12/2025, then an update before "
                 "each core group",
                 "Written assessment sent to Ayesha and the core group by 16/12/2025; an update in the papers "
                 "for every later core group"],
            ],
        }),
        ("h2", "Gemma Lusk, probation officer, Probation Service (Harnsworth office)"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Manage Dale's licence conditions (no contact with Sadie, Kai or Mollie; not to enter "
                 "Dretchley) and tell Ayesha of any breach, recall or change of address",
                 "Until the licence ends on 30/09/2026; the same day for any breach",
                 "Monthly email to Ayesha confirming Dale has kept to his conditions; any breach logged on the "
                 "case record the same day"],
            ],
        }),
        ("h2", "Precious Adu, IDVA, Dretchley Domestic Abuse Service"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Review Sadie's DASH risk assessment and safety plan with her, including the children's part "
                 "of it, and refer to MARAC if the risk rises",
                 "By 25/11/2025, then every month",
                 "Updated DASH score and safety plan sent to Ayesha after each review"],
            ],
        }),
        ("h2", "Mr Tunde Oyelaran, designated safeguarding lead, Hollybank Academy (Kai)"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Check Kai's attendance each morning and ring Sadie and Ayesha by 10am if he is not in; give "
                 "him a weekly mentor session and a time-out card for when he gets wound up",
                 "Every school day; mentor session every Tuesday",
                 "Attendance emailed to Ayesha every Friday (aim: 90% by the review); mentor log and any "
                 "walk-outs recorded"],
            ],
        }),
        ("h2", "Mrs Jo Llewellyn, designated safeguarding lead, St Cuthbert's CE Primary (Mollie)"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["Give Mollie a check-in with her teaching assistant, and tell Ayesha the same day of anything "
                 "she says about her dad or home",
                 "Every Wednesday; the same day for anything she says",
                 "Check-in log on CPOMS, seen by Ayesha every two weeks"],
            ],
        }),
        ("h2", "Ruth Adeleke, school nurse, Dretchley Community Children's Health (Mollie)"),
        ("table", {
            "header": ["Step", "When", "What will show it"],
            "widths": [7.4, 4.2, 5.4],
            "rows": [
                ["See Mollie about her bedwetting and sleep, with a wetting and sleep diary she keeps with "
                 "Sadie",
                 "Every two weeks from 20/11/2025, for 8 weeks",
                 "Diary shows the number of dry nights each week; session notes sent to Ayesha"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Dale comes to Lantern Street, contacts Sadie, Kai or Mollie, or is seen in Dretchley, Sadie "
              "will ring 999. Dretchley Police will attend as a priority (the address is flagged), Gemma Lusk "
              "will start recall, and Precious will move Sadie and the children to the Dretchley refuge that "
              "night if the flat is no longer safe. Ayesha will hold a strategy discussion the same day."),
        ("p", "If Sadie's mental health gets worse (she cannot get up for the children on two days in a week, "
              "stops eating, or talks about harming herself), Nadia will arrange a same-day assessment by the "
              "crisis team, and Kai and Mollie will stay with Sadie's sister, Lorna Price, at 8 Fenner Road, "
              "Dretchley. If Lorna cannot have them, Ayesha will place them together with Dretchley foster "
              "carers the same day."),
        ("p", "If Sadie allows contact with Dale, if Kai's attendance is below 80% by the review conference, or "
              "if Nadia's assessment says Sadie cannot make the changes within the children's timescale, Ayesha "
              "will ask Clare Whitlow for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group meets every three weeks at St Cuthbert's CE Primary at 3.30pm: 25/11/2025, "
              "16/12/2025, 13/01/2026 and 03/02/2026. The review child protection conference is on 10/02/2026 "
              "at 10am at Dretchley Civic Offices. Ayesha will see Kai and Mollie on their own before each core "
              "group and bring their words."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan (after core group 2), neglect, a toddler and a baby,
#    father on a methadone script, mother with low mood after the birth.
#    Initials key, each bullet with its own check and (owner, timing) at
#    the end, meetings in prose. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_dewstanton_core_group_bracketed_initials_bullets_marsden.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-plan-md-whos-who-initials-key-table-why-there-is-a-plan-rosies-and-theos-days-what-they-need-then-themed-bullets-each-with-own-check-and-owner-initials-and-timing-in-brackets-what-happens-if-keeping-on-track-prose",
    "description": (
        "Exemplary core group plan, updated after the second core group, for a 2-year-old and a "
        "4-month-old whose father is on a methadone script after years of heroin use and whose "
        "mother, a care leaver, has low mood since the birth. A 'Who's who' key explains the "
        "initials; each bullet of 'What's going to happen' carries its own check and ends with the "
        "owner's initials and the timing in brackets. The drug and alcohol charity and the "
        "perinatal team both report on change, the GP and the personal adviser own steps, the "
        "grandmother's help has a fallback, legal planning follows named triggers, and the "
        "meetings are told in prose; the children's days as seen by the workers."
    ),
    "text": """\
# Dewstanton Council — Children's Services

## Child Protection Plan: Rosie and Theo Marsden

**Updated at core group 2 on 18/11/2025.** The plan was made at the initial
child protection conference on 14/10/2025 (category: neglect).

Home: 6 Weaver's Row, Dewstanton DW1 4PQ.
Rosie Marsden, 2 (DOB 02/08/2023); Theo Marsden, 4 months (DOB 18/07/2025).
Parents: Bethany Lowe (22) and Callum Marsden (27), who live together.

### Who's who

The plan uses these initials.

| Initials | Name and role |
|---|---|
| JT | Jess Tolland, social worker, Dewstanton Children's Services (team manager: Owen Blake) |
| HV | Amira Patel, health visitor, Dewstanton 0-19 Service |
| KC | Kieran Cole, recovery worker, Compass Point Recovery (drug and alcohol charity) |
| SA | Shona Akintola, practitioner, Dewstanton Perinatal Mental Health Team |
| GP | Dr Leah Morrow, Riverside Health Centre (GP to both parents) |
| GH | Gemma Hale, Rosie's key person, Little Sprouts Nursery |
| DR | Danny Reece, Bethany's personal adviser, Dewstanton Leaving Care Team |
| Nana Bev | Beverley Marsden (58), Callum's mum, 31 Canal Side |

## Why there is a plan

Callum used heroin for six years and has been on a methadone script from
Compass Point since March 2025. On 29/09/2025 Rosie was found in the kitchen
holding an open bottle of Callum's methadone; she was checked at Dewstanton
General and had not drunk any. The bottle had been left on the worktop
instead of in the lockbox. Bethany has felt low since Theo was born: she
told the HV she cries most days and finds it hard to get out of bed in the
mornings, and Rosie had missed half of her nursery sessions in September.
The flat was cold, and Rosie was sleeping in her buggy because she has no
bed.

## Rosie's and Theo's days

Rosie says a few words and lots of signs. On JT's visit of 12/11/2025 she
pointed at the top shelf and said "Daddy's medicine, up high", then pulled
JT by the hand to see the new lock. She runs to the door when she hears Nana
Bev and says "Nana house!" when her coat goes on on Saturdays. At nursery she
eats quickly and asks for more. GH says she has started to sing the tidy-up
song and joins in at story time.

Theo smiles and coos when Bethany talks to him and follows her with his eyes.
He feeds well from a bottle and settles after his feed when he is held, but
the HV saw him left in his bouncer for most of a two-hour visit in October
and he cried until Callum picked him up. He has slept in his own cot, on his
back, at every visit since the conference.

## What Rosie and Theo need

- Rosie and Theo never come near methadone or any other drug, and are always
  looked after by a parent who is not under the influence.
- Theo grows steadily along his centile and sleeps on his back in his own cot
  at every sleep.
- Rosie goes to nursery four mornings a week, arrives fed and clean, sleeps in
  her own bed and keeps learning new words.
- Rosie and Theo are cared for by a mum who is well enough to play with them,
  talk to them and notice what they need.

## What's going to happen

Each bullet says what will happen and how we will check it, then who does it
and when, in brackets.

**Keeping Rosie and Theo safe from drugs**

- Visit at home and see Rosie and Theo awake, one visit a month unannounced,
  checking the methadone lockbox each time; visit notes will record who was
  caring for the children and that the lockbox was locked (JT, weekly until
  the review conference).
- Keep every methadone dose in the locked box on the top kitchen shelf, out of
  Rosie's reach, and take the daily dose at the pharmacy counter; the
  pharmacy's supervised-dose record and JT's lockbox checks will show this
  (Callum, every day from 14/10/2025).
- Key-work and urine screens with Callum, and a written report for each core
  group on whether he is making the changes Rosie and Theo need and how long
  any further change is likely to take, with the screen results attached (KC,
  key-work every Tuesday; report 2 working days before each core group).
- Tell JT if Callum's script changes or he is prescribed any other opiate or
  sedative, so she can check that Rosie and Theo are safe; each notice is
  logged on the children's records (GP, within 2 working days of any change).

**Mum's wellbeing and the children**

- Home visits with Bethany about her low mood and how she and Theo are getting
  to know each other, and a written assessment of her capacity to make the
  changes Rosie and Theo need, the steps left and the likely timescale, sent
  to JT and the core group (SA, every two weeks from 28/10/2025; assessment
  by 05/12/2025).
- Help Bethany set up a rent arrears plan and buy Rosie her own bed so that
  she no longer sleeps in the buggy; the receipt and the bed, made up, seen
  by JT (DR, by 28/11/2025).

**Theo's health**

- Weigh Theo, check his development and see where he sleeps; each weight goes
  in his red book and is emailed to JT after the visit (HV, every two weeks
  until Theo is 6 months old on 18/01/2026, then monthly).
- Put Theo down on his back in his own cot for every sleep, day and night,
  and fill in his sleep diary; the HV and JT will see the cot made up and the
  diary at each visit (Bethany and Callum, every sleep).

**Rosie's days**

- Record Rosie's attendance, whether she arrives fed and clean, and anything
  she says or shows about home, ringing JT the same day with any worry;
  attendance emailed to JT every Friday (GH, every session, Monday to
  Thursday).
- Get Rosie to nursery by 9am, washed and with breakfast eaten; the nursery
  register will show 90% or more (Bethany, Monday to Thursday mornings).
- Have Rosie and Theo at Canal Side for the day and ring JT with any worry
  about Callum; Bev texts JT every Saturday evening to say how it went (Nana
  Bev, every Saturday, 10am to 4pm).

## What happens if ...

**... Callum uses again.** If Callum uses heroin or any drug not prescribed to
him (a positive screen, foil or needles found, or he is seen under the
influence), or methadone is found outside the lockbox, Callum will leave the
house that day and stay at an address he gives JT, and will see the children
only at Canal Side with Nana Bev there until the next core group. JT will see
Rosie and Theo the same day, and if either child may have taken or touched a
drug, JT will hold a strategy discussion with Dewstanton Police that day.

**... Bethany's mood drops.** If Bethany tells SA or the HV that she cannot get
up for the children, or has thoughts of harming herself, SA will arrange a
same-day review by the perinatal crisis team and Nana Bev will come to stay
at Weaver's Row.

**... Nana Bev cannot help.** If Nana Bev cannot supervise Callum's time with
the children, contact stops and JT will arrange supervised contact at
Dewstanton Family Centre within 2 days. If Bev cannot have the children or
come to stay when she is needed (she is ill, away or cannot be reached), JT,
or the emergency duty team out of hours, will place Rosie and Theo together
with Dewstanton foster carers the same day.

**... things do not change.** If Callum has two positive screens for street
drugs before the review conference, if methadone is found within Rosie's
reach again, or if SA's assessment says Bethany cannot make the changes in
Rosie's and Theo's timescale, JT will ask Owen Blake for a legal planning
meeting within 5 working days.

## Keeping on track

The core group meets every four weeks at Little Sprouts Nursery at 1.30pm:
the next meeting is on 16/12/2025, and, if the plan carries on, on
10/02/2026. The review child protection conference is on Monday 12/01/2026
at 10am at Dewstanton Town Hall. Before every meeting JT will spend time with
Rosie, watch Theo being fed or bathed, and bring what she has seen.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a looked-after baby on a neonatal unit
#    (section 20), withdrawal after the mother's heroin and crack use.
#    Case-system print with page headers, TASK n OF 10 blocks and TRIGGER /
#    RESPONSE fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_dullingsworth_lac_neonatal_case_print_task_blocks_pattinson.txt",
    "split": "tune",
    "actions": 10,
    "template": "lac-baby-neonatal-unit-cp-plan-case-system-print-txt-repeated-page-headers-dot-leader-fields-sections-reason-babys-experience-outcomes-then-task-n-of-10-blocks-task-owner-timing-evidence-status-then-trigger-response-contingency-fields-meetings",
    "description": (
        "Exemplary initial conference plan for a 16-day-old baby, looked after under section 20, "
        "still on a neonatal unit and being treated for withdrawal after her mother's heroin and "
        "crack use. A plain-text print from an invented case system with a page header on every "
        "page and dot-leader fields; ten 'TASK n OF 10' blocks each give Task, Owner, Timing and "
        "Evidence. The social worker visits the baby on the unit twice a week until discharge, "
        "the drug and alcohol service reports on the mother's capacity to change, the contingency "
        "is set out as TRIGGER / RESPONSE fields with legal planning, and core group, looked-after "
        "review and review conference dates are set; the baby's days on the unit as the staff "
        "and the social worker see them."
    ),
    "text": """\
DULLINGSWORTH COUNCIL        FAMILYVIEW 4 - CASE PRINT               Page 1 of 3
Child Protection Plan (Initial)   Subject: NOVA PATTINSON   Printed 14/11/2025
================================================================================

Subject ............. Nova PATTINSON, DOB 29/10/2025 (16 days), female
Where now ........... Kestrel Neonatal Unit, Dullingsworth General Hospital,
                      nursery 2, cot 7
Legal status ........ Looked after: accommodated under section 20 from
                      05/11/2025 (mother consents)
CP category ......... Neglect. Initial conference 12/11/2025.
                      Chair: Alan Brierley (IRO)
Mother .............. Kelsey PATTINSON (24), 22 Foundry Yard,
                      Dullingsworth DL6 2AE
Father .............. Not named. Kelsey has said she will tell the SW.
Allocated SW ........ Farah Qureshi, Children in Care and Safeguarding Team
                      (TM: Neil Upton)
IRO (looked after) .. Alan Brierley

SECTION 1 - REASON FOR THE PLAN
--------------------------------------------------------------------------------
Kelsey has used heroin since she was 17, and crack cocaine at times. She has a
methadone script from Dullingsworth Drug and Alcohol Service (DDAS) but used
heroin and crack through the pregnancy and went to two antenatal appointments.
Nova was born at 34 weeks and has neonatal abstinence syndrome; she is on oral
morphine, which is being reduced. Kelsey's two older children live with their
paternal grandmother under special guardianship orders made in 2021. On
05/11/2025 Kelsey agreed to Nova being accommodated, and to Nova going to
foster carers when she is well enough to leave the unit.

SECTION 2 - NOVA'S EXPERIENCE (what staff and the SW have seen)
--------------------------------------------------------------------------------
Nova is now in an open cot. She takes a bottle every three hours and finished
her 45 ml feeds on each of the last three days. Her withdrawal scores have come
down since 07/11/2025, but she still has a high-pitched cry in the evenings,
startles at the monitor alarms and sneezes and yawns a lot. She settles when
she is swaddled and held skin-to-skin. On 10/11/2025 Kelsey held her for forty
minutes and Nova fell asleep on her chest; the nurse noted that Kelsey talked
to her the whole time. On 08/11/2025 Kelsey did not come, and Nova was settled
that evening by her named nurse, Anna.

SECTION 3 - OUTCOMES FOR NOVA
--------------------------------------------------------------------------------
3.1  Nova's withdrawal is treated until she is off morphine, feeding well and
     gaining weight, so that she can leave hospital safely.
3.2  While Nova is on the unit she is seen by her social worker twice a week,
     and by the same small group of nurses and carers who learn her routines.
3.3  Nova leaves hospital, on the day she is medically fit, to foster carers
     who already know how to feed and settle her.
3.4  Nova spends time with her mum every day on the unit, with Kelsey sober
     and helped to learn her cares.

SECTION 4 - TASKS
--------------------------------------------------------------------------------
TASK 1 OF 10
  Task ......... Visit Nova on the unit, see her fed and handled, and speak
                 to the nurse in charge about her withdrawal scores and
                 Kelsey's visits
  Owner ........ Farah Qureshi (SW)
  Timing ....... Twice a week (Tuesday and Friday) until discharge, then
                 weekly at the foster home until the review conference
  Evidence ..... Visit records on FAMILYVIEW show both visits each week,
                 Nova's feeds and scores, and what the SW saw
  Status ....... Open

TASK 2 OF 10
  Task ......... Keep a daily log of Kelsey's time with Nova (arrival time,
                 how she holds and feeds Nova, any sign she is under the
                 influence) and phone the SW the same day with any concern
  Owner ........ Sister Grace Hanley, ward manager, Kestrel Neonatal Unit
  Timing ....... Daily while Nova is on the unit; log emailed to the SW every
                 Monday and Thursday
  Evidence ..... Contact log on file twice a week; same-day calls recorded
  Status ....... Open

TASK 3 OF 10
  Task ......... Come to the unit for Nova's 10am feed and cares, and do her
                 feeds and nappy changes with the nurses
  Owner ........ Kelsey Pattinson (mother)
  Timing ....... Daily, 10am to 12 noon
  Evidence ..... Unit contact log shows each session kept and which cares
                 Kelsey did
  Status ....... Open

================================================================================
DULLINGSWORTH COUNCIL        FAMILYVIEW 4 - CASE PRINT               Page 2 of 3
Child Protection Plan (Initial)   Subject: NOVA PATTINSON   Printed 14/11/2025
================================================================================

TASK 4 OF 10
  Task ......... Key-work, methadone script review and a urine screen with
                 Kelsey each week, and a written report for each core group
                 on her drug use, her capacity to change and the likely
                 timescale for Nova
  Owner ........ Marcus Obi, recovery worker, Dullingsworth Drug and Alcohol
                 Service (DDAS)
  Timing ....... Weekly on Wednesdays; report 2 working days before each core
                 group
  Evidence ..... Report with screen results on file before every core group
  Status ....... Open

TASK 5 OF 10
  Task ......... Go to DDAS key-work and give a urine screen each week, to
                 show she can stay off heroin and crack and be ready to care
                 for Nova
  Owner ........ Kelsey Pattinson (mother)
  Timing ....... Every Wednesday from 19/11/2025
  Evidence ..... DDAS attendance record and screen results, shared at each
                 core group
  Status ....... Open

TASK 6 OF 10
  Task ......... Give the SW a written medical update on Nova's withdrawal
                 scores, morphine dose, feeding and weight, and the expected
                 date of discharge
  Owner ........ Dr Sanjay Mehra, consultant neonatologist, Dullingsworth
                 General Hospital
  Timing ....... Every Friday until discharge
  Evidence ..... Written update on file each Friday
  Status ....... Open

TASK 7 OF 10
  Task ......... Find foster carers for Nova and arrange for them to learn
                 her feeds and settling on the unit before she leaves
  Owner ........ Wendy Cole, supervising social worker, Dullingsworth
                 Fostering Service
  Timing ....... Carers confirmed by 21/11/2025; at least three visits to the
                 unit before discharge
  Evidence ..... Placement confirmed to the SW in writing; unit log shows the
                 carers' visits
  Status ....... Open

TASK 8 OF 10
  Task ......... Hold a discharge planning meeting on the unit with the
                 consultant, the foster carers, Kelsey and the health visitor
  Owner ........ Farah Qureshi (SW)
  Timing ....... Before Nova leaves the unit
  Evidence ..... Nova is not discharged until the meeting is held; written
                 discharge plan sent to the core group within 1 working day
  Status ....... Open

================================================================================
DULLINGSWORTH COUNCIL        FAMILYVIEW 4 - CASE PRINT               Page 3 of 3
Child Protection Plan (Initial)   Subject: NOVA PATTINSON   Printed 14/11/2025
================================================================================

TASK 9 OF 10
  Task ......... Weigh Nova and check her feeding and any withdrawal signs at
                 the foster home
  Owner ........ Tessa Gray, health visitor, Dullingsworth 0-19 Service
  Timing ....... Within 2 days of discharge, then weekly for 6 weeks
  Evidence ..... Weights in Nova's red book, copied to the SW each week
  Status ....... Open

TASK 10 OF 10
  Task ......... Ask Kelsey who Nova's father is and, if he is named, assess
                 him and his family as possible carers
  Owner ........ Farah Qureshi (SW)
  Timing ....... Father named by 26/11/2025; viability assessment by
                 19/12/2025
  Evidence ..... Viability assessment report shared with the core group and
                 at the looked-after review
  Status ....... Open

SECTION 5 - CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER 1 ..... Kelsey comes to the unit under the influence, or tries to take
                Nova off the unit.
RESPONSE ...... Unit staff end the visit and call hospital security, and
                Dullingsworth Police if Nova is at risk. Sister Hanley phones
                the SW (or the emergency duty team) the same day. The SW holds
                a strategy discussion the same day, and until it is held a
                nurse stays with Kelsey for all her time with Nova.
TRIGGER 2 ..... Kelsey withdraws her agreement to section 20.
RESPONSE ...... Nova stays on the unit. The SW and TM hold an urgent legal
                planning meeting the same day to decide whether to apply for
                an interim care order.
TRIGGER 3 ..... No foster carers confirmed by 21/11/2025, or the carers
                withdraw.
RESPONSE ...... The fostering duty manager places Nova with agency foster
                carers, who visit the unit before discharge; Nova stays on the
                unit until they have.
LEGAL ......... If Kelsey's screens are positive for heroin or crack at two
                tests in a row, or she misses more than three of her sessions
                with Nova in any week, the SW will request a legal planning
                meeting within 5 working days to decide whether to start the
                Public Law Outline.

SECTION 6 - MEETINGS
--------------------------------------------------------------------------------
Core group .......... Every two weeks in the unit's family room while Nova is
                      in hospital, then every four weeks: 26/11/2025,
                      10/12/2025, then dates set at the discharge meeting
Looked-after review . 03/12/2025, 2pm, Kestrel Neonatal Unit family room
Review CP conference  03/02/2026, 10am, Dullingsworth Civic Centre

END OF PRINT - FAMILYVIEW 4 - 14/11/2025 09:42 - user fqureshi
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 3 minutes, neglect, a 13-year-old young carer and her
#    9-year-old brother, mother with depression and self-harm, Nan and an
#    uncle helping. Numbered minutes, then an action log "Ref | What we
#    agreed | Whose job | Deadline / how often | We'll see | Status".
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_ditherwell_core_group_minutes_whose_job_action_log_ashby.docx",
    "doc_title": "Core Group Minutes - Skye and Reuben Ashby",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "core-group-minutes-docx-landscape-kv-attendance-initials-numbered-minute-paragraphs-updates-childrens-words-outcomes-then-action-log-ref-what-we-agreed-whose-job-deadline-how-often-well-see-status-closed-row-kept-then-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 13-year-old young carer and her 9-year-old "
        "brother whose mother has depression and self-harms; Nan and an uncle help. Numbered "
        "minute paragraphs, the children's words and the plan's outcomes, then an action log "
        "headed 'Ref | What we agreed | Whose job | Deadline / how often | We'll see | Status' "
        "with one closed GP row kept. Most rows are sound (weekly visits, a psychiatrist's "
        "capacity report, the mother's own tablets, Nan's tea days, daily school checks). "
        "Faults: weekly CMHT support visits that only support; football with the uncle 'When he "
        "can'; a 'Family network' owner; 'Monitored by school' as the only measure; a young "
        "carers referral with '-' for a measure; a health assessment whose deadline only says "
        "'Carried forward'; an outcome about the mother's mood only; a contingency that sends "
        "the children to Nan with no fallback if she cannot; and no legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Ditherwell Metropolitan Council · Children's Safeguarding Service"),
        ("kv", [
            ("Children", "Skye Ashby (13), DOB 17/02/2012, Year 9, Cobbledean High School; Reuben Ashby (9), "
                         "DOB 05/06/2016, Year 5, Ditherwell Moor Primary"),
            ("Meeting", "Core group 3, Tuesday 04/11/2025, 4pm, Ditherwell Moor Primary"),
            ("Plan made", "Initial child protection conference, 23/09/2025 (category: neglect)"),
            ("Present", "Hannah Pryce (HP), social worker, chair; Donna Ashby (DA), Mum; Pauline Grey (PG), "
                        "Nan; Lorraine Tate (LT), care co-ordinator, Ditherwell CMHT; Mr Ravi Sandhu (RS), DSL, "
                        "Cobbledean High School; Mrs Claire Benn (CB), DSL, Ditherwell Moor Primary"),
            ("Apologies", "Dr Femi Adebanjo, consultant psychiatrist (letter to follow); Emma Darby, school "
                          "nurse; Steve Grey, uncle"),
            ("Minutes", "Kath Moody, business support"),
        ]),
        ("h1", "1. Updates since core group 2 (14/10/2025)"),
        ("pi", "1.1 HP has visited five times, once unannounced. The fridge had food in it each time. On "
               "28/10/2025 Skye was cooking tea for the family at 6pm while Donna was in bed."),
        ("pi", "1.2 DA said her mood has been “up and down”. She cut her arm on 19/10/2025 and told Lorraine "
               "two days later. Skye found the plasters in the bathroom bin and asked her mum about them."),
        ("pi", "1.3 LT visits Donna every Thursday. Donna has kept every visit. Her new antidepressant was "
               "started on 07/10/2025 and the dose was raised on 28/10/2025."),
        ("pi", "1.4 RS: Skye's attendance this half term is 88%. She fell asleep in form time twice and has not "
               "handed in any homework since September."),
        ("pi", "1.5 CB: Reuben's attendance is 96%. He has been tired on Mondays and said he “had to be quiet "
               "all weekend”."),
        ("pi", "1.6 PG has had both children for tea every Tuesday and Thursday since the conference. Steve "
               "took Reuben to football twice in October."),
        ("h1", "2. What Skye and Reuben are saying"),
        ("pi", "2.1 Skye (seen on her own at school by HP, 30/10/2025): “I do the tea most nights and check Mum "
               "has had her tablets. I don't mind but I'm tired at school. When Mum's arm was bleeding I didn't "
               "know who to ring.” She gave home 5 out of 10 and said a 10 would be “Mum getting up and me "
               "going to netball again”."),
        ("pi", "2.2 Reuben (seen on his own at home by HP, 28/10/2025): “I like football with Uncle Steve. Mum "
               "sleeps a lot and I'm not allowed to wake her. I want to sleep at Nan's every weekend.”"),
        ("h1", "3. What the plan is working towards (outcomes from the conference)"),
        ("pi", "3.1 Skye and Reuben are cared for every day by an adult who is well enough to make their meals "
               "and get them to school."),
        ("pi", "3.2 Skye is a child first: she is not doing her mum's care or the cooking, and has time for "
               "netball and her friends."),
        ("pi", "3.3 Donna's mood will be more stable and she will feel less alone."),
        ("pi", "3.4 Skye and Reuben know who to ring if their mum hurts herself, and that person comes "
               "straight away."),
        ("h1", "4. Action log"),
        ("p", "Carried over from core group 2 and agreed today. 'Deadline / how often' gives a date or a "
              "frequency; 'We'll see' is what the next core group will look for."),
        ("table", {
            "header": ["Ref", "What we agreed", "Whose job", "Deadline / how often", "We'll see", "Status"],
            "widths": [1.2, 7.0, 4.4, 3.6, 6.0, 3.5],
            "rows": [
                ["A1",
                 "Visit Skye and Reuben at home and see each of them on their own; ask Skye what jobs she has "
                 "done for her mum that week",
                 "Hannah Pryce, SW",
                 "Weekly until the review conference",
                 "Visit records show both children seen alone each week and Skye's jobs listed",
                 "Open"],
                ["A2",
                 "Weekly support visits to help Donna with her low mood and her urges to self-harm",
                 "Lorraine Tate, care co-ordinator, Ditherwell CMHT",
                 "Every Thursday",
                 "CMHT visit notes show each visit made",
                 "Open"],
                ["A3",
                 "Review Donna's medication and write to the SW with a view on her capacity to make the "
                 "changes Skye and Reuben need, and how long that is likely to take",
                 "Dr Femi Adebanjo, consultant psychiatrist, Ditherwell CMHT",
                 "By 25/11/2025",
                 "Written report with the SW a week before the next core group",
                 "Open – first due 21/10/2025; clinic moved"],
                ["A4",
                 "Take her tablets every day, and tell Lorraine or the SW herself if she has thoughts of "
                 "self-harm, so that Skye does not have to",
                 "Donna Ashby (Mum)",
                 "Every day",
                 "Pharmacy collection record; tablet count at Lorraine's visits",
                 "Open"],
                ["A5",
                 "Have Skye and Reuben for tea and homework after school",
                 "Pauline Grey (Nan)",
                 "Tuesdays and Thursdays, 3.30pm to 7pm",
                 "Pauline's diary, seen by the SW at visits",
                 "Open"],
                ["A6",
                 "Take Reuben to football training and matches",
                 "Steve Grey (uncle)",
                 "When he can",
                 "Reuben's club attendance card",
                 "Open"],
                ["A7",
                 "Make sure someone checks in on Donna each evening, by phone or in person",
                 "Family network",
                 "Every evening",
                 "Pauline texts the SW each Sunday saying who checked in",
                 "New"],
                ["A8",
                 "Monitor Skye's attendance, punctuality and wellbeing in school, with a weekly session with "
                 "the pastoral lead",
                 "Mr Ravi Sandhu, DSL, Cobbledean High School",
                 "Weekly",
                 "Monitored by school",
                 "Open"],
                ["A9",
                 "Check Reuben's attendance every day and tell the SW the same day if he is absent or says "
                 "something worrying about home",
                 "Mrs Claire Benn, DSL, Ditherwell Moor Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; concerns logged on CPOMS",
                 "Open"],
                ["A10",
                 "Refer Skye to Ditherwell Young Carers for a young carer's assessment and a place at their "
                 "Wednesday group",
                 "Hannah Pryce, SW",
                 "By 14/11/2025",
                 "-",
                 "New"],
                ["A11",
                 "Complete a health assessment with Reuben about his sleep and bedwetting",
                 "Emma Darby, school nurse",
                 "Carried forward",
                 "Summary and any referral sent to the SW",
                 "Not started"],
                ["A12",
                 "Send Donna's mental health history and current prescriptions to the SW",
                 "Dr Kemi Shaw, GP, Moorside Surgery",
                 "By 07/10/2025",
                 "GP letter on the children's files",
                 "Done 02/10/2025 – closed"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Donna self-harms, tells anyone she is planning to, or is found too unwell to look after the "
              "children, Skye will ring Nan and Skye and Reuben will stay at Pauline's house at 12 Heron Close "
              "that night. Hannah, or the emergency duty team out of hours, will hold a strategy discussion with "
              "the police and the CMHT the same day."),
        ("p", "If Donna stops taking her tablets, Lorraine will ask the home treatment team to see her within 48 "
              "hours."),
        ("h1", "6. Next meetings"),
        ("p", "Next core group: Tuesday 02/12/2025, 4pm, Ditherwell Moor Primary, then every four weeks."),
        ("p", "Review child protection conference: Tuesday 16/12/2025, 10am, Ditherwell Town Hall."),
    ],
    "findings": [
        F("H001", "Weekly support visits to help Donna with her low mood"),
        F("T002", "Take Reuben to football training and matches"),
        F("W002", "Make sure someone checks in on Donna each evening"),
        F("M002", "Monitor Skye's attendance, punctuality and wellbeing in school"),
        F("M001", "Refer Skye to Ditherwell Young Carers for a young carer's assessment"),
        F("T001", "Complete a health assessment with Reuben about his sleep"),
        F("F002", "Donna's mood will be more stable and she will feel less alone."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Social worker's letter to the parents after an initial conference,
#    neglect, three children, father's cannabis use and depression,
#    grandmother helping. Numbered paragraphs, some hedged or passive.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_drabbleford_icpc_letter_numbered_paragraphs_quinlan.pdf",
    "doc_title": "Letter after the initial child protection conference - Quinlan and Doyle children",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE | Drabbleford District Council | Children's Social Work Service",
    "footer": "Letter to Shannon Quinlan and Marcus Doyle, 14/11/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "sw-letter-to-parents-after-icpc-word-printed-to-pdf-page-header-footer-address-block-why-the-children-have-a-plan-what-they-told-me-what-we-all-want-then-numbered-what-will-happen-now-paragraphs-i-you-named-people-some-hedged-or-passive-if-things-go-wrong-meetings",
    "description": (
        "A social worker's letter to the parents of a 7-year-old, a 5-year-old and a 7-month-old "
        "after an initial conference for neglect; the father smokes cannabis daily and has "
        "depression, and the paternal grandmother helps after school. The plan is told in "
        "numbered paragraphs under 'What will happen now', in the first and second person. Most "
        "are sound ('I will visit every week...', weekly weighs, the drug service's report on "
        "change, the school's Friday summary, a course with a start date). Faults: 'it is hoped "
        "that you will cut down your cannabis use over the coming months' with no check; a "
        "referral in the passive with nobody named; counselling from the talking therapy service "
        "that only treats; the grandmother to 'keep an eye on' the house; 'It is hoped that a "
        "nursery place can be found' with nobody named and no check; 'Everyone working with your "
        "family'; and a contingency that sends the children to the grandmother with no fallback "
        "if she cannot have them."
    ),
    "blocks": [
        ("pr", "Drabbleford District Council"),
        ("pr", "Children's Social Work Service – Locality Team North"),
        ("pr", "Greyfriars House, 2 Tanyard Lane, Drabbleford DB1 3XS"),
        ("pr", "Telephone 01632 960412"),
        ("pr", "14/11/2025"),
        ("pl", "Shannon Quinlan and Marcus Doyle"),
        ("pl", "17 Ropewalk Close"),
        ("pl", "Drabbleford DB4 8NU"),
        ("p", ""),
        ("p", "Dear Shannon and Marcus,"),
        ("boldp", "Child protection plan for Lily-Mae, Archie and Frankie"),
        ("p", "Thank you both for coming to the initial child protection conference on 11/11/2025. I know it was "
              "a hard morning. The conference decided that Lily-Mae, Archie and Frankie need a child protection "
              "plan under the category of neglect. I said I would write to you with the plan in plain words, so "
              "here it is. Please keep this letter; we will look at it together at every visit."),
        ("h2", "Why the children have a plan"),
        ("p", "When I first visited on 21/10/2025 the kitchen had dog mess on the floor, the fridge was not "
              "working and there was no food for the children's tea. Lily-Mae and Archie have been going to "
              "school hungry and in dirty clothes, and both had head lice that had not been treated for weeks. "
              "Frankie's weight has dropped from the 50th centile at birth to just below the 9th. Marcus, you "
              "told the conference that you smoke cannabis every day, including in the front room, to cope "
              "with your depression, and that you often sleep until the afternoon. Shannon, you work evening "
              "shifts at the Co-op four nights a week, so Marcus is often caring for the children alone."),
        ("h2", "What Lily-Mae and Archie told me"),
        ("p", "I saw Lily-Mae (7) on her own at school on 04/11/2025. She said: “Our kitchen is smelly and I "
              "don't bring my friends. Daddy's smoke makes my eyes go funny. I like it when Nanna Glenys does "
              "fish fingers.” She gave home 5 out of 10."),
        ("p", "Archie (5) drew me a picture of the family with Frankie “crying in her basket” and said: “Mummy "
              "is at work and Daddy is asleep. I get the cereal.” He said the best day is Friday because Nanna "
              "Glenys picks them up."),
        ("p", "Frankie smiled and reached for Lily-Mae when she came home from school. On my visit of "
              "04/11/2025 Frankie took her whole bottle quickly and cried hard when it was finished."),
        ("h2", "What we all want for the children"),
        ("bullets", [
            "Lily-Mae, Archie and Frankie live in a clean, warm home with food in the fridge and a safe place "
            "to sleep.",
            "Frankie is fed enough to grow back up towards her birth centile.",
            "Lily-Mae and Archie go to school every day clean, fed and in clean clothes, and free of head lice.",
            "The children are never around cannabis smoke and are always cared for by a parent who is awake "
            "and alert enough to look after them.",
        ]),
        ("h2", "What will happen now"),
        ("numbers", [
            "I will visit you every week, at least one visit in three unannounced, and see Lily-Mae and Archie "
            "on their own each time; my visit notes will record the kitchen, the fridge and the children's "
            "beds, and what the children tell me.",
            "Shannon, you will take Frankie to the baby clinic at Moorgate Health Centre every Monday to be "
            "weighed; Helen Okafor, your health visitor, will plot each weight in Frankie's red book and email "
            "it to me the same day.",
            "Helen will also visit you at home every two weeks to watch one of Frankie's feeds and help you "
            "write a feeding routine, and will record how much Frankie takes at each visit.",
            "Marcus, it is hoped that you will cut down your cannabis use over the coming months.",
            "Marcus will be referred to Bridgeway, Drabbleford's drug and alcohol service, by 28/11/2025, and "
            "the acceptance letter will be kept on the children's file.",
            "Adam Reilly, Marcus's key worker at Bridgeway, will see Marcus every week once he is accepted, do "
            "a drug screen each time and send me a written report before each core group on whether his "
            "cannabis use is changing and what that means for the children.",
            "Drabbleford Talking Minds will carry on with Marcus's weekly counselling for his depression, and "
            "will send me his attendance each month.",
            "Glenys, you have kindly offered to collect Lily-Mae and Archie from school on Mondays and Fridays "
            "and give them their tea at your house; please text me each Friday evening to say how it went.",
            "Glenys will also keep an eye on how the house is each time she drops the children home.",
            "Mrs Sharma, the designated safeguarding lead at Fenwick Road Primary, will check each morning "
            "whether Lily-Mae and Archie have arrived clean and fed, and will email me a summary of this and "
            "their attendance every Friday.",
            "It is hoped that a nursery place can be found for Frankie by January.",
            "Everyone working with your family will tell me the same day if they are worried about the "
            "children; each call will be logged on the children's file.",
            "Shannon and Marcus, you will both go to the six-week Home Basics course at Drabbleford Family Hub, "
            "starting on 13/01/2026, so that the house is clean and safe for the children; the Hub will send "
            "me your attendance each week.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Frankie's weight falls at two clinic weighs in a row, if the children are found without an "
              "adult who is awake and alert enough to care for them, or if there is no food in the house at one "
              "of my visits, I will hold a strategy discussion with Drabbleford Police the same day, and the "
              "children will go to Glenys's house at 3 Beckside while that happens."),
        ("p", "If Frankie's weight drops below the 2nd centile, Helen will arrange for her to be seen at "
              "Drabbleford Children's Hospital that day."),
        ("p", "If things have not improved enough by the review conference, or Marcus is still smoking cannabis "
              "in the house in February, I will ask Simon Dorey, my manager, for a legal planning meeting."),
        ("h2", "Meetings"),
        ("p", "The first core group meeting is on Tuesday 25/11/2025 at 1.30pm at Fenwick Road Primary, and it "
              "will then meet every four weeks. The review child protection conference will be on Tuesday "
              "10/02/2026 at 10am at Greyfriars House. You are both invited to all of these meetings, and you "
              "can bring someone with you."),
        ("p", "If anything in this letter is not clear, please ring me on 01632 960412."),
        ("p", "Yours sincerely,"),
        ("pl", "Rachel Onwuka"),
        ("pl", "Social worker, Locality Team North (team manager: Simon Dorey)"),
        ("p", ""),
        ("p", "Copies: Glenys Doyle; Helen Okafor, health visitor; Mrs Priya Sharma, DSL, Fenwick Road Primary; "
              "Adam Reilly, Bridgeway; Drabbleford Talking Minds; Dr Conor Fahy, GP, Moorgate Health Centre."),
    ],
    "findings": [
        F("T002", "it is hoped that you will cut down your cannabis use"),
        F("M001", "it is hoped that you will cut down your cannabis use"),
        F("W001", "Marcus will be referred to Bridgeway, Drabbleford's drug and alcohol service"),
        F("H001", "Drabbleford Talking Minds will carry on with Marcus's weekly counselling"),
        F("M002", "Glenys will also keep an eye on how the house"),
        F("W001", "It is hoped that a nursery place can be found"),
        F("M001", "It is hoped that a nursery place can be found"),
        F("W002", "Everyone working with your family will tell me the same day"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, domestic abuse, an 11-year-old and a
#    6-year-old, mother with anxiety, aunt helping. Steps numbered under
#    outcome headings with Who / When / Check sub-bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b156_dunmoorcroft_rcpc_outcome_headings_who_when_check_nowak.md",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plan-md-field-lines-how-things-have-been-in-majas-words-kubas-drawing-then-things-we-want-to-be-different-outcome-h3-headings-with-numbered-steps-and-who-when-check-sub-bullets-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 6-year-old after their mother's "
        "ex-partner assaulted her in front of them; the mother has anxiety and panic attacks and "
        "her sister helps. Under 'Things we want to be different' each outcome is a heading with "
        "numbered steps beneath it, and each step has Who / When / Check sub-bullets. Most steps "
        "are sound (fortnightly visits, the mother's safety plan, a police flag, daily "
        "attendance checks, the aunt's school runs, a group referral). Faults: the IDVA's step "
        "'Ongoing'; play therapy with '-' for a check; guided self-help that only treats the "
        "mother, checked by 'Aga says she feels calmer'; 'Professionals' as owner; an outcome "
        "about the mother only; a contingency of 'further concerns' and a meeting to discuss; no "
        "fallback if the aunt cannot help; the review conference date to be confirmed."
    ),
    "text": """\
# Child Protection Plan — Maja and Kuba Nowak

**Dunmoorcroft Borough Council · Children and Families Service**

Agreed at the first review child protection conference on 12/11/2025
(initial conference 19/08/2025). Chair: Colin Fairweather, IRO.

Children: Maja Nowak (11), Year 6, and Kuba Nowak (6), Year 2, both at
St Aidan's Catholic Primary.
Mum: Agnieszka (Aga) Nowak (33), 14 Alder Street, Dunmoorcroft DM7 3HJ.
Aunt: Ewa Nowak (29), Aga's sister, 2 Larch Row (five minutes' walk).
Children's father: Tomasz Nowak, who lives in Poland and video-calls the
children on Sundays.
Aga's ex-partner: Ryan Gill (36), on bail not to contact Aga or come to Alder
Street; his trial is listed for 09/02/2026.
Category: emotional abuse.
Social worker: Rhiannon Pugh, Family Support and Protection Team (manager:
Deborah Achterberg).

## How things have been since August

On 04/08/2025 Ryan punched and kicked Aga in the living room while Maja and
Kuba were at home. Maja rang 999 and Kuba hid behind the sofa. Ryan was
arrested that night and has been on bail since. Aga has had anxiety and panic
attacks since the assault, finds it hard to leave the house on her own and
has been seeing her GP, who referred her to the Dunmoorcroft Wellbeing
Service in October. There has been no contact with Ryan since the conference,
but on 25/10/2025 Aga saw his car on Alder Street and told the police. Kuba
has hit other children at school four times this term. Maja worries about
leaving her mum and has stopped going to Guides.

## What Maja and Kuba have told us

**In Maja's words** (seen on her own at school by Rhiannon, 06/11/2025):
"I don't go to sleepovers because what if Ryan comes and Mum's on her own. I
still have 999 ready on my phone. I'm proud I rang them." She would like
"Kuba to stop hitting people" and to go back to Guides. She gave home 6 out
of 10, up from 3 in August.

**Kuba's drawing** (at home, 10/11/2025): Kuba drew his house with a big
black car outside and said "That's Ryan's car. He's not allowed." He drew
Ciocia Ewa's trampoline next to it and said it is his favourite place
"because it's quiet there".

## Things we want to be different

### 1. Maja and Kuba are safe at home and never again see or hear violence

- **1.1** Visit Maja and Kuba at home and see each of them on their own, with
  direct work about what happened in August
  - Who: Rhiannon Pugh (SW)
  - When: Every two weeks until the next review conference
  - Check: Visit notes with each child's own words written down
- **1.2** Keep to the safety plan: do not let Ryan into the house or have any
  contact with him, and ring 999 if he comes to Alder Street
  - Who: Aga
  - When: Every day while his bail conditions last (trial 09/02/2026)
  - Check: No contact on police records; Rhiannon checks with the police
    before each core group
- **1.3** Flag 14 Alder Street for a priority response and tell Rhiannon of
  any call-out or bail breach
  - Who: Dunmoorcroft Police, Domestic Abuse Safeguarding Unit
  - When: Flag by 19/11/2025; the same day for any call-out or breach
  - Check: Written confirmation of the flag on file; call-outs logged
- **1.4** Go over the safety plan with Aga and the children's part of it
  (Maja's code word, where Kuba goes if there is trouble)
  - Who: Amara Diallo, IDVA, Dunmoorcroft Women's Aid
  - When: Ongoing
  - Check: Updated safety plan signed by Aga, copy to Rhiannon

### 2. Maja and Kuba go to school every day and feel settled there

- **2.1** Check both children's attendance each morning and ring Rhiannon by
  10am if either is absent without a reason
  - Who: Mrs Helen Fyfe, DSL, St Aidan's Catholic Primary
  - When: Every school day
  - Check: Attendance emailed to Rhiannon every Friday (aim: 95%)
- **2.2** Weekly sessions with the school's play therapist for Kuba about his
  anger and hitting out
  - Who: Jo Penrose, play therapist, St Aidan's Catholic Primary
  - When: Weekly from 24/11/2025, ten sessions
  - Check: -
- **2.3** Take Maja and Kuba to school on Tuesdays and Thursdays, so that Aga
  can get to her appointments
  - Who: Ewa (aunt)
  - When: Tuesdays and Thursdays
  - Check: School register shows both children in on time on those days
- **2.4** Collect Maja and Kuba from school on Fridays and have them for tea
  - Who: Ewa (aunt)
  - When: Every Friday
  - Check: Ewa texts Rhiannon each Friday evening

### 3. Aga feels less anxious and more confident as a parent

- **3.1** Guided self-help sessions for Aga's anxiety and panic attacks
  - Who: Dunmoorcroft Wellbeing Service
  - When: Weekly for 8 weeks from 17/11/2025
  - Check: Aga says she feels calmer
- **3.2** Go to the 10-week Freedom Programme at Dunmoorcroft Family Hub, so
  that she can help Maja and Kuba make sense of what happened
  - Who: Aga
  - When: Wednesdays from 07/01/2026
  - Check: Attendance certificate, copy to Rhiannon

### 4. Maja and Kuba understand that what happened was not their fault, and know who they can tell

- **4.1** Talk with Maja and Kuba about safe and unsafe relationships and who
  they can tell if they are worried
  - Who: Professionals
  - When: By 16/01/2026
  - Check: Each child can name two safe adults when Rhiannon asks
- **4.2** Refer Maja to the Bright Sparks group for children who have lived
  with domestic abuse
  - Who: Rhiannon Pugh (SW)
  - When: Referral by 28/11/2025; the group starts in January
  - Check: Acceptance letter on file, then group attendance sent to Rhiannon

## If things go wrong

If there are further concerns about Ryan, the core group will meet to discuss
next steps.

If Aga's progress is not enough by the next review conference, Rhiannon will
ask Deborah Achterberg for a legal planning meeting.

## Meetings

Core group: every four weeks at St Aidan's Catholic Primary, 3.30pm; next on
09/12/2025 and 06/01/2026.
Second review conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("T002", "Go over the safety plan with Aga and the children's part"),
        F("M001", "Weekly sessions with the school's play therapist for Kuba"),
        F("H001", "Guided self-help sessions for Aga's anxiety and panic attacks"),
        F("M002", "Guided self-help sessions for Aga's anxiety and panic attacks"),
        F("W002", "Talk with Maja and Kuba about safe and unsafe relationships"),
        F("F002", "Aga feels less anxious and more confident as a parent"),
        F("C002"),
        F("C003"),
        F("R001"),
    ],
})
