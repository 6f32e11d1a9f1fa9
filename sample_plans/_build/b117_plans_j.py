"""Batch 117, module j: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals, prisons and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose timescales, measures and owners are not written beside
each action, in layouts batches 113 to 116 did not use. Times are given once
for a group: in a first column of stage names merged down one big table
(each stage cell giving its date or frequency), in a calendar whose rows are
weeks and whose cells list action numbers ("to be finished by the Friday" /
"happening this week"), in a line that opens each part of a letter's
attached table, in plain-text part headings ("PART A - IN THE NEXT 28 DAYS:
ALL BY FRIDAY 12 DECEMBER 2025"), in merged banner rows inside one table
("PHASE 2 - weeks 5 to 10"), in table captions, and in Markdown headings
such as "Before the baby is born - all by 36 weeks". Measures sit apart: in
"How we will know" cells merged down two rows, in an appendix of success
criteria keyed by action number or reference, in an outcome table whose
checks the actions point to ("For outcome 2"), in a checks list after each
part, and in a "How we will know" table at the end. Owners are given once
for a group: "ROSA KEMP, SOCIAL WORKER, WILL:" lists, bold "... will:"
lead-ins, and Who / Lead cells merged down. The children include a baby
with a shunt for hydrocephalus, a 13-year-old young carer for a mother with
multiple sclerosis, two children whose mother is on a psychiatric ward,
a boy with type 1 diabetes on an insulin pump, two children stepping down
to child in need while their father is in prison, and an unborn baby.

Four plans are exemplary: the shunt baby's plan with a merged stage column
and merged "How we will know" cells (docx); the young carer's plan with a
week calendar and a success criteria appendix (pdf); the social worker's
letter to a father, with the outcomes' checks and an attached table in three
timed parts (md); and a plain-text plan grouped by part and by owner with a
checks list after each part (txt). Three carry realistic faults among
mostly good rows: a diabetes plan in one table with phase banner rows whose
last phase has no time, a "Family network" Who cell and a vague "How we will
know" cell merged down two rows, an assessment with no output, a CMHT that
only supports, an adult-only outcome, no fallback for the relatives and no
review conference date (docx); a child in need step-down plan whose appendix
leaves two references out and calls one measure "engagement", with "All
agencies" as a lead, a third table with no time, talking therapy that only
treats, no core group or review conference and no legal step (pdf); and a
pre-birth plan whose "Also agreed" part has no time, whose measures table
leaves the pre-birth assessment out, with "The family will:" items, a
perinatal nurse who only supports and no fallback for the family (md).

Counting actions (convention 1): every row of an action table and every
numbered or lettered item of an action section counts; stage cells, banner
rows, captions and part headings that only give a time, the calendar, the
checks, criteria and "how we will know" lists and tables, the outcomes, the
contingency and the meeting dates do not. No plan here has an action marked
done. Reading for these layouts (convention 12): a time given once for a
stage, phase, part, table or heading is every action's timescale there, and
a phase, table or heading with no time gives none (T001); a merged Who or
How we will know cell is the owner or measure of every row it spans; a
measure kept apart counts for an action when it names the action's number or
reference, or sits in the check of the outcome the action points to, and an
action such a list leaves out, with no measure of its own, gets M001.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a four-month-old with hydrocephalus and a
#    VP shunt, after a late presentation with a blocked shunt; mother with
#    bipolar disorder, father's cannabis use, grandmother staying two nights
#    a week. One table: the first column holds three stages merged down
#    (each stage cell gives the time), and four "How we will know" cells are
#    merged down two rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_jeddersley_shunt_baby_merged_stage_and_know_cells_pryce.docx",
    "doc_title": "Child Protection Plan - Rowan Pryce",
    "split": "tune",
    "actions": 14,
    "check_vmerge": 7,
    "template": "icpc-baby-medical-needs-word-plan-details-list-why-going-well-rowans-day-observed-outcomes-then-one-table-stage-column-merged-down-with-the-time-in-each-stage-cell-no-what-who-and-how-we-will-know-cells-merged-over-pairs-of-rows-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old with hydrocephalus and a VP shunt, "
        "brought to hospital late with a blocked shunt after two missed clinic appointments; his "
        "mother has bipolar disorder and his father smokes cannabis. One Word table: the first "
        "column is three stages merged down, each stage cell giving the time for every row beside "
        "it ('all by Friday 28/11/2025', 'every week from 24/11/2025 until the review conference', "
        "'by the review conference'), and four 'How we will know' cells each run down two rows and "
        "are the check for both. Rowan's day is recorded from what was seen; the perinatal "
        "psychiatrist and nurse both assess change, the drug service reports on Callum, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jeddersley Metropolitan Borough Council · Children's Services · Safeguarding Team North"),
        ("kv", [
            ("Child", "Rowan Pryce, born 14/07/2025 (4 months)"),
            ("Address", "Flat 5, 19 Larch Way, Jeddersley JD4 2NP"),
            ("Mother", "Shannon Pryce (24)"),
            ("Father", "Callum Reid (27), lives with Shannon and Rowan"),
            ("Maternal grandmother", "Denise Pryce (51), 7 Hawthorn Rise, Jeddersley"),
            ("Paternal aunt", "Jodie Reid (30), 3 Canal Side, Jeddersley"),
            ("Rowan's health", "Hydrocephalus found on his newborn check; a ventriculo-peritoneal (VP) shunt was put "
                               "in at three weeks old at Jeddersley Children's Hospital and replaced on 17/10/2025 "
                               "after it blocked. He needs his head measured regularly and neurosurgery and eye "
                               "clinic follow-up."),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Tuesday 18/11/2025. Chair: Gillian Marr (IRO)"),
            ("Social worker", "Grace Ofori (team manager: Neil Ashdown)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 17/10/2025 Shannon and Callum brought Rowan to the Children's Emergency Department after he "
              "had been vomiting and unusually sleepy for two days. His shunt had blocked, the soft spot on his "
              "head was bulging, and he had an emergency operation that night. The neurosurgeons said he should "
              "have been brought in a day sooner. Rowan had missed his neurosurgery clinic appointments in August "
              "and September, and there had been no head measurement in his red book since he came home."),
        ("p", "Shannon has bipolar disorder. She stopped her lithium when she was pregnant and restarted it in "
              "September; she told the conference that in the week before the admission she was hardly sleeping "
              "and “thought Rowan was just teething”. Callum smokes cannabis most evenings and was asleep on the "
              "settee on the night Rowan was vomiting most."),
        ("h1", "What is going well"),
        ("p", "Both parents were on the ward every day of Rowan's nine-day stay and learnt to care for his wound. "
              "Shannon is back on lithium and is seen by the perinatal mental health team. Callum has agreed to "
              "see the drug service and says he has stopped smoking in the flat. Denise has stayed two nights a "
              "week since Rowan came home, and Jodie has offered to help."),
        ("h1", "Rowan's day"),
        ("p", "Rowan is too young to tell us what life is like for him, so this is what we have seen. On the SW's "
              "visit on 12/11/2025 he lay on his playmat following a rattle with his eyes, smiled and kicked when "
              "Callum talked to him, and cried hard when he was laid flat straight after a feed. He takes about "
              "150ml every four hours. He settled within a minute on Denise's shoulder. The health visitor saw "
              "Shannon gently feel his soft spot before a feed, as the ward nurse had shown her. On the ward the "
              "nurses wrote that he was fed on time and that both parents did his nappies, baths and wound care."),
        ("h1", "What we want for Rowan"),
        ("numbers", [
            "Any sign that Rowan's shunt is not working is spotted and acted on the same day, and he is seen at "
            "every neurosurgery and eye clinic appointment.",
            "Rowan is cared for every day and every night by an adult who is well, sober and awake enough to "
            "notice when he is poorly.",
            "Rowan grows and develops well, with his weight and his head growth on their expected lines.",
            "Rowan lives in a home that is free of cannabis smoke.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table. The first column says when: every action beside a stage is to be done by "
              "the date in that stage, or, in stage B, happens every week of it. Where one 'How we will know' "
              "box runs down two rows, it is the check for both actions."),
        ("table", {
            "header": ["When", "No.", "What will happen", "Who", "How we will know"],
            "widths": [2.9, 0.9, 5.6, 3.3, 4.3],
            "rows": [
                ["Stage A – straight away: all by Friday 28/11/2025",
                 "1",
                 "Teach Shannon, Callum and Denise the signs that Rowan's shunt may be blocked (vomiting, a tight "
                 "or bulging soft spot, unusual sleepiness, eyes turning down) and what to do, and give them the "
                 "ward's red card with its 24-hour number",
                 "Lucy Farrant, neurosurgery nurse specialist, Jeddersley Children's Hospital",
                 "Lucy's teaching record, signed by all three adults, is on file. At the SW's next visit each of "
                 "them can name four signs without looking at the card, and the card is on the fridge with the "
                 "ward's number saved in both parents' phones."],
                [V,
                 "2",
                 "Put the red card on the fridge, save the ward's number in both phones, and keep Rowan's head "
                 "measurement sheet with his red book",
                 "Shannon Pryce and Callum Reid (parents)",
                 V],
                [V,
                 "3",
                 "Rebook Rowan's missed neurosurgery and eye clinic appointments on days when Callum is not at "
                 "work, book hospital transport, and send the new dates to the SW",
                 "Kerry Dawes, neurosurgery clinic co-ordinator, Jeddersley Children's Hospital",
                 "Both appointment letters and the transport booking are on the SW's file."],
                [V,
                 "4",
                 "See Shannon, review her lithium and her mood since Rowan's admission, and assess how her "
                 "bipolar disorder affects her care of Rowan, whether she can make and keep the changes he needs "
                 "and how long that is likely to take",
                 "Dr Helen Oduya, consultant perinatal psychiatrist, Jeddersley Perinatal Mental Health Team",
                 "Both written assessments are on file by 28/11/2025, each giving the service's view of whether "
                 "the parent can make the changes Rowan needs and by when, and both are read at the core group "
                 "on 02/12/2025."],
                [V,
                 "5",
                 "Assess Callum's cannabis use, agree a plan with him not to smoke in the flat or while he is "
                 "caring for Rowan, and say whether he is likely to keep to it",
                 "Mo Haddad, recovery worker, Jeddersley Drug and Alcohol Service",
                 V],
                ["Stage B – every week from 24/11/2025 until the review conference on 10/02/2026",
                 "6",
                 "Visit Rowan at home, one visit in three unannounced and one in four in the evening; see him "
                 "awake, watch each parent feed and handle him, and look at where he sleeps",
                 "Grace Ofori, SW",
                 "Visit records show Rowan seen awake every week, with what each parent did and where he sleeps "
                 "written down."],
                [V,
                 "7",
                 "Weigh Rowan and measure his head at home or at the Larch Way clinic, check his soft spot and his "
                 "development, and ring Lucy Farrant the same day if his head has grown faster than his line",
                 "Ruth Bamber, health visitor",
                 "Weight and head size plotted in the red book and on the neurosurgery chart: weight stays on or "
                 "above the 25th centile and head growth on its line, or a same-day call to Lucy is logged."],
                [V,
                 "8",
                 "Visit Shannon at home, check her mood against her written relapse signs, watch a feed with "
                 "Rowan, and report in writing to each core group on whether her care of Rowan is changing and "
                 "what still has to change",
                 "Abi Kerr, perinatal mental health nurse, Jeddersley Perinatal Mental Health Team",
                 "Abi's written report is on file before each core group, saying which relapse signs she has seen "
                 "and what she saw of Shannon's care of Rowan."],
                [V,
                 "9",
                 "Go to key-work at the Drug and Alcohol Service, with a urine screen, so that he is clear of "
                 "cannabis whenever he is looking after Rowan",
                 "Callum Reid (Dad)",
                 "Mo Haddad's attendance list and screen results reach the SW every Friday; every screen is "
                 "negative from the week of 22/12/2025."],
                [V,
                 "10",
                 "Stay overnight at the flat every Friday and Saturday and do Rowan's night feeds and checks, so "
                 "that Shannon can sleep",
                 "Denise Pryce (maternal grandmother)",
                 "Rowan's diary on the fridge has an entry for every feed and every night, Denise's nights "
                 "included, and the SW and HV read it at each visit. Any call to the ward is in the ward's phone "
                 "log, which Lucy sends to the SW every Friday."],
                [V,
                 "11",
                 "Keep Rowan's feed, sleep and symptom diary every day, and ring the ward the same day if they see "
                 "any sign on the red card",
                 "Shannon Pryce and Callum Reid (parents)",
                 V],
                ["Stage C – by the review conference on Tuesday 10/02/2026",
                 "12",
                 "Take Rowan to his neurosurgery clinic and eye clinic appointments, using the hospital transport "
                 "booked for them",
                 "Shannon Pryce and Callum Reid; transport booked by Kerry Dawes",
                 "A letter from each clinic confirms that Rowan was seen (the Child Development Centre's letter "
                 "with his therapy plan), and reaches the SW and the HV within a week of each appointment."],
                [V,
                 "13",
                 "See Rowan at the Jeddersley Child Development Centre, check his movement and development, and "
                 "write a plan of therapy and follow-up with his parents",
                 "Dr Farah Siddiqui, community paediatrician",
                 V],
                [V,
                 "14",
                 "Hold a family network meeting with Shannon, Callum, Denise and Jodie, and write down who steps "
                 "in if Denise cannot stay or a parent is unwell",
                 "Grace Ofori, SW",
                 "The written network plan is sent to every core group member within a week of the meeting."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Rowan shows any sign on the red card, whoever is with him rings the ward at once and takes him to "
            "the Children's Emergency Department, or calls 999 if he is very sleepy or has a fit. The ward tells "
            "Grace the same day.",
            "If Shannon shows her relapse signs (two nights without sleep, a very high or very low mood, or missed "
            "lithium), Callum or Denise rings Abi Kerr or the perinatal crisis line that day. Shannon is not left "
            "alone with Rowan until the perinatal team has seen her, and Denise moves into the flat until then.",
            "If Callum is found under the influence of cannabis while caring for Rowan, or cannabis is smelt in the "
            "flat, Callum goes to stay with Jodie that day, Rowan is cared for by Shannon only while Denise is in "
            "the flat, and Grace holds a strategy discussion the same day.",
            "If Denise cannot stay (she is ill or away, or stops helping), Jodie stays instead. If neither can, "
            "Grace arranges that day for Rowan and Shannon to go to a parent and child foster placement or, if "
            "Shannon is unwell, for Rowan to go to emergency foster carers whom Lucy Farrant has shown how to care "
            "for his shunt.",
            "If Rowan misses another clinic appointment, a sign of a blocked shunt is not acted on the same day, or "
            "Dr Oduya's assessment says Shannon cannot make the changes in Rowan's timescale, Grace will ask Neil "
            "Ashdown for a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Larch Way Family Centre: 02/12/2025, 30/12/2025 and "
            "27/01/2026.",
            "Review child protection conference: Tuesday 10/02/2026, 10am, Jeddersley Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a 13-year-old young carer and her
#    7-year-old brother; their mother has multiple sclerosis and has been
#    taking more morphine and pregabalin than prescribed. The actions are a
#    No. / What / Who table; when each happens is in a ten-week calendar
#    whose rows are weeks and whose cells list action numbers; what success
#    looks like is in an appendix keyed by number. Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_jorrickham_young_carer_week_calendar_criteria_appendix_hollis.pdf",
    "doc_title": "Child Protection Plan - Maya and Jake Hollis",
    "split": "tune",
    "actions": 14,
    "template": "icpc-young-carer-word-plan-printed-to-pdf-page-header-footer-details-list-why-going-well-childrens-words-outcomes-then-no-what-who-action-table-then-ten-week-calendar-rows-are-weeks-cells-list-action-numbers-finish-by-friday-and-happening-this-week-then-contingency-meetings-then-appendix-success-criteria-by-number",
    "description": (
        "Exemplary initial conference plan for a 13-year-old who has been washing, dressing and "
        "giving medicines to her mother, who has multiple sclerosis and took more morphine and "
        "pregabalin than prescribed, and for her 7-year-old brother; a Word plan printed to PDF "
        "with a page header and footer. The actions are a table with only No., What will happen and "
        "Who; when each happens is in a ten-week calendar whose rows are weeks and whose cells list "
        "action numbers under 'To be finished by the Friday' and 'Happening this week', with a key; "
        "how we will know is an appendix of success criteria by action number. Adult social care, "
        "the GP, the MS nurse and the drug service each own actions, the drug service reports on "
        "change, the uncle's Saturdays have a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Jorrickham City Council – Children and Young People's Services",
    "footer": "Maya and Jake Hollis – child protection plan from ICPC 13/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jorrickham City Council · Children and Young People's Services · Locality Team East"),
        ("kv", [
            ("Children", "Maya Hollis (13), born 02/03/2012, Year 9, Jorrickham Academy; Jake Hollis (7), born "
                         "19/06/2018, Year 3, St Aidan's Primary"),
            ("Address", "14 Fenner Road, Jorrickham JR3 5PW"),
            ("Mother", "Claire Hollis (41). Relapsing-remitting multiple sclerosis since 2016; uses a wheelchair "
                       "outside the house since a relapse in June 2025. Prescribed slow-release morphine and "
                       "pregabalin for nerve pain."),
            ("Father", "Lee Hollis, lives in Aberdeen; phones the children on Sundays"),
            ("Maternal uncle", "Darren Hollis (44), 3 Mill Lane, Jorrickham"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Thursday 13/11/2025. Chair: Moira Cattermole (IRO)"),
            ("Social worker", "Kofi Mensah (team manager: Anne Barlow)"),
        ]),
        ("h1", "1. Why Maya and Jake have a plan"),
        ("p", "Since Claire's relapse in June, Maya has been helping her mum to wash, dress and get to the toilet, "
              "giving her tablets, cooking tea and getting Jake to school. Maya's attendance this term is 71% and "
              "she has fallen asleep in lessons. On 26/10/2025 Maya found her mum on the bathroom floor and could "
              "not wake her properly. The paramedics found that Claire had taken more morphine and pregabalin than "
              "she is prescribed; she later said she had been buying extra pregabalin online because the pain was "
              "so bad. On 03/11/2025 Jake told his teacher he had eaten crisps for tea three nights running. No "
              "paid carers come to the house: Claire turned down help in the summer because she was frightened the "
              "children would be taken away."),
        ("h1", "2. What is going well"),
        ("p", "Claire loves her children and was open with the conference about her tablets. She has agreed to a "
              "locked box for her medicines and to see the drug service. Maya and Jake are close. Darren does the "
              "shopping with the children on Saturdays, and both schools know the family well."),
        ("h1", "3. What Maya and Jake have told us"),
        ("p", "Maya (seen on her own at school, 07/11/2025): “I don't mind helping Mum, I just want someone else "
              "to do the washing bit. I'm tired all the time. When she was on the floor I thought she was dead.” "
              "She would like to go back to netball and have friends round again."),
        ("p", "Jake (seen at home, 10/11/2025) said the best thing about his week is “Saturday with Uncle Darren” "
              "and the worst is “when Mum's sleepy and Maya shouts”. He drew himself making toast, with Mum in "
              "bed upstairs."),
        ("h1", "4. What we want for Maya and Jake"),
        ("numbers", [
            "Maya does no personal care for her mum and gives her no medicines, and has time for school, netball "
            "and her friends.",
            "Maya and Jake are looked after every day by an adult who is awake and able to care for them, and have "
            "a hot meal every evening.",
            "Maya and Jake are at school every day and on time, with attendance of 95% or more by the review.",
            "Neither child can get at their mum's medicines, and nobody in the house takes medicines that were not "
            "prescribed for them.",
        ]),
        ("h1", "5. The actions"),
        ("p", "This table says what will happen and who will do it. When each action happens is in the calendar "
              "in section 6, and how we will know it is working is in the appendix at the end, under the same "
              "number."),
        ("table", {
            "header": ["No.", "What will happen", "Who"],
            "widths": [1.0, 10.2, 5.8],
            "rows": [
                ["1", "Visit Maya and Jake at home, one visit in three after 5pm, see Maya on her own, and ask what "
                      "she has done for her mum that week", "Kofi Mensah, SW"],
                ["2", "Carry out a young carer's assessment with Maya and write her young carer's plan with her, "
                      "taking personal care and medicines off her list", "Lydia Frain, Jorrickham Young Carers "
                      "Service"],
                ["3", "Give Maya a place at the Thursday young carers' club, and at the holiday activity days in "
                      "the school holidays", "Lydia Frain, Jorrickham Young Carers Service"],
                ["4", "Assess Claire's care and support needs under the Care Act, with Claire and the SW, so that "
                      "the care she needs comes from paid carers and not from Maya", "Neil Ashby, social worker, "
                      "Jorrickham Adult Social Care"],
                ["5", "Provide a paid carer every morning and every evening for Claire's washing, dressing and "
                      "toileting, so that Maya does none of it", "Jorrickham Adult Social Care (Neil Ashby), "
                      "through Brightwell Home Care"],
                ["6", "Review Claire's morphine and pregabalin, move both to weekly dispensing in a locked box from "
                      "Fenner Road Pharmacy, and tell the SW the same day of any early request",
                 "Dr Imran Qadir, GP, Fenner Road Surgery"],
                ["7", "Assess Claire's use of her prescribed medicines, see her for key-work, and report in writing "
                      "before each core group on whether she is taking only what is prescribed, what this means "
                      "for Maya and Jake, and how long change is likely to take", "Sean Pattle, prescribed "
                      "medicines worker, Jorrickham Drug and Alcohol Service"],
                ["8", "Review Claire's MS since her June relapse, her mobility and her equipment, and write to the "
                      "SW and adult social care saying what help she needs at home so that the children are not "
                      "doing it", "Fiona Garside, MS specialist nurse, Jorrickham Neurology Service"],
                ["9", "Check Maya's attendance each morning, meet her once a week with her head of year, and keep "
                      "her a place at homework club and netball", "Mr Dean Roper, DSL, Jorrickham Academy"],
                ["10", "Check Jake's attendance each morning, make sure he has breakfast club and a school lunch, "
                       "and ring the SW the same day if he is absent or hungry", "Mrs Helen Tait, DSL, St Aidan's "
                       "Primary"],
                ["11", "Take only the medicines prescribed, as set out on the chart, keep them in the locked box "
                       "out of the children's reach, and show the SW the chart at each visit", "Claire Hollis (Mum)"],
                ["12", "Do the weekly shop with Maya and Jake every Saturday and stay for tea",
                 "Darren Hollis (maternal uncle)"],
                ["13", "Do direct work with Jake about home and his mum's illness, using the 'All about me' "
                       "workbook", "Kofi Mensah, SW"],
                ["14", "Hold a family network meeting with Claire, Darren, Maya and Lee (by phone), and write down "
                       "who looks after the children if Claire is unwell or in hospital", "Kofi Mensah, SW"],
            ],
        }),
        ("h1", "6. The calendar: when each action happens"),
        ("p", "Each row is one week, Monday to Sunday. 'To be finished by the Friday' lists the actions that must "
              "be done by the Friday of that week. 'Happening this week' lists the actions that take place that "
              "week, as often as the action says (most of them every week). If an action's number is not in a "
              "week's row, it does not happen that week. Schools are closed from 22/12/2025 to 02/01/2026."),
        ("table", {
            "header": ["Week", "Week beginning", "To be finished by the Friday", "Happening this week",
                       "Meetings and notes"],
            "widths": [1.3, 2.7, 3.3, 5.8, 3.9],
            "rows": [
                ["1", "17/11/2025", "6", "1, 7, 9, 10, 11, 12", "–"],
                ["2", "24/11/2025", "4, 8", "1, 7, 9, 10, 11, 12, 13", "Core group 1: Tuesday 25/11/2025"],
                ["3", "01/12/2025", "2", "1, 7, 9, 10, 11, 12", "–"],
                ["4", "08/12/2025", "–", "1, 3, 5, 7, 9, 10, 11, 12, 13", "Carers start Monday 08/12/2025"],
                ["5", "15/12/2025", "14", "1, 3, 5, 7, 9, 10, 11, 12", "Core group 2: Tuesday 16/12/2025"],
                ["6", "22/12/2025", "–", "1, 3, 5, 7, 11, 12", "Schools closed"],
                ["7", "29/12/2025", "–", "1, 3, 5, 7, 11, 12", "Schools closed"],
                ["8", "05/01/2026", "–", "1, 3, 5, 7, 9, 10, 11, 12", "–"],
                ["9", "12/01/2026", "–", "1, 3, 5, 7, 9, 10, 11, 12, 13", "Core group 3: Tuesday 13/01/2026"],
                ["10", "19/01/2026", "–", "1, 3, 5, 7, 9, 10, 11, 12", "Review conference follows on "
                                                                      "27/01/2026"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("bullets", [
            "If Claire is found asleep and hard to wake, confused, or has taken more than her chart says, whoever "
            "finds her calls 999. Maya rings Darren, who collects both children that evening and keeps them until "
            "Kofi (or the Jorrickham Emergency Duty Team out of hours) has held a strategy discussion, the same "
            "day.",
            "If Darren cannot have the children, the Emergency Duty Team places Maya and Jake together with "
            "emergency foster carers that night.",
            "If a paid carer does not arrive, Brightwell Home Care rings Neil Ashby and sends another carer within "
            "two hours; Maya is not asked to fill the gap.",
            "If Claire is admitted to hospital, Maya and Jake stay with Darren; if he cannot have them, with "
            "emergency foster carers, together.",
            "If Claire takes medicines that were not prescribed for her again, has another overdose, or Maya is "
            "still doing personal care at the core group on 16/12/2025, Kofi will ask Anne Barlow for a legal "
            "planning meeting within five working days.",
        ]),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every three to four weeks, Tuesdays at 4pm at Jorrickham Academy: 25/11/2025, 16/12/2025 "
            "and 13/01/2026. Maya is invited to the first half of each meeting.",
            "Review child protection conference: Tuesday 27/01/2026, 1.30pm, Jorrickham Civic Centre.",
        ]),
        ("h1", "Appendix: how we will know each action is working"),
        ("table", {
            "header": ["No.", "What we will see", "Checked by"],
            "widths": [1.0, 11.5, 4.5],
            "rows": [
                ["1", "Visit records show both children seen every week and Maya seen on her own, with what she did "
                      "for her mum that week written down.", "Anne Barlow, team manager, in monthly supervision"],
                ["2", "Maya's young carer's assessment and plan, signed by Maya, are on file; the plan lists no "
                      "personal care and no medicines.", "Kofi Mensah, SW"],
                ["3", "The club register, sent to the SW each month, shows Maya at the club on most Thursdays; Maya "
                      "tells the SW what she did there.", "Kofi Mensah, SW"],
                ["4", "Neil's written Care Act assessment is on file, with copies sent to Claire and the SW.",
                 "Kofi Mensah, SW"],
                ["5", "The carers' log in the house shows a morning and an evening visit every day; Maya, seen on "
                      "her own, says she has not helped her mum to wash or dress.", "Kofi Mensah, SW, at each "
                      "visit"],
                ["6", "Dr Qadir's letter and the pharmacy's weekly dispensing record are on file; there is no early "
                      "request without a same-day call to the SW.", "Kofi Mensah, SW"],
                ["7", "Sean's written report, with his test results and his view of the likely timescale, is on "
                      "file before each core group.", "Moira Cattermole, IRO, at the review"],
                ["8", "Fiona's letter is on file and the equipment she asks for is seen in the house.",
                 "Kofi Mensah, SW"],
                ["9", "School sends Maya's attendance to the SW every Friday: 95% or more from December. Notes of "
                      "the weekly meetings go to the SW every two weeks.", "Kofi Mensah, SW"],
                ["10", "School sends Jake's attendance to the SW every Friday; he is marked in at breakfast club "
                       "each day; same-day calls are logged on CPOMS.", "Kofi Mensah, SW"],
                ["11", "The locked box and the chart are seen at each visit, and the tablets left match the chart; "
                       "no medicine is found that was not prescribed.", "Kofi Mensah, SW"],
                ["12", "Darren texts the SW every Saturday evening; Maya and Jake talk about their Saturdays at "
                       "visits.", "Kofi Mensah, SW"],
                ["13", "Jake's workbook pages and his own words from each session are on file and shared at the "
                       "next core group.", "Kofi Mensah, SW"],
                ["14", "The written network plan reaches everyone in the core group within a week of the meeting.",
                 "Anne Barlow, team manager"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to a father after the initial conference; the
#    mother is detained on a psychiatric ward after a psychotic episode,
#    and a 9-year-old was twice left in charge of her 4-year-old brother
#    overnight. The outcomes table carries the checks; the attached plan is
#    a Markdown table in three parts, each opened by a row that gives its
#    time, and each action names the outcome it serves. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_jastmoor_letter_to_dad_outcome_checks_timed_parts_hallam.md",
    "split": "tune",
    "actions": 13,
    "template": "sw-letter-to-father-after-icpc-md-first-person-why-going-well-childrens-words-then-outcome-table-with-how-we-will-know-checks-then-attached-plan-table-no-what-who-for-outcome-split-by-three-part-rows-giving-the-time-by-date-every-week-before-mum-comes-home-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary letter from the social worker to a father after the initial conference for a "
        "9-year-old and a 4-year-old; their mother is detained on a psychiatric ward after a "
        "psychotic episode, and the girl was twice left in charge of her brother overnight while "
        "the father worked nights. Written in the first person in Markdown. The outcomes are a "
        "table whose 'How we will know' column is the check; the attached plan is a table of No., "
        "What will happen, Who and 'For outcome', split into three parts by rows that give the "
        "time once ('to be done by Friday 5 December 2025', 'every week until the review "
        "conference', 'before Nadia comes home from hospital'). The ward psychiatrist and the CMHT "
        "care coordinator both give a view on change, the grandmother's help has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
**Jastmoor Borough Council**
Children's Social Care · Family Safeguarding Team 1 · Tanners Yard, Jastmoor JM1 2AB

24 November 2025

Mr Gareth Hallam
31 Tanners Row
Jastmoor JM2 4DX

Copy, with the ward's agreement: Mrs Nadia Hallam, Beech Ward, Jastmoor Hospital Mental Health Unit

# Ella and Noah's child protection plan

Dear Gareth,

Thank you for coming to the initial child protection conference for Ella and Noah on Wednesday 19 November 2025,
and for being so honest about the night shifts. The chair, Rhona McKee, and everyone there agreed that Ella and
Noah need a child protection plan, under the category of neglect. I am their social worker. This letter sets out
what the conference was worried about, what Ella and Noah have told us, what we all want for them and how we will
know we are getting there. Your plan is in the table at the end of this letter.

## Why the conference was worried

Nadia was admitted to Beech Ward on 10 October 2025 under the Mental Health Act after a psychotic episode. In the
early hours of 9 October she took Ella and Noah to Tanners Park in the rain because she believed someone was coming
to the house to hurt them, and Ella rang 999 on her mum's phone. After Nadia went into hospital you went back to
your night shifts, and on 14 and 15 October Ella, who is 9, was left in charge of Noah, who is 4, from 9.30pm until
6.30am. Noah missed nine nursery sessions in October. Ella has been crying in class and told her teacher she thinks
it is her fault that her mum is in hospital.

## What is going well

You told the conference about the two nights yourself and you have not worked a night shift since. You have
visited Nadia every day. Your mum and dad, Pat and Ron, have helped every week. Ella and Noah are close to you and
to each other. Nadia is starting to get better, and she wants to see the children.

## What Ella and Noah have told us

Ella (seen on her own at school, 14 November 2025): "I was the one who rang the police so it's my fault Mum's in
hospital." "When Dad was at work I put Noah in my bed so he wouldn't be scared. I didn't sleep." "I want to see Mum
but I'm scared she'll be weird again." She would like Grandma Pat to come on Tuesdays "because she makes pancakes".

Noah (seen at home, 17 November 2025) asked me, "Is Mummy's hospital far?" He drew Mummy "in bed with a plaster",
and in the doll's house he put the mummy doll in the car "going home". Nursery say he clings to his key worker
when he is dropped off.

## What we all want for Ella and Noah, and how we will know

| No. | What we want for Ella and Noah | How we will know |
|---|---|---|
| 1 | Ella and Noah are looked after every day and every night by an adult who is awake and in the house, and Ella is never left in charge of Noah. | Your day-shift rota is on my file by 5 December 2025. The written network plan reaches everyone by 5 December 2025. My evening visits find you or a named adult at home every time, and Ella, seen on her own, tells me she has not been left in charge of Noah. |
| 2 | Noah goes to every nursery session, is collected on time and has a hot tea every evening. | The nursery register, sent to me every Friday, shows every session attended and every collection on time, with Pat's Tuesday and Thursday collections in the collection book, and Noah's tea written in the home and nursery book each day. |
| 3 | Ella understands what is happening to her mum, knows it is not her fault, and is at school every day. | The ELSA referral is accepted by 5 December 2025 and Mrs Soper's notes of each session come to me. Ella's attendance is 95% or more, Mrs Penn sends me a short note on Ella each Friday, and Ella tells me in her own words at my visits what she understands about her mum's illness. |
| 4 | Ella and Noah see their mum safely while she is in hospital, and when she comes home there is a written plan that keeps them safe if she becomes unwell again. | The ward's notes of every Saturday visit are sent to me. Dr Bhatti's written assessment is on file by 5 December 2025. Before Nadia comes home, the aftercare and relapse plan, with Joanne Ireland's written view and what Ella and Noah have said they want, is on file. |

## What happens next: your plan

The table below is your plan. It is in three parts. Each part starts with a line that says when everything in
that part happens; the dates are not repeated on each row. The last column says which of the four outcomes above
each action is for, and the "How we will know" for that outcome is how we will check the action.

| No. | What will happen | Who | For outcome |
|---|---|---|---|
| **Part 1 – to be done by Friday 5 December 2025** | | | |
| 1 | Agree day shifts only (Monday to Friday, 8am to 4pm) with your manager at Calder Distribution, and send me the new rota | You (Gareth) | 1 |
| 2 | Hold a family network meeting with you, Pat and Ron Hallam and Nadia's sister Leila Nasser, and write down who looks after Ella and Noah if you are ill, working late or called away | Me (Beth Arkwright, SW) | 1 |
| 3 | Refer Ella to Mrs Soper, the school's emotional literacy support assistant (ELSA), for six sessions about her mum's illness and her feelings | Mrs Carol Penn, DSL, Jastmoor Church Primary | 3 |
| 4 | Assess Nadia's mental health, her understanding of what happened on 9 October and whether the children can visit, and write to me with his view of what has to change before Nadia can care for Ella and Noah again and how long that is likely to take | Dr Tariq Bhatti, consultant psychiatrist, Beech Ward | 4 |
| **Part 2 – every week from Monday 24 November 2025 until the review conference on Tuesday 10 February 2026** | | | |
| 5 | Visit Ella and Noah at home, with one visit a fortnight in the evening, and see Ella on her own | Me (Beth Arkwright, SW) | 1 and 3 |
| 6 | Collect Noah from nursery on Tuesdays and Thursdays, give both children their tea and stay until you are home | Pat Hallam (Grandma) | 2 |
| 7 | Take Ella and Noah to see their mum in the Beech Ward family room on Saturday afternoon, and stay with them for the whole visit | You (Gareth) | 4 |
| 8 | Be in the family room for every visit, write down how Nadia was with the children and what it shows about whether she is getting ready to care for them again, and end a visit if Nadia becomes unwell | Femi Adeyinka, Nadia's named nurse, Beech Ward | 4 |
| 9 | Check Ella's attendance and how she is in class, and phone me the same day about any worry | Mrs Carol Penn, DSL, Jastmoor Church Primary | 3 |
| 10 | Give Ella her ELSA session (six weeks, starting in the week of 8 December 2025) | Mrs Kim Soper, ELSA, Jastmoor Church Primary | 3 |
| 11 | Record Noah's attendance and collections, write his tea in the home and nursery book with you, and send me the register every Friday | Sasha Bell, Noah's key worker, Little Owls Nursery | 2 |
| **Part 3 – before Nadia comes home from hospital** | | | |
| 12 | Hold a section 117 aftercare meeting with Nadia, you and me; agree a written relapse plan saying what Nadia's early signs are and what you do if you see them; and give her written view on whether Nadia is ready to look after Ella and Noah, what still has to change and how long that is likely to take | Joanne Ireland, care coordinator, Jastmoor Community Mental Health Team | 4 |
| 13 | Help Ella and Noah get ready for their mum coming home, with a visit to the house by Nadia first, and ask each of them what they want to happen so that it goes into the aftercare plan | Me (Beth Arkwright, SW) | 4 |

## If things go wrong

- **If Nadia becomes unwell during a visit**, the nurse ends it, you bring Ella and Noah home, and the ward tells
  me the same day.
- **If you cannot be at home at night** (you are ill, or called in to work), Ella and Noah stay with Pat and Ron
  at 6 Birch Close. If Pat and Ron cannot have them, Leila has them. If none of them can, I will arrange for Ella
  and Noah to stay together with emergency foster carers that night (out of hours, the Jastmoor Emergency Duty
  Team will do this).
- **If Pat cannot collect Noah** on a Tuesday or Thursday, Leila collects him; if she cannot, Little Owls keep him
  in their after-school room until you arrive, which I have agreed with the manager.
- **If Nadia is discharged before the aftercare meeting**, Pat or Leila will stay in the house for her first week
  home, and I will visit on the day she comes home.
- **If Ella is left in charge of Noah at night again**, or Noah misses a week of nursery with no reason, or Nadia
  comes home and becomes unwell while caring for the children, I will ask my team manager, Sunil Chaudhry, for a
  legal planning meeting within five working days.

## Meetings

- Core group meetings, Wednesdays at 3.30pm at Jastmoor Church Primary: 3 December 2025, 7 January 2026 and
  4 February 2026. You are part of the core group, and Nadia can join by video from the ward.
- Review child protection conference: Tuesday 10 February 2026, 10am, Jastmoor Civic Centre.

If anything in this letter is wrong, or you do not understand part of it, please ring me and I will come and go
through it with you.

Yours sincerely,

Beth Arkwright
Social Worker, Family Safeguarding Team 1, Jastmoor Borough Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 3-year-old and an 18-month-old whose
#    mother drinks heavily; grandparents do the nursery run and Saturday
#    nights, Archie's father has him on Wednesdays. Plain text: three
#    parts, each timed once in its heading; inside each part the actions
#    are grouped under their owner, named once ("ROSA KEMP, SOCIAL WORKER,
#    WILL:"); a CHECKS list after each part gives each action's measure by
#    reference. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_jillingstowe_timed_parts_owner_lists_part_checks_threlkeld.txt",
    "split": "tune",
    "actions": 16,
    "template": "icpc-plain-text-plan-caps-underlined-headings-details-lines-why-going-well-childrens-voice-outcomes-4-1-then-how-to-read-note-then-three-parts-timed-once-in-the-heading-actions-grouped-under-owner-named-once-will-lines-a1-b1-c1-then-checks-list-after-each-part-by-reference-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and an 18-month-old whose mother "
        "drinks heavily; police found her asleep with empty bottles and the children hungry. Plain "
        "text in three parts, each timed once in its heading (all by a date 28 days on; every week "
        "until the review conference; before each core group, with the dates); within each part the "
        "actions (A1, B1, C1 ...) are grouped under their owner, named once ('ROSA KEMP, SOCIAL "
        "WORKER, WILL:'), and a CHECKS list after each part gives every action's measure by "
        "reference. The recovery service and the GP own actions and the recovery worker reports on "
        "change, the grandparents' help has a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
JILLINGSTOWE COUNTY COUNCIL - CHILDREN'S SOCIAL CARE - FAMILY SAFEGUARDING (LOCALITY 3)
CHILD PROTECTION PLAN
==========================================================================================

Children ........... Lily-Rose Threlkeld (3), born 02/09/2022, Bright Beginnings Nursery
                     Archie Threlkeld (18 months), born 21/05/2024
Address ............ Flat 3, 40 Coppice Road, Jillingstowe JG4 8BN
Mother ............. Kayleigh Threlkeld (26)
Archie's father .... Dean Mowbray (29), 12 Quarry Lane, Jillingstowe (Lily-Rose's father is not involved)
Grandparents ....... Sue and Barry Threlkeld (maternal), 7 Heathfield Avenue, Jillingstowe
Category ........... Neglect (both children)
Conference ......... Initial child protection conference, Friday 14/11/2025. Chair: Anita Corrigan (IRO)
Social worker ...... Rosa Kemp (team manager: Joe Whitlam)


1. WHY THERE IS A PLAN
----------------------
On 01/11/2025 at 10pm the police did a welfare check after a neighbour heard the children crying for over an hour.
Kayleigh was asleep on the settee and the officers could not wake her for several minutes. There were two empty
vodka bottles in the kitchen. Archie was in his cot in a soaked nappy with bad nappy rash, and Lily-Rose was eating
dry cereal from the box on the kitchen floor. Kayleigh told the conference she drinks most evenings and had drunk
"most of a bottle" that night. Bright Beginnings had already referred three times since September: Lily-Rose
arriving late, hungry, and in the same clothes for days.


2. WHAT IS GOING WELL
---------------------
Kayleigh told the conference the truth about her drinking and has asked for help. She is warm with the children
and they go to her for comfort. Sue and Barry see the children most days and take Lily-Rose to nursery three
mornings a week. Dean has Archie every Wednesday afternoon. Nursery know Lily-Rose well and she is happy there.


3. WHAT LILY-ROSE AND ARCHIE HAVE SHOWN AND TOLD US
--------------------------------------------------
Lily-Rose (with Amber Lees at nursery, 10/11/2025): "Mummy has sleepy juice and then she won't wake up." She said
she likes Nanny's house "because of the bath with bubbles", and that she gets "scared when it's dark and Archie
cries". With the feelings cards she chose "sad" for home at night and "happy" for nursery.

Archie (seen at home, 12/11/2025) is walking and says "mama" and "dog". He went straight to Kayleigh when the
social worker came in and hid his face in her shoulder. He ate a whole bowl of pasta very fast. The health visitor
saw his nappy rash on 05/11/2025; it was still red and sore on 12/11/2025.


4. WHAT WE WANT FOR LILY-ROSE AND ARCHIE
----------------------------------------
4.1  Lily-Rose and Archie are cared for every day and every night by a sober adult who wakes when they need her.
4.2  They are clean and fed on time, with clean beds and clothes, and Archie's nappy rash has cleared.
4.3  Lily-Rose goes to nursery every morning she is booked for, on time.
4.4  Lily-Rose's and Archie's speech, play and growth are where they should be for their age, and anything that
     is behind is picked up and helped.


5. THE PLAN
-----------
HOW TO READ THIS PLAN: the plan is in three parts. The time for everything in a part is in the part's heading and
is not repeated on each line. Inside each part, each person's or service's actions are listed under their name,
which is given once. After each part there is a CHECKS list: how we will know each action in that part has been
done and is making a difference, by its reference (A1, B1 ...).

PART A - IN THE NEXT 28 DAYS: ALL BY FRIDAY 12 DECEMBER 2025

  ROSA KEMP, SOCIAL WORKER, WILL:
    A1  hold a family network meeting with Kayleigh, Sue, Barry and Dean, and write a plan saying who looks after
        Lily-Rose and Archie on any day Kayleigh has been drinking.
    A2  do three sessions of direct work with Lily-Rose at nursery, using the feelings cards and the doll's
        house, to learn what her days and nights at home are like.

  JANINE COLE, HEALTH VISITOR, WILL:
    A3  do a full development review of both children, with a speech check for Lily-Rose, treat Archie's nappy
        rash, and refer on anything that is behind.
    A4  do a home safety check with Kayleigh and fit a stair gate and cupboard locks from the Jillingstowe home
        safety scheme.

  PAUL DEAN, RECOVERY WORKER, HOPE STREET RECOVERY SERVICE, WILL:
    A5  assess Kayleigh's drinking with her, agree a recovery plan, and say whether she needs a medically
        supervised detox and whether she can care for the children safely while she stops.

  DR OMAR SALEH, GP, COPPICE ROAD HEALTH CENTRE, WILL:
    A6  see Kayleigh, take blood tests for her liver, check her for alcohol withdrawal, and write to Rosa with the
        results and any medication plan.

  CHECKS FOR PART A (Rosa will go through them at the core group on 16/12/2025):
    A1  The written network plan reaches every core group member by 12/12/2025, and a copy is on the fridge at
        Coppice Road.
    A2  Lily-Rose's drawings, the cards she chose and her own words from each session are on file by 12/12/2025.
    A3  Both development reviews are recorded in the red books and on file, with any referral letter; Archie's
        skin is seen clear at the next visit.
    A4  The stair gate and the locks are seen fitted at the next SW visit, and the scheme's fitting note is on
        file.
    A5  Paul's written assessment and recovery plan are on file, with his view on detox, on whether Kayleigh can
        stop drinking while she cares for the children, and on how long change is likely to take.
    A6  Dr Saleh's letter with the blood results is on file.

PART B - EVERY WEEK, FROM MONDAY 17 NOVEMBER 2025 UNTIL THE REVIEW CONFERENCE ON TUESDAY 10 FEBRUARY 2026

  ROSA KEMP, SOCIAL WORKER, WILL:
    B1  visit Lily-Rose and Archie at home, one visit in three unannounced and at least one a fortnight after
        5pm, see both children awake, and look at their beds and in the fridge.

  PAUL DEAN, HOPE STREET RECOVERY SERVICE, WILL:
    B2  see Kayleigh for key-work with a breath test, and report in writing before each core group on whether she
        is staying sober while she cares for the children, what still needs to change and how long that is
        likely to take.

  KAYLEIGH WILL:
    B3  go to every key-work session and the Thursday women's group at Hope Street, and not drink at all on any
        day she is looking after Lily-Rose and Archie.

  AMBER LEES, KEY WORKER, BRIGHT BEGINNINGS NURSERY, WILL:
    B4  record Lily-Rose's attendance, the time she arrives, whether she is clean and has eaten, and anything she
        says about home, and ring Rosa the same day with any worry.

  SUE AND BARRY THRELKELD (GRANDPARENTS) WILL:
    B5  take Lily-Rose to nursery on Monday, Wednesday and Friday mornings.
    B6  have Lily-Rose and Archie to stay every Saturday night, and bring them home after Sunday lunch.

  DEAN MOWBRAY (ARCHIE'S DAD) WILL:
    B7  have Archie at his flat every Wednesday from 3pm to 7pm, and bring him home fed and bathed.

  CHECKS FOR PART B:
    B1  Visit records show both children seen awake every week, with the state of their beds and what was in the
        fridge written down.
    B2  Paul's written report, with the breath test readings, is on file before every core group.
    B3  Hope Street's attendance list and breath test readings reach Rosa every Friday, and every reading is
        zero.
    B4  The nursery's weekly summary is emailed to Rosa every Friday and same-day calls are logged; Lily-Rose
        arrives by 9.15am, clean and fed, at nine sessions in every ten.
    B5  The nursery signing-in book shows Sue or Barry bringing Lily-Rose on those mornings.
    B6  Sue texts Rosa every Sunday when the children are home, and Lily-Rose talks about Nanny's at Rosa's
        visits.
    B7  Dean writes a handover note in the children's home book every Wednesday, and Kayleigh confirms that
        Archie came home fed and bathed.

PART C - BEFORE EACH CORE GROUP (25/11/2025, 16/12/2025, 06/01/2026 AND 27/01/2026)

  JANINE COLE, HEALTH VISITOR, WILL:
    C1  weigh Archie, check both children's speech and play at home, and send Rosa a short written update.

  ROSA KEMP, SOCIAL WORKER, WILL:
    C2  ask Lily-Rose, with her feelings cards, what has been good and what has been scary at home, and bring her
        answers to the meeting.

  DR OMAR SALEH, GP, WILL:
    C3  send Rosa a short written note of Kayleigh's latest blood results, her prescriptions and any missed
        appointments.

  CHECKS FOR PART C:
    C1  Janine's written update is on file before each core group, and Archie's weight stays on or above the 25th
        centile.
    C2  Lily-Rose's cards and words are read out at each core group and kept on file.
    C3  The GP's note is on file before each core group.


6. IF THINGS GO WRONG
---------------------
- If Kayleigh has been drinking while she is caring for the children (a breath reading above zero, anyone smells
  alcohol on her, or Lily-Rose talks about "sleepy juice"), the adult who finds out rings Rosa, or the Emergency
  Duty Team out of hours, straight away. The children go to Sue and Barry's that day and stay there until a
  strategy discussion, held the same day, agrees it is safe for them to go home.
- If Sue and Barry cannot have the children or cannot do the nursery run (they are ill or away, or can no longer
  help), Rosa arranges emergency foster carers for Lily-Rose and Archie together that day, and the nursery's
  minibus collects Lily-Rose, as agreed with the nursery manager, until the grandparents can help again.
- If Dean cannot have Archie on a Wednesday, Archie stays at home only if Kayleigh's breath test that morning at
  Hope Street was zero; otherwise he goes to Sue and Barry's.
- If Kayleigh drinks while caring for the children again, misses two Hope Street sessions in a row, or Paul's
  report before the core group on 06/01/2026 says she has not stopped drinking, Rosa will ask Joe Whitlam for a
  legal planning meeting within five working days.


7. MEETINGS
-----------
Core group ......... every three weeks, Tuesdays at 1.30pm, Jillingstowe Family Hub: 25/11/2025, 16/12/2025,
                     06/01/2026 and 27/01/2026
Review conference .. Tuesday 10/02/2026, 10am, Jillingstowe County Hall

Plan typed by Rosa Kemp on 17/11/2025 and sent to Kayleigh, Dean, Sue and Barry and everyone named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 9-year-old with type 1 diabetes on an
#    insulin pump, after two admissions with ketoacidosis, and his brother;
#    mother with depression. One table with grey phase banner rows giving
#    the time, and Who and How we will know cells merged down over pairs
#    of rows. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_jaddlecombe_diabetes_phase_banner_rows_merged_who_know_norcott.docx",
    "doc_title": "Child Protection Plan - Finley and Riley Norcott",
    "split": "tune",
    "actions": 14,
    "check_vmerge": 4,
    "template": "icpc-medical-needs-word-plan-details-list-why-going-well-childrens-words-outcomes-then-one-no-action-who-how-we-will-know-table-with-grey-phase-banner-rows-giving-the-time-phase-3-with-none-who-and-know-cells-merged-over-pairs-of-rows-contingency-meetings",
    "description": (
        "Initial conference plan for a 9-year-old with type 1 diabetes on an insulin pump, after "
        "two admissions with diabetic ketoacidosis, and his 5-year-old brother; their mother has "
        "depression. One Word table: grey banner rows across it split the actions into phases and "
        "give the time ('PHASE 1 – weeks 1 to 4 (17/11/2025 to Friday 12/12/2025)', 'EVERY WEEK – "
        "from 17/11/2025 until the review conference'), and some Who and How we will know cells "
        "run down two rows. Most rows are sound (diabetes nurse training, remote monitoring, the "
        "school's healthcare plan, weekly visits). Faults: the last phase, 'PHASE 3 – further "
        "work', gives no time to its two rows; the nan's and aunt's rows share a Who cell reading "
        "'Family network' and a How we will know cell reading 'Progress monitored at core group'; "
        "the parenting assessment has no output; the CMHT only gives support visits, checked by "
        "the mother saying her mood is better; one outcome is only about the mother; the "
        "contingency says nothing about the relatives being unable to help; the review conference "
        "date is to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jaddlecombe District Council · Children's Services · Safeguarding and Family Support Team (South)"),
        ("kv", [
            ("Children", "Finley Norcott (9), born 03/04/2016, Year 5; Riley Norcott (5), born 28/01/2020, "
                         "Reception; both at Jaddlecombe Park Primary"),
            ("Address", "55 Weaver Street, Jaddlecombe JD7 3RS"),
            ("Mother", "Leanne Norcott (34)"),
            ("Father", "Craig Norcott, serving in the army overseas; video calls on Sundays"),
            ("Maternal grandmother", "Pauline Harte (60), 2 Orchard View, Jaddlecombe"),
            ("Maternal aunt", "Kerry Harte (29), 11 Mill Close, Jaddlecombe"),
            ("Finley's health", "Type 1 diabetes since he was 6. Insulin pump and a glucose sensor, looked after "
                                "by the Jaddlecombe Children's Diabetes Team."),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Monday 17/11/2025. Chair: Owen Bradley (IRO)"),
            ("Social worker", "Natalie Brook (team manager: Ian Forsyth)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Finley has been admitted to Jaddlecombe Children's Hospital twice this year with diabetic "
              "ketoacidosis (DKA): in August, and on 22/10/2025, when he spent two days in intensive care. Both "
              "times his pump had not been refilled and his sensor had run out days before. His last HbA1c was "
              "98, far above his target. He came to school without his diabetes kit eleven times this term and his "
              "pump site was infected in September. Riley has been late to school most days."),
        ("p", "Leanne has depression and has been seen by the Community Mental Health Team since September. She "
              "told the conference she has spent a lot of the autumn in bed and “can't cope with the diabetes on "
              "top of everything”."),
        ("h1", "What is going well"),
        ("p", "When she is well Leanne knows exactly how to manage Finley's diabetes, and she asked for help "
              "herself. Pauline did Finley's injections before he had the pump and has him most Saturdays. Kerry "
              "collects the boys from school twice a week. School staff already check Finley's sugars at lunch."),
        ("h1", "What Finley and Riley say"),
        ("p", "Finley (seen on his own at school, 12/11/2025): “I'm scared of going back to hospital. The tube in "
              "my nose was horrible.” “Sometimes I do my own pump but I forget.” “I want Mum to be happy again.” "
              "He said Nan's is best “because she writes all the numbers down”."),
        ("p", "Riley (seen at home, 13/11/2025) said he likes “Mummy's cuddles” and that “Finley was very poorly "
              "and I had to go to Nanny's”."),
        ("h1", "What we want to happen"),
        ("numbers", [
            "Finley gets the right insulin at the right time every day, his blood sugars are mostly in range, and "
            "he has no more DKA admissions.",
            "Finley and Riley are at school every day and on time, and Finley always has his diabetes kit with "
            "him.",
            "Finley understands his diabetes and feels able to tell an adult when he feels unwell.",
            "Leanne's mood will improve and she will feel able to cope.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table. The grey rows split it into phases, and each grey row says when the actions "
              "under it are to happen. Where a Who or How we will know box runs down more than one row, it applies "
              "to each of them."),
        ("table", {
            "header": ["No.", "Action", "Who", "How we will know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                ["PHASE 1 – weeks 1 to 4 (17/11/2025 to Friday 12/12/2025)", H, H, H],
                ["1",
                 "Teach Leanne, Pauline and Kerry to refill the pump, change the cannula and the sensor and count "
                 "carbohydrates, and check that each of them can do it alone",
                 "Sian Probert, children's diabetes specialist nurse, Jaddlecombe Children's Diabetes Team",
                 "Sian's training record, signed by each adult, is on file by 12/12/2025, and the diabetes team "
                 "confirm in writing that remote monitoring is live."],
                ["2",
                 "Set up remote monitoring so the diabetes team see Finley's sensor readings every day and ring "
                 "Leanne when they stay high",
                 V,
                 V],
                ["3",
                 "Complete a parenting assessment of Leanne",
                 "Natalie Brook, SW",
                 "-"],
                ["4",
                 "Write an individual healthcare plan for school and train two more staff to check Finley's sugars "
                 "and give his lunchtime insulin",
                 "Mrs Aisha Rahman, SENCo, Jaddlecombe Park Primary, with Sian Probert",
                 "Healthcare plan signed by Leanne, school and Sian, and two training certificates, on file by "
                 "12/12/2025."],
                ["5",
                 "Review Leanne's antidepressant and write to the SW about her health and any missed appointments",
                 "Dr Paul Sandford, GP, Weaver Street Surgery",
                 "GP letter on the children's file by 12/12/2025."],
                ["PHASE 2 – weeks 5 to 10 (15/12/2025 to Friday 23/01/2026)", H, H, H],
                ["6",
                 "Four sessions with Finley about living with diabetes and how things are at home, using the 'My "
                 "Type 1 and Me' workbook",
                 "Beth Corrie, clinical psychologist, Jaddlecombe Children's Psychology Service",
                 "Finley's workbook pages and his own words from each session sent to the SW and shared at the "
                 "core group."],
                ["7",
                 "Give Finley his insulin and check his sugars when he stays with his nan on Saturday nights",
                 "Family network",
                 "Progress monitored at core group"],
                ["8",
                 "Collect Finley and Riley from school on Tuesdays and Thursdays, give them tea and check Finley's "
                 "sugar before he eats",
                 V,
                 V],
                ["9",
                 "Go to the four-week 'Living with Type 1' course for parents at Jaddlecombe Children's Hospital",
                 "Leanne Norcott (Mum)",
                 "The course attendance list and certificate are sent to the SW."],
                ["EVERY WEEK – from 17/11/2025 until the review conference", H, H, H],
                ["10",
                 "Visit Finley and Riley at home, one visit in three unannounced, see Finley on his own, and look "
                 "at his sensor readings and pump log with Leanne",
                 "Natalie Brook, SW",
                 "Visit records show both boys seen every week, Finley seen alone, and his readings seen."],
                ["11",
                 "Support visits to Leanne at home to help with her low mood",
                 "Gary Holt, care coordinator, Jaddlecombe Community Mental Health Team",
                 "Leanne reports that her mood is better."],
                ["12",
                 "Check Finley's sugars before lunch and at 2.30pm, make sure he has his kit, and ring Leanne and "
                 "the SW the same day if he arrives without it",
                 "Mrs Aisha Rahman, SENCo, Jaddlecombe Park Primary",
                 "School's glucose log and attendance are sent to the SW every Friday."],
                ["PHASE 3 – further work", H, H, H],
                ["13",
                 "Help Leanne apply to move to a flat nearer the school",
                 "Chris Yeo, family support worker",
                 "Housing application reference number on file."],
                ["14",
                 "Refer Finley to the Jaddlecombe Young Type 1 Club so he can meet other children with diabetes",
                 "Sian Probert, children's diabetes specialist nurse",
                 "Finley's first club session recorded in his diabetes notes."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Finley's sensor shows a reading above 14 mmol/l for more than four hours with ketones, he misses "
              "an insulin dose, or he comes to school without his kit twice in one week, Leanne will ring the "
              "diabetes team straight away (the children's ward out of hours), and the team will tell Natalie the "
              "same day. Natalie will visit that day and hold a strategy discussion the same day; if Finley is not "
              "safe at home he will stay with Pauline until the strategy discussion agrees a plan."),
        ("p", "If Finley is admitted with DKA again, or the parenting assessment shows that Leanne cannot manage his "
              "diabetes, Natalie will ask Ian Forsyth for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm at Jaddlecombe Park Primary, first on 27/11/2025.",
            "Review child protection conference: date to be confirmed by the conference service.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a parenting assessment of Leanne"),
        F("W002", "Give Finley his insulin and check his sugars when he stays"),
        F("M002", "Give Finley his insulin and check his sugars when he stays"),
        F("W002", "Collect Finley and Riley from school on Tuesdays and Thursdays"),
        F("M002", "Collect Finley and Riley from school on Tuesdays and Thursdays"),
        F("H001", "Support visits to Leanne at home to help with her low mood"),
        F("M002", "Support visits to Leanne at home to help with her low mood"),
        F("T001", "Help Leanne apply to move to a flat nearer the school"),
        F("T001", "Refer Finley to the Jaddlecombe Young Type 1 Club"),
        F("F002", "Leanne's mood will improve and she will feel able to cope."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child in need plan after the review conference ended the child
#    protection plan, for an 11-year-old and a 6-year-old whose father is in
#    prison for assaulting their mother and is due out on licence in March;
#    mother with PTSD. Three tables, each timed (or not) by its caption; the
#    Lead cell runs down two rows where one person has two actions; success
#    criteria are in an appendix by reference. Page header and footer.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_joskerby_cin_step_down_caption_times_criteria_appendix_varley.pdf",
    "doc_title": "Child in Need Plan - Kian and Lexi Varley",
    "split": "tune",
    "actions": 14,
    "check_vmerge": 2,
    "template": "cin-step-down-after-rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-what-has-changed-childrens-words-outcomes-how-set-out-then-three-ref-what-lead-tables-timed-by-caption-third-caption-with-no-time-lead-cells-merged-over-two-rows-contingency-cin-reviews-then-appendix-success-criteria-by-reference",
    "description": (
        "Child in need plan written when the review conference ended the child protection plan of "
        "an 11-year-old and a 6-year-old; their father is in prison for assaulting their mother "
        "and is due out on licence in March, and their mother has PTSD. A Word plan printed to PDF "
        "with a page header and footer. Three Ref / What will happen / Lead tables: Table 1's "
        "caption says its actions run until the first child in need review, Table 2's that they are "
        "all done by 02/03/2026, before the release; where one lead has two actions the Lead cell "
        "runs down both rows; success criteria are in an appendix by reference. Most rows are sound "
        "(visits, the safety plan, probation's licence conditions, police marker, Women's Aid "
        "sessions). Faults: Table 3's caption gives no time, so the boxing referral has only 'when "
        "a place becomes available' and the debt advice has none; the appendix leaves out the "
        "enuresis clinic and the contact assessment, and gives 'engagement' as the mentor's "
        "measure; 'All agencies' lead the sharing of information; talking therapy only treats "
        "the mother; there are child in need reviews but no core group or review conference, and "
        "the only escalation is back to a child protection conference."
    ),
    "header": "OFFICIAL-SENSITIVE – Joskerby Borough Council – Family Support and Safeguarding",
    "footer": "Kian and Lexi Varley – child in need plan from 11/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Child in Need Plan: stepping down from child protection"),
        ("kv", [
            ("Children", "Kian Varley (11), born 09/05/2014, Year 7, Joskerby Academy; Lexi Varley (6), born "
                         "30/08/2019, Year 2, St Oswin's Primary"),
            ("Address", "8 Corn Street, Joskerby JK1 9TT"),
            ("Mother", "Stacey Varley (31)"),
            ("Father", "Jason Varley (34), in HMP Fallowmoor, serving 30 months for assault occasioning actual "
                       "bodily harm on Stacey (sentenced 20/01/2025). Release on licence expected 16/03/2026. A "
                       "non-molestation order protects Stacey until January 2027."),
            ("Maternal aunt", "Gemma Clough (28), 21 Flax Lane, Joskerby"),
            ("Child protection plan", "Emotional abuse, from 12/11/2024. Ended at the review conference on "
                                      "Tuesday 11/11/2025 (chair: Margaret Finch, IRO), which agreed this child "
                                      "in need plan."),
            ("Social worker", "Oliver Grant (team manager: Rachel Dunne)"),
        ]),
        ("h1", "What has changed"),
        ("p", "Jason has had no contact with Stacey or the children since he was sentenced. Stacey finished the "
              "Freedom Programme in June and has been having trauma-focused therapy since September for the PTSD "
              "she was diagnosed with in the spring. Kian had a fixed-term exclusion in February for hitting "
              "another boy but none since, and his anger outbursts at home are fewer. Lexi still wets the bed "
              "most nights and has nightmares about the shouting. Stacey is behind with her rent."),
        ("p", "The review conference agreed that the children no longer need a child protection plan, but that "
              "they need help to get ready for their dad's release in March."),
        ("h1", "What Kian and Lexi say"),
        ("p", "Kian (seen on his own at school, 04/11/2025): “I don't want Dad to come back to Joskerby. If he comes "
              "to the house I'll ring 999 like the plan says.” “Boxing would help me not punch walls.”"),
        ("p", "Lexi (seen at home, 06/11/2025): “I wet the bed because I have bad dreams about the shouting.” She "
              "wants “a unicorn alarm”, and said she would like to see her dad “at the park, not at home”."),
        ("h1", "What we want for Kian and Lexi"),
        ("numbers", [
            "Kian and Lexi live free from domestic abuse and know what to do if their dad comes to the house.",
            "Kian manages his anger without hurting himself or anyone else, and stays in school.",
            "Lexi sleeps well and wets the bed less.",
            "Any contact between the children and their dad after his release happens only if it is safe and they "
            "want it.",
        ]),
        ("h1", "How this plan is set out"),
        ("p", "Table 1 is the work carried on from the child protection plan, Table 2 is what must happen before "
              "Jason's release, and Table 3 is other support agreed at the review. Each table's caption says when "
              "its actions happen. Where one lead has two actions, their name is given once. What success looks "
              "like for each action is in the appendix, by reference."),
        ("boldp", "Table 1 – Carried on from the child protection plan. Every action in this table runs from "
                  "12/11/2025 until the first child in need review on Tuesday 03/02/2026."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1.1", "Visit Kian and Lexi at home every three weeks and see each child on their own",
                 "Oliver Grant, SW"],
                ["1.2", "Go through the children's safety plan with them and Stacey at every visit, and update the "
                        "copy on the fridge", V],
                ["1.3", "Meet Kian once a week with his learning mentor to talk about his anger and what is "
                        "happening at home", "Mrs Dawn Ellery, DSL, Joskerby Academy"],
                ["1.4", "Check Lexi's attendance each morning and ring the SW the same day about any worry",
                 "Mr Paul Hinds, DSL, St Oswin's Primary"],
                ["1.5", "Continue weekly trauma-focused therapy sessions with Stacey",
                 "Nina Patel, therapist, Joskerby Talking Therapies"],
                ["1.6", "See Lexi at the school nurse enuresis clinic every four weeks, and give Stacey advice and "
                        "an alarm for Lexi's bedwetting", "Kath Moran, school nurse, Joskerby School Nursing "
                                                          "Service"],
                ["1.7", "Share any information about Jason's release, or any contact from him, with the SW the same "
                        "day", "All agencies"],
            ],
        }),
        ("boldp", "Table 2 – Before Jason's release. His release on licence is expected on 16/03/2026; every action "
                  "in this table is to be done by Monday 02/03/2026."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["2.1", "Set licence conditions of no contact with Stacey or the children and an exclusion zone "
                        "covering Corn Street and both schools, and send them to the SW",
                 "Simon Reeve, probation officer, Fallowmoor Probation Delivery Unit"],
                ["2.2", "Tell Stacey and the SW Jason's release date and the address he will live at", V],
                ["2.3", "Refer the family to MARAC again and put a warning marker on 8 Corn Street",
                 "DC Helen Woo, Joskerby Police Domestic Abuse Unit"],
                ["2.4", "Complete an assessment of whether Kian and Lexi should have any contact with their dad "
                        "after his release", "Oliver Grant, SW"],
                ["2.5", "Three sessions with Kian and Lexi, with Stacey, to prepare them for their dad's release "
                        "and go over what to do if he comes near them",
                 "Leah Burns, children's worker, Joskerby Women's Aid"],
            ],
        }),
        ("boldp", "Table 3 – Other support agreed at the review"),
        ("table", {
            "header": ["Ref", "What will happen", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["3.1", "Refer Kian to the Joskerby Youth Boxing project when a place becomes available",
                 "Oliver Grant, SW"],
                ["3.2", "Help Stacey get advice about her rent arrears and debts from Joskerby Citizens Advice",
                 "Gemma Tolley, family support worker"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jason comes to Corn Street, either school or anywhere near the children, or contacts Stacey or the "
            "children in any way (through other people or social media too), Stacey will ring 999; the police "
            "will attend as a priority because of the marker. Stacey and the children will go to Gemma's home that "
            "night, or to a refuge through Joskerby Women's Aid if Gemma's is not safe, and Oliver will hold a "
            "strategy discussion the same day.",
            "If Kian or Lexi tells anyone that they have seen or heard from their dad, that adult will ring Oliver "
            "(the Emergency Duty Team out of hours) the same day.",
            "If the worries grow, Oliver will ask for the children to go back to a child protection conference.",
        ]),
        ("h1", "Reviewing this plan"),
        ("bullets", [
            "Child in need reviews every six weeks, chaired by Rachel Dunne: the first on Tuesday 03/02/2026, the "
            "next on Tuesday 17/03/2026, the day after Jason's expected release.",
            "There are no core group meetings now that the child protection plan has ended.",
        ]),
        ("h1", "Appendix – what success looks like, by reference"),
        ("table", {
            "header": ["Ref", "What we will see", "Checked by"],
            "widths": [1.2, 11.0, 4.8],
            "rows": [
                ["1.1", "Visit records show both children seen every three weeks and each seen on their own, with "
                        "their words written down.", "Rachel Dunne, team manager"],
                ["1.2", "The safety plan on the fridge is dated at each visit, and both children can tell the SW "
                        "what they would do if their dad came to the house.", "Oliver Grant, SW"],
                ["1.3", "Kian's engagement with his mentor.", "Oliver Grant, SW"],
                ["1.4", "Weekly attendance sent to the SW; Lexi's attendance 96% or more; same-day calls logged on "
                        "CPOMS.", "Oliver Grant, SW"],
                ["1.5", "Stacey's attendance at each session, from the therapy service's register.",
                 "Oliver Grant, SW"],
                ["1.7", "Every piece of information is logged on the children's file on the day it arrives.",
                 "Rachel Dunne, team manager"],
                ["2.1", "A copy of the licence conditions is on file by 02/03/2026.", "Oliver Grant, SW"],
                ["2.2", "Probation's letter with the release date and address is on file at least 14 days before "
                        "the release.", "Oliver Grant, SW"],
                ["2.3", "The MARAC minutes and the police marker reference are on file.", "Oliver Grant, SW"],
                ["2.5", "Leah's notes of the three sessions, with each child's own safety plan, are on file.",
                 "Oliver Grant, SW"],
                ["3.1", "Once Kian has a place, the project's register shows him at a session every week.",
                 "Oliver Grant, SW"],
                ["3.2", "A Citizens Advice appointment letter and a repayment plan for the arrears are on file.",
                 "Oliver Grant, SW"],
            ],
        }),
    ],
    "findings": [
        F("M002", "Meet Kian once a week with his learning mentor"),
        F("H001", "Continue weekly trauma-focused therapy sessions with Stacey"),
        F("M001", "See Lexi at the school nurse enuresis clinic"),
        F("W002", "Share any information about Jason's release, or any contact"),
        F("M001", "Complete an assessment of whether Kian and Lexi should have"),
        F("T002", "Refer Kian to the Joskerby Youth Boxing project"),
        F("T001", "Help Stacey get advice about her rent arrears and debts"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth initial conference plan: a 20-year-old care leaver with
#    depression and a history of self-harm, a partner who uses cocaine and
#    alcohol, an argument with the police called. Markdown: the plan is set
#    out under time headings ("Before the baby is born - all by 36 weeks",
#    "In hospital, after the birth - before the baby goes home", "The first
#    28 days at home", and an "Also agreed" part with no time); each owner is
#    named once in a bold "... will:" line over their numbered actions; the
#    measures are in a "How we will know" table by number. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_juttlesham_prebirth_time_headings_owner_leadins_know_table_sadler.md",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-icpc-plan-md-details-bullets-why-going-well-the-babys-world-parents-wishes-outcomes-then-h3-time-headings-before-birth-by-36-weeks-before-discharge-first-28-days-and-also-agreed-with-no-time-bold-owner-will-lead-ins-over-numbered-actions-then-how-we-will-know-table-by-number-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan for a 20-year-old care leaver, 28 weeks pregnant, who has "
        "depression and cut herself in August; her partner uses cocaine and alcohol at weekends and "
        "the police were called to an argument in September. Markdown: the actions sit under time "
        "headings ('Before the baby is born – all by 36 weeks (Tuesday 13/01/2026)', 'In hospital, "
        "after the birth – before the baby goes home', 'The first 28 days at home'), each owner "
        "named once in a bold '... will:' line over their numbered actions, and the measures are "
        "in a 'How we will know' table by number. Most actions are sound, and the drug service "
        "assesses and reports on the father. Faults: the 'Also agreed' part has no time, so the "
        "young parents group and the housing application have none; the measures table leaves "
        "out the pre-birth assessment; 'The family will:' owns two items for the first weeks at "
        "home; the perinatal nurse only supports the mother, checked by her engaging well; the "
        "contingency sends mother and baby to the same aunt and says nothing about the family "
        "being unable to help."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Juttlesham City Council · Children's Services · Pre-birth and Infant Team**

- **Unborn baby** of Chantelle Sadler; due 10/02/2026
- **Mother:** Chantelle Sadler (20), 28 weeks pregnant; care leaver (personal adviser: Tom Blake, Juttlesham
  Leaving Care Service)
- **Father:** Reece Barlow (23); stays with Chantelle most nights
- **Address:** Flat 12, Kestrel House, Mill Street, Juttlesham JT3 6HW
- **Maternal aunt:** Kirsty Sadler (33), 4 Linnet Close, Juttlesham
- **Paternal grandmother:** Janet Barlow (52), 90 Ferry Road, Juttlesham
- **Category:** Neglect (unborn)
- **Pre-birth initial child protection conference:** Thursday 20/11/2025. Chair: Denise Olawale (IRO)
- **Social worker:** Amira Khan (team manager: Rob Ellison)

## Why we are worried

Chantelle has had depression since she was 15 and self-harmed as a teenager. In August 2025, when she found out
she was pregnant, she cut her arms badly enough to need stitches. Reece uses cocaine and drinks heavily most
weekends. On 30/09/2025 the police were called to the flat after neighbours heard shouting and a crash; Reece had
punched a hole in the bedroom door, and Chantelle had a bruise on her arm that she said was from the door. Chantelle
missed her 16-week midwife appointment.

## What is going well

Chantelle has been to every scan and every appointment since September, and she is seen by the perinatal mental
health team. Reece has agreed to see the drug service. Kirsty has offered to help after the birth, and Janet has
bought a cot. Chantelle and Reece both came to the conference and listened.

## The baby's world

At the 20-week scan on 02/10/2025 the baby was growing well; Chantelle showed the social worker the scan photo,
which is on the fridge, and calls the baby "Bean". On the visit on 13/11/2025 the baby kicked and Chantelle put
Reece's hand on her bump, and they both laughed. The flat has a Moses basket and a bag of clothes from Kirsty, but
only one heater, and the bedroom is cold and damp. Chantelle smokes about ten cigarettes a day; she has cut down
from twenty. Chantelle says she wants to keep her baby and "do better than my mum did"; Reece says he wants to be
"a proper dad, not like mine".

## What we want for the baby

1. The baby is born safely and goes home to a warm flat with a cot, safe sleep and everything a newborn needs.
2. The baby is cared for every day and night by an adult who is sober, free of drugs and calm, and never hears or
   sees violence or shouting.
3. The baby is fed, weighed and seen by a health professional every week in the first month, and grows well.
4. The baby's mum is well enough in her mood to notice the baby's needs and respond to them, with help ready if
   she struggles.

## The plan

Our plan is set out by when things happen. The heading of each part says when everything in it is to be done.
Under each heading, each person's or service's actions are listed under their name. How we will know each action
is done and working is in the table after the plan, by action number.

### Before the baby is born — all by 36 weeks (Tuesday 13/01/2026)

**Jo Allen, specialist safeguarding midwife, will:**

1. Write a birth plan with Chantelle and Reece, including who may visit on the ward, and send it to the labour ward
   and the SW.
2. See Chantelle at every antenatal appointment and tell the SW the same day about any missed appointment.

**Amira Khan, social worker, will:**

3. Complete a pre-birth assessment of Chantelle and Reece.
4. Hold a family network meeting with Chantelle, Reece, Kirsty and Janet to agree who will help after the birth.

**Sam Ortiz, recovery worker, Juttlesham Drug and Alcohol Service, will:**

5. Assess Reece's cocaine and alcohol use, see him for key-work every week with a drug test each month, and report
   in writing on whether he has stopped, what that means for the baby and how long change is likely to take.

**Kerry Doyle, perinatal mental health nurse, Juttlesham Perinatal Mental Health Team, will:**

6. Visit Chantelle at home every two weeks to support her with her low mood.

### In hospital, after the birth — before the baby goes home

**Ward 7 midwives, Juttlesham General Hospital, will:**

7. Watch and write down how Chantelle and Reece feed, change and settle the baby, and pass their notes to the SW.

**Amira Khan, social worker, will:**

8. Hold a discharge planning meeting on the ward with Chantelle, Reece, the midwife and the health visitor.

### The first 28 days at home

**Lisa Ford, health visitor, will:**

9. Visit every week, weigh the baby, and check where and how the baby sleeps.

**Amira Khan, social worker, will:**

10. Visit twice a week, at least one visit unannounced, and see the baby awake and being cared for.

**The family will:**

11. Make sure a sober adult stays with Chantelle and the baby every night.
12. Help Chantelle with the night feeds so that she can sleep.

### Also agreed

**Chantelle will:**

13. Go to the Juttlesham Young Parents group at the Mill Street Family Hub.

**Amira Khan, social worker, will:**

14. Help Chantelle apply for a two-bedroom flat through Juttlesham HomeFinder.

## How we will know

| No. | How we will know |
|---|---|
| 1 | The birth plan is on the labour ward's system and on the SW's file by 13/01/2026. |
| 2 | Jo's appointment record is sent to the SW every month, and every missed appointment has a same-day call logged. |
| 4 | The written network plan, saying who helps on which nights, is sent to every core group member. |
| 5 | Sam's written assessment, and his report with the drug test results, are on file by 13/01/2026 and before each core group. |
| 6 | Chantelle engages well with the perinatal team. |
| 7 | The ward's feeding and care notes reach the SW before discharge. |
| 8 | The written discharge plan, signed by both parents, is on file before the baby goes home. |
| 9 | The baby's weight is plotted in the red book every week, on or above the birth centile, and safe sleep is seen at each visit. |
| 10 | Visit records show the baby seen awake twice a week. |
| 11 | The overnight rota on the fridge names the adult staying each night; the SW checks it at each visit. |
| 12 | Night feeds are written on the baby's feed chart. |
| 13 | The group register shows Chantelle there each week. |
| 14 | The HomeFinder application reference is on file. |

## If things go wrong

- If Reece is under the influence of drugs or alcohol at the flat, or there is any argument or violence between
  Chantelle and Reece, before or after the birth, Chantelle (and the baby) will go to Kirsty's home at 4 Linnet
  Close that day, Reece will not come back to the flat, and Amira will hold a strategy discussion with Juttlesham
  Police the same day.
- If Chantelle self-harms, or tells anyone she has thoughts of harming herself or the baby, the perinatal crisis
  team will be asked to see her the same day, the baby will be cared for by Kirsty, and Amira will hold a strategy
  discussion the same day.
- If the pre-birth assessment says the baby cannot safely go home, or Reece's drug test in January is positive,
  Amira will request a legal planning meeting with Rob Ellison within five working days, before the baby is born.

## Meetings

- Core group meetings, Tuesdays at 2pm at Mill Street Family Hub: 02/12/2025, 06/01/2026 and 03/02/2026, then every
  four weeks after the birth.
- Review child protection conference: Thursday 19/02/2026, 10am, Juttlesham Civic Centre.
""",
    "findings": [
        F("M001", "Complete a pre-birth assessment of Chantelle and Reece"),
        F("H001", "Visit Chantelle at home every two weeks to support her"),
        F("M002", "Visit Chantelle at home every two weeks to support her"),
        F("W002", "Make sure a sober adult stays with Chantelle and the baby"),
        F("W002", "Help Chantelle with the night feeds so that she can sleep"),
        F("T001", "Go to the Juttlesham Young Parents group at the Mill Street"),
        F("T001", "Help Chantelle apply for a two-bedroom flat through Juttlesham HomeFinder"),
        F("C003"),
    ],
})
