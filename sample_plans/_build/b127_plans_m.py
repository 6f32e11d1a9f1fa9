"""Batch 127, module m: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice in the WHOLE-PLAN parts, put where a reader that expects
a standard template would not look for it. The child's voice sits in a "What
Rosie says" column merged down beside each goal, in a health visitor's "A day
in the life of Nell", in a 15-year-old's own first-person section of a letter,
in a Three Houses grid and a four-year-old's drawing, in a non-verbal autistic
boy's signs, symbols and behaviour under "About Theo", and (in a faulty plan)
in quotes inside the worries. Outcomes are a goal column merged down the
table, "By the review on ... we will see", "What needs to change for you", a
Signs of Safety danger statement and safety goal, goals written as the
heading of each group of actions with a "So that Theo ..." column, and
outcome banner rows. Adult services are named as "Kelly's care co-ordinator",
"The Lantern", "Mum's recovery navigator at Ribbon Street Recovery", "Dad's
probation officer", "Clearwater Alcohol Service", adult social care with a
home care agency, a memory clinic and GPs; where a mental health service owns
an action in an exemplary plan it is asked, in different words each time,
whether the parent can make (or keep up with) the changes the child needs,
what is left to do and how long it will take. Review arrangements appear in a
header box, in a case print's page footer, in a sentence at the end of a
"Plan B" table, in "We will meet again on ...", and in a "Dates for your
diary" table. Contingencies are a "Plan B" If / Then / Who table, a "Safety
net", "If things go wrong" in a letter, an aligned IF / THEN grid and "What
happens if the plan isn't working", each with a fallback when relatives fail
and legal planning in plain words.

Five plans are exemplary (no findings): Maldenthwaite (docx, landscape
initial conference plan, goal and "What Rosie says" merged down, header box,
Plan B table), Moxlebury (pdf, case-system print, day in the life, core group
dates only in the page footer), Murkenhall (md, letter to a 15-year-old with
her own words), Mellowdyke (txt, Signs of Safety plan in aligned columns with
Three Houses and probation) and Mandrelford (docx, review plan for a
non-verbal boy whose mother has young-onset dementia, goal headings and a
"So that Theo ..." column). Two carry a realistic mix of faults among mostly
good rows: Mulberrow (pdf, review plan with outcome banner rows; the
children's words sit in the worries) and Minnowgate (md, Signs of Safety
next steps with nested Who / When / How we'll know bullets).

Counting actions (convention 1 of sample_plans/README.md): each row of an
action table counts once; goal cells merged down, outcome banner rows and
"So that" cells are not actions. In the letter each bullet under "What will
happen" counts once; in the nested Markdown plan each bold action bullet with
its Who / When / How we'll know sub-bullets counts once. Contingency rows,
meeting dates and work already done (described in prose) are not counted.
No plan here keeps a one-off action marked done.
"""
import textwrap

from build_batch5 import F, H, V

PLANS = []


def _grid(widths, rows, gap=2):
    """Fixed-width text table: the first row is the heading; each cell wraps inside its column."""
    total = sum(widths) + gap * (len(widths) - 1)
    out = []
    for i, row in enumerate(rows):
        cells = [textwrap.wrap(c, w, break_on_hyphens=False) or [""] for c, w in zip(row, widths)]
        for k in range(max(len(c) for c in cells)):
            out.append((" " * gap).join((c[k] if k < len(c) else "").ljust(w)
                                         for c, w in zip(cells, widths)).rstrip())
        out.append(("=" if i == 0 else "-") * total)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder off her lithium in
#    the summer, one girl of 7, grandmother close by. Landscape Word plan: a
#    header box holds the review conference date; the goal for Rosie and
#    "What Rosie says" are merged down beside each group of actions; Plan B
#    is an If / Then / Who table with the core group dates in a sentence
#    under it. No "views", "outcomes" or "review" heading. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_maldenthwaite_icpc_goal_voice_merged_landscape_tanner.docx",
    "doc_title": "Child Protection Plan - Rosie Tanner",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "check_vmerge": 6,
    "template": "icpc-landscape-word-header-box-grid-with-review-date-then-why-worried-going-well-then-table-goal-for-rosie-and-what-rosie-says-merged-down-action-who-when-how-we-will-know-then-plan-b-if-then-who-table-core-group-dates-in-closing-sentence",
    "description": (
        "Exemplary initial conference plan for a 7-year-old whose mother has bipolar disorder and "
        "stopped her lithium in the summer. There is no views, outcomes or review heading: the "
        "review conference date is in the header box, each goal for Rosie and what Rosie said "
        "about it are merged down beside its actions, and the core group dates are a sentence "
        "under the Plan B table. The care co-ordinator reports on whether Kelly is making the "
        "changes Rosie needs and how long it will take, the GP checks lithium, the grandmother's "
        "part has a godmother and foster care behind it, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Rosie Tanner"),
        ("p", "Maldenthwaite Borough Council · Children's Services · Family Safeguarding Team East · agreed at the "
              "initial child protection conference"),
        ("table", {
            "widths": [3.6, 9.25, 3.6, 9.25],
            "bold_first_col": True,
            "rows": [
                ["Child", "Rosie Tanner, 7 (DOB 11/05/2018), Year 3, Fellgate Primary School",
                 "Category", "Neglect"],
                ["Mum", "Kelly Tanner (33), 9 Carr Street, Maldenthwaite MD3 2LW",
                 "Initial conference", "Tuesday 07/10/2025. Chair: Maureen Pike (IRO)"],
                ["Dad", "Jamie Lowther, lives in Dumfries; phones Rosie every Sunday",
                 "Review conference", "Tuesday 06/01/2026, 10am, Maldenthwaite Town Hall, Room 2"],
                ["Nana", "Pauline Tanner (maternal grandmother), 14 Carr Street",
                 "Social worker", "Hannah Orme (team manager: Neil Okoro)"],
            ],
        }),
        ("h2", "Why we are worried about Rosie"),
        ("p", "Kelly has bipolar disorder and has been well on lithium for most of Rosie's life. She stopped taking it "
              "in July. By late August she was hardly sleeping, spending money she did not have and talking about "
              "driving to the coast to \"start again\". At 2am on 28/08/2025 the police found Kelly walking Rosie "
              "along the Whitby road in her pyjamas. Kelly was treated at home by the Home Treatment Team for three "
              "weeks and restarted lithium on 02/09/2025. Rosie was late for school 14 times in September and twice "
              "arrived having had no breakfast."),
        ("h2", "What is already going well"),
        ("bullets", [
            "Kelly has taken her lithium every evening since 02/09/2025 and her last blood level was in range.",
            "Kelly and Rosie are close; Rosie is warm, chatty and proud of her mum's drawings.",
            "Pauline lives two doors away and stayed every night while Kelly was unwell.",
            "Fellgate Primary know Rosie well and her learning mentor already sees her most days.",
        ]),
        ("h2", "Rosie's plan"),
        ("p", "Each goal is what we want to be different for Rosie by the review conference. Beside each goal is what "
              "Rosie said about it when Hannah saw her on her own at school on 02/10/2025 and at home on "
              "05/10/2025, written as she said it."),
        ("table", {
            "header": ["Goal for Rosie", "What Rosie says", "What will happen", "Who", "When",
                       "How we will know"],
            "widths": [4.0, 4.6, 5.8, 3.6, 3.3, 4.4],
            "rows": [
                ["A. Rosie is looked after every day and night by an adult who is well, and is never taken out "
                 "at night or left to cope on her own when Mum is poorly.",
                 "“When Mum goes zoomy she doesn't go to bed and she talks really fast and we go on adventures "
                 "in the dark. I like it when Nana comes because then it's normal.”\nRosie put home at 5 on her "
                 "scale and said she wants to live with Mum “but with Nana round a lot”.",
                 "Visit Rosie at home, one visit in three unannounced, and see her on her own in her bedroom",
                 "Hannah Orme, social worker",
                 "Weekly from 09/10/2025 until the review conference",
                 "Visit records show Rosie seen alone every week, with what she said and drew written down"],
                [V, V,
                 "See Kelly at home, check her lithium levels and her early warning signs, and write to each "
                 "core group saying whether she is making the changes Rosie needs, what still has to change and "
                 "how long that is likely to take",
                 "Ravi Sood, Kelly's care co-ordinator, Maldenthwaite Community Mental Health Team",
                 "Every two weeks from 09/10/2025; report three working days before each core group",
                 "Written report on Rosie's file before every core group, with the latest lithium result "
                 "attached"],
                [V, V,
                 "Check Kelly's lithium level by blood test and tell Hannah within two working days if a test "
                 "or a repeat prescription is missed",
                 "Dr Emma Quayle, GP, Wansbeck Road Surgery",
                 "First test by 31/10/2025, then every 12 weeks",
                 "GP email to Hannah after each test; the surgery record shows no missed tests or prescriptions"],
                [V, V,
                 "Take her lithium every evening and fill in her mood and sleep diary, so that she and Pauline "
                 "spot the early signs before Rosie is affected",
                 "Kelly Tanner (Mum)",
                 "Every evening from 07/10/2025",
                 "Diary seen by Ravi and Hannah at each visit with no gap longer than two days; lithium level in "
                 "range at each test"],
                [V, V,
                 "Take Rosie to school, and stay the night with Kelly and Rosie whenever Kelly has slept less "
                 "than five hours two nights running",
                 "Pauline Tanner (Nana)",
                 "Every Monday and Thursday morning from 13/10/2025; the same evening whenever Kelly's sleep "
                 "drops",
                 "School gate log shows Pauline bringing Rosie on those mornings; Pauline texts Hannah on each "
                 "night she stays"],
                ["B. Rosie gets to school on time every day, rested and fed, and has an adult at school she can go "
                 "to when Mum is poorly.",
                 "“I get tired at school when Mum's been up all night. Mrs Begum lets me have toast in the quiet "
                 "room.”\nShe gave school 9 out of 10.",
                 "Check Rosie's attendance, lateness and whether she has eaten, and give her a check-in with her "
                 "learning mentor, Mrs Begum, every Monday morning",
                 "Mr Colin Ferry, designated safeguarding lead, Fellgate Primary",
                 "Every school day; check-in every Monday in term time",
                 "Attendance and late marks emailed to Hannah every Friday; check-ins logged on CPOMS; "
                 "attendance 95% or more by the review"],
                [V, V,
                 "Offer Rosie a free breakfast club place on any morning she arrives without having eaten",
                 "Mr Colin Ferry, DSL",
                 "Each school morning from 13/10/2025",
                 "Breakfast club register sent to Hannah at the end of each month"],
                ["C. Rosie understands Mum's illness in words that make sense to a seven-year-old, and knows "
                 "exactly who to ring and what to say if Mum becomes unwell.",
                 "“I want to know why Mum goes zoomy and then goes really sad. I'd ring Nana but I don't know her "
                 "number off by heart.”",
                 "Young carer's assessment with Rosie, and a place at the Saturday young carers' club if she "
                 "wants one",
                 "Lucy Danvers, Maldenthwaite Young Carers",
                 "Assessment by 14/11/2025",
                 "Rosie's young carer's plan sent to Hannah; club register shows whether Rosie has gone"],
                [V, V,
                 "Six sessions with Rosie using the “Mum's Moods” storybook about bipolar disorder",
                 "Lucy Danvers, Maldenthwaite Young Carers",
                 "Weekly from 17/11/2025, all six by 22/12/2025",
                 "Rosie's storybook pages kept on file; at the next visit Rosie can tell Hannah in her own words "
                 "what happens when Mum is poorly"],
                [V, V,
                 "Make a “who to ring” card with Rosie with Nana's, Lorna's and the out-of-hours numbers, and "
                 "check she still has it",
                 "Hannah Orme, social worker",
                 "Card made by 23/10/2025, then checked at every visit",
                 "Rosie shows Hannah the card at each visit and can say who she would ring first"],
            ],
        }),
        ("h2", "Plan B – if Kelly becomes unwell or the plan stops keeping Rosie safe"),
        ("table", {
            "header": ["If …", "Then …", "Who does it"],
            "widths": [8.4, 12.3, 5.0],
            "rows": [
                ["Kelly sleeps less than four hours on two nights running, misses her evening lithium on two days "
                 "in a row, or Rosie, Pauline or school notice her talking very fast or spending money she hasn't "
                 "got",
                 "Pauline stays at the house that night and every night until Ravi says Kelly is settled. Ravi sees "
                 "Kelly within 24 hours and asks the Home Treatment Team to visit. Hannah sees Rosie the next day.",
                 "Pauline Tanner; Ravi Sood; Hannah Orme"],
                ["Kelly takes Rosie out of the house at night, or Rosie is found at home without an adult who is "
                 "awake and well",
                 "Rosie goes to Pauline's at 14 Carr Street that night. Hannah holds a strategy discussion with "
                 "Maldenthwaite Police the same day.",
                 "Hannah Orme (out of hours: Emergency Duty Team)"],
                ["Pauline cannot stay or have Rosie (she is ill or away, or it has become too much for her)",
                 "Lorna Shields, Rosie's godmother, has Rosie at 3 Ings Lane. If Lorna cannot either, Hannah places "
                 "Rosie with Maldenthwaite foster carers the same day, and Rosie still goes to Fellgate Primary "
                 "the next morning.",
                 "Hannah Orme"],
                ["Kelly is admitted to hospital again, stops her lithium for a week, or Ravi's report for the core "
                 "group on 16/12/2025 says she is not making the changes Rosie needs",
                 "Hannah asks Neil Okoro for a legal planning meeting within five working days, to decide whether "
                 "to start the Public Law Outline.",
                 "Hannah Orme; Neil Okoro"],
            ],
        }),
        ("p", "We will meet again as a core group at Fellgate Primary at 3.45pm every four weeks: 21/10/2025, "
              "18/11/2025 and 16/12/2025. Hannah will see Rosie on her own in the week before each one and bring "
              "her words to the meeting. The review conference is on the date in the box at the top of this plan."),
        ("p", "Copies to Kelly, Pauline, Jamie, and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a 4-month-old; father's cocaine and alcohol
#    use, now living at his parents'; mother a care leaver. Case-system print
#    to PDF with a page header and footer: the core group dates appear only
#    in the footer, the review date only in the episode details; the baby's
#    lived experience is "A day in the life of Nell"; the outcomes are "By
#    the review on 13/01/2026 we will see"; the contingency is a "Safety
#    net". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_moxlebury_case_print_day_in_life_footer_dates_kowalczyk.pdf",
    "doc_title": "Child Protection Plan - Nell Kowalczyk (CareTrack print)",
    "split": "tune",
    "actions": 9,
    "template": "case-system-print-to-pdf-page-header-footer-core-group-dates-in-footer-episode-details-kv-with-review-date-reason-a-day-in-the-life-by-the-review-we-will-see-then-task-assigned-to-due-evidence-table-safety-net-bullets",
    "description": (
        "Exemplary initial conference plan for a 4-month-old whose father uses cocaine and drinks and "
        "now lives at his parents'. A case-system print to PDF: the core group frequency and dates "
        "are only in the page footer and the review date only in the episode details; the baby's "
        "lived experience is a health visitor's 'A day in the life of Nell'; the outcomes are 'By "
        "the review on 13/01/2026 we will see'. The drug and alcohol service ('The Lantern') reports "
        "on change, the GP owns a test, the grandmother's supervision and the former foster carer's "
        "help have fallbacks in the 'Safety net', and legal planning follows named triggers."
    ),
    "header": "OFFICIAL-SENSITIVE · Moxlebury Borough Council · CareTrack case record print",
    "footer": "Nell Kowalczyk · Core group 4-weekly from 28/10/2025 · Review CPC 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("boldp", "Episode details"),
        ("kv", [
            ("Case reference", "MX-40718"),
            ("Child", "Nell Kowalczyk, born 12/06/2025 (4 months)"),
            ("Mother", "Zara Kowalczyk (22), Flat 3, 41 Ferry Lane, Moxlebury MX2 5RD"),
            ("Father", "Liam Ferris (26), living at his parents' home, 8 Orchard Rise, Moxlebury, since 22/09/2025"),
            ("Paternal grandmother", "Sandra Ferris, 8 Orchard Rise"),
            ("Zara's former foster carer", "Jean Pollard, 19 Weir Street, Moxlebury"),
            ("Category", "Neglect"),
            ("Initial conference", "14/10/2025. Chair: Malcolm Idowu (IRO)"),
            ("Review conference due", "13/01/2026, 10am, Moxlebury Civic Offices"),
            ("Allocated worker", "Priya Nandra, social worker, Children's Safeguarding Team 3 (team manager: Tom Reece)"),
        ]),
        ("boldp", "Reason for plan"),
        ("p", "Liam has used cocaine at weekends since he was 19 and drinks heavily with it. On 21/09/2025 the police "
              "were called to Ferry Lane: Liam, drunk and having used cocaine, was shouting at Zara and punched "
              "through the kitchen door while she was holding Nell. Nell's bouncer was found next to broken glass. "
              "Liam moved to his parents' home the next day under a written agreement and has kept to it. Zara "
              "left foster care at 18 and has no family of her own nearby; she says Jean is \"the nearest thing I've "
              "got to a mum\"."),
        ("boldp", "A day in the life of Nell"),
        ("p", "Written by Gemma Rudd, health visitor, from her visits on 25/09, 02/10 and 09/10/2025 and Priya's visits "
              "in the same weeks."),
        ("p", "Nell wakes at about six and Zara brings her into her bed for her first bottle; Nell feeds well and holds "
              "Zara's finger while she drinks. She kicks and coos on her playmat while Zara gets dressed, and turns "
              "her head to find Zara's voice when she leaves the room. She naps in her cot in Zara's bedroom in the "
              "late morning, on her back with nothing else in the cot."),
        ("p", "On the afternoon of 02/10/2025 Liam rang while Gemma was there. As Zara's voice got louder Nell stopped "
              "feeding, arched her back and cried hard, and she only settled when Zara put the phone down and "
              "walked her round the room, humming. Zara said Nell \"always goes like that\" when there is shouting."),
        ("p", "Nell has her bath at half past six and is asleep in her cot by eight. On Saturdays at Orchard Rise she "
              "lies on a blanket while Liam plays peekaboo; Sandra says Nell watches his face and laughs, and "
              "Priya saw her reach for him when he came into the room on 11/10/2025."),
        ("boldp", "By the review on 13/01/2026 we will see"),
        ("bullets", [
            "Nell growing well, on or near the 50th centile, with every weigh and her development checks done.",
            "Nell asleep in her own cot, on her back, at every sleep a professional sees.",
            "Nell only ever cared for by adults who are sober and have not used drugs, and seeing her dad only "
            "with Sandra beside them.",
            "Nell living in a calm home where she does not hear shouting or see anyone hurt.",
        ]),
        ("boldp", "Plan tasks"),
        ("table", {
            "header": ["Task", "Assigned to", "Due / frequency", "Evidence of completion"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Visit Nell at home and see her awake and being cared for by Zara; one visit in three unannounced",
                 "Priya Nandra, social worker",
                 "Weekly from 16/10/2025 until the review conference",
                 "Visit record each week says where Nell was sleeping, that she was seen awake and how Zara "
                 "responded to her"],
                ["Weigh Nell, check her development and look at her cot and where she sleeps",
                 "Gemma Rudd, health visitor",
                 "Every two weeks at home until Nell is six months old (12/12/2025), then monthly",
                 "Weights plotted in Nell's red book on or near the 50th centile; cot seen clear at each home "
                 "visit"],
                ["Key-work with Liam and an oral fluid test at every appointment; a written report before each core "
                 "group on whether he has stopped using cocaine, how much he is drinking, what still needs to "
                 "change for Nell and how long that is likely to take",
                 "Owen Tate, recovery worker, The Lantern (Moxlebury drug and alcohol service)",
                 "Every Wednesday from 15/10/2025; report two working days before each core group",
                 "Test results and Owen's report on Nell's file before every core group"],
                ["Go to every appointment at The Lantern and take the test, and see Nell only when Sandra is with him",
                 "Liam Ferris (Dad)",
                 "Every Wednesday from 15/10/2025",
                 "Lantern record shows every appointment kept and every test negative for cocaine; Sandra's "
                 "contact log shows every visit supervised"],
                ["Supervise Liam's time with Nell at Orchard Rise, and end the visit if he has been drinking or using",
                 "Sandra Ferris (paternal grandmother)",
                 "Every Saturday, 10am to 1pm",
                 "Contact log signed by Sandra after each visit and photographed for Priya on the Monday"],
                ["Have Zara and Nell for tea, and be the adult Zara rings if Liam turns up at the flat",
                 "Jean Pollard (Zara's former foster carer)",
                 "Every Thursday, 4pm to 7pm; the same evening if Zara rings",
                 "Jean texts Priya after each Thursday; any call from Zara logged by Priya the next working day"],
                ["Check Liam's liver function and his alcohol use score, and send the results to The Lantern and "
                 "the social worker",
                 "Dr Farid Chaudhry, GP, Riverside Surgery",
                 "By 14/11/2025",
                 "GP letter with the results on Nell's file by 14/11/2025"],
                ["Safety planning with Zara about Liam's visits and what she will do if he arrives drunk or high, "
                 "with a DASH risk check",
                 "Kerry-Ann Mills, IDVA, Moxlebury Domestic Abuse Service",
                 "Every two weeks from 20/10/2025 until the review",
                 "Written safety plan copied to Priya by 31/10/2025; DASH score shared after each session"],
                ["Go to the Baby Bonds group at Ferry Lane Family Hub with Nell",
                 "Zara Kowalczyk (Mum); places held by Dee Holt, family hub worker",
                 "Every Tuesday for eight weeks from 21/10/2025",
                 "Register sent to Priya after weeks 4 and 8 shows Zara and Nell at 7 of the 8 sessions or more"],
            ],
        }),
        ("boldp", "Safety net"),
        ("bullets", [
            "If Liam comes to the flat drunk or after using, or tests positive for cocaine: Zara does not let him "
            "in and rings 999 if he will not leave; his Saturday visits stop; Priya holds a strategy discussion "
            "with Moxlebury Police the same day, and any further time with Nell is at Ferry Lane Family Hub, "
            "supervised by hub staff.",
            "If Sandra cannot supervise a Saturday (she is ill or away, or Liam arrives under the influence): that "
            "visit does not happen, and Priya arranges supervised contact at Ferry Lane Family Hub within three "
            "working days. Sandra rings Priya by Friday noon if she knows she cannot do it.",
            "If Jean cannot be reached when Zara needs her: Zara rings Priya, or the Emergency Duty Team out of "
            "hours, who will visit that evening; if Zara and Nell cannot stay safely at the flat, Priya arranges "
            "a refuge place for them the same night.",
            "If Nell loses weight at two weighs in a row, or is found asleep anywhere but her cot twice: Gemma "
            "tells Priya the same day and Priya visits within 24 hours; Zara and Nell stay at Jean's for the next "
            "three nights, or, if Jean cannot have them, Priya arranges a parent and baby foster placement that "
            "day.",
            "If things do not move on: if Liam has two positive tests before the review, or Zara leaves Nell in "
            "his care without Sandra, Priya will ask Tom Reece for a legal planning meeting within five working "
            "days.",
        ]),
        ("p", "Printed from CareTrack on 22/10/2025 by Priya Nandra. Copies to Zara, Liam, Sandra, Jean and every "
              "worker named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for a 15-year-old young carer, mother drinking
#    every day and depressed. A letter to Kayla from her social worker in
#    Markdown: the review date is in the letter's heading lines, Kayla's own
#    section is in the first person, outcomes are "What needs to change for
#    you", actions are bullets with "I", "you", "Mum" and named workers,
#    "If things go wrong" is in plain words and the core group dates are
#    "We will meet again on ...". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_murkenhall_letter_to_young_person_own_words_hartley.md",
    "split": "tune",
    "actions": 10,
    "template": "letter-to-young-person-md-heading-lines-with-review-date-why-there-is-a-plan-in-my-own-words-first-person-what-needs-to-change-for-you-then-what-will-happen-bullets-i-you-mum-named-workers-if-things-go-wrong-we-will-meet-again",
    "description": (
        "Exemplary initial conference plan written as a letter to a 15-year-old who has been caring "
        "for her mother, who drinks every day and has depression. The review date is in the "
        "letter's heading lines; Kayla's own first-person section 'In my own words' is her voice; "
        "'What needs to change for you' are the outcomes; each 'What will happen' bullet names who "
        "('I', 'you', 'Mum', named workers), when and what will show it. The recovery navigator, "
        "the GP and the talking therapist own actions and the therapist is asked whether Mum can "
        "make the changes and how long it will take; the aunt has foster care behind her, legal "
        "planning is explained in plain words, core group dates are 'We will meet again on'."
    ),
    "text": """\
# Your child protection plan

**Murkenhall City Council · Children's Social Care · Adolescent Safeguarding Team**

For: **Kayla Hartley** (15), Year 11, Murkenhall Academy
From: **Ruth Okonedo**, your social worker (my manager is Colin Baines)
Plan made at: the initial child protection conference, Thursday 16/10/2025 (chair: Gillian Marr)
**Your review conference: Thursday 15/01/2026 at 4.15pm, Murkenhall Civic Centre (after school, as you asked)**

---

Dear Kayla,

You asked me to write the plan to you rather than about you, so here it is. I use "I" for me, "you" for
you and "Mum" for your mum, Lisa. Mum has a copy of this letter too, and so has everyone named in it.

## Why there is a plan

Mum has been drinking heavily for about two years, and since the summer she has started most days in the
morning. She also has depression. On 26/09/2025 you came home from netball to find her asleep on the kitchen
floor with the hob on, and you rang 999. The next week you told Ms Patel that you had been doing all the
shopping and cooking since Easter, that you had missed eleven days of school this term (mostly Mondays) and
that you were scared to leave Mum on her own. The conference agreed that you need a plan because you have
been left to look after Mum and yourself, and because of what could happen to you both when she has been
drinking.

## In my own words

*Kayla wrote this with Sam Kirby, her advocate, on 14/10/2025 and asked for it to go in exactly as she wrote it.*

> I'm not a little kid and I don't need looking after like one. What I need is to not be the one who checks
> if Mum is breathing. Sunday nights are the worst because Monday is when she's worst. I love my mum and I
> don't want to live anywhere else, but I want to go to netball on Wednesdays without my phone in my hand the
> whole time. If something happens I want to go to Auntie Jo's, not to strangers. And I want people to tell me
> things straight and not talk about me in meetings I'm not in.

## What needs to change for you

By your review conference we want all of these to be true:

- You come home to a mum who is sober every evening, and you are not the one who checks on her in the night.
- You go to school every day, Mondays included, with attendance of 95% or more this term, and you get to
  netball every Wednesday.
- You have an adult you trust at school and one in the family you can ring at any time, and you know exactly
  what to do if Mum has been drinking.
- You are told what is happening and what has been decided, in person, before it goes on paper.

## What will happen

- **I** will see you every week from 20/10/2025 until the review, once a month at home and the other weeks
  wherever you choose (school, or the café on Bridge Street). Before I leave I will read back what I have
  written, so my visit notes will show we met every week and that you agreed what they say.
- **I** will see Mum on her own at home every week and finish my assessment of how she is caring for you by
  21/11/2025; you and Mum will both read the report before it goes to the core group on 25/11/2025.
- **Dean Coulter**, Mum's recovery navigator at Ribbon Street Recovery (Murkenhall's alcohol service), will see
  Mum every Tuesday from 21/10/2025 and breath-test her, and will write to me two working days before each
  core group saying whether she is cutting down as agreed, what still needs to change for you and how long he
  thinks it will take. His letters will be on your file and I will tell you what they say.
- **Mum** will go to every Tuesday session with Dean and will not drink at home after 4pm from 20/10/2025,
  ready to start a home detox with Dean and Dr Hallam by 30/11/2025. Dean's record will show every Tuesday
  kept and every breath test under the level they have agreed, and at each visit you will tell me whether
  there has been any drinking in the evenings.
- **Dr Meera Hallam**, Mum's GP at Canal Street Surgery, will review Mum's antidepressant by 07/11/2025 and
  oversee the detox, and will write to me within a week of each appointment; her letters will be on your file.
- **Joel Quinn**, Mum's therapist at Murkenhall Talking Therapies, will see Mum every week from 03/11/2025
  and, by 05/01/2026, will write to me with his view on whether Mum is able to make the changes you need,
  which steps are still left and how long they are likely to take. I will share his letter at the core group
  on 06/01/2026.
- **You** will go to the young carers' group at The Hive on Thursdays from 23/10/2025; the group register will
  show you there at least three Thursdays out of four.
- **Ms Anita Patel**, designated safeguarding lead at Murkenhall Academy, will check your attendance every
  day, meet you every Monday at 8.40am and email me your attendance every Friday, so her emails and Monday
  notes will show whether Mondays are getting better.
- **Auntie Jo** (Joanne Hartley, Mum's sister) will have you at her house every Friday night and all day
  Saturday, and will text me each Saturday evening to say you were there.
- **Sam Kirby**, your advocate from Murkenhall Advocacy, will meet you in the week before each core group and
  before the review to help you write down what you want to say, and your written views will be read out at
  each meeting.

## If things go wrong

- **If Mum has been drinking when you get home, or you are worried about her:** ring Auntie Jo and go to hers
  for the night. Jo will ring me, or the out-of-hours social work team, the same evening, and I will see you
  the next day.
- **If Mum cannot be woken, or has hurt herself:** ring 999 first, then Jo. You will not stay at home that
  night.
- **If Auntie Jo can't have you** (she is away, ill or on a night shift): I, or the out-of-hours team, will
  find you a foster carer near school for that night, and you will still go to school the next day. Jo has
  said she will tell me by the Wednesday if she cannot do a Friday.
- **If things don't get better:** if Mum misses three Tuesday sessions in a row, if Dean's letter for the core
  group on 06/01/2026 says she is still drinking most days, or if you are found looking after her after a
  drink again, I will ask Colin Baines for a legal planning meeting within five working days. That is a
  meeting with the council's lawyers to decide whether we need to ask a court to help keep you safe. I will
  tell you before it happens, and I will tell you what it decides.

## When we will meet

We will meet again as a core group at Murkenhall Academy at 3.45pm on Tuesday 28/10/2025, Tuesday 25/11/2025
and Tuesday 06/01/2026. You can come to all or part of each one, or Sam can bring your views for you. Your
review conference is on the date at the top of this letter.

Take care, and ring me on my work mobile whenever you need to.

Ruth Okonedo
Social Worker, Adolescent Safeguarding Team, Murkenhall City Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, father's violence to the mother when drunk, a
#    9-year-old and a 4-year-old; father on a community order and living at
#    his brother's, his mother supervising Sundays. Signs of Safety plan in
#    plain text with aligned, wrapped columns: the outcome is the DANGER
#    STATEMENT / SAFETY GOAL pair, the children's voice is Tyler's Three
#    Houses grid and Maisie's drawing, probation and the alcohol service own
#    actions, the contingency is an IF / THEN grid. Exemplary (txt)
# ---------------------------------------------------------------------------
_MELLOWDYKE_HOUSES = _grid([30, 30, 30], [
    ["HOUSE OF WORRIES", "HOUSE OF GOOD THINGS", "HOUSE OF DREAMS"],
    ["\"When Dad shouts and Mum cries in the kitchen.\"",
     "\"Nana's roast dinners on Sunday.\"",
     "\"Dad lives with us again but he doesn't drink beer any more.\""],
    ["\"That Dad will push Mum down the stairs again and I can't stop him.\"",
     "\"Playing Minecraft with Dad at Nana's.\"",
     "\"Mum is happy and we get a dog.\""],
    ["\"Getting sent out of class for shouting.\"",
     "\"Maisie gets in my bed in the morning and we watch cartoons.\"",
     "\"Being goalie for Mellowdyke Juniors.\""],
])

_MELLOWDYKE_ACTIONS = _grid([3, 34, 18, 17, 26], [
    ["NO", "WHAT WILL HAPPEN", "WHO", "WHEN", "HOW WE WILL KNOW"],
    ["1", "Visit Tyler and Maisie at home; see Tyler on his own and talk with Maisie while she plays",
     "Dominic Hale, SW", "Weekly from 27/10/2025 until the review",
     "Visit notes show both children seen every week and Tyler seen alone, with their words written down"],
    ["2", "Supervise Craig's time with the children at 40 Salter Road, and stop the visit if he has had a drink",
     "Brenda Rix (Nana)", "Every Sunday, 1pm to 4pm",
     "Brenda's contact book signed each Sunday and seen by the SW at the next visit"],
    ["3", "Collect Maisie from nursery and give both children their tea at her house",
     "Brenda Rix (Nana)", "Every Wednesday, 3pm to 6pm",
     "Nursery collection log; Shannon texts the SW when the children are home"],
    ["4", "Supervise Craig's community order and his place on the Building Better Relationships programme; tell "
          "the SW of any missed session or breach; report on whether his attitude and behaviour towards Shannon "
          "are changing and how long further change is likely to take",
     "Gareth Lowe, Craig's probation officer, Mellowdyke Probation Office",
     "Supervision every two weeks; breaches within one working day; report before each core group",
     "Written report on file two working days before each core group; breach notices copied to the SW"],
    ["5", "Key-work and breath tests with Craig, with a written update on whether his drinking is falling and "
          "what that means for Tyler and Maisie",
     "Nina Pryce, recovery worker, Clearwater Alcohol Service", "Every Friday from 31/10/2025",
     "Breath test results and the update on file before each core group"],
    ["6", "Go to every programme session and every Clearwater appointment, and have no contact with Shannon "
          "except through Brenda",
     "Craig Rix (Dad)", "From 23/10/2025, every session",
     "Probation and Clearwater records show every session kept; no police call-outs; Shannon tells the SW at "
     "each visit whether Craig has been in touch"],
    ["7", "Safety planning with Shannon, a DASH review after any incident, and new locks and a door camera at "
          "27 Wharf Terrace",
     "Leah Munro, IDVA, Mellowdyke Women's Aid", "Every two weeks; locks and camera by 07/11/2025",
     "Safety plan copied to the SW after each session; locks and camera seen fitted by the SW"],
    ["8", "Go to the Freedom Programme", "Shannon Rix (Mum)", "Mondays for 12 weeks from 03/11/2025",
     "Group register sent to the SW after weeks 6 and 12"],
    ["9", "Check Tyler's attendance and behaviour log, and give him a Tuesday and Friday check-in with Mr Okafor",
     "Mrs Jenna Holt, DSL, Saltwell Junior School", "Every school day; check-ins Tuesdays and Fridays",
     "Weekly email to the SW; behaviour log shows fewer than two sendings-out a week by the review"],
    ["10", "Record Maisie's attendance, any toileting accidents and how she reacts to raised voices",
     "Kate Burrows, key worker, Little Oaks Nursery", "Every session (Monday to Thursday mornings)",
     "Weekly record emailed to the SW; fewer than one accident a week by the review"],
    ["11", "Make a words and pictures story with Tyler, Maisie and Shannon about why Dad lives at Uncle Dean's "
           "and what to do if they feel scared",
     "Dominic Hale, SW", "Three sessions, all by 28/11/2025",
     "Finished story kept at home with a copy on file; Tyler can tell the SW the safety steps at the next visit"],
])

_MELLOWDYKE_IF_THEN = _grid([38, 62], [
    ["IF", "THEN"],
    ["Craig comes to Wharf Terrace, contacts Shannon, or is seen drunk near the children",
     "Shannon rings 999 and the police attend. Sunday visits stop. Dominic holds a strategy discussion the same "
     "day (the Emergency Duty Team out of hours)."],
    ["Brenda cannot supervise a Sunday, or Craig arrives having had a drink",
     "That visit does not go ahead; Brenda tells Shannon and Dominic. Dominic arranges contact at Mellowdyke "
     "Family Centre, supervised by centre staff, within a week."],
    ["Brenda cannot do a Wednesday",
     "Kim Walsh (Shannon's friend, agreed at the conference) collects Maisie. If Kim cannot either, Shannon "
     "finishes work early and Tyler goes to the standby place booked at Saltwell after-school club."],
    ["There is another incident, Shannon lets Craig back into the house, or by the core group on 08/01/2026 "
     "probation and Clearwater report that Craig is not changing",
     "Dominic asks Ruth Ibbotson for a legal planning meeting within 5 working days."],
])

PLANS.append({
    "name": "b127_mellowdyke_sos_three_houses_aligned_columns_rix.txt",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-plain-text-caps-headings-family-lines-danger-statement-safety-goal-scaling-three-houses-grid-and-drawing-working-well-then-aligned-wrapped-five-column-action-grid-then-if-then-grid-next-meetings",
    "description": (
        "Exemplary Signs of Safety plan from an initial conference for a 9-year-old and a 4-year-old "
        "whose father pushed their mother down the stairs when drunk; he is on a community order and "
        "lives at his brother's, and his mother supervises Sundays. Plain text with aligned, wrapped "
        "columns: the outcomes are the danger statement and safety goal, the children's voice is "
        "Tyler's Three Houses grid and Maisie's drawing. Dad's probation officer and Clearwater "
        "Alcohol Service own actions and report on change, the grandmother's Sundays and Wednesdays "
        "have fallbacks in the IF / THEN grid, legal planning follows named triggers, and core group "
        "and review dates are set."
    ),
    "text": """\
MELLOWDYKE COUNCIL - CHILDREN AND FAMILIES SERVICE
SIGNS OF SAFETY CHILD PROTECTION PLAN

Children .......... Tyler Rix (9), Year 5, Saltwell Junior School
                    Maisie Rix (4), Little Oaks Nursery
Mum ............... Shannon Rix (29), 27 Wharf Terrace, Mellowdyke MW3 8PJ
Dad ............... Craig Rix (34), living with his brother Dean at 6 Kiln Street since 20/08/2025
Nana .............. Brenda Rix (Craig's mum), 40 Salter Road
Conference ........ Initial child protection conference, 23/10/2025. Chair: Yvonne Castell (IRO)
Category .......... Emotional abuse (both children)
Social worker ..... Dominic Hale (practice manager: Ruth Ibbotson)

DANGER STATEMENT
Children's services, the police and Saltwell Junior School are worried that Craig will drink heavily and
hurt Shannon again, as he did on 17/08/2025 when he pushed her down the stairs while Tyler watched from the
landing. If this happens again Tyler and Maisie could be hurt trying to stop it or by being in the way, and
they will go on living with the fear, the broken sleep and, for Tyler, the angry outbursts at school that
started in the summer.

SAFETY GOAL
Tyler and Maisie will live at Wharf Terrace with their mum in a home where nobody is hurt, threatened or
frightened. They will see their dad only when Nana Brenda is with them and he has not been drinking, and
they will both know who to tell, and how, if they feel scared. Before the plan can close, everyone needs
to have seen this for at least six months.

SCALING (0 = Tyler and Maisie will be hurt again; 10 = safe enough for the plan to close)
Shannon 6 - Brenda 5 - Leah Munro (IDVA) 4 - school 4 - Dominic (SW) 3

TYLER'S THREE HOUSES (with Dominic at school, 20/10/2025 - Tyler's own words)
""" + _MELLOWDYKE_HOUSES + """

MAISIE'S HOUSE (drawn with Dominic at home, 21/10/2025)
Maisie drew herself, Mum and Tyler inside the house and Dad "at Nana's" outside the door. She told Dominic
"Daddy shouted at Mummy and Mummy fell down" and "I like Nana's because Daddy plays with me there". Nursery
say she has started wetting herself again since the summer and hides under the table when staff raise
their voices.

WHAT IS WORKING WELL
- Craig has not been to Wharf Terrace since 20/08/2025 and has kept to his bail and then his order.
- Brenda has supervised every Sunday since September and stopped one visit when Craig smelt of drink.
- Shannon called the police on 17/08/2025 and has kept every appointment with Leah.
- Tyler trusts Mr Okafor, his teacher, and has told him when he is worried.

ACTION PLAN
""" + _MELLOWDYKE_ACTIONS + """

CONTINGENCY
""" + _MELLOWDYKE_IF_THEN + """

NEXT MEETINGS
Core group ........ about every four weeks, Thursdays 3.30pm, Saltwell Junior School:
                    06/11/2025, 04/12/2025, 08/01/2026
Review conference . Thursday 22/01/2026, 10am, Mellowdyke Civic Centre
Before each core group Dominic will see Tyler and Maisie and bring their words and pictures to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan for a 10-year-old autistic boy who does not
#    speak; his mother has young-onset Alzheimer's disease and his father
#    drives away four nights a week. Portrait Word plan: the header box holds
#    the next review date; Theo's voice is his signs, symbols and behaviour
#    under "About Theo"; each goal is the heading of its own small table,
#    with a "So that Theo ..." column; adult social care, a memory clinic and
#    a carers' hub own actions; core group dates in a "Dates for your diary"
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
_MANDRELFORD_HEAD = ["What will happen", "Who", "When", "How we will know", "So that Theo …"]
_MANDRELFORD_W = [4.8, 3.0, 2.6, 3.6, 3.0]

PLANS.append({
    "name": "b127_mandrelford_rcpc_goal_headings_so_that_column_ashby.docx",
    "doc_title": "Review Child Protection Plan - Theo Ashby",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-portrait-header-box-two-column-grid-with-next-review-date-about-theo-signs-symbols-behaviour-why-plan-what-has-changed-then-goal-headings-each-over-its-own-what-who-when-how-we-will-know-so-that-theo-table-then-what-happens-if-plan-isnt-working-dates-for-your-diary-table",
    "description": (
        "Exemplary first review conference plan for a 10-year-old autistic boy who does not use "
        "spoken words; his mother has young-onset Alzheimer's disease and his father drives away "
        "four nights a week. The next review date is in the header box, Theo's voice is his Makaton "
        "signs, his symbol choices and his behaviour under 'About Theo', each goal is the heading "
        "of its own table with a 'So that Theo ...' column, and the core group dates are a 'Dates "
        "for your diary' table. Adult social care with a home care agency, the memory clinic "
        "(asked how Helen's ability to care for Theo is changing and how fast), the GP and a "
        "carers' hub own actions; the aunt's and uncle's nights have a short-breaks bed behind "
        "them, and legal planning follows named triggers."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Mandrelford County Council · Disabled Children's Service · agreed at the first review child protection "
              "conference"),
        ("table", {
            "widths": [4.6, 12.4],
            "bold_first_col": True,
            "rows": [
                ["Child", "Theo Ashby, 10 (DOB 19/03/2015), Year 5, Hollins Bank Special School"],
                ["Parents", "Helen Ashby (48) and Mark Ashby (50), 12 Sandpiper Way, Mandrelford MD7 4QG"],
                ["Family helping", "Claire Dunmore (Mark's sister), 3 Beck Lane; Pete Lawson (Helen's brother), "
                                   "27 Mill Street"],
                ["Category", "Neglect"],
                ["Conferences", "Initial 02/09/2025; first review 25/11/2025. Chair: Olu Bankole (IRO)"],
                ["Next review conference", "Tuesday 26/05/2026, 10am, Mandrelford County Hall"],
                ["Social worker", "Farah Okwu, Disabled Children's Team (team manager: Greg Tilley)"],
            ],
        }),
        ("h1", "About Theo"),
        ("p", "Theo is autistic and has a severe learning disability. He does not use spoken words. He uses about "
              "sixty Makaton signs and a picture exchange (PECS) book, and he shows how he feels with his whole "
              "body: he flaps and hums when he is happy, and rocks, bites his wrist and covers his ears when he is "
              "frightened or overloaded."),
        ("p", "At school on 10/11/2025 his class teacher, Mr Jon Pell, showed Theo symbols for the people and places "
              "in his week. Theo put \"Dad\", \"Aunty Claire\" and \"swimming\" on the happy side of his board and "
              "\"kitchen at home\" on the sad side, then signed \"hot\" and \"stop\" and rubbed the arm he burnt on "
              "the hob in August. At home on 18/11/2025 he took Farah by the hand to his bedroom, showed her his new "
              "bed and signed \"Pete\" and \"sleep\". Claire says he now waits at the window for her car on Monday "
              "evenings and flaps when he sees it. On the two mornings in October when no adult got him ready, "
              "school saw him arrive rocking and biting his wrist, and he would not eat until lunchtime."),
        ("h1", "Why Theo has a plan"),
        ("p", "Helen was diagnosed with young-onset Alzheimer's disease in 2024. Mark drives long-distance and is "
              "away from Monday to Thursday nights. In July Helen went to the shops and forgot Theo was at home; he "
              "was alone for about two hours. In August he burnt his arm on a pan Helen had left on the hob, and "
              "twice Helen got lost walking him to his school bus. His melatonin was missed on many nights, and he "
              "was often awake until 2am."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Adult Social Care assessed Helen's needs under the Care Act on 14/10/2025, and a cooker isolation "
            "switch was fitted on 20/10/2025.",
            "Claire and Pete have covered every night Mark is away since 06/10/2025.",
            "Mark has asked his employer for a route that brings him home on Wednesday nights.",
            "Theo has not been left alone since the conference, and his attendance this half-term is 97%.",
        ]),
        ("h1", "Theo's plan"),
        ("p", "The plan is set out under three goals. Each goal is what must be true for Theo before his plan can "
              "end; the last column says what each action is for."),
        ("h2", "Goal 1: Theo is never left alone at home, and an adult who can keep him safe is with him day and "
               "night."),
        ("table", {
            "header": _MANDRELFORD_HEAD,
            "widths": _MANDRELFORD_W,
            "rows": [
                ["Home care visits on the mornings and evenings Mark is away: getting Theo up and onto his bus, "
                 "and from the bus through to teatime",
                 "Joanne Price, social worker, Mandrelford Adult Social Care (Community Team South), through "
                 "Carewell Homecare",
                 "Monday to Thursday, 7.15–8.45am and 3.30–6pm, from 01/12/2025",
                 "Carewell's visit log shows every visit made; any missed visit reported to Farah the same day",
                 "… is never at home with only his mum when she is confused, and catches his bus every day"],
                ["Stay overnight at Sandpiper Way on Monday and Wednesday nights",
                 "Claire Dunmore (paternal aunt)",
                 "Every Monday and Wednesday night until the next review conference",
                 "Theo's night diary signed by Claire each morning and seen by Farah at each visit",
                 "… has an adult awake to him in the night and gets his melatonin on time"],
                ["Stay overnight at Sandpiper Way on Tuesday and Thursday nights",
                 "Pete Lawson (maternal uncle)",
                 "Every Tuesday and Thursday night until the next review conference",
                 "Theo's night diary signed by Pete each morning and seen by Farah at each visit",
                 "… has the same familiar adults at night, which he needs to settle"],
                ["Visit Theo at home, one visit a month at teatime and one at a weekend, and record what he "
                 "tells us with his signs, his PECS book and his behaviour",
                 "Farah Okwu, social worker",
                 "Weekly from 26/11/2025",
                 "Visit records note the symbols Theo chose, the signs he used, how he was and which adult was "
                 "with him",
                 "… is seen and heard every week by someone who knows how he communicates"],
            ],
        }),
        ("h2", "Goal 2: Theo gets his medicine, his meals and his bedtime routine every day, and stays well."),
        ("table", {
            "header": _MANDRELFORD_HEAD,
            "widths": _MANDRELFORD_W,
            "rows": [
                ["Put Theo's melatonin and Helen's medicines into weekly blister packs, and tell Farah within two "
                 "working days of any prescription not collected",
                 "Dr Ian Roper, GP, Quayside Medical Practice",
                 "Blister packs from 01/12/2025; at each four-weekly prescription",
                 "Pharmacy record shows every pack collected; GP email to Farah for any that are not",
                 "… gets his melatonin every night and sleeps"],
                ["Record in the home–school book the time Theo arrived, whether he had breakfast and how he was, "
                 "and phone Farah the same day if he arrives hungry or distressed",
                 "Mrs Ruth Adey, DSL, Hollins Bank Special School",
                 "Every school day",
                 "Home–school book copied to Farah each Friday; same-day calls logged; attendance 95% or more by "
                 "the next review",
                 "… starts every school day fed and calm"],
                ["Review Theo's sleep, weight and diet in clinic",
                 "Dr Amal Haddad, community paediatrician, Mandrelford Child Development Centre",
                 "Appointment by 30/01/2026",
                 "Clinic letter to Farah and the GP with Theo's weight and what the sleep diary shows",
                 "… stays well, and his sleep problems are treated"],
            ],
        }),
        ("h2", "Goal 3: Theo's care keeps pace with his mum's illness, so that as Helen's memory gets worse there is "
               "always a plan that keeps him safe."),
        ("table", {
            "header": _MANDRELFORD_HEAD,
            "widths": _MANDRELFORD_W,
            "rows": [
                ["Review Helen every three months and give the core group a written view of how her memory and "
                 "judgement are changing, what that means for her looking after Theo on her own, and how quickly "
                 "things are likely to change",
                 "Dr Simon Kerr, consultant psychiatrist, Mandrelford Memory Clinic",
                 "First written view by 16/01/2026, then every three months",
                 "Letter on Theo's file before the core group that follows each clinic",
                 "… is cared for in a way that matches what his mum can safely do"],
                ["Carer's assessment for Mark and a support plan, including what would let him be at home on more "
                 "weeknights",
                 "Sue Ambler, carers' support worker, Mandrelford Carers' Hub",
                 "By 19/12/2025",
                 "Mark's carer's support plan copied to Farah by 19/12/2025",
                 "… has his dad at home more; Dad is who he asks for most"],
                ["Introductory visits for Theo at Oakleaf House, then a first planned overnight stay",
                 "Gill Fenn, manager, Oakleaf House short breaks",
                 "Two visits by 19/12/2025; first overnight by 16/01/2026",
                 "Oakleaf House visit and overnight records sent to Farah; an Oakleaf symbol added to Theo's "
                 "PECS book",
                 "… knows the bed and the staff there if a relative cannot stay"],
                ["Make a social story with Theo, using his own symbols, about Mum's memory and who looks after him "
                 "on which night",
                 "Kate Lomas, speech and language therapist, Hollins Bank Special School",
                 "By 13/02/2026",
                 "Finished story in Theo's book; class staff see him pick the right person's symbol for each "
                 "night",
                 "… understands, in his way, who will be with him and why Mum forgets"],
            ],
        }),
        ("h1", "What happens if the plan isn't working"),
        ("bullets", [
            "If a Carewell visit is missed, or Theo is found at home without an adult who can care for him: "
            "Carewell or school phone Farah straight away (the Emergency Duty Team out of hours), and Farah or "
            "the duty worker visits within two hours. Claire or Pete come to the house that day; if neither can, "
            "Theo goes to the emergency bed at Oakleaf House that night.",
            "If Claire or Pete cannot do one of their nights: they tell Farah by noon that day, and either Mark "
            "comes home or Theo sleeps at Oakleaf House. Theo is never left overnight with Helen on her own.",
            "If Helen leaves the cooker on, gets lost with Theo or gives him the wrong medicine: Joanne Price "
            "reviews Helen's care within 48 hours, and Farah holds a strategy discussion the same day if Theo "
            "has been hurt.",
            "If, by the core group on 17/02/2026, the care package and the family cannot cover every night Mark "
            "is away, or Theo is left alone at any time, Farah will ask Greg Tilley for a legal planning meeting "
            "within five working days to decide how Theo is to be cared for from then on.",
        ]),
        ("h1", "Dates for your diary"),
        ("table", {
            "header": ["Meeting", "Date and time", "Where"],
            "widths": [5.0, 5.0, 7.0],
            "rows": [
                ["Core group (every six weeks)", "Tuesday 06/01/2026, 4pm", "Hollins Bank Special School"],
                ["Core group", "Tuesday 17/02/2026, 4pm", "Hollins Bank Special School"],
                ["Core group", "Tuesday 31/03/2026, 4pm", "Hollins Bank Special School"],
                ["Core group", "Tuesday 12/05/2026, 4pm", "Hollins Bank Special School"],
            ],
        }),
        ("p", "Before each core group Kate Lomas and Mr Pell will go through Theo's week with him using his symbols, "
              "and Farah will bring what he showed them to the meeting."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, mother on methadone who relapsed into
#    crack cocaine, two children, their grandmother doing a lot. Word plan
#    printed to PDF with a page header and footer: the children's words are
#    quoted inside "What we are worried about", the review arrangements are
#    in the details list, and the outcomes are banner rows across the plan
#    table. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_mulberrow_rcpc_outcome_banners_quotes_in_worries_dunning.pdf",
    "doc_title": "Review Child Protection Plan - Leo and Ruby Dunning",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-with-core-group-and-next-review-worries-bullets-with-childrens-quotes-and-drawing-going-well-then-ref-action-lead-timescale-evidence-table-with-outcome-banner-rows-then-plan-b-paragraphs",
    "description": (
        "First review conference plan for an 8-year-old and a 5-year-old whose mother is on "
        "methadone and relapsed into crack cocaine; their grandmother does a great deal. Printed "
        "to PDF with a page header and footer. The children's words and Ruby's drawing sit in the "
        "worries, core group and review dates in the details list, outcomes are banner rows across "
        "the table; visits, school, speech therapy, the locked box and the parenting course are "
        "sound. Faults: the third outcome is about the mother only, her methadone row is measured by "
        "how settled she feels, the grandmother's after-school help is 'As and when needed', "
        "'Everyone in the network' reports concerns, the ELSA referral has no measure; the drug "
        "service is only named as where she goes and owns nothing; Plan B sends the children to the "
        "grandmother with nothing if she cannot."
    ),
    "header": "OFFICIAL-SENSITIVE · Mulberrow Council · Children's Social Care",
    "footer": "Leo and Ruby Dunning · Review child protection plan · 10/12/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Leo Dunning (8), DOB 03/02/2017, Year 4; Ruby Dunning (5), DOB 21/07/2020, Reception; "
                         "both at St Cuthbert's Primary, Mulberrow"),
            ("Address", "31 Tanner's Walk, Mulberrow ML5 9EH"),
            ("Mother", "Gemma Dunning (31)"),
            ("Father", "Kyle Moore; in HMP Wellmoor until 2027, no contact"),
            ("Maternal grandmother", "Pat Dunning (58), 14 Hawthorn Close, Mulberrow"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "17/09/2025"),
            ("This review", "Wednesday 10/12/2025, Mulberrow Guildhall. Chair: Denise Whitfield (IRO)"),
            ("Social worker", "Carys Bowen (team manager: Imran Qureshi)"),
            ("Core group", "Every six weeks, Wednesdays 3.30pm at St Cuthbert's: 21/01/2026, 04/03/2026, "
                           "15/04/2026"),
            ("Next review conference", "Wednesday 10/06/2026, 10am, Mulberrow Guildhall"),
        ]),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Gemma has been prescribed methadone by Bridgeway, Mulberrow's drug and alcohol service, since 2021. "
            "In August 2025 she started using crack cocaine again. At 11pm on 29/08/2025 Leo rang Pat because he "
            "could not wake his mum; Ruby was asleep on the sofa. Leo told Pat: “Mum's gone floppy again and "
            "there's foil in the bathroom.”",
            "Gemma says she has not used crack since October, but one screen at Bridgeway in November was "
            "positive for cocaine.",
            "Leo has been late for school 12 times this term. He told Carys on 02/12/2025: “I set my own alarm "
            "now because Mum doesn't always hear hers. I do Ruby's cereal and I check Mum's door.”",
            "Ruby told her teacher in November that “Mummy sleeps in the day”. For Carys she drew her mum lying on "
            "the sofa under a big black cloud, and herself and Leo holding hands in front of the TV; she said "
            "the cloud was “Mummy's tired”.",
        ]),
        ("h1", "What is going well"),
        ("bullets", [
            "Pat has had the children every Saturday night since the initial conference and picks them up from "
            "school most weeks.",
            "Gemma's methadone is now kept in a locked box, seen locked at every visit since October.",
            "Both children's attendance has gone up this half-term: Leo 92%, Ruby 94%.",
            "Gemma has asked for a place on the Triple P course.",
        ]),
        ("h1", "The plan, agreed at the review conference"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Evidence"],
            "widths": [1.1, 5.9, 3.4, 3.0, 3.6],
            "rows": [
                ["Outcome 1 – Leo and Ruby are cared for every day and night by an adult who is sober and awake, "
                 "and Leo no longer gets himself and Ruby up and fed.", H, H, H, H],
                ["1.1",
                 "Visit Leo and Ruby at home, see each of them on their own, and make one visit in three after 6pm",
                 "Carys Bowen, SW",
                 "Weekly until the next review conference",
                 "Visit records show both children seen alone every week, with what they said written down"],
                ["1.2",
                 "Collect her methadone from Mulberrow Pharmacy every day and go to every key-work appointment",
                 "Gemma Dunning (Mum)",
                 "Daily pick-up; key-work every other Thursday",
                 "Gemma feels more settled"],
                ["1.3",
                 "Keep her methadone in the locked box, out of Leo's and Ruby's reach",
                 "Gemma Dunning (Mum)",
                 "Every day from 10/12/2025",
                 "Box seen locked at every SW visit"],
                ["1.4",
                 "Have Leo and Ruby to stay every Saturday night",
                 "Pat Dunning (maternal grandmother)",
                 "Every Saturday, 4pm to Sunday noon",
                 "Pat texts Carys each Sunday when the children are home"],
                ["1.5",
                 "Collect Leo and Ruby from school and give them their tea when Gemma is not well enough",
                 "Pat Dunning (maternal grandmother)",
                 "As and when needed",
                 "School collection log shows Pat's name on those days"],
                ["1.6",
                 "Tell the SW the same day if Gemma appears to be under the influence of drugs",
                 "Everyone in the network",
                 "Same day",
                 "Call or email logged on the children's file"],
                ["Outcome 2 – Leo and Ruby go to school every day, on time and fed, and Leo has an adult at school "
                 "he can talk to about home.", H, H, H, H],
                ["2.1",
                 "Check Leo's and Ruby's attendance, punctuality and whether they have had breakfast, and phone "
                 "the SW the same day with any worry",
                 "Mr Daniel Ashe, DSL, St Cuthbert's Primary",
                 "Every school day",
                 "Attendance sent to Carys every Friday; 95% or more for both children by the next review"],
                ["2.2",
                 "Refer Leo to the school's ELSA for six sessions about his worries at home",
                 "Mrs Joanne Pike, SENCo, St Cuthbert's Primary",
                 "Referral by 19/12/2025; sessions from January 2026",
                 ""],
                ["2.3",
                 "Speech and language assessment for Ruby's unclear speech, with targets for school and home",
                 "Anjali Mistry, speech and language therapist, Mulberrow Children's Therapy Service",
                 "By 27/02/2026",
                 "Assessment report with targets shared with school, Gemma and Carys"],
                ["Outcome 3 – Gemma stays off crack cocaine and keeps to her methadone script.", H, H, H, H],
                ["3.1",
                 "Complete the Triple P parenting course, so that Gemma can keep a morning and bedtime routine for "
                 "Leo and Ruby",
                 "Gemma Dunning (Mum); course run by Holly Marsh, family support worker",
                 "Tuesdays for 8 weeks from 13/01/2026",
                 "Course register shows 7 of 8 sessions; Holly's end-of-course report to Carys"],
                ["3.2",
                 "Direct work with Leo and Ruby about Mum's drug use and how to keep safe, using the “Mum's "
                 "Medicine” story pack",
                 "Carys Bowen, SW",
                 "Four sessions, all by 25/02/2026",
                 "The children's work kept on file; Leo can name two adults he would ring"],
            ],
        }),
        ("h1", "Plan B"),
        ("p", "If Gemma uses crack cocaine or any other drug on top of her script, misses two methadone pick-ups in a "
              "row, or is found asleep or under the influence while looking after Leo and Ruby, the children will "
              "go to Pat's home at 14 Hawthorn Close that day and stay there until Carys has held a strategy "
              "discussion with the police, which she will do the same day."),
        ("p", "If Gemma has another positive screen before the core group on 04/03/2026, or the children are again "
              "found without a sober adult, Carys will ask Imran Qureshi for a legal planning meeting within five "
              "working days."),
        ("p", "Plan typed by Carys Bowen on 11/12/2025 and sent to Gemma, Pat and everyone named in the plan."),
    ],
    "findings": [
        F("F002", "Gemma stays off crack cocaine and keeps to her methadone script."),
        F("M002", "Collect her methadone from Mulberrow Pharmacy every day"),
        F("T002", "Collect Leo and Ruby from school and give them"),
        F("W002", "Tell the SW the same day if Gemma appears"),
        F("M001", "Refer Leo to the school's ELSA for six sessions"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother with postnatal depression who stopped
#    her medication, a 6-year-old and an 18-month-old, father working long
#    shifts. Signs of Safety plan in Markdown: core group dates in the
#    details lines, danger statement and safety goals, next steps as bold
#    action bullets with nested Who / When / How we'll know bullets. Faulty
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b127_minnowgate_sos_nested_next_steps_pascoe.md",
    "split": "tune",
    "actions": 10,
    "template": "signs-of-safety-md-bold-detail-lines-with-core-group-dates-danger-statement-complicating-factors-working-well-safety-goals-scaling-then-next-steps-under-theme-subheadings-bold-action-bullets-nested-who-when-how-well-know-then-safety-plan",
    "description": (
        "Signs of Safety plan from an initial conference for a 6-year-old and an 18-month-old whose "
        "mother has postnatal depression and stopped her medication; the father works long shifts. "
        "Markdown with the core group dates in the details lines, a danger statement, child-focused "
        "safety goals and next steps as bold bullets with nested Who / When / How we'll know lines; "
        "the visits, health visitor, family support worker, school and the father's parts are "
        "sound. Faults: nothing records what either child says, feels or experiences; the talking "
        "therapy only treats the mother; the GP review is measured by her mood improving; Jude's "
        "bed has no one named; the nursery application has no date; the safety plan has no "
        "trigger and only says the core group will discuss; no legal step; the review conference "
        "date is to be confirmed."
    ),
    "text": """\
# Child Protection Plan (Signs of Safety)

**Minnowgate Borough Council — Children's Services, Locality Team North**

**Children:** Jude Pascoe (6), Year 2, Redwell Infant School · Poppy Pascoe (18 months)
**Parents:** Kirsty Pascoe (27) and Sean Pascoe (31), 58 Osier Road, Minnowgate MN4 2TL
**Initial conference:** Monday 10/11/2025 · **Category:** neglect · **Chair:** Lorraine Tebbit (IRO)
**Social worker:** Bethan Lloyd (practice supervisor: Alan Petrie)
**Core group:** every four weeks, Mondays 1.30pm, Osier Road Children's Centre: 24/11/2025, 22/12/2025, 19/01/2026
**Review conference:** date to be confirmed by the conference service

## What are we worried about?

### Danger statement

Bethan, the health visitor and Redwell Infant School are worried that since Poppy was born Kirsty has been
too low to get up for days at a time, and that with Sean out of the house from 6am to 6pm nobody has been
making sure the children are fed, washed and kept safe. The house has had dog mess on the floors and broken
glass in the back yard. If nothing changes, Poppy may not grow as she should, Jude will keep missing school,
and either child could be hurt at home.

### Complicating factors

- Kirsty was diagnosed with postnatal depression in March 2025 and stopped taking her sertraline in August.
- Poppy has missed her 12-month review and two clinic weighs; her weight has dropped from the 50th to the
  9th centile.
- Jude's attendance this term is 81%, and he has been late 14 times.
- Sean's shifts mean he leaves before the children wake up.

## What's working well?

- Kirsty and Sean both came to the conference and agreed with the worries.
- Kirsty went back to her GP on 05/11/2025 and has been referred to Minnowgate Talking Therapies.
- The dog has gone to live with Sean's brother, and Sean has started clearing the yard.
- Sean has changed his shifts so that he is off on Thursdays and Fridays.

## Safety goals

- Jude and Poppy live in a clean, safe home with no dog mess, glass or other dangers within their reach.
- Poppy is fed regularly and gets back to her own growth line, on or near the 50th centile.
- Jude gets to school every day on time, washed, fed and in clean uniform.
- Both children are cared for from the moment they wake by an adult who is up, dressed and able to look after
  them.

**Scaling** (0 = the children will be harmed, 10 = safe enough to close the plan): Kirsty 5, Sean 6, Bethan 3.

## Next steps

### Keeping Jude and Poppy safe and well at home

- **Visit the children at home, see Jude on his own and check every room**
  - Who: Bethan Lloyd, SW
  - When: weekly from 13/11/2025, one visit in three unannounced
  - How we'll know: visit records note each room seen, both children seen and Jude seen on his own
- **Weigh Poppy and complete her 12-month review**
  - Who: Mel Harding, health visitor
  - When: review by 28/11/2025, then weighs every two weeks at Osier Road clinic
  - How we'll know: weights in the red book climbing back towards the 50th centile; review summary sent to
    Bethan
- **A bed, mattress and bedding for Jude to be got from the Minnowgate Furniture Scheme**
  - Who: –
  - When: by 28/11/2025
  - How we'll know: bed seen made up in Jude's room at a visit
- **Routine sessions at home with Kirsty: breakfast, bath time and bedtime for both children**
  - Who: Tasha Greer, family support worker
  - When: every Wednesday for eight weeks from 19/11/2025
  - How we'll know: routine chart on the fridge filled in each day and checked by Tasha each week
- **Clear the back yard of glass and rubbish, and keep it clear**
  - Who: Sean Pascoe (Dad)
  - When: by 23/11/2025, then every weekend
  - How we'll know: yard seen clear by Bethan at each visit
- **Apply for a funded nursery place for Poppy, two mornings a week**
  - Who: Kirsty, with Tasha Greer
  - When: –
  - How we'll know: nursery place confirmed in writing and Poppy's start date on file

### Kirsty's health

- **Weekly CBT sessions for Kirsty's low mood and anxiety**
  - Who: Imogen Rowe, high intensity therapist, Minnowgate Talking Therapies
  - When: weekly for 12 weeks from 01/12/2025
  - How we'll know: attendance letter sent to Bethan after every four sessions
- **Review Kirsty's antidepressant and see her every four weeks**
  - Who: Dr Paul Egan, GP, Osier Road Surgery
  - When: first review by 21/11/2025, then every four weeks
  - How we'll know: Kirsty's mood improves

### Jude at school

- **Check Jude's attendance, punctuality and whether he has had breakfast, and ring Bethan the same day if he
  is absent**
  - Who: Mrs Alison Booth, DSL, Redwell Infant School
  - When: every school day
  - How we'll know: attendance emailed to Bethan each Friday; above 95% by the review
- **Take Jude to school on his days off**
  - Who: Sean Pascoe (Dad)
  - When: every Thursday and Friday from 13/11/2025
  - How we'll know: school gate log shows Jude arriving before 8.50am on those days

## Safety plan

If things get worse at home, the core group will meet to discuss what needs to happen next.
""",
    "findings": [
        F("F003"),
        F("H001", "Weekly CBT sessions for Kirsty's low mood and anxiety"),
        F("M002", "Review Kirsty's antidepressant and see her every four weeks"),
        F("W001", "A bed, mattress and bedding for Jude to be got"),
        F("T001", "Apply for a funded nursery place for Poppy"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
