"""Batch 160, module l: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: children, families, professionals, services,
schools, hospitals, housing providers and councils. Any likeness to real
people or cases is a coincidence. The labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: ordinary plans from ordinary weeks, in seven invented councils'
everyday templates, with most of the craft in the words of the actions
themselves: owners said in passing, in the passive with an agent, by first
name after a who's-who or by role only, and jointly; times given as events
or rhythms inside the sentence ("on the mornings Jordan is on an early
shift", "within half an hour if Lena calls", "every Saturday morning");
measures written as what someone will see or record, in a second sentence
of the same cell, bullet or paragraph ("We will know this is working
when ...", "Nursery's register will show ..."); cells of three or four
sentences with a reason, a hope, negations and conditions.

1. Lambsthorpe: an initial conference plan in the council's Word template,
   Sections 1 to 8, whose plan is a three-column table ("What needs to
   happen (and how we will know it is working)" / "Who is responsible" /
   "By when / how often"), the measure written into the first cell
   (docx, exemplary).
2. Lidderdale: a review conference plan kept as a bullet plan under
   child-focused subheadings, with a who's-who so that first names own the
   bullets (md). Faults: a referral to a children's group "will be made" by
   nobody (W001); the mother's Freedom Programme "as soon as a place is
   available" (T002); her Talking Therapies sessions carried on and counted
   by attendance only (H001); the DSL who will "keep an eye on" the children
   (M002); the paternal grandmother supervises contact and has the children
   on Wednesdays, but the contingency never says what happens if she cannot
   (C003); no legal planning anywhere (R002).
3. Lowestead: the social worker's letter to a father after the initial
   conference, printed to PDF with a page header and footer, the plan as
   numbered paragraphs of "I will ..." / "You will ..." / "Marta will ..."
   (pdf, exemplary).
4. Langholmby: core group minutes with attendance, agency updates and the
   children's words, then the updated plan as a six-column table ("No. /
   Action / Lead / Support from / Target date / Evidence of progress")
   (docx). Faults: the drug service row "continue to engage", "Ongoing",
   "Engagement with the service" (T002, M002); the CMHT care coordinator's
   support for the mother, measured by appointments kept (H001); a broken
   window "to be reported ... and repaired" with no lead (W001); "All
   agencies" to share worries (W002); the review conference "to be
   confirmed" (R001).
5. Lisswater: a case-management system print (plan header fields, parental
   factor flags, outcomes O1 to O4, then task blocks under each outcome
   with Assigned to / Due / Evidence fields) (txt). Faults: the plan is
   built around the mother, seven of its twelve tasks being her own
   treatment, support and appointments with no word of her son (F001); the
   first outcome is about her only (F002); her mutual-aid meetings "as and
   when she feels able" (T002); the family support worker's budgeting help
   "Monitored by FSW" (M002); a young carer's assessment with an empty
   Evidence field (M001).
6. Lutterford: a review conference plan written as numbered paragraphs
   throughout (sections 1 to 9), the plan being paragraphs 7.1 to 7.13 of
   two to four sentences each (md, exemplary).
7. Lenbury: a review conference plan in a seven-column landscape Word table
   printed to PDF with a page header and footer ("Ref / Outcome for the
   children / Action / Lead person or agency / Start / Frequency or
   complete by / How will we know it has worked?", the outcome merged down
   the rows under it) (pdf). Faults: the CMHT care coordinator and DBT
   group carried on, measured by attendance (H001); "All professionals" to
   share concerns (W002); the head of year's weekly check-in "Monitored at
   core group" (M002); family support sessions "When Stacey is ready" / "As
   required" (T002); telling Lily's dad about the plan with no start or end
   (T001); a contingency of "further concerns" and "review" (C002); no legal
   planning (R002).

Exemplary: 1, 3 and 6. Expected findings: 24 (plans 2, 4 and 7 have six,
six and seven; plan 5 has five).

Action counting (labelling convention 1): each row of an action table, each
bullet under the action headings, and each numbered paragraph of the plan
section counts once, however many sentences it holds. Introductory notes
above a table, the contingency, meeting dates, the children's views, the
outcomes and the agency updates in minutes are not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Lambsthorpe ICPC plan: council Word template, Sections 1-8, plan as a
#    three-column table with the measure written into the action cell.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lambsthorpe_icpc_sections_three_column_what_who_when_pryor.docx",
    "doc_title": "Child Protection Plan - Maisie and Reuben Pryor",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-docx-council-template-sections-1-to-8-details-kv-why-working-well-maisies-words-and-reubens-day-what-needs-to-change-then-three-column-table-what-needs-to-happen-and-how-we-will-know-who-is-responsible-by-when-or-how-often-multi-sentence-cells-contingency-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 4-month-old (neglect): their "
        "mother has postnatal depression and stopped her medication, their father works early "
        "shifts, and their maternal grandmother does three mornings. The council's Word template "
        "runs Sections 1 to 8; the plan is a three-column table whose first cell says what will "
        "happen, why, and what will be seen if it is working ('We will know this is working "
        "when ...', 'Nursery's register will show ...'), with owners and rhythms in their own "
        "columns. The perinatal nurse treats and assesses capacity to change, the GP owns an "
        "action, the grandmother's mornings have a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lambsthorpe Borough Council · Children's Services · Safeguarding and Family Support (East)"),
        ("h1", "Section 1: Details"),
        ("kv", [
            ("Children", "Maisie Pryor, born 22/09/2022 (3); Reuben Pryor, born 08/09/2025 (4 months)"),
            ("Address", "27 Tenter Street, Lambsthorpe LB6 2HQ"),
            ("Mother", "Kayleigh Pryor (26)"),
            ("Father", "Jordan Pryor (29), lives at home; delivery driver on early and late shifts"),
            ("Maternal grandmother", "Sandra Hebden, 4 Mill Croft, Lambsthorpe (ten minutes' walk)"),
            ("Conference", "Initial Child Protection Conference, 14/01/2026. Chair: Diane Roper (Independent "
                           "Chair)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Hannah Greaves, Lambsthorpe Children's Services (team manager: Colin Ashby)"),
        ]),
        ("h1", "Section 2: Why the children need a plan"),
        ("p", "In November Reuben's weight dropped from the 50th centile to below the 9th. The health visitor "
              "found that his bottles were being made up too weak and that feeds were missed while Kayleigh was "
              "in bed. On 02/12/2025 a neighbour found Maisie at the front gate on her own at 7.40am in a vest "
              "and nappy; the police came and found Kayleigh asleep upstairs and Reuben crying in his cot. "
              "Maisie has been to 11 of her 30 nursery sessions since October."),
        ("p", "Kayleigh had postnatal depression after Maisie was born and has been low since Reuben arrived. "
              "She stopped her sertraline in October because it made her feel \u201cflat\u201d. Jordan works "
              "early shifts three days a week and told the conference he had not realised how low Kayleigh had "
              "become."),
        ("h1", "Section 3: What is working well"),
        ("bullets", [
            "Kayleigh and Jordan came to the conference together, agreed with most of the worries and said "
            "they want help.",
            "Kayleigh went back to her GP on 05/01/2026 and has been referred to the Lambsthorpe Perinatal "
            "Mental Health Service.",
            "Sandra walked Maisie to nursery every morning in the week before the conference and has offered "
            "to keep doing the mornings Jordan is at work.",
            "Reuben has put on 180g in the two weeks since his feeds have been written down.",
            "The house is warm and there was food in the cupboards at the last two visits.",
        ]),
        ("h1", "Section 4: What life is like for Maisie and Reuben"),
        ("p", "Maisie (seen by Hannah at nursery with a puppet on 09/01/2026) said \u201cMummy sleeping. Mummy "
              "sad.\u201d She said she has \u201ccrisps for breakfast\u201d and that \u201cNana makes toast\u201d. "
              "Asked who helps her when she is scared, she said \u201cDaddy\u201d and \u201cNana\u201d. She drew "
              "her house with \u201cthe baby crying\u201d upstairs and herself \u201cby the door\u201d."),
        ("p", "Reuben is a smiley baby who settles quickly when he is held and follows Jordan's voice around the "
              "room. When the health visitor called at 11am on 07/01/2026 he was in his bouncer and had last been "
              "fed at 7am; he took 150ml in ten minutes. Nursery say Maisie is often hungry when she arrives and "
              "eats two breakfasts."),
        ("h1", "Section 5: What needs to change for Maisie and Reuben"),
        ("numbers", [
            "Reuben is fed properly every three to four hours, day and night, and his weight goes back up to "
            "at least the 25th centile.",
            "Maisie has breakfast, is dressed and goes to nursery every morning she is booked, and she is never "
            "outside the house on her own.",
            "Maisie and Reuben are looked after every day by an adult who is awake, well enough and able to "
            "notice what they need.",
            "Their home is safe: the front door is secure, the stairs are gated, and Reuben sleeps on his back "
            "in his own cot.",
        ]),
        ("h1", "Section 6: The plan"),
        ("p", "Each row says what needs to happen, why, and what we will see if it is working. The person in "
              "the second column is responsible for making it happen."),
        ("table", {
            "header": ["What needs to happen (and how we will know it is working)", "Who is responsible",
                       "By when / how often"],
            "widths": [9.6, 3.8, 3.6],
            "rows": [
                ["Hannah will visit Maisie and Reuben at home, and at least one visit in three will be "
                 "unannounced and early in the morning, because the worries are worst before 9am. She will see "
                 "where Reuben sleeps, what there is for breakfast and how Kayleigh is. Each visit will be "
                 "written up within the week, with what Maisie said or did.",
                 "Hannah Greaves, social worker",
                 "Every week until the review conference on 08/04/2026"],
                ["Jo will weigh Reuben and look at his feeding, because his weight is the clearest sign of "
                 "whether he is getting enough. If he has not gained weight two weeks running she will ring "
                 "Hannah and the GP that day. We will know this is working when the weights in his red book "
                 "climb back to the 25th centile.",
                 "Jo Whitlam, health visitor, Lambsthorpe 0-19 Service",
                 "Weekly at home until Reuben is back on the 25th centile, then every two weeks"],
                ["Kayleigh has agreed that she will make up every bottle as the tin says and write each feed on "
                 "the chart Jo left, with the time and how much Reuben took. Jordan will do the 10pm feed when "
                 "he is home. Jo will look at the chart at every visit, and it should show at least six feeds "
                 "a day.",
                 "Kayleigh Pryor (mum), with Jordan for the 10pm feed",
                 "Every feed, from 14/01/2026"],
                ["Anita will see Kayleigh at home, treat her depression and talk with her about how the "
                 "mornings with both children are going. She is also asked to assess whether Kayleigh can make "
                 "the changes Maisie and Reuben need, what would help her to, and how long it is likely to take. "
                 "Her written report will reach Hannah two working days before each core group.",
                 "Anita Okoro, community psychiatric nurse, Lambsthorpe Perinatal Mental Health Service",
                 "Every two weeks from 21/01/2026; a report before each core group"],
                ["Dr Sadiq will see Kayleigh to agree a medication she is willing to take, and see her again "
                 "four weeks later to check how it is working. He will write to Hannah after each appointment "
                 "saying whether Kayleigh is taking it.",
                 "Dr Imran Sadiq, GP, Northgate Medical Practice",
                 "First appointment by 23/01/2026; second four weeks after it"],
                ["Maisie will go to Little Acorns Nursery every weekday morning she is booked, dressed and with "
                 "breakfast inside her, because nursery is where she eats, plays and is seen. Jordan will walk "
                 "her there on the days he is on lates. Nursery's register will show Maisie in by 9.15 on at "
                 "least 9 of every 10 mornings.",
                 "Kayleigh and Jordan Pryor",
                 "Every weekday morning from 15/01/2026"],
                ["Sandra will come to Tenter Street at 7.30am on the mornings Jordan is on an early shift, give "
                 "Maisie her breakfast and walk her to nursery, so that Kayleigh is not managing both children "
                 "on her own at the hardest time of day. She will text Hannah by 10am on any morning she could "
                 "not come. The nursery register and Sandra's texts will show which mornings she covered.",
                 "Sandra Hebden (maternal grandmother)",
                 "Mondays, Tuesdays and Wednesdays, 7.30am to 9.15am, for as long as Jordan is on early shifts"],
                ["Bev will greet Maisie at the door and note the time she arrives, whether she is hungry and "
                 "whether she is clean and dressed for the weather. If Maisie is not in by 10am, nursery will "
                 "ring Kayleigh and then Hannah that morning. Nursery will send Hannah a summary of the week "
                 "every Friday.",
                 "Bev Lumb, manager, Little Acorns Nursery",
                 "Every session Maisie is booked; summary every Friday"],
                ["Jess from Bright Start Family Support is going to do six sessions at home with Kayleigh and "
                 "Jordan on a morning routine and a bedtime routine for both children, starting with the "
                 "mornings because that is when Maisie got out. We will know it is working when the routine "
                 "chart is up and being used, and Hannah finds Maisie dressed and fed on her early visits.",
                 "Jess Ainsley, family support worker, Bright Start",
                 "Weekly, six sessions, finishing by 11/03/2026"],
                ["Jordan will fit a high bolt to the front door and a gate at the bottom of the stairs, because "
                 "Maisie can now open the front door and Reuben will soon be on the move. Hannah will check on "
                 "her next visit that both are fitted and in use.",
                 "Jordan Pryor (dad)",
                 "By 21/01/2026"],
                ["Jo will look at where Reuben is sleeping at every visit and go through safe sleep again with "
                 "Kayleigh and Jordan, because he has been found asleep in his bouncer in the evenings. She will "
                 "record where he was sleeping each time; we want him on his back in his own cot every time.",
                 "Jo Whitlam, health visitor",
                 "At every weekly visit until the review conference"],
                ["Hannah will spend time with Maisie at nursery, with puppets and drawing, to hear in Maisie's "
                 "own way what mornings at home are like now. What Maisie says and draws will be written up "
                 "and brought to each core group.",
                 "Hannah Greaves, social worker",
                 "Three sessions, one before each core group, the last by 25/03/2026"],
                ["Jo will do Maisie's development check (ASQ-3) at home, because she is behind with her talking "
                 "and missed her two-year review. The scores, and any referral to speech and language therapy, "
                 "will be sent to Hannah and nursery in writing.",
                 "Jo Whitlam, health visitor",
                 "By 13/02/2026"],
                ["Hannah will ask Lambsthorpe Homes to put right the damp in the children's bedroom, where "
                 "Reuben's cot is, and will chase it every week until a date is booked. The repair order number "
                 "and the date the work is done will be recorded on the case file.",
                 "Hannah Greaves, social worker",
                 "Request made by 16/01/2026; repair booked by 13/02/2026"],
            ],
        }),
        ("h1", "Section 7: Contingency plan"),
        ("p", "If Reuben loses weight, or does not gain weight two weeks running, Jo will arrange for him to be "
              "seen by the paediatric team at Lambsthorpe General Hospital that day, and Hannah will hold a "
              "strategy discussion the same day."),
        ("p", "If Kayleigh says she is thinking of harming herself or the children, or cannot get out of bed to "
              "look after them, whoever hears it will ring Anita (or the Lambsthorpe Crisis Team out of hours) "
              "that day. Kayleigh will not be left on her own with the children until she has been seen: Jordan "
              "will come home from work, or the children will stay with Sandra at 4 Mill Croft."),
        ("p", "If Maisie is found outside the house on her own again, the police will be called and Hannah will "
              "hold a strategy discussion the same day."),
        ("p", "If Sandra cannot do the mornings (because she is ill, or she tells us it has become too much), she "
              "will ring Hannah that day. Jordan has agreed with his depot manager that he can move onto late "
              "shifts within a week; until then Bright Start will send a family support worker for the 7.30am "
              "visit, or Maisie will go to Little Acorns' breakfast club from 8am, paid for by Children's "
              "Services."),
        ("p", "If Reuben is not back above the 9th centile by the core group on 25/02/2026, or not on the 25th "
              "centile by the review conference, or if Maisie's nursery attendance falls below 80% over any four "
              "weeks, Hannah will ask Colin Ashby for a legal planning meeting within five working days, to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Section 8: Core group and review"),
        ("bullets", [
            "Core group: Hannah, Kayleigh, Jordan, Sandra, Jo, Anita, Bev and Jess. It will meet every four "
            "weeks at Northgate Family Hub at 10am: 28/01/2026, 25/02/2026 and 25/03/2026.",
            "Review child protection conference: 08/04/2026 at 10am, Lambsthorpe Civic Centre.",
        ]),
        ("p", "Plan agreed at the initial child protection conference on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Lidderdale RCPC plan: bullet plan under child-focused subheadings, with a
#    who's-who so first names own the bullets. Faults: W001, T002, H001, M002,
#    C003, R002 (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lidderdale_rcpc_bullets_under_subheadings_whos_who_tolley.md",
    "split": "tune",
    "actions": 15,
    "template": "rcpc-plan-md-bold-details-lines-whos-who-first-names-why-still-a-plan-what-has-changed-what-tyler-and-ellie-mae-say-what-we-want-then-what-will-happen-bullets-under-child-focused-subheadings-owner-time-and-measure-in-each-bullets-sentences-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old after domestic abuse by their "
        "father, who drinks and now lives with his mother; she supervises his Saturday contact "
        "and has the children for tea on Wednesdays. A who's-who lets first names own the bullets "
        "under child-focused subheadings; most bullets carry their owner, rhythm and check in "
        "their own sentences (the alcohol service reports on change, the IDVA, the perpetrator "
        "programme, school nurse, direct work). Faults: a referral to the children's group 'will "
        "be made' by nobody; the mother's Freedom Programme 'as soon as a place is available'; "
        "her Talking Therapies sessions carried on and counted by attendance only; the DSL who "
        "will 'keep an eye on' the children; no word in the contingency on the grandmother being "
        "unable to supervise or have the children; no legal planning anywhere."
    ),
    "text": """\
# Lidderdale City Council – Children and Families

## Child Protection Plan – Review Conference

**Children:** Tyler Tolley (9) and Ellie-Mae Tolley (6)
**Address:** 15 Aske Road, Lidderdale LD2 8PN, with their mum
**Mum:** Leanne Marsh (34)
**Dad:** Craig Tolley (37), living with his mother at 6 Ripley Close since October 2025
**Conference:** Review Child Protection Conference, 03/02/2026 (initial conference 06/11/2025). Chair: Tom Bassey
**Category:** Emotional abuse (both children)
**Social worker:** Kerry Naylor, Lidderdale Children and Families (practice manager: Sue Whitehead)

## Who's who

- **Kerry** – Kerry Naylor, the children's social worker
- **Leanne** – Mum
- **Craig** – Dad
- **Nana Jean** – Jean Tolley, Dad's mum
- **Mrs Dean** – Angela Dean, designated safeguarding lead (DSL), Greenbank Primary School
- **Sam** – Sam Akhtar, independent domestic violence adviser (IDVA), Lidderdale Safe Steps
- **Gary** – Gary Platt, recovery worker, Lidderdale Recovery Service (alcohol)
- **Nicola** – Nicola Frain, Early Help family worker, Greenbank Family Hub
- **Mrs Osei** – Grace Osei, school nurse for Greenbank Primary

## Why there is still a plan

On 19/10/2025 Craig came home after drinking all afternoon, pushed Leanne into the kitchen door and held her by the throat. Tyler rang 999 from the landing while Ellie-Mae hid in the bathroom. It was the fourth time police had been called to Aske Road in 2025. Craig was charged, bailed not to go to Aske Road, and moved in with Nana Jean. The bail conditions ended in December when the case was adjourned; Craig has since agreed not to come to the house.

## What has changed since the first conference

- There has been no violence at Aske Road since October. On 10/01/2026 Craig came to the door after drinking; Leanne did not let him in and rang the police, who moved him on.
- Craig has been to 7 of 8 appointments with Gary and his breath tests at contact have all been clear.
- Saturday contact at Nana Jean's has happened every week and the children look forward to it.
- Tyler's school attendance is up from 86% to 95%. Ellie-Mae is still wetting most nights.
- Leanne finished her safety planning sessions with Sam in December and has a police-linked alarm.

## What Tyler and Ellie-Mae say

Tyler (seen on his own at school on 27/01/2026): "I don't want to be the one that rings the police again." He wants to see his dad "but not when he's had beer", and he said he still listens at night "in case". On his scale of how safe home feels he put 7 out of 10 (he said 2 in October).

Ellie-Mae (seen at home on 29/01/2026) drew her house of good things with "Mummy, Tyler, our cat and pancakes", and her house of worries with "shouting" and "the police lights". She said she likes "Saturdays at Nana Jean's" and that she wants "Daddy to be kind".

## What we want for Tyler and Ellie-Mae

1. Tyler and Ellie-Mae live in a home with no shouting, hitting or drinking, and they feel safe enough to sleep.
2. They see their dad every week, and he is sober and kind every time.
3. Tyler no longer feels that he has to look after his mum and his sister.
4. Ellie-Mae is dry at night more often and goes to bed without being frightened.

## What will happen

### Tyler and Ellie-Mae are safe at home

- Kerry will visit Tyler and Ellie-Mae at home every fortnight, and see each of them on their own at school in the weeks in between. She will write down what each child says about home and about Dad, and bring it to every core group.
- Leanne has agreed that she will not let Craig into 15 Aske Road, and will ring 999 every time he comes to the door after drinking, as she did on 10/01/2026. Police call-out logs shared with Kerry, and what the children tell her, will show whether he has been to the house.
- Sam will meet Leanne every two weeks until the end of March to update her safety plan now that Craig's bail has ended. Sam will send Kerry a copy of the updated plan after each meeting, and the new risk assessment (DASH) before the core group on 04/03/2026.
- A referral will be made to the Safe Steps Helping Hands group for Tyler and Ellie-Mae by 20/02/2026, so they can make sense of what they saw at home. We'll know this has happened when both children have started the group and the group worker has rung Kerry.

### Tyler and Ellie-Mae see their dad safely

- Craig will see the children every Saturday from 10am to 1pm at Nana Jean's home, and he will not drink from Friday evening until contact is over. Nana Jean will text Kerry after every contact to say how it went and whether Craig was sober.
- Nana Jean will supervise every contact in her home, stay in the room the whole time, and end the contact if Craig has been drinking. She will write a few lines in the contact book after each Saturday, which Kerry will read at her visits.
- Nana Jean will also have Tyler and Ellie-Mae for tea every Wednesday from 3.15pm to 6pm, so that Leanne can go to her group. Greenbank's collection log will show Nana Jean collecting them, and Craig will not be at the house on Wednesdays.
- Gary will see Craig every week at Lidderdale Recovery Service and breathalyse him at each appointment. Before each core group Gary will write to Kerry on whether Craig's drinking is changing and whether he thinks contact could safely move on, with the breath test results attached.
- Craig will start the 24-week Change programme at Lidderdale Safer Families on 26/02/2026 and go every Thursday evening. The programme worker's monthly attendance and progress letter to Kerry will show that he has been and what he is working on.

### Leanne is helped to keep the children safe

- Leanne will go on the Freedom Programme at Greenbank Family Hub as soon as a place is available, because she wants to understand how Craig's behaviour affected her and the children. The Hub will send Kerry her attendance, and she should complete the whole course.
- Leanne's therapist at Lidderdale Talking Therapies will carry on seeing her weekly for her anxiety and panic attacks until her twelve sessions end in April. Talking Therapies will send Kerry a monthly letter saying which sessions she attended.

### Tyler and Ellie-Mae get help with their worries

- Mrs Dean, the DSL at Greenbank Primary, will keep an eye on how Tyler and Ellie-Mae are in school every day.
- Mrs Osei will see Ellie-Mae about her night wetting by 27/02/2026 and start a wetting diary with Leanne. The diary will show how many dry nights Ellie-Mae has each week, and we hope to see more of them by the next review.
- Kerry will do four sessions of direct work with Tyler at school by 01/04/2026, about the worries he carries and about not having to be the one who rings the police. Tyler's own safety plan, naming the adults he can tell, will be on file and shared with Leanne.
- Nicola will do six weekly sessions with Leanne on a calm bedtime routine for both children, starting in the week of 09/02/2026. We will know this is working when Leanne's sleep diary shows both children in bed by 8pm on most nights and Ellie-Mae tells Kerry she is not scared at bedtime.

## If things go wrong

- If Craig comes to Aske Road after drinking, or there is any violence, Leanne will ring 999 and Kerry will hold a strategy discussion with Lidderdale Police the same day.
- If Craig arrives for contact having been drinking, Nana Jean will not let the contact go ahead and will ring Kerry (or the Emergency Duty Team out of hours). Contact will then stop until Gary has seen Craig and written to Kerry.
- If Leanne lets Craig back into the home, Kerry will hold a strategy discussion the same day, and Tyler and Ellie-Mae will stay with Leanne's sister, Donna Marsh, at 22 Holt Lane until it has taken place.

## Meetings

- Core group every four weeks, Wednesdays at 1.30pm at Greenbank Family Hub: 04/03/2026, 01/04/2026 and 29/04/2026, then monthly.
- Next review child protection conference: Monday 03/08/2026, 10am, Lidderdale Civic Centre.

Plan agreed at the review conference on 03/02/2026. Typed by Kerry Naylor, 04/02/2026.
""",
    "findings": [
        F("W001", "A referral will be made to the Safe Steps Helping Hands"),
        F("T002", "go on the Freedom Programme at Greenbank Family Hub"),
        F("H001", "will carry on seeing her weekly for her anxiety"),
        F("M002", "will keep an eye on how Tyler and Ellie-Mae"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Lowestead: the social worker's letter to a father after the ICPC, plan as
#    numbered paragraphs of "I will" / "You will" / "Marta will". Printed to
#    PDF with header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lowestead_icpc_outcome_letter_numbered_i_and_you_dabrowski.pdf",
    "doc_title": "Letter after the initial child protection conference - Lena and Filip Dabrowski",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE \u2013 Lowestead Council Children's Services",
    "footer": "Letter to Steven Dabrowski after the initial child protection conference \u2013 page {PAGE} of {NUMPAGES}",
    "template": "icpc-outcome-letter-to-father-paged-header-footer-letterhead-address-block-dear-what-conference-decided-why-worried-going-well-what-lena-and-filip-told-us-what-we-all-want-then-what-will-happen-now-typed-numbered-paragraphs-i-you-and-named-relative-if-things-go-wrong-meetings-signed-by-sw-cc-list",
    "description": (
        "Exemplary letter from the social worker to a widowed father after the initial conference "
        "(neglect; he has been drinking heavily since his wife died, and his 11-year-old daughter "
        "has been getting her brother to school). Printed to PDF with a header and footer on every "
        "page; the plan is thirteen typed numbered paragraphs in which 'I' is the social worker who "
        "signs, 'you' is the father and others are named, each with its rhythm or date and what "
        "will be seen. The alcohol service reports on his capacity to change, the GP owns an "
        "action, the aunt's Friday nights and phone line have a fallback, legal planning follows "
        "named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("pr", "Lowestead Council"),
        ("pr", "Children's Services \u2013 Locality Team North"),
        ("pr", "Brunel House, 3 Quay Street, Lowestead LW1 4TR"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Mr Steven Dabrowski"),
        ("pl", "41 Cobden Terrace"),
        ("pl", "Lowestead LW4 9BN"),
        ("p", ""),
        ("p", "23/02/2026"),
        ("p", "Dear Steven,"),
        ("boldp", "Lena and Filip's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Wednesday 18/02/2026, and for "
              "being so honest about your drinking. I know it was a hard morning. This letter sets out what was "
              "decided and the plan everyone agreed. Please keep it somewhere safe and bring it to our meetings."),
        ("boldp", "What the conference decided"),
        ("p", "The chair, Margaret Fell, and everyone at the conference agreed that Lena (11) and Filip (7) should "
              "each have a child protection plan under the category of neglect. I will stay as your social "
              "worker. My manager is Gareth Lyle."),
        ("boldp", "Why the conference was worried"),
        ("p", "Since Ania died in March 2025 you have been drinking more and more, and you told the conference "
              "that most days you now drink about a litre of vodka. Wetherby Road Primary have recorded Lena late "
              "23 times and Filip absent 14 days this school year. On 26/01/2026 Filip was at the school gate at "
              "8am with no coat in the snow, and Lena told her teacher that you \u201cwouldn't wake up\u201d. When "
              "the police called that morning they found you asleep on the settee, three empty bottles in the "
              "kitchen, no credit on the electric meter and no food for breakfast. Your GP has been treating you "
              "for low mood since the summer."),
        ("boldp", "What is going well"),
        ("bullets", [
            "Lena and Filip love you and you love them; both children told me they like it when you cook.",
            "You asked for help with your drinking yourself, at the GP on 02/02/2026, and you have been to "
            "your first appointment at Lowestead Recovery Partnership.",
            "Your sister Marta lives ten minutes away and has offered to have the children every Friday night "
            "and to be there for Lena.",
            "School know the children well and have already put both of them in breakfast club.",
        ]),
        ("boldp", "What Lena and Filip told us"),
        ("p", "I saw Lena on her own at school on 10/02/2026 and 16/02/2026. She said: \u201cI do Filip's "
              "breakfast and his reading book. I don't mind but I'm tired.\u201d She told me she wants you to stop "
              "drinking \u201cso he's like he was before Mum died\u201d. She loves netball and going to Auntie "
              "Marta's. She is worried that if she tells anyone what home is like, \u201cwe'll get taken\u201d."),
        ("p", "Filip told me \u201cDaddy sleeps on the settee a lot.\u201d He drew your living room with you "
              "asleep and a big television, and himself and Lena at the table. His three wishes were \u201cMum "
              "back, a dog, and Daddy to make pancakes again\u201d."),
        ("boldp", "What we all want for Lena and Filip"),
        ("bullets", [
            "Lena and Filip are looked after every day and night by a dad who is sober.",
            "They get up, have breakfast and are in school on time every day.",
            "Lena can be an 11-year-old again, and is not the one looking after Filip and you.",
            "Both children have a warm home with food in it, and get help with missing their mum.",
        ]),
        ("boldp", "What will happen now \u2013 the plan"),
        ("p", "Everyone named below was at the conference and agreed to their part. \u201cI\u201d means me, Ruth, "
              "your social worker, and \u201cyou\u201d means you, Steven."),
        ("pi", "1. I will visit Lena and Filip at home every week, and at least one visit in every three will be "
               "before school and without an appointment, because mornings are when things have gone wrong. I "
               "will see the children's bedrooms and what there is for breakfast, and I will write down what each "
               "of them tells me, so that the core group can see week by week what mornings are like."),
        ("pi", "2. From the day of the conference, you have agreed that you will not drink at all from 6pm on a "
               "school night until the children are in school the next morning, and that you will not drink at "
               "any time when you are looking after them on your own. You will blow into the breath tester at "
               "every one of my visits and every session with Dean, and the readings will be written down; we want "
               "every reading to be zero."),
        ("pi", "3. Dean Holroyd from Lowestead Recovery Partnership will see you every Tuesday, and will agree with "
               "you and your GP by 13/03/2026 whether a community detox is safe for you. Before each core group he "
               "will write to me about how much you are drinking, your breath test results, whether you are making "
               "the changes Lena and Filip need, and how long he thinks that is likely to take."),
        ("pi", "4. Dr Okafor at Cobden Road Surgery will review your sertraline and do your liver blood tests by "
               "06/03/2026, and will see you every two weeks while you are on any detox. She will write to me "
               "after each appointment, so that the core group knows the detox is going to plan."),
        ("pi", "5. You will get Lena and Filip up, give them breakfast or take them to breakfast club, and have "
               "them at Wetherby Road Primary by 8.45am every school day, and Lena will not be asked to get "
               "Filip ready. Mrs Hodge will send me both children's attendance and lateness every Friday, and we "
               "want both of them in on time every day."),
        ("pi", "6. Mrs Hodge, the designated safeguarding lead at Wetherby Road Primary, will check in with Lena "
               "and Filip every morning for the next six weeks, and twice a week after that. If either child is "
               "not in school by 9.15am, she will ring you and then me the same morning. Each check and each call "
               "will be logged on the school's safeguarding system and summed up in her Friday email to me."),
        ("pi", "7. Marta has agreed that she will have Lena and Filip at her flat, 2 Anchor Court, every Friday "
               "from after school until Saturday teatime, so that the children have a settled night and you have "
               "a break. She will ring me on Saturday evening to tell me how the weekend went and how you were "
               "when she took them home, and I will write it up."),
        ("pi", "8. Marta will also be the person Lena can ring if she is worried about you at home, and she will "
               "come round within half an hour whenever Lena calls. Lena has Marta's number saved in her phone. "
               "Marta will tell me about every call the same day, and I will ask Lena at each visit whether she has "
               "needed to use it."),
        ("pi", "9. Kelly Brannan from Lowestead Family Support will come to your home every Thursday for eight "
               "weeks, from 26/02/2026, to help you set up a morning routine, a weekly shop and a budget for the "
               "electric meter, because in January the house was cold and there was no food. We will know it is "
               "working when the meter has credit and there is breakfast in the cupboard at my unannounced visits, "
               "and Kelly's notes, which she will send me each week, show the routine being kept."),
        ("pi", "10. I will refer Lena to Lowestead Young Carers by 27/02/2026, because she has been looking after "
               "Filip and you, and she told me she is tired. The young carers worker will meet Lena within four "
               "weeks of the referral and tell me in writing what Lena has been offered, and I will ask Lena at "
               "each visit how she is finding it."),
        ("pi", "11. I will ask Rainbow Trees, the Lowestead children's bereavement service, to offer Lena and Filip "
               "sessions about their mum by 06/03/2026, because both children talk about Ania a lot and have had "
               "no help since she died. Rainbow Trees will tell me the date of the first session, and their "
               "worker will write to you and me by the review conference about what the sessions have helped "
               "with."),
        ("pi", "12. You will take Filip to Lowestead Dental Centre about his toothache by 13/03/2026, and for the "
               "eye test school wrote to you about by 27/03/2026. Please keep the appointment letters and show "
               "them to me at my next visit, so that I can see he has been."),
        ("pi", "13. I will see Lena and Filip, each on their own at school, three times before the review conference "
               "(the first by 04/03/2026), and use the \u201cthree houses\u201d with them, so that their words are "
               "at the centre of every core group. Their drawings and what they say will be written up and shared "
               "with you and the core group."),
        ("boldp", "If things go wrong"),
        ("p", "If you are drunk while you are looking after Lena and Filip, or your breath test at one of my visits "
              "is above zero, the children will go to Marta's that day, and I will hold a strategy discussion with "
              "the police the same day. If Marta cannot have them, I will arrange for them to stay with Lowestead "
              "foster carers that night."),
        ("p", "If Marta cannot do the Friday nights or be there for Lena (because she is ill, away, or feels she "
              "cannot carry on), she will ring me that day. Until we have a new arrangement in place, Kelly will "
              "visit on Friday evenings instead, and Lena will have a card in her phone case with my number and "
              "the Emergency Duty Team's number (01632 960999); the duty team will visit the same evening if she "
              "calls."),
        ("p", "If either child is not in school and nobody can reach you by 10am, Mrs Hodge will ring me, and I or "
              "the duty social worker will visit with the police that morning."),
        ("p", "If you are not keeping to the plan by the first core group (a breath test above zero, or the "
              "children late or absent on more than two days in any week), or if you are drunk while looking "
              "after the children at any time, I will ask Gareth Lyle for a legal planning meeting within five "
              "working days. That meeting will decide whether to start the Public Law Outline (pre-proceedings), "
              "and you would be told straight away and offered free legal advice."),
        ("boldp", "Meetings"),
        ("p", "The core group is you, me, Marta, Mrs Hodge, Dean, Kelly and the school nurse, Amy Rudd. We will "
              "meet every four weeks at Wetherby Road Primary at 3.30pm: 04/03/2026, 01/04/2026 and 29/04/2026."),
        ("p", "The review child protection conference will be on 13/05/2026 at 10am at Brunel House."),
        ("p", "If anything in this letter is wrong, or you want to talk about it, ring me on 01632 960418. You can "
              "bring someone with you to any of the meetings."),
        ("p", "Yours sincerely,"),
        ("p", "Ruth Adeyemi"),
        ("p", "Social Worker, Locality Team North"),
        ("p", "cc: Margaret Fell (Chair); Marta Dabrowska; Mrs Hodge, Wetherby Road Primary; Dean Holroyd, Lowestead "
              "Recovery Partnership; Dr Okafor, Cobden Road Surgery; Kelly Brannan, Lowestead Family Support; Amy "
              "Rudd, school nurse"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Langholmby core group minutes with the updated plan as a six-column
#    table (No. / Action / Lead / Support from / Target date / Evidence of
#    progress). Faults: T002, M002, H001, W001, W002, R001 (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_langholmby_core_group_minutes_six_column_lead_support_whitaker.docx",
    "doc_title": "Core Group Minutes and Updated Plan - Poppy Whitaker and Archie Booth",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "template": "core-group-minutes-docx-landscape-details-grid-no-header-attendance-table-numbered-agency-updates-childrens-words-outcomes-then-updated-plan-six-columns-no-action-lead-support-from-target-date-evidence-of-progress-contingency-dates",
    "description": (
        "Minutes of the second core group for a 5-year-old and a 2-year-old (neglect): their "
        "mother has anxiety and low mood and sees the CMHT, her partner uses cannabis and cocaine "
        "at weekends. Landscape Word minutes with a details grid, an attendance table, numbered "
        "agency updates, Poppy's words and Archie's day, then the updated plan as a six-column "
        "table whose Action cells run to two or three sentences with a reason. Most rows are sound "
        "(weekly visits, home conditions scored by the social worker, hair strand testing, nursery "
        "and school logs, the two-year review, the dentist, routines work, direct work). Faults: "
        "the drug service row 'continue to engage', 'Ongoing', 'Engagement with the service'; the "
        "care coordinator's support for the mother measured by appointments kept; a broken window "
        "'to be reported ... and repaired' with no lead; 'All agencies' to share worries; the "
        "review conference 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Core Group Meeting \u2013 Minutes and Updated Plan"),
        ("p", "Langholmby Metropolitan Borough Council \u00b7 Children and Young People's Service \u00b7 "
              "Safeguarding Team West"),
        ("table", {
            "widths": [5.0, 20.7],
            "bold_first_col": True,
            "rows": [
                ["Children", "Poppy Whitaker, born 03/05/2020 (5); Archie Booth, born 17/11/2023 (2)"],
                ["Address", "112 Lister Way, Langholmby LH4 7EJ"],
                ["Parents", "Jodie Whitaker (24), mother of both; Liam Booth (27), Archie's father, lives at home. "
                            "Poppy's father is not involved."],
                ["Meeting", "Core group 2, Wednesday 11/02/2026, 1.30pm, Langholmby Children's Centre"],
                ["Chair / minutes", "Zara Hussain, social worker / Adele Pike, business support"],
                ["Plan made", "Initial child protection conference 14/01/2026, category neglect (both children)"],
            ],
        }),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role", "Attendance"],
            "widths": [6.0, 13.7, 6.0],
            "rows": [
                ["Zara Hussain", "Social worker, Safeguarding Team West (chair)", "Present"],
                ["Jodie Whitaker", "Mum", "Present"],
                ["Liam Booth", "Archie's dad", "Present (left 2.40pm for work)"],
                ["Rachel Hurst", "Health visitor, Langholmby 0-19 Service", "Present"],
                ["Mrs Amanda Cole", "Designated safeguarding lead, St Aidan's C of E Primary", "Present"],
                ["Kim Lister", "Manager, Little Stars Nursery", "Present"],
                ["Rob Finch", "Care coordinator, Langholmby Community Mental Health Team (CMHT)", "Present"],
                ["Tina Morley", "Family support worker, Langholmby Family Support", "Present"],
                ["Dale Moss", "Recovery worker, Langholmby Drug and Alcohol Service (DAS)", "Apologies \u2013 "
                                                                                          "update sent"],
            ],
        }),
        ("h2", "2. Updates since the conference"),
        ("p", "2.1 Social worker. Zara has visited four times (two unannounced). The kitchen was cleaner on "
              "the last two visits but Poppy's bedroom still smells of damp and the window will not shut. There "
              "was a strong smell of cannabis in the hallway on 30/01/2026; Liam said a friend had been round."),
        ("p", "2.2 Health visitor. Archie weighed 12.1kg on 04/02/2026 (25th centile). His two-year review "
              "has still not been done: two appointments were missed in December. Archie says about ten words."),
        ("p", "2.3 School. Poppy's attendance since the conference is 88%. She has come in hungry three times and "
              "had head lice twice. Mrs Cole says Poppy is happier on days she goes to breakfast club."),
        ("p", "2.4 Nursery. Archie has been to 14 of his 20 sessions since the conference. Twice he arrived in "
              "the same clothes as the day before and with a full nappy."),
        ("p", "2.5 CMHT. Rob sees Jodie every two weeks. Jodie has started sertraline again and has panic attacks "
              "most mornings on the school run. She has no thoughts of harming herself."),
        ("p", "2.6 Drug and Alcohol Service (written update read out). Liam has been to two of four appointments. "
              "He says he smokes cannabis most evenings and uses cocaine \u201con a weekend now and then\u201d."),
        ("p", "2.7 Family support. Tina has done three routine sessions; a cleaning rota is on the fridge."),
        ("p", "2.8 Jodie and Liam. Jodie said the visits feel \u201clike being watched\u201d but that the help with "
              "the mornings is working. Liam said he never smokes in the house when the children are awake."),
        ("h2", "3. Poppy and Archie"),
        ("p", "Poppy (seen by Zara at school on 09/02/2026) drew her three houses. In her house of worries she put "
              "\u201cthe smelly smoke\u201d, \u201cMummy crying in the morning\u201d and \u201cmy cold "
              "bedroom\u201d. In her house of good things she put \u201cbreakfast club\u201d, \u201cArchie\u201d and "
              "\u201cLiam doing the bath\u201d. Her wish was \u201cfor my window to shut\u201d."),
        ("p", "Archie (observed at home on 06/02/2026, 4pm) was in a wet nappy from the morning and ate two "
              "yoghurts quickly. He went to Liam for a cuddle and brought Zara his toy bus. Nursery say he is "
              "a chatty, busy little boy who settles well."),
        ("h2", "4. What needs to change (outcomes from the conference)"),
        ("bullets", [
            "Poppy and Archie live in a clean, warm home with no drugs in it, and a bedroom that is dry and "
            "safe.",
            "Poppy and Archie are fed, clean and at school or nursery on time every day.",
            "Poppy and Archie are cared for by adults who are not under the influence of drugs and who are well "
            "enough to notice what they need.",
            "Archie's development and Poppy's teeth and health are checked and any help they need is in place.",
        ]),
        ("h2", "5. Updated child protection plan"),
        ("p", "Gone through line by line at this meeting. This plan replaces the plan made at the conference."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Support from", "Target date", "Evidence of progress"],
            "widths": [1.0, 8.4, 3.8, 3.1, 3.8, 5.6],
            "rows": [
                ["1",
                 "Zara will visit Poppy and Archie at home, at least one visit in three unannounced. She will "
                 "see both children's bedrooms and the kitchen every time, because the worries at conference "
                 "were the state of the home and the smell of cannabis.",
                 "Zara Hussain, SW",
                 "-",
                 "Weekly until the review conference",
                 "Visit record on file within 48 hours of each visit, with photographs of the bedrooms and "
                 "kitchen"],
                ["2",
                 "Jodie and Liam will keep the children's bedrooms and the kitchen clean and clear: rubbish "
                 "out every day, clean bedding on both beds, and nothing on the floor that Archie could put in "
                 "his mouth. Tina will go through the cleaning rota with them each week.",
                 "Jodie Whitaker and Liam Booth",
                 "Tina Morley (FSW)",
                 "From 11/02/2026, checked at every SW and FSW visit",
                 "Zara scores the home at each visit on the home conditions scale: 7/10 or above by the next "
                 "core group (4/10 today)"],
                ["3",
                 "Liam will not use cannabis, cocaine or any other drug in the house, in the car or on any day "
                 "he is caring for the children, and will keep none in the house. He has agreed to a hair "
                 "strand test so that everyone can see what he is using.",
                 "Liam Booth",
                 "Dale Moss (DAS)",
                 "From 11/02/2026; hair strand test by 13/03/2026",
                 "Hair strand result (three months) shared with the SW; no drugs, smell or kit found at any "
                 "visit"],
                ["4",
                 "Liam to continue to engage with Langholmby Drug and Alcohol Service.",
                 "Dale Moss, recovery worker, Langholmby DAS",
                 "Liam Booth",
                 "Ongoing",
                 "Engagement with the service"],
                ["5",
                 "Rob will continue to see Jodie for her anxiety and low mood, and support her with her "
                 "medication and the panic attacks she has on the school run.",
                 "Rob Finch, care coordinator, Langholmby CMHT",
                 "Jodie Whitaker",
                 "Fortnightly",
                 "Appointments kept, confirmed in a CMHT letter to the SW each month"],
                ["6",
                 "Jodie will take Poppy to school and Archie to nursery on time every day they are due. If a "
                 "panic attack stops her, she will ring Liam to do the run and ring school before 9am, so "
                 "that the children still get there.",
                 "Jodie Whitaker",
                 "Liam Booth",
                 "Every school and nursery day from 12/02/2026",
                 "St Aidan's register shows Poppy at 95% or above; Little Stars register shows Archie at 9 of "
                 "every 10 sessions"],
                ["7",
                 "Mrs Cole will check Poppy each morning for hunger, clean clothes and head lice, and offer her "
                 "breakfast club. On any day Poppy is absent without a call, school will ring Jodie by 9.30am "
                 "and Zara the same morning.",
                 "Mrs Amanda Cole, DSL, St Aidan's",
                 "Class teacher",
                 "Every school day",
                 "Weekly email to the SW every Friday with attendance and anything seen; calls logged on CPOMS"],
                ["8",
                 "Kim will record Archie's arrival time, whether he has eaten, the state of his nappy and any "
                 "marks, and tell Zara the same day if he is not brought.",
                 "Kim Lister, manager, Little Stars Nursery",
                 "Archie's key worker",
                 "Every session (Monday to Friday mornings)",
                 "Nursery daily log sent to the SW every two weeks"],
                ["9",
                 "Rachel will do Archie's two-year review (ASQ-3), which was missed in December, and check his "
                 "weight, his speech and his teeth. Archie says about ten words, so a speech referral may be "
                 "needed.",
                 "Rachel Hurst, HV",
                 "Jodie Whitaker",
                 "By 06/03/2026",
                 "ASQ-3 scores and any referral (speech and language, dentist) sent to the SW and nursery in "
                 "writing"],
                ["10",
                 "Jodie will take Poppy to the dentist about her two decayed teeth, and register Archie at the "
                 "same practice while she is there.",
                 "Jodie Whitaker",
                 "Rachel Hurst (HV) to give her the number",
                 "Appointment by 27/02/2026",
                 "Dental appointment letter seen by the SW; both children registered at Langholmby Dental Care"],
                ["11",
                 "Broken window in Poppy's bedroom to be reported to Langholmby Homes and repaired, as it will "
                 "not shut and her room is cold and damp.",
                 "-",
                 "-",
                 "13/03/2026",
                 "Window seen repaired and shutting at the next SW visit"],
                ["12",
                 "Tina will do eight weekly sessions with Jodie and Liam on routines: mealtimes, bath and bed by "
                 "7.30pm, and getting out of the door in the morning, because mornings are when things fall "
                 "apart.",
                 "Tina Morley, FSW, Langholmby Family Support",
                 "Jodie and Liam",
                 "Thursdays, eight sessions, the last by 02/04/2026",
                 "Routine chart in use; children bathed and in clean pyjamas on Zara's evening visit; Tina's "
                 "session notes to the SW weekly"],
                ["13",
                 "Share any worry about Poppy or Archie with the SW the same day, and with the Emergency Duty "
                 "Team out of hours.",
                 "All agencies",
                 "-",
                 "Same day",
                 "Each worry recorded on the children's case file"],
                ["14",
                 "Zara will do three sessions of direct work with Poppy at school (her three houses and "
                 "\u201cmy safe people\u201d), so that her voice is heard at each core group.",
                 "Zara Hussain, SW",
                 "Mrs Cole (quiet room)",
                 "One before each core group, the last by 08/04/2026",
                 "Poppy's drawings and words written up and brought to each core group"],
            ],
        }),
        ("h2", "6. Contingency plan (agreed at conference, unchanged)"),
        ("p", "If Liam is found under the influence of drugs while caring for the children, or drugs or kit are "
              "found in the house, Liam will leave the home that day and stay with his brother at 19 Fern Road, "
              "and Zara will hold a strategy discussion with the police the same day."),
        ("p", "If Jodie cannot get up or care for the children on two days running, or tells anyone she is "
              "thinking of harming herself, Rob will arrange a same-day assessment by the Home Treatment Team. "
              "The children will be cared for by Liam if his last hair strand or urine test was clear; if not, "
              "Zara will arrange foster carers for them that day."),
        ("p", "If Zara scores the home below 5/10 on two visits in a row, or Poppy's attendance falls below 90% "
              "over four weeks, Zara will ask her team manager, Neil Sowerby, for a legal planning meeting within "
              "ten working days."),
        ("h2", "7. Dates"),
        ("p", "Core group every four weeks at Langholmby Children's Centre at 1.30pm: next 11/03/2026, then "
              "08/04/2026."),
        ("p", "Review child protection conference: date to be confirmed by the Safeguarding Unit (Zara to chase)."),
        ("p", "Minutes agreed by Zara Hussain. Sent to all present and to Dale Moss on 13/02/2026."),
    ],
    "findings": [
        F("T002", "Liam to continue to engage with Langholmby Drug and Alcohol Service."),
        F("M002", "Liam to continue to engage with Langholmby Drug and Alcohol Service."),
        F("H001", "Rob will continue to see Jodie for her anxiety and low mood"),
        F("W001", "Broken window in Poppy's bedroom to be reported to Langholmby Homes"),
        F("W002", "Share any worry about Poppy or Archie with the SW"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Lisswater case-management system print: header fields, parental factor
#    flags, outcomes O1-O4, task blocks under each outcome. Faults: F001,
#    F002, T002, M002, M001 (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lisswater_case_system_print_outcome_task_blocks_gallagher.txt",
    "split": "tune",
    "actions": 12,
    "template": "case-system-print-txt-carelink-header-plan-fields-subject-household-parental-factor-flags-reason-strengths-childs-views-outcomes-o1-o4-then-task-blocks-under-each-outcome-description-assigned-to-due-evidence-fields-repeated-page-header-contingency-review-fields",
    "description": (
        "Case-management system print of an initial conference plan for a 13-year-old boy "
        "(neglect) whose mother drinks and is depressed: header and plan fields, parental factor "
        "flags, reason, strengths, Jayden's views, outcomes O1 to O4, then task blocks under each "
        "outcome with free-text descriptions of two or three sentences and Assigned to / Due / "
        "Evidence fields, a repeated page header, then contingency and review fields. The tasks "
        "are mostly well made, but the plan is built around the mother: seven of twelve tasks are "
        "her own treatment, support and appointments, with no word of Jayden, and the first "
        "outcome is about her alone. Other faults: her mutual-aid meetings 'as and when she feels "
        "able'; the family support worker's budgeting help 'Monitored by FSW'; a young carer's "
        "assessment with an empty Evidence field. The contingency, legal planning and meetings "
        "are sound."
    ),
    "text": """\
CARELINK CS  |  Lisswater Council - Children's Services  |  Printed 10/03/2026 14:22 by SWILLIAMS  |  Page 1 of 3
=====================================================================================================
CHILD PROTECTION PLAN                                                        Plan ID: CPP-2026-00417
Status: ACTIVE            Plan start: 24/02/2026            Version: 1 (ICPC)
-----------------------------------------------------------------------------------------------------
SUBJECT
  Name ............... Jayden Gallagher            DOB 14/06/2012 (13)       Person ID 772104
  School ............. Lisswater Academy, Year 8
HOUSEHOLD
  Michelle Gallagher . Mother (41)                 Same address
  Father ............. Not known; no contact
ADDRESS .............. Flat 9, Rowan House, Fleet Street, Lisswater LS3 6DW
CATEGORY ............. Neglect
ALLOCATED WORKER ..... Sophie Williams, Social Worker, North Assessment and Child Protection Team
TEAM MANAGER ......... Anthony Birch
CONFERENCE ........... Initial Child Protection Conference 24/02/2026. Chair: Jane Mortimer
-----------------------------------------------------------------------------------------------------
PARENTAL FACTORS (tick all that apply)
  [X] Alcohol misuse ............ Mother
  [X] Mental ill health ......... Mother (depression, on medication from GP)
  [ ] Domestic abuse
  [ ] Drug misuse
  [ ] Learning disability
-----------------------------------------------------------------------------------------------------
REASON FOR PLAN
  Jayden's school raised concerns in January 2026: attendance 71% this year, often late, hungry and in
  the same uniform. On 03/02/2026 Jayden rang 999 because his mum had fallen in the bathroom and he
  could not wake her; she had drunk most of a bottle of vodka and taken extra sleeping tablets. Police
  found little food in the flat and the electricity had been off for two days. Michelle told the
  conference she drinks most days and has been low since losing her job in 2024. Rent arrears of
  around 1,900 pounds and an eviction warning.

STRENGTHS
  Jayden and his mum are close and he is proud of her when she is well. Michelle was honest at
  conference and asked for help. She has been to the Recovery Hub twice. Jayden is bright, likes
  football and computing, and has a good relationship with his head of year.

CHILD'S VIEWS / LIVED EXPERIENCE
  Jayden (seen alone at school 19/02/2026 by SW): "I'm not a kid, I can look after myself." He said he
  makes his own tea "most nights - noodles mainly" and that he stays up "to make sure Mum's all right".
  He is embarrassed about his uniform and has stopped going to football because "there's no money for
  subs". He wants his mum to "stop drinking and be normal", and he does not want to move out of the
  flat. On his scale of how worried he is about home, he said 8 out of 10.
-----------------------------------------------------------------------------------------------------
OUTCOMES
  O1  Michelle will be abstinent from alcohol and her mental health will improve.
  O2  Jayden goes to school every day, on time, with clean uniform.
  O3  Jayden has regular meals, a warm home with power, and an adult looking after him.
  O4  Jayden is not a carer for his mum, and has time for football and friends.
-----------------------------------------------------------------------------------------------------
PLAN TASKS
Linked outcome: O1
  TASK 1.1
    Description ... Michelle will go to her key-work appointments at Lisswater Recovery Hub every
                    Monday at 11am, and give a breath test at each one. The Hub will confirm her
                    attendance and results to the social worker every month.
    Assigned to ... Michelle Gallagher (Mother)
    Due ........... Weekly (Mondays) from 02/03/2026
    Evidence ...... Monthly attendance and breath test letter from Lisswater Recovery Hub

  TASK 1.2
    Description ... Jo Carney at Lisswater Recovery Hub will assess Michelle for a community alcohol
                    detox with her GP and, if it is safe, agree a start date with her. Jo will send the
                    social worker the assessment outcome and the detox plan in writing.
    Assigned to ... Jo Carney, Recovery Worker, Lisswater Recovery Hub
    Due ........... Assessment by 20/03/2026
    Evidence ...... Written assessment and detox plan on file

  TASK 1.3
    Description ... Dr Helen Marsh will review Michelle's antidepressant and sleeping tablets, and do
                    her liver blood tests before any detox starts.
    Assigned to ... Dr Helen Marsh, GP, Fleet Street Surgery
    Due ........... By 13/03/2026
    Evidence ...... GP letter to the social worker with the blood results and any medication change

  TASK 1.4
    Description ... Michelle will go to the eight-week Managing Low Mood group at Lisswater Talking
                    Therapies on Wednesday afternoons, which her GP referred her to.
    Assigned to ... Michelle Gallagher (Mother)
    Due ........... Weekly (Wednesdays) from 04/03/2026
    Evidence ...... Attendance confirmed by Lisswater Talking Therapies at the end of the course

  TASK 1.5
    Description ... Sophie will help Michelle apply for a Discretionary Housing Payment towards her rent
                    arrears, and book her a debt advice appointment with Lisswater Citizens Advice.
    Assigned to ... Sophie Williams (SW)
    Due ........... By 27/03/2026
    Evidence ...... DHP application reference and Citizens Advice appointment letter on file

CARELINK CS  |  Lisswater Council - Children's Services  |  Printed 10/03/2026 14:22 by SWILLIAMS  |  Page 2 of 3
=====================================================================================================
  TASK 1.6
    Description ... Michelle to attend SMART Recovery mutual aid meetings at the Recovery Hub as and
                    when she feels able, to build up people around her who do not drink.
    Assigned to ... Michelle Gallagher (Mother)
    Due ........... As and when
    Evidence ...... Michelle's own record of meetings, signed by the group facilitator each time

  TASK 1.7
    Description ... Dionne Price (FSW) to support Michelle with budgeting, shopping and opening her post,
                    and to help her keep up a weekly food shop.
    Assigned to ... Dionne Price, Family Support Worker, Lisswater Family Support
    Due ........... Weekly (Fridays) from 06/03/2026
    Evidence ...... Monitored by FSW

Linked outcome: O2
  TASK 2.1
    Description ... Mr Leigh will check Jayden's attendance every morning and ring Michelle by 9.30am
                    if he is not in, then Sophie the same morning if she does not answer. He will also
                    see that Jayden has clean uniform, and give him spare uniform from school if not.
    Assigned to ... Darren Leigh, Head of Year 8 and Deputy DSL, Lisswater Academy
    Due ........... Every school day
    Evidence ...... Weekly attendance and lateness report to the social worker every Friday; Jayden's
                    attendance above 92% by the review conference (71% now)

  TASK 2.2
    Description ... Michelle will make sure Jayden is up and out of the house by 8.20am every school
                    day, and will not ask him to stay home to look after her.
    Assigned to ... Michelle Gallagher (Mother)
    Due ........... Every school day from 25/02/2026
    Evidence ...... School register shows Jayden in by 8.40am; Jayden tells Sophie he has not been
                    kept home

Linked outcome: O3
  TASK 3.1
    Description ... Sophie will visit Jayden at home every week, at least one visit in three unannounced
                    and one in the evening, and see him on his own. She will check there is food in, the
                    power is on and how Michelle is, and record what Jayden says.
    Assigned to ... Sophie Williams (SW)
    Due ........... Weekly until the review conference on 20/05/2026
    Evidence ...... Visit records on CareLink within two working days, with Jayden's own words

  TASK 3.2
    Description ... Complete a young carer's assessment with Jayden.
    Assigned to ... Sophie Williams (SW)
    Due ........... 27/03/2026
    Evidence ......

Linked outcome: O4
  TASK 4.1
    Description ... The school nurse will see Jayden for a health review, including his weight and the
                    eczema on his hands, which has not been treated. She will write to the social worker
                    and GP with what she finds and any treatment plan.
    Assigned to ... Gemma Royle, School Nurse, Lisswater Academy
    Due ........... By 20/03/2026
    Evidence ...... School nurse letter on file; eczema cream prescribed and being used when Sophie
                    visits
-----------------------------------------------------------------------------------------------------
CONTINGENCY
  Trigger ........ Michelle is found drunk or unresponsive while Jayden is at home, or Jayden rings
                   anyone because he cannot wake her.
  Response ....... Ambulance called if she is unresponsive. Sophie (or the Emergency Duty Team out of
                   hours) will visit the same day and hold a strategy discussion the same day. If no
                   sober adult can stay with Jayden, he will be placed with Lisswater foster carers that
                   night.
  Trigger ........ The power is off again, or there is no food in the flat at a visit.
  Response ....... Sophie will arrange emergency credit and a food parcel the same day.

CARELINK CS  |  Lisswater Council - Children's Services  |  Printed 10/03/2026 14:22 by SWILLIAMS  |  Page 3 of 3
=====================================================================================================
LEGAL PLANNING
  If Michelle has not started a detox by 31/03/2026, or Jayden's attendance is below 85% over any four
  weeks, or there is another incident like 03/02/2026, Sophie will ask Anthony Birch for a legal
  planning meeting within five working days.
-----------------------------------------------------------------------------------------------------
REVIEW
  Core group ........... Every four weeks, Lisswater Academy, 3.45pm: 10/03/2026, 07/04/2026, 05/05/2026
  Review conference .... 20/05/2026, 10am, Lisswater Town Hall
  Plan distributed ..... 26/02/2026 to Michelle Gallagher and all core group members
=====================================================================================================
END OF PRINT
""",
    "findings": [
        F("F001"),
        F("F002", "Michelle will be abstinent from alcohol and her mental health will improve."),
        F("T002", "attend SMART Recovery mutual aid meetings at the Recovery Hub"),
        F("M002", "to support Michelle with budgeting, shopping and opening her post"),
        F("M001", "Complete a young carer's assessment with Jayden."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Lutterford RCPC plan written as numbered paragraphs throughout; the plan
#    is paragraphs 7.1 to 7.13. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lutterford_rcpc_numbered_paragraphs_narrative_lund.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-numbered-paragraph-sections-1-to-9-details-why-what-has-changed-what-harvey-and-isla-say-outcomes-how-to-read-then-the-plan-as-numbered-paragraphs-7-1-to-7-13-owner-time-and-check-inside-each-paragraph-contingency-core-group-and-review",
    "description": (
        "Exemplary review conference plan for an 8-year-old and a 5-year-old (emotional harm): "
        "their father has depression and took two overdoses in 2025, one found by his son, and "
        "the parents' arguments frighten the children; the paternal grandparents collect them "
        "twice a week. Written as numbered paragraphs throughout; the plan is paragraphs 7.1 to "
        "7.13 of two to four sentences, each naming its owner (by name, role, jointly or as "
        "'Martin has agreed that he will ...'), its rhythm or date and what will be seen. The "
        "CMHT care coordinator assesses and reports on the father's capacity to change, the GP "
        "owns an action, the grandparents' part has a fallback, legal planning follows named "
        "triggers, and core group and review dates are set."
    ),
    "text": """\
# Lutterford County Council

## Children, Families and Education – Child Protection Plan (Review)

### 1. Details

1.1 Children: Harvey Lund (8, born 11/07/2017) and Isla Lund (5, born 02/02/2021), Fairfield Primary School.

1.2 Parents: Carla Lund (38), care assistant at Hollybank Care Home, working long days (8am to 6pm) on Tuesdays and Thursdays; Martin Lund (40), off work from his job as a warehouse supervisor since August 2025. Both live at 8 Orchard Rise, Lutterford LT5 3AX.

1.3 Paternal grandparents: Ken and Barbara Lund, 21 Mill View, Lutterford (five minutes' drive).

1.4 Conference: first Review Child Protection Conference, 09/03/2026 (initial conference 08/12/2025). Chair: Elaine Forde. Category: emotional abuse (both children).

1.5 Social worker: Owen Barker, Lutterford South Children's Team (team manager: Rebecca Lowe).

### 2. Why there is a plan

2.1 Martin has had depression since 2023. In October 2025 Harvey came home from school and found his dad unconscious on the bathroom floor after an overdose; Harvey rang his mum at work and then 999. It was Martin's second overdose in 2025.

2.2 Carla and Martin argue loudly and often, mostly late at night. Police were called by neighbours twice in the autumn; on one of those nights a plate was thrown and Isla was found hiding in the wardrobe.

### 3. What has changed since the initial conference

3.1 Martin has been seen every week by the Community Mental Health Team and takes his medication; there has been no further overdose.

3.2 There have been no police call-outs since November. Carla and Martin say they still argue, but "not like before".

3.3 Ken and Barbara have collected the children on Tuesdays and Thursdays since December, and the children are always there on time.

3.4 Harvey still has nightmares most weeks and will not go upstairs on his own. Isla has started soiling at school.

### 4. What Harvey and Isla say

4.1 Harvey (seen alone at school on 02/03/2026): "I don't like going in the bathroom first when I get home." He said the shouting is "the worst bit" and that he turns his music up. The best bit of his week is football on Saturdays with Grandad. He gave home 6 out of 10 for feeling safe (3 in December).

4.2 Isla (seen at home on 26/02/2026 with her dolls) put the mummy and daddy dolls in different rooms "because they're cross", and put the girl doll in the wardrobe "to be quiet". When asked who she goes to when she is scared, she said "Nanna Barbara".

### 5. What needs to be different for Harvey and Isla

5.1 Harvey and Isla live in a home where the adults do not shout, throw things or frighten them.

5.2 Harvey never again finds his dad hurt, and both children know what to do and who to ring if they are worried about him.

5.3 Harvey sleeps without nightmares most nights and can move round his own home without fear.

5.4 Isla is clean and comfortable at school, and her worries are noticed and understood.

### 6. How to read the plan

6.1 Each paragraph in section 7 says who will do what, when, and what we will see if it is working. Where a person is named by first name, they are listed in section 1 or 7.

### 7. The plan

7.1 Owen Barker (social worker) will visit Harvey and Isla at home every two weeks, alternating after-school and evening visits so that he sees Carla and Martin together, and will see Harvey on his own at school in the weeks between. He will write down what each child says and shows him about home, and this will be shared at every core group.

7.2 Priya Nair, Martin's care coordinator at Lutterford Community Mental Health Team, will see Martin every week and go through his risk and his safety plan with him. She has also been asked to assess whether Martin can make and keep the changes Harvey and Isla need, what the steps are and how long they are likely to take, and to set this out in a written report to Owen two working days before each core group.

7.3 Martin's GP, Dr Simon Kaye at Brook Lane Surgery, will prescribe Martin's tablets one week at a time, so that there is never a large amount in the house, and will tell Owen the same day if Martin does not collect them. The pharmacy's collection record, shared with Owen monthly, will show one week's supply collected each week.

7.4 Martin has agreed that from 09/03/2026 he will keep all his tablets in the locked box in the kitchen, with Carla holding the key, and that he will tell Carla or Priya the same day if he has thoughts of harming himself. Owen will check at every home visit that the box is locked and the key is with Carla.

7.5 Carla and Martin will go together to the six-session Parenting Through Conflict course at Lutterford Family Centre on Wednesday evenings, starting 18/03/2026, because Harvey has told us the shouting is what he hates most. The course worker will send Owen their attendance and her end-of-course report, and Owen will ask Harvey whether the shouting has stopped.

7.6 From 09/03/2026 Carla and Martin have agreed that they will not argue in front of the children, and that if an argument starts one of them will leave the room or go out for a walk until they are both calm. Harvey and Isla will be asked at every one of Owen's visits whether there has been shouting, and Owen will record a score for each fortnight alongside Carla's and Martin's own scores.

7.7 Ken and Barbara will collect Harvey and Isla from Fairfield Primary every Tuesday and Thursday and give them their tea at 21 Mill View until Carla finishes work at 6pm, so that Martin is not caring for them alone on the evenings he finds hardest. Barbara will text Owen each Friday with the times she dropped the children home, and Fairfield's collection log will show who collected them.

7.8 Ken will take Harvey to football training every Saturday morning, which Harvey says is "the best bit of the week". The coach signs Harvey in each week, and Ken will tell Owen if Harvey stops wanting to go.

7.9 Mrs Sarah Quinn, the designated safeguarding lead at Fairfield Primary, will meet Harvey every Monday morning for a ten-minute check-in, and Isla's class teacher will write down any change she sees in Isla's mood or behaviour. Mrs Quinn will email Owen every Friday with the check-ins and anything seen, and ring him the same day if either child says something worrying.

7.10 Nadia Ahmed at Lutterford CAMHS will see Harvey for the nightmares and worry he has had since finding his dad, with the first appointment by 10/04/2026 and then weekly for eight weeks. CAMHS will write to Owen and to Carla and Martin after the sixth session, with what they have worked on and Harvey's own score on the worry scale Nadia uses with him.

7.11 Owen will do four sessions of direct work with Isla at school, using dolls and the three houses, because she is quiet at home and says little to visitors. What Isla shows and says will be written up and shared at each core group, and the last session will be by 24/06/2026.

7.12 Owen will agree a written family safety plan with Martin, Carla and Harvey by 03/04/2026, using Priya's crisis plan for Martin, which says in words Harvey understands what he should do and who he should ring if he is worried about his dad. The signed plan will be on file, a copy will be on the fridge, and Owen will check with Harvey at his next school visit that he knows it.

7.13 The school nurse, Amy Fox, will see Isla about her soiling by 20/03/2026 and set up a toileting plan with Carla and Isla's class teacher, using the same chart at home and at school. The chart will show how many clean days Isla has each week, and Amy will share it with Owen before each core group.

### 8. If things go wrong

8.1 If Martin talks about harming himself, harms himself or takes an overdose, whoever finds out will ring 999 or the Lutterford Crisis Team at once. Carla will take the children to Ken and Barbara's that night, Owen will hold a strategy discussion the same day, and Martin will not care for the children on his own until Priya has reviewed him.

8.2 If there is an argument in which anything is thrown or anyone is hurt, or the police are called, Martin will stay at 21 Mill View that night and Owen will hold a strategy discussion with the police the same day.

8.3 If Ken and Barbara cannot collect the children on a Tuesday or Thursday (illness, holiday, or because they feel it has become too much), Barbara will ring Owen that morning. Carla has agreed with her manager at Hollybank that she can leave at 3pm on those days at short notice; if she cannot, the children will go to Fairfield's after-school club until 6pm, and Lutterford Children's Services will pay for it. If Ken and Barbara have to stop altogether, Owen will bring the core group forward within a week and the after-school club will continue until then.

8.4 If there is another overdose or another police call-out for an argument before the next review, or Priya's report says Martin is not able to make the changes in a timescale that works for Harvey and Isla, Owen will ask Rebecca Lowe for a legal planning meeting within five working days.

### 9. Core group and review

9.1 The core group is Carla, Martin, Owen, Priya, Mrs Quinn, Amy Fox, Nadia Ahmed, Ken and Barbara. It meets every six weeks at Fairfield Primary at 3.30pm: 20/04/2026, 01/06/2026 and 13/07/2026.

9.2 The next review child protection conference is on 07/09/2026 at 10am at Lutterford County Hall.

9.3 Plan agreed at the review conference on 09/03/2026 and typed by Owen Barker on 10/03/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Lenbury RCPC plan: seven-column landscape Word table, outcome merged down
#    the rows under it, printed to PDF with header and footer. Faults: H001,
#    W002, M002, T002, T001, C002, R002 (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b160_lenbury_rcpc_seven_column_outcome_merged_crowther.pdf",
    "doc_title": "Child Protection Plan - Jake and Lily Crowther",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 3,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE \u2013 Lenbury Borough Council \u2013 Child Protection Plan",
    "footer": "Jake and Lily Crowther \u2013 Review Child Protection Conference 05/03/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-landscape-printed-to-pdf-header-footer-details-kv-reason-progress-since-icpc-jake-and-lilys-views-then-seven-column-table-ref-outcome-for-the-children-merged-down-action-lead-person-or-agency-start-frequency-or-complete-by-how-will-we-know-contingency-core-group-and-review",
    "description": (
        "Review conference plan for a 12-year-old and a 7-year-old whose mother has emotionally "
        "unstable personality disorder and took an overdose with the children at home. Landscape "
        "Word plan printed to PDF with a header and footer: details, reason, progress, the "
        "children's views, then a seven-column table (Ref / Outcome for the children, merged down "
        "the rows under it / Action / Lead person or agency / Start / Frequency or complete by / "
        "How will we know it has worked?). Most rows are sound (fortnightly visits, weekly "
        "prescriptions, the locked tablet box, young carers, attendance calls, play therapy, "
        "direct work, a joint crisis plan). Faults: the CMHT care coordinator and DBT group "
        "carried on and measured by attendance; 'All professionals' to share concerns; the head "
        "of year's check-in 'Monitored at core group'; family support 'When Stacey is ready' / "
        "'As required'; telling Lily's dad about the plan with no start or end; a contingency of "
        "'further concerns' answered by review and discussion; no legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lenbury Borough Council \u00b7 Children's Social Care \u00b7 Child Protection Team 2"),
        ("kv", [
            ("Children", "Jake Crowther, born 19/04/2013 (12), Lenbury High School, Year 7; Lily Crowther, born "
                         "30/08/2018 (7), Brookfield Infant and Junior School, Year 2"),
            ("Address", "33 Harrow Close, Lenbury LN7 2GW"),
            ("Mother", "Stacey Crowther (33)"),
            ("Fathers", "Jake's father is not known. Lily's father, Dean Holt, lives in Lenbury and has Lily "
                        "every other Saturday."),
            ("Conference", "Review Child Protection Conference, 05/03/2026 (initial conference 04/12/2025). "
                           "Chair: Paul Ingham"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Sarah Kitching (team manager: Joanne Pratt)"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Stacey has a diagnosis of emotionally unstable personality disorder and a long history of "
              "self-harm. On 21/11/2025 she took an overdose of her prescribed tablets in the evening while "
              "Jake and Lily were at home. Jake found her, rang 999 and looked after Lily until his mum came "
              "home from hospital the next day. Jake has missed school to stay at home with his mum, and Lily "
              "has told her teacher that she is \u201cscared Mummy will go to sleep again\u201d."),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "Stacey has had no further overdose. She has a care coordinator at Lenbury CMHT and has started the "
            "DBT skills group.",
            "Jake's attendance is 81% this term (74% in the autumn). He has been late eleven times.",
            "Lily is settled at school but is clingy at home time and asks where Mum is.",
            "Stacey has been open with Sarah and has let her see both children alone at every visit.",
        ]),
        ("h1", "What Jake and Lily say"),
        ("p", "Jake (seen alone at school, 24/02/2026): \u201cI'm the man of the house. If I'm not there, who's "
              "going to check on her?\u201d He misses his friends and football. He said he would like someone to "
              "talk to \u201cwho isn't a teacher\u201d."),
        ("p", "Lily (seen at home, 26/02/2026) drew her family with Mum in bed and herself and Jake making "
              "toast. She said her wish is \u201cfor Mummy to be happy all the time\u201d and that she likes "
              "Saturdays at her daddy's \u201cbecause we go to the park\u201d."),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Ref", "Outcome for the children", "Action", "Lead person / agency", "Start",
                       "Frequency / complete by", "How will we know it has worked?"],
            "widths": [1.1, 4.0, 7.0, 3.4, 2.3, 3.0, 4.9],
            "rows": [
                ["A1",
                 "A. Jake and Lily are safe at home and are never left to care for their mum when she is in "
                 "crisis.",
                 "Sarah will visit Jake and Lily at home, one visit in three unannounced, and see each child on "
                 "their own. She will record what each of them says about home and how Mum has been.",
                 "Sarah Kitching, social worker",
                 "05/03/2026",
                 "Every two weeks until the next review",
                 "Visit records on the case system within two working days, with each child's own words"],
                ["A2",
                 V,
                 "Ben will continue to see Stacey as her care coordinator, and Stacey will continue to attend "
                 "the DBT skills group on Thursdays, to help her manage her emotions and self-harm.",
                 "Ben Ashworth, care coordinator, Lenbury CMHT",
                 "05/03/2026",
                 "Visits fortnightly; DBT group weekly",
                 "CMHT letter to the social worker each month confirming appointments kept and DBT attendance"],
                ["A3",
                 V,
                 "Dr Patel will prescribe Stacey's tablets weekly so that there is never a large amount in the "
                 "house, and will let Sarah know the same day if Stacey does not collect them.",
                 "Dr Anil Patel, GP, Harrow Lane Surgery",
                 "09/03/2026",
                 "Weekly",
                 "Pharmacy collection record shared with the social worker each month"],
                ["A4",
                 V,
                 "Stacey will keep all her tablets in the locked box Ben gave her, and will ring the Crisis Team "
                 "when she starts to feel unsafe, as her crisis plan says, rather than wait until she is in "
                 "crisis.",
                 "Stacey Crowther (mum)",
                 "05/03/2026",
                 "Every day",
                 "Sarah sees the box locked at every visit; Crisis Team contacts shown in the CMHT letter"],
                ["B1",
                 "B. Jake can be a child: he goes to school, sees his friends and does not have to look after "
                 "his mum and sister.",
                 "Sarah will refer Jake to Lenbury Young Carers and ask for a place at their Tuesday evening "
                 "group, because Jake has been looking after his mum and Lily.",
                 "Sarah Kitching, social worker",
                 "05/03/2026",
                 "By 13/03/2026",
                 "Referral accepted; Jake has been to the group and tells Sarah what he thinks of it"],
                ["B2",
                 V,
                 "Share any concerns about Jake or Lily with the social worker the same day.",
                 "All professionals",
                 "05/03/2026",
                 "Same day",
                 "Concerns recorded on the children's file"],
                ["B3",
                 V,
                 "Mr Grey to check in with Jake weekly and make sure he is coping with school and with things "
                 "at home.",
                 "Mr Tom Grey, Head of Year 7, Lenbury High School",
                 "09/03/2026",
                 "Weekly",
                 "Monitored at core group"],
                ["B4",
                 V,
                 "Lenbury High will ring Stacey by 9.30am on any day Jake is not in school, and ring Sarah the "
                 "same morning if Stacey cannot be reached.",
                 "Mrs Linda Akers, attendance officer, Lenbury High School",
                 "09/03/2026",
                 "Every school day",
                 "Weekly attendance email to the social worker; Jake's attendance above 92% by the next review "
                 "(81% now)"],
                ["C1",
                 "C. Lily's feelings and worries are noticed, and she gets help with them.",
                 "Lily will have play therapy sessions at school with Little Steps Play Therapy, to help her "
                 "with what happened in November and her worry about Mum.",
                 "Katie Dunn, play therapist, Little Steps Play Therapy",
                 "From 16/03/2026",
                 "12 weekly sessions",
                 "Therapist's mid-point and end reports to the social worker and Stacey"],
                ["C2",
                 V,
                 "Family support worker to do sessions with Stacey on routines, bedtime and how to explain her "
                 "illness to Lily in words Lily understands.",
                 "Jenny Marsh, family support worker, Lenbury Family Support",
                 "When Stacey is ready",
                 "As required",
                 "Jenny's session notes to the social worker; Lily can tell Sarah in her own words why Mum is "
                 "sometimes poorly"],
                ["C3",
                 V,
                 "Sarah will do direct work with Lily, using her worry monster and feelings cards, so that "
                 "Lily's voice is heard at each core group.",
                 "Sarah Kitching, social worker",
                 "12/03/2026",
                 "Three sessions, the last by 21/05/2026",
                 "Lily's cards and words written up and shared at each core group"],
                ["C4",
                 V,
                 "Lily's dad, Dean, to be told about the plan and asked whether he can have Lily for more of "
                 "the school holidays.",
                 "Sarah Kitching, social worker",
                 "-",
                 "-",
                 "Dean's answer recorded on the case file"],
                ["D1",
                 "D. Jake and Lily know who will look after them if their mum becomes unwell.",
                 "Sarah and Ben will visit Stacey together to agree a written family crisis plan that says who "
                 "looks after Jake and Lily if Stacey is unwell, and give a copy to both schools.",
                 "Sarah Kitching, social worker, with Ben Ashworth (CMHT)",
                 "05/03/2026",
                 "By 20/03/2026",
                 "Signed crisis plan on file and copied to both schools"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are further concerns about Stacey's mental health or the care of the children, the social "
              "worker will discuss them with her team manager and the core group will meet to review the plan and "
              "consider next steps. Stacey will follow her crisis plan if she becomes unwell."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Lenbury High School at 4pm: 19/03/2026, 16/04/2026, 14/05/2026 and "
            "11/06/2026.",
            "Next review child protection conference: 02/09/2026 at 10am, Lenbury Town Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 05/03/2026. Sarah Kitching, social worker."),
    ],
    "findings": [
        F("H001", "Ben will continue to see Stacey as her care coordinator"),
        F("W002", "Share any concerns about Jake or Lily with the social worker"),
        F("M002", "Mr Grey to check in with Jake weekly"),
        F("T002", "Family support worker to do sessions with Stacey on routines"),
        F("T001", "Lily's dad, Dean, to be told about the plan"),
        F("C002"),
        F("R002"),
    ],
})
