"""Batch 26, module 3: seven fictional files (tuning material), all exemplary.

Every plan here is written as a minute or a record of a meeting (core group
minutes, a family network meeting, an email after a core group, review
conference minutes, a core group record form, a joint perinatal planning
meeting) whose agreed actions are the plan, with plenty of material around
them that is not an action. All seven are meant to get no findings.

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group minutes: agenda items with "Action:" lines under each
#    agency's update, attendance table giving the initials (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tallowmere_core_group_minutes_action_lines_kerrigan.docx",
    "doc_title": "Core group minutes - Kayden Kerrigan - 30/06/2025",
    "split": "tune",
    "template": "core-group-minutes-agenda-items-inline-action-lines-under-each-agency-update-initials-attendance-table",
    "description": (
        "Exemplary second core group minutes for a 6-year-old (neglect; mother's drinking): attendance "
        "table with initials, agenda items with agency updates, what Kayden said, and an 'Action:' line "
        "under each update giving initials, timescale and evidence; alcohol service and GP own actions, "
        "grandmother's pick-ups covered in a specific contingency, core group and review dates, legal "
        "planning trigger."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Tallowmere Borough Council | Children's Services | Safeguarding and Family Support Team (West)"),
        ("kv", [
            ("Child", "Kayden Kerrigan, born 14/02/2019 (6 years), Year 1, Holmbrook Infant School"),
            ("Address", "17 Weaver's Row, Tallowmere"),
            ("Plan", "Child protection plan, category neglect, from the initial conference on 12/05/2025"),
            ("Meeting", "Core group 2 – Monday 30/06/2025, 3.30pm to 5.00pm, family room, Holmbrook Infant School"),
            ("Chair", "Kelly Marsh (social worker)"),
            ("Minutes", "Jo Lacey (business support)"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Initials", "Role / agency"],
            "widths": [4.5, 2.0, 10.5],
            "rows": [
                ["Kelly Marsh", "KM", "Social worker, Tallowmere Children's Services (chair)"],
                ["Stacey Kerrigan", "SK", "Kayden's mum"],
                ["Linda Kerrigan", "LK", "Kayden's maternal grandmother (\"Nanna\")"],
                ["Priya Ghosh", "PG", "Designated safeguarding lead, Holmbrook Infant School"],
                ["Owen Tranter", "OT", "School nurse, Tallowmere Community Health"],
                ["Dana Phillips", "DP", "Recovery worker, Clearwater Recovery Service (adult drug and alcohol service)"],
                ["Ben Adair", "BA", "Family support worker, Tallowmere Family Hub"],
            ],
        }),
        ("p", "Apologies: Dr Farah Nadeem, GP, Larkfield Surgery – written update sent and read out under "
              "item 4. Kayden's father, Ryan Doyle, has parental responsibility but has had no contact with "
              "Kayden since 2021; KM wrote to him on 02/06/2025 with a copy of the plan and he has not replied."),
        ("h2", "1. Welcome"),
        ("p", "KM welcomed everyone and reminded the group that these minutes go to everyone here and to the "
              "conference chair. Stacey said she was nervous but \"a lot less than last time\". The group agreed "
              "to finish by 5pm because Linda has to leave then."),
        ("h2", "2. Actions from core group 1 (02/06/2025)"),
        ("p", "KM went through the action list from 02/06/2025. All of the actions were done apart from "
              "Kayden's dental check: the surgery cancelled on 16/06/2025 and it has been rebooked for "
              "07/07/2025 at 9am at Bridge Street Dental. Stacey signed her written safety agreement on "
              "03/06/2025 and a copy is on the fridge."),
        ("h2", "3. What Kayden has told us"),
        ("p", "KM saw Kayden on his own in the school library on 24/06/2025. He drew his house and put himself, "
              "Mummy, Nanna and \"Biscuit\" (Nanna's dog) in it. He said \"Mummy isn't drinking the wine now, she "
              "has the fizzy water with the lemon in\" and \"I like it when Nanna picks me up because we go past "
              "the ducks\". When KM asked what worries him he said \"when Mummy goes to bed in the daytime\", and "
              "that this had happened \"one time, not lots\". He gave home 8 out of 10 on the smiley-face scale. "
              "He said he would like his own bed \"with the dinosaur cover\", because at the moment he sleeps "
              "in Mummy's bed."),
        ("p", "PG said Kayden told his teacher last Friday that \"Nanna does my reading with me now\", and he was "
              "proud to get a sticker for his reading record."),
        ("p", "Action: KM to see Kayden on his own at school or at home every 2 weeks (next visit by "
              "11/07/2025); KM's visit records will show he was seen alone and what he said, in his own words."),
        ("h2", "4. Updates"),
        ("boldp", "School – PG"),
        ("p", "Kayden's attendance since 02/06/2025 is 100% (it was 84% in the spring term). He was on time on "
              "17 of 20 days; the three late days were all Mondays. He has come in having had breakfast, or with "
              "a breakfast bag from Nanna, on every day but one, and his uniform has been clean. His class "
              "teacher says he is much more settled after lunch and is joining in at carpet time."),
        ("p", "Action: PG to email KM Kayden's attendance and late marks every Friday, and to ring KM the same "
              "day if Kayden arrives hungry or unwashed or is not collected by 3.30pm; the Friday emails and "
              "any same-day calls will be logged on Kayden's file."),
        ("boldp", "Clearwater Recovery Service – DP"),
        ("p", "Stacey has been to 4 of her 5 key-work sessions since the conference; she missed one on 12/06/2025 "
              "and rang to rebook it. Breath tests at the last three sessions were clear. The test on 05/06/2025 "
              "showed a low reading, and Stacey told DP straight away that she had drunk two cans the night "
              "before while Kayden was at Nanna's. She started the Foundations group on 17/06/2025. DP said it "
              "is early days: Stacey is motivated and honest, but weekends and the evenings after Kayden's "
              "bedtime are still her riskiest times."),
        ("p", "Action: DP to see Stacey weekly with a breath test at each session, and to send KM a written "
              "update before each core group (first by 25/07/2025) saying whether Stacey is drinking and how "
              "any drinking is affecting her care of Kayden."),
        ("boldp", "Mum – SK"),
        ("p", "Stacey said she has not had a drink since 05/06/2025. The hardest time is \"Friday nights when "
              "Kayden's at my mum's and the house is quiet\", and she has started going to her cousin "
              "Michelle's on Fridays instead of staying in. She wants Kayden to have his own room back and said "
              "she is \"sick of being the mum who's late\". She asked whether the plan could end at the review; "
              "KM said that will depend on the next six weeks and on what Kayden tells us."),
        ("p", "Action: SK to take Kayden to his rebooked dental check on 07/07/2025 at 9am and give the "
              "dentist's treatment slip to PG the same day; PG will copy the slip to KM for Kayden's file."),
        ("p", "Action: SK to keep to her signed safety agreement every day from today (30/06/2025), with no "
              "alcohol in the house and no drinking on any day she is caring for Kayden; clear breath tests "
              "at Clearwater and KM's unannounced home visits will show this."),
        ("boldp", "GP – written update from Dr Nadeem (read out by KM)"),
        ("p", "Dr Nadeem saw Stacey on 19/06/2025. Her blood pressure has come down; her liver function tests "
              "in May were mildly raised and she has been prescribed thiamine. Dr Nadeem agreed the action "
              "below by email on 27/06/2025 (the email is on file)."),
        ("p", "Action: Dr Nadeem (GP) to repeat Stacey's liver function tests by 31/07/2025 and write to KM by "
              "08/08/2025 with the results and her view of whether Stacey's drinking is affecting her care of "
              "Kayden; the letter will be on Kayden's file before the review conference."),
        ("boldp", "School nursing – OT"),
        ("p", "OT weighed and measured Kayden at school on 23/06/2025: 20.1 kg and 116 cm, which puts his weight "
              "on the 25th centile (it was on the 9th in May). His hair was clear of nits. Stacey said Kayden "
              "still wets the bed most nights, and Kayden told OT he \"doesn't like the wet pyjamas\". Stacey is "
              "happy for OT to refer him to the enuresis clinic."),
        ("p", "Action: OT to weigh and measure Kayden at school every 4 weeks (next on 21/07/2025) and email the "
              "figures to KM; his weight should stay on or above the 25th centile on his growth chart."),
        ("p", "Action: OT to refer Kayden to the Tallowmere enuresis clinic by 07/07/2025 and send SK and KM the "
              "appointment date; the referral and the appointment letter will be on Kayden's file."),
        ("boldp", "Family support – BA"),
        ("p", "BA has done 3 of the 6 bedtime and morning routine sessions. The bedtime chart on the fridge shows "
              "Kayden in bed by 7.30pm on 11 of the last 14 nights. BA has found a single bed through the "
              "Tallowmere Furniture Scheme, which is being delivered on 04/07/2025, and Kayden has already "
              "chosen a dinosaur duvet cover."),
        ("p", "Action: BA to complete the last three bedtime and morning routine sessions with Stacey and "
              "Kayden at home by 25/07/2025; the bedtime chart will show Kayden in bed by 7.30pm on at least 5 "
              "nights each week."),
        ("p", "Action: BA to put Kayden's new bed together with Stacey at home on 04/07/2025; at KM's next home "
              "visit the bed will be made up in Kayden's room and Kayden will tell KM where he has been sleeping."),
        ("boldp", "Nanna – LK"),
        ("p", "Linda has collected Kayden every Monday, Tuesday and Wednesday since the conference and has had "
              "him from Friday teatime to Saturday teatime each week. She said it is working and \"he's a "
              "pleasure\". She has a hospital appointment for her knee on 14/07/2025; PG has already booked "
              "Kayden a place at the school's after-school club that afternoon, and Stacey is happy with this."),
        ("p", "Action: LK to collect Kayden from school at 3.15pm every Monday, Tuesday and Wednesday and to "
              "have him at her house from Friday teatime to Saturday teatime each week; the school's collection "
              "book and LK's weekend diary will show every day covered."),
        ("h2", "5. What is going well and what we are still worried about"),
        ("bullets", [
            "Going well: Kayden is in school every day, better fed and in bed earlier, and he is telling us "
            "he feels happier at home.",
            "Going well: Stacey was honest about the one time she drank and has kept going to Clearwater.",
            "Still worried: it is less than four weeks since Stacey last drank, and she relapsed after a good "
            "spell in the autumn of 2024.",
            "Still worried: Kayden still sleeps in Stacey's bed and wets the bed most nights, and at six he "
            "cannot keep himself safe if Stacey drinks again.",
        ]),
        ("h2", "6. What we want for Kayden (outcomes from the plan, unchanged)"),
        ("bullets", [
            "Kayden gets to school every day, on time, having had breakfast.",
            "Kayden is always cared for by a sober adult, at home and at Nanna's, day and night.",
            "Kayden sleeps in his own bed, in a clean room, by 7.30pm on school nights.",
            "Kayden's health needs are met: his teeth are checked and treated, he keeps growing along his "
            "centile, and he gets help with his night-time wetting.",
            "Kayden can tell his teacher or Nanna if he is worried about Mummy, and knows they will act.",
        ]),
        ("h2", "7. Contingency (re-agreed today)"),
        ("p", "If Stacey is found to have been drinking while she is caring for Kayden – a breath test showing "
              "alcohol on a day she has him, or school, Linda, a neighbour or any professional finding her "
              "drunk – that person will ring KM at once, or the emergency duty team (01632 960 771) after 5pm. "
              "Kayden will go to Linda's house that day, and KM or the emergency duty team will hold a strategy "
              "discussion the same day."),
        ("p", "If Linda cannot have Kayden or cannot do her school pick-ups – for example if she is in hospital "
              "or unwell – Kayden will stay with Stacey's cousin, Michelle Dunne, who was checked and agreed at "
              "the conference. If neither Linda nor Michelle can care for him, KM will arrange a foster "
              "placement for Kayden that day. On any school day that Linda cannot collect him, PG will keep "
              "Kayden at after-school club until Michelle collects him, and KM will visit the house that "
              "evening."),
        ("h2", "8. Next meetings and legal planning"),
        ("bullets", [
            "Next core group: Monday 28/07/2025, 3.30pm, Holmbrook Infant School. The core group will then "
            "meet every 4 weeks.",
            "Review child protection conference: Monday 11/08/2025, 10am, Committee Room 2, Tallowmere Town Hall.",
            "If by the review conference Stacey has had another breath test showing alcohol, has stopped going "
            "to Clearwater, or Kayden has been late or hungry at school on 3 or more days in a fortnight, KM "
            "will ask her team manager, Andrea Cole, for a legal planning meeting to be held within 10 working "
            "days.",
        ]),
        ("p", "Minutes checked by KM on 01/07/2025 and sent to everyone present, Dr Nadeem and the conference chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family network meeting notes: information sharing, the children's
#    words, family time, then the family's numbered decisions and the
#    professionals' part with "We'll know because" (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tresscombe_family_network_meeting_notes_osei.md",
    "split": "tune",
    "template": "family-network-meeting-notes-md-parts-one-to-four-family-decisions-then-professionals-part-numbered-well-know-because",
    "description": (
        "Exemplary family network meeting notes for two children (9 and 4; father's drinking and domestic "
        "abuse): who came, bottom lines, Amara's letter and Kofi's play, then numbered family and "
        "professional decisions each with owner, timescale and 'We'll know because'; alcohol service owns "
        "an action, every relative's part has a named fallback, same-day strategy discussion, legal "
        "planning trigger, core group and review dates."
    ),
    "text": """\
# Family Network Meeting – Notes

**Tresscombe Council · Family Group Conference Service**

**Children:** Amara Osei (9, Year 4 at St Bride's Primary) and Kofi Osei (4, Little Stars Nursery)
**Meeting:** Thursday 5 June 2025, 5.30pm to 8.20pm, Riverside Community Centre, Tresscombe
**Coordinator:** Helen Varga (independent family group conference coordinator)
**Social worker:** Daniel Rowe, Tresscombe Children's Social Care
**Why we met:** the initial child protection conference on 20 May 2025 (category: emotional abuse) asked for a family network meeting

These notes were written up by Helen from the flipchart sheets and checked with
Abena and Grace on 6 June. The family's plan in Part 3 was accepted by Daniel for
Children's Social Care at the end of the meeting and is now part of Amara and
Kofi's child protection plan. Everyone who came has a copy, and Daniel has sent
it to the core group.

---

## Who came

- Abena Osei – Mum
- Grace Boateng – Nana Grace (Abena's mum)
- Esi Boateng – Auntie Esi (Abena's sister)
- Kwame Osei – Uncle Kwame (Marcus's brother)
- Marcus Osei – Dad. Marcus joined by video call from Kwame's house for Part 1
  and Part 4 only, as Abena asked; he and Abena were not in the same room.
- Precious Lungu – Amara's advocate, Tresscombe Children's Advocacy
- Daniel Rowe – social worker (Parts 1 and 4)
- Helen Varga – coordinator

Pastor Ofori was invited but could not come; he sent a message wishing the family well.

## Part 1 – Sharing information

Helen went through the ground rules (one person talks at a time, no shouting,
anyone can ask for a break) and explained that the family would have time on
their own to make their plan.

**Daniel explained why the children have a child protection plan.** On 13 April
2025 Marcus came home drunk after a party, argued with Abena and pushed her into
the hallway door, which broke. Amara rang 999 from her bedroom; Kofi was asleep.
The police have been called to the family home three times since January, and
each time Marcus had been drinking. Since 14 April Marcus has lived with Kwame.
He told the conference that he drinks "most weekends, too much", and he has
agreed to see the Harbour Lane Alcohol Service.

**What Children's Social Care needs the family's plan to show (bottom lines):**

- Marcus does not come to the family home or meet Abena in person while the plan is being tested.
- Amara and Kofi only see their dad when he is sober, and only with an adult agreed by Children's Social Care there the whole time.
- Amara is never again the person who has to keep Kofi safe or ring the police.

**What is already going well:** Abena has kept to the bottom lines since April.
Amara's attendance is 97% and her teacher says she is "back to her chatty self".
Kofi has settled at nursery. The family are close, live within a mile of each
other, and all came tonight.

Esi asked whether Marcus could come to Amara's birthday party on 21 June. Daniel
said yes, if the party is at Kwame's house, Kwame is there throughout and Marcus
has not been drinking.

## What Amara and Kofi said

Precious met Amara twice at school and helped her write a letter, which Precious
read out:

> "Dear family. I love my dad but I don't like it when he drinks because he gets
> loud and he broke the door. I was scared when I phoned the police and I don't
> want to be the one who does it again. I want to see Daddy at Uncle Kwame's
> because he has a trampoline and he makes pancakes. I want Nana to pick me up on
> Mondays like she used to. I want Mummy to be happy again. From Amara."

Amara asked Precious to tell the family that she scores home "7 out of 10 now,
it was 2 before".

Kofi is four. At nursery he has been playing "police cars" and "shouting daddy"
in the home corner, and he hides under the table when a door bangs. At Daniel's
visit on 2 June, Kofi showed Daniel his bed, ran to Abena for a cuddle when the
doorbell rang, and asked twice when he would see "Daddy at Kwame's".

## Part 2 – Family time

The family met on their own from 6.40pm to 7.35pm. Helen, Daniel and Precious
were not in the room.

## Part 3 – The family's plan

Grace and Esi presented the plan from the flipchart. The family chose the words.

### What we want for Amara and Kofi

- Amara and Kofi live at home with Mum with no shouting, pushing or breaking things, and Amara never has to ring the police again.
- Amara and Kofi see Daddy every week at Uncle Kwame's, only when he is sober, and come home happy.
- Amara and Kofi always have a grown-up in the family they can go to, and Amara knows who to ring if she is scared.

### What we agreed – the family's part

1. **Nana Grace** will collect Amara from school and Kofi from nursery every
   Monday and Wednesday at 3.15pm and give them their tea at her flat until
   Abena finishes work at 6pm. *We'll know because* the school and nursery
   collection books will show Nana's name on those days.
2. **Uncle Kwame** will supervise every visit between Marcus and the children at
   his house on Saturdays, 10am to 1pm, and will stop the visit and bring the
   children home if Marcus has been drinking. *We'll know because* Kwame will
   fill in the contact sheet Daniel gave him and text Daniel a photo of it by
   8pm every Sunday.
3. **Auntie Esi** will stay at Abena's every Friday night, and will put her
   phone number into Amara's phone before she leaves tonight. *We'll know
   because* Amara will show Daniel the number at his next visit, and the Friday
   stays will be marked on the kitchen calendar that Daniel sees when he visits.
4. **Marcus** will not go to the family home, and will only contact Abena by
   text about the children, starting tonight. *We'll know because* Abena and
   Amara will tell Daniel at each visit whether Marcus has come to the house, and
   there will be no police call-outs to the home.
5. **Marcus** will go to his first appointment at Harbour Lane Alcohol Service on
   12 June 2025 and then see his worker every week. *We'll know because* Harbour
   Lane will confirm each appointment to Daniel in writing.
6. **Abena** will take Kofi to the hearing test he missed in April, now booked
   at Tresscombe Community Paediatrics on 19 June 2025. *We'll know because* the
   clinic letter will go to Daniel and to Kofi's health visitor.

### What the professionals will do

Daniel added these to the family's plan and everyone agreed them. Harbour Lane,
the school and the IDVA service agreed their parts with Daniel by phone before
the meeting.

7. **Daniel Rowe (SW)** will visit Amara and Kofi at home every 2 weeks, with at
   least one unannounced visit each month, and will see Amara on her own each
   time. *We'll know because* Daniel's visit records will show Amara was seen
   alone and what she said.
8. **Sian Pugh, Harbour Lane Alcohol Service,** will assess Marcus by 26 June
   2025 and then send Daniel a written update with his breath test results by
   the last Friday of each month, saying whether Marcus is sober enough for the
   Saturday visits to go ahead. *We'll know because* the assessment and the
   monthly updates will be on the children's file before each core group.
9. **Daniel Rowe (SW)** will refer Marcus to the Choosing Change domestic abuse
   programme by 13 June 2025. *We'll know because* the programme's letter
   accepting the referral will be on the children's file.
10. **Lorna Finch, IDVA, Tresscombe Domestic Abuse Service,** will write a safety
    plan with Abena by 20 June 2025, including what Amara should do if Marcus
    comes to the house. *We'll know because* Abena will have a copy and Lorna
    will send one to Daniel.
11. **Mrs Joy Adeleke, DSL at St Bride's Primary,** will check in with Amara
    every Monday morning and ring Daniel the same day about anything Amara says
    about home. *We'll know because* the check-ins will be recorded on the
    school's safeguarding system and a summary emailed to Daniel every Friday.
12. **Beth Coulter, Kofi's key person at Little Stars Nursery,** will ring Daniel
    the same day if Kofi talks about fighting at home or comes in upset on a
    Monday after seeing his dad. *We'll know because* the nursery's log will be
    emailed to Daniel every Friday.

## Part 4 – If things go wrong, and what happens next

### If someone can't do their part

- **If Nana Grace can't collect** on a Monday or Wednesday (for example if she is
  ill or away), Auntie Esi will collect. If neither of them can, Amara and Kofi
  will stay at St Bride's after-school club until 6pm – Daniel has booked and
  paid for a place on those days from 9 June 2025 – and Abena will collect them.
- **If Uncle Kwame can't supervise** on a Saturday, the visit does not happen that
  day. Marcus will not see the children without Kwame or another adult agreed by
  Daniel. If Kwame cannot supervise for two Saturdays running, Daniel will set up
  visits at the Tresscombe Family Centre, supervised by a family support worker,
  within the same week.
- **If Auntie Esi can't stay** on a Friday, Amara and Kofi will sleep at Nana
  Grace's flat that night.

### If the children are not safe

- If Marcus comes to the family home, turns up to a visit having been drinking,
  or threatens Abena, Abena (or Kwame, if it happens at a visit) will ring 999.
  Amara and Kofi will go to Nana Grace's that night and stay there until Daniel
  has seen them. Daniel, or the emergency duty team out of hours, will hold a
  strategy discussion with the police the same day, and visits with Marcus will
  stop until that strategy discussion has agreed in writing when and where they
  can start again.
- If Abena lets Marcus back into the home, or if the children are hurt or see any
  more violence, Daniel will ask his team manager for a legal planning meeting to
  be held within 5 working days.

### Next meetings

- Core group: every 4 weeks – 19 June, 17 July and 7 August 2025, 4pm at St Bride's Primary.
- Family network review meeting: 10 July 2025, 6pm, at Nana Grace's flat, with Helen.
- Review child protection conference: 14 August 2025, 10am, Tresscombe Civic Offices.

Agreed by: Abena Osei, Grace Boateng, Esi Boateng, Kwame Osei, Marcus Osei (by
video, confirmed by text on 6 June 2025) and Daniel Rowe for Tresscombe
Children's Social Care.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Outlook print: a short reply on top, then the social worker's email
#    after a core group with an initials key and numbered agreed actions
#    (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tunstrell_email_after_core_group_pryce.txt",
    "split": "tune",
    "template": "outlook-print-reply-on-top-then-sw-email-after-core-group-initials-key-updates-childrens-words-numbered-agreed-actions-txt",
    "description": (
        "Exemplary email thread after a core group for a 12-year-old and a 2-year-old (mother's bipolar "
        "disorder): the DSL's reply on top, then the SW's email with an initials key, updates, what the "
        "children said, aims and numbered agreed actions; the community mental health care coordinator "
        "assesses capacity to change, GP owns an action, nan's help has a named fallback, same-day "
        "crisis response, legal planning trigger, core group and review dates."
    ),
    "text": """\
From:     Jen Whitlow <j.whitlow@tunstrellacademy.example>
Sent:     09 July 2025 08:14
To:       Sam Oduya <sam.oduya@tunstrell-council.example>
Subject:  RE: Pryce - core group 08/07 - notes and agreed actions

Morning Sam,

All correct from our side. Ellis's Tuesday check-ins are in my diary and
Mrs Khan (our young carers lead) will be at the first one. Thanks for
getting these out so quickly.

Jen

Jen Whitlow | Designated Safeguarding Lead | Tunstrell Academy

-----Original Message-----
From:     Sam Oduya <sam.oduya@tunstrell-council.example>
Sent:     08 July 2025 17:52
To:       Nicola Pryce; Pauline Pryce; Jen Whitlow; Marta Kowalczyk;
          Lee Fairbairn; Rosa Grant
Cc:       Dr Ade Bankole (Canal Street Surgery); Rhian Tudor (Team
          Manager); CP Conference Team
Subject:  Pryce - core group 08/07 - notes and agreed actions
Attachments: Pryce CP plan v3 (updated 08.07.25).docx

[SECURE]

Hi all,

Thank you for coming to today's core group at Ferngate Family Centre, and
Nicola and Pauline, thank you for making us so welcome. As promised, here
are the notes and the actions we agreed. I have updated the plan
(attached) with the same actions. If I have got anything wrong, please
tell me by Friday 11/07 and I will correct it.

WHO WAS THERE (and the initials I use below)
  SO  Sam Oduya, social worker, Tunstrell Children's Services (me)
  NP  Nicola Pryce, Ellis and Mollie's mum
  PP  Pauline Pryce, Nicola's mum (Ellis and Mollie's nan)
  JW  Jen Whitlow, DSL, Tunstrell Academy
  MK  Marta Kowalczyk, health visitor
  LF  Lee Fairbairn, care coordinator, Tunstrell Community Mental
      Health Team
  RG  Rosa Grant, manager, Little Wrens Nursery
  AB  Dr Ade Bankole, GP, Canal Street Surgery (apologies - sent an
      update by email and agreed his action below by phone on 07/07)

WHY WE ARE HERE - a reminder
Ellis (12) and Mollie (2) have been on child protection plans since the
conference on 28/05/2025 (category: neglect). Nicola has bipolar
disorder. In March she stopped her lithium, became very unwell and was
admitted to Hawthorn Ward for three weeks. For two days before anyone
knew, Ellis was getting Mollie up, feeding her and keeping her off
nursery. Nicola has been home since 10/04/2025, is back on lithium and
says she feels "like myself again".

HOW THINGS HAVE GONE SINCE THE LAST CORE GROUP (10/06)
- Nicola has taken her lithium every evening. Her last blood level
  (24/06) was in range (AB).
- LF has seen Nicola weekly and has seen no early warning signs. Nicola
  is sleeping 7-8 hours a night and has started the Monday walking group.
- Pauline moved back to her own flat on 21/06 and now comes round every
  weekday morning.
- Mollie has been at nursery on all her days (Mon, Wed, Thu) and has
  always been collected on time (RG).
- Ellis has been in school every day but has missed football club on
  Thursdays because he collects Mollie (JW).
- MK saw Mollie at home on 01/07: 12.4 kg (50th centile), chatty, and
  busy with her farm set.

WHAT ELLIS AND MOLLIE HAVE TOLD US
I saw Ellis on his own after school on 02/07. He said "It's better now,
Mum gets up and does breakfast and she laughs again." He still checks
that Mum has taken her tablets "just in case", and counts them in the
pack. He wants to go back to football on Thursdays "but I can't if I've
got to get Mollie". He scored home 7 out of 10 and said it would be a 9
"if I didn't have to be the one who notices". He asked what would happen
if Mum got poorly again and said he wants to know the plan "properly,
not just the grown-ups".

Mollie is two. Rosa says she runs into nursery, settles in minutes and
eats everything at lunch. When I visited on 02/07 she took my hand to
show me her "baby" in its cot, went straight to Nicola when she bumped
her head, and was soothed within a minute.

WHAT WE ARE AIMING FOR (from the plan - no change)
- Ellis and Mollie are always looked after by an adult who is well
  enough to care for them, every day and every night.
- Ellis gets to be a 12-year-old, not Mollie's carer: he goes to school
  and to football and does not have to check Mum's tablets.
- Mollie is fed, clean, gets to nursery and keeps developing as she
  should for her age.
- Ellis knows the plan for if Mum becomes unwell, and who he can tell.

AGREED ACTIONS
 1. SO - visit at home every 2 weeks (at least one visit a month
    unannounced) and see Ellis on his own each time, next visit by
    18/07/2025; my visit records will show Ellis seen alone and what he
    said.
 2. SO - go through a "what happens if Mum becomes unwell" plan with
    Ellis, in his own words, by 25/07/2025; Ellis keeps a copy he has
    signed and one goes on file.
 3. LF - see Nicola at home every week, check her lithium and her sleep,
    and ring me the same day if there are any early warning signs; by
    15/08/2025 write a report on whether Nicola can keep herself well
    enough to care for Ellis and Mollie, what still needs to change and
    how long that is likely to take, shared with the core group before
    the review.
 4. AB - check Nicola's lithium blood level every 4 weeks (next
    22/07/2025) and prescribe 28 days at a time; results sent to LF and
    me each month, so we know her treatment is keeping her well enough
    to care for the children.
 5. NP - take her lithium every evening and tell LF or me the same day
    if she misses a dose or sleeps under 4 hours two nights running, so
    that Ellis no longer has to check; LF and I will check the blister
    pack at each visit.
 6. PP - come to the house at 8am every weekday until the review to
    help get Mollie up, dressed and fed before Ellis leaves for school;
    Pauline ticks the morning chart on the fridge, which MK and I will
    check at visits.
 7. PP - collect Mollie from nursery at 3pm every Thursday from
    10/07/2025 so that Ellis can go to football; the nursery collection
    book and the club register will show it.
 8. JW - check in with Ellis every Tuesday with Mrs Khan (young carers
    lead) and ring me the same day about anything he says about home;
    notes kept on the school's safeguarding system and a summary emailed
    to me every other Friday.
 9. JW - refer Ellis to Tunstrell Young Carers by 18/07/2025; the
    referral and his first session date copied to me.
10. MK - see Mollie at home every 4 weeks (next 29/07/2025) and complete
    her 2-year review with an ASQ-3 by 31/07/2025; weights and ASQ
    scores emailed to me.
11. RG - ring me the same day if Mollie is not collected by 5.30pm or if
    Nicola seems unwell at drop-off or pick-up; the nursery log copied
    to me every Friday.

IF THINGS GO WRONG (re-confirmed today)
- If Nicola misses her lithium for 2 days, sleeps under 4 hours on two
  nights running, or LF sees signs of relapse, LF will ask the crisis
  team to assess her the same day and will ring me. Pauline will move
  back in that day and look after Ellis and Mollie.
- If Pauline can't (she is on the list for a hip operation), Ellis and
  Mollie will stay together with Nicola's friend Carla Dean, who was
  checked before the conference. If neither Pauline nor Carla can have
  them, I will arrange a foster placement for them together that day.
- If Pauline can't do a morning, Carla will come at 8am instead; if
  neither can, Rosa has agreed Mollie can start at 8am in the nursery's
  breakfast club and I will visit the house that morning.
- Ellis must never be left in charge of Mollie. If school, nursery or
  anyone else finds that he has been, they will ring me (or the
  emergency duty team on 01632 960 233 after 5pm) straight away, and I
  will hold a strategy discussion that day.

LEGAL PLANNING
As agreed at conference: if Nicola relapses and the children are left
without a well adult, or LF's report says Nicola is unlikely to stay
well enough to care for them within a timescale that works for Mollie,
I will ask Rhian for a legal planning meeting within 5 working days.

DATES
- Next core group: Tuesday 05/08/2025, 10am, Ferngate Family Centre.
  After that the core group will meet every 4 weeks.
- Review child protection conference: Thursday 21/08/2025, 1.30pm,
  Tunstrell Civic Centre (invitations will come from the conference
  team).

Thanks again, everyone.

Sam

Sam Oduya | Social Worker | Safeguarding Team East
Tunstrell Council Children's Services | 01632 960 418
This email and any attachments are confidential and intended only for
the people named above. If you have received it in error, please tell
the sender and delete it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference minutes: attendance table with initials, the baby's
#    experience, views, agency summaries, analysis and decision, then the
#    plan as a numbered table whose "Who" cells use the initials (pdf,
#    header and page footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tolvanby_rcpc_minutes_initials_plan_table_whitcombe.pdf",
    "doc_title": "Review child protection conference minutes - Harley Whitcombe",
    "split": "tune",
    "template": "rcpc-minutes-attendance-initials-report-column-experience-views-agency-bullets-analysis-decision-then-numbered-plan-table-initials-who-paged",
    "description": (
        "Exemplary review conference minutes for a 10-month-old (neglect; father on methadone after heroin "
        "use) with an OFFICIAL-SENSITIVE header and 'Page N of M' footer: attendance table with initials, "
        "observed lived experience, parents' and grandmother's views, agency summaries, chair's analysis "
        "and decision, then a numbered plan table with initials in the Who column; drug service owns an "
        "action, grandmother's days have a fallback, specific contingency, core group and review dates, "
        "legal planning trigger."
    ),
    "header": "OFFICIAL-SENSITIVE | Tolvanby Council Safeguarding Unit | Ref TOL-CP-25-1186",
    "footer": "Review child protection conference – Harley Whitcombe – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Minutes"),
        ("kv", [
            ("Child", "Harley Whitcombe, born 12/09/2024 (10 months)"),
            ("Address", "4 Larch Close, Tolvanby"),
            ("Conference", "Thursday 17/07/2025, 10.00am to 12.15pm, Room 3, Tolvanby House"),
            ("Previous conference", "Initial child protection conference, 24/04/2025 – category neglect"),
            ("Chair", "Ruth Penrose, Independent Conference Chair"),
            ("Minutes", "Kirsty Allan, Safeguarding Unit"),
        ]),
        ("h2", "Attendance and reports"),
        ("table", {
            "header": ["Name", "Initials", "Role", "Report"],
            "widths": [3.8, 1.8, 7.4, 4.0],
            "rows": [
                ["Ruth Penrose", "RP", "Independent chair", "–"],
                ["Jade Whitcombe", "JW", "Harley's mother", "Spoke at conference"],
                ["Connor Bligh", "CB", "Harley's father", "Spoke at conference"],
                ["Sharon Whitcombe", "SHW", "Harley's maternal grandmother", "Spoke at conference"],
                ["Marek Nowak", "MN", "Social worker, Tolvanby Children's Services", "Written, shared with parents 15/07/2025"],
                ["Amina Yusuf", "AY", "Health visitor, Tolvanby Community Health", "Written"],
                ["Gareth Lyle", "GL", "Recovery coordinator, Tolvanby Drug and Alcohol Partnership (TDAP)", "Written"],
                ["Leanne Frost", "LF", "Harley's key person, Little Oaks Day Nursery", "Verbal"],
                ["Sue Draycott", "SD", "Family support worker, Tolvanby Family Hub", "Written"],
                ["Dr Owen Pike", "OP", "GP, Marsh Lane Medical Practice", "Written (did not attend)"],
            ],
        }),
        ("h2", "1. Purpose of the conference"),
        ("p", "RP explained that the conference would look at what has changed for Harley since April, decide "
              "whether he still needs a child protection plan and, if so, agree the plan. Jade and Connor met RP "
              "before the conference and had read all the reports. Jade's advocate could not come; Jade chose to "
              "go ahead without her."),
        ("h2", "2. Harley's experience"),
        ("p", "Harley is 10 months old and cannot tell us what life is like for him, so the conference "
              "thought about what professionals have seen. MN has seen Harley on six visits since April. On "
              "the last three the flat was warm and clean, a stair gate had been fitted, and Harley was in clean "
              "clothes, crawling on a playmat. On 08/07/2025 MN watched Jade feed him his lunch: he ate well, "
              "reached for her and babbled \"mamama\". LF said Harley arrives at nursery happy, is starting to "
              "pull himself up, and now reaches for his key person for comfort; in April he sat quietly and "
              "did not look for an adult. AY noticed he is more vocal and turns to his name. However, Harley "
              "had nappy rash at his last clinic, and on two Mondays in June he arrived at nursery very hungry "
              "and in the nappy he had been put to bed in."),
        ("h2", "3. Views of Jade, Connor and Sharon"),
        ("p", "Jade said she is proud of the flat and of how Harley is doing at nursery. She finds Monday "
              "mornings hard after the weekend and said \"we're both knackered by Sunday night\". She wants Harley "
              "to come off the plan \"by Christmas\" and said Connor \"is doing everything he's asked\"."),
        ("p", "Connor said he has been on methadone since 2023 and has not used heroin since the one time in "
              "June, after his friend's funeral. He said the locked box was \"the best idea, it's where it "
              "should've been all along\", and he was sorry it had been left open in June."),
        ("p", "Sharon said she loves having Harley on Tuesdays and Thursdays and will carry on. She asked to be "
              "told straight away if anything goes wrong, rather than hearing about it later from Jade."),
        ("h2", "4. Information from agencies (summary)"),
        ("bullets", [
            "MN: six visits, two unannounced. Home conditions much improved. The methadone box was locked "
            "and out of reach on three of four visits; on 19/06/2025 it was open on the kitchen worktop with "
            "Harley in the room (Connor said he had just taken his dose).",
            "GL: Connor takes 60 ml of methadone a day, supervised at the pharmacy until May and now collected "
            "twice a week. Nine of ten urine screens since April were clear of heroin; the screen on 02/06/2025 "
            "was positive. Connor attends his fortnightly key-work sessions.",
            "AY: Harley's weight has moved from the 9th to the 25th centile. His 16-week immunisations are "
            "still outstanding, and two clinic appointments were missed in May.",
            "LF: Harley attended 11 of his 15 nursery days in the last five weeks. He came in hungry and in a "
            "dirty nappy on two Mondays.",
            "SD: four of the six routines sessions are done; Jade keeps a meal and nappy diary, which is "
            "complete for weekdays but has gaps at weekends.",
            "OP (written): Jade is registered at the practice and there is no history of mental health "
            "difficulties. Connor's prescribing is shared between the practice and TDAP.",
        ]),
        ("h2", "5. Chair's analysis"),
        ("p", "There has been real progress: Harley is gaining weight, is happier and more vocal, and the home "
              "is safer. Jade and Connor have worked with every professional. But Connor's positive screen in "
              "June and the open methadone box show that the main risk to Harley has not gone away, his "
              "immunisations are still overdue, and Mondays after the weekend remain a pattern. The conference "
              "agreed that Harley continues to be at risk of significant harm through neglect."),
        ("h2", "6. Decision"),
        ("p", "Harley Whitcombe will remain subject to a child protection plan under the category of neglect. "
              "Every agency present agreed. Jade and Connor said they understood and accepted the decision."),
        ("h2", "7. What we want for Harley"),
        ("bullets", [
            "Harley is fed three meals a day, changed often and kept clean, every day including weekends.",
            "Harley never comes near methadone or any other drug, and is always cared for by an adult who "
            "is not under the influence.",
            "Harley is up to date with his immunisations and keeps growing along the 25th centile or above.",
            "Harley goes to nursery on his three days, arrives happy and fed, and keeps reaching his milestones.",
        ]),
        ("h2", "8. The plan"),
        ("p", "Initials are those in the attendance table. Sharon Whitcombe and Little Oaks agreed their parts "
              "at conference; GL agreed the TDAP reports."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.2, 5.0, 2.9, 3.4, 4.5],
            "rows": [
                ["1", "Visit Harley at home, with at least one unannounced visit a month; see where he sleeps, "
                      "eats and plays, and check the methadone box is locked",
                 "MN", "Every 2 weeks, from 21/07/2025",
                 "Visit records describe Harley's room, the food in the flat, the locked box and how Harley "
                 "responds to Jade and Connor"],
                ["2", "Test Connor's urine and see him for key work; report on any use of heroin or other drugs "
                      "on top of his methadone, how he stores it, and what this means for his care of Harley",
                 "GL (TDAP)", "Screens weekly; key work fortnightly; report before each core group, first by "
                              "28/07/2025",
                 "Screen results and a written report sent to MN before each core group"],
                ["3", "Keep methadone and all other medicines in the locked box in the top kitchen cupboard, "
                      "with the key on Connor's keyring",
                 "CB", "Every day, from today (17/07/2025)",
                 "MN and AY find the box locked and out of Harley's reach at every visit"],
                ["4", "Take Harley to Marsh Lane Medical Practice for his overdue 16-week immunisations, and "
                      "then for his 1-year immunisations",
                 "JW", "29/07/2025 (booked, 10.20am); 1-year immunisations on 16/09/2025 (booked)",
                 "Red book and GP record show both sets given; OP confirms them to MN by letter"],
                ["5", "Weigh Harley at the Family Hub clinic and check his nappy rash; complete his 12-month "
                      "review",
                 "AY", "Every 2 weeks; 12-month review by 30/09/2025",
                 "Weights plotted in the red book stay on or above the 25th centile; ASQ-3 scores sent to MN"],
                ["6", "Finish the routines work with Jade and Connor: the last two sessions, on Sunday evening "
                      "and Monday morning routines",
                 "SD", "Sessions on 27/07/2025 and 04/08/2025",
                 "Jade's diary shows Harley fed three meals and changed at least five times a day, weekends "
                 "included"],
                ["7", "Bring Harley to nursery fed and in a clean nappy",
                 "JW (CB if Jade is unwell)", "Every Monday, Wednesday and Friday by 9am",
                 "Nursery register shows Harley in by 9am on at least 9 of every 10 days; LF's arrival notes "
                 "record no hungry or dirty-nappy arrivals"],
                ["8", "Ring MN if Harley is not in by 9.30am without a call, or arrives hungry, in a dirty "
                      "nappy or with any mark",
                 "LF (Little Oaks)", "Same day; summary every Friday",
                 "Calls and the Friday summaries logged on Harley's file"],
                ["9", "Look after Harley at her home while Jade is at college",
                 "SHW (maternal grandmother)", "Every Tuesday and Thursday, 9am to 4pm, from 22/07/2025",
                 "Sharon's diary of Harley's feeds, naps and nappies, seen by MN at each visit"],
            ],
        }),
        ("h2", "9. Contingency"),
        ("p", "If Connor has a screen positive for heroin or any drug he is not prescribed, is seen under the "
              "influence while caring for Harley, or the methadone is found anywhere Harley could reach it, GL "
              "or whoever finds this will tell MN the same day (emergency duty team on 01632 960 500 after "
              "5pm). Connor will leave the flat that day and stay with his mother, Carol Bligh, at 22 Fenn Road, "
              "and will only see Harley when Jade or Sharon is there. MN will hold a strategy discussion the "
              "same day."),
        ("p", "If Harley has not been seen by nursery, Sharon or a professional for 3 days running, MN will make "
              "an unannounced visit that day, with the police if the family cannot be found. If Harley cannot "
              "safely stay with Jade, he will go to Sharon's, and if Sharon cannot have him he will be placed "
              "with approved foster carers the same day."),
        ("p", "If Sharon cannot look after Harley on a Tuesday or Thursday, Little Oaks has agreed to take him "
              "on that day, paid for by Children's Services, and Jade will take him there. If Sharon can no "
              "longer help at all, MN will arrange the extra nursery days within one week."),
        ("h2", "10. Core group, review and legal planning"),
        ("bullets", [
            "First core group: Wednesday 30/07/2025, 1.30pm, Little Oaks Day Nursery. The core group will then "
            "meet every 4 weeks: 27/08/2025, 24/09/2025, 22/10/2025 and 19/11/2025.",
            "Next review child protection conference: Thursday 08/01/2026, 10.00am, Tolvanby House.",
            "If Connor has another screen positive for heroin, the methadone is found within Harley's reach "
            "again, or Harley's immunisations are not done by 30/09/2025, MN will ask his team manager, Claire "
            "Hewson, for a legal planning meeting within 5 working days. RP asked for this to be recorded as "
            "part of the plan, and Jade and Connor were told what it means.",
        ]),
        ("p", "Minutes approved by the chair on 21/07/2025 and sent to everyone invited."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Council core group record form: attendance, progress by outcome,
#    Riley's and his family's views, then the updated plan as a landscape
#    table with the outcome merged down and a status column, contingency and
#    manager's note (pdf, header and page footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tirlbury_core_group_record_form_haddon.pdf",
    "doc_title": "Core group record - Riley Haddon - 01/07/2025",
    "split": "tune",
    "template": "core-group-record-form-lettered-parts-progress-by-outcome-then-landscape-merged-outcome-ref-status-plan-table-manager-oversight-paged",
    "description": (
        "Exemplary core group record for a 15-year-old at risk of criminal exploitation and going missing "
        "(neglect), on a lettered council form with header and page footer: attendance, progress under "
        "each outcome, Riley's own words, dad's and aunt's views, then a landscape plan table with the "
        "outcome merged down and a status column; aunt's nights have a fallback, specific missing and "
        "exploitation triggers, core group and review dates, legal planning trigger, manager's note."
    ),
    "header": "OFFICIAL-SENSITIVE | Tirlbury Council Children's Services | Core Group Record (form CG2)",
    "footer": "Riley Haddon – core group 01/07/2025 – page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "font_size": 10,
    "min_pages": 2,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Core Group Record"),
        ("kv", [
            ("Child", "Riley Haddon, born 03/11/2009 (15), Year 10, Tirlbury Academy"),
            ("Lives with", "Gavin Haddon (dad), 9 Ashgrove Terrace, Tirlbury"),
            ("Plan", "Child protection plan from the initial conference on 27/05/2025 – category neglect "
                     "(risk of criminal exploitation and going missing)"),
            ("This meeting", "Core group 2, Tuesday 01/07/2025, 4.00pm, Tirlbury Academy (previous: 09/06/2025)"),
            ("Chair and record", "Nadia Karim, social worker"),
        ]),
        ("h2", "A. Attendance"),
        ("table", {
            "header": ["Name", "Role / agency", "Attended"],
            "widths": [5.0, 15.2, 5.5],
            "rows": [
                ["Nadia Karim", "Social worker, Tirlbury Children's Services (chair)", "Yes"],
                ["Gavin Haddon", "Riley's dad", "Yes"],
                ["Riley Haddon", "–", "First 30 minutes"],
                ["Tracey Haddon", "Riley's aunt (Gavin's sister)", "Yes"],
                ["Callum Rees", "Head of Year 10, Tirlbury Academy", "Yes"],
                ["Ana Petrov", "Learning mentor, Tirlbury Academy", "Yes"],
                ["Kasia Lind", "Exploitation and missing worker, Tirlbury TEAM", "Yes"],
                ["PC Dev Malhi", "Tirlbury Police Exploitation Unit", "Yes"],
                ["Jordan Mbeki", "Young people's substance use worker, Switch", "Apologies – written update"],
                ["Owen Hale", "Family support worker, Tirlbury Family Hub", "Yes"],
            ],
        }),
        ("h2", "B. Progress since the last core group"),
        ("boldp", "Being home and not going missing"),
        ("p", "Riley has not been reported missing since 24/05/2025. He was late home twice (9.40pm and "
              "10.05pm), both times on a Saturday, and both times he answered his phone and told Gavin where "
              "he was. Tracey has had him on every Tuesday and Thursday night that Gavin worked late. Kasia "
              "completed the return home interview for the May episode on 27/05/2025."),
        ("boldp", "School"),
        ("p", "Riley's attendance since the conference is 88% (it was 71% in May). He has missed four lessons, "
              "all on Monday mornings. Mr Rees said Riley is \"a different lad in engineering\" and has asked "
              "about the motor vehicle course at Tirlbury College."),
        ("boldp", "Exploitation and cannabis"),
        ("p", "PC Malhi said the two adults named at the strategy meeting on 21/05/2025 are still active in "
              "Cressford and the police intend to serve warning notices. Riley has had four sessions with "
              "Kasia and has started his safety map. Jordan's written update says Riley has cut his cannabis "
              "use from daily to \"weekends only\", and that Riley says he still owes \"about £200\"."),
        ("boldp", "Home"),
        ("p", "Owen has done two of the four family sessions. Gavin said they are \"talking more in the car than "
              "we have for years\"."),
        ("h2", "C. Riley's views (Riley came for the first 30 minutes)"),
        ("p", "Riley said: \"I'm not a drug dealer, I just owed someone money and they said I could pay it off.\" "
              "He said the 9pm rule is \"long, but fair I suppose\". He likes going to Auntie Trace's because "
              "\"she doesn't go on at me and she does proper food\". He wants to sit his mocks and \"go to college "
              "for motor vehicle\". Asked how safe he feels out of 10, he said \"6 – it'd be a 9 if them lot left "
              "me alone\". He asked that the police do not come to school in uniform, and PC Malhi agreed to "
              "see him in plain clothes. Riley agreed to finish his safety map with Kasia."),
        ("h2", "D. Views of Gavin and Tracey"),
        ("p", "Gavin said he had not realised how much time Riley was spending in Cressford because of his "
              "shifts, and that he has asked his manager for fewer late shifts; his manager has put in "
              "writing that Gavin can swap to an early shift at a day's notice if he needs to. Tracey said she "
              "is happy to keep having Riley, but she is working some Thursdays in August and has already "
              "given Gavin the dates."),
        ("h2", "E. Updated plan"),
        ("p", "Status: Continuing = agreed at conference and still needed; Changed = amended today; New = "
              "added today."),
        ("table", {
            "header": ["What we want for Riley", "Ref", "What will happen", "Who", "By when / how often",
                       "How we will know", "Status"],
            "widths": [4.0, 1.4, 5.7, 3.2, 3.3, 5.3, 2.8],
            "rows": [
                ["Riley is home by 9pm every night, nobody has to report him missing, and an adult always "
                 "knows where he is.",
                 "1.1",
                 "Be at home with Riley from 6pm on the nights he is not working late, and on his late-shift "
                 "nights (Mon, Tue, Thu) make sure Riley is at Tracey's by 6pm",
                 "Gavin Haddon (dad)", "Every evening, from 01/07/2025",
                 "Curfew sheet on the fridge signed each night by Gavin or Tracey, seen by Nadia at each visit",
                 "Continuing"],
                [V, "1.2",
                 "Give Riley his tea and a bed on the Tuesday and Thursday nights when Gavin works until 2am, "
                 "and text Gavin and Nadia at 9.15pm to say Riley is in",
                 "Tracey Haddon (aunt)", "Every Tuesday and Thursday",
                 "9.15pm texts logged on Riley's file each week; no missing reports on those nights",
                 "Continuing"],
                [V, "1.3",
                 "Return home interview with Riley after any missing episode, shared with Nadia and the police",
                 "Kasia Lind (TEAM)", "Within 72 hours of each missing episode",
                 "Interview record on Riley's file and copied to PC Malhi",
                 "Continuing"],
                [V, "1.4",
                 "Serve child abduction warning notices on the two adults named at the strategy meeting on "
                 "21/05/2025",
                 "PC Dev Malhi", "By 11/07/2025",
                 "Copies of the served notices on the police record; Nadia told in writing",
                 "New"],
                ["Riley goes to school every day, is in his lessons, and sits his mock GCSEs in November.",
                 "2.1",
                 "Ring Gavin and Nadia by 10am on any day Riley is not in school, and send Nadia his attendance "
                 "and any missed lessons",
                 "Callum Rees (Head of Year 10)", "Every school day; summary every Friday",
                 "Friday summaries on file; attendance at 95% or above by the end of the summer term",
                 "Continuing"],
                [V, "2.2",
                 "Mentoring session with Riley on his timetable, a catch-up plan for his GCSE subjects and a "
                 "college taster day",
                 "Ana Petrov (learning mentor)", "Every Wednesday, period 3",
                 "Catch-up plan signed by Riley by 16/07/2025; college taster day booked by 18/07/2025",
                 "Changed (was fortnightly)"],
                ["Riley is safe from the people who want him to carry drugs, and knows who to call if he is "
                 "scared or asked to do something.",
                 "3.1",
                 "1:1 sessions with Riley on exploitation, debt and staying safe, including his own safety map "
                 "and who he can call",
                 "Kasia Lind (TEAM)", "Weekly on Fridays, 8 sessions from 20/06/2025",
                 "Safety map finished by session 6 and copies given to Riley, Gavin and Nadia",
                 "Continuing"],
                [V, "3.2",
                 "Sessions with Riley on his cannabis use and the money he says he owes",
                 "Jordan Mbeki (Switch)", "Fortnightly, Mondays after school",
                 "Riley's own use diary and Jordan's written update sent to Nadia before each core group",
                 "Continuing"],
                [V, "3.3",
                 "See Riley on his own, at home or somewhere he chooses, and write his views into the plan",
                 "Nadia Karim (SW)", "Every 2 weeks, next by 11/07/2025",
                 "Visit records show Riley seen alone, with his own words recorded",
                 "Continuing"],
                ["Riley and his dad can talk to each other about what is going on, and Riley feels listened "
                 "to at home.",
                 "4.1",
                 "Family sessions with Riley and Gavin on talking, rules at home and what happens if Riley is "
                 "late",
                 "Owen Hale (FSW)", "Fortnightly; sessions 3 and 4 by 06/08/2025",
                 "Riley and Gavin each score \"how well we talk\" out of 10 at sessions 1 and 4; home "
                 "agreement signed by both",
                 "Continuing"],
            ],
        }),
        ("h2", "F. Contingency"),
        ("p", "If Riley is not home by 10pm and is not answering his phone, Gavin or Tracey will report him "
              "missing to the police on 101 (999 if they think he is in danger) straight away and tell Nadia, "
              "or the emergency duty team out of hours. If Riley is found in Cressford, with either of the "
              "adults named in the warning notices, or with cash, drugs or a phone he cannot explain, PC Malhi "
              "and Nadia will hold a strategy discussion the same working day, and Riley will stay at Tracey's "
              "until that discussion has agreed where he is safest."),
        ("p", "If Tracey cannot have Riley on a Tuesday or Thursday, Gavin will swap to an early shift that day, "
              "as his employer has agreed in writing. If neither Gavin nor Tracey can be with Riley, Nadia will "
              "arrange for him to stay that night with emergency foster carers outside the Cressford area."),
        ("p", "If Riley goes missing overnight again, or comes to any harm through exploitation, Nadia will ask "
              "her team manager for a legal planning meeting to be held within 5 working days."),
        ("h2", "G. Next meetings"),
        ("bullets", [
            "Core group: every 4 weeks – next on Tuesday 29/07/2025, 4.00pm, Tirlbury Academy.",
            "Review child protection conference: Wednesday 20/08/2025, 2.00pm, Tirlbury Civic Hall.",
        ]),
        ("h2", "H. Team manager's oversight"),
        ("p", "Record read and updated plan agreed. The legal planning trigger in part F stands, and I have "
              "diarised the review conference. – Jo Penhaligon, Team Manager, 02/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Joint core group and perinatal mental health planning meeting minutes:
#    present list with initials in brackets, the baby's observed day, the
#    perinatal team's update, then numbered decisions each ending in an
#    "Action:" sentence (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_thrangsby_joint_perinatal_core_group_minutes_qureshi.docx",
    "doc_title": "Core group and perinatal joint planning meeting - Baby Hafsa Qureshi",
    "split": "tune",
    "template": "joint-core-group-and-perinatal-planning-minutes-present-paragraph-initials-then-word-numbered-decisions-each-with-action-sentence",
    "description": (
        "Exemplary minutes of a core group held jointly with the perinatal mental health team for a 7-week-old "
        "(mother home from a mother and baby unit after postpartum psychosis): present list with initials, "
        "the baby's observed day as her voice, the perinatal update and family views, then Word-numbered "
        "decisions each with an 'Action:' sentence; every perinatal action assesses change, GP owns an "
        "action, grandmother's and aunt's days have fallbacks, specific relapse triggers, legal planning, "
        "core group and review dates."
    ),
    "blocks": [
        ("title", "Core Group and Perinatal Joint Planning Meeting"),
        ("p", "Thrangsby Metropolitan Council – Children and Young People's Service, with the Thrangsby Perinatal "
              "Mental Health Service (Northwold Health NHS Trust)"),
        ("kv", [
            ("Baby", "Hafsa Qureshi, born 02/05/2025 (7 weeks)"),
            ("Parents", "Sana Qureshi (27) and Imran Qureshi (31), 58 Orchard Vale, Thrangsby"),
            ("Family support", "Nasreen Qureshi (Imran's mother, lives five minutes away) and Farah Qureshi "
                               "(Imran's sister)"),
            ("Plan", "Child protection plan, category neglect (risk of), from the initial conference on "
                     "27/05/2025, held while Sana and Hafsa were at Beechcroft Mother and Baby Unit"),
            ("Meeting", "Core group 2, Monday 23/06/2025, 11.00am, at the family home"),
            ("Chair and notes", "Ellen Fairweather, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Ellen Fairweather (EF), social worker; Sana Qureshi (SQ); Imran Qureshi (IQ); Nasreen Qureshi "
              "(NQ), paternal grandmother; Farah Qureshi (FQ), paternal aunt; Zainab Khalid (ZK), care "
              "coordinator and community psychiatric nurse, Thrangsby Perinatal Mental Health Service; "
              "Dr Helen Baird (HB), consultant perinatal psychiatrist (first 40 minutes, by video); Gemma "
              "Tallis (GT), health visitor."),
        ("p", "Apologies: Dr Tariq Iqbal (TI), GP, Millgate Surgery – update by email, and his action below "
              "agreed by phone with EF on 20/06/2025."),
        ("h2", "1. Why we met jointly"),
        ("p", "Sana became unwell ten days after Hafsa was born, with postpartum psychosis. She and Hafsa were "
              "admitted together to Beechcroft Mother and Baby Unit on 16/05/2025 and came home on 06/06/2025. "
              "At the conference everyone agreed that Hafsa's plan has to be made together with the perinatal "
              "team, because they know Sana's illness best and are the people who can tell us whether she is "
              "recovering, and how fast. This meeting was set up for that."),
        ("h2", "2. How Hafsa is"),
        ("p", "GT weighed Hafsa at home on 20/06/2025: 4.6 kg, just above the 50th centile (birth weight 3.3 kg). "
              "She takes about 110 ml every three to four hours and sleeps in her Moses basket in her parents' "
              "room. When EF arrived today Hafsa woke crying; Sana picked her up, talked to her softly in Urdu "
              "and she settled within a minute and held Sana's gaze. Nasreen said Hafsa smiled for the first "
              "time on 18/06/2025, at her mum, and Sana has written it in the baby book. Hafsa cannot tell us "
              "what she feels, so what we see of her day is her voice in this plan."),
        ("h2", "3. Sana's recovery – update from the perinatal team"),
        ("p", "ZK has seen Sana three times since discharge. Sana takes her olanzapine every night, sleeps six to "
              "seven hours because Imran does the night feed, and has had no psychotic symptoms since "
              "28/05/2025. She is tired and at times low. HB said Sana's early recovery is good, but the risk "
              "of relapse is highest in the first three months after birth, and there is also a risk of "
              "depression later in the year. HB's full assessment is planned for July (decision 5 below)."),
        ("p", "Sana said: \"I want people to see I'm a good mum. I was ill, I'm not bad.\" She asked to be "
              "allowed to take Hafsa to the park on her own. HB and EF explained that for now Sana goes out "
              "with Hafsa with Nasreen or Farah, and that this will be looked at again when HB's assessment "
              "is ready. Sana said she understood, \"but I don't like it\"."),
        ("p", "Imran goes back to work on 30/06/2025 after his leave. Nasreen is at the house on weekdays "
              "except Fridays, when she works in the family's shop; Farah has agreed to cover Fridays. Imran "
              "and Nasreen both said they know Sana's early warning signs, and Imran said he would \"rather "
              "ring too early than too late\"."),
        ("h2", "4. What we want for Hafsa"),
        ("bullets", [
            "Hafsa is fed, settled and kept safe by a well, awake adult every hour of the day and night.",
            "Hafsa keeps growing along her centile and has her checks and immunisations on time.",
            "Hafsa builds a warm, close bond with her mum, and is never cared for by Sana alone while Sana's "
            "recovery is still uncertain.",
        ]),
        ("h2", "5. Decisions and actions"),
        ("numbers", [
            "Weekday care. Action: NQ to be at the house with Sana and Hafsa every Monday to Thursday from 8am "
            "until Imran is home at 6pm, starting 30/06/2025; the daily care chart (feeds, nappies and which "
            "adult was there) will show an adult with them all day, and EF and GT will check it at visits.",
            "Fridays. Action: FQ to be at the house with Sana and Hafsa every Friday from 8am until Imran is "
            "home at 6pm, starting 04/07/2025; the same daily care chart will show Farah there on each Friday.",
            "Nights. Action: IQ to do the 2am feed and sleep in the same room as Hafsa every night until the "
            "review conference, so that Sana gets at least six hours' sleep; the feed chart will show Imran's "
            "initials on every night feed.",
            "Perinatal visits. Action: ZK to visit Sana at home every week, check her mental state, sleep and "
            "medication, and within 2 working days of each visit email EF her view of whether Sana's recovery "
            "is on track and what still needs to change before Sana could care for Hafsa on her own; the "
            "emails will be filed on Hafsa's record.",
            "Assessment. Action: HB to complete a written assessment of Sana's prognosis, her capacity to "
            "change, her early warning signs and the likely timescale before she could safely care for Hafsa "
            "on her own, by 18/07/2025; the report will be shared with the core group on 21/07/2025.",
            "GP. Action: TI to see Sana and Hafsa together for their 8-week checks and Hafsa's first "
            "immunisations on 30/06/2025, and send EF and ZK a summary by 04/07/2025, including Hafsa's "
            "weight and whether Sana's medication makes her too drowsy to care for Hafsa safely; the summary "
            "will be on Hafsa's file.",
            "Health visiting. Action: GT to weigh Hafsa at home every week until she is 12 weeks old and then "
            "every 2 weeks, and check safe sleep at each visit; weights plotted in the red book will stay on "
            "or near the 50th centile and the safe sleep checklist will be signed at each visit.",
            "Social work visits. Action: EF to visit every week, at least one visit a fortnight unannounced, "
            "and see Hafsa awake and being fed or changed; EF's visit records will describe how Hafsa is and "
            "how Sana and Imran respond to her.",
            "Sana's part. Action: SQ to take her olanzapine every night and fill in the feed and sleep chart "
            "each day, so that she stays well enough to care for Hafsa with support; ZK will count the "
            "tablets at each weekly visit and record the count.",
        ]),
        ("h2", "6. Safety and contingency plan"),
        ("p", "Sana's early warning signs, written with ZK at Beechcroft and kept on the fridge, are: sleeping "
              "less than four hours, talking very fast, believing people are watching her through her phone, "
              "and not wanting to hold Hafsa."),
        ("p", "If Sana shows any of these signs, or says she has thoughts of harming herself or Hafsa, the adult "
              "with her will take Hafsa into another room, stay with her, and ring the perinatal team duty "
              "line (01632 960 850), or after 5pm the crisis team (01632 960 851) and the emergency duty team. "
              "ZK or the crisis team will assess Sana the same day, and EF will hold a strategy discussion "
              "the same day. If Sana needs to go into hospital, Beechcroft will be asked to admit Hafsa with "
              "her; if that is not possible, Hafsa will stay at home with Imran, who will take carer's leave, "
              "and Nasreen."),
        ("p", "If Nasreen or Farah cannot be at the house on any day, Imran will stay at home (his employer has "
              "agreed emergency carer's leave). If none of them can be there, EF will arrange for a family "
              "support worker from Thrangsby Family Hub to be with Sana and Hafsa from 9am until Imran is home. "
              "If no safe adult can be found for Hafsa, she will be placed with approved foster carers that day "
              "and Sana and Imran will see her every day."),
        ("p", "If Sana relapses and Hafsa cannot be cared for safely at home by Imran and Nasreen, or if HB's "
              "assessment says that Sana is unlikely to be able to care for Hafsa safely within a timescale "
              "that meets Hafsa's needs, EF will ask her team manager for a legal planning meeting within 5 "
              "working days."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group every 2 weeks until the review: 07/07/2025, 21/07/2025 (HB's report) and 04/08/2025, "
            "all at 11.00am at the family home. ZK and GT will come to each one.",
            "Review child protection conference: Tuesday 19/08/2025, 2.00pm, Thrangsby Town Hall.",
        ]),
        ("p", "Notes typed by EF on 24/06/2025 and sent to everyone present, Dr Iqbal and the conference chair. "
              "Sana and Imran have a copy in Urdu as well as in English."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes in markdown from the business support officer:
#    attendance with initials, matters arising, the children's words,
#    updates by topic, outcomes, then a decision log table (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b26_tewksmoor_core_group_minutes_decision_log_castellano.md",
    "split": "tune",
    "template": "core-group-minutes-md-attendance-initials-topic-updates-childrens-words-then-decision-log-table-owner-by-evidence",
    "description": (
        "Exemplary core group minutes in markdown for siblings of 8 and 5 (neglect; mother's uncontrolled "
        "epilepsy, a near-drowning in the bath): attendance with initials, matters arising, what Mia and "
        "Leo said, updates by topic, outcomes, then a decision log table with owner, timescale and "
        "evidence; the epilepsy nurse owns an action, grandparents' bath times and school runs have a "
        "fallback, specific contingency, legal planning trigger, core group and review dates."
    ),
    "text": """\
# Tewksmoor Borough Council – Children's Social Care

## Core Group Meeting – Minutes

**Children:** Mia Castellano (8, Year 3) and Leo Castellano (5, Reception), Kiln Lane Primary
**Address:** 31 Kiln Lane, Tewksmoor
**Plan:** child protection plans from the initial conference on 20/05/2025 – category neglect
**Meeting:** core group 2, Wednesday 02/07/2025, 9.30am, Tewksmoor Family Hub (previous meeting 03/06/2025)
**Chair:** Priya Lal (SW) **Minutes:** Tom Harker (business support)

### Attendance

- Priya Lal (PL) – social worker, chair
- Gemma Castellano (GC) – Mum
- Luca Castellano (LC) – Dad (by phone from work, items 1 to 4)
- Rosa Castellano (RC) – Nonna, paternal grandmother
- Enzo Castellano (EC) – Nonno, paternal grandfather
- Helen Mortimer (HM) – epilepsy specialist nurse, Tewksmoor General Hospital neurology service
- Sophie Quinn (SQ) – designated safeguarding lead, Kiln Lane Primary
- Abdul Rahim (AR) – school nurse
- Kerry Jones (KJ) – family support worker, Tewksmoor Family Hub

Apologies: Dr Lewin, GP, Kiln Lane Surgery (no update needed – HM is sharing the clinic letters).

---

### 1. Minutes of the last meeting and matters arising

Minutes of 03/06/2025 agreed as accurate. All actions from that meeting are done.
The thermostatic valve was fitted on the bath on 12/06/2025, and Gemma now
showers rather than bathes. PL has the letter from Luca's employer agreeing
that he can switch to local day runs at one day's notice.

### 2. Background (for the record)

Gemma has epilepsy. Her seizures became more frequent after a change to her
medication in January 2025. On 02/03/2025 Gemma had a seizure while Leo was in
the bath; Mia, then 7, pulled Leo's head out of the water and ran to their
neighbour, Mrs Patel, at number 29. Leo was checked at hospital and was not
harmed. Luca drives long-distance and is away Monday to Thursday nights.
Gemma had three seizures in March, two in April and one in May, and none since
18/05/2025.

### 3. What Mia and Leo have said

PL saw Mia on her own at school on 26/06/2025. Mia said: "I don't have to
watch Leo in the bath any more because Nonna does it." She knows what to do
if Mummy has a fit: "I go to Mrs Patel's and she rings the number on the
fridge." She said she worries "Mummy will have a fit when Daddy's away and
Nonna's gone home". She would like to go to Brownies on Tuesdays like her
friend Hollie. She scored home 8 out of 10.

Leo told PL: "Nonno takes me to school in the big car," and "I have
bubbles in the shower now." His teacher says he talks about Nonna's
spaghetti every Monday and has been playing "ambulances" with the other
children.

### 4. Updates

**Gemma's epilepsy (HM).** No seizures since 18/05/2025. Gemma's levetiracetam
was increased in April; her seizure diary and dosette box show no missed
doses. HM explained that Gemma's seizures come mostly at night or soon after
she wakes, with little warning. HM's advice is that Gemma should not bath the
children, or be alone with Leo near water or a hot cooker, until she has been
seizure-free for six months (that is, until at least November 2025).

**School (SQ).** Both children's attendance is 98%. Mia is "much less
watchful" in class and has stopped asking to ring home at lunchtime.

**School nursing (AR).** AR has met Gemma and agreed to teach both children
what to do if Mum has a seizure, using the picture card from the epilepsy
charity.

**Family support (KJ).** KJ has helped Gemma set up a morning routine that
means Gemma is not alone with Leo before Enzo arrives, and has found a
Brownies pack with a space from September.

**Gemma and Luca.** Gemma said the plan "feels like a lot of people in my
house" but that she can see why, and she is glad Mia "isn't on guard all the
time". Luca said he will keep doing the bath and cooking from Friday to Sunday.

**Rosa and Enzo.** Rosa and Enzo said they are happy to keep going. They are
away in Italy from 08/09/2025 to 22/09/2025.

### 5. What we want for Mia and Leo

- Mia and Leo are never in the bath, near the cooker or out of the house with only Mum while her seizures are not yet controlled.
- Mia is a child, not Leo's lifeguard: she never has to rescue Leo or be the one left in charge.
- Mia and Leo know what to do if Mum has a seizure, and help comes quickly.
- Mia and Leo go to school every day, and Mia starts Brownies in September.

### 6. Decision log

| No. | Decision / action | Owner | By when / how often | Evidence |
|---|---|---|---|---|
| 2.1 | Keep Gemma's seizure diary and medication under clinic review, and write to PL and the GP after each clinic with the number of seizures and whether it is yet safe for Gemma to bath the children or care for Leo alone | HM (epilepsy specialist nurse) | Clinic every 6 weeks, next 23/07/2025; letter within 5 working days of each clinic | Clinic letter on the children's file with the seizure count and HM's advice on bathing and lone care |
| 2.2 | Give Mia and Leo their shower or bath at 6pm on the nights Luca is away | RC | Every Monday to Thursday | Bath chart on the bathroom door signed by Rosa each night; Mia tells PL at visits who bathed her |
| 2.3 | Take Mia and Leo to school and collect them on the days Luca is away | EC | Every Monday to Thursday, 8.40am and 3.15pm | School register and collection book show Enzo on each of those days |
| 2.4 | Bath the children and cook their tea on the days he is home | LC | Every Friday, Saturday and Sunday | Bath chart signed by Luca on those nights; Mia tells PL at visits who bathed her |
| 2.5 | Take her levetiracetam from the dosette box twice a day and write every seizure or near-miss in the diary, so that HM can advise what is safe for Gemma to do with the children | GC | Every day | Dosette box and diary seen by HM at each clinic and by PL at each visit |
| 2.6 | Teach Mia and Leo what to do if Mum has a seizure (ring 999, go to Mrs Patel at number 29), using the picture card | AR | Two sessions at school by 18/07/2025 | At PL's next visit Mia and Leo can each tell PL what to do; the picture card is on the fridge |
| 2.7 | Book Mia's place at 3rd Tewksmoor Brownies (Tuesdays) and pay the first term's subs | KJ | By 18/07/2025, for a start in September | Confirmation email from the Brownies leader on file; Mia's attendance from September |
| 2.8 | Check in with Mia and tell PL the same day if Mia says she has looked after Leo or seen Mum have a seizure | SQ | Every Monday; same-day call if needed | Check-in notes on the school safeguarding system; summary emailed to PL every other Friday |
| 2.9 | See Mia and Leo on their own at home or at school, including one visit at bath time | PL | Every 2 weeks; bath-time visit by 17/07/2025 | Visit records show both children seen alone and who bathed them |

### 7. If things go wrong

- If Gemma has a seizure while she is on her own with the children, Mia knows
  to ring 999 and go to Mrs Patel. Whoever hears of it will tell PL that day
  (the emergency duty team after 5pm). Rosa will stay overnight at the house
  until Luca is home, and Luca will switch to local day runs from the next
  day, as his employer has agreed in writing.
- If the children are found to have been bathed by Gemma on her own, or left
  alone with her near water or the cooker, PL will hold a strategy discussion
  the same day, and Mia and Leo will stay with Rosa and Enzo at their house
  until it has agreed how the children will be kept safe.
- If Rosa or Enzo cannot do bath times or the school run – including while
  they are in Italy from 08/09/2025 to 22/09/2025 – Luca will switch to local
  day runs for those days. If Luca cannot, PL will arrange a family support
  worker to do bath time from 5.30pm and a taxi to and from school, paid for by
  Children's Social Care (agreed by phone with PL's team manager during the meeting).
- If either child is put at risk again because the plan was not followed, PL
  will ask her team manager for a legal planning meeting within 5 working days.

### 8. Next meetings

- Core group: every 4 weeks – next on Wednesday 30/07/2025, 9.30am, Tewksmoor Family Hub.
- Review child protection conference: Thursday 14/08/2025, 1.30pm, Tewksmoor Town Hall.

*Minutes typed by TH on 02/07/2025, checked by PL and sent to all attendees and the GP on 03/07/2025.*
""",
    "findings": [],
})
