"""Batch 109, module w: seven fictional plans (tuning material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans typed quickly by busy practitioners in layouts of their own:
lower-case headings or none, abbreviations (SW, HV, FSW, DSL, CGM, RCPC, PLO,
IDVA, AMHT, CAMHS, w/c, fortn., asap, tbc), initials once a name has been
given, dates in many forms (1/12, 1st Dec, 01.12.25, w/c 8/12, wk 3, before
Xmas hols, end of term, next CGM), owners and times run together in one cell,
tables with odd or missing header words, lists that mix tasks, notes and
history, and a plan pasted into an email. Four plans are exemplary despite the
typing (a Word table with a "who - when" column, a PDF table with no header
row, a Markdown list of initialled bullets, an email body). Three carry real
faults among good rows (a Word table with odd headers and blank cells, a PDF
list mixing tasks with notes and history, and plain-text core group notes with
no contingency).
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, neglect, mother with depression and anxiety, a 4-year-old and
#    a 9-month-old. Lower-case headings; the table's owner and timescale are
#    run together in one "who - when" cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_wrackenby_icpc_lowercase_who_when_cell_hartigan.docx",
    "doc_title": "cp plan - Mia and Alfie Hartigan",
    "split": "tune",
    "actions": 12,
    "template": "icpc-quickly-typed-word-plan-lower-case-headings-details-list-worries-going-ok-childs-words-outcomes-then-four-column-table-hash-task-who-when-in-one-cell-evidence-contingency-cgm-rcpc-bullets",
    "description": (
        "Exemplary initial conference plan for a 4-year-old and a 9-month-old whose mother has "
        "depression and anxiety and has stopped her medication; the grandfather helps daily. Typed "
        "quickly in Word with lower-case headings, initials once names are given, and a table whose "
        "'who - when' column runs the owner and the timescale together ('LB (HV) - fortn., 1st visit "
        "25/11', 'w/c 24/11', 'before Xmas hols'). Every row has an owner, a time and something that "
        "will be seen; the CMHT care co-ordinator assesses and reports on capacity to change, the GP "
        "owns the medication review, the grandfather's help has a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "cp plan - Mia + Alfie Hartigan"),
        ("p", "wrackenby council childrens services - safeguarding team 2 - icpc 18/11/25"),
        ("kv", [
            ("children", "Mia Hartigan 4 (DOB 02/03/21), Alfie Hartigan 9 mths (DOB 14/02/25)"),
            ("address", "Flat 6, Tanner Court, Wrackenby WK2 7HP"),
            ("mum", "Stacey Hartigan 26"),
            ("dad (Alfie)", "Ryan Doyle 29 - not living at the flat, sees Alfie Sat pm at Pete's"),
            ("Mia's dad", "not involved, no contact since 2022"),
            ("MGF", "Pete Hartigan, 11 Cobb Lane (5 mins walk)"),
            ("category", "neglect"),
            ("chair", "Di Summers"),
            ("SW", "Nat Okafor (NO) - TM Carla Finn"),
            ("others", "Lou Bright HV (LB); Jo Pell care co-ordinator, Wrackenby CMHT (JP); Sam Idowu FSW; "
                       "Mrs Ali Kerr DSL Little Acorns Nursery; Dr Imran Sattar GP, Cobb Lane Surgery"),
        ]),
        ("h2", "why we're worried"),
        ("p", "Stacey has depression and anxiety and has been under Wrackenby CMHT since Aug. She stopped her "
              "sertraline in Sept and spends most of the day in bed. LB found Alfie in a soaked nappy with sore, "
              "broken skin on 3 visits in Oct and his weight has dropped from the 25th to the 9th centile. Mia has "
              "missed 14 nursery sessions since Sept and was collected late twice. The flat was cold with no gas "
              "credit on 2 of NO's visits. Stacey told conference she 'can't get going' in the mornings."),
        ("h2", "what's going ok"),
        ("p", "Stacey came to conference, was honest about how low she is and agreed the plan. Pete is round most "
              "days and Mia adores him. Ryan sees Alfie every Saturday and has offered to help. Nursery say Mia is "
              "bright and chatty and is starting to write her name."),
        ("h2", "what Mia says + what we've seen of Alfie"),
        ("p", "Mia (seen at nursery 12/11 with her key worker): \"mummy is sad and stays in bed. grandad does my "
              "breakfast. i like nursery cos there's toast.\" She drew her mum in bed and herself \"in the kitchen "
              "waiting\". She wants \"grandad to stay for tea more\"."),
        ("p", "Alfie: on 3 visits he cried hard at nappy changes (sore skin) and settled straight away when Pete "
              "held him. He babbles back at Mia and watches the door when Stacey leaves the room. He was hungry on "
              "the 4/11 visit and took a full bottle quickly."),
        ("h2", "what needs to be better for Mia + Alfie"),
        ("bullets", [
            "Alfie is fed and changed on time every day, his skin heals and his weight is back on the 25th centile "
            "by the RCPC.",
            "Mia gets to every nursery session on time with breakfast inside her, and is collected on time by a "
            "safe adult.",
            "Mia and Alfie live in a warm flat with food in, cared for by a mum who is well enough to notice what "
            "they need, or by Pete when she isn't.",
        ]),
        ("h2", "plan"),
        ("p", "one row = one action. who + when are in the same column. initials as above."),
        ("table", {
            "header": ["#", "task", "who - when", "how we'll know"],
            "widths": [0.8, 6.4, 4.4, 5.4],
            "rows": [
                ["1", "visit Mia + Alfie at home, at least 1 in 3 unannounced, and see Mia on her own each time",
                 "NO (SW) - weekly from w/c 24/11",
                 "LCS visit notes: both children seen, nappy area + food cupboards checked, Mia's words written "
                 "down"],
                ["2", "home visit to weigh Alfie and check his skin, feeding and sleep",
                 "LB (HV) - fortn., 1st visit 25/11",
                 "weights plotted in the red book, climbing back to the 25th centile; skin check in HV record and "
                 "emailed to NO"],
                ["3", "get Mia to nursery for every morning session (drop off by 9am, pick up 12 noon)",
                 "Stacey, with Pete - every nursery day from 24/11",
                 "nursery register shows 95%+ attendance and no late pick-ups; nursery emails NO every Fri"],
                ["4", "tell NO the same day if Mia is absent without a reason, collected late, hungry or unkempt",
                 "Mrs Kerr, DSL Little Acorns - same day, every nursery day",
                 "each call logged on the nursery's CPOMS and on LCS"],
                ["5", "assess Stacey's depression + anxiety, agree a meds plan with her, and report on whether she "
                      "can make the changes Mia and Alfie need and how long that is likely to take",
                 "JP (CMHT care co-ord) - assessment by 12/12, then before each CGM",
                 "written assessment to NO and the core group by 12/12; update on file before every CGM"],
                ["6", "see Stacey at home, check she is taking her meds and how she is with the children, and say at "
                      "each CGM whether she is making the changes needed",
                 "JP (CMHT) - fortn. from 1st Dec",
                 "visit notes copied to NO; JP's view on change written into each set of CGM minutes"],
                ["7", "review Stacey's sertraline and send NO and JP her mental health history and meds plan",
                 "Dr Sattar (GP) - by 5/12",
                 "GP letter on both children's files"],
                ["8", "change Alfie at least every 3 hrs in the day and at 10pm, and fill in the feed + nappy chart "
                      "on the fridge",
                 "Stacey - every day from 18/11",
                 "chart has no gap over 3 hrs when NO and LB check it at visits; skin healed at the HV check by "
                 "19/12"],
                ["9", "have Mia + Alfie for tea Tues + Thurs, and come round at 7.30am on nursery days to help get "
                      "them up",
                 "Pete (MGF) - Tues/Thurs + every nursery morning from 18/11",
                 "Pete signs the visitors sheet in the kitchen, NO checks it weekly; nursery register shows Mia in "
                 "by 9am"],
                ["10", "apply for emergency fuel vouchers and sort the gas meter debt with Stacey so the flat is warm "
                       "for the children",
                 "Sam Idowu (FSW) - vouchers by 21/11, meter sorted by 19/12",
                 "voucher copy on file; meter showing credit and the flat warm at every visit by NO"],
                ["11", "play + routines sessions at home with Stacey and Mia (breakfast, bath, bedtime)",
                 "Sam (FSW) - weekly Weds, wk 1 = 26/11, 6 wks",
                 "session records on file; routine chart shows Mia fed before nursery on 4 of 5 days by wk 6"],
                ["12", "3 sessions of direct work with Mia about home, using her drawings, and bring her views to the "
                       "CGM",
                 "NO (SW) - all 3 done before Xmas hols (nursery shuts 19/12)",
                 "Mia's drawings and words on file and read out at the 6/1 CGM"],
            ],
        }),
        ("h2", "if it goes wrong"),
        ("p", "if Alfie loses weight at 2 HV weighs in a row, Mia misses 3 nursery sessions in a week without a "
              "reason, or Stacey tells anyone she has thoughts of harming herself or the children, NO will hold a "
              "strategy discussion the same day and Mia + Alfie will stay with Pete at 11 Cobb Lane until it has "
              "taken place."),
        ("p", "if Pete can't help (ill, away or says he can't manage), NO will arrange a foster placement for Mia and "
              "Alfie together that day, with family time for Stacey and Ryan, and will ask Ryan the next day whether "
              "he can be assessed to care for Alfie."),
        ("p", "if by the RCPC Alfie is not back on the 25th centile or Mia's attendance is under 90%, or JP's report "
              "says Stacey can't make the changes in time for the children, NO will ask Carla Finn (TM) for a legal "
              "planning meeting within 5 working days to decide on the PLO."),
        ("h2", "cgm + rcpc"),
        ("bullets", [
            "CGM every 4 wks (5 over Xmas), Tues 1.30pm, Wrackenby Family Hub: 2/12/25, 6/1/26, 3/2/26.",
            "RCPC: Tues 10/02/26, 10am, Wrackenby Civic Centre.",
            "NO to ask Mia before every CGM what's been good and bad at home and bring it to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review plan, mother's alcohol misuse, a 14-year-old who self-harms
#    and his 6-year-old sister. Bold lower-case headings; a table with no
#    header row: number, action, "who - when", evidence. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_wilverstowe_rcpc_no_header_row_who_when_mensah.pdf",
    "doc_title": "cp plan (review) - Jordan and Esi Mensah",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-bold-lower-case-headings-progress-history-childrens-views-outcomes-then-table-with-no-header-row-number-action-who-when-evidence-contingency-cgm-rcpc",
    "description": (
        "Exemplary first review conference plan for a 14-year-old who has started self-harming and his "
        "6-year-old sister, whose mother drinks and relapsed in September. A quickly typed Word plan "
        "printed to PDF with page header and footer; bold lower-case headings and an action table with "
        "no header row at all: a number, the action, owner and time run together ('GT (Gavin Tse, "
        "Wilverstowe Recovery Service) - every Mon'), and what will be seen. The alcohol service "
        "reports on change, CAMHS works with Jordan, the aunt's Friday nights have a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE - Wilverstowe BC - childrens social care",
    "footer": "J + E Mensah - cp plan rcpc 25/11/25 - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "cp plan (review) - Jordan + Esi Mensah"),
        ("kv", [
            ("kids", "Jordan Mensah 14 (yr 9, Wilverstowe Academy); Esi Mensah 6 (yr 2, St Mark's Primary)"),
            ("mum", "Abena Mensah 38 - sole carer"),
            ("aunt", "Efua Boateng (mum's sister), 14 Sandgate Rd, Wilverstowe"),
            ("dad", "Kwesi Mensah, lives in Leeds, phones the kids most Sundays"),
            ("category", "neglect - plan since icpc 2/9/25"),
            ("rcpc", "25/11/25, chair Rob Yeung"),
            ("SW", "Hannah Cole (HC), TM Lee Patel"),
        ]),
        ("boldp", "progress since icpc"),
        ("p", "Abena started with Wilverstowe Recovery Service (key worker Gavin Tse, GT) in Sept and has had 9 "
              "negative breath tests in a row since 7/10. She relapsed once, on 28/9, when Jordan found her asleep "
              "on the kitchen floor at teatime and rang Efua. Jordan cut his arms twice in Oct; the DSL referred him "
              "to CAMHS on 21/10 and his first appointment is 9/1. Esi's attendance is up to 96%; Jordan's is down "
              "to 84%. The house is tidy and there is food in. Abena says she wants to stay sober \"for the kids\"."),
        ("boldp", "jordan + esi's views"),
        ("p", "Jordan (seen alone at school 18/11): \"it's better than it was. i still check the bin for bottles when "
              "i get in. i don't want to talk about my arms at home.\" He gave home 6 out of 10 (3 at the icpc). He "
              "wants to go back to football on Saturdays and to stop \"having to think about mum all the time\"."),
        ("p", "Esi (seen at home 20/11) drew her family with Auntie Efua holding her hand and said \"Fridays at "
              "Auntie's are the best, we have pizza\". She said mummy \"doesn't sleep on the floor now\"."),
        ("boldp", "what we want for jordan + esi"),
        ("bullets", [
            "Jordan and Esi are cared for every day and night by a sober adult.",
            "Jordan is safe from self-harm, has someone to talk to, and is at school 95% of the time.",
            "Jordan stops being his mum's carer and gets back to things he enjoys.",
            "Esi keeps going to school every day, fed and on time.",
        ]),
        ("boldp", "plan"),
        ("p", "no. / action / who - when / how we'll see it. all dates 25/26."),
        ("table", {
            "widths": [0.8, 6.6, 4.6, 5.0],
            "rows": [
                ["1", "see Jordan + Esi at home, 1 in 3 visits unannounced; see Jordan on his own at least every "
                      "other week (school or cafe)",
                 "HC (SW) - weekly",
                 "LCS notes show both seen and Jordan's own words written down"],
                ["2", "key work with Abena with a breath test every session; write to HC on whether she is making "
                      "and keeping the changes the kids need and how long it is likely to take",
                 "GT (Gavin Tse, Wilverstowe Recovery Service) - every Mon; report 2 days before each CGM",
                 "breath results + attendance in GT's written report, on file before each CGM"],
                ["3", "no alcohol while looking after Jordan + Esi, and none kept in the house",
                 "Abena (mum) - every day",
                 "negative breath tests at every GT session and at HC's unannounced visits; no alcohol seen in "
                 "the house"],
                ["4", "CAMHS assessment of Jordan's self-harm and low mood, then 6 sessions of CBT",
                 "CAMHS (Dr Lena Marsh) - assessment 9/1, then fortn.",
                 "assessment letter to HC + GP; Jordan's mood score from each session shared with HC"],
                ["5", "check Jordan's attendance daily; weekly check-in with his key adult Mr Dean; safety plan "
                      "kept in his planner",
                 "DSL Wilverstowe Academy (Mrs Ruth Amis) - daily, check-in every Weds",
                 "register (95%+) sent to HC each Fri; Weds check-ins logged on CPOMS"],
                ["6", "check Esi is in on time, fed, and collected by Abena or Efua; ring HC the same day if not",
                 "DSL St Mark's (Mr Tom Ives) - every school day",
                 "CPOMS log and weekly register sent to HC"],
                ["7", "young carer's assessment for Jordan and a place at the Thursday group",
                 "Priya Shah (Wilverstowe Young Carers) - assessment by end of term 19/12, group from 8/1",
                 "young carer's plan on file; group register shows Jordan at 4+ sessions by the RCPC"],
                ["8", "have Jordan + Esi to stay every Friday night, and ring HC if Abena has been drinking",
                 "Efua (aunt) - every Fri, and the same night if needed",
                 "Efua's diary of each stay seen by HC at visits; her calls logged on LCS"],
                ["9", "write a family safety plan with Jordan, Esi, Abena + Efua: what Jordan does and who he rings "
                      "if mum drinks",
                 "HC (SW) with GT - by next CGM (16/12)",
                 "signed plan on the fridge + saved in Jordan's phone; Jordan can talk HC through it at the next "
                 "visit"],
            ],
        }),
        ("boldp", "contingency"),
        ("p", "If Abena has a positive breath test, or Jordan, Esi, Efua or school tell us she has been drinking, the "
              "kids go to Efua's at 14 Sandgate Rd that night and HC holds a strategy discussion with police the same "
              "day."),
        ("p", "If Efua can't have them (ill, away, or says no), HC places Jordan and Esi together with Wilverstowe "
              "foster carers that day (EDT out of hours)."),
        ("p", "If Jordan self-harms and needs treatment, Abena or school take him to A&E at Wilverstowe General, HC "
              "is told the same day and CAMHS are asked for an urgent assessment within 24 hrs."),
        ("p", "If Abena has 2 positive breath tests in any 4 wks, or misses 2 Monday sessions in a row, HC will ask "
              "Lee Patel (TM) for a legal planning meeting within 5 working days."),
        ("boldp", "cgm / rcpc"),
        ("bullets", [
            "CGM every 4 wks, Tues 4pm, Wilverstowe Academy: 16/12/25, 13/1/26, 10/2/26, 10/3/26.",
            "Next RCPC: Tues 19/5/26, 10am, Wilverstowe Civic Centre.",
            "Jordan can come to the first half of any CGM, or send his views with Priya.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, father's drinking and domestic abuse, a 15-year-old and a
#    3-year-old. Markdown typed by the SW: lower-case headings, a who's who
#    giving initials, then initialled bullets with many date forms.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_wethersley_icpc_initials_dash_bullets_quarrie.md",
    "split": "tune",
    "actions": 14,
    "template": "icpc-markdown-lower-case-headings-whos-who-initials-worries-what-tegan-and-sonny-say-outcomes-then-dash-bullets-initials-first-mixed-date-forms-measure-after-dash-done-since-icpc-contingency-cgm-rcpc",
    "description": (
        "Exemplary initial conference plan for a 15-year-old and a 3-year-old after their father, who "
        "drinks heavily, assaulted their mother; he has left home and is on bail. Markdown typed by the "
        "SW with lower-case headings and a who's who; each action is a bullet starting with initials or "
        "a first name and mixing date forms (w/c 24/11, 1st Dec, 01.12.25, wk 3 of Jan, before Xmas "
        "hols, end of Jan), with the measure after a dash. A short 'done since icpc' list is history, "
        "not actions. The alcohol service assesses and reports, the nan's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# cp plan - Tegan + Sonny Quarrie

wethersley csc, safeguarding team 1 - icpc thurs 20/11/25 - chair Joy Amadi - category: emotional abuse
typed up by KR 21/11, pls tell me if anything's wrong

## who's who

- Tegan Quarrie, 15 (yr 11 Wethersley High) and Sonny Quarrie, 3 (Little Steps nursery, mornings)
- Jade Quarrie, 34 - mum
- Dean Quarrie, 38 - dad, moved out 9/11, now at 3 Canal Row; bail conditions not to go to 14 Hollin St or contact Jade
- Pauline Walsh - nan (Jade's mum), 5 mins away
- KR = Kate Reeve, SW (TM: Phil Rowe)
- Sal Pryor, HV
- Mr Omar Vance, DSL, Wethersley High
- Mrs Jo Hale, manager, Little Steps nursery
- Becky Lowe, IDVA, Wethersley DA Service
- DC Amy Frost, Wethersley Police DA Unit
- MP = Mark Platt, recovery worker, Wethersley Drug + Alcohol Service (WDAS)
- Lois Grant, FSW
- Lina Cole, contact worker, Wethersley Family Centre

## why

On 8/11 Dean came home drunk and punched Jade in the face in the kitchen. Tegan got between them and was pushed into
the cooker, Sonny was in the room. Tegan rang 999. Police say there have been 4 call-outs since 2023, all with Dean
drunk. Dean has drunk most days for years, and more since he lost his job in the summer. Jade says he controls
the money and checks her phone. Tegan's attendance has dropped to 82% and Sonny has started biting at nursery.

## what tegan + sonny say / what we see

Tegan (seen alone at school 14/11): "i'm the one who calls the police. i can't revise cos i'm always listening out
for him. i want to see dad but not when he's drunk." She gave home 4/10 before Dean left and 7/10 now.

Sonny (home visit 17/11) played with his cars under the table when the door went and came out when he saw it was
nan. He hit Tegan when she took his toy, then cuddled her. Nursery say he cries at drop-off and settles with his key
worker after 10 mins.

## what we want for tegan + sonny

- Tegan + Sonny are safe from Dean's violence at home, at school, at nursery and at contact.
- Tegan is at school 95% of the time and able to revise for her GCSEs without worrying about home.
- Sonny settles at nursery and the biting stops.
- Tegan + Sonny only see their dad when he is sober, and it is supervised.

## plan

- KR to visit Tegan + Sonny at home weekly from w/c 24/11, 1 in 3 unannounced, and see Tegan alone each time - LCS visit notes to record what she says and how Sonny is.
- KR to ring school every Fri from 28/11 for Tegan's attendance - the weekly % written on LCS each Fri.
- Mr Vance (DSL) to meet Tegan every Tues lunchtime from 25/11 and log each chat on CPOMS, passing anything about home to KR the same day.
- Becky (IDVA) to complete a DASH with Jade by 1/12 and update her safety plan fortn. - DASH score + each safety plan copied to KR.
- DC Frost to put a warning marker on 14 Hollin St by 28/11 and tell KR the same day about any bail breach - marker ref emailed to KR.
- MP (WDAS) to assess Dean's drinking by 01.12.25, then weekly key work with breath tests; MP to write to KR before each CGM on whether Dean is cutting down and what that means for safe contact with the kids.
- Dean to go to WDAS every Thurs from 4/12 and do a breath test at every session - results in MP's written reports to KR.
- Dean to start the Choices DA perpetrator programme (KR to refer by 5/12), first session wk 3 of Jan (w/c 12/1) - attendance + end of course report from Choices to KR.
- Lina (Family Centre) to supervise Dean's contact with Tegan + Sonny every Sat 10-12 from 29/11 - contact notes to KR each Mon, incl. Dean's breath test on arrival.
- Sal (HV) to see Sonny at home by 1st Dec for a development review (speech, sleep, weight) - results in the red book + copied to KR.
- Mrs Hale (Little Steps) to note Sonny's attendance, how he settles and any biting each morning - nursery log emailed to KR every Fri.
- Lois (FSW) to do 6 weekly sessions with Jade on routines + bedtime for Sonny, Weds from 3/12, done by end of Jan - session records + bedtime chart showing Sonny in bed by 7.30 on 5 nights of 7 by wk 6.
- Nan Pauline to have Tegan + Sonny every Weds after school + every other Sat night from 26/11 - Pauline texts KR after each stay and KR checks with Tegan at visits.
- KR to do 3 sessions of direct work with Tegan (worries, what's changed, what she wants from contact) before Xmas hols - her words on file and read out at the 5/1 CGM.

## done since icpc (not actions)

- 21/11 KR referred Tegan to the school counsellor - first session booked 2/12
- 21/11 Jade changed the locks (council paid)

## if it goes wrong

- If Dean comes to 14 Hollin St, contacts Jade or breaches bail in any other way, Jade rings 999 and KR + DC Frost hold a strategy discussion the same day; Tegan + Sonny go to Pauline's that night.
- If Pauline can't have them (ill, away, or Dean turns up there), KR arranges an emergency foster placement for both together the same night (EDT out of hours).
- If Dean fails a breath test on arrival at contact, that session stops, Lina rings KR, and contact is suspended until MP has seen him.
- If Jade lets Dean back into the house, or Tegan or Sonny see or hear another incident, KR will ask Phil Rowe (TM) for a legal planning meeting within 5 working days (PLO).

## cgm + rcpc

- CGM every 4 wks, Mon 3.30pm, Wethersley High: 1/12/25, 5/1/26, 2/2/26
- RCPC: Weds 18/2/26, 10am, Wethersley Town Hall
- Tegan can come to the first part of any CGM or send her views with KR
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, mother with psychosis (relapse), a 10-year-old and a
#    2-year-old; the plan is pasted into the body of an email to the core
#    group. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_wormbridge_icpc_email_body_dash_list_okoro.txt",
    "split": "tune",
    "actions": 7,
    "template": "icpc-plan-pasted-into-email-body-headers-greeting-lower-case-labels-why-what-the-kids-say-outcomes-dash-actions-owner-first-if-it-goes-wrong-cgm-rcpc-signature",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 2-year-old whose mother has "
        "psychosis and relapsed after stopping her medication; their grandmother helps. The SW has "
        "pasted the plan into an email to the core group the afternoon of the conference: email "
        "headers, a greeting, lower-case labels, dash actions with the owner first and the time and "
        "what will be seen in the same line, and a signature. Both early intervention practitioners "
        "report on the mother's capacity to change, the grandmother's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
From:     Aisha Rahman <aisha.rahman@wormbridge-cs.example>
Sent:     27 November 2025 16:42
To:       Okoro core group
Cc:       Sue Lenz (CP chair); Tom Adair (TM)
Subject:  CP plan - Tayo + Remi Okoro - as agreed at ICPC today

Hi all,

Pasting the plan below as agreed at ICPC this morning so everyone can start on it now - the proper copy
will be on LCS by Mon. Shout if I've got anything wrong. Thanks for all your input today.

Aisha

----------------------------------------------------------------------
tayo okoro (10, yr 6 Wormbridge Juniors) + remi okoro (2, DOB 03/09/23)
mum bola okoro 33. dad not involved. mgm comfort okoro, 22 Pelham Rd
category: neglect. chair sue lenz. sw aisha rahman (AR)

why:
bola has psychosis (EIP team since 2022). she stopped her meds in sept and by nov was hearing voices and
not sleeping. on 12/11 tayo rang comfort at 10pm because mum had locked them in the bedroom "to keep them
safe from the neighbours". remi had not been changed all day. crisis team saw bola 13/11, she restarted
meds, and is calmer but still very tired. no concerns about drugs or alcohol.

what the kids say:
tayo (seen alone at school 20/11) - "mum was scary when she was ill, she thought people were watching us.
she's more like mum now. i want to know what to do if it happens again." he scored home 5/10, nanny's
house 10/10. remi (seen at home 24/11) ran to comfort at the door, was clean and chatty, showed AR his
trains, and went quiet and hid behind the sofa when bola raised her voice on the phone.

what we want for tayo + remi:
- tayo + remi are always looked after by an adult who is well enough to keep them safe, day and night
- remi is changed, fed and put to bed on time every day and his development stays on track
- tayo knows who to ring and where to go if mum becomes unwell, and isn't looking after remi or mum

actions:
- AR (SW) - visit tayo + remi at home weekly from w/c 1/12, see tayo on his own each time - LCS notes
  record what tayo says and how remi is
- marcus hale (care co-ord, EIP) - see bola at home weekly, check meds + early warning signs, and send AR
  a written view before each CGM on whether bola can keep well enough to care for the kids and how long
  any further change will take - written view on file before every CGM
- dr nina kaur (consultant psychiatrist, EIP) - medication review by 12/12, then a written assessment of
  bola's capacity to change and the likely timescale, to AR + the core group by 9/1 - report on file
- comfort (MGM) - have remi every tues + thurs daytime and sleep at bola's every sun night from 30/11,
  and ring AR if bola seems unwell - comfort's diary checked by AR at each visit
- mrs pike (DSL, wormbridge juniors) - check tayo's attendance daily + a weekly check-in on fridays, ring
  AR same day with any worry - register + CPOMS notes emailed to AR every fri
- jess coyle (HV) - remi's 2 yr review by 19/12, then home visits fortn. till the RCPC - weight, speech
  and sleep in the HV record, copied to AR after each visit
- AR (SW) - 3 sessions of direct work with tayo incl. his own "if mum gets poorly" card, before end of
  term 19/12 - card made, and tayo can tell AR who he rings and where he goes

if it goes wrong:
- if bola misses her meds 2 days running, shows 2 of her warning signs (not sleeping, hearing voices,
  locking doors) or tayo rings anyone worried, marcus arranges a mental health assessment the same day,
  tayo + remi go to comfort's at 22 Pelham Rd that night, and AR holds a strategy discussion the same day
- if comfort can't have them (ill, away or says no), AR places tayo + remi together with wormbridge
  foster carers that day
- if bola is admitted to hospital again, or dr kaur's report says she can't make the changes in the kids'
  timescale, AR will ask Tom Adair (TM) for a legal planning meeting within 5 working days

cgm / rcpc:
- CGM every 4 wks, tues 3.30pm, wormbridge children's centre: 9/12/25, 6/1/26, 3/2/26
- RCPC tues 24/2/26, 10am, wormbridge civic centre
- AR to bring tayo's views to every CGM
----------------------------------------------------------------------

Aisha Rahman | Social Worker | Safeguarding Team 1 | Wormbridge Children's Services
Tel 01632 960 418 | Mob 07700 900 218
OFFICIAL-SENSITIVE - this email may contain personal information about children
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, mother with bipolar disorder (relapse after a birth), a
#    5-year-old and a 7-week-old; the paternal grandmother covers nights.
#    No title style, bold headings, an action table with odd header words
#    and blank cells. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_whitlaston_icpc_odd_headers_blank_cells_farrell.docx",
    "doc_title": "whitlaston icpc 25/11/25 - Farrell",
    "split": "tune",
    "actions": 11,
    "template": "icpc-quickly-typed-word-plan-no-title-bold-lower-case-headings-details-list-why-kids-words-outcomes-then-four-column-table-odd-headers-whats-happening-by-when-check-contingency-meetings",
    "description": (
        "Initial conference plan for a 5-year-old and a 7-week-old whose mother has bipolar disorder "
        "and became high after the birth; the father works nights and the paternal grandmother "
        "covers. Typed in Word with no title, bold lower-case headings and a table headed 'what's "
        "happening / by / when / check'. Most rows are sound. Faults: CPN visits that only support "
        "and are measured by 'engagement', the GP's lithium review 'tbc', the DSL's check 'ongoing' "
        "with an empty check cell, 'all agencies', a parenting referral 'asap', the cot row with no "
        "one in the 'by' cell, an outcome about the mother's mental health; the grandmother carries "
        "nights and mornings with no fallback, and the RCPC date is 'tbc'."
    ),
    "blocks": [
        ("p", "whitlaston childrens svcs - icpc 25/11/25 - child protection plan"),
        ("kv", [
            ("kids", "Kacey Farrell 5 (reception, Whitlaston Infants); Logan Farrell 7 wks (DOB 07/10/25)"),
            ("mum", "Chantelle Farrell 24 - bipolar disorder, under Whitlaston AMHT (CPN Gary Toft)"),
            ("dad", "Liam Farrell 27 - works nights at Fenwick Foods Tue-Thu"),
            ("nan", "Maureen Farrell (PGM), 2 streets away on Ash Row"),
            ("cat", "neglect"),
            ("SW", "Bex Munro (TM Andy Shaw)"),
        ]),
        ("boldp", "why"),
        ("p", "Chantelle stopped her lithium when she was pregnant with Logan and became high after the birth - "
              "not sleeping for days, spending, rowing with neighbours. On 8/11 she left Logan with a neighbour she "
              "hardly knows and went into town; police found Kacey on her own in the house at 11pm. Liam was at "
              "work. Chantelle restarted her meds on 12/11 and is calmer but very tired. Liam says he didn't "
              "realise how unwell she was."),
        ("boldp", "kacey + logan"),
        ("p", "Kacey (seen at school 18/11): \"mummy was being silly and shouty. i looked after logan with my dolly "
              "blanket.\" She wants nanny Maureen to \"sleep at ours when daddy is at work\". Logan is feeding well "
              "from a bottle, settles quickly with Liam, and startles and cries at loud voices."),
        ("boldp", "outcomes"),
        ("bullets", [
            "Kacey and Logan are always looked after by an adult who is well and awake, day and night.",
            "Logan is fed and changed on time and keeps growing along his centile.",
            "Chantelle's mental health is stable and she takes her medication.",
        ]),
        ("boldp", "plan"),
        ("table", {
            "header": ["what's happening", "by", "when", "check"],
            "widths": [6.6, 3.4, 3.0, 4.0],
            "rows": [
                ["SW visits at home to see Kacey + Logan, Kacey seen on her own",
                 "SW (Bex)", "weekly from 1/12",
                 "visit notes - both kids seen, what Kacey says written down"],
                ["weigh Logan and check his feeding and sleep at home",
                 "HV (Anna Clegg)", "fortn., next 3/12",
                 "red book weights stay on the 50th centile; HV notes to SW"],
                ["AMHT support for Chantelle - CPN home visits to help with her mood",
                 "CPN Gary Toft (AMHT)", "fortnightly",
                 "engagement"],
                ["lithium bloods and medication review for Chantelle at the surgery",
                 "GP (Dr Hussain)", "tbc",
                 "result letter to SW"],
                ["Kacey to school every day, on time, with breakfast",
                 "Chantelle / Liam", "every school day",
                 "school register 95%+, sent to SW Fridays"],
                ["check Kacey's attendance and how she presents, let SW know of any worries",
                 "DSL (Mrs Kaur)", "ongoing",
                 ""],
                ["share any concern about the kids with the SW the same day",
                 "all agencies", "same day",
                 "logged on LCS"],
                ["Triple P parenting course for Chantelle and Liam",
                 "FSW to refer", "asap",
                 "certificate of attendance"],
                ["help with mornings and the school run so Kacey is on time",
                 "Maureen (PGM)", "Mon-Fri",
                 "register shows Kacey in by 8.50"],
                ["sleep over at the house when Liam is on nights",
                 "Maureen (PGM)", "every Tue, Wed + Thu night",
                 "Maureen texts SW each morning; Kacey tells SW who was there at night"],
                ["get Logan a proper cot and go through safe sleep - Moses basket too small now",
                 "", "by 1/12",
                 "cot seen at HV visit"],
            ],
        }),
        ("boldp", "if it goes wrong"),
        ("p", "If Chantelle stops her lithium, goes two nights without sleep or is high again (spending, racing "
              "thoughts, not making sense), Gary will arrange a mental health assessment the same day, Kacey and "
              "Logan will go to Maureen's that day and Bex will hold a strategy discussion with police the same day."),
        ("p", "If by the RCPC Chantelle has not stayed well, or the kids are left again without a well adult, Bex will "
              "ask Andy Shaw for a legal planning meeting within 5 working days."),
        ("boldp", "meetings"),
        ("p", "CGM monthly, first one 4/12/25 at Whitlaston Infants, 3.30pm. RCPC - date tbc."),
    ],
    "findings": [
        F("H001", "AMHT support for Chantelle - CPN home visits to help"),
        F("M002", "AMHT support for Chantelle - CPN home visits to help"),
        F("T002", "lithium bloods and medication review for Chantelle"),
        F("T002", "check Kacey's attendance and how she presents"),
        F("M001", "check Kacey's attendance and how she presents"),
        F("W002", "share any concern about the kids with the SW"),
        F("T002", "Triple P parenting course for Chantelle and Liam"),
        F("W001", "get Logan a proper cot and go through safe sleep"),
        F("F002", "Chantelle's mental health is stable and she takes her medication."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review plan, mother on a methadone script who has used heroin on top,
#    father using cocaine, an 8-year-old and a 5-month-old; the paternal
#    grandparents supervise; the family is moving to another authority. One
#    bullet list mixes tasks with notes and history. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_welkinford_rcpc_mixed_tasks_notes_list_pickles.pdf",
    "doc_title": "cp plan - review - Ava and Rio Pickles",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-bold-lower-case-headings-details-list-background-outcomes-then-one-bullet-list-mixing-tasks-nb-notes-and-done-history-contingency-meetings",
    "description": (
        "First review conference plan for an 8-year-old and a 5-month-old whose mother uses heroin "
        "on top of her methadone script and whose father uses cocaine; the paternal grandparents "
        "supervise evenings and have the children at weekends, and the family is moving to another "
        "authority in January. A Word plan printed to PDF with header and footer; one bullet list "
        "under 'actions + notes' mixes tasks with 'nb' notes and 'done' history, which are not "
        "actions. Faults: a passive hair strand test, the HV's weight 'monitored', 'family' owning "
        "night care, debt help 'asap', parenting sessions on hold until the transfer with no "
        "measure, the school nurse with no time; nothing records the children's views or daily "
        "life, the grandparents have no fallback and there is no legal step."
    ),
    "header": "welkinford childrens services - OFFICIAL SENSITIVE",
    "footer": "Pickles rcpc plan 02.12.25 - pg {PAGE}/{NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "cp plan - review (rcpc 02.12.25) - Ava + Rio Pickles"),
        ("kv", [
            ("children", "Ava Pickles 8 (DOB 11/06/17, yr 4 Welkin Primary); Rio Pickles 5 mths (DOB 30/06/25)"),
            ("mum", "Shannon Pickles 27 - methadone script via Welkinford Drug Service (WDS) since 2023"),
            ("dad", "Jay Pickles 30 - lives at home"),
            ("PGPs", "Carol + Mick Pickles, 6 Heron Walk"),
            ("category", "neglect - plan since icpc 9/9/25"),
            ("SW", "Owen Gale (OG)"),
            ("move", "family have a Northmoor Council tenancy from 12/1/26; transfer notification sent to "
                     "Northmoor 28/11"),
        ]),
        ("boldp", "background / since icpc"),
        ("p", "Shannon tested positive for heroin on top of her script twice in Oct (6/10 and 20/10). Jay's hair "
              "strand in Aug was positive for cocaine; he says he only uses at weekends. Police were called to a row "
              "at the house on 14/10 - no assault, both parents under the influence. Ava's attendance is 86% this "
              "term. Rio was on the 9th centile at his last weigh, down from the 25th. Carol and Mick have been "
              "supervising most evenings since the icpc."),
        ("boldp", "outcomes"),
        ("bullets", [
            "Rio and Ava are cared for every day and night by a sober adult.",
            "Rio's weight is back on the 25th centile by the next RCPC.",
            "Ava's attendance is 95% or more by Easter.",
        ]),
        ("boldp", "actions + notes"),
        ("bullets", [
            "done 14/11: Mrs Gill (DSL) sent Ava's attendance to OG, 86% this term",
            "OG (SW) to visit Rio and Ava at home weekly, 1 in 3 unannounced, LCS notes to say who was caring "
            "for them and whether either parent was under the influence",
            "WDS key worker (Nikki Rowe) to do supervised tox screens with Shannon every Mon and send results to "
            "OG the same week",
            "Shannon to collect her methadone daily from Boots Welkin Rd (supervised consumption) from 2/12 - "
            "pharmacy log sent to WDS + OG fortn.",
            "hair strand test to be done for Jay (cocaine + alcohol, 3 months) by 19/12, result to OG",
            "nb Jay says he won't go to WDS as he's only 'recreational'",
            "Jay to go to the WDS Tues drop-in for an assessment by 9/12 - assessment letter to OG",
            "HV (Tash Byrne) to visit Rio fortn., weight monitored",
            "Carol + Mick to supervise Shannon and Jay with Rio every evening 5-8pm - Carol signs the contact "
            "book, OG checks the book at each visit",
            "Carol + Mick to have Ava and Rio overnight every Fri + Sat from 5/12 - Carol texts OG Sat + Sun am",
            "family to make sure Shannon is never alone with Rio at night, every night until the RCPC - Carol "
            "logs who stayed over in the contact book",
            "done 20/11: cot from Welkinford Baby Bank delivered, HV saw it set up 25/11",
            "FSW to help Shannon sort rent arrears + bills asap - payment plan letter on file",
            "FSW parenting sessions with Dani Moss for Shannon + Jay on hold until the case transfers to Northmoor",
            "Mrs Gill (DSL, Welkin Primary) to send Ava's attendance to OG every Fri and ring OG the same day if "
            "she's absent without a reason - CPOMS + weekly email",
            "school nurse (Helen Pye) to see Ava about her bedwetting and agree a plan with Shannon, letter to OG",
            "nb Carol can't do Sats in Feb (working)",
            "OG to send Northmoor the chronology, plan + tox results by 12/12, receipt kept on file",
            "OG to ask Northmoor for a transfer-in conference date by 19/12 - written confirmation on file",
            "Mick to take Ava to school on Mon + Tues (Carol's work days) from 8/12 - register shows Ava in by 8.50",
        ]),
        ("boldp", "contingency"),
        ("p", "If Shannon or Jay test positive for heroin or cocaine again, or either is under the influence while "
              "caring for Ava or Rio, the children go to Carol + Mick's at 6 Heron Walk that day and OG holds a "
              "strategy discussion with police the same day."),
        ("boldp", "meetings"),
        ("bullets", [
            "CGM every 4 wks, Weds 10am, Welkin Family Centre: 17/12/25, 14/1/26, 11/2/26 (Northmoor invited).",
            "Next RCPC: 03/03/26, 2pm, Welkinford Civic Centre.",
        ]),
    ],
    "findings": [
        F("W001", "hair strand test to be done for Jay"),
        F("M002", "HV (Tash Byrne) to visit Rio fortn., weight monitored"),
        F("W002", "family to make sure Shannon is never alone with Rio"),
        F("T002", "FSW to help Shannon sort rent arrears + bills asap"),
        F("X001", "FSW parenting sessions with Dani Moss for Shannon + Jay"),
        F("M001", "FSW parenting sessions with Dani Moss for Shannon + Jay"),
        F("T001", "school nurse (Helen Pye) to see Ava about her bedwetting"),
        F("F003"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan typed up after the first core group, father depressed since
#    his partner left, an 11-year-old young carer and a 6-year-old. Plain-text
#    notes, numbered actions mostly about the father, no contingency.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b109_wandlesea_cgm_typed_notes_numbered_mcbride.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-typed-up-after-first-core-group-plain-text-lower-case-labels-why-what-the-kids-say-outcomes-numbered-actions-meetings-no-contingency",
    "description": (
        "Initial conference plan for an 11-year-old and a 6-year-old whose father, their sole carer, "
        "has been depressed and drinking since their mother left; typed up in plain text by the SW "
        "after the first core group, lower-case labels and numbered one-line actions. The children's "
        "own rows are sound, but six of the eleven actions are about the father's own needs (GP, "
        "social prescriber, benefits, debt, a men's group, the job centre) with no link to the "
        "children, and no adult service owns any of them. Faults: an outcome about the father's mood, "
        "the men's group 'when he feels up to it', the DSL to 'keep an eye on' Lacey, a young carers "
        "referral 'to be made' by no one; no contingency and no legal step."
    ),
    "text": """\
wandlesea cs - lacey + finn mcbride - cp plan
as agreed at icpc 20/11/25, typed up after cgm 1 (2/12/25) - RT

SW: Rhiannon Tate (RT)   TM: Guy Fenn   chair: Mo Asante
kids: Lacey McBride 11 (yr 7, Wandlesea Academy), Finn McBride 6 (yr 2, Sandpath Primary)
dad: Craig McBride 41 - sole carer since mum (Kim Price) left in June, she lives in Spain now
cat: neglect

why
Craig has been depressed since Kim left - off work from the docks since Aug, not sleeping, drinking
a few cans most nights (says not every night). GP has him on citalopram. House very untidy, no food
in on 2 visits, Finn soiling at school and smelling, Lacey late 19 times this term and doing the
cooking. Electric cut off for 2 days in Oct.

what lacey + finn say
Lacey (at school 25/11): "dad just sits there. i do the tea and get finn ready. i'm not bothered but
i'm tired." She wants dad "to be how he was" and to go to her mate's at weekends again.
Finn (at home 27/11): likes his dad's cuddles on the settee "but nobody does my packed lunch".
Showed RT his wet pants hidden under the bed and asked her not to tell.

what we want
- lacey + finn have food in the house, clean clothes, and get to school on time every day
- lacey isn't doing the cooking and looking after finn
- finn's soiling is sorted and he isn't teased at school
- craig's mood gets better and he feels able to cope again

plan
1. RT to visit every thurs, see lacey + finn on their own, check fridge + beds - LCS notes
2. craig to see GP about mood, sleep + drinking by fri 5/12 - shows RT the appt letter/new script
3. craig to see the GP's social prescriber (Jo) by 12/12 about getting out of the house - appt card to RT
4. FSW (Nadia) to help craig with his UC claim + PIP form wk 2 (w/c 8/12) - claim ref nos on file
5. craig to go to the CAB debt clinic about the electric arrears before xmas - debt plan letter to RT
6. craig to go to the men's shed group on weds when he feels up to it - group leader signs his card
7. craig to book a job centre appt about part time work by 15/12 - appt letter to RT
8. craig to get lacey + finn to school by 8.45 every day from 3/12 - registers sent to RT weekly by both schools
9. DSL at Wandlesea Academy (Mr Bell) to keep an eye on Lacey, daily
10. school nurse (Sandpath) to see Finn about the soiling and do a toileting plan by end of term - plan copied to RT + craig
11. referral to be made to Wandlesea Young Carers for Lacey by end of term - acceptance letter on file

cgm notes 2/12
- craig came, quiet but agreed everything. Lacey's school say she's been on time 4 days out of 5 since icpc.
- Finn's teacher says no soiling this week.

meetings
cgm every 4 wks, 2pm at Sandpath Primary - next 6/1/26 then 3/2/26
rcpc thurs 12/2/26 10am, wandlesea civic centre
""",
    "findings": [
        F("T002", "craig to go to the men's shed group on weds"),
        F("M002", "DSL at Wandlesea Academy (Mr Bell) to keep an eye on Lacey"),
        F("W001", "referral to be made to Wandlesea Young Carers for Lacey"),
        F("F002", "craig's mood gets better and he feels able to cope again"),
        F("F001"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})
