"""Batch 46, module 2: seven fictional plans (tuning material), places beginning with "p".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: who does what, written the many ways teams write it: a name with a
role, initials defined in an attendee list, agency names, Mum / Dad / Nan as
owners, "we" in a letter where "we" is the social work team, joint owners
("SW and HV jointly"), one owner over a group of actions, the owner in
brackets at the end of a sentence, passives with a named agent. The faulty
plans mix these with actions that really have no owner ("A referral will be
made", a blank owner cell) or only a collective one ("Core group", "Family",
"Professionals").
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Letter to parents after an ICPC from the social work team: "we" is
#    defined as the SW and her manager; "Liam, you will"; other people named
#    with their role; a passive with its agent. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_pelvardine_letter_we_means_sw_team_kowalczyk.docx",
    "doc_title": "Letter after conference - Maja and Oskar",
    "split": "tune",
    "template": "icpc-letter-to-parents-docx-we-defined-as-social-work-team-then-the-plan-in-three-voices-what-we-will-do-what-we-are-asking-you-to-do-what-other-people-have-agreed",
    "description": (
        "Exemplary letter to a mother and father after the initial conference for a 7-year-old and a "
        "14-month-old (neglect; father's drinking on the mornings he has the children). The letter says "
        "that 'we' means the social worker and her team manager, and sets out the plan as what we will "
        "do, what Joanna and Liam are asked to do ('Liam, you will ...') and what others have agreed "
        "(named people with their roles, Babcia Halina, and a passive with its agent). Every commitment "
        "has an owner, a timescale and something that can be checked; the alcohol service reports on "
        "change; the grandmother's mornings have a fallback; meetings, review date and legal step set."
    ),
    "blocks": [
        ("pr", "Pelvardine Borough Council"),
        ("pr", "Children's Social Work – Riverside Team 3"),
        ("pr", "Anchor House, 4 Quayside, Pelvardine"),
        ("pr", "Telephone 01632 960 418"),
        ("pr", "18 July 2025"),
        ("p", ""),
        ("pl", "Ms Joanna Kowalczyk and Mr Liam Ferris"),
        ("pl", "27 Copperbeech Walk"),
        ("pl", "Pelvardine"),
        ("p", ""),
        ("p", "Dear Joanna and Liam,"),
        ("boldp", "Maja and Oskar – the child protection plan agreed on 15 July 2025"),
        ("p", "Thank you both for coming to the initial child protection conference on Tuesday, and for "
              "being so honest about how the mornings have been. As I promised, this letter sets out what was "
              "decided and what happens next. Please keep it somewhere safe and bring it to the core group "
              "meetings."),
        ("p", "A word about \"we\". In this letter \"we\" always means the social work team at Riverside: me, "
              "Ruth Okonedo, your social worker, and my team manager, Dan Whitcombe. When we mean anybody "
              "else – you, Babcia Halina, the school, the health visitor – we have used their name."),
        ("boldp", "What the conference decided"),
        ("p", "The conference decided that Maja (7) and Oskar (14 months) should each have a child protection "
              "plan, under the category of neglect. Everyone at the meeting, including the two of you, agreed "
              "that the worry is the mornings. Joanna starts at the bakery at 5am and Liam has been looking "
              "after the children until school. On 12 June a neighbour found Oskar in the front garden at "
              "7.15am in a soaking nappy while Liam was asleep after drinking the night before, and Maja has "
              "been late for school 19 times since Easter. Liam told the conference that he has been drinking "
              "most nights, mostly vodka, since he lost his job in February."),
        ("p", "There is a lot that is good. Both children are loved, Oskar is growing well, Joanna has already "
              "asked her manager about later shifts, and Liam went to see his GP the week before conference "
              "and asked for help with his drinking."),
        ("boldp", "What Maja told me, and what we see of Oskar"),
        ("p", "I saw Maja on her own at school on 9 July. She told me: \"When Daddy is sleepy in the morning I "
              "get Oskar his milk and I put the telly on for him. Then I'm late and Mrs Greer asks why.\" She "
              "said the best mornings are when Babcia comes \"because she does pancakes and we walk to school "
              "and sing\". She would like Daddy \"to be awake and not grumpy\"."),
        ("p", "Oskar is walking and says \"mama\" and \"Ma\" for Maja. When I visited he toddled straight to "
              "the front door each time it opened, and he settled quickly on Joanna's knee with his bottle. "
              "His cot is in your room and his nappy area was sore on my visit on 2 July."),
        ("boldp", "What we all want for Maja and Oskar"),
        ("bullets", [
            "Every morning Maja and Oskar are looked after by an adult who is awake, sober and up before "
            "them.",
            "Maja gets to school by 8.45am every day and no longer gets Oskar's milk or changes his nappy.",
            "Oskar is fed, changed and kept safe indoors, and his nappy rash has cleared.",
            "The children live in a home with a stair gate fitted and floors clear enough for Oskar to play "
            "safely.",
        ]),
        ("boldp", "The plan"),
        ("boldp", "What we will do"),
        ("p", "We will visit you at home every two weeks, with at least one visit a month unannounced before "
              "8.30am, and at every visit we will see Maja on her own and write down what she tells us in our "
              "visit record."),
        ("p", "We will book a family group conference with the Pelvardine FGC Service by 1 August 2025, so "
              "that your family can plan the mornings together, and the family's written plan will be sent to "
              "you and to everyone in the core group."),
        ("boldp", "What we are asking you to do"),
        ("p", "Liam, you will go to the Pelvardine Alcohol Recovery Team for your first appointment on 24 July "
              "and then to key-work every week, and the team will send us your attendance and test results at "
              "the end of each month."),
        ("p", "Liam, you will not drink at all on the evenings before you have the children, and you will blow "
              "into the home breathalyser at 7am every weekday and text the photo of the reading to Joanna and "
              "to me."),
        ("p", "Joanna, you will fit the stair gate and clear the back bedroom floor by 8 August, and we will "
              "look at both on our first visit after that date."),
        ("p", "Joanna, you will take Oskar to his overdue one-year check at Fenwick Road Clinic on 30 July, "
              "where the health visitor will write his weight and development in his red book."),
        ("boldp", "What other people have agreed to do"),
        ("p", "Emma Nash, Liam's recovery worker at the Pelvardine Alcohol Recovery Team, will see Liam every "
              "week with a breath test each time, and will write a short report before each core group on "
              "whether his drinking is changing and what that means for the mornings."),
        ("p", "Dr Sunita Patel at Fenwick Road Surgery will see Liam by 31 July for liver blood tests and to talk "
              "about a safe, supervised detox, and will write to Emma and to us with the results."),
        ("p", "Claire Ambrose, your health visitor, will visit every three weeks to weigh Oskar and check his "
              "nappy area, writing what she finds in his red book and emailing us after each visit."),
        ("p", "Mrs Greer, Maja's class teacher and the designated safeguarding lead at St Bride's Primary, will "
              "check in with Maja every Monday morning and email us Maja's attendance and late marks every "
              "Friday."),
        ("p", "Babcia Halina has agreed to come to the house at 7am every Monday, Wednesday and Friday to give "
              "the children breakfast and walk Maja to school, and she will tick each of those mornings on the "
              "calendar on your kitchen wall."),
        ("p", "A place for Oskar at Little Acorns Nursery on Tuesday and Thursday mornings will be arranged by "
              "Claire, the health visitor, by 29 August, and the nursery will send us his attendance at the "
              "end of each month."),
        ("boldp", "If things go wrong"),
        ("p", "If Liam has been drinking, smells of alcohol or misses a 7am breath test on a morning when he has "
              "the children, Joanna will ring Babcia Halina to come straight round, and Liam will not be left "
              "on his own with Maja and Oskar. We will visit the same day and hold a strategy discussion. "
              "If Babcia Halina is ill or away on one of her mornings, Joanna will work the late shift that day "
              "(her manager at Crumbs Bakery has agreed), and if she cannot, we will arrange a breakfast club "
              "place for Maja and an early nursery session for Oskar that morning. If there is no sober adult "
              "to look after the children, they will stay with Babcia Halina, and if she cannot have them, "
              "with approved foster carers that night."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at St Bride's Primary at 9.30am: on 5 August, "
              "2 September and 30 September 2025. The review child protection conference will be on "
              "14 October 2025 at 10am at Pelvardine Civic Centre."),
        ("p", "If Liam's breath tests are still showing alcohol, or Maja is still late more than twice a week, "
              "by the core group on 2 September, Dan Whitcombe will hold a legal planning meeting to decide "
              "whether the pre-proceedings process (PLO) should start."),
        ("p", "I know this is a lot to take in. Please ring me on the number above if anything is not clear."),
        ("p", "Yours sincerely,"),
        ("p", "Ruth Okonedo"),
        ("pl", "Social Worker, Riverside Team 3"),
        ("pl", "Countersigned: Dan Whitcombe, Team Manager"),
        ("pl", "cc: Mrs Greer (St Bride's Primary); Claire Ambrose (HV); Emma Nash (Pelvardine Alcohol "
               "Recovery Team); Dr Sunita Patel (GP)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes with an attendee list in initials and an action log
#    whose owner column is headed "Over to" (md). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_purrowfield_cg_minutes_over_to_log_price.md",
    "split": "tune",
    "template": "core-group-minutes-md-attendee-initials-table-mum-nan-dad-listed-then-numbered-minute-items-then-action-log-no-action-over-to-due-evidence-its-done",
    "description": (
        "Second core group for a 10-year-old and a 3-year-old (mother's low mood, ex-partner's abuse, "
        "children late and hungry). Attendees are listed with initials, and the action log's owner column "
        "is headed 'Over to': initials, 'SB and AR jointly', 'Nan (CM)', 'Dad (RP)', 'DP (Mum)' and an "
        "agency are real owners. Faults: a referral with no owner ('–'), a row owned by 'Core group', "
        "'ASAP', 'Ongoing' and 'When a place becomes available', engagement as a measure, talking "
        "therapy that only treats Mum, and a contingency that sends the children to Nan with nothing "
        "said about Nan being unable to have them."
    ),
    "text": """\
# Purrowfield City Council – Children's Services

## Core Group Meeting 2 – Jayden and Skye Price

**Plan:** Child protection (category: neglect), from the initial conference on 24 July 2025
**Date and place:** Thursday 21 August 2025, 1.30pm–3pm, Purrowfield Family Hub, Room 2
**Chair and minutes:** Shona Begg (SB), social worker

### Who came

| Initials | Name | Who they are |
|---|---|---|
| SB | Shona Begg | Social worker, Purrowfield Children's Services (chair) |
| KD | Kerry Dunne | Family Support Worker, Purrowfield Family Hub |
| AR | Anita Rao | Health visitor, Purrowfield 0–19 Service |
| TH | Tom Healey | Deputy head and DSL, Larkrise Primary |
| DP | Danielle Price | Mum |
| CM | Carol Moss | Nan (Danielle's mum) |
| RP | Ryan Price | Dad (lives in Hollins Green; joined by phone for items 1–3) |

Apologies: Dr Farah Hanif, GP, Orchard Row Surgery (update emailed 20/08/2025); Bluebell
Pre-school (attendance figures sent).

### 1. Last time

SB went through the log from core group 1. The safety plan with the DA service was done
on 1 August and Danielle has a copy. The home visits have happened every fortnight. KD's
sessions started a week late because of the bank holiday. Skye's 3-year review has not
happened yet because the first appointment letter went to the old address.

### 2. How things are at home

DP said the mornings are "better on Nan days" and harder on the others. She is sleeping
badly and some days does not get dressed until the afternoon; she has not been back to
the GP since June. Lee Walsh has not been to the house since the non-molestation order
was made on 18 July, but Danielle thinks she saw his car on Gorse Lane on 14 August and
told SB the same day.

CM has picked the children up every Tuesday and Thursday and had them overnight on the
last four Fridays. She said she is happy to carry on but she has a hospital appointment
for her knee in September.

TH: Jayden's attendance this summer term was 88%, with 14 late marks, most on Mondays
and Wednesdays. He has asked for toast at breakfast club on most days he comes in.
Bluebell report Skye was collected late three times in July.

AR has not yet seen Skye for her review. On a joint drop-in with SB on 12 August Skye
was in a clean nappy, had a dummy in all the time and was using about ten words.

RP said he wants to do more and has asked about the Dads Matter course.

### 3. What Jayden and Skye are telling us

Jayden (seen on his own by SB at school on 15 August): "On Nan days we have proper tea.
When Mum's in bed I do Skye's cereal." He said he worries that "Lee will come back" and
that he keeps his phone charged "just in case". He would like to go to football on a
Saturday with his dad.

Skye was seen at home and at pre-school. She runs to Carol at pick-up, points at what she
wants rather than asking, and gets upset and hides under the table when voices are raised.

### 4. What we are working towards (from the conference plan)

- Jayden and Skye are got up, fed and taken to school and pre-school on time every day by an adult.
- Jayden no longer has to make Skye's breakfast or look after her.
- Skye's speech is helped and she is using more words by her next review.
- Both children are safe from Lee Walsh and Jayden says he feels safe at home.

### 5. If things go wrong (agreed again today)

If Lee Walsh comes to the house or contacts Danielle, or the children are found without an
adult up and caring for them, whoever finds out will ring 999 or SB (or the emergency duty
team out of hours). Jayden and Skye will go straight to Nan's flat on Orchard Row and stay
there, and SB will hold a strategy discussion the same day.

### 6. Next meetings

Core group every 4 weeks at Larkrise Primary, 1.30pm: 18/09/2025 and 16/10/2025.
Review child protection conference: 06/11/2025, 10am, Purrowfield Civic Centre.
If the children are still arriving late and hungry, or Lee has been back to the house, by
the core group on 16/10/2025, SB will ask her manager for a legal planning meeting.

### 7. Action log

| No. | Action | Over to | Due | Evidence it's done |
|---|---|---|---|---|
| 2.1 | Home visits, seeing Jayden on his own and Skye at home, with one visit a month unannounced before 8.30am | SB | Every 2 weeks | Visit records with Jayden's words written down |
| 2.2 | Joint visit to go through Skye's bedtime, her cot and her dummy use with Danielle | SB and AR jointly | By 05/09/2025 | One joint visit note on both records; bedtime chart on the fridge |
| 2.3 | Weekly home sessions with Danielle on morning routines and getting the children out on time | KD | Weekly for 8 weeks from 26/08/2025 | Danielle's engagement with the sessions |
| 2.4 | Collect Jayden and Skye on Tuesdays and Thursdays and give them their tea at her flat | Nan (CM) | Every Tuesday and Thursday in term | Larkrise and Bluebell collection books signed by Carol |
| 2.5 | Have Jayden and Skye to stay overnight every Friday | Nan (CM) | Every Friday night | Stays written on Carol's calendar and checked by SB at each visit |
| 2.6 | Referral to Purrowfield Young Carers for Jayden | – | By 12/09/2025 | Acceptance letter on the children's file |
| 2.7 | Share any sighting of Lee Walsh near the house, the school or pre-school | Core group | Same day | Each sighting logged on the children's file with the time |
| 2.8 | Book and go to a GP appointment about her low mood and sleep | DP (Mum) | ASAP | GP letter to SB after the appointment |
| 2.9 | Eight sessions of guided self-help CBT for Danielle's low mood | Purrowfield Talking Therapies (referral by Dr Hanif) | First session by 30/09/2025, then weekly | Attendance letters copied to SB |
| 2.10 | Daily check-in with Jayden at morning registration, writing down anything he says about home | TH | Ongoing | DSL log; anything about home emailed to SB the same day |
| 2.11 | Attend the Purrowfield Dads Matter parenting course | Dad (RP) | When a place becomes available | Attendance certificate sent to SB |
| 2.12 | Weigh Skye and complete her 3-year review, including her speech | AR | By 19/09/2025 | ASQ-3 scores and weight sent to SB; red book updated |

*Minutes typed by SB on 22/08/2025 and sent to everyone present, Dr Hanif and Bluebell Pre-school.*
""",
    "findings": [
        F("M002", "Weekly home sessions with Danielle on morning routines"),
        F("W001", "Referral to Purrowfield Young Carers for Jayden"),
        F("W002", "Share any sighting of Lee Walsh near the house"),
        F("T002", "Book and go to a GP appointment about her low mood"),
        F("H001", "Eight sessions of guided self-help CBT for Danielle's low mood"),
        F("T002", "Daily check-in with Jayden at morning registration"),
        F("T002", "Attend the Purrowfield Dads Matter parenting course"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan in agency sections: one lead named over each group of
#    actions, the parents' and grandmother's parts in their own voice (pdf,
#    header and page footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_poltreath_prebirth_lead_over_each_group_trelawny.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Tamsin Trelawny",
    "split": "tune",
    "template": "prebirth-icpc-plan-paged-numbered-sections-babys-world-then-who-will-do-what-h3-per-agency-or-person-with-lead-named-once-over-word-numbered-actions-first-person-for-family",
    "description": (
        "Exemplary pre-birth plan for the baby of a 24-year-old with bipolar disorder (previous "
        "admission; relapse risk after the birth). The actions are grouped under one heading per agency "
        "or person, each naming its lead once ('Perinatal mental health team – lead: Dr Elowen Carne'), "
        "with the items underneath not repeating the owner; Tamsin, Jory and Nan Wenna write theirs in "
        "the first person. Every item has a timescale and a check; the perinatal team assesses capacity "
        "to change and reports on change; the GP owns an action; Wenna's nights have a named fallback; "
        "core group dates, review conference and legal step are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Poltreath Council Children's Services | Pre-birth CP plan",
    "footer": "Baby Trelawny-Hocking – pre-birth plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Tamsin Trelawny, due 2 November 2025 (Poltreath General Hospital)"),
            ("Mother", "Tamsin Trelawny (24), 6 Gull Rock Terrace, Poltreath"),
            ("Father", "Jory Hocking (26), lives with Tamsin; fisherman, away two nights a week"),
            ("Conference", "Initial (pre-birth) child protection conference, 12 August 2025"),
            ("Category", "Neglect (likely future harm)"),
            ("Social worker", "Kit Penrose, Poltreath Children's Services, Family Safeguarding Team West"),
            ("Chair", "Angharad Lowry, Independent Reviewing Officer"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "Tamsin has bipolar affective disorder. In March 2023 she stopped sleeping for four nights, "
              "became convinced that her neighbours were watching her, and was admitted to Carrick Ward for "
              "six weeks. Her medication was changed early in this pregnancy on the advice of the perinatal "
              "team. The first weeks after a birth are the time of highest risk of a relapse, and a relapse "
              "could leave a newborn baby without safe care, or cared for by a mother who is too unwell to "
              "notice when he is hungry, cold or ill."),
        ("h1", "2. What is going well"),
        ("p", "Tamsin asked for the pre-birth assessment herself. She has been to every antenatal and every "
              "perinatal appointment since May, she knows her early warning signs, and she and Jory have "
              "written them on the fridge. Jory has arranged to be ashore for the first six weeks after the "
              "birth. Tamsin's mum, Wenna, lives two streets away and has offered to stay."),
        ("h1", "3. The baby's world"),
        ("p", "The baby is a boy, growing well on every scan. The flat is warm and tidy; the Moses basket is "
              "set up beside Tamsin and Jory's bed and there is a changing mat on the floor of the bedroom. "
              "Tamsin talks to the bump when he kicks after her evening meal and Jory reads to him. Nobody "
              "smokes in the flat. What will matter most to the baby is sleep: Tamsin's sleep is what keeps "
              "her well, and the nights are when he will need her most."),
        ("h1", "4. What we want for the baby"),
        ("bullets", [
            "The baby is fed, changed and settled by a well adult every night and every day.",
            "The baby is never left alone with Tamsin if she is showing signs of becoming unwell, and any "
            "relapse is spotted and treated before it affects his care.",
            "The baby is weighed regularly after the birth and keeps growing along his centile.",
            "The baby sleeps on his back in his Moses basket for every sleep.",
        ]),
        ("h1", "5. Who will do what"),
        ("p", "Each part below names the person who leads it. Everything listed under a heading is that "
              "person's job."),
        ("h3", "Social work – lead: Kit Penrose, social worker"),
        ("numbers", [
            "Visit Tamsin and Jory at home every two weeks before the birth and every week for the first "
            "eight weeks after it, one visit a month unannounced; each visit record notes where the baby "
            "sleeps and how many hours Tamsin has slept.",
            "Chair a pre-birth planning meeting with the maternity ward and the perinatal team by "
            "19 September 2025 (34 weeks) and send the written discharge plan to everyone in the core group "
            "within two working days of it.",
        ]),
        ("h3", "Community midwifery – lead: Morwenna Pascoe, specialist safeguarding midwife"),
        ("numbers", [
            "At every antenatal appointment from now until the birth, ask Tamsin about her sleep and mood and "
            "record it on the maternity record, with a copy to the social worker after each appointment.",
            "Write the maternity safeguarding alert and birth plan, including a side room and a stay of at "
            "least 72 hours after the birth, by 5 October 2025 (36 weeks), and email it to the social worker "
            "and the perinatal team.",
        ]),
        ("h3", "Perinatal mental health team – lead: Dr Elowen Carne, consultant perinatal psychiatrist, "
               "with Sam Jelbert, community psychiatric nurse"),
        ("numbers", [
            "Write an assessment of the risk of Tamsin relapsing after the birth, her capacity to spot her "
            "early warning signs and act on them, and how long any recovery would be likely to take, by "
            "19 September 2025, and present it at the pre-birth planning meeting.",
            "See Tamsin every two weeks until the birth and every week for the first twelve weeks after it, "
            "and send a written report before each core group on whether she is keeping to her relapse "
            "prevention plan, what has changed, and what that means for the baby's care.",
        ]),
        ("h3", "GP – lead: Dr Ahmed Rashid, Harbour Street Surgery"),
        ("numbers", [
            "From 1 October 2025, prescribe Tamsin's medication in 14-day amounts and tell the perinatal team "
            "and the social worker on the same day if a prescription is not collected; the pharmacy's "
            "collection record is brought to each core group.",
        ]),
        ("h3", "Health visiting – lead: Bryony Tonkin, health visitor, Poltreath 0–19 Service"),
        ("numbers", [
            "Do an antenatal visit at 32 weeks (by 7 September 2025) on safe sleep, feeding and how the night "
            "feeds will be shared, and record it on the child health record with a copy to the social worker.",
            "Visit every week for the first six weeks after the birth, weigh the baby at each visit and write "
            "his weight, feeds and where he slept in the red book.",
        ]),
        ("h3", "Tamsin (in her own words)"),
        ("numbers", [
            "I will take my medication every night and fill in my sleep diary every morning, and I will take "
            "the diary to every perinatal appointment so that Sam can read it.",
            "If I sleep less than four hours two nights running, or my thoughts start racing, I will ring Sam "
            "or the crisis line that same day and tell Jory and Mum, and the call will be written on the "
            "perinatal team's record.",
        ]),
        ("h3", "Jory (in his own words)"),
        ("numbers", [
            "I will do the 2am feed every night for the first six weeks so that Tamsin gets at least six hours' "
            "sleep, and I will fill in the feed chart that Bryony gives us.",
            "I will finish the six-week Poltreath Baby Steps group for dads by 12 October 2025, and the "
            "facilitator will send my attendance sheet to Kit.",
        ]),
        ("h3", "Wenna Trelawny, Tamsin's mum (in her own words)"),
        ("numbers", [
            "I will stay at the flat for the first 14 nights after the baby comes home and do the night feeds "
            "on the nights Jory is at sea, and I will sign the feed chart each of those nights.",
            "After that I will stay every Monday, Wednesday and Friday night until the review conference, and "
            "sign the feed chart each night I am there.",
        ]),
        ("h1", "6. If things go wrong"),
        ("p", "If Tamsin sleeps less than four hours on two nights running, stops or misses her medication, or "
              "anyone sees her early warning signs (racing thoughts, not eating, saying that the baby or the "
              "flat is in danger), the person who sees it will ring the perinatal team, or the crisis team "
              "out of hours, and the social worker the same day. The perinatal team will assess Tamsin within "
              "24 hours. Until then the baby will not be left alone with Tamsin and will be cared for by Jory "
              "or Wenna, and the social worker will hold a strategy discussion the same day."),
        ("p", "If Wenna is ill or cannot stay, Jory's sister Demelza Hocking will do those nights (she has "
              "agreed and was at the conference). If neither Wenna nor Demelza can be there on a night Jory is "
              "at sea, Jory will stay ashore, and if he cannot, Kit will arrange for Tamsin and the baby to go "
              "to the Tamar Mother and Baby Unit or, if no bed is free, for the baby to stay with approved "
              "foster carers under section 20 until a family carer is back."),
        ("h1", "7. Meetings and review"),
        ("bullets", [
            "Core group every four weeks at Harbour Street Surgery, 2pm: 25 August, 22 September and "
            "20 October 2025, and within 10 working days of the birth.",
            "Review child protection conference: 1 December 2025, 10am, Poltreath Guildhall.",
            "If Tamsin stops her medication before the birth, or the perinatal team's assessment says the "
            "baby cannot be kept safe even with the family's help, Kit will ask the team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("p", "Plan typed by Kit Penrose on 13 August 2025 and agreed with Tamsin and Jory on 14 August 2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's narrative plan typed as plain text: owners in brackets
#    at the end of sentences, passives with and without agents, SW and HV
#    jointly (txt). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_prestrigg_narrative_owner_in_brackets_marsh.txt",
    "split": "tune",
    "template": "icpc-plan-narrative-txt-caps-headings-then-the-plan-paragraphs-by-theme-one-commitment-per-sentence-owner-as-agent-of-passive-or-in-brackets-at-sentence-end",
    "description": (
        "A social worker's narrative plan after an initial conference for an 8-year-old and a 4-year-old "
        "(neglect; mother's low mood, father's cannabis use). The plan is one sentence per commitment in "
        "themed paragraphs: owners appear as the agent of a passive ('will be made by the GP'), in "
        "brackets at the end ('(Mum)', '(Nan - Sheila Marsh)') or as 'the SW and HV jointly'. Faults: a "
        "referral and budgeting support with no owner at all, home conditions 'checked' by nobody, the "
        "HV to 'keep an eye on' Ella with no timescale, Dad's assessment 'when he feels ready', a "
        "contingency that only says the core group will discuss, and no review conference date."
    ),
    "text": """\
PRESTRIGG COUNCIL
CHILDREN AND YOUNG PEOPLE'S SERVICE - FIELDWORK TEAM 2

CHILD PROTECTION PLAN

Children:      Rhys Marsh (8), Prestrigg Juniors, Year 4
               Ella Marsh (4), Sandpiper Nursery (starts Reception in September 2026)
Mother:        Jade Marsh (27), 41 Winch Street, Prestrigg
Father:        Connor Hale (29), lives with a friend on the Brookfield estate
Maternal nan:  Sheila Marsh, 3 Tannery Row, Prestrigg
Conference:    Initial child protection conference, 21 August 2025
Category:      Neglect
Social worker: Lorna Quigley


WHY WE ARE WORRIED

Since the spring the house on Winch Street has gone downhill: on three visits in July
there was no food in the fridge, dog mess on the kitchen floor and the children's
mattresses were wet. Rhys's attendance last year was 84% and he has been sent home with
head lice four times. Ella has missed two hearing appointments and her speech is hard to
understand. Jade told the conference she has felt "flat and tired all the time" since
her dad died at Christmas and that some days she cannot face getting up. Connor smokes
cannabis every day; he sees the children most weekends and has twice brought them back
late at night smelling of it.


WHAT IS GOING WELL

Jade was open with the conference and said she wants help. Both children are warm and
affectionate with her. Sheila already picks Ella up on two afternoons. Rhys loves
football and has been picked for the school team.


WHAT RHYS AND ELLA SAY

Rhys (seen on his own at school, 14 August): "Sometimes there's no breakfast so I just
have the biscuits. Mum's always in bed when I get home." He said his bed "smells of wee
because Ella gets in it". He wants "a proper bedroom like Kai's" and for his dad "not to
smell funny". On a scale where 10 is really happy at home, he said 5.

Ella was seen at nursery and at home. She points and pulls adults to what she wants.
Nursery say she eats two breakfasts when she arrives on a Monday. At home she played
happily with her dolls and climbed onto Jade's knee when the SW asked about bedtime.


WHAT WE WANT FOR RHYS AND ELLA

- Rhys and Ella have breakfast and tea every day and a clean, dry bed every night.
- Rhys gets to school every day, on time and free of head lice.
- Ella's hearing is checked and she gets help with her speech before she starts school.
- The children are never looked after by anyone who has been using cannabis.


THE PLAN

Seeing the children. Lorna Quigley, social worker, will visit every two weeks, seeing
Rhys and Ella on their own at each visit and writing down what they say on the visit
record. The SW and HV jointly will visit by 12 September 2025 to go through Ella's
bedtime and the state of both bedrooms, and will write one joint visit note. Home
conditions will be checked at each visit and photographed for the file.

Health. Ella's two missed hearing appointments will be rebooked and she will be taken to
them by 30 September 2025, and the audiology letter will be kept in her red book (Mum).
The health visitor, Gail Penney, will keep an eye on Ella's weight and development.

School and nursery. Rhys's attendance will be checked every week by Mr Tunde Adeyemi,
attendance officer at Prestrigg Juniors, who will email the figures to the SW each
Friday. Ella will be collected from nursery every Monday and Wednesday and given her tea
at Nan's, and the nursery will sign her out in their collection book (Nan - Sheila
Marsh). A referral will be made to Prestrigg Young Carers for Rhys.

Mum's health and the house. A referral to the Prestrigg Community Mental Health Team will
be made by the GP, Dr Imran Sethi, by 19 September 2025, and the CMHT's acceptance letter
will be copied to the SW. Jade will go to her GP appointment on 4 September 2025 about her
low mood, and Dr Sethi will write to the SW afterwards. Support with budgeting and a food
bank voucher will be offered to Jade by the end of September.

Dad. Connor will go to the Prestrigg Drug and Alcohol Service for an assessment of his
cannabis use when he feels ready, and the service will send the assessment outcome to
the SW.


CONTINGENCY

If things do not improve or there are further concerns about the children, the core
group will meet to discuss what should happen next.


CORE GROUP AND REVIEW

The core group will meet every four weeks at Prestrigg Juniors; the first meeting is on
11 September 2025 at 9.30am. The review conference date is to be confirmed.

If Rhys's attendance is still below 90%, or the children are still going without food,
by the third core group, Lorna will ask her manager for a legal planning meeting.


Lorna Quigley, Social Worker, 22/08/2025
Copies: Jade Marsh; Connor Hale; Sheila Marsh; Prestrigg Juniors; Sandpiper Nursery;
Gail Penney (HV); Dr Imran Sethi (GP)
""",
    "findings": [
        F("W001", "Home conditions will be checked at each visit"),
        F("T001", "will keep an eye on Ella's weight and development"),
        F("M002", "will keep an eye on Ella's weight and development"),
        F("W001", "A referral will be made to Prestrigg Young Carers for Rhys"),
        F("T001", "A referral will be made to Prestrigg Young Carers for Rhys"),
        F("M001", "A referral will be made to Prestrigg Young Carers for Rhys"),
        F("W001", "Support with budgeting and a food bank voucher"),
        F("M001", "Support with budgeting and a food bank voucher"),
        F("T002", "for an assessment of his cannabis use when he feels ready"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan on a page with an action table whose owner column is headed
#    "Who's carrying it": joint owners, Mum, Nan, an agency with a named
#    worker (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_pudderham_whos_carrying_it_table_lyle.md",
    "split": "tune",
    "template": "icpc-plan-on-a-page-md-at-a-glance-dates-table-then-what-has-to-happen-whos-carrying-it-start-finish-what-well-see-table-joint-and-family-owners-then-plan-b",
    "description": (
        "Exemplary initial plan for a 9-year-old and a 3-year-old (mother drinking heavily since an "
        "ex-partner's abuse; non-molestation order). The action table's owner column is headed "
        "\"Who's carrying it\" and holds a named SW, 'SW and HV jointly', 'Mum (Gemma)', 'Nan (Maureen "
        "Lyle)', the police unit, a nursery keyworker and the recovery service's named worker. Every row "
        "has a timescale and something that can be seen; the alcohol service reports on change and the "
        "GP owns a row; Plan B covers Nan being unable, names a second relative and foster care; meeting "
        "dates and a legal step are set."
    ),
    "text": """\
# Tyler and Poppy Lyle – Child Protection Plan

Pudderham Metropolitan Borough Council · Children's Social Care · Safeguarding Team South
Initial child protection conference held 28 August 2025 · Category: emotional abuse

## At a glance

| | |
|---|---|
| Children | Tyler Lyle (9), Larkspur Primary; Poppy Lyle (3), Ladybird Nursery |
| Living with | Gemma Lyle (Mum), 15 Fennel Court, Pudderham |
| Nan | Maureen Lyle (Gemma's mum), 2 Mill Close, ten minutes' walk away |
| Lead social worker | Priya Shah |
| First core group | 11 September 2025 |
| Review conference | 20 November 2025, 10am, Pudderham Town Hall |

## What has been happening

Gemma's ex-partner, Dean Corbett, was violent to her for three years. The last incident,
on 30 June, happened in the kitchen while Tyler was in the doorway; Tyler rang 999. Dean
was arrested and a non-molestation order was made on 11 July. Since then Gemma has been
drinking heavily in the evenings: on 2 August a neighbour found Poppy crying on the landing
at 10pm while Gemma was asleep on the sofa, and Tyler told his teacher he had "put Poppy to
bed because Mum was poorly from wine". Gemma told conference she drinks "to stop thinking
about him" and asked for help. She has already self-referred to the Pudderham Recovery
Partnership and has been seen once.

## Tyler's words, Poppy's days

Tyler (seen on his own at school on 20 August): "It's quieter now Dean's gone but Mum is
sad and she drinks wine and falls asleep. I do Poppy's teeth." He said he jumps "when a
car door goes" outside. He likes going to Nan's "because she does a roast and doesn't
shout". He would like to "go back to Cubs" and "not have to do Poppy".

Poppy is not yet speaking in sentences. At nursery she plays happily with the sand and
runs to her keyworker, but cries and covers her ears when the dinner trolley bangs. At
home she follows Tyler everywhere and goes to him, not Gemma, when she falls over.

## Where we want to get to

- Tyler and Poppy are looked after every evening by an adult who is sober, until they are both asleep.
- Tyler stops putting Poppy to bed and goes back to Cubs on Tuesdays.
- Tyler and Poppy live free from Dean's abuse, and Tyler knows what to do and who to ring if Dean comes.
- Poppy's speech gets the help it needs and she is using short sentences by the review.

## The plan

| # | What has to happen | Who's carrying it | Start → finish | What we'll see |
|---|---|---|---|---|
| 1 | Visit at home, see Tyler on his own and Poppy at bedtime; at least one visit a month after 7pm | Priya Shah, social worker | Every 2 weeks from 4 September 2025 until the review | Visit notes with Tyler's words, where Poppy slept and whether Gemma was sober |
| 2 | Joint visit to go through Poppy's speech, her bedtime routine and her sleep space with Gemma | SW and HV jointly (Priya Shah and Laura Kemp, health visitor) | By 26 September 2025, then every 6 weeks | One joint note on both records; Poppy's bedtime chart agreed and on the fridge |
| 3 | Key-work with Gemma on her drinking, with a breath test each session; a written report before every core group on whether her drinking is changing and what that means for the children's evenings | Pudderham Recovery Partnership – Amir Qureshi, recovery worker | Weekly from 3 September 2025; report before each core group | Breath test results and Amir's report read at every core group |
| 4 | Go to key-work and to the Wednesday women's recovery group, and not drink on any evening the children are at home | Mum (Gemma) | Every Wednesday, and every evening, from 3 September 2025 | PRP attendance register sent to Priya monthly; breath test results as in row 3 |
| 5 | Liver function tests, and a talk with Gemma about a community detox | Dr Fiona Hale, GP, Pudderham Health Centre | By 3 October 2025 | Results and the GP's letter sent to Amir and Priya |
| 6 | Collect Tyler and Poppy on Tuesdays and Thursdays and give them tea at hers, so Gemma can go to group and Tyler can go to Cubs | Nan (Maureen Lyle) | Every Tuesday and Thursday, term time | Larkspur and Ladybird collection books signed by Maureen; Cubs register shows Tyler there |
| 7 | Review the safety plan with Gemma and Tyler: what Tyler does and who he rings if Dean comes; repeat the DASH checklist | Sarah Finch, IDVA, Pudderham DA Service | By 19 September 2025, then every 6 weeks | Safety plan signed by Gemma; Tyler's card seen in his bag by Priya; DASH score sent to Priya |
| 8 | Flag the address; treat any call from it as urgent and tell the SW of any call-out or breach of the order | Pudderham Police Public Protection Unit (DS Neil Rowe) | Every call-out; SW told by the next working day | Police notifications on the children's file |
| 9 | Check in with Tyler every Monday and write down how his weekend was | Mrs Grace Okoye, DSL, Larkspur Primary | Every Monday in term | DSL log; anything about home emailed to Priya the same day |
| 10 | Keep Poppy's three nursery mornings and record how she arrives (fed, clean, on time) and who brings her | Jess Moon, keyworker, Ladybird Nursery | Monday, Wednesday and Friday mornings | Arrival sheet emailed to Priya every Friday |
| 11 | Refer Poppy for a speech and language assessment | Laura Kemp, health visitor | By 19 September 2025 | SALT acceptance letter on file; assessment report shared with the core group |

## Plan B

If Gemma has been drinking while she has the children (she smells of alcohol, is slurring,
or has a positive breath test), or Dean comes to the house or contacts her, Tyler will ring
Nan or 999 as he has practised, and Nan will come and take Tyler and Poppy to Mill Close.
Priya, or the emergency duty team out of hours, will hold a strategy discussion the same day.

If Nan cannot come or cannot have the children, Gemma's sister Kelly Lyle on Ferry Lane will
collect them. If neither Nan nor Kelly can, Tyler and Poppy will stay together with approved
foster carers that night. If Nan cannot do a Tuesday or Thursday pick-up, Larkspur's after-school
club will keep Tyler until 5.30pm and Gemma will miss group that week to collect Poppy herself.

## Meetings

- Core group every 4 weeks at Larkspur Primary, 3.45pm: 11 September, 9 October and 6 November 2025.
- Review child protection conference: 20 November 2025, 10am, Pudderham Town Hall.
- If Gemma's breath tests are still positive, or Dean has been back to the house, by the core group on 6 November 2025, Priya's team manager will hold a legal planning meeting.

*Typed by Priya Shah, 29 August 2025. Copies to Gemma, Maureen and everyone named in the plan.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan, landscape table: a worry merged down its rows, then Step |
#    "Named contact (agency)" | Target | Evidence (docx). Faulty.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_pickwellan_named_contact_column_bryant.docx",
    "doc_title": "Child Protection Plan - Harley and Mia Bryant",
    "split": "tune",
    "template": "rcpc-plan-docx-landscape-worry-merged-down-then-step-agreed-named-contact-agency-target-evidence-well-look-for-table",
    "description": (
        "Plan revised at a first review conference for a 6-year-old and an 18-month-old (neglect: Mia's "
        "weight, home conditions; mother's depression). The owner column is headed 'Named contact "
        "(agency)' and mostly holds a name with a role or agency, 'Mum and Dad', 'Nan (Pauline)' or 'SW "
        "and HV jointly'. Faults: the dietitian referral has no named contact, one row is owned by "
        "'Family' with no evidence, another by 'Professionals', the house clearing is 'Ongoing', the "
        "family support measure is 'Improvement', the CMHT only supports Stacey, one outcome is "
        "Stacey's, and nothing says legal planning follows if things do not change."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – revised at review conference"),
        ("p", "Pickwellan Borough Council · Children's Services · Northside Safeguarding Team"),
        ("table", {
            "widths": [5.0, 7.85, 5.0, 7.85],
            "bold_first_col": True,
            "rows": [
                ["Children", "Harley Bryant (6), Pickwellan Primary, Year 2; Mia Bryant (18 months)",
                 "Parents", "Stacey Bryant and Wayne Bryant, 8 Holly Mount, Pickwellan"],
                ["Review conference", "16 September 2025 (initial conference 17 June 2025)",
                 "Category", "Neglect – plan continues"],
                ["Social worker", "Daniel Reeve", "Chair", "Marion Tait, IRO"],
            ],
        }),
        ("h1", "Since the last conference"),
        ("p", "Some things are better. Harley's attendance is up from 81% to 93% since he started going to "
              "breakfast club, and Wayne has fixed the front door lock. But Mia has dropped from the 25th to "
              "the 9th centile since March, and on the last two unannounced visits the kitchen had rotting "
              "food on the worktops and the children's bedroom window was still boarded. Stacey has had "
              "depression since Harley was born; she is under the Pickwellan CMHT and told conference that "
              "she spends most mornings in bed. Wayne works long shifts at the depot and does most of the "
              "care in the evenings. Wayne's mum, Pauline, has helped more since June."),
        ("h1", "How Harley and Mia are"),
        ("p", "Harley (seen on his own at school on 9 September) said: \"Breakfast club is the best bit. At "
              "home Mum is tired so I watch YouTube till Dad comes.\" He said he would like \"a proper bed with "
              "a Spider-Man cover\" and to \"go to Nanna Pauline's more\". When asked what worries him, he said "
              "\"Mia cries a lot at dinner\"."),
        ("p", "Mia is walking and babbling. At the health visitor's clinic she ate a whole banana and a "
              "yoghurt and reached for more. At home she was in the same vest on two visits a week apart, "
              "and she sat in her cot for the whole of one visit with nothing to play with."),
        ("h1", "What we want to see by the next review"),
        ("bullets", [
            "Mia eats three meals and two snacks a day and her weight is back on or above the 25th centile.",
            "Harley gets to school on time every day, having had breakfast.",
            "Both children sleep in a clean, dry, warm bedroom with a working window.",
            "Stacey feels better in herself and is able to get up in the mornings.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Worry", "Step agreed", "Named contact (agency)", "Target", "Evidence we'll look for"],
            "widths": [4.2, 7.0, 5.0, 3.6, 5.9],
            "rows": [
                ["Mia is not putting on weight",
                 "Weigh Mia and go through her meals, snacks and milk with Stacey and Wayne",
                 "Nadia Farouk, health visitor (Pickwellan 0–19 Service)", "Fortnightly",
                 "Weight plotted in the red book; back on the 25th centile by the next review"],
                [V, "Referral to the paediatric dietitian about Mia's weight and eating",
                 "", "By 30/09/2025",
                 "Dietitian's appointment letter on the children's file"],
                [V, "Keep a food diary of everything Mia eats and drinks each day",
                 "Mum and Dad", "Every day",
                 "Food diary read by the health visitor at each visit"],
                ["The house is not clean or safe for the children",
                 "Clear the kitchen worktops and the children's bedroom and get the boarded window replaced",
                 "Dad (Wayne)", "Ongoing",
                 "SW checks the kitchen and bedroom at each visit; photos on file"],
                [V, "Weekly sessions at home with Stacey and Wayne on cleaning, laundry and a daily routine",
                 "Kerry Dunne, Family Support Worker (Pickwellan Family Hub)", "Weekly for 10 weeks from 22/09/2025",
                 "Improvement in home conditions"],
                [V, "Help Stacey and Wayne keep on top of the washing and the kitchen at weekends",
                 "Family", "Every weekend", ""],
                [V, "Joint visit to check Mia's cot, bedding and where Harley sleeps",
                 "SW and HV jointly (Daniel Reeve and Nadia Farouk)", "By 26/09/2025",
                 "One joint visit note on file; cot seen made up with clean bedding"],
                ["Stacey's depression means she struggles to get up and look after Mia",
                 "Care co-ordination and home visits to support Stacey with her mood and her medication",
                 "Jo Farrer, care co-ordinator (Pickwellan CMHT)", "Every 2 weeks",
                 "Contacts recorded on the CMHT record and dates sent to the SW monthly"],
                [V, "Take Mia to Little Wrens Nursery three mornings a week so she has breakfast and play while "
                    "Stacey rests",
                 "Nan (Pauline)", "Monday, Wednesday and Friday mornings",
                 "Little Wrens attendance register sent to the SW every Friday"],
                [V, "Share any worry about the children's care with the social worker",
                 "Professionals", "Same day",
                 "Each worry logged on the children's file"],
                ["Harley is hungry and was missing school",
                 "See Harley at breakfast club every morning and record whether he has eaten and is clean",
                 "Mr Paul Okafor, DSL (Pickwellan Primary)", "Every school day",
                 "Breakfast club log; weekly email to the SW with attendance and any worries"],
                [V, "Visit at home, seeing Harley on his own and Mia awake, with one visit a month unannounced",
                 "Daniel Reeve, social worker (Pickwellan Children's Services)", "Every 2 weeks",
                 "Visit records with Harley's words and what Mia ate that day"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If Mia's weight falls below the 2nd centile, either child is found without an adult awake and "
              "caring for them, or Harley arrives at school hungry on three days in one week, Daniel (or the "
              "emergency duty team) will hold a strategy discussion the same day. The children will stay with "
              "Pauline while a safety plan is agreed, and if Pauline cannot have them they will be placed with "
              "approved foster carers that night under section 20."),
        ("p", "If Pauline is ill or cannot take Mia to nursery, Wayne will take her before work, and if neither "
              "can, Daniel will book a Family Hub taxi for Mia that morning. If the family's weekend help stops, "
              "Kerry Dunne will add a Saturday morning session at the house from the following week."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every four weeks at Pickwellan Primary at 1pm: 30 September, "
              "28 October and 25 November 2025. The next review child protection conference is on "
              "9 December 2025 at 2pm at Pickwellan Civic Offices."),
        ("p", "Plan agreed at conference on 16/09/2025; typed by Daniel Reeve, SW, 17/09/2025."),
    ],
    "findings": [
        F("F002", "Stacey feels better in herself and is able to get up in the mornings."),
        F("W001", "Referral to the paediatric dietitian about Mia's weight and eating"),
        F("T002", "Clear the kitchen worktops and the children's bedroom"),
        F("M002", "Weekly sessions at home with Stacey and Wayne on cleaning"),
        F("W002", "Help Stacey and Wayne keep on top of the washing"),
        F("M001", "Help Stacey and Wayne keep on top of the washing"),
        F("H001", "Care co-ordination and home visits to support Stacey"),
        F("W002", "Share any worry about the children's care with the social worker"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes typed in plain text: initials key, numbered items,
#    ACTION lines inside each item with the owner in brackets at the end
#    (initials, "RH and LT jointly", "Mum", "Nan"). Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b46_pannowby_minutes_action_lines_initials_rowntree.txt",
    "split": "tune",
    "template": "core-group-minutes-txt-caps-header-present-initials-key-numbered-items-with-action-colon-lines-owner-initials-in-brackets-at-end-then-outcomes-contingency-dates",
    "description": (
        "Exemplary third core group minutes for a 6-month-old (mother's epilepsy with missed medication "
        "and seizures while caring for him; father's abuse of the mother, now moved out). The attendee "
        "key gives initials, and each ACTION line inside a numbered item ends with its owner in brackets: "
        "initials, 'RH and LT jointly', 'Mum - KR', 'Nan - DB', 'Dad - JB', the GP. Every action has a "
        "timescale and a check; the epilepsy nurse and the GP own actions; Denise's supervised contact "
        "has a fallback; core group dates, review conference and legal step are set."
    ),
    "text": """\
PANNOWBY COUNCIL  -  CHILDREN AND FAMILIES SERVICE
CORE GROUP MEETING 3  -  ARCHIE BARKER  (DOB 02/03/2025, 6 MONTHS)

Plan:     Child protection, category neglect (ICPC 19/06/2025)
Date:     Thursday 04/09/2025, 10.00 - 11.20
Venue:    Pannowby Children's Centre, Meeting Room 1
Chair:    Rachel Hume (RH)
Minutes:  Owen Pike, business support

PRESENT (initials used in these minutes)
  RH   Rachel Hume ........... Social Worker, Pannowby CFS
  LT   Liz Thorne ............ Health Visitor, Pannowby 0-19 Team
  MS   Mariam Sayed .......... Epilepsy Nurse Specialist, Pannowby General Hospital
  CW   Chris Walsh ........... IDVA, Pannowby Domestic Abuse Service
  KR   Kayleigh Rowntree ..... Mum
  DB   Denise Barker ......... Archie's nan (Josh's mum)
  JB   Josh Barker ........... Dad (by phone, items 1 to 4)

APOLOGIES
  Dr Owen Lacey, GP, Sefton Road Surgery (update emailed 03/09/2025)

------------------------------------------------------------------------

1. ACTIONS FROM CORE GROUP 2 (07/08/2025)
   All eight actions done. The only one late was the joint visit, which
   happened on 22/08 instead of 15/08 because LT was on leave.

2. HOW ARCHIE IS DOING  (LT, RH)
   LT weighed Archie on 28/08: 7.4kg, on the 50th centile. He is rolling
   both ways and has started on mashed carrot and baby rice. KR has the
   changing mat on the floor downstairs and has bathed him only when DB
   or a friend was in the house. RH saw Archie on 22/08 and 01/09; he
   was clean, happy and in a clean cot both times.

   ACTION: Weigh Archie at home every two weeks and check his development,
   writing his weight and milestones in the red book and emailing RH after
   each visit. (LT)

   ACTION: Joint home visit by 18/09/2025 to check the stair gate is fitted
   and go through Archie's weaning and bath routine with Kayleigh, with one
   joint visit note on both records. (RH and LT jointly)

3. KAYLEIGH'S EPILEPSY  (MS; GP update read out)
   KR has had one seizure since the last meeting (26/08, evening, on her
   own in the kitchen while Archie was asleep upstairs). She had missed two
   doses the day before. MS has increased her medication. Dr Lacey's email
   confirms weekly dispensing started on 01/09.

   ACTION: See Kayleigh in the epilepsy clinic by 25/09/2025 to review the
   new dose, and send a letter to Dr Lacey and RH on her seizure control
   and on what it means for her caring for Archie on her own. (MS)

   ACTION: Dispense Kayleigh's medication weekly and tell RH and MS the same
   day if a week's supply is not collected; the pharmacy record will be read
   out at each core group. (GP - Dr Owen Lacey)

   ACTION: Take every dose on the phone alarm, fill in the seizure diary
   every day, and change and bathe Archie on the floor mat only when
   another adult is in the house; the diary goes to every clinic and
   every home visit. (Mum - KR)

4. JOSH AND CONTACT  (CW, DB, JB)
   The non-molestation order runs to 10/07/2026. JB has kept to it. He has
   been to 6 of 6 Choices sessions. Saturday contact at DB's house has gone
   well; DB has written up every visit in the contact book.

   ACTION: Supervise Josh's time with Archie at her house every Saturday
   from 10am to 1pm, staying in the room throughout, and sign the contact
   book each week. (Nan - DB)

   ACTION: Keep going to the Pannowby Choices programme every Thursday
   evening until it ends on 11/12/2025, with the facilitator's attendance
   sheet sent to RH each month. (Dad - JB)

   ACTION: Review Kayleigh's safety plan with her by 19/09/2025 and repeat
   the DASH checklist, sending RH the updated plan and the score. (CW)

5. ARCHIE'S DAY
   LT and RH described Archie's day as Kayleigh tells it and as they have
   seen it: up at 6.30 for a bottle, a nap in his cot at 10, lunch in his
   bouncer while Kayleigh eats, a walk to the park in the afternoon and bed
   at 7pm after his bath with DB. He smiles and kicks when Kayleigh sings,
   settles quickly in her arms, and watches the door for DB on Saturdays.
   On 26/08 he slept through the seizure and was found calm in his cot.

6. OUTCOMES (no change from conference)
   - Archie is fed, changed and bathed safely every day by an adult who is
     well enough to care for him.
   - Archie keeps growing along his centile and reaches his milestones.
   - Archie lives free from the abuse that happened between his parents.

7. CONTINGENCY (reviewed, no change)
   If Kayleigh has a seizure while she is alone with Archie, misses two
   doses in a week, or Josh comes to the flat against the order, Kayleigh
   or whoever knows will ring RH (or the emergency duty team out of hours)
   the same day; RH will hold a strategy discussion that day, and Archie
   will stay with DB until it has been decided how he can be cared for
   safely at home.
   If DB cannot supervise on a Saturday, contact does not happen with
   anyone else in the family: RH will book supervised contact at Pannowby
   Family Centre within 7 days. If DB cannot have Archie in an emergency,
   he will stay with Kayleigh's aunt, Tina Rowntree, and if neither can,
   with approved foster carers that night.

8. NEXT MEETINGS
   Core group every 4 weeks, 10am, Pannowby Children's Centre:
   02/10/2025 and 30/10/2025.
   Review child protection conference: 13/11/2025, 1.30pm, Pannowby
   Town Hall.
   If Kayleigh has another seizure while alone with Archie, or misses her
   medication again, before the core group on 02/10/2025, RH will ask the
   team manager for a legal planning meeting within 5 working days.

Minutes agreed by RH 05/09/2025 and sent to all present and to Dr Lacey.
""",
    "findings": [],
})
