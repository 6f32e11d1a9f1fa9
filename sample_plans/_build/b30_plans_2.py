"""Batch 30, module 2: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

H = "<"

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group minutes: present grid with initials, agency round, then a
#    revised action log (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zennorbridge_cg_minutes_revised_log_ashdown.docx",
    "doc_title": "Core Group Minutes - Ruby Ashdown",
    "split": "heldout",
    "template": "core-group-minutes-second-meeting-present-grid-round-the-table-paragraphs-then-revised-action-log-no-owner-due-done-when-columns",
    "description": (
        "Second core group minutes for a 2-year-old (mother's low mood and drinking) with a present grid, "
        "agency round and a revised action log. A counselling row with 'Ongoing'/'Engagement' and no "
        "assessment of change, a blank 'done when', a 'monitored' nursery row, a 'Family'/'TBC' row, an "
        "unowned housing row, an adult-only outcome and a contingency that leans on the grandmother with "
        "no fallback."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Zennorbridge Council | Children's Services | Safeguarding Team East"),
        ("kv", [
            ("Child", "Ruby Ashdown, DOB 14/03/2023 (2 yrs)"),
            ("Address", "12 Tolvan Row, Zennorbridge"),
            ("Meeting", "Core group no. 2, 15/05/2025, 10.00am, Sunflower Nursery family room"),
            ("Chair / minutes", "Priya Nandra (SW) / typed by Sue Pascoe (business support)"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Initials", "Role"],
            "widths": [5.5, 2.0, 9.5],
            "rows": [
                ["Priya Nandra", "PN", "Social worker, Safeguarding Team East"],
                ["Leanne Ashdown", "LA", "Mum"],
                ["Sandra Ashdown", "SA", "Maternal grandmother (MGM)"],
                ["Dawn Keast", "DK", "Health visitor, Zennorbridge 0-19 team"],
                ["Jo Penhale", "JP", "Manager, Sunflower Nursery"],
                ["Apologies", "–", "Mel Ruddock, counsellor, Zennor Wellbeing Service (report sent); Connor Pike (Dad)"],
            ],
        }),
        ("h2", "Outcomes for Ruby (from the ICPC plan, 24/04/2025)"),
        ("numbers", [
            "Ruby is cared for every day and night by a sober adult who gets up with her, feeds her and keeps her safe.",
            "Ruby's speech is checked and she gets any help she needs before she turns 3.",
            "Leanne will stop drinking and feel more positive.",
        ]),
        ("h2", "Round the table"),
        ("p", "PN – two visits since ICPC, one unannounced. Ruby seen both times, cot made up, fridge had milk "
              "and bread. On 06/05 there were empty cider cans in the recycling and LA said a friend had been "
              "round. Ruby was in the same nappy as at the start of the visit an hour later."),
        ("p", "LA – says she's \"doing better\", has cut down to weekends, finds mornings the hardest. Wants "
              "to move out of the top-floor flat because of the stairs with the buggy."),
        ("p", "DK – Ruby weighed 11.2kg on 08/05 (50th centile, steady). Only says around 10 words; HV "
              "thinks she needs a speech and language referral."),
        ("p", "JP – Ruby attends Mon/Wed/Fri. Arrived without breakfast 4 times in 3 weeks. Staff say she "
              "is clingy at drop-off and will not let go of her blanket."),
        ("p", "SA – has Ruby every Saturday and supervises Connor's time with her there. Happy to carry on."),
        ("h2", "How Ruby is doing – what we see"),
        ("p", "Ruby is a chatty, busy little girl at nursery once she has settled. She points at the snack "
              "trolley and says \"toast\". At the last home visit she climbed onto Sandra's lap as soon as "
              "Sandra arrived and went to sleep there. Nursery notice she eats two breakfasts on the days she "
              "arrives hungry."),
        ("h2", "Revised action log (agreed today)"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "Done when"],
            "widths": [1.0, 5.6, 3.4, 2.6, 4.4],
            "rows": [
                ["1", "Visit Ruby at home, at least one visit unannounced, and check her cot, nappy and the fridge",
                 "PN (SW)", "Weekly", "Visit notes show Ruby seen and cot/fridge checked at each visit"],
                ["2", "Leanne to continue with counselling at Zennor Wellbeing Service for her low mood",
                 "Mel Ruddock, counsellor, Zennor Wellbeing Service", "Ongoing", "Engagement"],
                ["3", "Refer Ruby to speech and language therapy (under-3s team)",
                 "DK (HV)", "By 30/05/2025", ""],
                ["4", "Keep an eye on Ruby's presentation, nappies and breakfast at nursery",
                 "JP, Sunflower Nursery", "Mon/Wed/Fri", "Monitored"],
                ["5", "Supervise Ruby's time with her dad, Connor, on Saturdays at MGM's house",
                 "SA (MGM)", "Every Saturday", "Contact log signed by Sandra and seen by SW"],
                ["6", "Help Leanne get Ruby's bedtime routine in place (bath, story, cot by 7.30pm)",
                 "Family", "TBC", "Bedtime chart on the fridge, checked by SW at visits"],
                ["7", "Alcohol screen (AUDIT) for Leanne and referral to Zennorbridge Recovery Service",
                 "Dr Aled Trevithick, GP", "By 29/05/2025", "AUDIT score and referral letter copied to SW"],
                ["8", "Housing transfer application for a ground-floor flat to be chased",
                 "", "Before next core group", "Housing band letter on file"],
            ],
        }),
        ("h2", "Contingency (unchanged from ICPC)"),
        ("p", "If Leanne is found under the influence of alcohol while she is caring for Ruby, or Ruby arrives "
              "at nursery hungry on three days in one week, the SW will visit the same day and hold a strategy "
              "discussion. Ruby will go to stay with Sandra (MGM) while this happens."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks: 12/06/2025 and 10/07/2025, 10am, Sunflower Nursery. Review CP "
              "conference 24/07/2025 at 1.30pm, Zennorbridge Guildhall. PN told Leanne that if there has been "
              "no real change in her drinking or in Ruby's mornings by the July core group, she will ask her "
              "manager for a legal planning meeting."),
        ("p", "Minutes to be circulated within 5 working days."),
    ],
    "findings": [
        F("T002", "Leanne to continue with counselling at Zennor Wellbeing Service"),
        F("M002", "Leanne to continue with counselling at Zennor Wellbeing Service"),
        F("H001", "Leanne to continue with counselling at Zennor Wellbeing Service"),
        F("M001", "Refer Ruby to speech and language therapy"),
        F("M002", "Keep an eye on Ruby's presentation, nappies and breakfast"),
        F("W002", "Help Leanne get Ruby's bedtime routine in place"),
        F("T002", "Help Leanne get Ruby's bedtime routine in place"),
        F("W001", "Housing transfer application for a ground-floor flat to be chased"),
        F("F002", "Leanne will stop drinking and feel more positive."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Community-midwife-led pre-birth plan, stage banner rows, PDF with a
#    header and a page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zelstow_midwife_prebirth_stages_vantreight.pdf",
    "doc_title": "Maternity Safeguarding Pre-birth Plan - Baby Vantreight",
    "split": "heldout",
    "template": "midwife-led-prebirth-maternity-plan-paged-about-us-box-then-stage-banner-table-what-who-by-when-checked-by",
    "description": (
        "Exemplary pre-birth plan led by the community safeguarding midwife (mother's anxiety and past "
        "self-harm; 2-year-old brother) with stage banner rows, header and 'Page N of M' footer: every "
        "step has an owner, a timescale and a check; perinatal team asked to assess capacity to change; "
        "aunt's support covered by a fallback; core group and review dates; legal planning named."
    ),
    "header": "OFFICIAL-SENSITIVE | Zelstow Maternity and Children's Services | MRN ZH-448120",
    "footer": "Pre-birth plan agreed 02/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Maternity Safeguarding Plan – before and after birth"),
        ("p", "Written by Hollie Tregear, community safeguarding midwife, with SW Marcus Odell, after the "
              "pre-birth child protection conference on 02/06/2025."),
        ("table", {
            "header": ["About us", ""],
            "widths": [4.5, 12.5],
            "rows": [
                ["Mum", "Kerys Vantreight (20), 24 weeks pregnant, EDD 18/09/2025"],
                ["Baby's dad", "Mo Farrow (23), lives with Kerys"],
                ["Brother", "Alfie Vantreight, 2 yrs, attends Little Owls nursery 3 days"],
                ["Aunt (Kerys's sister)", "Lorna Vantreight, lives in the next street"],
                ["Plan category", "Neglect (risk of) – pre-birth"],
            ],
        }),
        ("h2", "What worries us"),
        ("p", "Kerys has anxiety and a history of self-harm; she was admitted to Tremorne ward in 2023 after "
              "an overdose when Alfie was 5 months old. She stopped her sertraline when she found out she was "
              "pregnant and has told the midwife she is not sleeping. When Kerys is very anxious she stays in "
              "bed, and Alfie has been found still in his cot at midday. A newborn could miss feeds and be "
              "left unsettled for long periods."),
        ("h2", "What is going well"),
        ("p", "Kerys has come to every antenatal appointment, told us herself when she stopped her tablets, "
              "and agreed to see the perinatal team. Mo works days but does the night routine with Alfie. "
              "Lorna looked after Alfie for three weeks in 2023 and nursery said he was well cared for."),
        ("h2", "Alfie's day and what it will mean for the baby"),
        ("p", "Alfie is at nursery on Mon, Tue and Thu. Staff say he arrives happy with Mo, runs to the sand "
              "tray and calls the baby doll \"my baby\". On the SW's home visit on 27/05 Alfie brought Kerys "
              "his shoes at 10am and waited at the door; he climbed onto Lorna's knee when she arrived and "
              "asked for \"toast, Lolo\". For the new baby this means we need a well, awake adult up and "
              "feeding by the morning, every day."),
        ("h2", "What we want for the baby and Alfie"),
        ("bullets", [
            "The baby is fed at least every 3–4 hours, sleeps safely on their back in their own Moses basket, "
            "and gains weight along their centile.",
            "Alfie is up, dressed and fed by 9am every day and goes to nursery on his three days.",
            "Both children always have a well adult awake and looking after them, day and night.",
        ]),
        ("pagebreak",),
        ("h2", "What we will do"),
        ("table", {
            "header": ["What", "Who", "By when / how often", "Checked by"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["From now until 34 weeks", H, H, H],
                ["See Kerys every 2 weeks, restart or review her medication safely in pregnancy, and assess "
                 "whether she can make and keep the changes needed to care for a newborn",
                 "Dr Fola Adebayo, Zelstow perinatal mental health team",
                 "Every 2 weeks; written assessment by 01/08/2025",
                 "Assessment of capacity to change, warning signs and likely timescale sent to the SW and "
                 "core group by 01/08/2025"],
                ["Antenatal appointments, mood check (GAD-7) at each one, and a written birth plan with who "
                 "stays with Kerys on the ward",
                 "Hollie Tregear, safeguarding midwife",
                 "Every 2 weeks; birth plan signed by 34 weeks (14/08/2025)",
                 "GAD-7 scores on the maternity record; signed birth plan copied to SW and EDT"],
                ["Visit Kerys, Mo and Alfie at home; see Alfie's room and, by 34 weeks, the baby's Moses "
                 "basket set up in the parents' room",
                 "Marcus Odell, SW",
                 "Every 2 weeks until the birth",
                 "Visit notes record Alfie's morning routine and the basket in place by 14/08/2025"],
                ["Record the time Alfie arrives and whether he has eaten, and ring the SW if he is absent "
                 "without a call",
                 "Bea Kitto, manager, Little Owls nursery",
                 "Mon, Tue, Thu; SW called the same morning",
                 "Arrival sheet emailed to the SW every Friday"],
                ["At birth and on the ward", H, H, H],
                ["Stay on the ward with Kerys and the baby overnight, or arrange for Mo to",
                 "Lorna Vantreight (aunt)",
                 "Every night until discharge",
                 "Ward staff record the adult staying on the safeguarding sheet"],
                ["Hold a discharge planning meeting on the ward before the baby goes home",
                 "Hollie Tregear, with SW Marcus Odell",
                 "Before discharge",
                 "Meeting record with the agreed first-week plan on the maternity record"],
                ["First weeks at home", H, H, H],
                ["Come round at 8am to help get Alfie up and give the baby's first feed",
                 "Lorna Vantreight (aunt)",
                 "Every weekday for the first 4 weeks",
                 "Feed and routine chart on the fridge, seen by SW and HV at each visit"],
                ["New birth visit, then weigh the baby and check feeding",
                 "Sian Polglase, HV",
                 "Day 10–14, then weekly until 8 weeks",
                 "Weights in the red book; baby stays on or near birth centile"],
                ["Check Kerys's mood and tablets and review the prescription",
                 "Dr Ben Roskilly, GP",
                 "6-week check, then monthly",
                 "Letter to SW after each review with medication taken and mood score"],
            ],
        }),
        ("h2", "If things start to go wrong"),
        ("p", "If Kerys stops her medication again, talks about harming herself, or Alfie or the baby is found "
              "unfed or still in bed after 10am, the SW (or EDT out of hours) will visit the same day and hold "
              "a strategy discussion. Mo will take over the children's care and Lorna will stay at the house. "
              "If Lorna or Mo cannot do this, or Lorna's help stops, the children will be placed together with "
              "approved foster carers the same day and the SW will request a legal planning meeting within "
              "5 working days."),
        ("h2", "Meetings"),
        ("p", "Core group: every 4 weeks – 19/06/2025, 17/07/2025, 14/08/2025 – then within 10 working days "
              "of the birth. Review child protection conference: 16/10/2025, 10am, Zelstow Civic Offices."),
        ("p", "If the perinatal assessment on 01/08/2025 shows Kerys is not able to make the changes needed, "
              "or the birth plan is not agreed by 34 weeks, the team manager will request a legal planning "
              "meeting (PLO) before the birth."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child-friendly "my plan" for a 10-year-old, jigsaw pieces (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zarrowmouth_my_plan_jigsaw_brannock.md",
    "split": "heldout",
    "template": "child-friendly-my-plan-jigsaw-pieces-md-bold-grown-up-then-i-will-sentence-with-when-and-youll-know-because",
    "description": (
        "Exemplary child-friendly plan for a 10-year-old (father's drinking) set out as jigsaw pieces: "
        "her own words, what everyone wants for her, each grown-up's promise with a when and a 'you'll "
        "know because', the alcohol service owning its part, Nan's Fridays covered if Nan can't, meeting "
        "dates and the legal planning step in plain words."
    ),
    "text": """\
# Tilly's plan – all the pieces

*Made with Tilly Brannock (10) after the child protection conference on 4 June 2025.
Zarrowmouth Council Children's Services. Your social worker is Sam Quiller – 01632 960 771.*

---

## Piece 1 – What you told us

You told Sam at school on 29 May:

> "When Dad has had a lot of cans he gets loud and I go to my room and put my
> music on. I don't like it when he falls asleep on the sofa and doesn't make tea."

> "The best bit of the week is Fridays at Nan's because we do baking."

You said you want Dad to "stop the cans on school nights" and you want to be
able to ring someone if you are scared. You chose Nan and Mrs Jory at school.

## Piece 2 – What everyone wants for you

- You have tea every night and a grown-up who is awake and sober looking after you.
- You go to bed by 9pm on school nights and do not have to hide in your room from shouting.
- You always know who to ring, and they answer.

## Piece 3 – Why there is a plan

Dad (Gareth) drinks a lot most evenings. Twice in April the police came because
of shouting, and you were at home. Mum (Becca) works late shifts at the care home
on Tuesdays and Thursdays, so on those nights Dad looks after you on his own.

## Piece 4 – What the grown-ups will do

- **Sam (your social worker):** I will see you every two weeks, once at home and
  once at school, and talk to you on your own. You'll know because I will read
  back to you what I wrote down each time.
- **Dad:** I will not drink on Tuesday and Thursday nights when I look after you,
  starting from 10 June. You'll know because Mum will check with you and Sam will
  ask you at each visit, and it goes in Sam's notes.
- **Kit Polwhele at Zarrowmouth Alcohol Service:** I will see your dad every week
  from 12 June and tell Sam and the core group each month whether he is cutting
  down, with his breath test results.
- **Mum:** I will swap my late shifts so that I am home by 7pm on school nights by
  the end of June. You'll know because my new rota will be on the fridge and Sam
  will see it.
- **Nan (Rose):** I will pick you up from school and have you for tea and baking
  every Friday. You'll know because you'll be with me, and I will tick the calendar
  Sam gave me.
- **Mrs Jory (your school's safeguarding lead):** I will meet you every Monday
  morning for a catch-up in the library at 8.45. You'll know because I will write
  down what you tell me, send Sam a note every Monday, and ring Sam the same day
  if you are worried.

## Piece 5 – If things go wrong

If Dad is drunk when he is looking after you, or the police are called to your
house, Mum or Nan will come and get you straight away and you will sleep at Nan's.
Sam will visit you the next day. If Nan is ill or can't have you, Sam will find
you a safe place with a foster carer that night, and Sam will ask for a meeting
with the council's lawyers (a legal planning meeting) within a week.

If Dad is still drinking on the nights he looks after you by the next big meeting,
Sam's manager will ask for that legal planning meeting too.

## Piece 6 – When we all meet

- The core group (Mum, Dad, Nan, Sam, Mrs Jory and Kit) meets every 4 weeks:
  26 June, 24 July and 21 August 2025, after school at Zarrowmouth Primary.
- The next big meeting (review child protection conference) is on 4 September
  2025 at 10am. You can come to part of it, or write Sam a letter to read out.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Letter to mum after ICPC with invented bold headings (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zoughby_letter_mum_after_icpc_penrose.docx",
    "doc_title": "Letter to Ms Penrose after the child protection conference",
    "split": "heldout",
    "template": "letter-to-mum-after-icpc-right-aligned-address-bold-question-headings-what-happens-now-one-paragraph-each",
    "description": (
        "SW's letter to a mother after an ICPC for her 6-year-old (mother's depression and drinking) with "
        "bold question headings. A GP visit 'when you feel ready' with no check, an unowned referral with "
        "no date or measure, an FSW row with no measure; no adult service owns an action, the "
        "contingency is vague, no legal step, and the review conference is still 'to be arranged'."
    ),
    "blocks": [
        ("pr", "Zoughby District Council"),
        ("pr", "Children and Families – Locality Team North"),
        ("pr", "The Maltings, Quay Street, Zoughby"),
        ("pr", "3 June 2025"),
        ("p", ""),
        ("pl", "Ms Jade Penrose"),
        ("pl", "Flat 3, 41 Chapel Terrace"),
        ("pl", "Zoughby"),
        ("p", ""),
        ("p", "Dear Jade,"),
        ("p", "Thank you for coming to Noah's child protection conference on Friday, and for staying even "
              "when it got difficult. As promised, here is the plan in my own words. Please keep it with "
              "Noah's red folder."),
        ("boldp", "Why is Noah on a plan?"),
        ("p", "Noah (6) is on a plan under neglect. Since March he has missed 14 days of school, he has come "
              "in hungry and in the same uniform, and on 19 May he was found walking to the shop on his own "
              "at 7am. You told conference that your depression has been very bad since Christmas, that you "
              "have stopped your tablets, and that you have been drinking wine most nights to help you sleep."),
        ("boldp", "What did Noah say?"),
        ("p", "I saw Noah at school on 28 May. He said \"Mummy is sad and stays in bed so I make my own "
              "cereal\" and that he went to the shop \"because there was no milk\". He said he likes it when "
              "you do colouring with him and he would like \"Mummy to get up and walk me to school like "
              "Ollie's mum\"."),
        ("boldp", "What are we hoping for?"),
        ("bullets", [
            "Noah is at school every day, on time, having had breakfast.",
            "Noah is never out on his own or left to get his own food, and there is always an adult up and "
            "looking after him.",
        ]),
        ("boldp", "What happens now?"),
        ("p", "I will visit you and Noah every week, at least once without letting you know first, and my "
              "notes will record that I saw Noah on his own and looked in the kitchen cupboards."),
        ("p", "Noah's school (Mr Carbis, the DSL) will email me every Friday with Noah's attendance and the "
              "times he arrived that week."),
        ("p", "You will go and see your GP about your low mood and drinking when you feel ready."),
        ("p", "A referral will be made to the Zoughby Early Help parenting group so that you can meet other "
              "parents."),
        ("p", "Gemma Rosevear, the family support worker, will come twice a week from 9 June to help with "
              "Noah's mornings and getting him to school."),
        ("p", "You will walk Noah to school every school day from Monday 9 June, and the school register "
              "will show him in by 8.50am."),
        ("p", "The school nurse, Amy Treloar, will check Noah's height and weight by 30 June and send me the "
              "results."),
        ("boldp", "What if things don't get better?"),
        ("p", "If things don't get better, or there are more worries about Noah, I will talk to my manager "
              "and we will think again about the plan."),
        ("boldp", "When will we meet?"),
        ("p", "The core group (you, me, Mr Carbis, Gemma and Amy) will meet every three weeks, the first "
              "one on 12 June 2025 at 2pm at Noah's school. The review child protection conference will be "
              "arranged and I will let you know the date."),
        ("p", "Please ring me on 01632 960 314 if anything here doesn't make sense or you want to add "
              "something."),
        ("p", "Best wishes,"),
        ("pl", "Ffion Angove"),
        ("pl", "Social Worker, Locality Team North"),
    ],
    "findings": [
        F("T002", "You will go and see your GP about your low mood"),
        F("M001", "You will go and see your GP about your low mood"),
        F("W001", "A referral will be made to the Zoughby Early Help parenting group"),
        F("T001", "A referral will be made to the Zoughby Early Help parenting group"),
        F("M001", "A referral will be made to the Zoughby Early Help parenting group"),
        F("M001", "Gemma Rosevear, the family support worker, will come twice a week"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-recording system export with transfer pending (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zeddon_casepoint_transfer_print_kellow.txt",
    "split": "heldout",
    "template": "casepoint-export-txt-hash-ruled-sections-act-nn-resp-target-evidence-lines-with-transfer-flag-field",
    "description": (
        "Case-system print of a CP plan for two brothers whose family is moving to another council "
        "(father's heroin use in recovery, mother's psychosis on a depot). No outcomes section; two actions "
        "held until the transfer with 'TBC' targets, a CPN row that only treats, 'Core group' as owner, 'reviewed at core "
        "group' as the only check, and the review conference left to the receiving council."
    ),
    "text": """\
################################################################################
# CASEPOINT 4.2  -  ZEDDON COUNTY COUNCIL CHILDREN'S SERVICES                  #
# Plan print: CHILD PROTECTION PLAN (current)       Printed 11/06/2025 09:47   #
################################################################################
Subject 1 ....... Jacob KELLOW        DOB 02/02/2016   (9)   CP-ID 88123
Subject 2 ....... Harvey KELLOW       DOB 19/10/2020   (4)   CP-ID 88124
Category ........ Neglect
Plan start ...... ICPC 20/03/2025      Last review: CG 05/06/2025
Allocated SW .... Nadia Hoskin, Zeddon Safeguarding Team West
TRANSFER FLAG ... YES - family moving to Quarrington (Quarrington Borough
                  Council), tenancy starts 01/07/2025. Transfer-in conf
                  requested, date awaited from Quarrington.

# CONCERNS ######################################################################
Mum (Stacey Kellow) has paranoid schizophrenia, on a fortnightly depot from the
CMHT. Relapsed Jan 2025: boys found alone at home for 6 hrs. Dad (Lee Kellow)
on methadone script via Zeddon Drug & Alcohol Service (ZDAS); positive for
heroin x1 in April. Harvey's speech delayed; Jacob late to school 22 times
this term and doing the shopping for the family.

# CHILDREN'S VIEWS ##############################################################
Jacob (seen alone 30/05): "I look after Harvey when Mum's not right. I don't
mind but I get tired." Says he doesn't want to move school. Worried about
leaving his football team.
Harvey (seen at nursery 02/06): pointed to photos of Jacob and Dad and said
"my Jacob". Nursery say he hides under the table when there is shouting in
role play.

# ACTIONS #######################################################################
ACT-01  Home visits to see Jacob and Harvey, incl. one alone with Jacob each
        visit
        Resp ....... Nadia Hoskin (SW)
        Target ..... weekly until the transfer-in conference
        Evidence ... Visit records show both boys seen and Jacob seen alone
ACT-02  Young carers assessment for Jacob - on hold until the family have
        moved, Quarrington to pick up
        Resp ....... Nadia Hoskin (SW)
        Target ..... TBC
        Evidence ... -
ACT-03  CPN to continue to give Stacey her depot and support her mental
        health
        Resp ....... Gail Bray, CPN, Zeddon CMHT
        Target ..... fortnightly
        Evidence ... Depot given on time (CMHT record)
ACT-04  Weekly key work and urine screens for Lee; written update on use to
        each core group
        Resp ....... Tom Hendra, ZDAS recovery worker
        Target ..... weekly; update before each CG
        Evidence ... Screen results and update shared with SW
ACT-05  Speech and language referral for Harvey - hold, new nursery in
        Quarrington to refer once he starts
        Resp ....... Kayleigh Moyle, HV
        Target ..... TBC
        Evidence ... SALT referral accepted letter on file
ACT-06  Share any worries about the boys' care with the SW the same day
        Resp ....... Core group
        Target ..... same day
        Evidence ... Concerns logged on CASEPOINT with date and action
ACT-07  Record Jacob's lateness and what he says in school and pass
        to the SW
        Resp ....... Mrs P Chenoweth, DSL, Zeddon Junior
        Target ..... weekly
        Evidence ... reviewed at core group

# CONTINGENCY ###################################################################
If the boys are found alone, or Stacey misses her depot, or Lee is
found under the influence while caring for them, SW/EDT visits same day and a
strategy discussion is held. Boys to go to PGM Ann Kellow in Zeddon; if Ann
cannot take them, a foster placement the same day. SW to request legal
planning meeting.

# REVIEW ########################################################################
Core group ...... monthly; next 03/07/2025 (joint with Quarrington)
RCPC ............ TBC - Quarrington to set on transfer-in

# HISTORY #######################################################################
05/06/2025 14:12  NHOSKIN   ACT-02 status changed: OPEN -> ON HOLD
05/06/2025 14:13  NHOSKIN   ACT-05 status changed: OPEN -> ON HOLD
05/06/2025 14:20  NHOSKIN   Transfer flag set

*** END OF PRINT ***   page 1 of 1
""",
    "findings": [
        F("X001", "Young carers assessment for Jacob - on hold"),
        F("T002", "Young carers assessment for Jacob - on hold"),
        F("M001", "Young carers assessment for Jacob - on hold"),
        F("H001", "CPN to continue to give Stacey her depot"),
        F("X001", "Speech and language referral for Harvey - hold"),
        F("T002", "Speech and language referral for Harvey - hold"),
        F("W002", "Share any worries about the boys' care with the SW"),
        F("M002", "Record Jacob's lateness and what he says in school"),
        F("O001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference outcome sheet: tick-box decisions, then an agreed plan
#    table with a merged "For" column (PDF, header + footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zimmerton_rcpc_outcome_sheet_hale.pdf",
    "doc_title": "Review Child Protection Conference - Outcome Sheet - Maya and Leo Hale",
    "split": "heldout",
    "template": "rcpc-outcome-sheet-paged-tickbox-decision-table-then-for-which-child-merged-first-column-agreed-action-lead-when-evidence",
    "description": (
        "Exemplary review conference outcome sheet for two children (father's PTSD and angry outbursts) "
        "with tick-box decision rows, the children's words, and an agreed plan table whose 'For' column is "
        "merged over each child's rows: named leads, dates and evidence, the veterans' mental health "
        "service asked to assess capacity to change, the uncle's help covered if it fails, core group and "
        "review dates and a legal planning step."
    ),
    "header": "OFFICIAL-SENSITIVE | Zimmerton City Council – Safeguarding & Quality Assurance | Conf ref ZQA-R-2291",
    "footer": "RCPC outcome sheet 26/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Review Child Protection Conference – Outcome Sheet"),
        ("kv", [
            ("Children", "Maya Hale (13), DOB 07/01/2012; Leo Hale (7), DOB 22/09/2017"),
            ("Address", "8 Wheal Rose Close, Zimmerton"),
            ("Parents", "Claire Hale (mum); Darren Hale (dad) – both at home"),
            ("Conference", "First review, 26/06/2025; chair: Oliver Tregunna (IRO)"),
            ("Social worker", "Abi Curnow, Zimmerton Family Safeguarding Team"),
        ]),
        ("h2", "Decision"),
        ("table", {
            "header": ["Decision", "Tick", "Notes"],
            "widths": [7.0, 1.5, 8.5],
            "rows": [
                ["Children remain subject to a child protection plan", "☒", "Majority view; Dad disagreed"],
                ["Category", "☒", "Emotional abuse (both children)"],
                ["Plan discontinued", "☐", ""],
                ["Legal planning meeting requested now", "☐", "Not at this stage – see 'If things go wrong'"],
            ],
        }),
        ("h2", "Since the initial conference"),
        ("p", "Darren, an army veteran, has PTSD. There have been no police call-outs since March, when he "
              "put his fist through the kitchen door while Leo was in the room. He started trauma therapy "
              "with the Zimmerton Veterans' Mental Health Service in May and has missed one of six sessions. "
              "Claire has used the safety plan twice, taking the children to her brother Steve's. Leo is "
              "still wetting the bed most nights and Maya's attendance has dropped to 88%."),
        ("h2", "What Maya and Leo told us"),
        ("p", "Maya (seen alone at school, 19/06): \"It's better than before, Dad hasn't smashed anything. "
              "But I still listen at night in case he starts. I want to stay at home but I want it to be "
              "calm.\" She said going to Uncle Steve's helps \"because nobody's on edge there\"."),
        ("p", "Leo (seen at home, 23/06, with his drawings): drew his house with a \"shouty cloud\" over the "
              "kitchen and himself under his duvet. He said \"I like it when Dad plays Lego\" and he wants "
              "\"no more banging\"."),
        ("h2", "What we want for Maya and Leo by the next review"),
        ("bullets", [
            "Maya and Leo live in a calm home with no shouting, smashing or hitting, and can sleep without "
            "listening out for their dad.",
            "Leo is dry most nights and is no longer scared in the kitchen.",
            "Maya's attendance is back above 95% and she knows who to go to if things start again.",
        ]),
        ("pagebreak",),
        ("h2", "Agreed plan"),
        ("table", {
            "header": ["For", "Agreed action", "Lead", "When", "Evidence we will look for"],
            "widths": [1.8, 5.4, 3.4, 2.8, 3.6],
            "rows": [
                ["Both",
                 "Visit the family at home and see Maya and Leo each on their own",
                 "Abi Curnow, SW", "Every 2 weeks",
                 "Visit notes record each child seen alone and what they said"],
                [V,
                 "Trauma-focused therapy with Darren, and assess whether he can manage his anger safely "
                 "around the children and how long change is likely to take",
                 "Dr Rhys Menheniot, Zimmerton Veterans' Mental Health Service",
                 "Every 2 weeks; report by 29/08/2025",
                 "Written report on Darren's capacity to change and the likely timescale, shared with the "
                 "core group by 29/08/2025"],
                [V,
                 "Take the children to Steve's if Darren starts shouting or throwing things, and tell the SW",
                 "Claire Hale (mum)", "Every time; SW told the same day",
                 "Calls logged on the case record with the date and what happened"],
                [V,
                 "Have Maya and Leo to stay, and take them in whenever Claire uses the safety plan",
                 "Steve Hale (maternal uncle)", "Every other Saturday night; same day when called",
                 "Stay calendar seen by the SW at each visit"],
                ["Maya",
                 "Weekly sessions with Maya on worry and sleep",
                 "Lucy Trounson, school counsellor, Zimmerton Academy", "Weekly, Thursdays",
                 "Attendance record and Maya's own 0–10 worry score at each session"],
                [V,
                 "Email the SW Maya's attendance and any worry she raises",
                 "Mr Dan Pascoe, DSL, Zimmerton Academy", "Every Friday",
                 "Weekly attendance figure at or above 95% by the next review"],
                ["Leo",
                 "Refer Leo to the enuresis clinic and the CAMHS getting-help team",
                 "Dr Emma Nancarrow, GP", "By 11/07/2025",
                 "Referral letters copied to the SW; clinic appointment date on file"],
                [V,
                 "Keep a wet-bed and sleep diary for Leo and bring it to each core group",
                 "Claire Hale (mum)", "Every night; brought to each core group",
                 "Diary shows dry nights increasing"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Darren shouts at, threatens or hurts anyone, damages the house, or stops going to therapy, "
              "Claire will take the children to Steve's at once and the SW (EDT out of hours) will hold a "
              "strategy discussion the same day. If Steve cannot take them, the children will go to their "
              "grandmother, Pat Hale, in Zimmerton; if neither can, they will be placed with emergency foster "
              "carers that day. After any such incident the SW will request a legal planning meeting within "
              "5 working days."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks: 10/07/2025, 07/08/2025 and 04/09/2025, 4pm, Zimmerton Academy. "
              "Next review conference: 25/09/2025, 10am, Zimmerton Guildhall."),
        ("p", "If the veterans' service report says Darren is not making the changes needed, or Leo and Maya "
              "are no safer by the September core group, the SW will request a legal planning meeting before "
              "the review."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Family copy with Turkish / English headings and a five-column table
#    (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b30_zulworth_turkish_english_family_copy_yildiz.md",
    "split": "heldout",
    "template": "bilingual-turkish-english-family-copy-md-slash-headings-five-column-eylem-kim-ne-zaman-nasil-bilecegiz-table",
    "description": (
        "Family copy of an ICPC plan for two children (neglect; mother's depression) with Turkish / English "
        "headings and a five-column table. No child's words anywhere, no contingency, no legal step, an "
        "adult-only outcome; a blank 'When', an 'as and when' row with no check, 'All professionals' as "
        "owner and 'improvement' / 'monitored' as the only checks."
    ),
    "text": """\
# Çocuk Koruma Planı / Child Protection Plan

**Aile kopyası / Family copy** – Zulworth Borough Council, Children's Services
**Konferans / Conference:** Initial child protection conference, 12 June 2025
**Sosyal hizmet uzmanı / Social worker:** Helen Pengelly – 01632 960 592
**Tercüman / Interpreter at conference:** Sevgi Aksoy (Turkish)

## Aile / Family

| İsim / Name | Yaş / Age | Kim / Who |
|---|---|---|
| Elif Yıldız | 8 | Daughter, Year 3 at Zulworth Church Primary |
| Deniz Yıldız | 4 | Son, Little Stars pre-school (mornings) |
| Ayşe Yıldız | 31 | Mum |
| Murat Yıldız | 36 | Dad, works nights at the bakery |

## Neden endişeliyiz / Why we are worried

Since February Elif has come to school with toothache four times and both
children have been sent home with head lice three times. When the SW visited
on 3 and 10 June there was little food in the kitchen and the children's beds
had no sheets. Ayşe has depression and told the GP in May that most days she
cannot get out of bed before midday. Murat sleeps in the day after his night
shifts, so Deniz is often not taken to pre-school.

## Çocuklar için istediklerimiz / What we want for the children

- Elif and Deniz sleep in clean beds, eat three meals a day and have their
  teeth treated by the end of July.
- Deniz goes to pre-school every morning and Elif is at school on time.
- Ayşe will feel less depressed and cope better.

## Ne yapılacak / What will happen

| No | Eylem / Action | Kim / Who | Ne zaman / When | Nasıl bileceğiz / How we will know |
|---|---|---|---|---|
| 1 | Visit the family at home and check the kitchen, the children's beds and clothes | Helen Pengelly (SW) | Every 2 weeks | Visit notes record food in, beds made up and children seen |
| 2 | Take Elif and Deniz to Harbour Dental for check-ups and treatment | Ayşe (Anne / Mum) | By 31/07/2025 | Dentist's letter to the SW |
| 3 | Review Ayşe's antidepressant and refer her to Zulworth Talking Therapies | Dr Kemal Arslan, GP | By 27/06/2025 | GP letter to the SW with the referral date |
| 4 | Parenting sessions with an interpreter for Ayşe and Murat (routines, meals, bedtimes) | Nurcan Demir, FSW | Weekly for 8 weeks from 30/06/2025 | Improvement |
| 5 | Deniz's development check (ASQ-3) and hearing test referral | Tamsin Rowe, HV | | ASQ-3 scores shared with the SW |
| 6 | Help Murat fill in the housing register form for a bigger flat | Helen Pengelly (SW) | As and when | |
| 7 | Tell the SW the same day about any worry about Elif or Deniz | Tüm profesyoneller / All professionals | Same day | Worry recorded on the children's file |
| 8 | Keep food in the cupboards and clean sheets on the children's beds | Ayşe and Murat | Every week | Monitored |
| 9 | Take Deniz to pre-school every weekday morning by 9am | Murat (Baba / Dad) | Every weekday from 16/06/2025 | Pre-school register, sent to the SW each Friday |

## Toplantılar / Meetings

- **Çekirdek grup / Core group:** every 4 weeks – 26/06/2025, 24/07/2025 and
  21/08/2025, 10am at Zulworth Church Primary. Sevgi Aksoy will interpret.
- **Gözden geçirme konferansı / Review conference:** 11/09/2025, 2pm, Zulworth
  Town Hall.

*Bu planı anlamadıysanız lütfen Helen'i arayın. / If you do not understand this
plan, please ring Helen.*
""",
    "findings": [
        F("M002", "Parenting sessions with an interpreter for Ayşe and Murat"),
        F("T001", "Deniz's development check (ASQ-3) and hearing test referral"),
        F("T002", "Help Murat fill in the housing register form"),
        F("M001", "Help Murat fill in the housing register form"),
        F("W002", "Tell the SW the same day about any worry"),
        F("M002", "Keep food in the cupboards and clean sheets on the children's beds"),
        F("F002", "Ayşe will feel less depressed and cope better."),
        F("F003"),
        F("C001"),
        F("R002"),
    ],
})
