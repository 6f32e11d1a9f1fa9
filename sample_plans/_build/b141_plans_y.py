"""Batch 141, module y: seven fictional plans (tuning material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 12
and 13 in particular), without running planlint or reading its code.

Focus: plans whose timescales, measures and owners are not written beside
each action, in layouts and voices the earlier batches on this theme
(113-118) did not use. A landscape Word plan for a non-verbal disabled boy
whose owners are initials from an attendance key, with shaded banner rows
across the table giving the time of the rows under them, a "Who" cell merged
down two rows and "What we will see" cells merged across pairs of rows; a
pre-birth letter to the parents, printed to PDF, whose attached plan is three
stage tables headed with their dates (32 weeks, the birth, the review) and
whose measures are in a separate success-criteria table keyed by code (A1,
B2, C3); a child's own "My plan" in Markdown, in an 11-year-old's words, with
two time headings, "Kerry will:" lead-ins over numbered items and a "How
we'll know it's working" list by number; a plain-text core group minute with
an attendance key of initials, a numbered action list with no times, a week
by week timetable listing action numbers and a checks list by number; and a
landscape Word review plan for a baby on home oxygen whose outcomes carry
their own checks, whose actions sit under outcome banner rows, and whose
times are in a month grid (every day / every week / every two weeks /
finished by the end of the month). The two faulty plans use the same ideas:
a Markdown review plan with one table per stage and a "What we'll look for
at core group" box after each (a stage with no time, an action the box
leaves out, a vague check, counselling that only treats, a "Family" owner,
an "ongoing" row, an adult-only outcome, no fallback for the grandmother, no
legal step); and a domestic abuse plan printed to PDF whose first column
holds each stage merged down (a "Later on" stage with no time, a merged
"Monitored at core group" cell over two rows, an assessment with no output,
CPN support only, "All agencies", a "when a place is available" row, a
contingency with no specific trigger, a review conference date to be
confirmed).

Five plans are exemplary (no findings): Yaddleby (docx), Yelmscombe (pdf),
Yoxhallow (md), Yarrisdale (txt) and Yallowmede (docx). Two carry a
realistic mix of faults among mostly good rows: Yewbarton (md) and
Yattlecote (pdf).

Counting actions (convention 1): every live row of an action table and every
numbered item or numbered line of an action section counts once. Banner
rows, stage headings and stage cells, owner lead-ins, the attendance key, the
timetable and month grid, the checks lists, boxes and success criteria, the
outcomes, the contingency and the meeting dates are not actions. No action in
these plans is already done. Readings used: a time given once for a stage,
banner row, heading or grid applies to every action it covers unless the
action gives its own, and a stage with no time gives none (T001); a measure
counts for an action when a merged cell beside it, a checks list or box by
its number or code, or the check written into the outcome it sits under
covers it, and an action such a list leaves out has none (M001); a vague
merged or listed check is the only measure of each action it covers (M002);
initials from the attendance key, a "Who" cell merged down and an "X will:"
lead-in own the actions they cover.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 8-year-old with cerebral palsy and epilepsy,
#    gastrostomy fed and non-verbal, and his 13-year-old sister who has been
#    doing his night care; mother with depression. Landscape Word table:
#    owners are initials from an attendance key, shaded banner rows give the
#    time of the rows under them, one "Who" cell merged down two rows and two
#    "What we will see" cells merged across two rows each. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yaddleby_icpc_disabled_child_initials_key_banner_rows_hendricks.docx",
    "doc_title": "Child Protection Plan - Oscar and Lily Hendricks",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-cwd-team-details-list-attendance-key-table-of-initials-why-oscars-day-and-lilys-words-outcomes-then-one-table-shaded-banner-rows-give-time-of-rows-under-them-who-column-initials-merged-down-what-we-will-see-merged-across-pairs-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for an 8-year-old with cerebral palsy and epilepsy who "
        "is fed by gastrostomy and does not speak, and for his 13-year-old sister, who has been "
        "turning him and giving night feeds because their mother, who has depression, does not "
        "wake. A landscape Word plan from a children with disabilities team: an attendance key "
        "defines the initials that alone fill the 'Who' column; no row has a date of its own "
        "unless it needs one, because shaded banner rows across the table give the time of the "
        "rows beneath them ('Within two weeks of the conference - rows 1 to 5 finished by Friday "
        "30/01/2026', 'Every week ... until the review conference', unless a row gives its own "
        "days); the nurse's 'Who' cell runs down two rows and two 'What we will see' cells run "
        "across two rows each, saying which rows they are for. The CPN assesses and reports on "
        "capacity to change, the GP owns an action, the grandfather's Saturdays have a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yaddleby Metropolitan Borough Council · Children with Disabilities Team · Initial Child "
              "Protection Conference held on Thursday 15/01/2026"),
        ("kv", [
            ("Children", "Oscar Hendricks (8), DOB 09/05/2017, Ashgrove Special School; Lily Hendricks (13), "
                         "DOB 22/08/2012, Year 8, Yaddleby Park Academy"),
            ("Address", "3 Wharfside Close, Yaddleby YD5 2LT"),
            ("Mother", "Sharon Hendricks (39)"),
            ("Father", "Marcus Hendricks (42), lives in Yaddleby; sees the children every other Sunday "
                       "afternoon"),
            ("Maternal grandfather", "Brian Clarke (68), 17 Tenter Street, Yaddleby (ten minutes by car)"),
            ("Maternal aunt", "Denise Clarke (35), 2 Lathe Row, Yaddleby"),
            ("Oscar's health", "Cerebral palsy (four limbs), epilepsy, gastrostomy since 2019; no speech, "
                               "uses an eye-gaze board and facial expression"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Yvonne Abernethy, independent reviewing officer"),
        ]),
        ("h1", "Who was at the conference (the plan uses these initials)"),
        ("table", {
            "header": ["Initials", "Name, role and agency"],
            "widths": [2.5, 23.2],
            "rows": [
                ["NO", "Naomi Okafor, social worker, Yaddleby Children with Disabilities Team (team manager: "
                       "Pauline Ekwueme)"],
                ["PB", "Priya Bansal, community children's nurse, Yaddleby Children's Community Nursing Team"],
                ["GW", "Gemma Whyte, paediatric dietitian, Yaddleby General Hospital"],
                ["DT", "Dr David Tran, consultant community paediatrician, Yaddleby Child Development Centre"],
                ["HM", "Helen Marsh, children's occupational therapist, Yaddleby Child Development Centre"],
                ["MF", "Mark Fenwick, headteacher and designated safeguarding lead, Ashgrove Special School"],
                ["RL", "Rhian Lloyd, care co-ordinator (CPN), Yaddleby Community Mental Health Team"],
                ["KS", "Dr Kamal Sethi, GP, Wharfside Medical Practice (sent a report; did not attend)"],
                ["JA", "Jo Ansell, young carers worker, Yaddleby Young Carers"],
                ["SH", "Sharon Hendricks, mother"],
                ["BC", "Brian Clarke, maternal grandfather"],
            ],
        }),
        ("h1", "Why Oscar and Lily have a plan"),
        ("p", "Since the summer Oscar has lost 1.4 kg and dropped from the 9th to below the 2nd centile for "
              "weight. His feed chart has gaps of up to a day, and on 11/12/2025 he arrived at school having "
              "had no epilepsy medicine that morning; he had a long seizure at lunchtime and was taken to "
              "hospital by ambulance. In November the school nurse found a red, broken area on his left hip. "
              "Sharon has depression. She told her GP in December that she sleeps through her alarms and "
              "\u201cjust can't do the nights any more\u201d. Lily has been getting up at 2am and 5am to turn "
              "Oscar and set his overnight feed running, and she has been late for school 17 times this term."),
        ("h1", "Oscar's day, and what Lily told us"),
        ("p", "Oscar (seen at home on 06/01/2026 and at school on 08/01/2026): he smiled and made his "
              "\u201chappy\u201d sound when his grandad came in, and looked at \u201churts\u201d on his eye-gaze "
              "board when NO moved his left leg. At school he turned his face away from his feed pump and "
              "cried when it alarmed. His teacher says he is most settled on Mondays, after his grandad's "
              "Saturday visit, and most tired on Thursdays and Fridays."),
        ("p", "Lily (seen on her own at school, 07/01/2026): \u201cI do Oscar's turns because if I don't, "
              "nobody will, and his hip gets sore. I love him but I'm so tired I fall asleep in maths. I don't "
              "want Mum to get in trouble, she's just really sad.\u201d She would like \u201cto sleep all night "
              "and go to the young carers' club on Tuesdays like my friend Ellie\u201d."),
        ("h1", "What we want for Oscar and Lily"),
        ("numbers", [
            "Oscar has all four of his feeds and every dose of his epilepsy medicine every day, and his weight "
            "goes back up towards the target his dietitian sets.",
            "Oscar's skin stays healthy, with no pressure sores, because an adult turns him at night and he "
            "sleeps on the right mattress.",
            "Lily no longer does any of Oscar's night care, sleeps through the night, and gets to school on "
            "time.",
            "Oscar and Lily live with a mum who is well enough to care for them, with help at home that the "
            "family can count on.",
        ]),
        ("h1", "The plan"),
        ("p", "The shaded rows across the table say when the rows under them will be done; a row only gives "
              "its own days where they differ. The Who column uses the initials above. Where one Who box runs "
              "down beside two rows, that person leads both. Where one \u2018What we will see\u2019 box runs "
              "beside two rows, it says which rows it is for."),
        ("table", {
            "header": ["Row", "What will happen", "Who", "What we will see"],
            "widths": [1.2, 11.0, 2.6, 10.9],
            "rows": [
                ["WITHIN TWO WEEKS OF THE CONFERENCE \u2013 rows 1 to 5 finished by Friday 30/01/2026", H, H, H],
                ["1",
                 "Write a daily feeding and medication plan with Sharon for Oscar's four gastrostomy feeds, his "
                 "water flushes and his epilepsy medicines, with one copy on the kitchen wall and one in his "
                 "school bag",
                 "PB, with GW",
                 "For rows 1 and 2: the written plan and GW's new feed regime, with Oscar's target weight for "
                 "the review, are on his file, and NO sees the plan on the kitchen wall at her next visit"],
                ["2",
                 "Check Oscar's feed regime against his weight and growth, and set the weight he should reach "
                 "by the review conference",
                 "GW",
                 V],
                ["3",
                 "Assess the pressure areas on Oscar's hips and heels, and get him a pressure-relieving "
                 "mattress and wheelchair cushion",
                 "HM",
                 "HM's written assessment on file; NO sees the mattress and cushion in use, and PB finds no new "
                 "red areas at her visits"],
                ["4",
                 "See Sharon and give a written assessment of her depression: whether she can make the changes "
                 "Oscar and Lily need, what would help her to, and how long that is likely to take",
                 "RL",
                 "RL's assessment letter on the children's file by 30/01/2026 and talked through at the core "
                 "group on 26/02/2026"],
                ["5",
                 "Young carer's assessment with Lily, seen on her own at school, about the turns and night "
                 "feeds she does for Oscar",
                 "JA",
                 "Lily's assessment, with her own words about what she wants to stop doing, copied to NO and "
                 "given to Lily"],
                ["BY THE CORE GROUP ON THURSDAY 26/02/2026 \u2013 rows 6 to 8", H, H, H],
                ["6",
                 "Complete a parent carer's needs assessment with Sharon and take a request to the Yaddleby "
                 "Short Breaks Panel for night carers two nights a week, so that Lily no longer gets up to turn "
                 "Oscar",
                 "NO",
                 "The assessment and the panel's decision letter on file; the night carers' first nights "
                 "booked and written in the home diary"],
                ["7",
                 "Send NO a summary of Sharon's depression, the medicines she takes and any appointments she "
                 "has missed since January 2025",
                 "KS",
                 "GP summary letter on the children's file"],
                ["8",
                 "See Oscar in clinic about his seizures, his rescue medicine and his weight, and write to NO "
                 "and PB",
                 "DT",
                 "Clinic letter on file giving Oscar's weight, the number of seizures since the conference and "
                 "any change to his medicines"],
                ["EVERY WEEK FROM MONDAY 19/01/2026 UNTIL THE REVIEW CONFERENCE ON THURSDAY 09/04/2026 \u2013 "
                 "unless a row gives its own days", H, H, H],
                ["9",
                 "Visit Oscar and Lily at home, at least one visit in three unannounced; see Lily on her own, "
                 "and see Oscar being fed or changed",
                 "NO",
                 "Visit records show a visit in every week, Lily seen alone with her words written down, and "
                 "what Oscar showed with his face, his sounds and his eye-gaze board"],
                ["10",
                 "Visit on Mondays and Thursdays to check Oscar's gastrostomy site, his feed chart and his "
                 "medication record, and show Sharon anything she is unsure of",
                 "PB",
                 "For rows 10 and 11: the feed chart and medication record, signed by PB at each visit, show "
                 "all four feeds and every dose given, and Oscar's weight goes up at each weigh towards the "
                 "target GW set"],
                ["11",
                 "Weigh Oscar every other Thursday and send the weight to GW and NO the same day",
                 V,
                 V],
                ["12",
                 "Check that Oscar arrives with his feed and medication chart filled in, and phone NO the same "
                 "day about a missed feed or dose, a mark or a sore",
                 "MF",
                 "Home-school book checked every morning; each call logged on CPOMS and on Oscar's file"],
                ["13",
                 "See Sharon every two weeks, check she is taking her sertraline, and report before each core "
                 "group on whether she is making the changes Oscar and Lily need and how long more change is "
                 "likely to take",
                 "RL",
                 "Written report on file two working days before each core group, with RL's view of the "
                 "likely timescale"],
                ["14",
                 "Come to the house every Saturday from 9am to 1pm, help Sharon with Oscar's morning feed and "
                 "wash, and give her time to rest",
                 "BC",
                 "BC writes each Saturday in the home diary, and NO reads the diary at her visits"],
                ["15",
                 "Keep a place for Lily at the Tuesday young carers' club, 4pm to 6pm, with a taxi there and "
                 "back",
                 "JA",
                 "The club register, sent to NO each month, shows Lily at the Tuesday sessions"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Oscar misses two feeds in a day, goes a day without his epilepsy medicine, or loses weight at two "
            "weighs in a row: PB or MF tells NO the same day, NO visits that day, and Oscar goes to Rowan House "
            "short-break unit (or to the children's ward if he is unwell) until a safe feeding plan is back in "
            "place; NO holds a strategy discussion with Yaddleby Police and DT the same day.",
            "If Sharon tells anyone she is thinking of harming herself, or RL is worried for her safety: the "
            "crisis team is asked to see her the same day and Brian stays at Wharfside Close that night.",
            "If Brian cannot do his Saturdays or step in (he is ill or away): Denise has agreed to have Lily at "
            "Lathe Row, and NO books emergency nights for Oscar at Rowan House; if neither is possible, NO places "
            "Lily with Yaddleby foster carers and Oscar at Rowan House the same day.",
            "If by the core group on 26/02/2026 Oscar is still losing weight, or by the review conference the "
            "charts still show missed feeds or doses, NO will ask Pauline Ekwueme for a legal planning meeting "
            "within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm, Ashgrove Special School: 29/01/2026, 26/02/2026 "
            "and 26/03/2026.",
            "Review child protection conference: Thursday 09/04/2026, 10am, Yaddleby Town Hall.",
            "NO will bring Lily's words and what Oscar has shown at visits to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan sent to the parents with a covering letter; mother's
#    drinking (her first child lives with his other grandmother), father's
#    caution for assaulting an ex-partner. Word letter and plan printed to
#    PDF with a page header and footer: three stage tables whose headings
#    carry the dates, Code | What will happen | Who, and a separate "How we
#    will know" table keyed by code. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yelmscombe_prebirth_letter_stage_tables_criteria_by_code_brannock.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Brannock-Dyer",
    "split": "tune",
    "actions": 17,
    "header": "OFFICIAL-SENSITIVE \u2013 Yelmscombe Council \u2013 Pre-birth plan, Baby Brannock-Dyer",
    "footer": "Plan agreed 20/01/2026 \u00b7 Review conference 12/05/2026 \u00b7 Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "prebirth-plan-printed-to-pdf-page-header-footer-covering-letter-from-sw-to-both-parents-we-agreed-these-things-in-three-stages-then-attached-plan-why-worried-going-well-babys-world-outcomes-then-one-code-what-who-table-per-stage-heading-carrying-dates-32-weeks-birth-review-then-how-we-will-know-table-keyed-by-code-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan, sent to the parents with the social worker's covering letter "
        "and printed to PDF with a page header and footer. The mother drank heavily until 14 weeks "
        "of pregnancy and her first child lives with his other grandmother; the father has a "
        "caution for assaulting an ex-partner. The letter says the plan is in three stages, each "
        "done by the date at its top unless a row gives its own time, and that how everyone will "
        "know is in the last table by code. Each stage table (Code | What will happen | Who) has "
        "no time column: the stage headings carry the dates (by 32 weeks, 24/02/2026; before the "
        "birth, due 14/04/2026; every week from the birth to the review on 12/05/2026). The "
        "success criteria table gives every code its own check. The alcohol service reports on "
        "change, the GP owns an action, the aunt's and the paternal grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("pr", "Children's Services \u2013 Family Safeguarding Team (East)"),
        ("pr", "Yelmscombe Council, Civic Offices, Marlow Street, Yelmscombe YM1 2PQ"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "Thursday 22/01/2026"),
        ("p", ""),
        ("pl", "Kayleigh Brannock and Ross Dyer"),
        ("pl", "Flat 3, 17 Quarry Lane"),
        ("pl", "Yelmscombe YM4 7RT"),
        ("p", ""),
        ("p", "Dear Kayleigh and Ross,"),
        ("boldp", "Your baby's child protection plan"),
        ("p", "Thank you both for coming to the pre-birth child protection conference on Tuesday 20/01/2026. "
              "I know it was a hard meeting, and that you were upset to hear Mason's name so many times. The "
              "chair, Janet Ollerenshaw, decided that your baby will have a child protection plan from birth, "
              "under the category of neglect. I will be your social worker and I will hold the plan."),
        ("p", "The plan is attached. We agreed to do the things in it in three stages. The dates for each "
              "stage are at the top of its table: everything in a stage will be done by that date, or as "
              "often as the stage says, unless a row gives its own time. How we will all know that each thing "
              "has been done, and that it is working, is in the last table, under the code in the first "
              "column (A1, B2 and so on)."),
        ("p", "The plan is about what your baby needs. Some of it asks a lot of you both, and some of it is "
              "what I and the other workers have promised to do. If any of it is unclear, or something gets in "
              "the way, please ring me before it becomes a problem."),
        ("p", "Yours sincerely,"),
        ("pl", "Bethan Lowe"),
        ("pl", "Social Worker, Family Safeguarding Team (East)"),
        ("pl", "Team manager: Colin Ashdown"),
        ("pagebreak",),
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Baby", "Unborn baby of Kayleigh Brannock and Ross Dyer, due Tuesday 14/04/2026 (27 weeks at "
                     "conference)"),
            ("Mother", "Kayleigh Brannock (24)"),
            ("Father", "Ross Dyer (27)"),
            ("Address", "Flat 3, 17 Quarry Lane, Yelmscombe YM4 7RT"),
            ("Half-brother", "Mason Brannock (4), lives with his paternal grandmother, Janice Cole, under a "
                             "special guardianship order made in 2023"),
            ("Family who will help", "Pauline Hart (Kayleigh's aunt), 40 Coopers Way, Yelmscombe; Diane Dyer "
                                     "(Ross's mother), 8 Bell Street, Yelmscombe"),
            ("Category", "Neglect"),
            ("Conference", "Pre-birth child protection conference, Tuesday 20/01/2026. Chair: Janet "
                           "Ollerenshaw (IRO)"),
            ("Social worker", "Bethan Lowe"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "In 2023 Mason, then two, was found at home on his own at night while Kayleigh was drunk at a "
              "neighbour's flat. He went to live with Janice under a special guardianship order. Kayleigh "
              "told the midwife she drank most days until she found out she was pregnant at 14 weeks, and that "
              "she has not drunk since. Ross was cautioned in 2021 for assaulting a former partner. On "
              "13/12/2025 a neighbour called the police to an argument at the flat; nobody was hurt and "
              "nobody was arrested."),
        ("h1", "What is going well"),
        ("p", "Kayleigh has been to every antenatal appointment since 16 weeks and her breath tests at the "
              "Yelmscombe Recovery Hub have all been clear since November. Ross works full time and has "
              "decorated the baby's room. Pauline and Diane came to the conference and both want to help."),
        ("h1", "Your baby's world"),
        ("p", "Your baby cannot tell us anything yet, so we have written down what we know of the baby's "
              "life so far. At the 20-week scan on 02/12/2025 the baby was growing on the 40th centile, and "
              "the midwife has felt the baby move at every appointment since. Kayleigh says the baby kicks "
              "hardest when Ross talks to the bump at night. Mason told Janice that he wants to \u201chold "
              "the baby and give it my old bunny\u201d, and he has drawn a picture of the baby for the fridge."),
        ("h1", "What we want for the baby"),
        ("numbers", [
            "The baby is born well and goes home only with parents who are sober whenever they are caring "
            "for him or her.",
            "The baby is fed on time, kept warm and clean, sleeps on their back in their own cot, and gains "
            "weight along their birth centile.",
            "The baby grows up in a home with no violence and no shouting between the adults.",
            "The baby knows their big brother Mason, through visits that Janice agrees to.",
        ]),
        ("h1", "The plan"),
        ("h2", "Stage 1: from now until 32 weeks of pregnancy \u2013 everything done by Tuesday 24/02/2026"),
        ("table", {
            "header": ["Code", "What will happen", "Who"],
            "widths": [1.4, 10.6, 5.0],
            "rows": [
                ["A1", "Go to the Yelmscombe Recovery Hub every Wednesday for key-work and a breath test",
                 "Kayleigh Brannock"],
                ["A2", "Key-work with Kayleigh, and a written report on whether she has stopped drinking, what "
                       "still needs to change and how likely she is to stay stopped once the baby is here",
                 "Sam Okoro, recovery worker, Yelmscombe Recovery Hub (adult alcohol service)"],
                ["A3", "Complete a pre-birth assessment of Kayleigh and Ross, including what happened when "
                       "Mason left Kayleigh's care",
                 "Bethan Lowe, social worker (SW)"],
                ["A4", "Assess with Ross the risk from his past violence to a partner, and recommend whether he "
                       "should do the Yelmscombe Respect programme",
                 "Dev Sandhu, domestic abuse practitioner, Yelmscombe Family Safety Team"],
                ["A5", "See Kayleigh at the specialist antenatal clinic every two weeks until the birth, ask "
                       "about her drinking and check the baby's growth",
                 "Lorna Bright, specialist midwife (substance use), Yelmscombe General Hospital"],
                ["A6", "Send the SW a summary of Kayleigh's health, her past liver blood tests and any "
                       "medicines she takes",
                 "Dr Fiona Reddy, GP, Holmlea Surgery"],
            ],
        }),
        ("h2", "Stage 2: from 32 weeks until the birth \u2013 everything done before the baby is born (due "
               "Tuesday 14/04/2026)"),
        ("table", {
            "header": ["Code", "What will happen", "Who"],
            "widths": [1.4, 10.6, 5.0],
            "rows": [
                ["B1", "Go together to the six-week Getting Ready for Baby group at Yelmscombe Family Hub",
                 "Kayleigh Brannock and Ross Dyer"],
                ["B2", "Write the birth and discharge plan with the maternity ward by 36 weeks (24/03/2026), "
                       "saying who may visit the ward and what happens if Kayleigh has been drinking",
                 "Bethan Lowe (SW), with Lorna Bright (specialist midwife)"],
                ["B3", "Help Kayleigh and Ross get the flat ready for the baby: a cot and mattress, a "
                       "steriliser and bottles, and a stair gate for the communal stairs",
                 "Amy Chen, family support worker, Yelmscombe Family Hub"],
                ["B4", "Antenatal home visit to talk through feeding, safe sleep and coping with crying, and "
                       "write down the parents' feeding plan",
                 "Carys Rowe, health visitor (HV), Yelmscombe 0-19 Service"],
                ["B5", "Hold a family network meeting with Kayleigh, Ross, Pauline, Diane and Janice to agree "
                       "who helps in the first weeks and who steps in if someone cannot",
                 "Bethan Lowe (SW)"],
            ],
        }),
        ("h2", "Stage 3: from the birth until the review conference on Tuesday 12/05/2026 \u2013 every week, "
               "unless the row says otherwise"),
        ("table", {
            "header": ["Code", "What will happen", "Who"],
            "widths": [1.4, 10.6, 5.0],
            "rows": [
                ["C1", "Visit the baby at home, the first visit within two days of discharge; see the baby "
                       "awake, and see a feed or a change",
                 "Bethan Lowe (SW)"],
                ["C2", "New birth visit within 14 days of the birth, then weigh the baby each week at home or at "
                       "clinic",
                 "Carys Rowe (HV)"],
                ["C3", "Carry on the weekly key-work and breath tests with Kayleigh, and report before each "
                       "core group on whether she is staying sober now the baby is home",
                 "Sam Okoro, Yelmscombe Recovery Hub"],
                ["C4", "Stay at the flat on Friday and Saturday nights for the first six weeks after the baby "
                       "comes home",
                 "Pauline Hart (Kayleigh's aunt)"],
                ["C5", "Have Kayleigh, Ross and the baby for Sunday lunch, and be the person Kayleigh rings if "
                       "she feels like drinking",
                 "Diane Dyer (Ross's mother)"],
                ["C6", "Go to the Dads Matter group for new fathers every Thursday evening for eight weeks, "
                       "starting the first Thursday after the birth",
                 "Ross Dyer"],
            ],
        }),
        ("h1", "How we will know \u2013 by code"),
        ("table", {
            "header": ["Code", "What we will see, and who will check it"],
            "widths": [1.4, 15.6],
            "rows": [
                ["A1", "Sam sends Bethan the attendance list and breath test results on the last Friday of "
                       "each month: every Wednesday attended and every reading zero."],
                ["A2", "Sam's written report on the baby's file by 24/02/2026."],
                ["A3", "The written pre-birth assessment, with its recommendations, given to you both and to "
                       "the core group by 24/02/2026 and talked through at the core group on 03/03/2026."],
                ["A4", "Dev's written risk assessment and his recommendation copied to Bethan and to you both."],
                ["A5", "Lorna's notes show every appointment kept and the baby growing along its centile; she "
                       "emails Bethan after each appointment."],
                ["A6", "The GP's letter on the baby's file."],
                ["B1", "The group register shows each of you at 5 or more of the 6 sessions."],
                ["B2", "The birth and discharge plan is in Kayleigh's maternity notes and on the baby's file, "
                       "and the ward sister has a copy."],
                ["B3", "Amy sees the cot made up, the steriliser and bottles ready and the stair gate fitted."],
                ["B4", "Carys's antenatal visit record on file, with your feeding plan written down and the "
                       "safer sleep checklist signed by you both."],
                ["B5", "The written family network plan, saying who helps on which days and who steps in if "
                       "someone cannot, sent to everyone in the core group."],
                ["C1", "Visit records show a visit every week, the baby seen awake, and how each of you "
                       "noticed and answered the baby."],
                ["C2", "The baby's weight in the red book stays on or near the birth centile at every weigh."],
                ["C3", "Sam's written report on file before each core group, with the breath test results."],
                ["C4", "Pauline writes each night she stays in the baby's diary, which Bethan reads at every "
                       "visit."],
                ["C5", "Diane writes each Sunday, and any call from Kayleigh, in the baby's diary; Bethan reads "
                       "it at every visit."],
                ["C6", "The group's attendance sheet sent to Bethan after week 4 and week 8."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh drinks (a positive breath test, the smell of alcohol at an appointment or on the ward, "
            "or anyone sees her drunk): the baby will not go home from hospital with her until a strategy "
            "discussion, held by Bethan the same day, has agreed a safe plan; if the baby is already home, the "
            "baby goes to stay with Diane that day, with Ross, and Kayleigh sees the baby there.",
            "If there is any violence or threat of violence between Kayleigh and Ross: the police are called on "
            "999, Bethan holds a strategy discussion the same day, and the baby and Kayleigh go to Pauline's "
            "while Ross stays away from the flat.",
            "If Pauline or Diane cannot help as agreed (illness, work or a falling-out): Bethan visits that day "
            "and asks the other to cover; if nobody in the family network plan can step in within two days, "
            "Kayleigh and the baby move to the Yelmscombe parent and baby foster placement that Bethan has "
            "already asked the placements team to hold.",
            "If the pre-birth assessment says the baby cannot safely go home, or Kayleigh drinks again before "
            "the birth, Bethan will ask Colin Ashdown for a legal planning meeting within five working days so "
            "that the PLO pre-proceedings can begin before the baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Yelmscombe Family Hub: 03/02/2026, 03/03/2026 and "
            "31/03/2026, then within ten working days of the birth.",
            "Review child protection conference: Tuesday 12/05/2026, 10am, Yelmscombe Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A child's own "My plan" after an initial conference: domestic abuse,
#    father moved out under a non-molestation order. Written with the social
#    worker in an 11-year-old's words ("I" is Ruby): two time headings,
#    "Kerry will:" lead-ins over numbered items, a "How we'll know it's
#    working" list by number, then a part for the grown-ups with the
#    contingency, legal planning and meetings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yoxhallow_my_plan_time_headings_owner_lead_ins_checks_marchetti.md",
    "split": "tune",
    "actions": 16,
    "template": "childs-own-my-plan-md-in-11-year-olds-words-about-me-why-whos-who-what-i-said-what-everyone-wants-then-two-time-headings-part-1-by-date-part-2-every-week-until-review-owner-lead-ins-bold-over-numbered-items-then-how-well-know-list-by-number-then-for-the-grown-ups-contingency-legal-meetings",
    "description": (
        "Exemplary child's own plan after an initial conference, written with the social worker "
        "in the words of an 11-year-old whose father hurt her mother and has moved out under a "
        "non-molestation order; her 5-year-old brother's part is in it too. The actions are "
        "numbered items under bold lead-ins ('Kerry will:', 'Mum will:', 'Me:') in two parts whose "
        "headings give the time ('all done by Friday 13 February 2026'; 'every week from now "
        "until my review meeting on Wednesday 22 April 2026, unless a number says its own days'); "
        "'How we'll know it's working' lists a check for every number. A part for the grown-ups "
        "gives specific triggers with police, refuge and named carers, a fallback if Nana cannot "
        "help, a legal planning meeting after named triggers, core group dates and the review date. "
        "No parent's ill health or substance use is recorded."
    ),
    "text": """\
# My plan — Ruby Marchetti

*Written with Kerry, my social worker, after the child protection meeting on Thursday 22 January 2026. Leo's
part is in here too, because he is only 5. Yoxhallow Borough Council, Children's Services.*

## About me

I'm Ruby. I'm 11 and I'm in Year 6 at St Aidan's Primary School in Yoxhallow. I live at 9 Thistle Row with my
mum, Nicola, and my little brother, Leo, who is in Reception at St Aidan's. I like drawing manga, swimming on
Saturdays and my cat, Biscuit. My dad, Craig, moved out in December and lives at my Uncle Sean's flat on
Hedgeford Road.

## Why there is a plan

On 14 December Dad hurt Mum in the kitchen. I rang 999 and took Leo upstairs. The police came and arrested
Dad. It wasn't the first time Dad had hurt Mum, but it was the first time anyone called the police. On
7 January a court made an order that says Dad must not come to our house or contact Mum, except about Leo and
me through the contact centre. Since then I have been sleeping in Mum's bed because I keep waking up, and I
have missed three Mondays at school. Leo has started wetting the bed again.

## Who's who in my plan

| Name in my plan | Who they are |
|---|---|
| Mum | Nicola Marchetti |
| Dad | Craig Marchetti |
| Kerry | Kerry Bamford, my social worker, Yoxhallow Children's Services |
| Mrs Quigley | Mrs Lorna Quigley, designated safeguarding lead at St Aidan's |
| Miss Patel | Miss Asha Patel, learning mentor at St Aidan's |
| Zoe | Zoe Pritchard, Mum's independent domestic violence adviser (IDVA), Yoxhallow Women's Aid |
| PC Harker | PC Tom Harker, Yoxhallow Police Domestic Abuse Unit |
| Sasha | Sasha Mills, school nurse, Yoxhallow 0-19 Service |
| Hannah | Hannah Greaves, worker at Yoxhallow Young Voices (for children who have lived with domestic abuse) |
| Dan | Dan Kirby, worker on the Yoxhallow Change Programme that Dad goes to |
| Jas | Jas Bhatt, supervisor at Yoxhallow Family Contact Centre |
| Nana | Pat Doyle, Mum's mum, who lives on Orchard Street |
| Auntie Gina | Gina Ryan, Mum's cousin, who lives in Hedgeford |

## What I said at the meeting

Kerry read this out for me because I didn't want to go in:

> "I want Dad to stop hurting Mum. I miss him, but I don't want him to live with us yet. I want to see him
> somewhere safe where somebody else is there. At night I keep listening for the door. I want to sleep in my own
> room again and I want Leo to stop being scared of the dark. I like going to Nana's on Wednesdays because it's
> quiet and she makes pancakes."

Leo told Kerry, when she played with him at home on 19 January: "Daddy shouted and Mummy cried. Ruby took me
upstairs. I want Daddy to come to my birthday but not shout." He drew a picture of Dad with "a happy mouth".

## What everyone wants for Leo and me

1. Leo and I are safe at home, and Dad does not come to the house.
2. We see Dad only at the contact centre, with a worker there the whole time.
3. I sleep in my own bed and I'm not so tired at school, and Leo has more dry nights.
4. Leo and I go to school every day and on time, and I have grown-ups there I can talk to.

## My plan

Everything has a number so the grown-ups can check it off at every core group meeting. The heading of each
part says when things have to happen, unless a number says its own time.

### Part 1 — straight away: all done by Friday 13 February 2026

- **Kerry will:**
  1. ask Yoxhallow Homes to change our locks and fit a door alarm that goes straight through to the police
  2. write down what Leo and I want about seeing Dad, and give it to Jas before our first time at the contact
     centre
- **Zoe will:**
  3. make a safety plan with Mum about what to do if Dad comes to the house, phones her or messages her
- **PC Harker will:**
  4. put a marker on our address so that a 999 call from our house gets an emergency answer straight away
- **Sasha will:**
  5. see Leo and Mum about Leo's wet beds and make them a bedtime plan and a star chart
- **Hannah will:**
  6. meet me at school to get to know me and plan my Young Voices sessions with me

### Part 2 — every week from now until my review meeting on Wednesday 22 April 2026 (unless a number says its own days)

- **Kerry will:**
  7. come to see Leo and me at home, and talk to me on my own every time
- **Mum will:**
  8. go to the Freedom Programme at Yoxhallow Family Hub on Tuesday mornings (twelve weeks, started 3 February)
  9. keep the doors locked at night, and not let Dad into the house or tell him where we are going
- **Dad will:**
  10. go to the Change Programme every Thursday evening
- **Jas will:**
  11. stay with Leo, me and Dad for the whole of our time at the contact centre, every other Saturday from 10am
      to 12 noon
- **Miss Patel will:**
  12. see me every Monday morning before lessons to talk about how things are at home
- **Mrs Quigley will:**
  13. tell Kerry the same day if Leo or I say something that worries her, if one of us is off school without a
      reason, or if Dad comes to school
- **Hannah will:**
  14. do six Young Voices sessions with me on Wednesday afternoons, about what happened and what I can do when I
      feel scared
- **Nana will:**
  15. pick Leo and me up from school every Wednesday and give us our tea at her house
- **Me:**
  16. tell Mrs Quigley, Miss Patel, Kerry or Nana on the same day if I feel scared, or if Dad comes near our house
      or school

## How we'll know it's working

The grown-ups look at these at every core group. The numbers are the numbers in my plan.

1. Yoxhallow Homes' job sheet shows the new locks and the alarm fitted, and Kerry tests the alarm with Mum.
2. Jas has Leo's and my wishes in writing before our first contact, and a copy is on my file.
3. Mum has signed Zoe's safety plan, and Kerry and Mrs Quigley each have a copy.
4. PC Harker emails Kerry to say the marker is on the police system.
5. Leo's star chart is on his bedroom wall, Mum marks every dry night on it, and Kerry looks at it when she visits.
6. Hannah and I write my session plan together, and Kerry gets a copy.
7. Kerry's visit notes show she came every week and saw me on my own, with what I said written down.
8. The Freedom Programme register, sent to Kerry each month, shows Mum at the Tuesday sessions.
9. Kerry's visits, the door alarm log and the police records show Dad has not been in the house.
10. Dan emails Kerry every Friday to say whether Dad went, and sends a report to each core group.
11. Jas's notes from each contact say what happened and reach Kerry within two days.
12. Miss Patel logs each Monday talk on the school computer (CPOMS), and the log shows one every week.
13. Every call is logged on CPOMS and on my file, and Kerry's notes show she heard the same day.
14. Hannah's letter after the sixth session says what we did, and I keep my "when I'm scared" card in my school
    bag.
15. Nana writes each Wednesday in the diary at our house, and Kerry reads it when she visits.
16. At every visit Kerry asks me if anything has happened that I didn't tell anyone about, and writes down what I
    say.

## For the grown-ups

### If things go wrong

- **If Dad comes to Thistle Row, contacts Mum except through the contact centre, or comes to school:** whoever
  knows rings 999; St Aidan's keeps Ruby and Leo inside with a member of staff; the police deal with the breach of
  the order; Kerry holds a strategy discussion the same day; and if Mum and the children do not feel safe at home
  that night, Zoe arranges a refuge place for them the same day.
- **If Mum lets Dad into the house or takes the children to meet him:** Kerry visits the same day, Ruby and Leo
  stay at Nana's that night, and Kerry holds a strategy discussion the same day.
- **If Nana cannot do Wednesdays or have the children (she is ill or away):** Ruby and Leo stay at the St Aidan's
  after-school club until Mum collects them; if the children need somewhere to stay, Auntie Gina has agreed to
  have them, and if she cannot, Kerry arranges Yoxhallow foster carers for them together the same day.
- **Legal planning:** if Dad breaks the order, if Mum lets him back into the home, or if by the review meeting
  Ruby or Leo have seen or heard more abuse, Kerry will ask her team manager, Joel Anand, for a legal planning
  meeting within five working days.

### Meetings

- Core group every four weeks, Thursdays at 3.45pm at St Aidan's: 5 February, 5 March and 2 April 2026.
- Review child protection conference: Wednesday 22 April 2026, 10am, Yoxhallow Civic Centre. Ruby can come for the
  first part or send a letter, and Kerry will help her write it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. First review conference plan, both parents using cannabis every day,
#    mother's depression, three children (7, 4 and 10 months). Markdown:
#    one # | What needs to happen | Who table per stage, the stage heading
#    giving the time, and a "What we'll look for at core group" box after
#    each table keyed by action number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yewbarton_rcpc_stage_tables_look_for_boxes_rourke.md",
    "split": "tune",
    "actions": 18,
    "template": "rcpc-md-details-table-what-has-changed-childrens-words-outcomes-then-three-stage-headings-carrying-time-each-with-number-what-needs-to-happen-who-table-and-what-well-look-for-at-core-group-blockquote-keyed-by-number-contingency-meetings",
    "description": (
        "First review conference plan for a 7-year-old, a 4-year-old and a 10-month-old whose "
        "parents smoke cannabis every day and whose mother has depression. A Markdown plan in "
        "three stages: each stage heading gives the time ('all done by Tuesday 24 February 2026'; "
        "'every week until the next review conference on Tuesday 12 May 2026'), each table has "
        "only number, action and who, and a 'What we'll look for at core group' box after each "
        "table gives the checks by action number. Most rows are sound (drug service report on "
        "change, GP, health visitor, school, nursery, the grandmother's school runs). Faults: the "
        "third stage, 'longer-term work', has no time, so two of its actions have none and a "
        "third is only 'ongoing'; the first box leaves out the parenting assessment; counselling "
        "only treats the mother and is checked by her mood improving; home conditions are "
        "'monitored'; 'Family' owns the Sunday teas; one outcome is about the parents only; the "
        "contingency sends the children to the grandmother with no fallback, and there is no legal "
        "step."
    ),
    "text": """\
# Review Child Protection Plan

**Yewbarton City Council — Children and Young People's Service — Safeguarding Team 3**

| | |
|---|---|
| Children | Skye Rourke (7), DOB 30/03/2018, Yewbarton Primary School; Tyler Walsh (4), DOB 11/07/2021, Little Owls Nursery; Lexi Walsh (10 months), DOB 02/04/2025 |
| Address | 61 Kestrel Road, Yewbarton YW6 3DF |
| Mother | Gemma Rourke (29) |
| Father (Tyler and Lexi) | Lee Walsh (31), lives at the family home |
| Skye's father | Jordan Pearce, no contact since 2020 |
| Maternal grandmother | Carol Rourke, 22 Brook Lane, Yewbarton |
| Category | Neglect (all three children) |
| Initial conference | 11/11/2025 |
| This conference | First review child protection conference, Tuesday 10/02/2026. Chair: Anil Mistry (IRO) |
| Social worker | Tom Keane |

## What has changed since the initial conference

At the initial conference Gemma and Lee were smoking cannabis in the flat every day, often in the living room
with the children there. Lexi had been found with a cannabis grinder in her mouth, Skye was late or absent
from school on 21 days in the autumn term and often arrived hungry, and the flat had little food in it. Gemma
told her GP in October that she has been depressed since Lexi was born.

Since then Gemma and Lee have both started with the Yewbarton Drug and Alcohol Service and say they now smoke
only in the evening, outside. Nobody has smelt cannabis in the flat at the last three visits. Skye's attendance
has gone up to 91% this half-term. Carol has done the Tuesday and Thursday school runs since December. The flat
is still often short of food at the end of the week, and Gemma says some days she cannot get out of bed.

## What the children have told us

Skye (seen on her own at school, 03/02/2026): "Mum and Lee don't smoke in the front room any more, they go on
the balcony. I still don't like the smell. I like it when Nana does school because we get there before the bell
and she gives me a banana. Sometimes there's no cereal." She scored home 5 out of 10, up from 2 in November.

Tyler (seen at home, 27/01/2026) showed Tom his dinosaurs and said "Lexi cries a lot" and "Nana's house has
chips".

Lexi (seen at home, 27/01/2026) was crawling and pulling herself up on the sofa. She reached for Gemma when Tom
came in and settled on her lap; she was in a clean nappy and her bottle was warm.

## What needs to be different for the children

1. Skye, Tyler and Lexi live in a home where nobody is under the influence of cannabis while caring for them,
   and where nothing dangerous is within their reach.
2. Lexi keeps growing well and stays on or above the 25th centile for weight.
3. Skye goes to school every day, on time and having had breakfast, and Tyler goes to every nursery session.
4. Gemma and Lee stop using cannabis and get their lives back on track.
5. Skye knows that what has happened at home is not her fault, and has an adult she can talk to about it.

## The plan

The plan is in three stages. Each stage has its own table, and the heading of the stage says when its actions
happen. After each table, the box says what the core group will look for to know that each numbered action has
worked.

### Stage 1 — from today until the next core group: all done by Tuesday 24 February 2026

| # | What needs to happen | Who |
|---|---|---|
| 1 | Carry out a parenting assessment of Gemma and Lee, looking at their care of all three children | Tom Keane, social worker (SW) |
| 2 | Refer Skye and Tyler to the Yewbarton Hidden Harm service for sessions about their parents' cannabis use | Tom Keane (SW) |
| 3 | Take a hair strand test from Gemma and from Lee for cannabis, and send the results to the SW | Paula Hinds, recovery worker, Yewbarton Drug and Alcohol Service (YDAS) |
| 4 | Fit cupboard locks, a lockable tin for anything the parents smoke, a stair gate and a fireguard, so that Lexi and Tyler cannot reach anything dangerous | Becky Orme, family support worker (FSW) |
| 5 | Review Gemma's antidepressant and send the SW a summary of her health and any missed appointments | Dr Iain Murray, GP, Coldharbour Surgery |

> **What we'll look for at core group — Stage 1**
> - **2:** the Hidden Harm acceptance letter and the children's first session dates on file.
> - **3:** the laboratory results on file, with Paula's letter saying what they show about how much each parent is using.
> - **4:** Tom sees the locks, the tin, the gate and the fireguard fitted, and the tin locked, at his next visit.
> - **5:** the GP's letter on the children's file.

### Stage 2 — every week until the next review conference on Tuesday 12 May 2026

| # | What needs to happen | Who |
|---|---|---|
| 6 | Visit the children at home, at least one visit in three unannounced, and see Skye on her own | Tom Keane (SW) |
| 7 | Weigh Lexi every two weeks and check her development | Jade Newton, health visitor (HV) |
| 8 | Key-work with Gemma and Lee about their cannabis use, and a written report before each core group on whether they have cut down and what still needs to change for Skye, Tyler and Lexi | Paula Hinds (YDAS) |
| 9 | Twelve sessions of counselling for Gemma's low mood | Maria Lenz, counsellor, Yewbarton Talking Therapies |
| 10 | Check the home: food in the cupboards, beds made up, nappies and clean clothes for the children | Becky Orme (FSW) |
| 11 | Check Skye's attendance every day and ring the SW the same day if she is absent without a reason or arrives hungry | Mrs Dawn Pike, DSL, Yewbarton Primary School |
| 12 | Record Tyler's attendance at every nursery session and how he presents, and ring the SW the same day about any worry | Little Owls Nursery (key worker: Sam Price) |
| 13 | Have the children for tea every Sunday afternoon | Family |
| 14 | Take Skye and Tyler to school and nursery on Tuesdays and Thursdays | Carol Rourke (maternal grandmother) |

> **What we'll look for at core group — Stage 2**
> - **6:** visit records show a visit every week and Skye seen on her own, with her words written down.
> - **7:** Lexi's weight in the red book on or above the 25th centile at every weigh.
> - **8:** Paula's report on file two working days before each core group.
> - **9:** Gemma's mood improves.
> - **10:** home conditions monitored.
> - **11:** weekly attendance sheet to Tom every Friday; same-day calls logged on CPOMS.
> - **12:** weekly attendance email from the nursery to Tom; each call logged.
> - **13:** the Sunday teas written in the home diary, which Tom reads at his visits.
> - **14:** the school and nursery registers show Skye and Tyler in on time on Tuesdays and Thursdays.

### Stage 3 — longer-term work

| # | What needs to happen | Who |
|---|---|---|
| 15 | Help Gemma and Lee apply for a move to a two-bedroom house with a garden | Becky Orme (FSW) |
| 16 | Speech and language assessment for Tyler, with targets for home and nursery | Kirsty Adeyemi, speech and language therapist, Yewbarton Children's Centre |
| 17 | Go to the Yewbarton Dads' Parenting Group, finishing before the end of the summer term | Lee Walsh |
| 18 | Help Gemma and Lee with their rent arrears through Yewbarton Money Advice, ongoing | Becky Orme (FSW) |

> **What we'll look for at core group — Stage 3**
> - **15:** the housing application and the banding letter on file.
> - **16:** Kirsty's report, with Tyler's targets, copied to the nursery and to Tom.
> - **17:** the course certificate, and the group leader's end-of-course letter to Tom.
> - **18:** the payment plan letter from Yewbarton Homes on file.

## Contingency plan

- If Lexi or Tyler is found with cannabis, or anything used to smoke it, within reach, or either parent is found
  under the influence while they are the only adult looking after the children, the children will go to Carol
  Rourke's house at 22 Brook Lane that day and Tom will hold a strategy discussion the same day.
- If Skye misses two days of school in one week without a reason, Tom will visit the home the same day.

## Core group and review

- Core group every four weeks, Tuesdays at 1.30pm, Yewbarton Family Hub: 24/02/2026, 24/03/2026 and 21/04/2026.
- Next review child protection conference: Tuesday 12/05/2026, 10am, Yewbarton Civic Hall.
""",
    "findings": [
        F("M001", "Carry out a parenting assessment of Gemma and Lee"),
        F("H001", "Twelve sessions of counselling for Gemma's low mood"),
        F("M002", "Twelve sessions of counselling for Gemma's low mood"),
        F("M002", "Check the home: food in the cupboards, beds made up"),
        F("W002", "Have the children for tea every Sunday afternoon"),
        F("T001", "Help Gemma and Lee apply for a move to a two-bedroom house"),
        F("T001", "Speech and language assessment for Tyler, with targets for home"),
        F("T002", "Help Gemma and Lee with their rent arrears"),
        F("F002", "Gemma and Lee stop using cannabis and get their lives back"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. First core group after an initial conference, mother on a methadone
#    script who used heroin on top and could not be woken, two children;
#    the grandmother does school runs. Plain-text case-system print of the
#    minute: attendance key of initials, a numbered action list with owner
#    initials and no times, a week-by-week timetable listing action numbers
#    and a "How the core group will know" list by number. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yarrisdale_core_group_minute_week_timetable_initials_fallon.txt",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-minute-plain-text-case-print-header-fields-attendance-key-of-initials-used-alone-then-why-childrens-words-outcomes-updates-then-numbered-actions-agreed-initials-no-time-then-week-commencing-timetable-dot-leaders-listing-action-numbers-star-for-finish-then-how-core-group-will-know-by-number-contingency-dates",
    "description": (
        "Exemplary minute of the first core group for a 9-year-old and a 6-year-old whose mother, "
        "on a methadone script, used heroin on top and could not be woken one night, and who has "
        "untreated hepatitis C. A plain-text case-system print: an attendance key defines the "
        "initials that alone own each numbered action; the actions give no time, which is in a "
        "timetable of weeks (an 'every day' line, then one dot-leader line per week commencing "
        "listing the actions due, a star marking the week a one-off action must be finished); "
        "'How the core group will know' gives a check for every action number. The drug service "
        "reports on change and its likely timescale, the GP owns an action, the grandmother's "
        "part has a fallback, legal planning follows named triggers, core group and review dates "
        "are set."
    ),
    "text": """\
YARRISDALE BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CASE RECORD PRINT                                          Printed 23/01/2026 09:14
Record type: Core group meeting (child protection)          Record ID: CG-0041876
==================================================================================
SUBJECTS ...... Mia FALLON (9), DOB 03/06/2016, Year 5, Fernlea Primary
                Jack FALLON (6), DOB 21/09/2019, Year 2, Fernlea Primary
ADDRESS ....... 41 Coldwell Street, Yarrisdale YR2 5HN
MOTHER ........ Leanne FALLON (33)
GRANDMOTHER ... Irene FALLON (61), maternal, 12 Fenwick Close, Yarrisdale
UNCLE ......... Dean FALLON (36), Leanne's brother, Yarrisdale
CP PLAN ....... Neglect (both children). Initial child protection conference
                12/01/2026, chair Rosalind Achterberg (IRO)
MEETING ....... Core group 1, Thursday 22/01/2026, 4.00pm, Fernlea Primary
==================================================================================

ATTENDANCE, AND KEY TO THE INITIALS USED BELOW
  LW  Lucy Wren, social worker, Yarrisdale Children's Social Care (chair)
  LF  Leanne Fallon, mother
  IF  Irene Fallon, maternal grandmother
  KD  Kwame Danso, recovery worker, Yarrisdale Recovery Service (adult drug
      and alcohol service)
  RT  Rachel Tolley, designated safeguarding lead, Fernlea Primary
  AM  Anita Mistry, school nurse, Yarrisdale 0-19 Service
  GH  Gail Hurst, family support worker, Yarrisdale Family Hub
  NB  Dr Nadia Baig, GP, Riverside Medical Practice (apologies; sent a
      written update and agreed action 8 by phone with LW)
  Minutes: Owen Pryce, business support

1. WHY MIA AND JACK HAVE A PLAN
LF has been on a methadone script from the Yarrisdale Recovery Service since
2019. On 18/11/2025 Mia rang IF at 10.40pm because her mum was "asleep on the
floor and wouldn't wake up". Paramedics found that LF had used heroin on top of
her methadone; Mia and Jack had been on their own with her since teatime and
had not eaten. LF also has hepatitis C, which has not been treated, and has
missed two hospital appointments about it. At the conference there was very
little food in the house, Jack was going to school smelling of urine, and Mia
had been late 12 times this term.

2. WHAT MIA AND JACK HAVE SAID
Mia (seen on her own at school by LW, 20/01/2026): "I thought Mum was dead. I
rang Nana because I know her number by heart. Now I check on Mum before I go to
sleep. I like it when Nana does school, because we're never late." She said
she wants "Mum to be OK and not take the bad stuff" and to "not have to be the
one in charge".
Jack (seen at home by LW, 16/01/2026) said "Mia makes me toast" and "I wet the
bed but I don't tell because Mum's tired". He showed LW his football stickers
and asked if Nana could come every day.

3. OUTCOMES FOR MIA AND JACK (AS AGREED AT CONFERENCE)
  a) Mia and Jack are looked after every day and night by an adult who is
     awake, sober and able to care for them.
  b) Mia and Jack get to school on time, washed, in clean clothes and having
     had breakfast.
  c) Jack has a plan for his wet nights, and goes to school clean every day.
  d) Mia no longer feels she is in charge of her mum and her brother, and
     knows who to ring if she is worried.

4. UPDATES
LF: she has been to every key-work session since the conference and picks up
her methadone every day. She says she wants to show she can do this. KD: two
oral fluid tests since the conference, both negative for heroin. RT: the
children have been in on time every day this week. IF: happy to keep doing the
school runs on Mondays, Wednesdays and Fridays.

5. ACTIONS AGREED
Owners are given by their initials (see the key). When each action happens is
in the timetable at part 6. How the core group will know each action has
worked is in part 7.
 1  LW  Visit Mia and Jack at home, at least one visit in two unannounced, and
        see each child on their own.
 2  KD  Key-work with LF and an oral fluid test at each session; a written
        report to LW before each core group on whether LF is using on top of
        her methadone, what still needs to change for Mia and Jack, and how
        long that is likely to take.
 3  LF  Collect her methadone under supervision at Hollins Pharmacy and go to
        every key-work session with KD.
 4  LF  Keep her methadone and every other medicine in the locked box in her
        bedroom, with the key on her.
 5  RT  Check Mia's and Jack's attendance, lateness and whether they have had
        breakfast, and ring LW the same day about an absence with no reason
        or anything either child says that worries staff.
 6  IF  Take Mia and Jack to school on Mondays, Wednesdays and Fridays, and
        have them for tea every Wednesday.
 7  GH  Work with LF at home on a morning routine, a weekly shop and a meal
        plan.
 8  NB  See LF about her hepatitis C, refer her to the liver clinic at
        Yarrisdale General Hospital, and write to LW about her health, her
        prescriptions and any missed appointments.
 9  LW  Four sessions of direct work with Mia about the night of 18/11/2025,
        what it is like when her mum is unwell, and who she can go to.
10  AM  See Jack and LF about his wet nights, and set up a bedtime plan and a
        star chart with them.
11  LW  Hold a family network meeting with LF, IF and Dean Fallon to agree who
        looks after Mia and Jack if LF uses or IF cannot help.

6. ACTION TIMETABLE
Each line is a week, Monday to Friday. A number on a line means that action
happens that week; a number with a star (*) means a one-off action that must be
finished by the Friday of that week. The first line is for actions done every
day (action 5 on every school day).
  EVERY DAY, 23/01/2026 TO 07/04/2026 .......... 3, 4, 5
  w/c 26/01/2026 ............................... 1, 2, 6, 7, 8*
  w/c 02/02/2026 ............................... 1, 2, 6, 7, 9 (session 1), 10*
  w/c 09/02/2026 ............................... 1, 2, 6, 7, 9 (session 2), 11*
  w/c 16/02/2026 (half term; 6 not needed) ..... 1, 2, 7, 9 (session 3)
  w/c 23/02/2026 ............................... 1, 2, 6, 7, 9* (session 4)
  w/c 02/03/2026 ............................... 1, 2, 6, 7
  w/c 09/03/2026 ............................... 1, 2, 6, 7
  w/c 16/03/2026 ............................... 1, 2, 6, 7
  w/c 23/03/2026 ............................... 1, 2, 6, 7
  w/c 30/03/2026 ............................... 1, 2, 6, 7

7. HOW THE CORE GROUP WILL KNOW (BY ACTION NUMBER)
 1  Visit records show a visit in every week, both children seen, each seen on
    their own, and their words written down.
 2  KD's written report on file two working days before each core group, with
    the test results and his view of the likely timescale.
 3  The pharmacy's supervision record, sent by KD each month, shows every daily
    dose collected; KD's register shows every key-work session kept.
 4  LW sees the box locked, with the methadone inside, at every visit, and no
    medicines anywhere else in the house.
 5  RT's attendance sheet to LW every Friday; every same-day call logged on
    CPOMS; from February, attendance of 95% or more and no more than one late
    mark each half term.
 6  IF writes each school run and each Wednesday tea in the home diary, and RT
    confirms the children arrived on time on those days.
 7  GH's session notes on file; LW sees the meal plan on the fridge and food in
    the cupboards at her visits.
 8  NB's letter on the children's file, and the liver clinic appointment letter
    seen by LW.
 9  Mia's work from the four sessions (her drawings, her words and her safety
    card naming the adults she can ring) kept on file and brought to the
    review conference.
10  Jack's bedtime plan and star chart seen on his bedroom wall; AM's note to
    LW; no day on which school find Jack smelling of urine.
11  A written family network plan, saying who steps in and when, sent by LW
    to every core group member.

8. CONTINGENCY PLAN (RESTATED FROM THE CONFERENCE)
  - If LF uses heroin or any drug not prescribed to her (a positive test, KD
    or the pharmacy see signs, or the children or school tell us), or she is
    found unable to wake or to care for the children: Mia and Jack go to IF at
    12 Fenwick Close that day, LF does not care for them on her own until LW
    and KD agree it is safe, and LW holds a strategy discussion the same day.
  - If LF misses her methadone two days running: KD tells LW that day and LW
    visits the same day.
  - If IF cannot do the school runs or have the children (she is ill or away):
    Dean does the school runs and has the children at his home; if neither of
    them can, LW arranges Yarrisdale foster carers for Mia and Jack together
    the same day.
  - If LF has a positive test for heroin again before the review, or the
    children are found on their own with her unable to care for them, LW will
    ask her team manager, Harry Osei, for a legal planning meeting within five
    working days to decide whether to start the Public Law Outline.

9. DATES
  Core group every four weeks, Thursdays at 4.00pm, Fernlea Primary:
  19/02/2026 and 19/03/2026.
  Review child protection conference: Tuesday 07/04/2026, 1.30pm, Yarrisdale
  Civic Centre.
  LW will see Mia and Jack before each core group and bring their words.
==================================================================================
END OF RECORD CG-0041876
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, domestic abuse (father strangled the mother in
#    front of their son and drinks heavily), mother with depression, three
#    children. Landscape Word plan printed to PDF with a page header and
#    footer: the first column holds each stage, merged down beside its rows,
#    and one "How we will know" cell is merged across two rows. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yattlecote_icpc_da_stage_column_merged_checks_carter.pdf",
    "doc_title": "Child Protection Plan - Nia, Tyrese and Zara Carter",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 4,
    "header": "Yattlecote Metropolitan Borough Council \u2013 Child Protection Plan \u2013 Carter children",
    "footer": "Initial conference 27/01/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "icpc-da-landscape-word-plan-printed-to-pdf-page-header-footer-details-list-why-childrens-words-outcomes-then-one-table-stage-name-and-time-in-first-column-merged-down-no-action-lead-how-we-will-know-one-check-merged-over-two-rows-contingency-separate-legal-planning-section-meetings",
    "description": (
        "Initial conference plan for a 12-year-old, an 8-year-old and a 3-year-old after their "
        "father, who drinks heavily, strangled their mother in front of the 8-year-old; the "
        "mother has depression. A landscape Word plan printed to PDF with a page header and "
        "footer; one table whose first column holds each stage and its time, merged down beside "
        "its rows ('Making the children safe now, 27/01/2026 to 13/02/2026'; 'Every week until "
        "the review conference'). Most rows are sound (IDVA, safety plans, GP, police, weekly "
        "visits, the alcohol service's report on change, nursery, perpetrator programme, the "
        "health visitor's review with its own date). Faults: the third stage, 'Later on', gives "
        "no time, so two of its rows have none and a third is only 'when a place is available'; "
        "one 'Monitored at core group' cell is merged beside both schools' rows; the alcohol "
        "assessment has no output; the CPN only supports the mother; 'All agencies' report "
        "sightings; the contingency's only trigger is the situation deteriorating (the legal "
        "step is in a separate section); the review conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yattlecote Metropolitan Borough Council \u00b7 Children's Services \u00b7 Safeguarding and "
              "Assessment Team (West)"),
        ("kv", [
            ("Children", "Nia Carter (12), DOB 14/10/2013, Yattlecote High School; Tyrese Carter (8), DOB "
                         "02/05/2017, Moorside Primary School; Zara Carter (3), DOB 19/11/2022, Sunflowers "
                         "Nursery"),
            ("Address", "5 Haddon Walk, Yattlecote YT3 9NE"),
            ("Mother", "Ama Mensah (34)"),
            ("Father", "Dwayne Carter (37). On police bail since 04/01/2026 with conditions not to contact Ama "
                       "or go to Haddon Walk"),
            ("Category", "Emotional abuse (all three children)"),
            ("Conference", "Initial child protection conference, Tuesday 27/01/2026. Chair: Gloria Fenn (IRO)"),
            ("Social worker", "Claire Moffat (team manager: Marcus Obi)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "On 03/01/2026 Dwayne came home drunk, argued with Ama and put his hands round her neck in the "
              "kitchen while Tyrese watched from the doorway. Nia rang 999. Dwayne was arrested and charged, "
              "and is on bail. The police had been called to the house four times in 2025, each time after "
              "Dwayne had been drinking. Ama has depression and has been seen by the Community Mental Health "
              "Team since 2024; she told the conference she had kept the violence secret because she was "
              "frightened the children would be taken. Tyrese has been wetting himself at school since "
              "January and Nia has missed nine days this term."),
        ("h1", "What the children have told us"),
        ("p", "Nia (seen on her own at school, 16/01/2026): \u201cI hate that Tyrese saw it. I'm the one who "
              "rings the police, every time. I don't want Dad back until he stops drinking. I want to stop "
              "checking the window at night.\u201d"),
        ("p", "Tyrese (seen at school, 20/01/2026) drew his dad \u201cbeing a monster\u201d and his mum crying, "
              "then himself in his bedroom with his tablet. He said: \u201cI miss Dad's car. I don't miss the "
              "shouting.\u201d"),
        ("p", "Zara (seen at home, 22/01/2026) played with her dolls' house and made the daddy doll shout and "
              "throw the mummy doll. She went to Ama for a cuddle when a door banged, and she babbled happily "
              "to Nia over tea."),
        ("h1", "What we want for Nia, Tyrese and Zara"),
        ("bullets", [
            "Nia, Tyrese and Zara live in a home where they do not see, hear or get caught up in violence.",
            "Nia and Tyrese know what to do and who to ring if they feel unsafe, and no longer feel it is their "
            "job to protect their mum.",
            "Nia and Tyrese are at school every day, and Zara goes to every nursery session.",
            "Zara's speech and play develop as they should for her age.",
        ]),
        ("h1", "The plan"),
        ("p", "The first column gives each stage and when its actions happen."),
        ("table", {
            "header": ["Stage", "No.", "Action", "Lead", "How we will know"],
            "widths": [3.6, 1.0, 9.4, 5.0, 6.7],
            "rows": [
                ["STAGE 1\nMaking the children safe now\n27/01/2026 to 13/02/2026",
                 "1",
                 "Help Ama apply to the family court for a non-molestation order and an occupation order",
                 "Simone Achebe, IDVA, Yattlecote Domestic Abuse Service",
                 "Orders granted and copies on the children's file; Ama keeps her copy to show the police"],
                [V, "2",
                 "Write a safety plan with Ama, and with Nia and Tyrese in words they understand, saying who "
                 "each of them will ring and where they will go",
                 "Claire Moffat, social worker (SW)",
                 "Signed safety plans on file; Nia and Tyrese can tell the SW, when seen alone, who they would "
                 "ring"],
                [V, "3",
                 "Complete an alcohol assessment with Dwayne",
                 "Phil Gorman, Yattlecote Alcohol Service",
                 "-"],
                [V, "4",
                 "Review Ama's antidepressant and send the SW a summary of her health and any missed "
                 "appointments",
                 "Dr Helen Farrow, GP, Moorside Health Centre",
                 "GP letter on the children's file"],
                [V, "5",
                 "Share every domestic abuse call-out, and any breach of Dwayne's bail conditions, with the SW "
                 "by the next working day",
                 "PC Gareth Rowe, Yattlecote Police Domestic Abuse Unit",
                 "Police notifications on the children's file within one working day of each incident"],
                ["STAGE 2\nKeeping it going\nEvery week until the review conference",
                 "6",
                 "Visit the children at home, at least one visit in two unannounced, and see Nia and Tyrese on "
                 "their own",
                 "Claire Moffat (SW)",
                 "Visit records show a visit every week, with each child's words written down"],
                [V, "7",
                 "Check Nia's attendance every day and ring the SW the same day if she is absent or says "
                 "something worrying",
                 "Mrs Kemi Lawal, DSL, Yattlecote High School",
                 "Monitored at core group"],
                [V, "8",
                 "Check Tyrese's attendance and how he presents each day, and ring the SW the same day about "
                 "any worry",
                 "Mr Paul Dyson, DSL, Moorside Primary School",
                 V],
                [V, "9",
                 "Support visits to Ama for her low mood",
                 "Lisa Brandt, CPN, Yattlecote Community Mental Health Team",
                 "Appointments kept, as shown on the CMHT attendance list"],
                [V, "10",
                 "Key-work with Dwayne about his drinking, with a breath test at each session, and a written "
                 "report before each core group on whether he has cut down and what this means for the "
                 "children",
                 "Phil Gorman, Yattlecote Alcohol Service",
                 "Written report on file before each core group, with the breath test results"],
                [V, "11",
                 "Let the SW know the same day about any sighting of Dwayne near the house or the children's "
                 "schools",
                 "All agencies",
                 "Each report logged on the children's file"],
                [V, "12",
                 "Record Zara's attendance and how she presents at every session, and ring the SW the same day "
                 "with any worry",
                 "Sunflowers Nursery (key worker: Beth Hollis)",
                 "Weekly attendance email to the SW; every call logged"],
                [V, "13",
                 "Go to the Yattlecote Choices domestic abuse perpetrator programme every Tuesday evening for "
                 "26 weeks",
                 "Dwayne Carter",
                 "Attendance report from the programme worker to the SW after every fourth session"],
                ["STAGE 3\nLater on",
                 "14",
                 "Complete therapeutic work with Nia about what she has seen at home",
                 "Dr Reena Shah, clinical psychologist, Yattlecote CAMHS",
                 "Nia's end-of-therapy letter copied to the SW, saying what Nia now does when she feels "
                 "frightened"],
                [V, "15",
                 "Help Ama apply for a move to a house away from Dwayne's family",
                 "Claire Moffat (SW), with Yattlecote Homes",
                 "Housing application and banding letter on file"],
                [V, "16",
                 "Refer Tyrese to the Yattlecote Young Voices group when a place is available",
                 "Claire Moffat (SW)",
                 "Group attendance sheet sent to the SW"],
                [V, "17",
                 "Do Zara's two-year development review and share the results with the nursery and the SW by "
                 "27/03/2026",
                 "Kelly Ngata, health visitor, Yattlecote 0-19 Service",
                 "Review summary on file, with any referral made"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If the situation at home deteriorates, Ama and the children will go to the Yattlecote refuge and "
              "the police will be informed. The core group will then meet to review the plan."),
        ("h1", "Legal planning"),
        ("p", "If Dwayne breaches his bail conditions or a court order, or there is another incident of violence "
              "at the house, the SW will ask Marcus Obi for a legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Wednesdays at 10am, Moorside Primary School: 11/02/2026, 04/03/2026 "
            "and 25/03/2026.",
            "Review child protection conference: date to be confirmed.",
        ]),
    ],
    "findings": [
        F("M001", "Complete an alcohol assessment with Dwayne"),
        F("M002", "Check Nia's attendance every day and ring the SW"),
        F("M002", "Check Tyrese's attendance and how he presents each day"),
        F("H001", "Support visits to Ama for her low mood"),
        F("W002", "Let the SW know the same day about any sighting"),
        F("T001", "Complete therapeutic work with Nia about what she has seen"),
        F("T001", "Help Ama apply for a move to a house"),
        F("T002", "Refer Tyrese to the Yattlecote Young Voices group"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan for a 7-month-old born at 28 weeks, on
#    home oxygen and NG top-up feeds; father smoked beside the oxygen and
#    uses cocaine, mother with anxiety and low mood since the neonatal unit.
#    Landscape Word plan: each outcome carries its own "How we will know"
#    checks naming the actions; the action table has outcome banner rows
#    and a Who cell merged down two rows, and no time column; the times are
#    in a month grid (every day / week / two weeks / finished by the end of
#    the month) listing action numbers. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b141_yallowmede_rcpc_home_oxygen_outcome_checks_month_grid_reid.docx",
    "doc_title": "Review Child Protection Plan - Isaac Reid",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 1,
    "template": "rcpc-landscape-word-plan-details-list-what-has-changed-babys-day-parents-views-then-outcomes-each-with-how-we-will-know-paragraph-naming-action-numbers-then-action-table-no-what-who-under-outcome-banner-rows-who-merged-down-no-time-column-then-month-grid-every-day-week-two-weeks-finished-by-end-of-month-listing-action-numbers-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 7-month-old born at 28 weeks, with chronic "
        "lung disease, on home oxygen and NG tube top-up feeds, after his father's cigarette burnt "
        "through the oxygen tubing; the father uses cocaine at weekends and the mother has had "
        "anxiety and low mood since the neonatal unit. A landscape Word plan: each outcome is "
        "followed by its own 'How we will know' paragraph naming the action numbers it checks; "
        "the action table (No. | What will happen | Who) groups the actions under shaded outcome "
        "banner rows, with the community nurse's Who cell merged down two rows, and has no time "
        "column; a month grid after it lists the action numbers that happen every day, every week "
        "or every two weeks, or are finished by the end of each month, up to the review. The drug "
        "service and the perinatal psychologist report on change, the grandmother's Saturdays "
        "have a fallback, legal planning follows named triggers, core group and review dates are "
        "set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Yallowmede City Council \u00b7 Children's Social Work Service \u00b7 Family Safeguarding Team 4"),
        ("kv", [
            ("Child", "Isaac Reid, DOB 14/06/2025 (7 months; born at 28 weeks, so about 4 months corrected)"),
            ("Isaac's health", "Chronic lung disease of prematurity; home oxygen through a nasal cannula day and "
                               "night; NG tube top-up feeds after each bottle"),
            ("Address", "Flat 12, Cedar Court, Linfield Road, Yallowmede YL4 8SB"),
            ("Mother", "Jess Reid (20)"),
            ("Father", "Liam Sutcliffe (23), lives with Jess and Isaac"),
            ("Maternal grandmother", "Margaret Reid, 3 Poplar Mews, Yallowmede"),
            ("Paternal uncle", "Kyle Sutcliffe, 44 Dale View, Yallowmede"),
            ("Category", "Neglect"),
            ("Plan made", "Initial child protection conference, 28/10/2025"),
            ("This conference", "First review child protection conference, Tuesday 27/01/2026. Chair: Hugh "
                                "Pemberton (IRO)"),
            ("Social worker", "Ana Ferreira (team manager: Ruth Akinola)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "On 04/10/2025 a cigarette Liam had left on the arm of the sofa burnt through Isaac's oxygen "
              "tubing, and the fire service put out a small fire in the living room. At the initial "
              "conference Isaac had missed three of five respiratory and dietetic clinics, his NG tube had "
              "twice been left out overnight, and he had dropped from the 25th to the 9th centile. Liam told "
              "the conference he uses cocaine most weekends. Jess has had anxiety and low mood since Isaac's "
              "ten weeks on the neonatal unit."),
        ("p", "Since then Liam has smoked only outside the building, and nobody has smelt smoke in the flat at "
              "any visit since November. Liam's last six urine tests at the drug service were negative. Isaac "
              "has been to every clinic since December and is back on the 9th centile, but his NG tube came "
              "out on two Sundays in January and was not put back until the nurse came on the Monday."),
        ("h1", "Isaac's day"),
        ("p", "Isaac was seen at home on 13/01/2026 and 21/01/2026. He lies on his playmat with his oxygen "
              "tubing taped to his cheek and kicks hard when his mobile is switched on. He follows Jess with "
              "his eyes around the room and smiles when she sings to him; he turns away and gets breathless "
              "when the television is loud. After a bottle he is tired and sweaty and dozes on Liam's chest "
              "while the top-up feed runs. He grizzles when his tube is taped, and settles when Margaret "
              "holds his hand and talks to him."),
        ("h1", "What Jess and Liam said"),
        ("p", "Jess said she is proud that Isaac has been to every clinic since December, and frightened of the "
              "tube: \u201cI panic when it comes out, so I leave it for Megan.\u201d Liam said: \u201cI know "
              "the fire was on me. I won't smoke anywhere near him again.\u201d"),
        ("h1", "Outcomes for Isaac, and how we will know"),
        ("boldp", "Outcome 1 \u2013 Isaac breathes safely at home: nobody smokes in the flat or near his oxygen, "
                  "and his equipment is always set up safely."),
        ("p", "How we will know: Gill's equipment check sheet, left in the flat and copied to Ana each week, "
              "shows the tubing undamaged and no sign of smoking (action 1); the fire service's visit record "
              "shows the alarms fitted and the fire-safety rules gone through with both parents (action 2); "
              "the stop smoking clinic's register, sent to Ana each month, shows Liam there every week "
              "(action 3); Ana's visit records show no smell of smoke, no ash and no cigarettes in the flat, "
              "and what Isaac was doing and how Jess and Liam responded to him (action 4)."),
        ("boldp", "Outcome 2 \u2013 Isaac gets every feed and keeps growing: his NG tube is put back the same "
                  "day if it comes out, and he stays on or above the 9th centile."),
        ("p", "How we will know: Megan's visit notes show Isaac weighed twice a week and any tube that came out "
              "re-passed the same day (action 5); Megan's training record is signed off when Liam has passed "
              "the tube safely three times while she watches (action 6); Rukhsana's clinic letter, with "
              "Isaac's target weight, is on file after each clinic (action 7); the fridge chart, checked and "
              "signed by Megan at each visit, shows every feed, including Saturdays at Margaret's (actions 8 "
              "and 9); Isaac's weight in his red book stays on or above the 9th centile."),
        ("boldp", "Outcome 3 \u2013 Isaac gets to every hospital and clinic appointment he needs."),
        ("p", "How we will know: the transport booking confirmations are on file before each appointment "
              "(action 10); the clinic letters show every respiratory and dietetic appointment attended "
              "(action 11); Dr Abara's letter after each clinic, with Isaac's oxygen needs, is on file within "
              "a week (action 12)."),
        ("boldp", "Outcome 4 \u2013 Isaac is cared for by parents who are never under the influence of drugs "
                  "when they look after him, and whose mood lets them notice and answer him."),
        ("p", "How we will know: Sean's written report before each core group, with every weekly urine test "
              "negative for cocaine (actions 13 and 14); Dr Frame's written report before each core group "
              "(action 15); Priya's scores after each video session, shared with Jess, Liam and Ana, show the "
              "parents noticing and answering more of Isaac's cues (action 16)."),
        ("h1", "The plan"),
        ("p", "The actions sit under the outcome they are for (the shaded rows); the checks under each outcome "
              "above say how we will know each action has worked. Where one Who box runs down beside two "
              "rows, that person leads both. When each action happens is in the month grid after the table."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.2, 15.5, 9.0],
            "rows": [
                ["OUTCOME 1 \u2013 Isaac breathes safely at home", H, H],
                ["1", "Check Isaac's oxygen concentrator, cylinders and tubing at home, and look for any sign of "
                      "smoking near them",
                 "Gill Harper, home oxygen nurse, Yallowmede Children's Community Nursing"],
                ["2", "Home fire safety visit: fit smoke alarms in every room Isaac uses, and go through the "
                      "oxygen fire-safety rules with Jess and Liam",
                 "Station Officer Dean Malik, Yallowmede Fire and Rescue Service"],
                ["3", "Go to the stop smoking clinic, and smoke only outside the building, never in the flat, on "
                      "the balcony or in a car with Isaac",
                 "Liam Sutcliffe (Dad)"],
                ["4", "Unannounced visits to see Isaac, his oxygen and the room he sleeps in, and to write down "
                      "how Jess and Liam respond to him",
                 "Ana Ferreira, social worker (SW)"],
                ["OUTCOME 2 \u2013 Isaac gets every feed and keeps growing", H, H],
                ["5", "Visit on Mondays and Thursdays to weigh Isaac, check his NG tube and his feed chart, and "
                      "re-pass the tube the same day if it has come out",
                 "Megan Lowry, children's community nurse, Yallowmede Children's Community Nursing"],
                ["6", "Teach Liam to pass Isaac's NG tube and check its position, so that either parent can do it "
                      "safely",
                 V],
                ["7", "See Isaac at the dietetic clinic, review his feed plan and set his target weight",
                 "Rukhsana Begum, paediatric dietitian, Yallowmede Children's Hospital"],
                ["8", "Give every feed on Isaac's feed plan and write each one on the fridge chart",
                 "Jess Reid and Liam Sutcliffe"],
                ["9", "Have Isaac every Saturday from 10am to 4pm, with his portable oxygen, and give and chart "
                      "his feeds",
                 "Margaret Reid (maternal grandmother)"],
                ["OUTCOME 3 \u2013 Isaac gets to every appointment he needs", H, H],
                ["10", "Book hospital transport for every clinic appointment and text Jess a reminder two days "
                       "before",
                 "Ana Ferreira (SW)"],
                ["11", "Take Isaac to his respiratory clinic appointments on 19/02/2026 and 16/04/2026 and to "
                       "every dietetic appointment",
                 "Jess Reid (Mum)"],
                ["12", "See Isaac at the respiratory clinic, check his oxygen needs, and write to the GP, Megan "
                       "and the SW after each clinic",
                 "Dr Philip Abara, consultant paediatrician (respiratory), Yallowmede Children's Hospital"],
                ["OUTCOME 4 \u2013 Isaac is cared for by parents who are sober and can notice and answer him",
                 H, H],
                ["13", "Key-work with Liam about his cocaine use, with a urine test each week, and a written "
                       "report before each core group on whether he has stopped, what still needs to change for "
                       "Isaac and how likely he is to stay stopped",
                 "Sean Hartley, recovery worker, Yallowmede Drug and Alcohol Service"],
                ["14", "Not use cocaine or any drug not prescribed to him, at any time, so that he is always fit "
                       "to care for Isaac",
                 "Liam Sutcliffe (Dad)"],
                ["15", "See Jess every two weeks for therapy for her anxiety and low mood since Isaac's time on "
                       "the neonatal unit, and report before each core group on whether she is making the "
                       "changes Isaac needs and how long more change is likely to take",
                 "Dr Nicola Frame, clinical psychologist, Yallowmede Perinatal Mental Health Service"],
                ["16", "Video interaction guidance with Jess, Liam and Isaac, scoring how the parents notice and "
                       "answer Isaac's cues",
                 "Priya Nair, specialist health visitor (infant mental health), Yallowmede 0-19 Service"],
            ],
        }),
        ("h1", "When each action happens"),
        ("p", "Each row is a month up to the review conference. The numbers are the action numbers in the plan. "
              "An action in the last column is a one-off that is finished by the end of that month (for action "
              "10, that month's bookings)."),
        ("table", {
            "header": ["Month", "Every day", "Every week", "Every two weeks", "Finished by the end of the month"],
            "widths": [6.5, 3.5, 5.5, 4.0, 6.2],
            "rows": [
                ["February 2026 (from 28/01/2026)", "8, 14", "1, 3, 4, 5, 9, 13", "15, 16", "2, 6, 7, 10, 11, 12"],
                ["March 2026", "8, 14", "1, 3, 4, 5, 9, 13", "15, 16", "10"],
                ["April 2026", "8, 14", "1, 3, 4, 5, 9, 13", "15, 16", "7, 10, 11, 12"],
                ["1 to 12 May 2026 (until the review conference)", "8, 14", "1, 3, 4, 5, 9, 13", "15, 16", "10"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If anyone smells smoke in the flat or finds cigarettes, ash or burn marks near Isaac's oxygen: Gill or "
            "Ana tells the other the same day, the fire service is asked to visit that day, Liam leaves the flat "
            "and stays with Kyle at Dale View, and Ana holds a strategy discussion the same day.",
            "If Liam has a positive test for cocaine or is seen under the influence: he leaves the flat that day "
            "and sees Isaac only at Margaret's, with Margaret there, until a strategy discussion agrees otherwise.",
            "If Isaac is below the 9th centile at two weighs in a row, his tube is left out overnight, or he misses "
            "a respiratory clinic without a reason: Megan visits the same day, and if Isaac is unwell he is "
            "admitted to the children's ward at Yallowmede Children's Hospital.",
            "If Margaret cannot have Isaac on Saturdays or supervise Liam's time with him (she is ill or away): "
            "Liam sees Isaac at the Yallowmede Family Centre with a worker there; and if Isaac needs to stay "
            "somewhere else and Margaret cannot have him, Ana arranges a foster carer trained in home oxygen the "
            "same day.",
            "If there is a second fire-safety incident, Liam has two positive tests, or by the review conference "
            "Isaac is below the 9th centile or missing appointments again, Ana will ask Ruth Akinola for a legal "
            "planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm, Linfield Road Children's Centre: 10/02/2026, "
            "10/03/2026 and 07/04/2026.",
            "Next review child protection conference: Tuesday 12/05/2026, 10.30am, Yallowmede Civic Centre.",
        ]),
    ],
    "findings": [],
})
