"""Batch 19, module 2: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services,
hospitals and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its
code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter before proceedings (PLO) with the schedule of what needs to happen
#    as a table; the child protection plan carries on alongside. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_marlhaven_plo_letter_petch.docx",
    "doc_title": "Letter before proceedings - Harley and Rosie Petch",
    "split": "heldout",
    "template": "plo-letter-before-proceedings-with-schedule-table",
    "description": (
        "Exemplary letter before proceedings (PLO) to the parents of a 6-year-old and a 14-month-old "
        "on CP plans for neglect (mother's depression, father's drinking), with the schedule of what "
        "needs to happen as a four-column table: named owners, real timescales, observable measures, "
        "the CMHT asked for a capacity-to-change report, the alcohol service owning actions, a specific "
        "contingency covering the grandmother, core group and review dates, and a return to the legal "
        "gateway if progress is not made."
    ),
    "blocks": [
        ("pr", "Marlhaven Borough Council"),
        ("pr", "Children's Services – Safeguarding and Support Team 3"),
        ("pr", "Corn Exchange House, 18 Tanner Street, Marlhaven"),
        ("pr", "Tel: 01632 960 772"),
        ("pr", "2 May 2025"),
        ("p", ""),
        ("pl", "Ms Kayleigh Dunstan and Mr Ryan Petch"),
        ("pl", "14 Sedge Close"),
        ("pl", "Barrow Fields"),
        ("pl", "Marlhaven"),
        ("p", ""),
        ("pl", "By hand and by email"),
        ("p", ""),
        ("boldp", "LETTER BEFORE PROCEEDINGS – THIS IS AN IMPORTANT LETTER. PLEASE TAKE IT TO A SOLICITOR "
                  "STRAIGHT AWAY."),
        ("p", "Harley Petch (born 03/02/2019) and Rosie Petch (born 11/03/2024)"),
        ("p", "Dear Kayleigh and Ryan,"),
        ("p", "Harley and Rosie have been on child protection plans under the category of neglect since "
              "14 October 2024. At the review child protection conference on 8 April 2025 everyone, "
              "including you, agreed that some things have got better but that not enough has changed for "
              "the children. On 24 April 2025 our legal gateway panel decided that we should start the "
              "pre-proceedings part of the Public Law Outline (PLO). I am writing to tell you what that "
              "means and what needs to happen now."),
        ("p", "We are not applying to court at the moment. We want Harley and Rosie to stay at home with "
              "you, and this letter is about giving you a clear chance, with help, to make the changes they "
              "need. You are entitled to free legal advice from a solicitor because of this letter; a list "
              "of local family solicitors is enclosed."),
        ("boldp", "Why we are worried"),
        ("p", "Kayleigh, you have told us that your depression came back after Rosie was born and that you "
              "stopped taking your sertraline in February. On most of my visits in March you were still in "
              "bed at midday and Rosie was in her cot in a wet nappy. Ryan, you have told us you drink four "
              "to six cans most days, starting at lunchtime. On 19 March the police found you asleep on a "
              "bench outside Costcutter on Hale Road with Rosie in her pram beside you. Harley's school "
              "attendance is 71% this year and he has often arrived without breakfast. Rosie's weight "
              "dropped from the 50th to the 9th centile between November and March."),
        ("boldp", "What has got better"),
        ("p", "Ryan has been going to Northway Recovery Service since 26 March and his last four breath "
              "tests were clear. Rosie's weight has started to come back up since the health visitor began "
              "weighing her every two weeks. Linda, Harley and Rosie's nan, has Harley and Rosie for tea "
              "twice a week and the children are always clean and fed when they come back."),
        ("boldp", "What Harley and Rosie have told us"),
        ("p", "When I saw Harley on his own at school on 28 April he said: \"Mummy is always tired. I make "
              "my own cereal but sometimes there's no milk.\" He said the best days are \"Nanny Linda days "
              "because we have fish fingers and a bath with bubbles\". He said he gets scared \"when Daddy "
              "falls asleep and Rosie is crying\". He would like \"Mummy to take me to school like the other "
              "mummies\". Rosie is walking along the furniture; at my visits she went to Linda for cuddles, "
              "and on 17 April she ate two rounds of toast quickly and cried when the plate was taken away."),
        ("boldp", "What needs to be different for Harley and Rosie"),
        ("bullets", [
            "Harley gets to school on time every day, washed, dressed and having had breakfast, and does "
            "not have to look after Rosie or wake his parents.",
            "Rosie is fed, changed and played with by a sober, awake adult all through the day, and her "
            "weight stays on or above the 25th centile.",
            "Harley and Rosie are never cared for by a parent who has been drinking.",
        ]),
        ("boldp", "The pre-proceedings meeting"),
        ("p", "Please come to a meeting on Monday 12 May 2025 at 10am at Corn Exchange House. Please bring "
              "your solicitor. At the meeting we will go through the schedule below with you and your "
              "solicitors and agree it together. If anything in it is not right, please tell us then."),
        ("boldp", "Schedule – what needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will all know"],
            "widths": [5.8, 3.6, 3.4, 4.2],
            "rows": [
                ["Visit Harley and Rosie at home, at least one visit in two unannounced; see Harley on his "
                 "own and check Rosie's cot, food and nappies",
                 "Priya Lomax (SW)",
                 "Every week until the review pre-proceedings meeting on 11/07/2025",
                 "Visit records show Harley seen alone, Rosie seen awake and food in the house at every visit"],
                ["Get Harley to school by 8.45am, washed, dressed and having had breakfast",
                 "Kayleigh and Ryan",
                 "Every school day from 06/05/2025",
                 "Attendance of 95% or more and no more than 2 late marks a half term, emailed to the SW by "
                 "the school every Friday"],
                ["Meet Harley for a check-in and pass on what he says about home and how he is in class",
                 "Mrs Jo Tranter, DSL, Marlhaven St Anne's Primary",
                 "Every Friday",
                 "Check-in notes emailed to the SW each Friday; any worry passed on the same day"],
                ["Weigh Rosie and check her feeding, development and safe sleep",
                 "Abi Carmody (HV)",
                 "Every 2 weeks; 12-month review by 30/05/2025",
                 "Weight plotted in the red book and staying on or above the 25th centile; 12-month review "
                 "scores sent to the SW"],
                ["Take Rosie to the surgery for her 12-month immunisations",
                 "Kayleigh",
                 "By 30/05/2025",
                 "Immunisations recorded in the red book and on the GP record, checked by the HV"],
                ["See Kayleigh for her depression, review her medication with her, and write a report on "
                 "whether she can make the changes Harley and Rosie need and how long that is likely to take",
                 "Stella Brennock, CPN, Marlhaven Community Mental Health Team",
                 "Every 2 weeks; report by 27/06/2025",
                 "Written report on Kayleigh's capacity to change shared with the SW, the core group and "
                 "your solicitors by 27/06/2025"],
                ["Alcohol assessment for Ryan, then key-work sessions with a breath test at every session",
                 "Dev Sandhu, recovery worker, Northway Recovery Service",
                 "Assessment by 16/05/2025, then weekly",
                 "Breath test results sent to the SW every month, every reading zero; written view on "
                 "Ryan's progress for the meeting on 11/07/2025"],
                ["Hair strand test for alcohol covering the last three months",
                 "Priya Lomax (SW) to book; Ryan to attend",
                 "Sample taken by 23/05/2025",
                 "Laboratory result sent to the SW and to your solicitors"],
                ["Independent parenting assessment of Kayleigh and Ryan, including how you care for Rosie "
                 "at tea time and bath time",
                 "Fiona Garside, independent social worker",
                 "Start by 19/05/2025; report by 04/07/2025",
                 "Written report with recommendations shared with you, your solicitors and the core group "
                 "by 04/07/2025"],
                ["Have Harley and Rosie for tea and a bath, and overnight on Saturdays, so Kayleigh can "
                 "rest and the children are fed",
                 "Linda Dunstan (maternal grandmother)",
                 "Tuesday and Thursday 4pm–7pm and Saturday overnight, every week",
                 "Diary in Harley's book bag signed by Linda each time, checked by the SW at visits"],
                ["Keep no alcohol in the house and never look after the children after drinking",
                 "Ryan",
                 "Every day, from 02/05/2025",
                 "No alcohol seen at SW visits; any breath test at an unannounced visit reads zero"],
            ],
        }),
        ("boldp", "If Harley or Rosie are not safe"),
        ("p", "If Ryan is found to have been drinking while he is looking after the children, if Kayleigh "
              "cannot get up to care for Rosie, or if Rosie loses weight at two weighs in a row, I (or the "
              "emergency duty team out of hours) will visit the same day and hold a strategy discussion "
              "that day. Harley and Rosie will go to stay with Linda, who has agreed to this. If Linda "
              "cannot have them (she works on Mondays and Wednesdays) or becomes unwell, Harley and Rosie "
              "will be placed together with Marlhaven foster carers the same day and we will ask the court "
              "for an interim care order."),
        ("boldp", "If there is not enough progress"),
        ("p", "We will meet again with you and your solicitors at a review pre-proceedings meeting on "
              "11 July 2025. If by then Harley's attendance is still below 90%, Rosie's weight has dropped "
              "below the 25th centile again, or the assessments say the changes are not being made, the "
              "team manager will take Harley and Rosie's case back to the legal gateway panel on "
              "17 July 2025 to decide whether to apply to court for care proceedings."),
        ("boldp", "The child protection plan carries on"),
        ("p", "The core group will keep meeting every 4 weeks: 20 May, 17 June and 15 July 2025, at 4pm at "
              "Marlhaven St Anne's Primary. The next review child protection conference is on 2 October "
              "2025 at 10am at Corn Exchange House."),
        ("p", "I know this letter is hard to read. Please ring me or your solicitor if you want to talk "
              "about it before the meeting."),
        ("p", "Yours sincerely,"),
        ("pl", "Ruth Ainsley"),
        ("pl", "Team Manager, Safeguarding and Support Team 3"),
        ("pl", "on behalf of Marlhaven Borough Council"),
        ("p", ""),
        ("pl", "Social worker: Priya Lomax, 01632 960 781"),
        ("pl", "Enc.: list of family solicitors; copy of the child protection plan of 8 April 2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Microsoft Teams meeting notes of a core group, exported to markdown, with
#    @mention follow-up tasks (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_mollbridge_teams_notes_tindall.md",
    "split": "heldout",
    "template": "teams-meeting-notes-export-at-mention-follow-up-tasks-md",
    "description": (
        "Core group held on Teams for a 9-year-old and a 3-year-old (father's violence, mother's drinking "
        "and low mood), exported meeting notes with @mention follow-up tasks. A 'when she can' due date, "
        "a task with no owner, one with no due date, one with no measure, 'keep an eye on', '@Core group', "
        "talking therapy that only treats, an adult-only outcome, a vague contingency with no legal step "
        "and no review conference date."
    ),
    "text": """\
# Core Group 2 – Jayce & Nova Tindall

📅 Tuesday 17 June 2025, 10:00–11:15 · Microsoft Teams meeting
Organiser: Aisha Khan (SW, Mollbridge Children's Services, Family Safeguarding Team)
Meeting notes – exported from Teams 17/06/2025 11:32

---

## Attendees

- Aisha Khan – SW (chair)
- Gemma Tindall – mum (joined by phone)
- Sarah Lund – DSL, Fenbrook Primary (Jayce)
- Maxine Ward – HV
- Kofi Mensah – recovery worker, Bridges Alcohol Service
- Jen Tully – IDVA, Mollbridge Domestic Abuse Service
- Priti Gill – keyworker, Sunflowers Nursery (Nova)

Apologies: PC Dev Rao (DA investigation unit), Ola Bright (Mollbridge Talking Space)

## Background (from ICPC 27/05/2025)

Jayce (9) and Nova (3) are on CP plans under emotional abuse. Police were called to the
house 3 times between Feb and May. On 4 May Lee Tindall (dad) punched the bedroom door
in while Gemma was holding Nova; Jayce rang 999. Lee was arrested and is on bail not to
come to Linnet Road or contact Gemma. Gemma told conference she drinks wine most nights
"to get to sleep" and has felt low since Christmas. GP has referred her to Talking Space.

## Notes

**Round the table**

- Gemma: not seen Lee since the arrest. Says she's cut down to "a bottle at weekends".
  Finding evenings hard. Nova's cot is broken, she's sleeping in with Gemma.
- Sarah (school): Jayce in every day since ICPC, 3 lates. Quiet, tired on Mondays. Told
  his TA he "checks the locks at night".
- Maxine (HV): Nova's 2-year review still not done – missed twice. Speech seems behind
  (around 20 words).
- Kofi (Bridges): Gemma has been to 2 of 4 appointments. Breath test clear at both.
- Jen (IDVA): first safety planning session done 10/06; Gemma has a panic alarm now.
- Priti (nursery): Nova in 3 of 5 days. Happy at nursery, clingy at home time.

**What the children are saying**

Aisha saw Jayce on his own at school on 12/06. He said "it's calmer without Dad but I
miss him a bit" and "I don't like it when Mum has her wine because she goes to bed
early and I have to do Nova's teeth". He wants to see his dad "at Nana's, not at home".
He gave home a 6 out of 10 ("it was 2 before"). Nova was seen at nursery: she played
in the home corner, put "baby" to bed and said "shhh, Daddy shouting". At home she
stayed close to Gemma and wanted to be carried.

**Outcomes (from the ICPC plan, no change)**

1. Jayce and Nova live in a home with no shouting, hitting or damage, and Jayce
   no longer checks the locks at night.
2. Jayce does not have to look after Nova, and Nova is put to bed by a sober adult
   every night.
3. Nova's speech and development catch up and she goes to nursery every day.
4. Gemma will stop drinking and feel better in herself.

**Decisions**

- Plan to stay as it is. Contact with Lee not to start until police bail decision.

**Contingency**

If things don't improve, or there are more incidents, Aisha will discuss with her team
manager and the core group will look at next steps.

**Next meetings**

- Next core group: 4 weeks – Tues 15/07/2025, 10:00, Teams (link to follow).
- RCPC: date TBC – business support to send out.

## Follow-up tasks

- [ ] @Aisha Khan – see Jayce on his own at school and Nova at home every week.
      We'll know: visit notes on Nova's and Jayce's records show both seen.
- [ ] @Aisha Khan – refer Jayce to the Mollbridge Women's Aid children's group
      (Star Club). Due: 27/06/2025. We'll know: place confirmed by letter.
- [ ] @Gemma Tindall – keep going to her Bridges appointments and do a breath test.
      Due: when she can. We'll know: Bridges attendance letter to Aisha.
- [ ] @Kofi Mensah – send breath test results and attendance to Aisha before each
      core group. We'll know: results on the case record, every reading zero.
- [ ] @Maxine Ward – do Nova's overdue 2-year review, weight and height at home.
      Due: 11/07/2025.
- [ ] @Sarah Lund – keep an eye on Jayce in class and on Mondays. Due: daily.
- [ ] @Core group – tell Aisha the same day about any sighting of Lee near the
      house, school or nursery. We'll know: sightings logged with a police ref.
- [ ] @Jen Tully – safety planning sessions with Gemma, fortnightly. We'll know:
      written safety plan updated after each session and copied to Aisha.
- [ ] Talking Space (Ola Bright) – carry on weekly CBT sessions with Gemma for her
      low mood. Due: weekly. We'll know: attendance sheet sent to Aisha.
- [ ] Sort out a bed for Nova (cot broken). Due: 27/06/2025. We'll know: new bed
      seen at the next home visit.
- [ ] @Priti Gill – send Nova's attendance and a short note on her speech to Aisha
      every Friday. We'll know: Nova in at least 4 of 5 days.
- [ ] @PC Dev Rao – update Aisha on Lee's bail conditions and his court date.
      We'll know: update emailed to Aisha and saved on both children's records.

_Notes taken by Aisha Khan. Please reply in the meeting chat if anything is wrong._
""",
    "findings": [
        F("T002", "keep going to her Bridges appointments and do a breath test"),
        F("M001", "do Nova's overdue 2-year review, weight and height at home"),
        F("M002", "keep an eye on Jayce in class and on Mondays"),
        F("W002", "tell Aisha the same day about any sighting of Lee"),
        F("H001", "carry on weekly CBT sessions with Gemma for her low mood"),
        F("W001", "Sort out a bed for Nova (cot broken)"),
        F("T001", "update Aisha on Lee's bail conditions and his court date"),
        F("F002", "Gemma will stop drinking and feel better in herself"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review plan for three siblings: one table per child, then one for the
#    whole family (docx)
# ---------------------------------------------------------------------------
_TABLE_HEAD = ["What needs to happen", "Who", "By when", "How we'll know"]
_W = [6.0, 3.6, 3.0, 4.4]

PLANS.append({
    "name": "b19_mirrowdene_table_per_child_cresswell.docx",
    "doc_title": "Child Protection Plan (review) - Tayla, Mason and Leo Cresswell",
    "split": "heldout",
    "template": "one-table-per-child-then-whole-family-table",
    "description": (
        "First review CP plan for three siblings (15, 7 and 8 months; neglect, mother's MS and heavy "
        "use of prescribed painkillers, 15-year-old as carer) with one table per child under 'What we "
        "want for ...' and a whole-family table. 'TBC', a blank date, a '-' measure, 'engagement', "
        "'feels better', 'when she is able', 'Family' as owner, a passive referral with no owner, an "
        "adult-only outcome, and no adult service owning an action."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Mirrowdene Metropolitan Borough Council · Children's Social Care · Valley Locality Team"),
        ("kv", [
            ("Children", "Tayla Cresswell (15), Mason Cresswell (7), Leo Cresswell (8 months)"),
            ("Address", "41 Quarry Bank, Holmeswood, Mirrowdene"),
            ("Parent / carers", "Donna Cresswell (mum); Wayne Hibbert (mum's partner, Leo's dad – works away "
                                "alternate weeks)"),
            ("Conference", "First review child protection conference, 24/06/2025 – plan continues"),
            ("Category", "Neglect"),
            ("Social worker", "Gareth Pugh"),
            ("Chair", "Lorraine Beck (IRO)"),
        ]),
        ("h1", "What has happened since the first conference"),
        ("p", "Donna has relapsing multiple sclerosis and chronic pain. Since March she has been in bed most "
              "mornings and the GP has told the SW he is worried she is taking more co-codamol and "
              "tramadol than prescribed. Tayla has been getting Mason to school and looking after Leo, and "
              "her own attendance has dropped to 78%. Mason has untreated tooth decay and has been sent "
              "to school in dirty uniform. Leo has missed two HV appointments, has a flat patch on the "
              "back of his head and had severe nappy rash in April. Things that are better: Donna's "
              "sister Michelle now has Leo two days a week, Wayne has taken over mornings when he is home, "
              "and the house was clean and stocked at the last two visits."),
        ("h1", "Tayla"),
        ("p", "Tayla said: \"I don't mind helping Mum, she can't help being ill. But I'm tired all the time "
              "and I'm behind at school. I want to do my GCSEs properly and go to college for hair and "
              "beauty. I'd like someone to talk to who isn't family.\""),
        ("boldp", "What we want for Tayla: Tayla goes to school every day, is not the one caring for her mum "
                  "or Leo, and has time for her GCSE work and her friends."),
        ("table", {
            "header": _TABLE_HEAD,
            "widths": _W,
            "rows": [
                ["Young carers assessment for Tayla and referral to Mirrowdene Young Carers",
                 "SW Gareth Pugh", "TBC",
                 "Tayla is offered a place and goes to the Thursday group"],
                ["See Tayla on her own, at school or in town, and ask her how home has been",
                 "SW Gareth Pugh", "Every 2 weeks",
                 "Visit notes record Tayla's own words each time"],
                ["Phone home if Tayla is not in by 9am, and send attendance to the SW",
                 "Mrs Rukhsana Farooq, Head of Year 10, Mirrowdene Academy", "Every school day; figures "
                 "every Friday",
                 "Attendance rises from 78% to 90% or more by 18/07/2025"],
                ["Counselling sessions at school for Tayla",
                 "School counsellor, Mirrowdene Academy", "Weekly",
                 "Engagement"],
            ],
        }),
        ("h1", "Mason"),
        ("p", "Mason said his favourite thing is \"PE and dinners\". He said his tooth \"hurts when I have "
              "ice pops\". He said Tayla does his breakfast and \"Mum stays in bed because her legs don't "
              "work some days\". He would like \"Mum to come to sports day\"."),
        ("boldp", "What we want for Mason: Mason is clean, fed and at school on time every day, and his "
                  "teeth are treated so he is not in pain."),
        ("table", {
            "header": _TABLE_HEAD,
            "widths": _W,
            "rows": [
                ["Take Mason to the dentist for his fillings",
                 "Donna", "By 31/07/2025",
                 "Letter from the dentist confirming treatment sent to the SW"],
                ["Breakfast club place for Mason",
                 "Ms Alison Coyle, breakfast club lead, Mirrowdene Junior School", "Every school day",
                 "Register shows Mason at breakfast club on at least 4 days a week"],
                ["Check Mason's uniform and hygiene and give him spare clothes from school when needed",
                 "Mason's class teacher, Mr Tom Ainsworth", "Daily",
                 "-"],
            ],
        }),
        ("h1", "Leo"),
        ("p", "Leo is 8 months old. At visits he has been smiley and chatty with Michelle and Tayla and "
              "quieter with Donna, who has found it hard to lift him on bad days. He spends long spells "
              "in his bouncer. He loves being on the floor with his stacking cups and rolls to reach them. "
              "At Michelle's he naps well in a cot in the spare room."),
        ("boldp", "What we want for Leo: Leo is fed, changed and played with every day by an adult, his "
                  "flat head is seen by the physio, and he is never left in the care of Tayla or Mason."),
        ("table", {
            "header": _TABLE_HEAD,
            "widths": _W,
            "rows": [
                ["HV visits to weigh Leo and check his development, skin and nappy area",
                 "HV Julie Marr", "",
                 "Weight plotted in the red book; 9–12 month review scores shared with the SW"],
                ["Refer Leo to children's physiotherapy for his flat head",
                 "HV Julie Marr", "By 11/07/2025",
                 "Physio appointment letter on file"],
                ["Nursery place for Leo, funded by Children's Social Care, Monday, Wednesday and Friday",
                 "SW Gareth Pugh to arrange", "Starting from 07/07/2025",
                 "Nursery register shows Leo in 3 days a week; nursery sends a monthly note on his care"],
            ],
        }),
        ("h1", "The whole family"),
        ("boldp", "What we want: Donna's pain and MS are properly managed so she can be up and about."),
        ("table", {
            "header": _TABLE_HEAD,
            "widths": _W,
            "rows": [
                ["Donna to see her GP about her pain medication and how much she is taking",
                 "Donna", "By 30/06/2025",
                 "Donna feels better in herself"],
                ["Donna to ask the MS nurse about extra help at home on bad days",
                 "Donna", "When she is able",
                 "Letter from the MS nurse to the SW"],
                ["Keep the house clean, with a safe sleeping space for Leo and food in the cupboards",
                 "Family", "Weekly",
                 "Home conditions checklist at SW visits scores 3 or more"],
                ["Do the morning routine: get Mason up, washed, fed and to school by 8.50am",
                 "Wayne", "Every school day on the weeks he is home",
                 "Register shows Mason in by 8.50am on those weeks"],
                ["Referral for an adult social care needs assessment for Donna",
                 "", "By 04/07/2025",
                 "Assessment date confirmed in writing"],
                ["Have Leo at her house, and collect Mason from school on those days",
                 "Michelle Cresswell (maternal aunt)", "Tuesdays and Thursdays, 9am–5pm",
                 "Michelle's diary, checked by the SW at visits; Mason collected on time (school log)"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Donna is too unwell to get up and care for Leo, or Tayla misses school to look after Leo or "
              "her mum, Tayla or Donna will ring Michelle, who will have Leo and Mason the same day, and the "
              "SW will visit that day. If Michelle cannot have the children, Leo and Mason will go to "
              "Mirrowdene foster carers the same day while a strategy discussion is held. If Leo is found "
              "left with Tayla or Mason and no adult in the house, the SW will hold a strategy discussion "
              "the same day."),
        ("p", "If by the next review Tayla's attendance is still below 85%, or Leo's weight falls across two "
              "centile lines, the SW will request a legal planning meeting."),
        ("h1", "Meetings"),
        ("p", "Core group: every 6 weeks – 08/07/2025, 19/08/2025 and 30/09/2025, at Mirrowdene Academy, "
              "4pm. Next review child protection conference: 16/12/2025."),
    ],
    "findings": [
        F("T002", "Young carers assessment for Tayla and referral to Mirrowdene Young Carers"),
        F("M002", "Counselling sessions at school for Tayla"),
        F("M001", "Check Mason's uniform and hygiene and give him spare clothes"),
        F("T001", "HV visits to weigh Leo and check his development"),
        F("M002", "Donna to see her GP about her pain medication"),
        F("T002", "Donna to ask the MS nurse about extra help at home"),
        F("W002", "Keep the house clean, with a safe sleeping space for Leo"),
        F("W001", "Referral for an adult social care needs assessment for Donna"),
        F("F002", "Donna's pain and MS are properly managed so she can be up and about."),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Hospital discharge planning meeting minutes for a looked-after toddler on
#    a children's ward; PDF with header and page footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_merrowfield_discharge_minutes_drummond.pdf",
    "doc_title": "Discharge planning meeting minutes - Kian Drummond",
    "split": "heldout",
    "template": "hospital-discharge-planning-meeting-minutes-agreed-actions-paged",
    "description": (
        "Minutes of a discharge planning meeting on a children's ward for a 19-month-old on a CP plan "
        "(suspected inflicted scalds) and accommodated under section 20, with an attendance table and a "
        "No./Action/Lead/Target date/Evidence grid; header and 'Page N of M' footer on every page. "
        "Nobody is set to visit Kian on the ward at a stated frequency (SW 'when able'), a blank lead, a "
        "blank evidence cell, an assessment with no output, 'All professionals', 'TBC', and the core "
        "group left 'to be arranged'."
    ),
    "header": "OFFICIAL-SENSITIVE – Merrowfield Council Children's Services / Merrowfield General Hospital",
    "footer": "Discharge planning meeting 19/06/2025 – Kian Drummond – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Discharge Planning Meeting – Minutes"),
        ("kv", [
            ("Child", "Kian Drummond, born 14/11/2023 (19 months), NHS no. withheld"),
            ("Ward", "Ward 7 (Children's), Merrowfield General Hospital – admitted 02/06/2025"),
            ("Legal status", "Accommodated under section 20 since 05/06/2025 with both parents' agreement"),
            ("Child protection", "Child protection plan (physical abuse) from the initial conference held on "
                                 "16/06/2025"),
            ("Meeting", "19/06/2025, 2pm, Ward 7 seminar room"),
            ("Chair", "Kirsty Bell, Social Worker, Merrowfield Children in Care Team"),
        ]),
        ("h1", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.0, 6.5],
            "rows": [
                ["Kirsty Bell", "Social worker (chair)", "Merrowfield Children's Services"],
                ["Dr Farah Nadeem", "Consultant paediatrician", "Merrowfield General Hospital"],
                ["Sister Lyn Carver", "Ward manager / discharge coordinator", "Ward 7"],
                ["Gemma Foley", "Named nurse for Kian", "Ward 7"],
                ["Jo Akers", "Placement officer", "Merrowfield Fostering Service"],
                ["DC Amir Shah", "Investigating officer", "Merrowfield Police, Child Abuse Investigation Team"],
                ["Nikki Haines", "Named nurse for safeguarding children", "Merrowfield NHS Trust"],
                ["Apologies: Mr Tunde Okoro", "Consultant plastic surgeon", "Merrowfield General Hospital"],
            ],
        }),
        ("h1", "2. Kian's health and treatment"),
        ("p", "Dr Nadeem said Kian was admitted with scalds to both feet and lower legs with a clear line "
              "around both shins. The pattern is not in keeping with the parents' account that he pulled a "
              "cup of tea over himself. The skeletal survey on 03/06/2025 showed no fractures; the repeat "
              "films are due on 17/06/2025 and the report is awaited. Kian had skin grafts to his left foot "
              "on 12/06/2025 and needs daily dressings. Mr Okoro's team expect him to be fit for discharge "
              "in about two to three weeks, depending on how the grafts take."),
        ("h1", "3. How Kian is on the ward"),
        ("p", "Gemma (named nurse) said Kian is quiet and watchful with new people but has settled with the "
              "nurses he knows, especially on the late shift, and now holds his arms up to be picked up. "
              "He screams during dressing changes and is given pain relief first. He likes the ball pit and "
              "the ride-on car in the playroom, eats well (toast, yoghurt, pasta) and sleeps from 7pm to "
              "about 5am. He has started saying \"more\" and \"no\". Nobody from his family has visited "
              "since 09/06/2025."),
        ("h1", "4. Family time"),
        ("p", "DC Shah said both parents, Shannon Drummond and Callum Price, are on police bail until "
              "30/06/2025 with a condition that they have no contact with Kian. There will be no family "
              "time on the ward while the bail conditions are in place. Callum's mother, Elaine Price, has "
              "asked to be considered to care for Kian."),
        ("h1", "5. What we want for Kian"),
        ("bullets", [
            "Kian's burns heal without infection and he is discharged straight to a safe, settled placement.",
            "Kian is cared for by the same few adults and has a named person he knows at the ward and at "
            "his placement.",
            "Kian never again has an injury that the adults caring for him cannot explain.",
        ]),
        ("h1", "6. Agreed actions"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Target date", "Evidence"],
            "widths": [1.2, 5.6, 3.3, 2.8, 4.1],
            "rows": [
                ["1", "Visit Kian on the ward and see him awake",
                 "Kirsty Bell (SW)", "When able",
                 "Visit recorded on Kian's case file"],
                ["2", "Give the ward a copy of the section 20 agreement and a list of who may and may not "
                      "visit Kian",
                 "Kirsty Bell (SW)", "By 20/06/2025",
                 "Copies filed in Kian's ward notes"],
                ["3", "Send the SW the repeat skeletal survey report and the ophthalmology results",
                 "Dr Farah Nadeem", "By 24/06/2025",
                 "Written child protection medical report updated and sent to the SW and police"],
                ["4", "Confirm the grafting and dressings plan and give an expected discharge date",
                 "Mr Tunde Okoro's team, via Sister Lyn Carver", "By 27/06/2025",
                 "Written summary with expected discharge date emailed to the SW"],
                ["5", "Find and match a foster placement near Merrowfield for Kian's discharge",
                 "Jo Akers (placement officer)", "By 27/06/2025",
                 "Placement confirmed in writing; carers' names and phone number given to the ward"],
                ["6", "Initial health assessment for Kian as a looked-after child",
                 "", "Within 20 working days of 05/06/2025",
                 "Initial health assessment report on Kian's file"],
                ["7", "Tell the ward and the SW of any change to the parents' bail conditions",
                 "DC Amir Shah", "Same day",
                 ""],
                ["8", "Viability assessment of Elaine Price, Kian's paternal grandmother",
                 "Kirsty Bell (SW)", "By 11/07/2025",
                 ""],
                ["9", "Share any worry about Kian, or any attempt by family to visit or phone the ward",
                 "All professionals", "Same day",
                 "Logged on Kian's case file with what was done"],
                ["10", "Pre-discharge meeting on the ward to hand over Kian's care, dressings and routine "
                       "to the foster carers",
                 "Sister Lyn Carver", "TBC",
                 "Handover checklist signed by the ward and the foster carers"],
            ],
        }),
        ("h1", "7. If something happens before discharge"),
        ("p", "If either parent, or anyone on their behalf, comes to the ward or tries to take Kian, ward "
              "staff will not let them near him, will call security and the police on 999, and will ring "
              "the SW (or the emergency duty team out of hours) straight away. The police will consider "
              "police protection. If either parent withdraws their section 20 agreement, the SW will ask the "
              "team manager to apply to court for an emergency protection order the same day."),
        ("h1", "8. Legal planning"),
        ("p", "A legal planning meeting was held on 12/06/2025. Legal advice is that the threshold for care "
              "proceedings is met. If the repeat skeletal survey shows any new injury, or the parents do not "
              "agree to Kian going to foster carers on discharge, the SW will request an urgent legal "
              "planning meeting the same day and the local authority will issue care proceedings."),
        ("h1", "9. Next meetings"),
        ("p", "Core group: to be arranged after Kian is discharged. Review child protection conference: "
              "08/09/2025. Looked-after child review: 03/07/2025."),
        ("p", "Minutes: Dawn Keeley, business support, 20/06/2025. Circulated to all present."),
    ],
    "findings": [
        F("T002", "Visit Kian on the ward and see him awake"),
        F("W001", "Initial health assessment for Kian as a looked-after child"),
        F("M001", "Tell the ward and the SW of any change"),
        F("M001", "Viability assessment of Elaine Price, Kian's paternal grandmother"),
        F("W002", "Share any worry about Kian, or any attempt by family"),
        F("T002", "Pre-discharge meeting on the ward to hand over Kian's care"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Conference chair's memo to agencies after an ICPC: numbered actions under
#    a heading for each agency; PDF with header and page footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_maddersley_chair_memo_whitcombe.pdf",
    "doc_title": "ICPC outcome and actions for agencies - Amber and Toby Whitcombe",
    "split": "heldout",
    "template": "chair-memo-to-agencies-numbered-actions-under-agency-headings-paged",
    "description": (
        "Exemplary conference chair's memo to agencies after an ICPC for a 12-year-old and an 8-year-old "
        "(sexual abuse by the mother's former partner; mother's PTSD and depression), with numbered "
        "one-sentence actions under a heading for each agency; header and 'Page N of M' footer on every "
        "page. Owners, dates and evidence in every sentence, the CMHT asked to report on capacity to "
        "change, a GP action, the aunt's support covered in the contingency, core group and review dates "
        "and a legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE – Maddersley Council Safeguarding Unit – Conference ref MDC/CP/25/1182",
    "footer": "ICPC outcome memo – Whitcombe – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Memo: Outcome of the Initial Child Protection Conference"),
        ("kv", [
            ("To", "Everyone on the conference distribution list (see end of memo)"),
            ("From", "Maya Oyelowo, Conference Chair / Independent Reviewing Officer"),
            ("Date", "12 May 2025"),
            ("Children", "Amber Whitcombe (12), Toby Whitcombe (8), 7 Kestrel Way, Abbotsmead, Maddersley"),
            ("Conference", "Initial child protection conference, 8 May 2025"),
            ("Lead social worker", "Tom Bexley, Maddersley Children's Services, Abbotsmead Team"),
        ]),
        ("h1", "Decision"),
        ("p", "Conference agreed that Amber and Toby should be subject to child protection plans under the "
              "category of sexual abuse. Amber told her form tutor on 14 April that her mum's then partner, "
              "Craig Lomas, had come into her bedroom at night and touched her on several occasions since "
              "January. Craig is on police bail with conditions not to contact either child or go to the "
              "address. Jodie Whitcombe (mum) did not believe Amber at first and let Craig stay at the house "
              "for two nights after the disclosure. She now says she believes Amber and has ended the "
              "relationship. Jodie has post-traumatic stress disorder and depression from her own childhood, "
              "is under the Maddersley Community Mental Health Team and took an overdose in 2023."),
        ("h1", "What Amber and Toby have told us"),
        ("p", "Amber, seen alone by Tom on 2 May, said: \"I'm glad I told but I felt like it was my fault when "
              "Mum was angry. I feel safer now he's gone. I want to stay with Mum and Toby, and I want to see "
              "someone to talk to about it, but not at school where everyone can see.\" She said her Aunt "
              "Sophie is \"the one I'd tell if anything happened\". Toby said he misses Craig \"because he "
              "played Xbox with me\" and does not know why he left. He said \"Mum cries in the bathroom\" and "
              "that he likes going to Auntie Sophie's after school \"because she has a trampoline\"."),
        ("h1", "What we want for Amber and Toby"),
        ("bullets", [
            "Amber and Toby have no contact with Craig Lomas in any form, and both can tell a trusted adult "
            "that they feel safe at home and in their bedrooms at night.",
            "Amber feels believed by her mum and gets the help she has asked for, away from school.",
            "Toby understands, in a way right for his age, why Craig has gone, and knows who to tell if he is "
            "worried.",
        ]),
        ("h1", "What each agency has agreed to do"),
        ("h2", "Maddersley Children's Services"),
        ("numbers", [
            "Tom Bexley (SW) will visit Amber and Toby at home every week, see each child on their own, and "
            "his visit records will show each child seen alone and what they said.",
            "Tom Bexley (SW) will agree a written safety plan with Jodie, Amber and Sophie Whitcombe by "
            "23/05/2025; the signed plan will be on file and a copy kept at home.",
            "Tom Bexley (SW) will complete the child and family assessment by 27/06/2025 and share the "
            "written report with Jodie and the core group.",
        ]),
        ("h2", "Maddersley Police"),
        ("numbers", [
            "DC Hannah Reece (Child Abuse Investigation Team) will tell Tom the same day of any change to or "
            "breach of Craig Lomas's bail conditions, and Tom will record each update on both children's "
            "files.",
        ]),
        ("h2", "Schools"),
        ("numbers", [
            "Mrs Gail Ferris, DSL at Abbotsmead Academy, will meet Amber every Monday for a check-in and "
            "email Tom a note of what Amber says by 5pm that day.",
            "Mr Neil Obi, DSL at Maddersley Green Primary, will email Tom Toby's attendance and any worries "
            "every Friday, with Toby's attendance at 95% or more as the target.",
        ]),
        ("h2", "Health"),
        ("numbers", [
            "Dr Lucy Amadi, Maddersley CAMHS, will see Amber at the Elm Tree clinic (not at school) for an "
            "assessment by 13/06/2025 and send Tom a written assessment with recommendations.",
            "Priya Dale, school nurse, will do four sessions with Toby on feelings and keeping safe by "
            "18/07/2025 and send Tom a short summary after each session.",
        ]),
        ("h2", "Adult mental health and GP"),
        ("numbers", [
            "Ben Latham, Jodie's care coordinator at Maddersley Community Mental Health Team, will see Jodie "
            "every two weeks and, by 11/07/2025, send the core group a written report on her mental health, "
            "whether she can make the changes needed to believe and protect Amber and Toby, and how long "
            "that is likely to take.",
            "Dr Anita Shah, Jodie's GP at Abbotsmead Surgery, will review Jodie's medication by 30/05/2025 "
            "and write to Tom and Ben Latham with the outcome.",
        ]),
        ("h2", "Family"),
        ("numbers", [
            "Jodie will make sure Craig has no contact with Amber or Toby, in person, by phone or online, "
            "from 08/05/2025 until the review conference, and the children telling Tom at each visit that "
            "they have not seen or heard from him, with no breach recorded by police, will show this.",
            "Jodie will go to the eight-week Protecting Our Children course at Maddersley Family Hub starting "
            "on 03/06/2025, and the facilitator will send Tom a written end-of-course report.",
            "Sophie Whitcombe (maternal aunt) will collect Toby from school and give him his tea on Mondays, "
            "Tuesdays and Wednesdays until Jodie finishes work at 6pm, signing the school's collection book "
            "each time.",
        ]),
        ("h1", "Contingency"),
        ("p", "If Craig Lomas comes to the house or contacts either child, Jodie will ring 999 and the police "
              "will attend; Tom (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day, and Amber and Toby will stay with Sophie until it is safe for them to go home. If "
              "Jodie lets Craig have any contact with the children, they will stay with Sophie the same day. "
              "If Sophie cannot collect Toby or cannot have the children, Toby will stay at the school's "
              "after-school club until Tom collects him, and Tom will arrange a same-day placement for both "
              "children together with Maddersley foster carers. If Jodie becomes unwell enough to need the "
              "crisis team, Ben Latham will ring Tom the same day and the children will stay with Sophie."),
        ("h1", "Core group and review"),
        ("p", "The first core group will be on 20/05/2025 at 4pm at Abbotsmead Academy, then every 4 weeks: "
              "17/06/2025 and 15/07/2025. The review child protection conference will be on 01/08/2025 at "
              "10am at Maddersley Civic Offices."),
        ("h1", "Legal planning"),
        ("p", "If Jodie allows any contact between Craig and the children, or the CMHT report says she cannot "
              "make the changes needed in time for Amber and Toby, Tom's team manager will request a legal "
              "planning meeting within 5 working days."),
        ("h1", "Distribution"),
        ("p", "Jodie Whitcombe; Tom Bexley and Carol Henshaw (team manager), Maddersley Children's Services; "
              "DC Hannah Reece; Gail Ferris; Neil Obi; Dr Lucy Amadi; Priya Dale; Ben Latham; Dr Anita Shah; "
              "Sophie Whitcombe. Please tell me by 19 May 2025 if anything in this memo is wrong."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pipe-delimited data extract from a case system; the family is moving to
#    another authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_moorcastle_pipe_extract_corrigan.txt",
    "split": "heldout",
    "template": "pipe-delimited-case-system-extract-txt",
    "description": (
        "Pipe-delimited case system extract of a CP plan for an 11-year-old and a 5-year-old (mother's "
        "new partner's violence and cocaine use; mother's depression), family moving to another authority. "
        "Three actions put off or handed on until the transfer, 'TBC'/'ongoing' targets, a blank "
        "RESPONSIBLE field, 'All agencies', 'Monitored', 'engagement', CMHT appointments that only support, "
        "an adult-only outcome, a vague contingency and no legal step."
    ),
    "text": """\
#EXTRACT|CPPLAN|v2.3|Moorcastle County Council Children's Services|run 03/07/2025 09:14|user KWHEELER
#CASE|CF-208841|CORRIGAN Skye (F) DOB 02/02/2014|CORRIGAN Jaxon (M) DOB 19/09/2019
#PLAN|Child Protection|Category=Emotional abuse|ICPC=22/04/2025|Status=Open|Key worker=Kate Wheeler (SW)
#NOTE|Family moving to Hallowmere (Hallowmere City Council) w/c 21/07/2025; transfer-in request sent 01/07/2025
SECTION|CONCERNS
TEXT|Leanne Corrigan (mum, 29) has been in a relationship with Dale Foster (35) since Oct 24. Police called x4 since Jan for arguments; on 06/04/25 Dale threw Leanne against the fridge with both children present and Skye called 999.
TEXT|Dale says he uses cocaine "at weekends"; he has a previous conviction for assault on an ex-partner. Leanne has depression and anxiety and is under Moorcastle CMHT (care coordinator Paul Irving). She has taken Dale back twice since April.
TEXT|Skye (11) is missing school (attendance 81%) and has been staying up to listen for arguments. Jaxon (5) has speech delay and soils at school after weekends.
SECTION|CHILD_VIEWS
TEXT|Skye (seen alone at school 24/06/25): "I hate it when Dale comes round. I stay awake so I can ring the police if I need to." She doesn't want to move away from her friends and her nan. She said she'd rate home "4 out of 10, 8 when Dale's not there".
TEXT|Jaxon (seen at home 26/06/25): drew his family without Dale. Said "Dale is shouty" and "I like Nanny Val's house, she has a dog called Biscuit".
SECTION|OUTCOMES
OUT|1|Skye and Jaxon live in a home where there is no shouting, pushing or hitting, and Skye can sleep without listening out for arguments.
OUT|2|Skye goes to school every day and Jaxon's soiling and speech are assessed and improving.
OUT|3|Leanne's mental health improves and she engages with services.
SECTION|ACTIONS
REF|ACTION|RESPONSIBLE|TARGET|MEASURE|STATUS
A01|Visit Skye and Jaxon at home, see Skye alone, until the Hallowmere transfer-in conference|Kate Wheeler (SW)|Fortnightly until transfer-in conference|Visit records show both children seen and Skye seen alone|Open
A02|Written safety plan with Leanne about Dale coming to the house|Kate Wheeler (SW)|11/07/2025|Signed safety plan on file, copy with Leanne and Skye|Open
A03|Parenting assessment of Leanne - to be picked up by Hallowmere once case transfers|Hallowmere CSC|To be agreed by Hallowmere|Assessment report|Not started
A04|Referral for Skye to young carers - on hold pending move to Hallowmere|Kate Wheeler (SW)|TBC (on hold until move)|-|On hold
A05|School nurse continence review for Jaxon - paused, Hallowmere school nurse to pick up after move|Moorcastle School Nursing (Ann Pryce)|TBC by Hallowmere|Continence plan sent to SW|Paused
A06|Weekly CMHT appointments to support Leanne with her anxiety and low mood|Moorcastle CMHT (Paul Irving, care coordinator)|Weekly|Attendance record sent to SW|Open
A07|Dale to engage with the drug service about his cocaine use|Dale Foster|Ongoing|Engagement|Open
A08|Share any concerns about Skye or Jaxon with the SW the same day|All agencies|Same day|Concerns logged on CF with action taken|Open
A09|Skye's school to keep watch on her attendance and tiredness and report weekly|Mrs Janet Holt (DSL, Moorcastle High)|Weekly|Monitored|Open
A10|Speech and language therapy for Jaxon (referral accepted 10/06/2025)||Block of 6 sessions starting 14/07/2025|SALT report with targets sent to SW and school|Open
A11|IDVA support and safety planning for Leanne|Sian Moult (IDVA, Moorcastle DA Service)|Fortnightly|Updated risk assessment and safety plan sent to SW after each session|Open
SECTION|CONTINGENCY
TEXT|If things do not improve the case will be discussed with the team manager and next steps agreed.
SECTION|REVIEW
TEXT|Core group: monthly. Next 10/07/2025 (last one in Moorcastle).
TEXT|RCPC: 15/07/2025 10:00 Moorcastle County Hall, unless Hallowmere hold the transfer-in conference first.
#END|rows=11|checksum=7781f0a2
""",
    "findings": [
        F("X001", "Parenting assessment of Leanne - to be picked up by Hallowmere"),
        F("T002", "Parenting assessment of Leanne - to be picked up by Hallowmere"),
        F("X001", "Referral for Skye to young carers - on hold pending move"),
        F("T002", "Referral for Skye to young carers - on hold pending move"),
        F("M001", "Referral for Skye to young carers - on hold pending move"),
        F("X001", "School nurse continence review for Jaxon - paused"),
        F("T002", "School nurse continence review for Jaxon - paused"),
        F("H001", "Weekly CMHT appointments to support Leanne with her anxiety"),
        F("T002", "Dale to engage with the drug service about his cocaine use"),
        F("M002", "Dale to engage with the drug service about his cocaine use"),
        F("W002", "Share any concerns about Skye or Jaxon with the SW"),
        F("M002", "Skye's school to keep watch on her attendance and tiredness"),
        F("W001", "Speech and language therapy for Jaxon (referral accepted 10/06/2025)"),
        F("F002", "Leanne's mental health improves and she engages with services."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan written as a markdown task checklist by phase, with
#    Who / When / Done when under each task (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b19_mistlebury_prebirth_checklist_varga.md",
    "split": "heldout",
    "template": "prebirth-markdown-task-checklist-phases-who-when-done-when-md",
    "description": (
        "Exemplary pre-birth CP plan (father on methadone after a heroin lapse; mother's EUPD and "
        "self-harm history; 4-year-old sister) written as a markdown task checklist in three phases "
        "with Who / When / Done when under each task: perinatal team asked to assess change, drug "
        "service and GP owning actions, grandmother's support covered in a specific contingency, core "
        "group and review dates, legal planning before the birth."
    ),
    "text": """\
# Pre-birth child protection plan – Baby Varga-Kell and Lacey Varga

Mistlebury City Council · Children and Families · Pre-birth and Infants Team
ICPC: 10/06/2025 · Category: neglect (risk of) · SW: Hollie Brandt · Chair: Simon Akande (IRO)
Baby due: 19/08/2025 · Lacey Varga, born 30/03/2021 (4) · Mum: Chloe Varga (22) · Dad: Jordan Kell (25)

> I've written the plan as a checklist so Chloe and Jordan can tick things off with me at
> visits. [ ] = still to do, [x] = done. Every item says who is doing it, by when, and how
> we will all know it is done. – Hollie

## Why there is a plan

Jordan has used heroin on and off since he was 17. He has been on a methadone script
with Mistlebury Drug and Alcohol Service (MDAS) since 2023, but tested positive for heroin
in January 2025 and his methadone was found on the kitchen worktop within Lacey's reach
in February. Chloe has a diagnosis of emotionally unstable personality disorder and
self-harmed twice in 2024; she was under the crisis team in October. Lacey was on a child
in need plan last year because of missed health appointments. If Jordan relapsed or
Chloe became very distressed after the birth, a new baby could be left unfed or handled
unsafely, could swallow methadone, and Lacey could be frightened or left to fend for herself.

## Lacey's words, and what we see

Lacey told me at nursery on 3 June that the baby is "in Mummy's tummy and it's a girl
(maybe)". She wants to "help push the pram" and says the baby can have her old teddy.
When I asked what makes her happy she said "Nanny Tina's and the park". When I asked what
makes her sad she said "when Mummy cries in the bedroom". At home Lacey chats and plays
happily and goes to Jordan for cuddles. Nursery say she is well cared for, but on Mondays
she is often tired and hungry.

## What we want for the baby and Lacey

- The baby is fed, kept warm and settled by a sober, well adult day and night, sleeps
  safely on her back in her own Moses basket, and gains weight along her centile.
- Lacey and the baby never come across methadone, needles or any other drugs at home.
- Lacey goes to nursery four days a week, is not frightened at home, and knows she can
  tell Nanny Tina or her nursery key person if she is worried.

## Checklist 1 – before the baby is born (now to 36 weeks)

- [x] **Refer Chloe to Mistlebury Perinatal Mental Health Team**
  Who: Dr Kamal Reddy (GP) · When: by 13/06/2025 · Done when: acceptance letter on file
  (received 12/06/2025)
- [ ] **See Chloe, agree her crisis plan for late pregnancy and after the birth, and assess
  whether she can keep herself safe and meet the baby's and Lacey's needs**
  Who: Ruth Oduya, perinatal mental health nurse, with Dr Alex Finch · When: every 2 weeks;
  written assessment by 25/07/2025 · Done when: assessment of Chloe's capacity to change,
  her early warning signs and the likely timescale shared with the core group by 25/07/2025
- [ ] **Supervised methadone and urine tests for Jordan, and a written view on whether he
  can stay off heroin once the baby is here**
  Who: Tom Keane, MDAS recovery worker · When: tests weekly; written update before each
  core group · Done when: test results and update on file, every test clear of heroin
- [ ] **Keep methadone in a locked box out of Lacey's reach, and show it to the SW**
  Who: Jordan · When: box in place by 27/06/2025, checked at every SW visit · Done when:
  SW visit notes record the methadone locked away each time
- [ ] **Visit Chloe, Jordan and Lacey at home and see Lacey on her own**
  Who: Hollie Brandt (SW) · When: every 2 weeks until the birth, then weekly ·
  Done when: visit notes show Lacey seen on her own at least every other visit
- [ ] **Antenatal contact on safe sleep, feeding and coping with crying**
  Who: Sian Marsh (HV) · When: by 18/07/2025 (34 weeks) · Done when: safe sleep checklist
  signed by Chloe and Jordan and the Moses basket seen set up
- [ ] **Birth and discharge plan, including who looks after Lacey during the birth**
  Who: Jo Pennock, safeguarding midwife · When: by 29/07/2025 (36 weeks) · Done when: signed
  plan on the maternity record, copied to the SW and the emergency duty team
- [ ] **Tell the SW how Lacey is and what she talks about at nursery**
  Who: Kerry Lowe, Lacey's key person, Little Wrens Nursery · When: every Friday ·
  Done when: weekly email to the SW with Lacey's attendance, at least 4 days a week

## Checklist 2 – in hospital

- [ ] **Have Lacey at her house while Chloe is in hospital and take her to nursery**
  Who: Tina Varga (maternal grandmother) · When: from the start of labour until Chloe is
  home · Done when: SW rings Tina daily and the nursery register shows Lacey in
- [ ] **Observe and write down how Chloe and Jordan feed, handle and settle the baby**
  Who: Sister Amy Doyle, Ward 3, Mistlebury Maternity Unit · When: every shift until
  discharge · Done when: observation record copied to the SW before the discharge meeting
- [ ] **Discharge planning meeting on the ward**
  Who: Hollie Brandt (SW) · When: before the baby leaves hospital · Done when: discharge
  checklist signed by the ward, Chloe, Jordan and the SW

## Checklist 3 – the first 8 weeks at home

- [ ] **Stay overnight and help with night feeds**
  Who: Tina Varga (maternal grandmother) · When: every night for the first 14 nights home ·
  Done when: night-feed chart on the fridge, checked by the HV and SW at each visit
- [ ] **New birth visit, then weigh the baby and check feeding and sleep**
  Who: Sian Marsh (HV) · When: new birth visit on day 10–14, then weekly until 8 weeks ·
  Done when: weight plotted in the red book and not dropping across a centile line
- [ ] **Review Chloe after the birth, update her crisis plan with the baby in it, and
  assess whether she is keeping up the changes the baby needs**
  Who: Ruth Oduya, perinatal mental health nurse · When: within 7 days of the birth ·
  Done when: updated crisis plan and a written view on Chloe's progress shared with the
  SW, HV and Tina
- [ ] **Six-week check for the baby and Chloe's postnatal check, with a letter to the SW**
  Who: Dr Kamal Reddy (GP) · When: at 6–8 weeks · Done when: both checks recorded and a
  letter on any worries sent to the SW

## If things go wrong

- If Jordan tests positive for heroin, is seen under the influence, or methadone is found
  out of the locked box, Jordan will leave the house that day and stay with his brother,
  Dean Kell, and the SW will visit the same day.
- If Chloe self-harms or the perinatal team see early warning signs, Ruth Oduya will ring
  the SW the same day; the baby and Lacey will stay with Tina, and a strategy discussion
  will be held that day.
- If Tina cannot have the children or cannot stay overnight (for example if she is ill),
  the baby and Lacey will be placed together with Mistlebury foster carers the same day.
- In any of these, the SW will request a legal planning meeting within 5 working days.

## Meetings

- Core group: every 3 weeks – 24/06/2025, 15/07/2025 and 05/08/2025, then within 10
  working days of the birth.
- Review child protection conference: 09/09/2025, 10am, Mistlebury Civic Centre.

## If things are not changing

If the perinatal assessment says Chloe cannot make the changes needed in the baby's
timescale, or Jordan has any heroin-positive test before 36 weeks, the team manager will
request a legal planning meeting before the birth so that pre-proceedings (PLO) can start.
""",
    "findings": [],
})
