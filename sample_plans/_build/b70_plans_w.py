"""Batch 70, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans typed quickly by busy practitioners - abbreviations (SW, HV, DSL,
FSW, MGM, w/c, wkly, fortn.), combined "Who / when" columns, a two-column
Action | Update table, numbered lists with sub-points under themes, hedged
narrative commitments ("it is hoped", "will try to"), a young person's own
"my plan" version, and a very short plan. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First core group plan typed in a hurry: Action | Who / when | How will
#    we know, abbreviations throughout (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wenlow_core_group_who_when_column_ashby.docx",
    "doc_title": "Core Group Plan - Ruby-Mae and Tyler Ashby",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-1-plan-docx-kv-then-action-who-slash-when-combined-column-how-will-we-know-abbreviations-wkly-fortn-wc",
    "description": (
        "First core group plan for a 4-month-old and a 3-year-old (mother's postnatal depression, baby's "
        "weight falling), typed quickly: Action | Who / when | How will we know, with the owner and the "
        "timescale in one cell ('SW Kirsty Bale - wkly, from w/c 17/03/25', 'HV - fortn.', 'MGM Debbie "
        "Ashby - Mon-Thu nights'). Faults: the perinatal team only giving sessions (H001) beside a row "
        "asking the same team for a capacity report, a Who/when cell naming only the FSW (T001), 'All "
        "profs' (W002), 'asap' (T002), 'Engagement with the group' (M002), a blank measure (M001), an "
        "outcome about mum only (F002), and grandmother and aunt carrying nights and the nursery run with no fallback "
        "in the contingency (C003)."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Wenlow Borough Council - Children's Services - Wenlow Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Ruby-Mae Ashby (DOB 04/11/2024, 4 months); Tyler Ashby (3), Wrenfield Nursery"),
            ("Parents", "Chelsea Ashby (22), mum; Liam Cole (25), dad - both live at 7 Wagtail Close, Wenlow"),
            ("Family", "Debbie Ashby (MGM), 2 Wagtail Close; Kayleigh Ashby (maternal aunt), Wendle Street"),
            ("Meeting", "CG 1, Mon 17/03/25, 10am, Wenlow Family Hub"),
            ("ICPC", "05/03/25 - neglect"),
            ("SW", "Kirsty Bale (KB)"),
        ]),
        ("h2", "Present"),
        ("p", "Chelsea, Liam, Debbie (MGM), KB (SW), Sian Pugh (HV), Dean Marsh (FSW), Gail Orme (CPN, Wenlow "
              "Perinatal Mental Health Team), Mrs Rhian Tate (manager, Wrenfield Nursery). Apologies: Dr Omar "
              "Saleh (GP)."),
        ("h2", "Worries"),
        ("p", "Chelsea was diagnosed with postnatal depression in January and is on sertraline. She is open to "
              "the perinatal team (PMHT). She told the ICPC she stays in bed most mornings and Liam is at work "
              "from 6am. Ruby-Mae has dropped from the 50th to below the 9th centile since her 8-week check; "
              "HV found made-up bottles left out overnight twice. Tyler has missed 11 of 20 nursery sessions "
              "since January. Liam has no history of drug or alcohol use."),
        ("h2", "How Ruby-Mae and Tyler are"),
        ("p", "Ruby-Mae (seen by KB and HV at home 10/03 and 13/03): alert and smiley when picked up, roots "
              "and cries for a feed about 3 hrs after the last one; she settles quickly on Debbie's shoulder. "
              "On 13/03 she was in the same sleepsuit as on 10/03. Tyler (seen at nursery 12/03) told KB "
              "\"Mummy is sleeping\" and \"I make my own breakfast, crisps\". He said he likes nursery "
              "because of the sand and wants Nanny Debbie to take him every day."),
        ("h2", "What we want for the children"),
        ("bullets", [
            "Ruby-Mae is fed on time every day and night and her weight is back on or above the 25th centile.",
            "Tyler goes to nursery every morning he has a place, and has breakfast before he goes.",
            "Ruby-Mae and Tyler are cared for by a mum whose mood is steady enough to get up with them in the "
            "morning.",
            "Chelsea's mood will improve and she will feel more confident.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["Action", "Who / when", "How will we know"],
            "widths": [7.0, 4.6, 5.4],
            "rows": [
                ["See Ruby-Mae and Tyler at home, at least 1 visit in 3 unannounced, and see Tyler on his own at "
                 "nursery",
                 "SW Kirsty Bale - wkly, from w/c 17/03/25",
                 "Visit notes record where Ruby-Mae sleeps, what is in the fridge and what Tyler says"],
                ["Weigh Ruby-Mae and go through the feeding and bottle routine with Chelsea and Liam",
                 "HV Sian Pugh - fortn. at home until the RCPC",
                 "Weight plotted in the red book; on or above the 9th centile at each weigh"],
                ["Wkly sessions with Chelsea for her low mood and anxiety",
                 "Wenlow PMHT (CPN Gail Orme) - wkly",
                 "Chelsea attends (PMHT diary)"],
                ["Assess whether Chelsea can make the changes Ruby-Mae and Tyler need, and how long that is "
                 "likely to take",
                 "PMHT consultant Dr Jane Wray - report by CG 2 (14/04/25)",
                 "Written report to KB at least 2 days before CG 2"],
                ["Review Chelsea's sertraline dose and write to KB on how her mood affects her care of the "
                 "children",
                 "Dr Omar Saleh, GP - by 04/04/25",
                 "GP letter on the children's file"],
                ["Do the 10pm and 2am feeds on weeknights so Chelsea can sleep",
                 "MGM Debbie Ashby - Mon-Thu nights",
                 "Feed chart on the fridge filled in and signed; KB checks it at visits"],
                ["Take Tyler to nursery on his Tue, Wed and Thu morning sessions",
                 "Aunt Kayleigh Ashby - from Tue 18/03/25",
                 "Nursery register"],
                ["Help Chelsea and Liam sort out the kitchen and set up a routine for bottles and sterilising",
                 "FSW Dean Marsh",
                 "Routine chart up in the kitchen; KB sees clean, sterilised bottles at visits"],
                ["Tell KB the same day about any missed feed, bruise or mark on Ruby-Mae",
                 "All profs - same day",
                 "Logged on the children's file by KB"],
                ["Refer Tyler for a speech and language assessment (about 20 words at 3)",
                 "HV Sian Pugh - asap",
                 "Referral accepted letter on file"],
                ["Go to the Wenlow Dads' group on Thursday evenings",
                 "Liam - wkly from 20/03/25",
                 "Engagement with the group"],
                ["Apply for Tyler's 30 funded hours so he can go every weekday morning",
                 "Chelsea with FSW - by 31/03/25",
                 ""],
                ["Safe sleep check: see where Ruby-Mae is put down for naps and at night",
                 "HV Sian Pugh - fortn., with the weigh",
                 "Safe sleep checklist signed and scanned to the HV record"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Ruby-Mae misses a feed because Chelsea cannot get up, or her weight falls below the 2nd "
              "centile, Liam will stay off work and care for the children himself, and KB (or EDT out of "
              "hours) will hold a strategy discussion the same day. If Ruby-Mae's weight is still below the "
              "9th centile at CG 2 on 14/04/25, KB will ask her TM for a legal planning meeting within 5 "
              "working days."),
        ("h2", "Meetings"),
        ("p", "CGs every 4 wks, Mondays 10am at the Family Hub: 14/04/25 and 12/05/25. RCPC: Mon 02/06/25, "
              "10am, Wenlow Civic Centre."),
        ("p", "Typed by KB 17/03/25 and sent to everyone present."),
    ],
    "findings": [
        F("F002", "Chelsea's mood will improve and she will feel more confident."),
        F("H001", "Wkly sessions with Chelsea for her low mood and anxiety"),
        F("T001", "sort out the kitchen and set up a routine for bottles"),
        F("W002", "Tell KB the same day about any missed feed"),
        F("T002", "Refer Tyler for a speech and language assessment"),
        F("M002", "Go to the Wenlow Dads' group on Thursday evenings"),
        F("M001", "Apply for Tyler's 30 funded hours so he can go"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Third core group: a two-column Action | Update table, each action cell
#    carrying its own owner, timescale and measure; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wrexhold_core_group_action_update_table_pryce.pdf",
    "doc_title": "Core Group 3 Progress Update and Revised Plan - Jayden and Ellie-Rose Pryce",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-3-update-paged-pdf-two-column-action-update-table-owner-timescale-measure-written-into-action-cell",
    "description": (
        "Third core group record for a 9-year-old and a 6-year-old (domestic abuse; mum's ex-partner moved "
        "out). The plan is a two-column Action | Update table: each action cell names its own owner, "
        "timescale and evidence, and the Update column says how far it has got ('Ongoing - 5 visits since "
        "CG 2' beside a weekly action). Faults: a passive referral (W001), 'when she can' (T002), the FSW "
        "to 'keep an eye on' (M002), health checks with no measure (M001), FSW sessions paused until the "
        "move to another authority (X001), 'Professionals' as owner (W002), a contingency that only "
        "discusses and meets (C002), no legal step (R002) and the review conference date TBC (R001). "
        "Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE - Wrexhold Council - Children's Services",
    "footer": "Core group 3 plan - Pryce - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group 3 - Progress Update and Revised Plan"),
        ("kv", [
            ("Children", "Jayden Pryce (9), Year 4, and Ellie-Rose Pryce (6), Year 1, both at Wychbold Road "
                         "Primary"),
            ("Mum", "Leanne Pryce (31), 22 Wyebank Close, Wrexhold"),
            ("Children's father", "Craig Tolley (34). Moved out on 11/01/2025 and lives in Wellcott. A "
                                  "non-molestation order protects Leanne and the children until 10/01/2026."),
            ("Meeting", "Core group 3, Wednesday 26/03/2025, 3.30pm, Wychbold Road Primary"),
            ("ICPC", "22/01/2025, category emotional abuse"),
            ("SW", "Megan Holt, Wrexhold Children's Safeguarding Team"),
            ("Present", "Leanne, Megan Holt (SW), Sarah Wynne (IDVA), Mr Owen Price (DSL), Tasha Rees (FSW), "
                        "PC Dan Whitlock (DA Unit). Craig was not invited (non-molestation order)."),
        ]),
        ("h2", "What has happened since core group 2"),
        ("p", "There have been no police call-outs to Wyebank Close since 14 February. Craig has kept away from "
              "the house, but Jayden saw him outside the school gates on 12 March and told his teacher. "
              "Leanne has been to every appointment with the IDVA and says she feels \"more in control\". She "
              "has no history of mental health difficulties and there are no concerns about her alcohol use. "
              "Leanne has applied for a mutual exchange to a house in Wolmerdale, near her sister; if the "
              "move goes ahead the case will transfer to Wolmerdale Borough Council."),
        ("p", "Jayden's attendance is 94% this term. Ellie-Rose has started wetting the bed again since she saw "
              "her dad's car on Wyebank Close, and she is clingy with Leanne at the classroom door."),
        ("h2", "What Jayden and Ellie-Rose say"),
        ("p", "Jayden (seen alone at home, 19/03): \"It's better now Dad's gone, nobody's shouting. But I saw "
              "him at school and I felt sick.\" He said he would like to stop worrying about his mum when he "
              "is at school and that Mr Price is \"alright to talk to\". He scored home 7 out of 10."),
        ("p", "Ellie-Rose (seen at school, 12/03): she drew her family with Dad \"in a different house\" and "
              "said she wants \"Mummy to stay happy\". She said she does not like it when the car comes."),
        ("h2", "What we want for Jayden and Ellie-Rose"),
        ("bullets", [
            "Jayden and Ellie-Rose live in a home with no shouting, threats or violence.",
            "They only see their dad when it is safe and planned, and know who to tell if he turns up.",
            "Ellie-Rose sleeps well and goes into class happily in the morning.",
            "Jayden does not carry worries about his mum at school and has a trusted adult there.",
        ]),
        ("h2", "Revised plan"),
        ("table", {
            "header": ["Action", "Update"],
            "widths": [12.0, 5.0],
            "rows": [
                ["SW Megan Holt to see Jayden and Ellie-Rose at home wkly, one visit in three unannounced, and "
                 "see each child on their own; visit notes to record what they say.",
                 "Ongoing - 5 visits since CG 2, children seen alone on 4 of them."],
                ["IDVA Sarah Wynne (Wrexhold DA Service) to update Leanne's safety plan, including a safety card "
                 "for Jayden, by 04/04/25; copy of the plan on the children's file.",
                 "First meeting held."],
                ["Wrexhold Police DA Unit to tell the SW within 24 hrs of any call-out to Wyebank Close; the SW "
                 "logs each one on the children's file.",
                 "No call-outs since 14 February."],
                ["Mr Owen Price (DSL, Wychbold Road Primary) to check in with Jayden every Monday morning and "
                 "email his notes to the SW fortn.",
                 "Started - Jayden says he likes these."],
                ["It is hoped that Craig will start the Wrexhold Choices programme on Tuesday evenings from w/c "
                 "31/03/25; the facilitator to send the SW his attendance monthly.",
                 "Craig assessed as suitable for the group."],
                ["Referral to Wrexhold Young Carers for Jayden to be made by 04/04/25, with the acceptance "
                 "letter put on file.",
                 "Not done yet - chased at CG 3."],
                ["SW to try and see Ellie-Rose at school when she can, and write down what Ellie-Rose tells her "
                 "about home.",
                 "Seen once since CG 2."],
                ["Leanne to attend the Freedom Programme at Wrexhold Women's Centre on Thursday mornings from "
                 "03/04/25, and the FSW to keep an eye on how she is getting on.",
                 "Place confirmed."],
                ["School nurse Mrs Kath Dale to do height, weight and eyesight checks for both children before "
                 "the Easter holidays.",
                 "Booked."],
                ["FSW Tasha Rees to do wkly sessions with Leanne on routines and boundaries, with notes to the "
                 "SW after each one - paused until the family's move to Wolmerdale goes through, then "
                 "Wolmerdale to pick this up.",
                 "On hold."],
                ["Professionals to tell the police and the SW the same day if they see Craig near Wyebank Close "
                 "or the school; the SW logs each sighting.",
                 "One sighting (12/03), reported by school."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things get worse at home or there are further concerns about Craig, the SW will discuss "
              "this with her manager and the core group will meet again to look at the plan."),
        ("h2", "Next meetings"),
        ("p", "Core group every 6 weeks; next on Wednesday 07/05/2025, 3.30pm, Wychbold Road Primary. Review "
              "child protection conference: date TBC by the conference office."),
        ("p", "Notes and plan typed by Megan Holt (SW) on 27/03/2025 and sent to Leanne and every agency "
              "present."),
    ],
    "findings": [
        F("W001", "Referral to Wrexhold Young Carers for Jayden to be made"),
        F("T002", "SW to try and see Ellie-Rose at school when she can"),
        F("M002", "Leanne to attend the Freedom Programme at Wrexhold Women's Centre"),
        F("M001", "to do height, weight and eyesight checks for both children"),
        F("X001", "FSW Tasha Rees to do wkly sessions with Leanne"),
        F("W002", "Professionals to tell the police and the SW the same day"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A 14-year-old's own version of her plan, written with her social worker
#    in her words; bold-owner bullets (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_withernby_my_plan_young_person_kerr.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-md-young-persons-my-plan-version-first-person-bold-owner-bullets-who-is-going-to-do-what",
    "description": (
        "Initial conference plan for a 14-year-old and her 8-year-old brother (mother's drinking, the girl "
        "caring for her mum and brother, self-harm), written with the girl as 'My Child Protection Plan' "
        "in the first person: what I said, what I want to be different, who is going to do what (bold "
        "owner, when, and what will show it in each bullet, including her own CAMHS appointments), what "
        "happens if things go wrong. The alcohol service reports on change and the GP writes to the SW; "
        "grandad's and aunt's parts have a fallback; core group dates, review date and legal step set. "
        "Exemplary."
    ),
    "text": """\
# My Child Protection Plan – Kacey Kerr

**Withernby Council · Children's Services · Adolescent and Family Team**

*This plan was agreed at my initial child protection conference on Thursday 6 March 2025.
Shona (my social worker) and I wrote this version together at school on 10 March, in my
words where I wanted. Mum and every agency have the same plan in the usual layout. My
brother Alfie is on a plan too, so the things that are for him are in here as well.*

## About me and my family

- **Me:** Kacey Kerr, 14, Year 9 at Wistow Park Academy
- **My brother:** Alfie Kerr, 8, Year 3 at Whinmoor Junior School
- **Mum:** Joanne Kerr, 39. We live with her at 31 Wharfedale Court, Withernby.
- **Grandad:** Pete Kerr, Mum's dad, on Welland Road (ten minutes' walk)
- **Aunty Lou:** Louise Mercer, Mum's sister, in Wickwell (fifteen minutes in the car)
- **My social worker:** Shona Baptiste. **Conference chair:** Tom Ellery. **Category:** neglect.

## Why there is a plan

Since Mum lost her job last summer she has been drinking wine most nights, sometimes
two bottles. Twice in February the police and an ambulance came because Mum had fallen
and I couldn't wake her. I have been doing Alfie's tea, getting him to bed and taking him
to school, and I've missed 14 days of school this year, mostly to look after Mum. School
found out in January that I have been cutting my arms. Mum started seeing the Withernby
Alcohol Service (WAS) in February and told the conference she wants to stop.

## What I said at conference

"I don't want to be taken away from Mum. I just want her to stop drinking and for
someone else to do Alfie's bedtime." I told them that when I can't wake Mum "I go cold
all over", and that I hurt myself when it all gets too much. I want to go back to
netball and have friends round again. I scored home 4 out of 10 and Grandad's 9.

Alfie told Shona he likes Friday tea at Grandad's "because we get chips", that he gets
scared when Mum "goes floppy on the sofa", and that Kacey "does everything".

## What we want to be different by my review conference

- I'm not the one looking after Mum or Alfie: an adult who hasn't been drinking is in charge every evening and every night.
- I'm in school every day, and I'm back at netball on Tuesdays.
- I'm not hurting myself, and if I feel like I want to, I know who to talk to and I go to them.
- Alfie has his tea, is in bed by 8 and gets to school on time every day.

## Who is going to do what

- **Shona (my social worker)** will see me and Alfie every week, one week at home and the next at school, and see each of us on our own; she writes down what we say in her visit notes and I get to read what she wrote about me.
- **Bev Nolan, Withernby Alcohol Service**, will see Mum every week for key-work and a breath test, and write to Shona before every core group about whether Mum's drinking is changing and what that means for me and Alfie.
- **Mum** will not drink from Sunday to Thursday nights and will blow into the breathalyser from WAS at 7pm on those nights, sending the photo to Aunty Lou, who keeps the photos for Shona to see at each visit.
- **Dr Ruth Hale, Mum's GP at Wharf Lane Surgery**, will see Mum by 28 March about her drinking and her liver tests, and write to Shona about how her health is affecting her care of me and Alfie.
- **Grandad** will have me and Alfie for tea and a sleepover every Friday night, so I don't do Alfie's bedtime that night; he marks each Friday on the calendar that Shona checks.
- **Aunty Lou** will look at Mum's breath-test photo every Sunday to Thursday evening and ring Shona (or the emergency duty team after 5pm) that night if a photo is missed or shows any alcohol; she keeps a note of every call.
- **Me (Kacey):** I will go to my CAMHS appointments with Rhys every other Tuesday at 4pm from 18 March, and Rhys will tell Shona the same week if I miss one.
- **Rhys Okon, Withernby CAMHS**, will finish my self-harm assessment by 11 April and write a safety plan with me; copies go to Mrs Devi and Shona.
- **Mrs Devi (DSL, Wistow Park Academy)** will see me every Monday and Thursday at morning break in the pastoral room and tell Shona the same day if I've hurt myself or not come in; her check-in log goes to Shona every Friday.
- **Mr Gale, Alfie's class teacher at Whinmoor Junior School**, will email Shona every Friday with Alfie's attendance and late marks for the week from the register.
- **Leah Price, Withernby Young Carers**, will do a young carer's assessment with me by 4 April and then see me every fortnight at school until my review conference; the written assessment goes to Shona.

## If things go wrong

- If Mum has been drinking while she is looking after us (a photo missed or showing alcohol, or me or Alfie telling someone), Alfie and I go to Aunty Lou's that night, and Shona (or the emergency duty team) holds a strategy discussion the same day.
- If I can't wake Mum I ring 999 first and then Aunty Lou.
- If Aunty Lou or Grandad can't do their part – because they are ill, away, or it's too much for them – they tell Shona straight away. On those nights Alfie and I stay with whichever of them can have us, and if neither can, Shona (or the emergency duty team) will find us a foster carer for that night.
- If Mum drinks while looking after us twice before my review conference, or she has stopped going to WAS by the core group on 17 April, Shona will ask her manager for a legal planning meeting. Shona has explained to me what that means.

## Meetings

- Core group every 4 weeks at Wistow Park Academy, 3.45pm: Thursday 20 March, Thursday 17 April and Thursday 15 May 2025. I can come to the first half.
- My review child protection conference: Thursday 5 June 2025, 10am, Withernby Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A very short plan typed straight after conference (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wymondsley_short_typed_plan_dobbs.txt",
    "split": "heldout",
    "actions": 7,
    "template": "icpc-very-short-plain-text-plan-details-worries-numbered-one-line-actions-abbreviations-one-line-meetings",
    "description": (
        "A very short initial conference plan for a 5-year-old (father's daily cannabis use and history of "
        "depression, neglect), typed quickly: a few details, three worries, seven one-line numbered "
        "actions and one line on meetings. Faults: no outcomes (O001), nothing of what Kai says (F003), no "
        "contingency while the grandmother and aunt carry the school run and Saturday nights (C001, C003), "
        "the drug service only somewhere dad goes (F004), 'ongoing' with no measure (T002, M001), 'keep "
        "an eye on things' and 'monitor' (M002), 'Family' as owner (W002), a health check with no time "
        "(T001), RCPC TBC (R001) and no legal step (R002)."
    ),
    "text": """\
WYMONDSLEY COUNCIL - CHILDREN'S SOCIAL CARE
CP PLAN - agreed at ICPC 11/03/25

Child:  Kai Dobbs, 5 (DOB 19/06/19), Reception, Wymondsley Hill Primary
Mum:    Stacey Dobbs (26) - works evening shifts at Wexley Foods
Dad:    Ryan Dobbs (29) - uses cannabis daily in the flat; hx of depression
Addr:   Flat 4, 9 Weaver's Yard, Wymondsley
PGM:    Sandra Dobbs, Wynn Street, Wymondsley
Aunt:   Gemma Dobbs (Ryan's sister), Wethercote
Cat:    Neglect          SW: Amy Fell (Wymondsley CSC Team 1)

WORRIES
- Ryan smokes cannabis in the flat most days and is often asleep when Stacey is at work and he is the only adult at home.
- Flat dirty on 2 of 3 SW visits (dog mess on the floor, no clean bedding).
- Poor school attendance this term.

PLAN
1. SW to visit Kai at home fortn. and see him on his own - visit notes.
2. Ryan to attend WDAS (Wymondsley Drug & Alcohol Service) for his cannabis use - ongoing.
3. PGM Sandra to do the school run Mon-Fri from 17/03/25 - school register.
4. Aunt Gemma to have Kai every Sat night and keep an eye on things.
5. Family to keep the flat clean, with clean bedding on Kai's bed, checked at each fortnightly visit - noted on the visit record.
6. DSL Mrs Ince to monitor Kai in school wkly.
7. School nurse to see Kai for height, weight and a general health check - results to SW.

CG monthly. RCPC TBC.

Typed AF 12/03/25
""",
    "findings": [
        F("T002", "to attend WDAS (Wymondsley Drug & Alcohol Service) for his"),
        F("M001", "to attend WDAS (Wymondsley Drug & Alcohol Service) for his"),
        F("M002", "Aunt Gemma to have Kai every Sat night"),
        F("W002", "Family to keep the flat clean, with clean bedding"),
        F("M002", "DSL Mrs Ince to monitor Kai in school wkly."),
        F("T001", "School nurse to see Kai for height, weight"),
        F("O001"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan set out as numbered themes with numbered sub-points (1 / 1.1),
#    hedged commitments, mostly about mum's own needs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wardlecombe_numbered_themes_subpoints_harlow.docx",
    "doc_title": "Child Protection Plan - Leo Harlow",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-docx-real-word-multilevel-list-bold-theme-headings-numbered-sub-point-actions-hedged-wording",
    "description": (
        "Initial conference plan for a 2-year-old (mother's anxiety and depression, rent arrears, toddler "
        "found alone on the landing) written as a real Word multilevel list: bold themes (mum's mental "
        "health, housing and money, mum's own support, Leo) with numbered sub-points as actions, in "
        "hedged wording ('it is hoped', 'will try to'). Six of the ten actions are about Natalie's own "
        "needs with no link to Leo (F001). Faults: the CMHT only 'continuing to offer support' (H001), "
        "'it is hoped she will feel more settled' (M002), a passive foodbank referral 'as and when "
        "needed' (W001, T002, M001), the HV's review 'when she can' (T002), the nursery place with no "
        "measure (M001), an outcome about mum only (F002), a contingency that only discusses and "
        "considers (C002), and no legal step (R002). 'Natalie will try to go' to a group with a start "
        "date and attendance sent to the SW is a hard negative."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Wardlecombe District Council - Children and Families - Locality Team East"),
        ("kv", [
            ("Child", "Leo Harlow, 2 (DOB 08/01/2023)"),
            ("Mum", "Natalie Harlow (27), Flat 9, Wisteria Court, Wardlecombe (second floor)"),
            ("Dad", "Jordan Webb - not involved with Leo; no contact since 2023"),
            ("Conference", "Initial child protection conference, 12/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Raval"),
            ("Chair", "Martin Ogden"),
        ]),
        ("h1", "Background"),
        ("p", "Natalie has anxiety and depression and has been open to the Wardlecombe Community Mental "
              "Health Team (CMHT) since 2022; her care coordinator is Rob Jewell. Since Christmas her mood has "
              "been very low and she has struggled to get out of bed before midday. Twice in February a "
              "neighbour found Leo on the communal landing in just a nappy. Natalie is two months behind "
              "with her rent and has had a notice seeking possession from Wardlecombe Homes. On both of the "
              "SW's visits the flat was cold and there was very little food in the kitchen."),
        ("h1", "Leo's day"),
        ("p", "Leo says a few words (\"car\", \"Mama\", \"juice\"). On the SW's visits on 19/02 and 04/03 he "
              "was still in his cot at 11am in a wet nappy, and he ate two yoghurts very quickly when "
              "Natalie gave them to him. He brightened when the SW got out some toy cars and brought each "
              "one over to show Natalie. The neighbour, Mrs Weller, says she often hears him crying in the "
              "mornings and that he waves to her from the window."),
        ("h1", "What we want to happen"),
        ("bullets", [
            "Leo is up, dressed, changed and fed every morning, and is never out on the landing on his own.",
            "Leo lives in a warm home with food in the cupboards and toys he can reach.",
            "Leo is seen by his health visitor and is reaching his 2-year milestones.",
            "Natalie's mental health is stable and she feels supported.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Natalie's mental health"),
            (1, "Rob Jewell (care coordinator, Wardlecombe CMHT) will continue to offer Natalie support with "
                "her anxiety, fortnightly at home, recorded in the CMHT diary."),
            (1, "Natalie will take her medication every day as prescribed, and it is hoped she will feel more "
                "settled."),
            (1, "Dr Ansah (GP, Wardlecombe Health Centre) will review Natalie's medication by 11/04/2025 and "
                "write to the SW about how her mood is affecting her care of Leo."),
            (0, "Housing and money"),
            (1, "Natalie will bid every week on the Wardlecombe Homes lettings site for a ground-floor flat, "
                "with help from the FSW, and show her bids to the SW at each visit."),
            (1, "FSW Jo Wainwright will help Natalie set up a budget and a plan to pay off her rent arrears "
                "with Wardlecombe Citizens Advice by 30/04/2025; a copy of the plan will go on file."),
            (1, "It is hoped that a referral will be made to the Wardlecombe Foodbank as and when needed."),
            (0, "Natalie's own support"),
            (1, "Natalie will try to go to the Wardlecombe Mums' Wellbeing Group on Wednesday mornings from "
                "19/03/2025, and the group leader will send the SW her attendance each month."),
            (0, "Leo"),
            (1, "SW Priya Raval will visit Leo at home every two weeks and see him awake, writing down in her "
                "visit notes his play, his room and how Natalie responds to him."),
            (1, "The HV will do Leo's 2-year review at home when she can, and share the ASQ-3 scores with the "
                "SW."),
            (1, "Natalie will take up Leo's funded 15 hours at Wardlecombe Little Steps Nursery from "
                "01/04/2025."),
        ]),
        ("h1", "If things get worse"),
        ("p", "If Natalie becomes unwell again, the SW will discuss this with the CMHT and the core group will "
              "consider what needs to happen next."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Wardlecombe Family Centre, 10am: Wednesday 26/03/2025, Wednesday "
              "23/04/2025 and Wednesday 21/05/2025. Review child protection conference: Wednesday "
              "11/06/2025, 1.30pm, Wardlecombe Council Offices."),
    ],
    "findings": [
        F("F002", "Natalie's mental health is stable and she feels supported."),
        F("H001", "will continue to offer Natalie support with her anxiety"),
        F("M002", "Natalie will take her medication every day as prescribed"),
        F("W001", "a referral will be made to the Wardlecombe Foodbank"),
        F("T002", "a referral will be made to the Wardlecombe Foodbank"),
        F("M001", "a referral will be made to the Wardlecombe Foodbank"),
        F("T002", "The HV will do Leo's 2-year review"),
        F("M001", "Natalie will take up Leo's funded 15 hours"),
        F("F001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on the children's ward, mother moving to another
#    authority; No. | Action | Lead | By when | Evidence; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wildersham_looked_after_baby_ward_transfer_nwosu.pdf",
    "doc_title": "Child Protection Plan - Baby Zion Nwosu",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-paged-pdf-landscape-looked-after-baby-on-ward-no-action-lead-by-when-evidence-table-transfer-pending",
    "description": (
        "Initial conference plan for a 7-week-old accommodated under section 20 and still on the "
        "children's ward (faltering growth, an unexplained bruise; mother's low mood, EPDS 19), whose "
        "mother is moving to another authority. Faults: the SW to visit the ward only 'when possible' "
        "(T002) so nobody visits at a stated frequency (L001), the parenting assessment and the perinatal "
        "referral both left to the new authority after transfer (X001 x2) so no adult service owns an "
        "action (F004), a follow-up medical with no measure (M001), contact 'to be agreed' (T002), 'Core "
        "group' as owner (W002) and an outcome about mum's move (F002). A row keeping every action going "
        "until the transfer-in conference is a hard negative for X001. Header and page footer on every "
        "page."
    ),
    "header": "OFFICIAL-SENSITIVE | Wildersham County Council | Children's Services",
    "footer": "CP plan - Baby Zion Nwosu - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Zion Nwosu, born 20/01/2025 (7 weeks). On Wren Ward (children's ward), Wildersham General "
                      "Hospital, since 28/02/2025."),
            ("Mother", "Precious Nwosu (19), Flat 2, 40 Wellgate, Wildersham"),
            ("Father", "Not named by Precious"),
            ("Legal status", "Zion has been accommodated under section 20 with Precious's agreement since "
                             "03/03/2025 and is looked after by Wildersham County Council. He will go to foster "
                             "carers when he is discharged."),
            ("Conference", "Initial child protection conference, 10/03/2025, Wildersham General Hospital"),
            ("Category", "Physical abuse"),
            ("Social worker", "Bola Adeyemi, Wildersham Children in Care Team"),
            ("Chair", "Sandra Quayle"),
        ]),
        ("h1", "Why Zion has a plan"),
        ("p", "Precious brought Zion to A&E on 28/02/2025 because he was \"not feeding\". He weighed 3.3 kg, "
              "less than at birth (3.4 kg), and had a bruise on his left cheek that Precious could not "
              "explain. Precious told the ward that she has felt low and tearful most days since the birth "
              "and is hardly sleeping; her perinatal screening score (EPDS) on the ward was 19, which points "
              "to depression. She has not seen her GP about it. Precious plans to move to Wolmerdale in April "
              "to live with her aunt, Grace Nwosu, and has asked for Zion's case to go with her; a transfer "
              "to Wolmerdale Borough Council has been requested."),
        ("h1", "Zion on the ward"),
        ("p", "Zion now takes 90 ml every 3 hours and has put on 280 g in 10 days. The nurses say he settles "
              "best held upright after a feed, watches faces closely and startles at loud noises on the ward. "
              "When Precious comes in he turns to her voice; she holds him confidently, but she has twice "
              "fallen asleep in the chair while feeding him and a nurse took him from her."),
        ("h1", "What we want for Zion"),
        ("bullets", [
            "Zion keeps gaining weight and has no new bruises or injuries.",
            "Zion leaves hospital to a safe foster home, with a feeding plan his carers understand.",
            "Zion has safe, regular time with his mum while the assessments are done.",
            "Precious will be settled in Wolmerdale with her aunt's support.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence"],
            "widths": [1.2, 8.5, 5.0, 4.0, 7.0],
            "rows": [
                ["1", "Liaise with Wren Ward about Zion's discharge date and his feeding plan",
                 "SW Bola Adeyemi", "By 21/03/2025",
                 "Written discharge plan shared with the foster carer and the HV"],
                ["2", "Visit Zion on Wren Ward",
                 "SW Bola Adeyemi", "When possible",
                 "Visit recorded on Zion's file"],
                ["3", "Find a foster placement near Wildersham for Zion to go to when he is discharged",
                 "Kerry Ash, Wildersham Placements Team", "Before discharge",
                 "Placement confirmed in writing to the SW and the ward"],
                ["4", "Weigh Zion daily, chart every feed, and tell the SW the same day about any new mark",
                 "Sister Joan Wilby, Wren Ward", "Daily while Zion is on the ward",
                 "Feed and weight chart, copied to the SW every Friday"],
                ["5", "Follow-up child protection medical: repeat skeletal survey and bloods",
                 "Dr Ama Wicks, consultant paediatrician", "By 28/03/2025",
                 ""],
                ["6", "Parenting assessment of Precious, to be started by the new local authority once the "
                      "transfer is complete",
                 "Wolmerdale Children's Services", "After transfer",
                 "Assessment report to the core group"],
                ["7", "Refer Precious to the perinatal mental health team for her low mood - on hold pending "
                      "the transfer, Wolmerdale to refer",
                 "SW Bola Adeyemi", "On transfer",
                 "Referral accepted letter on file"],
                ["8", "Contact between Precious and Zion on the ward, supervised by the nursing staff",
                 "Wren Ward nursing staff", "To be agreed",
                 "Contact notes kept by the ward and sent to the SW"],
                ["9", "Share any concern about Precious's care of Zion on the ward with the SW",
                 "Core group", "Same day",
                 "Each concern logged on Zion's file by the SW"],
                ["10", "Send Zion's records and this plan to Wolmerdale, and keep every action in this plan "
                       "going until Wolmerdale's transfer-in conference",
                 "Helen Wray, team manager", "By 28/03/2025",
                 "Transfer request and records acknowledged in writing by Wolmerdale"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Precious tries to take Zion off the ward, or is found asleep while holding him, ward staff "
              "will call hospital security and the police, contact will stop, and the SW (or the emergency "
              "duty team out of hours) will hold a strategy discussion the same day. If Precious withdraws "
              "her section 20 agreement, the SW will seek legal advice the same day about applying for an "
              "interim care order."),
        ("h1", "Meetings"),
        ("p", "Core group every 2 weeks while Zion is in hospital, then every 4 weeks: Monday 24/03/2025, "
              "Monday 07/04/2025 and Monday 05/05/2025, 2pm, Wildersham General Hospital. Looked-after "
              "review: 31/03/2025. Review child protection conference: Monday 02/06/2025, 10am, Wildersham "
              "County Hall."),
    ],
    "findings": [
        F("F002", "Precious will be settled in Wolmerdale with her aunt's support."),
        F("T002", "Visit Zion on Wren Ward"),
        F("M001", "Follow-up child protection medical: repeat skeletal survey and bloods"),
        F("X001", "Parenting assessment of Precious, to be started by the new"),
        F("X001", "Refer Precious to the perinatal mental health team"),
        F("T002", "Contact between Precious and Zion on the ward"),
        F("W002", "Share any concern about Precious's care of Zion"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan: Worry (merged down) | Action | Who / by when |
#    How we'll know, abbreviations throughout (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b70_wickersby_rcpc_worry_merged_who_by_when_brennan.docx",
    "doc_title": "Review Child Protection Plan - Maya and Oscar Brennan",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-plan-docx-worry-column-merged-down-action-who-slash-by-when-combined-how-we-will-know-abbreviations",
    "description": (
        "First review conference plan for a 7-year-old and an 11-month-old (mother's postnatal depression "
        "with thoughts of self-harm, baby's faltering weight, the older girl caring for the baby). Worry | "
        "Action | Who / by when | How we'll know, with each worry merged down over its actions (four real "
        "Word vertical merges) and owner and timescale typed together ('HV Alison Croft - fortn. at home, "
        "from w/c 17/03/25', 'SW Ellie Hirst - wkly until the next RCPC, ongoing', 'MGM Pat Doyle - Mon-Fri "
        "in term time'). The perinatal service assesses capacity to change and reports before each CG, the "
        "GP owns an action, grandmother's and aunt's parts have a fallback, dates and legal step set. "
        "Exemplary."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Wickersby Borough Council - Children's Services - Family Safeguarding Team South"),
        ("kv", [
            ("Children", "Maya Brennan (7), Year 2, Wickersby St Mary's Primary; Oscar Brennan (11 months), at "
                         "home"),
            ("Parents", "Jodie Brennan (30) and Sean Brennan (33), 5 Warren Drive, Wickersby. Sean drives for "
                        "Wetherall Haulage and is away Monday to Thursday nights."),
            ("Family", "Pat Doyle, MGM, Westcott Lane, Wickersby; Cara Brennan, paternal aunt, Wyke Road"),
            ("RCPC", "Thursday 13/03/2025 (ICPC 05/12/2024). Plan continues, category neglect."),
            ("SW", "Ellie Hirst"),
            ("Chair / IRO", "David Okafor"),
        ]),
        ("h2", "Where things are now"),
        ("p", "Jodie has postnatal depression and anxiety and has been seen by Wickersby Perinatal Mental Health "
              "Service (PMHS) since December. In January she told the HV she had thought about harming "
              "herself; she now has a risk plan with the PMHS and says her mood is \"up and down\". Oscar "
              "dropped from the 50th to the 9th centile between 4 and 9 months and has stayed just below the "
              "9th since January. Maya was late 16 times last term and was often making Oscar's bottles before "
              "school. There are no concerns about Sean's alcohol or drug use; he has been honest that he "
              "did not notice how low Jodie was until Christmas."),
        ("h2", "What Maya and Oscar tell us"),
        ("p", "Maya (seen alone at school, 04/03): \"I do Oscar's bottle when Mummy's sad. I'm a good big "
              "sister.\" She said she likes it when Nanny Pat takes her to school \"because we sing in the "
              "car\", and she wants Mummy \"to be happy and play Uno again\". She drew a worry monster and "
              "wrote \"Mummy crying\" on it."),
        ("p", "Oscar (seen at home 28/02 and 06/03) is crawling and pulling to stand. He was clean and "
              "dressed both times, reached for Jodie when the SW picked him up, and ate well at his lunch but "
              "cried for his bottle for 20 minutes before it was made."),
        ("h2", "What needs to be different for Maya and Oscar by the next RCPC"),
        ("bullets", [
            "Oscar is fed on time by an adult, gains weight and is back on or above the 9th centile.",
            "Maya goes to school on time every day and is not the one making Oscar's bottles.",
            "Maya and Oscar are cared for by a mum who is well enough to look after them safely, and someone "
            "else is there on the days she is not.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["Worry", "Action", "Who / by when", "How we'll know"],
            "widths": [3.0, 5.6, 4.2, 4.2],
            "rows": [
                ["Oscar's feeding and weight",
                 "Weigh Oscar and go through his bottles and solids with Jodie",
                 "HV Alison Croft - fortn. at home, from w/c 17/03/25",
                 "Weight plotted in the red book; on or above the 9th centile by the next RCPC"],
                [V,
                 "Feeding clinic appointment for Oscar, with a written feeding plan",
                 "Dietitian Raj Mistry, Wickersby Children's Centre - by 11/04/25",
                 "Feeding plan given to Jodie and copied to the HV and SW"],
                ["Jodie's mood and whether she can care for Maya and Oscar",
                 "Wkly therapy with Jodie, and an assessment of whether she can make the changes Maya and "
                 "Oscar need and how long that is likely to take",
                 "Dr Nia Evans, Wickersby PMHS - wkly; report before each CG",
                 "Written report to the SW at least 2 working days before each CG"],
                [V,
                 "Review Jodie's medication and her risk plan, and tell the SW of any change that affects the "
                 "children",
                 "Dr Tom Fell, GP, Wickersby Medical Practice - by 04/04/25, then monthly",
                 "GP letter to the SW after each review"],
                [V,
                 "Look after Oscar at her house on Wednesday afternoons while Jodie is at therapy",
                 "Aunt Cara Brennan - every Wed 1-4pm, from 19/03/25",
                 "Times written on the family calendar, seen by the SW at visits"],
                ["Maya caring for Oscar and being late for school",
                 "Take Maya to school and collect her, so she is not making bottles before school",
                 "MGM Pat Doyle - Mon-Fri in term time, from 17/03/25",
                 "School register shows Maya in by 8.50am"],
                [V,
                 "Check in with Maya and pass on anything she says about home to the SW the same day",
                 "DSL Mrs Harjit Kaur, Wickersby St Mary's - every Tue and Fri in term time",
                 "Check-in log emailed to the SW every Friday"],
                [V,
                 "Young carer's assessment with Maya",
                 "Lee Shaw, Wickersby Young Carers - by 30/04/25",
                 "Written assessment sent to the SW and shared at the CG"],
                ["Making sure Maya and Oscar are seen",
                 "See Maya and Oscar at home, 1 visit in 3 unannounced, and see Maya on her own",
                 "SW Ellie Hirst - wkly until the next RCPC, ongoing",
                 "Visit notes with Maya's words written down and where Oscar sleeps"],
                [V,
                 "Be at home from Friday evening to Monday morning and do Oscar's night feeds",
                 "Sean (dad) - every weekend",
                 "Feed chart signed by Sean, seen by the SW at the Monday visit"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jodie tells anyone she is thinking of harming herself or the children, if Oscar's weight drops "
              "below the 2nd centile, or if Maya is off school with no reason for two days running, the "
              "children will go to Pat's that day and the SW (or EDT out of hours) will hold a strategy "
              "discussion the same day."),
        ("p", "If Pat or Cara cannot do their part - because they are ill, away or it is too much - they will "
              "tell the SW straight away. Sean has agreed with Wetherall Haulage that he can take emergency "
              "leave and come home that day; if he cannot, the SW will arrange a foster placement for the "
              "children that day."),
        ("p", "If Oscar is still below the 9th centile at the CG on 08/05/25, or the PMHS report says Jodie is "
              "unlikely to make the changes needed in Oscar's timescale, the SW will ask her TM for a legal "
              "planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("p", "CG every 4 wks, Thursdays 3.30pm at Wickersby St Mary's: 10/04/25, 08/05/25 and 05/06/25. Next "
              "RCPC: Thursday 12/06/25, 10am, Wickersby Town Hall."),
        ("p", "Plan typed by Ellie Hirst (SW) on 14/03/25 and sent to Jodie, Sean and every agency."),
    ],
    "findings": [],
})
