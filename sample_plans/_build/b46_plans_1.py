"""Batch 46, module 1: seven fictional plans (tuning material), places beginning with "k".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: how progress will be known, written in the practitioner's own words
and hardly ever under a "Measure" label: inside the action sentence, in a
"so that" or "we'll know this is working when" clause, in a comments /
update column, under invented headings ("Signs it is working", "Checked
by"), as the sentence after the action, or as a check the core group makes
at each meeting. Four plans are exemplary. In the three faulty plans the
actions with no measure, or only "monitor" / "keep an eye on" / "engagement"
wording, sit next to actions whose measures are present but oddly worded.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect. Three-column table with no measure column: the
#    check is written into each action cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_kestlebury_check_inside_action_cell_strudwick.docx",
    "doc_title": "Child Protection Plan - Reece and Daisy-Mae Strudwick",
    "split": "tune",
    "template": "icpc-plan-docx-council-strapline-details-kv-then-three-column-what-will-happen-and-how-we-will-see-it-lead-when-table-check-written-inside-action-cell-no-measure-column",
    "description": (
        "Exemplary initial conference plan for an 8-year-old and a 3-year-old (neglect: hunger, "
        "untreated head lice, poor attendance, missed health checks; mother low since a bereavement). "
        "The action table has only three columns, 'What will happen (and how we will see it)', "
        "'Lead' and 'When': every action cell carries its own check (a register, an emailed figure, "
        "a red book entry, before-and-after photos, a GP letter). The GP reviews the mother's mood "
        "and writes about its effect on the children; specific contingency with a fallback if the "
        "father cannot take the children; dates and legal step set."
    ),
    "blocks": [
        ("p", "KESTLEBURY COUNCIL  |  Children and Families  |  Safeguarding and Family Support (South)"),
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Made at", "Initial child protection conference, 12/06/2025, Kestlebury Civic Hall"),
            ("Children", "Reece Strudwick, 8 (born 19/02/2017), Year 3, Kestlebury St Anne's C of E Primary; "
                         "Daisy-Mae Strudwick, 3 (born 04/01/2022), Little Acorns Pre-school"),
            ("At home", "Gemma Strudwick (mum, 29), 7 Foundry Row, Kestlebury"),
            ("Dad", "Liam Strudwick, 31 Gasworks Lane, Kestlebury; has the children every other weekend"),
            ("Category", "Neglect"),
            ("Social worker", "Callum Reid (01632 448 210)"),
            ("Conference chair", "Bernadette Oyo"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Since January, Reece has come to school hungry most mornings and has taken food from other "
              "children's lunch boxes. His attendance this school year is 81%, and most of the days missed "
              "are Mondays. Both children have had head lice since before Easter; Reece has sores on his "
              "scalp from scratching. Daisy-Mae's 2-year review and a dental appointment were missed. On two "
              "visits in May the social worker found no food in the kitchen apart from cereal with no milk, "
              "and dirty nappies bagged on the landing."),
        ("p", "Gemma told conference that she has been \"on autopilot\" since her mum died in January, that "
              "some days she does not open the curtains, and that she saw her GP once in March but did not go "
              "back. She does not drink or use drugs. Liam has the children every other weekend and school "
              "say Reece is brighter and better fed on the Mondays after he has been at his dad's."),
        ("h1", "What is going well"),
        ("p", "Gemma loves her children and is honest about how hard things are. She let the social worker "
              "look round the house on every visit. Daisy-Mae's pre-school attendance is good (92%). Liam "
              "has never missed a weekend and wants to do more."),
        ("h1", "What Reece and Daisy-Mae have told us"),
        ("p", "Reece (seen on his own at school, 05/06/2025): \"Mum's sad because Nana died. I make me and "
              "Daisy cereal if there's any. My head itches all the time and Kyle calls me nitty.\" He said "
              "the best bit of his week is \"Dad's, because we have proper tea and watch films\". Asked what "
              "one thing he would change, he said: \"For there to be food when I get up.\""),
        ("p", "Daisy-Mae talks in short sentences. Her keyworker says she eats everything at snack time and "
              "asks for more, and that she often arrives in the clothes she wore the day before. On home "
              "visits she followed the social worker around holding her hand and showed her the bath, "
              "saying \"bath broken\" (the hot tap was not working)."),
        ("h1", "What we want to be different for the children"),
        ("bullets", [
            "Reece and Daisy-Mae have breakfast and a cooked tea every day and are never hungry at school or "
            "pre-school.",
            "Reece is in school every day, on time: attendance of 95% or more by the review conference, and "
            "no more missed Mondays.",
            "Both children are free of head lice, washed, and in clean clothes each day.",
            "Daisy-Mae's health and development are checked and her teeth are looked after.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen (and how we will see it)", "Lead", "When"],
            "widths": [10.2, 3.8, 3.0],
            "rows": [
                ["Visit Reece and Daisy-Mae at home, with at least one visit a month unannounced; look in "
                 "the kitchen and both bedrooms, see Reece on his own and type up what he says so that his "
                 "words are in the visit record the core group reads at each meeting",
                 "Social worker, Callum Reid", "Every 10 working days from 16/06/2025"],
                ["Check Reece's attendance on the register every Friday and email Callum the week's figure, "
                 "so that a missed Monday is followed up with Gemma the same week",
                 "Mrs Joanne Fell, attendance officer, St Anne's", "Every Friday in term time"],
                ["Give Reece a free breakfast club place and tick the club register each morning to show "
                 "he came in and ate",
                 "Mr Dev Patel, breakfast club lead, St Anne's", "Every school day from 16/06/2025"],
                ["Treat both children's hair with the wet-combing kit from Foundry Row Pharmacy and comb "
                 "every 3 days for 2 weeks; Reece's scalp is then checked at school by the school nurse "
                 "and the result written on his school health record",
                 "Gemma Strudwick (mum)", "Start by 20/06/2025; school nurse check on 04/07/2025"],
                ["Do Daisy-Mae's missed 2-year review at home; her weight, height and ASQ-3 scores "
                 "go in her red book and a copy of the review is sent to Callum",
                 "Health visitor, Sunita Arora", "By 11/07/2025"],
                ["Book Daisy-Mae a check-up at Bridge Street Dental and take her; the dentist's letter "
                 "saying she was seen, and any treatment booked, is shown to the health visitor",
                 "Gemma Strudwick (mum)", "Booked by 04/07/2025; seen by 29/08/2025"],
                ["Sessions at home with Gemma on a daily routine: kitchen and bedrooms cleared, the bath tap "
                 "reported to the landlord, a weekly shopping list and a set tea time; before-and-after "
                 "photos of the kitchen and bedrooms, and a Kestlebury home conditions score at the first "
                 "and last session, go to Callum",
                 "Nadia Kowalczyk, family support worker, Kestlebury Family Hub",
                 "Weekly for 10 weeks from 24/06/2025"],
                ["See Gemma about her low mood since her mum died, decide with her whether medication or a "
                 "referral to Kestlebury Talking Therapies would help, and write to Callum about how her "
                 "mood is affecting her care of Reece and Daisy-Mae",
                 "Dr Harriet Mayne, GP, Priory Lane Surgery",
                 "Appointment by 27/06/2025; letter within 5 working days of it"],
                ["Note each session whether Daisy-Mae arrives fed, washed and in clean clothes, and who "
                 "brings and collects her; the sheet is emailed to Callum every Friday",
                 "Becky Loach, keyworker, Little Acorns Pre-school", "Every session (Mon, Wed, Thu)"],
                ["Have both children every other weekend as now, and hear Reece read twice over the weekend, "
                 "signing his school reading record so his teacher sees it on the Monday",
                 "Liam Strudwick (dad)", "Alternate weekends, Friday 5pm to Sunday 5pm, next on 20/06/2025"],
            ],
        }),
        ("h1", "If the plan is not keeping the children safe"),
        ("p", "If Reece's attendance is below 90% in any two-week period, if either child arrives at school "
              "or pre-school hungry or unwashed on two days in the same week, or if there is no food or hot "
              "water in the house at a visit, Callum (or the emergency duty team out of hours) will visit the "
              "same day and hold a strategy discussion. With Gemma's agreement the children will go to stay "
              "with Liam until the home is safe for them again; if Liam cannot have them, they will stay "
              "together with approved foster carers that night."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks at St Anne's, 3.45pm, on 24/06/2025, 22/07/2025 and 19/08/2025.",
            "Review child protection conference: 10/09/2025, 10am, Kestlebury Civic Hall.",
            "If by the core group on 19/08/2025 Reece's attendance is still below 90% or the last home "
            "conditions score shows no change, Callum will ask his team manager for a legal planning "
            "meeting within 5 working days.",
        ]),
        ("p", "Plan typed by Callum Reid, Social Worker, 13/06/2025, and sent to Gemma, Liam and everyone at "
              "conference."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan with a "Comments / update" column where
#    the measures are written (and sometimes are only progress notes). PDF
#    with header and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_kirnmouth_rcpc_comments_update_column_mulvaney.pdf",
    "doc_title": "Review Child Protection Plan - Kayla and Oscar Mulvaney",
    "split": "tune",
    "template": "rcpc-plan-paged-progress-since-icpc-paragraphs-then-no-action-lead-timescale-comments-update-table-measures-written-in-comments-prose-beside-progress-notes",
    "description": (
        "First review conference plan for a 6-year-old and a 7-month-old (neglect; mother's anxiety "
        "and depression under the CMHT, father's cannabis use, unsafe sleep). The action table has "
        "'Comments / update' as its last column: most rows write their check there in ordinary words "
        "(a weight plotted in the red book, the register each Friday, a cream chart on the fridge), but "
        "the parenting assessment and the Family Hub referral have only progress notes there, the "
        "drug service row says only 'engagement', the safe sleep row is owned by 'Family' and only "
        "'monitored', the eye test has no timescale, the CMHT only supports, and one outcome is the "
        "mother's."
    ),
    "header": "OFFICIAL-SENSITIVE  |  Kirnmouth City Council  |  Children's Social Care",
    "footer": "Review child protection plan – Kayla and Oscar Mulvaney – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – First Review"),
        ("kv", [
            ("Children", "Kayla Mulvaney (6, Year 1, Kirnmouth Bay Primary) and Oscar Mulvaney (7 months)"),
            ("Address", "22 Cormorant Walk, Kirnmouth"),
            ("Mum", "Shannon Mulvaney (27)"),
            ("Oscar's dad", "Darren Vickers (30), lives at the address"),
            ("Kayla's dad", "Scott Ainley, lives in Portsea; phone contact on Sundays"),
            ("Initial conference", "08/04/2025 (category: neglect)"),
            ("Review conference", "08/07/2025 – plan continues, category unchanged"),
            ("Social worker", "Rhona McKee, Family Safeguarding Team 3"),
        ]),
        ("h1", "Progress since April"),
        ("p", "Oscar has put on weight since the initial conference and has moved up from the 2nd to the "
              "9th centile. He is now in a cot in his parents' room, but on the unannounced visit of "
              "19/06/2025 he was asleep in the big bed next to Darren, and the bedroom smelt strongly of "
              "cannabis. Kayla's attendance has gone up from 84% to 96% since Easter and she has been late "
              "only twice."),
        ("p", "Shannon has had anxiety and depression since she was a teenager and is under Kirnmouth "
              "Community Mental Health Team. She told conference that her tablets are helping and she is "
              "getting out of the house more, but that she still struggles to get up for Oscar's night "
              "feeds and relies on Darren to do them. Darren has said he smokes cannabis \"most evenings, "
              "to sleep\" and has been to some appointments with the substance misuse service but not all."),
        ("h1", "Kayla and Oscar"),
        ("p", "Kayla was seen on her own at school on 02/07/2025. She said: \"Oscar cries a lot in the night "
              "and I put my pillow on my ears. Darren's smoke smells like a skunk.\" She likes school dinners "
              "and her teacher Mr Ruddock. Asked what would make home better she said \"if Mum got up with "
              "me in the morning\". She has been squinting at the board and the school has asked for her "
              "eyes to be tested."),
        ("p", "Oscar is a smiley baby who babbles and reaches for Shannon and for his sister. The health "
              "visitor has seen him with a sore, weeping rash on his cheeks and in the creases of his arms; "
              "he rubs his face on the cot sheet and wakes often."),
        ("h1", "Outcomes"),
        ("numbers", [
            "Oscar sleeps on his back in his own cot, in a smoke-free room, every night and for every nap.",
            "Kayla is woken, given breakfast and taken to school by an adult every day, and is not kept "
            "awake at night.",
            "Oscar keeps growing along the 9th centile or above and his eczema is treated so his skin heals.",
            "Shannon feels less anxious and more in control of her week.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Timescale", "Comments / update"],
            "widths": [1.0, 5.4, 3.4, 2.6, 4.6],
            "rows": [
                ["1", "Home visits, at least one a month unannounced; see Kayla on her own and see where "
                      "Oscar slept the night before",
                 "SW Rhona McKee", "Fortnightly",
                 "7 visits since April. Kayla's words go into every visit record, and the record says "
                 "where Oscar slept and whether the room smelt of smoke."],
                ["2", "Weigh Oscar and check his feeding and weaning",
                 "HV Paula Gray", "Every 2 weeks until he is 12 months",
                 "Weighed at each visit and plotted in his red book; staying on or above the 9th centile "
                 "is what we want to see."],
                ["3", "Home visits from the CMHT to support Shannon with her anxiety and with taking her "
                      "medication",
                 "Tom Ashe, care coordinator, Kirnmouth CMHT", "Fortnightly",
                 "Shannon is attending. Contacts are recorded on the CMHT notes and the dates are sent to "
                 "the SW each month."],
                ["4", "Key work with Darren about his cannabis use and how it affects his care of Oscar at "
                      "night",
                 "Aisha Noor, Kirnmouth Substance Misuse Service", "Weekly",
                 "Engagement has been mixed so far."],
                ["5", "Check Kayla's attendance and punctuality, and ring the SW the same day if she is absent "
                      "without a reason",
                 "Mrs Denise Ogle, DSL, Kirnmouth Bay Primary", "Weekly",
                 "Attendance is checked on the register each Friday and the figure emailed to the SW "
                 "(96% since Easter, late twice)."],
                ["6", "Parenting assessment of Shannon and Darren, looking at how they care for Oscar at "
                      "night and get Kayla to school",
                 "SW Rhona McKee", "By 29/08/2025",
                 "Started 01/07/2025; two sessions done."],
                ["7", "Referral to the Kirnmouth Bay Family Hub for a family support worker to help with "
                      "morning routines, meals and bedtimes",
                 "SW Rhona McKee", "Ongoing",
                 "Referral sent 10/06/2025 – on the waiting list."],
                ["8", "Make sure Oscar sleeps in his own cot every night and is never in the big bed with "
                      "Darren after Darren has smoked",
                 "Family", "Every night",
                 "To be monitored at visits."],
                ["9", "Book an eye test for Kayla at Kirnmouth Opticians (she has been squinting at the board)",
                 "Shannon Mulvaney", "-",
                 "Optician's letter to be given to school, with a copy for the SW."],
                ["10", "Take Oscar to the GP about his eczema and put his creams on morning and night",
                 "Shannon Mulvaney", "GP by 18/07/2025; creams twice daily",
                 "The cream chart on the fridge is filled in morning and night and the HV looks at his "
                 "skin and the chart at each visit."],
                ["11", "Go to the ICON safe sleep session and the eight-week Kirnmouth Dads group",
                 "Darren Vickers", "Thursdays 6pm for 8 weeks from 17/07/2025",
                 "The Dads group register is sent to the SW every month; the ICON sign-off sheet goes on "
                 "the HV record."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Oscar is found asleep in the adults' bed or on a sofa, if Darren is caring for the children "
              "on his own after smoking cannabis, or if Kayla misses two days of school in a week with no "
              "reason given, the SW (or the emergency duty team out of hours) will hold a strategy discussion "
              "the same day. Darren will be asked to leave the home while it takes place, and if Shannon "
              "cannot care for both children on her own, Kayla and Oscar will stay together with approved "
              "foster carers under section 20 that day."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every 4 weeks at Kirnmouth Bay Primary at 9.30am: 22/07/2025, "
              "19/08/2025 and 16/09/2025. Second review child protection conference: 07/10/2025, 2pm, "
              "Kirnmouth Civic Centre."),
        ("p", "If Oscar is found co-sleeping again, or Darren has not started the Dads group by 31/07/2025, "
              "the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("p", "Plan typed by Rhona McKee (SW) on 09/07/2025 and agreed by the conference chair, Paul Devereux."),
    ],
    "findings": [
        F("F002", "Shannon feels less anxious and more in control of her week."),
        F("H001", "Home visits from the CMHT to support Shannon with her anxiety"),
        F("M002", "Key work with Darren about his cannabis use"),
        F("M001", "Parenting assessment of Shannon and Darren, looking at how"),
        F("T002", "Referral to the Kirnmouth Bay Family Hub for a family support worker"),
        F("M001", "Referral to the Kirnmouth Bay Family Hub for a family support worker"),
        F("W002", "Make sure Oscar sleeps in his own cot every night"),
        F("M002", "Make sure Oscar sleeps in his own cot every night"),
        F("T001", "Book an eye test for Kayla at Kirnmouth Opticians"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review plan in markdown: bullets under each person, every bullet ending
#    in a "we will know this is working when ..." clause. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_knavesholme_we_will_know_when_bullets_adebanjo.md",
    "split": "tune",
    "template": "rcpc-plan-md-italic-case-line-what-happened-what-has-changed-childrens-words-then-bold-person-subheadings-bullets-each-ending-we-will-know-this-is-working-when-clause",
    "description": (
        "Exemplary review conference plan for an 11-year-old and a 5-year-old (physical abuse: the "
        "mother's former partner hit the older boy with a belt; he has moved out and is on police "
        "bail). Bullets under each person or agency say what, who and when, and end with 'we will know "
        "this is working when ...' in the worker's own words. Grandmother's after-school help has a "
        "fallback in the contingency; core group and review dates and a legal step are set."
    ),
    "text": """\
# Daniel and Grace – child protection plan

*Knavesholme Borough Council, Children's Services · Review child protection conference held 3 July 2025 ·
plan continues under the category of physical abuse · Social worker: Hannah Quist · Chair: Rev. Tom Ashworth*

## What happened

On 14 March 2025 Daniel (11) went to school with red welts across the backs of his legs. He told his
teacher that Marcus Hale, his mum's partner at the time, had hit him with a belt because he had been
"cheeky". Marcus was arrested and is on police bail with conditions not to contact Daniel, Grace or
their mum, Bola Adebanjo, and not to go to Albury Road. The police investigation is still open.
Bola ended the relationship in March. Grace (5) was in the house at the time.

## What has changed since March

Bola has kept to the safety plan: Marcus has not been seen at the house and she told the school
office not to let him collect the children. She is halfway through the Calmer Parenting course at
the family centre and told conference she had been brought up with the belt herself and "never
thought about it" until now. Daniel's grandmother, Mrs Funmi Adebanjo, has collected the children
from school twice a week since April. Daniel has had no new marks. Marcus has started the Caring
Dads programme, which his bail conditions allow him to attend.

## What Daniel and Grace have told us

Daniel, seen on his own at school on 26 June: "It's better without Marcus. Mum doesn't shout as
much. I still get scared when I hear a car like his." On the three houses he put "Marcus" in the
house of worries and "Mum, Grandma Funmi, Mr Idowu (his teacher) and football" in the house of
good things. His wish is "for Marcus to never come back and for me to get in the Year 7 team".

Grace drew her family with everyone smiling, "and no Marcus". She told her teacher "Daniel got
hurt and cried", and that she likes "Grandma's jollof on Tuesdays".

## What we want for Daniel and Grace

- Daniel and Grace are never hit, and are brought up by adults who use calm ways to manage their behaviour.
- Daniel feels safe at home and in the street, and can say who he would go to if he was frightened.
- Grace understands, in words she can follow, that what happened to Daniel was not OK and that grown-ups are keeping them safe.

## Our plan

**Bola (mum)**

- Bola will not let Marcus into the house or let him see Daniel or Grace, including at the school gate, every day for as long as his bail conditions last and until the social worker has completed a new risk assessment; we will know this is working when Daniel and Grace tell Hannah at every visit that they have not seen him, and the police log shows no reports of him at Albury Road.
- Bola will finish the Calmer Parenting course at Knavesholme Family Centre on Wednesday mornings, with the last session on 30 July 2025; we will know this is working when the centre's register shows her at every session and Daniel tells his teacher at his Monday check-ins that nobody at home has smacked him.

**Marcus Hale**

- Marcus will go to the Caring Dads programme at Wenlow House every Monday evening for 17 weeks from 7 July 2025; we will know this is working when the facilitator sends Hannah the register each month and writes an end-of-course report for the core group on whether Marcus understands the harm he did to Daniel.

**Hannah Quist (social worker)**

- Hannah will visit the family at home every two weeks, with at least one visit a month unannounced, and see Daniel and Grace on their own each time; we will know this is working when each visit record has both children's own words in it and is shared with the core group.
- Hannah will do six sessions of direct work with Daniel on feelings and keeping safe, finishing by 29 August 2025; we will know this is working when Daniel can name three safe adults and what he would do if he was scared, written up in the session notes and his own safety card.
- Hannah will complete an updated risk assessment of Marcus, with the police and the Caring Dads facilitator, by 26 September 2025; we will know this is done when the written assessment is sent to Bola and the core group before the October review.

**Linden Road Primary**

- Mr Kofi Idowu, Daniel's class teacher, will check in with Daniel every Monday morning and ask how his weekend was; we will know this is working when his weekly note to the DSL records what Daniel said and whether he had any marks.
- Mrs Clare Haworth, DSL, will email Hannah every Friday in term time with both children's attendance, any marks seen and who collected them each day; Hannah will read these emails before each visit, so we will know straight away if anything changes.
- Miss Laura Finch, Grace's Reception teacher, will write down anything Grace says or draws about home on the day it happens; we will know this is working when those notes reach the DSL the same day and are in the school's safeguarding file.

**Knavesholme Police**

- DC Jas Sandhu, Child Abuse Investigation Team, will tell Hannah the same day if Marcus's bail conditions change, he is charged or he breaches them; we will know this is working when each update is logged on the children's file with its date and passed to Bola and the school.

**Grandma Funmi**

- Mrs Funmi Adebanjo will collect Daniel and Grace from school every Tuesday and Thursday at 3.15pm and give them their tea at hers until Bola picks them up at 6pm; we will know this is working when the school's collection book shows her name each Tuesday and Thursday.

## If things go wrong

If Marcus comes to the house, contacts Bola or the children, or is seen waiting near the school,
Bola or the school will ring 999 and then Hannah (or the emergency duty team after 5pm). Hannah
will hold a strategy discussion the same day. If any new mark is seen on either child, the school
will ring Hannah straight away and the child will have a child protection medical that day.

If Bola lets Marcus back into the house, the children will go to stay with Grandma Funmi while a
strategy discussion is held, and if Grandma Funmi cannot have them they will stay together with
approved foster carers. If Grandma Funmi is ill or away on a Tuesday or Thursday, Bola will book
the children into the school's after-school club (paid by Children's Services) and collect them
from there at 6pm.

If Bola lets Marcus back into the home, or Daniel is hurt again, Hannah will ask her team manager
for a legal planning meeting within 5 working days.

## Meetings

- Core group: every 4 weeks at Linden Road Primary, 9am – 17 July, 14 August and 11 September 2025.
- Next review child protection conference: 9 October 2025, 10am, Knavesholme Civic Offices.

*Typed by Hannah Quist, 4 July 2025. Copies to Bola Adebanjo, Linden Road Primary, DC Sandhu and the
Caring Dads programme.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Case-system text export of a plan's task list: each task has
#    Description / Allocated to / Due / Checked by / Notes lines; the check
#    is sometimes a real one, sometimes only a name (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_kelvercote_task_export_checked_by_line_pickavance.txt",
    "split": "tune",
    "template": "cp-plan-case-system-text-export-txt-equals-rules-colon-header-fields-then-task-nn-of-nn-blocks-description-allocated-to-due-checked-by-notes-lines",
    "description": (
        "Case-system export of an initial conference plan for a 4-year-old and a 2-year-old (emotional "
        "abuse: arguments and drinking at home; mother's emotionally unstable personality disorder "
        "under the CMHT, her partner's alcohol use). Each task has a 'Checked by' line where the "
        "worker writes how it will be checked: some are real checks (a nursery sheet emailed every "
        "Friday, breath test readings, cans and bottles looked for at visits), some only name a person "
        "or say 'core group review' or 'keep an eye on'. The CMHT only supports, one task is allocated "
        "to nobody with 'ASAP', one to 'Family network', and the review conference is 'TBC'."
    ),
    "text": """\
==========================================================================
 KELVERCOTE COUNCIL CHILDREN'S SERVICES             CareFile 7  (LIVE)
 Report: CP PLAN - TASK LIST (full)                 Run: 27/06/2025 10:14
 Run by: L.BOOTH                                    Page 1
==========================================================================
Plan type ........: Child Protection Plan (Initial)
Plan start .......: 24/06/2025   (ICPC, Kelvercote Town Hall)
Category .........: Emotional abuse
Subject 1 ........: Harley PICKAVANCE   DOB 11/03/2021  (4y)   ID 4410392
Subject 2 ........: Mason PICKAVANCE    DOB 30/05/2023  (2y)   ID 4410393
Address ..........: 41 Tanner's Yard, Kelvercote
Mother ...........: Jodie Pickavance (24)
Mother's partner .: Ryan Doyle (27), father of Mason, lives at address
Allocated SW .....: Leanne Booth, Safeguarding Team 2
Team manager .....: Priya Sethi

--- REASON FOR PLAN ----------------------------------------------------
Police attended 41 Tanner's Yard four times between January and May
2025 after neighbours heard shouting and smashing glass; on two of those
nights Ryan had been drinking heavily and Harley was found hiding in the
bathroom. Jodie has a diagnosis of emotionally unstable personality
disorder, is under Kelvercote CMHT and takes sertraline; she self-harmed
in April while the children were in the flat. Ryan drinks most days and
told the SW he has "six or seven cans a night, more at weekends". No
physical injuries to either child. Mason's speech is behind for his age.

--- WHAT THE CHILDREN SAY / SHOW ----------------------------------------
Harley (seen at nursery 20/06/2025 with his keyworker): "Mummy and Ryan
do loud shouting. I go in the bath and shut my eyes." He drew a big
black cloud over the house and said it was "the shouting". He said he
likes Nanny Carol's "because she does pancakes and no shouting".
Mason (seen at home 18/06/2025): has about 10 words, brought the SW his
shoes to go out, startles and cries when a door is banged, and settled
quickly on Jodie's lap.

--- OUTCOMES ------------------------------------------------------------
OC1  Harley and Mason live in a home without shouting, fighting or
     adults who are drunk.
OC2  Harley feels safe enough at home that he no longer hides in the
     bathroom, and can tell his keyworker how he feels.
OC3  Mason's speech and development are checked and helped so that he
     catches up before he starts pre-school.

--- TASKS ---------------------------------------------------------------
TASK 01 of 09
  Description ...: Home visits to Harley and Mason, at least one a month
                   unannounced; see Harley on his own and Mason awake
  Allocated to ..: SW Leanne Booth
  Due ...........: Every 2 weeks
  Checked by ....: Team manager at monthly supervision - visit records
                   show both children seen and Harley's words typed in
  Notes .........: 2 visits since ICPC

TASK 02 of 09
  Description ...: Record each morning how Harley arrives at nursery (fed,
                   clean, tired, upset) and who drops off and collects
  Allocated to ..: Little Sprouts Nursery (keyworker Amy Dale)
  Due ...........: Every session, Monday to Friday mornings
  Checked by ....: SW - the arrival sheet is emailed to her every Friday
  Notes .........:

TASK 03 of 09
  Description ...: Care coordination for Jodie; support with managing her
                   emotions and with keeping her DBT skills group
  Allocated to ..: Jo Varley, care coordinator, Kelvercote CMHT
  Due ...........: Fortnightly
  Checked by ....: Jo Varley
  Notes .........: Jodie seen 3 times since ICPC. Next appt 02/07/2025.

TASK 04 of 09
  Description ...: Alcohol assessment and weekly key work with Ryan, with
                   a breath test at each appointment; written update on
                   his drinking and what it means for the children
  Allocated to ..: Gary Lunn, Kelvercote Recovery Partnership
  Due ...........: Weekly from 30/06/2025; update before each core group
  Checked by ....: SW - breath test readings and Gary's written update
                   are read out at every core group
  Notes .........: Ryan has signed consent to share.

TASK 05 of 09
  Description ...: 2-year developmental review for Mason, with a referral
                   to speech and language therapy if his words are still
                   behind
  Allocated to ..: HV Karen Blythe
  Due ...........: By 25/07/2025
  Checked by ....: Core group review
  Notes .........:

TASK 06 of 09
  Description ...: Keep the flat free of cans and bottles, and make sure
                   nobody who has been drinking looks after the boys
  Allocated to ..: Family network
  Due ...........: Daily
  Checked by ....: SW looks in the fridge, bins and recycling at every
                   visit and writes down what she found on the visit
                   record
  Notes .........:

TASK 07 of 09
  Description ...: Referral to the Family Hub "Parenting Puzzle" course
                   for Jodie and Ryan
  Allocated to ..:
  Due ...........: ASAP
  Checked by ....: SW
  Notes .........:

TASK 08 of 09
  Description ...: Have Harley and Mason at hers every Saturday so Jodie
                   gets a break and the boys have a calm day
  Allocated to ..: Carol Pickavance (maternal grandmother)
  Due ...........: Every Saturday, 9am to 4pm
  Checked by ....: SW to keep an eye on how the boys are on Mondays
  Notes .........:

TASK 09 of 09
  Description ...: Medication review for Jodie and a letter to the SW on
                   how her health is affecting her care of the boys
  Allocated to ..: Dr Imran Qureshi, GP, Tanner's Lane Medical Centre
  Due ...........: By 18/07/2025
  Checked by ....: SW - GP's letter on the children's file
  Notes .........: Appointment booked 09/07/2025

--- CONTINGENCY ---------------------------------------------------------
Trigger ...........: Police called to the address for any incident; Ryan
                     found drunk while caring for the boys; Jodie
                     self-harms while the children are at home.
Response ..........: SW (EDT out of hours) holds a strategy discussion the
                     same day. Ryan leaves the flat and stays with his
                     brother. If Jodie cannot care for the boys safely,
                     they go to Nanny Carol; if Carol cannot have them,
                     to approved foster carers that night.
Family support ....: If Carol cannot have the boys on a Saturday, Jodie
                     tells the SW by the Friday and the boys go to the
                     Saturday stay-and-play at Kelvercote Family Hub
                     (SW books it) instead.
Legal planning ....: If a second incident happens before the review, the
                     SW will request a legal planning meeting within 5
                     working days.

--- REVIEW ---------------------------------------------------------------
Core group ........: Every 4 weeks. 1st: 04/07/2025, then 01/08/2025 and
                     29/08/2025 (Little Sprouts Nursery, 1.30pm)
RCPC ..............: TBC

==========================================================================
 END OF REPORT                                        CareFile 7  (LIVE)
==========================================================================
""",
    "findings": [
        F("H001", "Care coordination for Jodie; support with managing her"),
        F("M001", "Care coordination for Jodie; support with managing her"),
        F("M002", "2-year developmental review for Mason, with a referral"),
        F("W002", "Keep the flat free of cans and bottles, and make sure"),
        F("W001", "Referral to the Family Hub"),
        F("T002", "Referral to the Family Hub"),
        F("M001", "Referral to the Family Hub"),
        F("M002", "Have Harley and Mason at hers every Saturday"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan: Word numbered list under stage headings; each item is a
#    commitment sentence followed by a "We'll know ..." sentence. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_kimbleworth_prebirth_numbered_then_well_know_dewhirst.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chloe Dewhirst",
    "split": "tune",
    "template": "prebirth-icpc-plan-docx-about-mum-and-dad-babys-world-now-then-stage-subheadings-word-numbered-items-commitment-sentence-followed-by-well-know-sentence",
    "description": (
        "Exemplary pre-birth plan made at 31 weeks for the baby of a 19-year-old care leaver with a "
        "history of depression (under the perinatal team) and a 22-year-old father with a conviction "
        "for assaulting a former partner. Actions are Word-numbered items under 'Before the baby is "
        "born', 'On the ward' and 'When the baby comes home'; each has an owner and timescale in its "
        "first sentence and how we will know in the next. The perinatal team assesses capacity to "
        "change; the paternal grandmother's evenings have a fallback; dates and a legal step are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Kimbleworth County Council – Children's Social Care – Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby girl of Chloe Dewhirst, due 14/09/2025 (31 weeks at conference)"),
            ("Mum", "Chloe Dewhirst (19), 3 Saddler's Court, Kimbleworth – care leaver, personal adviser Mo Rahim"),
            ("Dad", "Kyle Benn (22), lives with Chloe"),
            ("Conference", "Initial (pre-birth) child protection conference, 10/07/2025"),
            ("Category", "Physical abuse (risk of) – domestic abuse"),
            ("Social worker", "Ben Alder"),
            ("Midwife", "Dani Fox, specialist safeguarding midwife, Kimbleworth General Hospital"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "In 2023 Kyle was convicted of assaulting a former partner, who was pregnant at the time, and "
              "was given a community order. In May 2025 neighbours called the police after hearing Chloe "
              "screaming; Chloe said it was an argument and there were no injuries, but she told the midwife "
              "a week later that Kyle had pushed her against the wardrobe. Chloe grew up in foster care, had "
              "depression and self-harmed between the ages of 14 and 17, and has been seen by the Kimbleworth "
              "Perinatal Mental Health Team since 20 weeks. She stopped using cannabis when she found out she "
              "was pregnant and her tests since March have been negative."),
        ("h1", "What is going well"),
        ("p", "Chloe has been to every antenatal appointment. She has kept in touch with her former foster "
              "carer, Liz Greaves, who has offered to help. Kyle came to conference, accepted that he pushed "
              "Chloe, and said he wants to do a programme. Kyle's mum, Sandra Benn, lives two streets away "
              "and has offered to be at the flat every evening when the baby first comes home."),
        ("h1", "The baby's world now"),
        ("p", "At the 28-week scan the baby was growing well and moving a lot; Chloe showed the social worker "
              "the scan picture on her fridge. The flat is warm and clean. There is no cot yet and the "
              "baby's clothes are in bags in the hallway. Chloe says the baby kicks most \"when Kyle "
              "raises his voice\" and she puts her hand on her bump to calm her. Chloe has chosen the name "
              "Ava-Rose."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "Ava-Rose is born safely and goes home to a flat where nobody is hurt, pushed or threatened.",
            "She is fed, kept warm, put to sleep on her back in her own cot and gains weight after birth.",
            "She is seen by a health visitor or social worker at least every week in her first 8 weeks.",
        ]),
        ("h1", "What will happen"),
        ("h2", "Before the baby is born"),
        ("numbers", [
            "Dani Fox, specialist safeguarding midwife, will see Chloe at every antenatal appointment, weekly "
            "from 36 weeks, and ask her on her own each time whether she feels safe at home. We'll know this "
            "is happening from the midwifery notes, which will say that Chloe was seen alone and what she said.",
            "Kyle will start the Kimbleworth Safe Together programme for fathers on 21/07/2025 and go every "
            "Monday evening for 24 weeks. The programme worker will send Ben the register each month and a "
            "mid-point report by 18/09/2025 saying whether Kyle is using what he has learnt at home.",
            "Amira Shah, perinatal mental health practitioner, will see Chloe every 2 weeks until the baby is "
            "born and write an assessment of her mental health, the signs of a relapse and whether she can "
            "keep up the changes she has made once the baby is here, by 21/08/2025. Ben and the core group "
            "will have the written assessment before the core group on 21/08/2025.",
            "Ben Alder, social worker, will complete the pre-birth assessment, including a parenting "
            "assessment of Chloe and Kyle and a risk assessment of Kyle, by 22/08/2025. The finished report "
            "will be shared with Chloe, Kyle and the core group, and its recommendations will set the plan "
            "for the ward.",
            "Chloe and Kyle will get a cot, mattress and baby bedding and set the cot up in their bedroom by "
            "36 weeks (about 18/08/2025). Ben will see the cot at his next home visit after that, and Dani "
            "will go through safe sleep with them and sign the safe sleep checklist in the notes.",
            "Mo Rahim, Chloe's personal adviser from the Kimbleworth Leaving Care Team, will help Chloe apply "
            "for a Sure Start Maternity Grant and the baby's Child Benefit by 31/07/2025, so that the money "
            "for the baby's things is in place before the birth. The grant letter and the claim reference "
            "will be copied to Ben.",
        ]),
        ("h2", "On the ward"),
        ("numbers", [
            "Dani Fox will put the safeguarding birth plan on the maternity alert system at Kimbleworth "
            "General by 34 weeks (04/08/2025). A copy of the alert will be on Ben's file, and the ward will "
            "ring Ben or the emergency duty team within 2 hours of the birth.",
            "Ben will visit Chloe and Ava-Rose on the ward every day until discharge and hold a discharge "
            "planning meeting before they leave. His daily visit notes and the written discharge plan will "
            "go to the core group before Ava-Rose goes home.",
        ]),
        ("h2", "When the baby comes home"),
        ("numbers", [
            "Joanne Pike, health visitor, will visit weekly for the first 8 weeks from the day after "
            "discharge, then every 2 weeks, and weigh Ava-Rose each time. The weights will be in the red "
            "book and sent to Ben; we want her back to birth weight by 2 weeks old and following her "
            "centile after that.",
            "Sandra Benn (Kyle's mum) will be at the flat every evening from 6pm to 10pm for the first 4 "
            "weeks after discharge, so that Chloe and Kyle are never on their own with the baby at bath and "
            "bedtime. She will sign the network diary each night, and Ben will read and sign it at every "
            "visit.",
            "Ben will visit every week for the first 8 weeks after discharge, at least one visit in every "
            "two weeks unannounced, and see Ava-Rose awake and undressed for her nappy change. Each visit "
            "record will say where she slept, how she was handled and what Chloe and Kyle said.",
            "Chloe will take Ava-Rose to every health visitor clinic appointment and to the GP for her 6 to "
            "8 week check, and keep her red book up to date. The GP practice will send the HV the record of "
            "the 6 to 8 week check and the HV will look at the red book at each visit.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If there is any incident of violence or threats between Kyle and Chloe, if Kyle misses two "
              "Safe Together sessions in a row, or if Chloe is found to be using cannabis again, Ben (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. If this "
              "happens before the birth, Kyle will move to his mum's and will not be at the hospital. If it "
              "happens after the birth, Kyle will leave the flat that day; if Chloe and Ava-Rose cannot be "
              "kept safe at the flat, the IDVA will arrange a refuge place, or Ava-Rose will be placed with "
              "approved foster carers with Chloe's agreement."),
        ("p", "If Sandra is ill or cannot come on any evening in the first 4 weeks, Chloe will ring Ben (or "
              "the emergency duty team) before 6pm. Liz Greaves will come instead, and if neither Sandra nor "
              "Liz can be there, Kyle will sleep at his mum's that night."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: 24/07/2025, then every 4 weeks (21/08/2025 and 18/09/2025), at Kimbleworth Family "
            "Centre, 10am.",
            "Review child protection conference: 09/10/2025, 1.30pm, County Hall, Kimbleworth.",
            "If Kyle has not started Safe Together by 04/08/2025, or there is any new incident of violence "
            "before the birth, Ben will ask his team manager for a legal planning meeting to consider "
            "starting pre-proceedings before Ava-Rose is born.",
        ]),
        ("p", "Ben Alder, Social Worker – plan typed 11/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan, landscape PDF: theme banner rows, then Step / Who / When /
#    Signs it is working / Checked by. Exemplary (pdf with header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_kyrkmoor_signs_it_is_working_checked_by_sandoval.pdf",
    "doc_title": "Child Protection Plan - Luca and Maria Sandoval",
    "split": "tune",
    "template": "rcpc-plan-paged-landscape-summary-grid-then-theme-banner-rows-step-who-when-signs-it-is-working-checked-by-columns-core-group-check-at-each-meeting",
    "description": (
        "Exemplary review conference plan for a 12-year-old young carer and his 7-year-old sister; "
        "their mother had a psychotic episode and a hospital admission earlier in the year and is now "
        "at home under the CMHT. Landscape table with theme banner rows and the columns 'Step', 'Who', "
        "'When', 'Signs it is working' and 'Checked by'. The CMHT and the psychiatrist report on "
        "relapse risk and capacity to sustain change; aunt and grandmother have a fallback in the "
        "contingency; core group and review dates and a legal step are set."
    ),
    "header": "Kyrkmoor Metropolitan Borough Council – Children's Social Care – OFFICIAL SENSITIVE",
    "footer": "Luca and Maria Sandoval – child protection plan (review 15/07/2025) – page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("table", {
            "header": ["Children", "Family", "Plan details"],
            "widths": [8.5, 8.6, 8.6],
            "rows": [
                ["Luca Sandoval, 12 (born 02/02/2013), Year 7, Kyrkmoor High School\n"
                 "Maria Sandoval, 7 (born 27/09/2017), Year 2, Holmfirth Road Primary",
                 "Elena Sandoval (mum), 16 Larch Terrace, Kyrkmoor\n"
                 "Rosa Delgado (maternal aunt), Bank Street\n"
                 "Carmen Sandoval (paternal grandmother), Pinfold Lane\n"
                 "Javier Sandoval (dad) lives in Valencia; video calls on Sundays",
                 "Category: emotional abuse\n"
                 "Initial conference 22/04/2025; review conference 15/07/2025 – plan continues\n"
                 "Social worker: Gareth Lloyd\n"
                 "Chair: Yvonne Achebe"],
            ],
        }),
        ("h1", "Where things are now"),
        ("p", "In March Elena became very unwell with a psychotic episode. For about three weeks before she "
              "was admitted to Ashgrove Unit under section 2, Luca was getting Maria up, cooking, and keeping "
              "their mum from going out at night, and he stopped going to school. The children stayed with "
              "their aunt Rosa during the five weeks Elena was in hospital. Elena came home on 30/04/2025 on "
              "an antipsychotic depot injection and is under the Kyrkmoor North Community Mental Health Team. "
              "She has had every injection on time, has a written relapse plan, and told conference that she "
              "wants Luca \"to be a boy again, not my nurse\"."),
        ("p", "Luca is still doing more than a 12-year-old should: his pastoral lead says that in June he "
              "cooked tea on about four nights a week and he has been late to school eleven times since "
              "Easter. Maria's speech is unclear and her teacher says she is tired and quiet on Mondays."),
        ("h1", "What Luca and Maria say"),
        ("p", "Luca (seen alone at school, 08/07/2025): \"Mum's loads better. I just check she's had her "
              "tablets and that she's eaten. I'd like to go to football on Fridays but someone needs to be "
              "with Maria.\" He said he was \"really scared\" when his mum was in hospital and did not know "
              "what was wrong with her, and he would like someone to explain it to him."),
        ("p", "Maria (seen at home, 10/07/2025) showed the social worker her drawings of \"Mummy in the "
              "hospital with the nice nurse\" and of tea at Auntie Rosa's. She said she likes it when Luca "
              "reads to her, and that she does not like it \"when Mummy talks to the telly\"."),
        ("h1", "What we want for Luca and Maria by the next review"),
        ("bullets", [
            "Luca and Maria are cared for every day by an adult who is well enough to look after them, and "
            "know what will happen if their mum becomes unwell again.",
            "Luca stops being the one who cooks, gives medicine and puts Maria to bed, goes to school on time "
            "and plays football on Fridays.",
            "Maria's speech is assessed and helped, and she comes to school rested and ready to learn.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Step", "Who", "When", "Signs it is working", "Checked by"],
            "widths": [7.6, 4.4, 3.9, 6.0, 3.8],
            "rows": [
                ["A. An adult who is well looks after Luca and Maria every day", H, H, H, H],
                ["Care coordination for Elena: see her at home, give her depot injection and go through her "
                 "relapse plan with her; write a report for each core group on how her health is affecting "
                 "her care of the children and whether the changes she has made are holding",
                 "Nadia Ferrer, care coordinator, Kyrkmoor North CMHT",
                 "Weekly; report before every core group",
                 "Depot given on the due date each time (CMHT record); early warning signs from her relapse "
                 "plan noted at each visit; written report in the core group papers",
                 "Core group, at each meeting, reading Nadia's report"],
                ["Outpatient review with a written opinion on Elena's prognosis, the risk of relapse over the "
                 "next year and how long she is likely to need the depot",
                 "Dr Farid Hussain, consultant psychiatrist, Kyrkmoor North CMHT",
                 "By 29/08/2025",
                 "Letter to the SW and GP with the psychiatrist's opinion, shared with the core group",
                 "SW Gareth Lloyd"],
                ["Be at the house on Tuesday and Thursday evenings, cook tea with the children and see Maria "
                 "to bed",
                 "Rosa Delgado (aunt)", "Every Tuesday and Thursday, 4pm to 8pm",
                 "Rosa texts the SW when she leaves each evening; Luca and Maria say who cooked when the SW "
                 "asks them",
                 "SW at each visit"],
                ["Have Luca and Maria overnight every Saturday so Elena can rest and Luca has a weekend off",
                 "Carmen Sandoval (grandmother)", "Every Saturday 10am to Sunday 2pm",
                 "Weekend diary kept by Carmen; Luca tells his pastoral lead on Monday what he did",
                 "SW, who reads the diary at each visit"],
                ["B. Luca gets to be 12", H, H, H, H],
                ["Young carers assessment for Luca, then a place at the Friday young carers club so he can go "
                 "to football on the other Friday evenings",
                 "Dylan Price, Kyrkmoor Young Carers", "Assessment by 25/07/2025; club every other Friday from "
                 "01/08/2025",
                 "Assessment report sent to the SW; club register shows Luca there",
                 "SW Gareth Lloyd"],
                ["See Luca every Monday morning and ask how many nights last week he cooked, gave his mum her "
                 "tablets or put Maria to bed; email the SW the numbers",
                 "Mr Tom Walsh, pastoral lead, Kyrkmoor High", "Every Monday in term time",
                 "The number of caring nights goes down from about 4 a week in June to none by the October "
                 "review; lates fall to none",
                 "Core group, which looks at the Monday emails at each meeting"],
                ["Three sessions with Luca explaining his mum's illness in words he understands, and what he "
                 "can do if he is worried about her",
                 "Nadia Ferrer, with SW Gareth Lloyd", "By 22/08/2025",
                 "Luca can say what the warning signs are and who he would ring; his questions and answers "
                 "written up after each session",
                 "SW Gareth Lloyd"],
                ["C. Maria's speech and school", H, H, H, H],
                ["Speech and language assessment for Maria in school, with targets for her class",
                 "Anna Rees, Kyrkmoor Children's Speech and Language Therapy", "By 12/09/2025",
                 "Written report with targets given to school and the SW; targets on Maria's support plan",
                 "Mrs Janet Crowe, SENCo"],
                ["Write a short note each Friday on how Maria has been in class (settled, tired, hungry, upset) "
                 "and anything she has said about home",
                 "Miss Helen Parr, class teacher, Holmfirth Road Primary", "Every Friday in term time",
                 "Weekly note sent to the DSL and the SW; fewer tired Mondays by the October review",
                 "DSL, Mr Sam Okeke"],
                ["Visit at home every two weeks, with at least one visit a month unannounced; see Luca and "
                 "Maria each on their own",
                 "SW Gareth Lloyd", "Every 2 weeks",
                 "Visit records with both children's own words, and who was caring for them when the SW "
                 "arrived",
                 "Team manager, at monthly supervision"],
            ],
        }),
        ("h1", "If Elena becomes unwell again"),
        ("p", "If Elena misses her depot, if any of the early warning signs in her relapse plan are seen "
              "(not sleeping, talking to the television, leaving the house at night), or if Luca rings "
              "anyone because he is worried about her, the adult who knows will ring the SW (or the "
              "emergency duty team out of hours) and the CMHT crisis team. The crisis team will assess Elena "
              "that day and the SW will hold a strategy discussion the same day. Luca and Maria will go to "
              "Rosa's until it is safe to go home."),
        ("p", "If Rosa cannot have them, they will go to Carmen's; if neither Rosa nor Carmen can have them, "
              "the SW or the emergency duty team will place Luca and Maria together with approved foster "
              "carers that night. If Rosa or Carmen cannot do their Tuesday, Thursday or Saturday, they will "
              "tell the SW that morning and the SW will arrange for the family support worker from Kyrkmoor "
              "Family Hub to cover the evening."),
        ("h1", "Meetings and next steps"),
        ("bullets", [
            "Core group every 4 weeks at Holmfirth Road Primary, 4pm: 29/07/2025, 26/08/2025 and 23/09/2025.",
            "Second review child protection conference: 14/10/2025, 10am, Kyrkmoor Town Hall.",
            "If Elena relapses and the children cannot be cared for safely at home, or Luca is still "
            "cooking on most nights by the core group on 23/09/2025, the SW will request a legal planning "
            "meeting within 5 working days.",
        ]),
        ("p", "Typed by Gareth Lloyd, SW, 16/07/2025, and sent to Elena, Rosa, Carmen and every agency named "
              "in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group notes in markdown: discussion paragraphs, then agreed
#    actions as one-sentence bullets whose checks are "so that" clauses, a
#    register, a sheet, or nothing at all (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_keldermoor_core_group_notes_so_that_sentences_rimmer.md",
    "split": "tune",
    "template": "core-group-notes-md-bold-label-header-who-came-line-how-things-are-by-agency-paragraphs-childrens-words-then-what-we-agreed-one-sentence-bullets-checks-in-so-that-clauses",
    "description": (
        "Notes of a second core group for a 9-year-old and a 4-year-old (neglect; mother's alcohol use). "
        "Agreed actions are one-sentence bullets whose checks are written as 'so that' clauses, a "
        "register, a nursery sheet or a report to the core group; next to them, the Family Hub bedtime "
        "sessions have no check at all, Nan is to 'keep an eye on' the children, the HV is to "
        "'monitor' Rory's speech with no date, Mum's GP visit is 'when she can', 'all professionals' "
        "share worries, and a young carers place 'will be offered' by nobody, with no date or check."
    ),
    "text": """\
# Core group meeting – notes and agreed actions

**Children:** Skye Rimmer (9, Year 4, Keldermoor Church Primary) and Rory Rimmer (4, Puddleducks Nursery)
**Mum:** Dawn Rimmer, 12 Mill Race Cottages, Keldermoor
**Plan:** child protection, neglect – initial conference 29/05/2025
**Meeting:** core group 2, Thursday 10 July 2025, 1.30pm, Keldermoor Church Primary
**Who came:** Dawn Rimmer; Pat Rimmer (Nan); Claire Dunmore (SW, chair of the core group); Mrs Sian Penhale (class teacher); Jess Amadi (family support worker, Keldermoor Family Hub); Rob Tindall (Keldermoor Alcohol Team); Lorna Birch (HV); Kelly Shaw (Puddleducks Nursery)
**Notes by:** Claire Dunmore

## How things are

*Claire (SW):* four visits since the last meeting, one unannounced. The house has been tidier and there
was food in on every visit. On 27 June Dawn was asleep on the sofa at 4pm with an empty wine bottle on
the floor, and Skye had collected Rory from nursery with a neighbour.

*Rob (KAT):* Dawn has been to four of the five Tuesday groups. Her breath tests at the group have been
clear except on 1 July. She is thinking about a home detox. Dawn has had abnormal liver blood tests in
the past and the GP wants to repeat them.

*School:* Skye's attendance since the conference is 93%. She was late four times, each time on a
Monday, and twice said she had done Rory's breakfast.

*Nursery:* Rory has come in hungry on three mornings and twice in yesterday's clothes. His speech is
still hard to understand.

*Pat (Nan):* has had the children every Saturday night and says Skye "is a different girl" at hers.

## What Skye and Rory are saying

Skye told Claire on 3 July: "Mum's trying. When she's drinking she goes to bed and I do Rory's tea. I
don't want to tell on her." She scored home as a 5 out of 10 and Nan's as a 10. She said she would like
to go to the young carers group her friend Maisie goes to.

Rory, seen at nursery, played at feeding his teddy and putting it to bed, and said "Skye does my
Weetabix".

## What we want for Skye and Rory (from the conference plan)

- Skye and Rory are always cared for by an adult who is sober, day and night.
- Rory has breakfast and clean clothes every morning, and it is an adult, not Skye, who gets him ready and takes him to nursery.
- Skye gets to school on time every day and has time to be 9: friends, clubs and no worrying about Mum.

## Is the plan working?

Some things are better (food in the house, Skye's attendance, Dawn going to the group) but Dawn drank
while caring for the children on 27 June and Skye is still doing Rory's care on some days. Everyone
agreed the plan is not yet doing enough and that the actions below are added to it.

## What we agreed

- Claire will visit every two weeks, including one unannounced visit a month, and see Skye on her own each time, writing down what she says so that the core group can read Skye's own words at each meeting.
- Mrs Penhale will check Skye's attendance and lateness on the register every Friday and email Claire the week's figures, so that a late Monday is picked up with Dawn within the week.
- Dawn will keep going to the Keldermoor Alcohol Team group every Tuesday at 10am, and her breath test results from the group will be sent by Rob to Claire before each core group.
- Rob Tindall will assess Dawn for a home detox by 25 July and write to the core group on whether a detox can be done safely with Skye and Rory living at home.
- Dawn will be supported by Jess from the Family Hub with the children's teatime and bedtime routine every Monday and Thursday evening.
- Nan (Pat) will have Skye and Rory every Saturday night and keep an eye on how they are.
- The health visitor will monitor Rory's speech.
- Puddleducks Nursery will write down each morning whether Rory arrives fed and in clean clothes and who brings him, so that we will know from their sheet, sent to Claire every Friday, whether mornings are getting better.
- Dawn will go to her GP to have her liver blood tests repeated when she can.
- All professionals will tell Claire the same day about any worry, and she will log each one on the children's file.
- Skye will be offered a place at the Keldermoor young carers group.

## If Dawn drinks while she has the children

If Dawn is found drunk or asleep after drinking while she is the only adult with the children, or
Skye rings anyone because Mum "has gone to bed", the adult who finds out will ring Claire (or the
emergency duty team out of hours) and Claire will hold a strategy discussion the same day. Skye and
Rory will go to Nan's that night; if Nan cannot have them they will go together to approved foster
carers. If this happens again before the review conference, Claire will ask her manager for a legal
planning meeting within 5 working days.

## Next meetings

- Core group 3: Thursday 7 August 2025, 1.30pm, Keldermoor Church Primary; then every 4 weeks.
- Review child protection conference: Tuesday 26 August 2025, 10am, Keldermoor Civic Centre.
""",
    "findings": [
        F("M001", "with the children's teatime and bedtime routine every Monday"),
        F("M002", "will have Skye and Rory every Saturday night and keep"),
        F("T001", "The health visitor will monitor Rory's speech."),
        F("M002", "The health visitor will monitor Rory's speech."),
        F("T002", "Dawn will go to her GP to have her liver blood tests"),
        F("M001", "Dawn will go to her GP to have her liver blood tests"),
        F("W002", "All professionals will tell Claire the same day about any worry"),
        F("W001", "Skye will be offered a place at the Keldermoor young carers group"),
        F("T001", "Skye will be offered a place at the Keldermoor young carers group"),
        F("M001", "Skye will be offered a place at the Keldermoor young carers group"),
    ],
})
