"""Batch 177, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or places is a coincidence. Labels were written by hand from docs/rules.md
and the conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: who does each action, said once for many actions, wherever the
writer's template puts it. In every plan most actions take their owner from
somewhere other than their own sentence or row: an owner column merged down
over an owner's rows, a bold "X will:" or "X has agreed to:" lead-in over
bullets, a "Responsibility:" banner row across a table, a who's who of
initials and short names used alone in square brackets ("[RK]", "[Nan]",
"[LD + Mum]"), a young person's "I will" in her own plan, the social
worker's "I will" in a letter she signs and "you" said to the father, and
the short names of a pre-birth who's who ("Nana", "Tash", "the HV"). Some
actions are joint ("With Chloe, ...", "Amira with Tash", "[Nan + Craig]")
or done to a child by a named person ("Baby will be seen by Dr Osei").
Times and checks vary (dates, rhythms, events, ages, pregnancy weeks). In
the four faulty plans a few actions have no owner anywhere (a passive
referral under "Still to be arranged:" or "Also agreed at conference", a
line with no code, "It is hoped that a place can be found") or only a
collective or vague one ("Professionals will:", "Responsibility: all
agencies", "[Family]", "[TBC]", "All the professionals involved"); the
plan makes plain which actions each group owner covers, and where a group
owner might have been read as covering a faulty action the wording was
changed so that it does not.

1. an initial conference plan for a 3-year-old and a 5-month-old (neglect,
   the father's drinking, the grandmother helping), one Word table whose
   "Lead (who is responsible)" column is merged down over each owner's rows
   (docx, exemplary);
2. a review conference plan for a 9-year-old and a 6-year-old after their
   father's violence, set out under outcome headings with bold owner
   lead-in lines over bullets (md): faults are a "Professionals will:"
   lead-in over two bullets, a passive Home-Start referral under "Still to
   be arranged:", a Caring Dads place "when he feels ready", the DSL's
   check-ins measured by "engagement", and an outcome about the mother only
   (W002 x2, W001, T002, M002, F002);
3. a core group copy of the plan for a 7-year-old and a 4-year-old whose
   mother drinks, as plain text with a who's who of codes and numbered
   actions opening with a bracketed owner code and ending with a "Check:"
   line (txt): faults are "[Family]" and "[TBC]" owners, a boiler repair
   "to be chased" with no code, the school nurse's health check with no
   time, the uncle's teas with "Check: -", no fallback if the grandmother
   or uncle cannot help, and a review conference "to be confirmed"
   (W002 x2, W001, T001, M001, C003, R001);
4. a 14-year-old's own plan (missing episodes, risk of sexual exploitation,
   her mother's depression): her "I will" part, then the grown-ups' part
   with a bold "<name> will:" lead-in over each person's bullets, page
   header and footer (pdf, exemplary);
5. an initial conference plan for a 4-month-old and a 6-year-old whose
   mother has postnatal depression, one landscape table split by
   "Responsibility:" banner rows, page header and footer (pdf): faults are
   a "Responsibility: all agencies" banner over two rows, a passive Family
   Hub referral under "Also agreed at conference", the perinatal team's
   support sessions measured by attendance only, the father's night feeds
   "as and when his shifts allow", and a grant application with "-" for
   its evidence (W002 x2, W001, H001, T002, M001);
6. the social worker's letter to a father who smokes cannabis, after the
   initial conference for his 8-year-old and 5-year-old, with numbered
   "I will:", "You have agreed to:" and "What else was agreed" parts
   (docx): faults are "It is hoped that a place can be found", "All the
   professionals involved", a drug service assessment booked "when you
   feel ready", "keep an eye on" Ava, the father's cannabis use with no
   adult service owning any action, a contingency that only tells the
   manager and calls an early core group, and no legal planning (W001,
   W002, T002, M002, F004, C002, R002);
7. a pre-birth plan for the baby of a 19-year-old with a mild learning
   disability who left a violent partner: a who's who of short names, then
   three dated stages of bullets opening with the owner's short name in
   bold, some joint (md, exemplary).

Three plans (1, 4 and 7) are exemplary: every action has an owner (from its
own words or from its group's column, lead-in, heading or key), a real
timescale and something that can be seen, counted or read; every outcome is
about the child; each contingency has specific triggers and protective
responses, says what happens if a relative's help fails, and leads to legal
planning after named triggers; each records the child's voice or the
baby's world, core group dates and a dated review conference; an adult
service owns actions where a parent drinks or is mentally ill, and the
mental health team in plan 4 reports on the mother's capacity to change and
its likely timescale.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows and the merged lead cells excepted), each
bullet under an owner's lead-in or a stage heading, each numbered action of
the text plan and each numbered item of the letter's three parts counts
once, whatever number of sentences it holds. Details, the who's who, the
worries, what is going well, the children's words and the baby's world,
outcomes, the contingency, meeting dates and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect and the father's drinking. One table
#    whose first column, "Lead (who is responsible)", is merged down over
#    each owner's rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kilvermoss_icpc_lead_column_merged_down_by_owner_ashby.docx",
    "doc_title": "Child Protection Plan - Tia and Reggie Ashby",
    "split": "heldout",
    "actions": 20,
    "check_vmerge": 8,
    "template": "icpc-plan-docx-kv-details-why-going-well-tias-words-and-reggies-day-outcomes-then-one-table-lead-column-merged-down-over-each-owners-rows-what-will-happen-when-what-we-will-see-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 5-month-old living with neglect: "
        "their father drinks most days and was found drunk and asleep while the children were alone "
        "and unfed, the baby has dropped below the 9th centile and missed his immunisations, and the "
        "maternal grandmother helps with nursery runs and teas. The plan is one Word table whose first "
        "column, 'Lead (who is responsible)', is merged down over each owner's rows (the social worker, "
        "the health visitor, the nursery, the adult recovery service, each parent, the family support "
        "worker and Nan), so most rows take their owner from the merged cell; some rows are joint "
        "('With Chloe, ...', 'With Amy Lowther, Tia's key person, ...') or name the member of staff "
        "who does the work. Every row has a real time and something that can be seen or counted; the "
        "recovery service reports on the father's capacity to change; the contingency has specific "
        "triggers, a fallback if Nan cannot help and legal planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Kilvermoss Metropolitan Borough Council, Children's Services. Agreed at the initial child "
              "protection conference on 12/01/2026 (chair: Moira Standish, independent reviewing officer)."),
        ("kv", [
            ("Children", "Tia Ashby, born 03/11/2022 (3), Little Acorns Nursery; Reggie Ashby, born 14/08/2025 "
                         "(5 months)"),
            ("Address", "22 Furnace Row, Kilvermoss KV3 8LT"),
            ("Mum", "Chloe Ashby (23)"),
            ("Dad", "Kane Ashby (27)"),
            ("Nan", "Lorraine Webb (Chloe's mum), 9 Slate Street, Kilvermoss, five minutes' walk away"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Hannah Ferreday, Safeguarding Team East (team manager: Graham Oates)"),
            ("Health visitor", "Sian Lloyd, Kilvermoss 0-19 Service"),
        ]),
        ("h1", "Why Tia and Reggie need a plan"),
        ("p", "At 11pm on 28/11/2025 a neighbour rang the police because Reggie had been crying for over an hour. "
              "Officers found Kane asleep on the sofa, smelling strongly of alcohol, with empty vodka and beer "
              "cans around him. Chloe was out at a friend's. Reggie was in his pram in the kitchen in a soaked "
              "nappy, and Tia was awake and alone upstairs. Kane told the officers he had drunk \"six or seven "
              "cans and a bit of vodka\"."),
        ("p", "Reggie was on the 50th centile at birth and is now just below the 9th. He has missed his 12-week "
              "and 16-week immunisations. He sleeps in his pram in the kitchen because his cot is still in "
              "pieces. Tia's nursery attendance in the autumn term was 61%; she often arrives hungry and in the "
              "clothes she wore the day before. Kane drinks most days. Chloe says he is \"fine on beer, it's "
              "when he goes on the vodka\". There are no other police call-outs to the house and no known "
              "violence between Chloe and Kane."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe and Kane came to the conference, listened, and both said they will work with the plan.",
            "Nan has taken Tia to nursery on Tuesdays and Thursdays since December, and on those days Tia has "
            "always been there by 9am.",
            "Kane went to the Kilvermoss Recovery Service drop-in on 08/01/2026 and has an assessment booked.",
            "Reggie had put on 180g when Sian weighed him on 06/01/2026.",
            "Tia is warm and chatty with both her parents, and nursery staff see Chloe cuddle her at the door.",
        ]),
        ("h1", "Tia's words and Reggie's day"),
        ("p", "Tia (seen at nursery by Hannah on 07/01/2026, with her key person Amy Lowther and a hedgehog "
              "puppet) said: \"Daddy sleeps on the settee.\" \"Reggie cries and cries.\" Asked what makes her "
              "happy, she said \"Nanny's house and chips\" and \"when Mummy does the bath\". Her wish was: \"I "
              "want my breakfast at home.\""),
        ("p", "Reggie's day (Sian's visits on 16/12/2025 and 06/01/2026): Reggie is bottle-fed. On 16/12/2025 "
              "Chloe could not say when he had last had a bottle, and he drank 7oz quickly. He settles when he "
              "is held, and he watches Tia and smiles at her. He has a flat patch on the back of his head from "
              "lying in his pram for long periods, and he sleeps in the pram next to the kitchen door."),
        ("h1", "What we want for Tia and Reggie"),
        ("numbers", [
            "Tia and Reggie are always looked after by an adult who is sober and awake enough to care for "
            "them, day and night.",
            "Reggie is fed regularly, has his immunisations, sleeps on his back in his own cot, and is back on "
            "the 25th centile by the review conference.",
            "Tia goes to nursery every morning she has a place, on time, fed and in clean clothes, and her "
            "speech and play are checked and helped.",
            "Tia and Reggie live in a warm, clean and safe home with food in the cupboards.",
        ]),
        ("h1", "The plan"),
        ("p", "Each block of the table is one person's or one agency's work. The name in the first column is the "
              "lead for every row beside it; where a row says \"with\" someone, they do that work together. "
              "Core group dates are at the end of the plan."),
        ("table", {
            "header": ["Lead (who is responsible)", "What will happen", "When", "What we will see"],
            "widths": [3.5, 6.0, 3.4, 4.1],
            "rows": [
                ["Hannah Ferreday, social worker, Kilvermoss Children's Services (SW)",
                 "Visit Tia and Reggie at home, one visit in three unannounced: see both children awake, see "
                 "Tia on her own, and look at Reggie's cot, the fridge and the kitchen",
                 "Every week until the review conference on 07/04/2026",
                 "Visit record on the case file within 2 working days, saying what Tia said, where Reggie was "
                 "sleeping and what food was in"],
                [V,
                 "Parenting assessment with Chloe and Kane: night-time care, feeding, routines, and what happens "
                 "to the children when Kane drinks",
                 "Weekly sessions from 19/01/2026; report by 06/03/2026",
                 "Written report with recommendations, shared with Chloe, Kane and the core group by 06/03/2026"],
                [V,
                 "Four sessions of direct work with Tia at nursery, using the puppet and her \"my house\" "
                 "drawing, about who looks after her and what happens at night",
                 "Fortnightly, 21/01/2026 to 04/03/2026",
                 "Tia's drawings and her words kept on file and read to the next core group"],
                [V,
                 "With Chloe, write a weekly shopping and meal plan, then check the cupboards and fridge "
                 "against it",
                 "Every Monday from 19/01/2026",
                 "Meal plan on the fridge; the SW ticks off the food she sees on that week's visit record"],
                ["Sian Lloyd, health visitor, Kilvermoss 0-19 Service (HV)",
                 "Weigh Reggie at home and go through his feed chart with Chloe",
                 "Every 2 weeks until Reggie is 9 months old (14/05/2026)",
                 "Each weight plotted in the red book; Reggie back on the 25th centile by 07/04/2026"],
                [V,
                 "Safe sleep talk with Chloe and Kane; check Reggie's cot is built and used, with no sleeping "
                 "in the pram",
                 "By 23/01/2026, then at every visit",
                 "Cot seen built by 23/01/2026; where Reggie sleeps written in the HV record at every visit"],
                [V,
                 "With Amy Lowther, Tia's key person, complete an ASQ-3 and a speech and language screen "
                 "for Tia at nursery",
                 "By 13/02/2026",
                 "ASQ-3 scores and the screen sent to Chloe and the SW; a speech and language therapy referral "
                 "made by 20/02/2026 if Tia is below the cut-off"],
                ["Little Acorns Nursery: Jess Marland, manager and designated safeguarding lead",
                 "Ring Chloe if Tia is not in by 9.30am, and ring the SW if Chloe has not answered by 10am",
                 "Every nursery day (Monday to Friday mornings)",
                 "First-day call log; Tia's attendance sent to the SW every Friday, at 90% or more each half "
                 "term"],
                [V,
                 "Amy Lowther, Tia's key person, writes down whether Tia arrives hungry, in clean clothes and "
                 "a dry nappy, and gives her breakfast if she is hungry",
                 "Every nursery day",
                 "Daily entries on the nursery safeguarding log; a summary e-mailed to the SW with the Friday "
                 "attendance"],
                ["Kilvermoss Recovery Service (adult drug and alcohol service): Dean Foley, recovery worker",
                 "Alcohol assessment with Kane, then key-work sessions with a breath test at each one",
                 "Assessment by 23/01/2026, then every Thursday",
                 "Attendance and breath test readings e-mailed to the SW on the last Friday of each month"],
                [V,
                 "Written report on Kane's drinking: what he has changed, whether he is likely to stay off "
                 "alcohol while caring for Tia and Reggie, and how long any further change is likely to take",
                 "Before each core group (on file by 17/02/2026 and 17/03/2026)",
                 "Report on the SW's file 2 working days before each core group"],
                ["Kane Ashby (Dad)",
                 "Not drink at all on any day he is caring for Tia or Reggie on his own, and keep no spirits "
                 "in the house",
                 "Every day, from 12/01/2026",
                 "Breath test at every SW visit reads 0.00; no spirits seen in the house on any visit"],
                [V,
                 "Go to every key-work session at the Recovery Service",
                 "Every Thursday from 29/01/2026",
                 "Dean's monthly e-mail shows every session attended, or a reason given in advance"],
                ["Chloe Ashby (Mum)",
                 "Take Reggie to Brookside Surgery for his missed 12-week and 16-week immunisations",
                 "Appointment by 30/01/2026",
                 "Immunisations written in the red book and on the GP record; the HV checks at her next visit"],
                [V,
                 "Feed Reggie at the times on his feed chart and write each feed down",
                 "Every feed, from 13/01/2026",
                 "Feed chart seen and signed by the HV at every visit and by the SW every week"],
                ["Rosa Quinn, family support worker, Kilvermoss Family Hub (FSW)",
                 "Home sessions with Chloe and Kane on morning and bedtime routines, meals, and keeping the "
                 "kitchen and the children's room clean",
                 "Every Tuesday, 20/01/2026 to 31/03/2026",
                 "Home conditions checklist scored by the FSW and the SW together each month: 4 out of 5 or "
                 "more by 31/03/2026"],
                [V,
                 "With Chloe, apply to the Household Support Fund for a stair gate, a cot mattress and bedding, "
                 "and fit the stair gate when it comes",
                 "Application by 30/01/2026; gate fitted within a week of delivery",
                 "Copy of the application on file; the HV sees the gate fitted and the new mattress at her "
                 "next visit"],
                ["Lorraine Webb (Nan)",
                 "Take Tia to nursery for 9am and collect her at 12 noon",
                 "Every Tuesday and Thursday",
                 "Nursery register shows Tia in by 9am on Tuesdays and Thursdays"],
                [V,
                 "Have Tia and Reggie at her house for tea and a bath, so that Chloe and Rosa can work on the "
                 "house",
                 "Every Wednesday, 3pm to 6.30pm",
                 "Nan texts the SW each Wednesday evening when the children are home; the SW asks Tia about "
                 "Nanny's house at her visits"],
                ["Dr Anil Mehta, GP, Brookside Surgery",
                 "Flag both children's records, and tell the SW and the HV if Tia or Reggie misses any GP, "
                 "clinic or immunisation appointment",
                 "Flag by 23/01/2026; any missed appointment within 2 working days",
                 "E-mail to the SW confirming the flags; a letter on the SW's file for each missed "
                 "appointment"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kane has been drinking while he is caring for Tia or Reggie on his own (a breath test above "
            "0.00, anyone seeing him drunk, or Chloe or Tia telling us), Chloe or Nan cares for the children, "
            "Kane leaves the house that day and stays with his brother, Liam Ashby, at 41 Quarry Lane, and "
            "Hannah holds a strategy discussion with the police and health the same day. Hannah will also ask "
            "Graham Oates for a legal planning meeting within 5 working days.",
            "If Tia and Reggie are found alone, or with no adult who is sober and awake, the police or the "
            "Emergency Duty Team take them to Nan's at 9 Slate Street, and Hannah holds a strategy discussion "
            "the same day.",
            "If Reggie's weight drops further below the 9th centile, or he misses two weighs in a row, Sian "
            "books a paediatric review at Kilvermoss General Hospital within 5 working days and Hannah visits "
            "within 24 hours.",
            "If Nan cannot take Tia to nursery or have the children on Wednesdays (she is ill, away, or it is "
            "not working), she or Chloe rings Hannah that day. Rosa takes Tia to nursery on Nan's mornings and "
            "the Wednesday teatime moves to the Family Hub with Rosa, until the core group agrees another "
            "helper. If Nan cannot have the children in an emergency, Hannah (or the Emergency Duty Team out "
            "of hours) will place them together with Kilvermoss foster carers.",
            "If by the core group on 19/03/2026 Reggie's weight has not started to climb back, Tia's attendance "
            "is still below 80%, or Kane has had any breath test above 0.00, Hannah will ask for a legal "
            "planning meeting to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Kilvermoss Family Hub, Thursdays at 1pm: 22/01/2026, 19/02/2026 "
            "and 19/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Kilvermoss Civic Centre.",
        ]),
        ("p", "Plan sent to Chloe, Kane, Nan and every agency on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan after domestic abuse: the plan set out under
#    each outcome, with bold owner lead-in lines ("Blessing (Mum) has agreed
#    to:", "Mrs Jane Hewitt, DSL at St Bede's, will:") over bullets that
#    carry their own time and "we'll know". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kessenthwaite_rcpc_outcome_parts_owner_lead_in_lines_oduya.md",
    "split": "heldout",
    "actions": 22,
    "template": "rcpc-plan-md-details-table-worries-what-has-changed-childrens-words-then-plan-under-outcome-headings-bold-owner-lead-in-lines-over-bullets-each-with-time-and-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 6-year-old after their father's violence to their "
        "mother: he has left, has a community order with a programme requirement, and sees the children "
        "on Saturdays at his sister's, who supervises. The plan is set out under three outcome headings; "
        "under each, a bold lead-in line says who does the bullets below it ('Blessing (Mum) has agreed "
        "to:', 'Tunde (Dad) has agreed to:', 'Auntie Femi will:', 'Mrs Jane Hewitt, DSL at St Bede's, "
        "will:', a police unit, the IDVA), and each bullet carries its own time and 'we'll know'. Some "
        "bullets are joint ('With Blessing, ...') or done to the children by a named nurse. Faults: a "
        "'Professionals will:' lead-in owns two bullets (passing on what the children say and sightings "
        "of the father); a passive Home-Start referral sits under 'Still to be arranged:' with no owner; "
        "the father asks for a Caring Dads place 'when he feels ready'; the DSL's check-ins are measured "
        "by Daniel's 'engagement'; and the third outcome is about the mother only."
    ),
    "text": """\
# Kessenthwaite Council - Children's Services

## Child protection plan: Daniel and Grace Oduya

**Review child protection conference, 20/01/2026.** Chair: Martin Ebdon, independent reviewing officer.
Social worker: Aisha Rahman, Family Safeguarding Team (team manager: Neil Garside).

| About the family | |
|---|---|
| **Children** | Daniel Oduya, born 11/05/2016 (9, Year 5); Grace Oduya, born 27/09/2019 (6, Year 2). Both at St Bede's C of E Primary School. |
| **Home** | 14 Harrow Lane, Kessenthwaite KS5 2JD, with their mum, Blessing Oduya (33) |
| **Dad** | Tunde Oduya (36), living at Flat 3, 70 Ridley Road, Kessenthwaite since September 2025 |
| **Auntie Femi** | Femi Adeyemi, Tunde's sister, 8 Coniston Way, Kessenthwaite |
| **Category** | Emotional abuse (living with domestic abuse). Initial conference 14/10/2025. |
| **Police** | DC Lauren Pike, Domestic Abuse Safeguarding Unit, Kessenthwaite Police |
| **IDVA** | Carol Whitby, Kessenthwaite Women's Aid |
| **School** | St Bede's: Mrs Jane Hewitt (deputy head and DSL); Jo Pratt (school nurse, Kessenthwaite 0-19 Service) |

### What we are worried about

On 06/09/2025 Tunde pushed Blessing down the stairs and kicked her while Daniel and Grace watched from the
landing. Daniel rang 999. It was the fourth time police had been called to the house in two years.
Tunde pleaded guilty to assault by beating on 02/12/2025 and was given a 12-month community order with a
Building Better Relationships requirement. Daniel has nightmares most nights, wets the bed, and has told
his teacher he "has to listen out for Dad". Grace clings to Blessing at the school gate and cries when
she is collected by anyone else. Blessing has no money of her own: Tunde kept the bank cards, and she is
behind with the rent.

### What has changed since October

- Tunde has not been to the house since September, and Blessing has told police when he messaged her.
- Saturday contact at Auntie Femi's has happened on 14 of the last 15 Saturdays and Femi's notes say it
  went well; Tunde missed one because he was ill.
- Blessing has had six sessions with Carol and has a safety plan. Her DASH score has come down from 19 to
  11.
- Daniel's nightmares are less often: his sleep diary shows four bad nights in the first week of January,
  down from seven in November.

### What Daniel and Grace say

**Daniel** (seen on his own at school, 13/01/2026): "I don't have to listen for the door any more." "I like
seeing Dad at Auntie Femi's because she's there." He scored feeling safe at home 7 out of 10, up from 3 in
October. He wants to "do football on Wednesdays".

**Grace** (at home with her dolls, 15/01/2026): she made the daddy doll "live at another house" and said
"he's not allowed to shout there". She drew her family with "Mummy, me, Daniel and our cat" and Daddy "at
Auntie Femi's on Saturdays". She said she worries "when Mummy's not at the gate".

## The plan

The plan is set out under each outcome. Under each outcome, the bold line says who will do the things
listed below it, until the next bold line.

### Outcome 1: Daniel and Grace are safe from their dad's violence, at home and when they see him

**Blessing (Mum) has agreed to:**

- Keep to the agreement that Tunde does not come to the house, and tell Aisha the same day if he turns up
  or messages her about anything other than contact; we'll know from the police log and Aisha's visit notes.
- Go to the Freedom Programme at Kessenthwaite Women's Aid every Wednesday, 10am to 12 noon, for 12 weeks from
  28/01/2026; we'll know from the register Carol sends Aisha each month.

**Tunde (Dad) has agreed to:**

- Go to every Building Better Relationships session his community order requires, Tuesday evenings from
  03/02/2026; we'll know from the probation officer's monthly attendance letter to Aisha.
- Ask the Caring Dads team for a place on their course when he feels ready; we'll know from the
  programme's letter to Aisha.
- See the children only on Saturdays at Auntie Femi's, and not go to the school or the house, from now until
  the next review conference; we'll know from the school's and the police's logs, which should show no other
  contact.

**Auntie Femi (Femi Adeyemi) will:**

- Supervise every contact between Tunde and the children at her house, every Saturday 11am to 2pm, staying
  in the room the whole time; we'll know from her short note of each visit, e-mailed to Aisha by Sunday night.
- Bring Daniel and Grace home to Blessing by 2.30pm after each Saturday contact; we'll know from Blessing's
  text to Aisha saying they are home.

**Kessenthwaite Police, Domestic Abuse Safeguarding Unit (DC Lauren Pike), will:**

- Keep the urgent-response marker on 14 Harrow Lane, and check it is still live before each core group;
  we'll know from DC Pike's e-mail to Aisha confirming it.

**Professionals will:**

- Tell Aisha the same day about anything Daniel or Grace say about their dad, contact or home; we'll know
  because it is logged on the children's chronology.
- Pass any sighting of Tunde near the house or school to DC Pike and Aisha within 24 hours; we'll know
  because it is recorded on the police system.

### Outcome 2: Daniel sleeps well and can talk about what happened, and Grace feels safe at school

**Mrs Jane Hewitt, DSL at St Bede's, will:**

- Meet Daniel every Monday at 8.50am for a check-in about his weekend and Saturday contact; we'll know it
  is working from Daniel's engagement with the check-ins.
- Send Aisha a summary from CPOMS of anything logged about Daniel or Grace, every Friday by 3pm; we'll know
  from the summary e-mails on the case file.
- Make sure Grace is handed only to Blessing, or to an adult Blessing has named to the school in writing,
  at the classroom door every school day at 3.15pm; we'll know from the class collection log.

**Kerry Lam, Mental Health Support Team in Schools, will:**

- See Daniel for six sessions of CBT for his nightmares and worries, every Thursday from 29/01/2026 to
  05/03/2026; we'll know from his RCADS scores at the first and last sessions, shared with Blessing and
  Aisha.

**Aisha Rahman (social worker) will:**

- Visit the family at home every two weeks until the next review conference, seeing Daniel and Grace on
  their own each time; we'll know from visit records written within 2 working days, with each child's words.
- Do four sessions of direct work with Grace using her "worry monster", fortnightly from 27/01/2026 to
  10/03/2026; we'll know from Grace's drawings and what she said, kept on file.
- With Blessing, write a family safety plan (who the children ring, where they go, the code word) by
  06/02/2026; we'll know when a copy is on the fridge and at school, and both children can tell Aisha it.

**Jo Pratt, school nurse, will:**

- Give Blessing a sleep diary for Daniel and go through it with her at school on 13/02/2026 and 13/03/2026;
  we'll know from the diary, which should show fewer bad nights in March than in February.
- See Daniel and Grace at school for a health review (height, weight, sleep and eating) by 27/02/2026;
  we'll know from Jo's letter to Blessing and Aisha.

### Outcome 3: Blessing is confident managing her own money and her own home without Tunde

**Carol Whitby, IDVA at Kessenthwaite Women's Aid, will:**

- Meet Blessing every two weeks until 31/03/2026 to go over her DASH risk and her safety plan; we'll know
  from the DASH score at each meeting, sent to Aisha.
- Help Blessing ask Kessenthwaite Homes to put the tenancy in her sole name and agree a plan for the rent
  arrears, by 27/02/2026; we'll know from the copy of the application and the landlord's reply on file.

**Still to be arranged:**

- A referral will be made to Home-Start Kessenthwaite for a volunteer to help Blessing with the school run
  and teatimes, by 06/02/2026; we'll know when the volunteer's first visit date is on the case file.

## If things go wrong

- If Tunde comes to the house or the school, or contacts the children at any time other than Saturday
  contact at Femi's: Blessing (or the school) rings 999, and Aisha holds a strategy discussion with the
  police the same day. Saturday contact stops until the strategy discussion has decided whether it is
  safe.
- If Femi cannot supervise a Saturday (she is ill or away), or Tunde arrives angry or threatening,
  contact does not happen that week and Femi tells Aisha the same day. If Femi cannot supervise
  for more than two Saturdays in a row, Aisha will arrange supervised contact at the Kessenthwaite Family
  Contact Centre within 10 working days instead.
- If Daniel or Grace say that anyone has hurt them, or either child has an injury no one can explain,
  Mrs Hewitt rings Aisha at once and Aisha holds a strategy discussion the same day.
- If Tunde breaks the no-contact agreement twice, or Blessing lets him back into the house, Aisha will ask
  Neil Garside for a legal planning meeting within 5 working days to decide whether to start the Public Law
  Outline.

## Meetings

- Core group every four weeks at St Bede's, Thursdays at 3.30pm: 05/02/2026, 05/03/2026, 02/04/2026,
  30/04/2026, 28/05/2026 and 25/06/2026.
- Next review child protection conference: 14/07/2026 at 10am, Kessenthwaite Town Hall.

Plan agreed at the review conference on 20/01/2026 and sent to Blessing, Tunde, Femi and every agency on
22/01/2026.
""",
    "findings": [
        F("W002", "Tell Aisha the same day about anything Daniel or Grace say"),
        F("W002", "Pass any sighting of Tunde near the house or school"),
        F("W001", "A referral will be made to Home-Start Kessenthwaite for a volunteer"),
        F("T002", "Ask the Caring Dads team for a place on their course"),
        F("M002", "Meet Daniel every Monday at 8.50am for a check-in"),
        F("F002", "Blessing is confident managing her own money and her own home without Tunde"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group copy of the plan as plain text: a who's who of initials and
#    short names, then numbered actions that open with the owner's code in
#    square brackets ("[RK]", "[Nan]", "[LD + Mum]") and end with a "Check:"
#    line. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kambleby_core_group_copy_whos_who_bracket_codes_petrie.txt",
    "split": "heldout",
    "actions": 19,
    "template": "core-group-copy-txt-dot-leader-details-whos-who-key-of-initials-and-short-names-worries-going-well-childrens-words-outcomes-then-numbered-actions-opening-with-bracketed-owner-code-ending-check-line-then-what-if-things-go-wrong-meetings",
    "description": (
        "Core group copy of the child protection plan for a 7-year-old and a 4-year-old whose mother "
        "drinks heavily; their grandmother walks them to school and their uncle has them for tea. A "
        "plain-text plan: a who's who gives the initials and short names used (LD, RK, IB, TG, DC, "
        "Nan, Craig, Mum), and each numbered action opens with its owner's code in square brackets, "
        "some joint ('[LD + Mum]', '[Nan + Craig]', '[IB + LD]'), and ends with a 'Check:' line. Faults: "
        "'[Family]' owns keeping a sober adult in the house every evening; '[TBC]' owns the holiday "
        "club booking; a boiler repair 'is to be chased' with no code and no one named; the school "
        "nurse's health check has no time; the uncle's teas have 'Check: -'; the contingency sends the "
        "children to Nan with nothing said if Nan or Craig cannot help; and the review conference date "
        "is 'to be confirmed'."
    ),
    "text": """\
KAMBLEBY COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN - CORE GROUP COPY

Children ............ Skye Petrie, born 21/02/2018 (7), Year 3, Kambleby Park Primary
                      Lewis Petrie, born 30/06/2021 (4), Reception, Kambleby Park Primary
Address ............. 11 Tannery Court, Kambleby KB6 3EW
Lives with .......... Kirsty Petrie (Mum, 29)
Category ............ Neglect (both children)
Initial conference .. 08/12/2025 (chair: Gillian Moffat, IRO)
This copy ........... agreed at the first core group, 18/12/2025


WHO'S WHO (the plan below uses these codes and short names)
------------------------------------------------------------
LD ......... Laura Dunbar, social worker, Kambleby Children's Services
             (team manager: Paul Strachan)
Mum ........ Kirsty Petrie
Nan ........ Margaret Petrie, Kirsty's mum, 3 Heather Close, Kambleby
Craig ...... Craig Petrie, Kirsty's brother, 27 Mill Wynd, Kambleby
RK ......... Rhys Kettle, recovery worker, Kambleby Alcohol Service (adult service)
GP ......... Dr Sarah Innes, Wynd Street Medical Practice
IB ......... Mr Imran Baig, deputy head and designated safeguarding lead,
             Kambleby Park Primary
TG ......... Tina Gough, school nurse, Kambleby 0-19 Service
DC ......... Deborah Crane, family support worker, Kambleby Family Hub


WHAT WE ARE WORRIED ABOUT
-------------------------
Kirsty drinks most days, usually cider and vodka, and has done since her relationship with Lewis's dad
ended in 2023. On 21/11/2025 Skye rang Nan at 9pm to say Mum "won't wake up"; Nan found Kirsty asleep
on the kitchen floor and the children had not had tea. The school says Skye and Lewis are often late,
hungry and in dirty uniform, and Lewis has tooth decay that has not been treated. Skye's attendance
this term is 83% and Lewis's 79%. On LD's visits the kitchen had no food in the fridge twice, and the
boiler has been broken since October, so the house is cold.

WHAT IS GOING WELL
------------------
- Kirsty has told us honestly how much she drinks and says she wants to stop for the children.
- Nan and Craig live close by and both came to the conference to offer help.
- On the three mornings Nan has walked the children to school since 01/12/2025 they were on time.
- Skye and Lewis are loving with each other and with their mum.

WHAT SKYE AND LEWIS SAY
-----------------------
Skye (seen on her own at school, 12/12/2025): "Mum's poorly from her drinks. I make Lewis's cereal."
"I like it at Nan's, it's warm." Asked for three wishes, she said "Mum stops the drinks, a warm house,
and a cat". Lewis (at home, 15/12/2025) showed LD his cold bedroom and said "Uncle Craig makes fish
fingers". He hid behind the sofa when LD asked about Mum's "drinks".

WHAT NEEDS TO BE DIFFERENT FOR SKYE AND LEWIS
--------------------------------------------
O1  Skye and Lewis are always looked after by a sober adult, day and night.
O2  Skye and Lewis get to school every day on time, fed and in clean uniform.
O3  Lewis's teeth are treated and both children are healthy and warm at home.
O4  Skye no longer has to look after her brother or her mum.


THE PLAN
--------
Each action opens with who is doing it, in square brackets, using the codes in the who's who.
Two codes joined by + mean those people do it together.

 1. [LD] Visit Skye and Lewis at home every week until the review conference, one visit in three
    unannounced and at least one every fortnight after 6pm, seeing each child on their own.
    Check: visit record within 2 working days, saying what each child said and whether Mum was sober.

 2. [LD + Mum] Write a sober-carer agreement naming who looks after the children if Mum has had a
    drink, by 09/01/2026.
    Check: signed agreement on file and a copy on the fridge.

 3. [RK] Alcohol assessment with Mum by 09/01/2026, then key-work sessions with a breath test at
    each one, every Tuesday.
    Check: breath test readings and attendance e-mailed to LD every Friday.

 4. [RK] Write to the core group about Mum's drinking, whether she is likely to stay sober while
    caring for Skye and Lewis, and how long further change is likely to take, before each core group.
    Check: RK's letter on LD's file two working days before each core group.

 5. [Mum] Go to every session with RK, and blow into the breathalyser at every LD visit, from
    18/12/2025.
    Check: RK's Friday e-mail and LD's visit records show readings of 0.

 6. [GP] See Mum to talk through a community alcohol detox with RK, by 16/01/2026.
    Check: GP's letter to LD and RK saying what was agreed.

 7. [IB] Ring Mum if Skye or Lewis is not in by 9.10am, and ring LD if Mum has not answered by
    9.45am, every school day.
    Check: first-day call log; both children's attendance sent to LD each Friday.

 8. [IB] Free breakfast club place for both children, every school day from 05/01/2026.
    Check: breakfast club register, sent with the Friday attendance.

 9. [IB + LD] Refer Skye to the school's ELSA for six sessions about feelings and home; referral by
    16/01/2026 and sessions finished by 27/03/2026.
    Check: ELSA session notes, and Skye's feelings score at the first and last sessions.

10. [TG] Health check for Skye and Lewis at school: height, weight, eyesight and teeth, with a letter
    to Mum and LD about anything either child needs.
    Check: TG's letter on LD's file.

11. [Mum] Take Lewis to Kambleby Dental Practice for treatment of his tooth decay, at the appointment
    on 28/01/2026 and any follow-ups booked.
    Check: dentist's letter to LD after each appointment.

12. [Nan] Walk Skye and Lewis to school for breakfast club at 8.15am every Monday, Wednesday and
    Friday.
    Check: breakfast club register shows both children in by 8.30am on those days.

13. [Craig] Have Skye and Lewis at his house for tea every Monday and Wednesday, 4pm to 7pm, and walk
    them home to Mum by 7pm.
    Check: -

14. [Nan + Craig] Take turns to have Skye and Lewis on Saturdays from 10am to 4pm, so that Mum can go
    to her SMART Recovery group.
    Check: Nan texts LD each Saturday evening to say who had the children.

15. [Family] Make sure a sober adult is in the house with Skye and Lewis every evening and overnight,
    from 18/12/2025.
    Check: LD's evening visits find a sober adult in charge, written in the visit record.

16. [DC] Home sessions with Mum on morning and bedtime routines, meals on a budget and keeping the
    house clean, every Thursday from 08/01/2026 to 26/03/2026.
    Check: home conditions checklist scored by DC and LD together each month, 4 out of 5 or more by
    26/03/2026.

17. [LD] Three sessions of direct work with Skye using the Three Houses, fortnightly from 13/01/2026.
    Check: Skye's three houses drawing and her words kept on file.

18. [TBC] Book Lewis a place at the Easter holiday club at Kambleby Leisure Centre (30/03/2026 to
    10/04/2026), paid from the Family Hub fund, by 13/03/2026.
    Check: booking confirmation on LD's file.

19. The boiler repair is to be chased with Kambleby Homes by 16/01/2026.
    Check: heating working and the house warm at the next home visit.


WHAT IF THINGS GO WRONG
-----------------------
- If Mum is found drunk while she is alone with the children, or any breath test at a visit is above 0,
  Skye and Lewis go to Nan's at 3 Heather Close that night and LD holds a strategy discussion with the
  police and health the same working day.
- If the children are found alone at home, or Skye rings anyone to say Mum will not wake up, the police
  or the Emergency Duty Team take them to Nan's, and LD holds a strategy discussion the same day.
- If Mum has had two or more breath tests above 0 by the review conference, or the children have had to
  go to Nan's under this plan twice, LD will ask Paul Strachan for a legal planning meeting within 5
  working days to decide whether to start the Public Law Outline.


MEETINGS
--------
Core group ........................ every four weeks at Kambleby Park Primary, Thursdays 3.45pm:
                                    15/01/2026, 12/02/2026 and 12/03/2026
Review child protection conference  date to be confirmed by the Conference and Review Team

Copies to Kirsty, Nan, Craig and every agency in the who's who, 19/12/2025.
""",
    "findings": [
        F("W002", "Make sure a sober adult is in the house with Skye"),
        F("W002", "Book Lewis a place at the Easter holiday club"),
        F("W001", "The boiler repair is to be chased with Kambleby Homes"),
        F("T001", "Health check for Skye and Lewis at school: height, weight"),
        F("M001", "Have Skye and Lewis at his house for tea"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A 14-year-old's own plan: her "I will" part first, then the grown-ups'
#    part, a bold "<name> will:" lead-in over each grown-up's bullets.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kelpmarsh_my_plan_i_will_then_grown_ups_lead_ins_okafor.pdf",
    "doc_title": "My child protection plan - Jade Okafor",
    "split": "heldout",
    "actions": 18,
    "min_pages": 2,
    "header": "Kelpmarsh Council · Children's Services · My child protection plan",
    "footer": "Jade Okafor · My plan (ICPC 20/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "young-persons-own-plan-paged-header-footer-about-me-kv-why-the-grown-ups-worry-going-ok-what-i-want-outcomes-then-my-part-i-will-bullets-then-grown-ups-part-bold-name-will-lead-in-over-each-persons-bullets-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan written with a 14-year-old who goes missing and is at risk of "
        "sexual exploitation by an older man; her mother has depression and is under the community "
        "mental health team, and her grandmother has her on Friday nights. The plan is the young "
        "person's own: 'I' is Jade in her part ('My part: what I will do'), and in the grown-ups' part a "
        "bold lead-in line ('Temi Adebayo, my social worker, will:', 'Mum will:', 'Grandma Pearl will:') "
        "owns the bullets under it. Every bullet has a real time (start dates, 'within 72 hours of every "
        "time I have been missing', 'within 30 minutes of my time') and something that can be seen or "
        "counted; the mental health team reports on the mother's capacity to change and how long it is "
        "likely to take; the contingency has specific triggers, fallbacks if the grandmother cannot have "
        "Jade, and legal planning; core group and review dates are set; page header and footer."
    ),
    "blocks": [
        ("title", "My child protection plan"),
        ("p", "This plan was written with me, Jade, after my initial child protection conference on 20/01/2026. "
              "I chose the headings. Where it says \"I\" or \"me\", that is me. The grown-ups' part comes after "
              "my part: the line in bold says whose part it is, and everything under it is that person's job "
              "until the next line in bold."),
        ("h1", "About me"),
        ("kv", [
            ("Name", "Jade Okafor, born 09/06/2011 (14)"),
            ("School", "Kelpmarsh Academy, Year 9"),
            ("I live with", "my mum, Andrea Okafor (38), at 5 Gannet Row, Kelpmarsh KP4 9TE"),
            ("I also see", "Grandma Pearl (Pearl Okafor, my dad's mum), 30 Chapel Fold, Kelpmarsh, and my "
                           "dad, Emeka, who lives in Harrowby, in the holidays"),
            ("My social worker", "Temi Adebayo, Adolescent Safeguarding Team (her manager is Chris Mallory)"),
            ("The plan is under", "sexual abuse, because the grown-ups think I am at risk of being "
                                  "sexually exploited"),
        ]),
        ("h1", "Why the grown-ups are worried"),
        ("bullets", [
            "Since September I have been missing five times, twice all night. On 04/01/2026 the police found "
            "me at 3am in a flat on Harbour Street with Dee, who is 22, and two men I didn't know.",
            "Dee buys me vapes, food and phone credit, and he has asked me to \"be nice\" to his friends.",
            "Mum has depression. When she is low she stays in bed and doesn't always know if I am home. She "
            "didn't report me missing on two of the nights.",
            "My attendance since September is 74%, and I have left school at lunchtime lots of times.",
        ]),
        ("h1", "What is going OK"),
        ("bullets", [
            "I came to part of the conference and said what I think.",
            "I have been to every session with Sam since November.",
            "Mum has been seeing her nurse, Niamh, and says she is taking her tablets again.",
            "I love staying at Grandma Pearl's on Fridays and I have never gone missing from there.",
        ]),
        ("h1", "What I want"),
        ("p", "In my own words, to Temi on 16/01/2026: \"I want people to stop treating me like a baby. Dee's "
              "alright, he's just older.\" \"I don't want Mum to be sad all the time.\" \"I want to do my "
              "GCSEs and do something with animals.\" When Temi asked how safe I feel on a scale of 0 to 10, I "
              "said 6 at home, 9 at Grandma's and 3 \"when I'm out and my phone's dead\"."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "I am safe from people who want to hurt or use me, and I come home every night.",
            "I am at school every day, all day, and on track for my GCSE options.",
            "I am looked after by a mum who knows where I am, and who reports me missing if I am not home.",
            "I know the signs of grooming and who I can tell if I am worried.",
        ]),
        ("h1", "My part: what I will do"),
        ("bullets", [
            "I will be home by 9pm on school nights and by 10.30pm on Fridays and Saturdays, starting on "
            "20/01/2026. Mum writes the time I get in on the chart on the fridge, and Temi reads it every week.",
            "I will keep my phone charged and switched on every time I go out, from 20/01/2026, and answer "
            "when Mum or Grandma Pearl rings. Mum and Grandma tell Temi at her weekly visit if I didn't answer.",
            "I will go to every Tuesday session with Sam for ten weeks from 27/01/2026. Sam keeps a register "
            "and tells Temi the same day if I miss one.",
            "I will go to school every day and stay all day, from 21/01/2026. Mr Ashworth sends Temi my "
            "attendance every Friday, and I want to get it back to 95% by Easter.",
        ]),
        ("h1", "The grown-ups' part"),
        ("boldp", "Temi Adebayo, my social worker, will:"),
        ("bullets", [
            "See me at least once a week until my review conference on 14/04/2026, at home or at school, and "
            "some of the time on my own. She writes up what I said within 2 working days.",
            "Make a \"my people and places\" map with me in two sessions by 13/02/2026, so everyone knows "
            "where I go and who with. The map goes on my file and to PC Roberts.",
            "Take my case to the Kelpmarsh MACE panel (the meeting about children at risk of exploitation) "
            "by 12/02/2026. The panel's actions are sent to Mum and me in a letter within a week.",
        ]),
        ("boldp", "Sam Harker, my Safe Futures worker (Kelpmarsh Safe Futures Team), will:"),
        ("bullets", [
            "Run my ten sessions on healthy relationships, grooming and staying safe online, every Tuesday "
            "after school from 27/01/2026. Sam and I score how safe I feel (0 to 10) at sessions 1, 5 and 10, "
            "and Sam sends the scores to Temi.",
            "Do my return home interview within 72 hours of every time I have been missing, and send it to "
            "Temi and PC Roberts on the day it is done.",
        ]),
        ("boldp", "PC Amy Roberts, Missing and Exploited Team, Kelpmarsh Police, will:"),
        ("bullets", [
            "Serve a Child Abduction Warning Notice on Dee by 30/01/2026. A copy of the notice goes on the "
            "police file and on Temi's.",
            "Put a marker on my name and our address so officers know this plan if I am reported missing, by "
            "23/01/2026. PC Roberts e-mails Temi and Mum to say it is done.",
        ]),
        ("boldp", "Mr Tom Ashworth, my Head of Year and the school's safeguarding lead, will:"),
        ("bullets", [
            "Check I am in at registration and after lunch every school day, and ring Mum and Temi if I am "
            "not there by 9.30am or I leave at lunchtime. My attendance goes to Temi every Friday.",
            "Give me a library pass for lunchtimes from 26/01/2026, so I am not hanging round the gates. The "
            "library sign-in sheet shows the days I used it, and he sends it to Temi every fortnight.",
        ]),
        ("boldp", "Lauren Fry, school nurse, will:"),
        ("bullets", [
            "See me at the school drop-in for a health and sexual health chat, and show me where the "
            "Kelpmarsh young people's clinic is, by 13/02/2026. Lauren e-mails Temi to say the chat has "
            "happened (not what I said).",
        ]),
        ("boldp", "Mum (Andrea Okafor) will:"),
        ("bullets", [
            "Ring the police to report me missing if I am not home within 30 minutes of my time and she "
            "cannot reach me, every time. The police log shows the time Mum rang, and PC Roberts checks it "
            "after every report.",
            "Go to every appointment with Niamh and to her GP medication reviews until my review conference. "
            "Niamh sends Temi Mum's attendance every month.",
        ]),
        ("boldp", "Niamh Carey, Mum's nurse and care coordinator at the Kelpmarsh Community Mental Health "
                  "Team, will:"),
        ("bullets", [
            "See Mum every two weeks about her mood and her tablets, and write to the core group before "
            "each meeting saying whether Mum is well enough to keep me safe (knowing where I am and reporting "
            "me missing), what still needs to change, and how long that is likely to take. Her letter is on "
            "Temi's file before each core group.",
        ]),
        ("boldp", "Grandma Pearl will:"),
        ("bullets", [
            "Have me to stay every Friday from 6pm until Saturday at 5pm, and text Temi when I arrive and "
            "when she drops me home.",
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If I am not home 30 minutes after my time and no one can reach me, Mum (or Grandma, if I was at "
            "hers) reports me missing to the police. Sam does my return home interview within 72 hours, and "
            "if I have been with Dee or any adult over 18, Temi holds a strategy discussion with the police "
            "within 1 working day.",
            "If I am seen with Dee or at the Harbour Street flat again, the police go there straight away "
            "and Temi holds a strategy discussion the same day.",
            "If Mum becomes too unwell to look after me (she stays in bed all day, or stops her tablets), "
            "Niamh arranges a home treatment team visit within 24 hours, and I stay with Grandma Pearl "
            "until Niamh and Temi agree Mum is well enough.",
            "If Grandma Pearl cannot have me (she is ill or away), I stay with Auntie Joy (Mum's sister) at "
            "14 Lark Rise. If neither of them can, Temi or the Emergency Duty Team will find me a foster carer "
            "that night.",
            "If I go missing three times or more in any month, or I am found with Dee again after the warning "
            "notice, Chris Mallory (Temi's manager) will hold a legal planning meeting within 5 working days "
            "to decide whether to go to court for an order that would keep me somewhere safer.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group (me, Mum, Temi and the grown-ups in this plan) every four weeks at Kelpmarsh Academy, "
            "Tuesdays at 4pm: 03/02/2026, 03/03/2026 and 31/03/2026.",
            "My review child protection conference: 14/04/2026 at 10am, Kelpmarsh Civic Centre. I can come to "
            "all of it or part of it, or Sam can bring my views.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, one landscape table split by "Responsibility:"
#    banner rows; each banner owns the rows below it until the next banner.
#    Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_knottwold_icpc_responsibility_banner_rows_mcardle.pdf",
    "doc_title": "Child Protection Plan - Rosie and Callum McArdle",
    "split": "heldout",
    "actions": 22,
    "landscape": True,
    "min_pages": 2,
    "header": "Knottwold City Council · Children's Services · Child Protection Plan",
    "footer": "Rosie and Callum McArdle · ICPC 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-landscape-header-footer-kv-details-worries-strengths-rosies-day-callums-words-outcomes-then-no-what-will-happen-by-when-evidence-table-split-by-responsibility-banner-rows-each-owning-the-rows-below-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-month-old and a 6-year-old: their mother has postnatal "
        "depression and once left the baby with the 6-year-old to go walking, the baby's weight has "
        "faltered, and the maternal grandmother helps three days a week. One landscape table (No. / What "
        "will happen / By when / Evidence that it has happened) is split by banner rows that say whose "
        "rows follow ('Responsibility: Kieran Doyle, social worker', '... health visitor', the perinatal "
        "team, the school, each parent, Gran), so no row has an owner cell of its own; some rows are "
        "joint or name one member of the team. Faults: a 'Responsibility: all agencies' banner owns two "
        "rows; under an 'Also agreed at conference' banner a Family Hub referral 'will be made' by no one; "
        "the perinatal team's weekly sessions only support the mother, measured by attendance; the "
        "father's night feeds are 'as and when his shifts allow'; and a grant application has '-' for "
        "its evidence."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference on 15/01/2026 (chair: Ruth Pennock, independent "
              "reviewing officer). Social worker: Kieran Doyle (KD), Knottwold Children's Services, Safeguarding "
              "Team West; team manager: Alison Greer."),
        ("kv", [
            ("Children", "Rosie McArdle, born 10/09/2025 (4 months); Callum McArdle, born 02/04/2019 (6, Year 1, "
                         "Knottwold Church Primary School)"),
            ("Address", "48 Lime Kiln Road, Knottwold KN2 7DA"),
            ("Mum", "Stacey McArdle (26): postnatal depression since November 2025, under the Knottwold "
                    "Perinatal Mental Health Team"),
            ("Dad", "Connor McArdle (30): warehouse shift worker, often on nights"),
            ("Gran", "Pauline Hogg (Stacey's mum), 6 Fennel Close, Knottwold"),
            ("Category", "Neglect (both children)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Stacey was diagnosed with postnatal depression in November 2025. On 19/12/2025, while Connor was at "
              "work, she left Rosie in her bouncer with Callum and walked out of the house for over an hour "
              "because she \"couldn't cope and wanted to disappear\". Callum rang Gran. Stacey told the GP later "
              "that day that she sometimes thinks Rosie would be better off without her. Rosie was on the 50th "
              "centile at birth and is now on the 9th; on two health visitor visits she had not been fed for more "
              "than five hours. Callum has been late to school 19 times this term, and on three days nobody "
              "collected him until 4pm."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey told the GP how she was feeling and accepted the referral to the perinatal team.",
            "Connor has changed some shifts so that he is at home on Mondays and Tuesdays.",
            "Gran comes to the house three days a week and Callum is always on time on those days.",
            "Rosie smiles and babbles at both parents, and Callum is proud of his sister.",
        ]),
        ("h1", "Rosie's day and what Callum says"),
        ("p", "Rosie's day (Fiona Blake, health visitor, 08/01/2026): Rosie spends long spells in her bouncer in "
              "the living room while Stacey sleeps on the sofa. She feeds well when she is offered a bottle and "
              "settles quickly when she is held. When Gran is there she is bathed and changed on time and has "
              "tummy time on the rug."),
        ("p", "Callum (seen on his own at school by KD, 12/01/2026): \"Mummy is sad and sleeps a lot.\" \"I gave "
              "Rosie her dummy when Mummy went out.\" \"I like it when Nana picks me up because we get a snack.\" "
              "He drew his family with a big cloud over Mummy."),
        ("h1", "What needs to be different for Rosie and Callum"),
        ("numbers", [
            "Rosie and Callum are always cared for by an adult who is well enough to look after them, and are "
            "never left alone or with each other.",
            "Rosie is fed at regular times, gains weight and is back on the 25th centile by the review "
            "conference.",
            "Callum gets to school on time every day, is collected at 3.15pm, and no longer worries that he has "
            "to look after Rosie.",
        ]),
        ("h1", "The plan"),
        ("p", "The table is split by grey banner rows. Each banner says who is responsible for the rows beneath "
              "it, until the next banner."),
        ("table", {
            "header": ["No.", "What will happen", "By when", "Evidence that it has happened"],
            "widths": [1.3, 11.6, 5.0, 7.8],
            "rows": [
                ["Responsibility: Kieran Doyle (KD), social worker, Knottwold Children's Services", H, H, H],
                ["1",
                 "Visit Rosie and Callum at home, one visit in three unannounced: see Rosie awake and "
                 "undressed, see Callum on his own, and check the feed chart",
                 "Every week until the review conference on 09/04/2026",
                 "Visit records on the case file within 2 working days, with what Callum said and Rosie's "
                 "last feed time"],
                ["2",
                 "Parenting assessment with Stacey and Connor, including how they share Rosie's care around "
                 "Connor's shifts",
                 "Weekly sessions from 22/01/2026; report by 06/03/2026",
                 "Written report with recommendations shared with Stacey, Connor and the core group by "
                 "06/03/2026"],
                ["3",
                 "Three sessions of direct work with Callum about Mummy's illness and who looks after Rosie",
                 "Fortnightly from 22/01/2026",
                 "Callum's drawings and words on file, and read to the next core group"],
                ["4",
                 "With Stacey and Connor, write a daily routine for Rosie (feeds, naps, bath, bedtime) and put "
                 "it up in the kitchen",
                 "By 23/01/2026",
                 "Routine chart seen on the kitchen wall; the HV sees it in use at her visits"],
                ["5",
                 "Help Stacey and Connor apply for a council tax reduction and a Household Support Fund grant "
                 "for a cot bed",
                 "By 13/02/2026",
                 "-"],
                ["Responsibility: Fiona Blake (HV), health visitor, Knottwold Health Visiting Service", H, H, H],
                ["6",
                 "Weigh Rosie at home and go through her feed chart with Stacey",
                 "Every week until Rosie is 6 months old (10/03/2026), then every 2 weeks",
                 "Each weight plotted in the red book; Rosie back on the 25th centile by 09/04/2026"],
                ["7",
                 "Ask Stacey to complete the EPDS mood questionnaire at the weighing visit",
                 "Every 2 weeks",
                 "EPDS score written in the HV record and sent to Hollie Grant the same day"],
                ["8",
                 "Rosie's 6-month development review, with an ASQ-3",
                 "By 24/03/2026",
                 "ASQ-3 scores in the HV record and sent to KD"],
                ["Responsibility: Knottwold Perinatal Mental Health Team (Hollie Grant, perinatal mental health "
                 "nurse; Dr Ravi Sethi, consultant perinatal psychiatrist)", H, H, H],
                ["9",
                 "Weekly home support sessions for Stacey: CBT-based self-help for low mood and help with her "
                 "sleep",
                 "Every week from 20/01/2026",
                 "Attendance recorded and sent to KD each month"],
                ["10",
                 "Dr Sethi to review Stacey's medication and write a report for the core group on her mental "
                 "health, how it affects her care of Rosie and Callum, what still needs to change, and how "
                 "long her recovery is likely to take",
                 "Report by 20/02/2026",
                 "Report on KD's file before the core group on 24/02/2026"],
                ["Responsibility: Knottwold Church Primary School (Mrs Anne Kelly, designated safeguarding lead)",
                 H, H, H],
                ["11",
                 "Ring Stacey or Connor if Callum is not in by 9.15am, and ring KD if neither has answered by "
                 "10am; ring KD if Callum is not collected by 3.30pm",
                 "Every school day",
                 "First-day call log and collection log; Callum's attendance and late marks sent to KD each "
                 "Friday"],
                ["12",
                 "Check-ins for Callum with Mr Dale, learning mentor, using his feelings scale",
                 "Mondays and Thursdays at 9am",
                 "Callum's feelings scale scores in the mentor's log, sent to KD every fortnight"],
                ["Responsibility: Connor McArdle (Dad)", H, H, H],
                ["13",
                 "Do Rosie's night feeds from 11pm to 3am, so that Stacey can sleep",
                 "As and when his shifts allow",
                 "Night feed chart signed by Connor; the HV reads it at every visit"],
                ["14",
                 "Take Callum to school for 8.50am and collect him at 3.15pm",
                 "Every Monday and Tuesday",
                 "School register and collection log show Callum on time and collected on those days"],
                ["Responsibility: Stacey McArdle (Mum)", H, H, H],
                ["15",
                 "Go to every session with Hollie, and take her medication as prescribed",
                 "Every week from 20/01/2026",
                 "Hollie's monthly attendance note to KD"],
                ["16",
                 "Take Rosie to Brook Lane Surgery for her missed 16-week immunisations",
                 "By 06/02/2026",
                 "Immunisations in the red book and on the GP record, checked by the HV"],
                ["Responsibility: Pauline Hogg (Gran)", H, H, H],
                ["17",
                 "Come to the house to help with Rosie and give Stacey time to rest",
                 "Every Wednesday, Thursday and Friday, 9am to 1pm",
                 "Gran signs the visitors' sheet in the routine folder; the HV and KD read it at their visits"],
                ["18",
                 "Collect Callum from school at 3.15pm and give him his tea",
                 "Every Wednesday, Thursday and Friday",
                 "School collection log shows Gran collecting Callum on those days"],
                ["Responsibility: all agencies", H, H, H],
                ["19",
                 "Tell KD the same day about any worry about Rosie's or Callum's care, including Stacey saying "
                 "she cannot cope",
                 "The same day",
                 "Logged on the children's chronology"],
                ["20",
                 "Check at every contact whether Stacey is up and dressed and whether Rosie is clean and fed",
                 "At every contact",
                 "Written in each agency's own record of the contact"],
                ["Also agreed at conference", H, H, H],
                ["21",
                 "A referral will be made to the Baby Bonding group at Knottwold Family Hub (Thursday mornings)",
                 "By 30/01/2026",
                 "Family Hub's letter offering Stacey and Rosie a place, on the case file"],
                ["22",
                 "Dr Louise Farr, GP at Brook Lane Surgery, to flag Rosie's and Callum's records and tell KD "
                 "about any missed appointment",
                 "Flags by 30/01/2026; missed appointments within 2 working days",
                 "E-mail to KD confirming the flags; a letter to KD for each missed appointment"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Stacey says she wants to harm herself or cannot keep Rosie safe, or either child is left alone "
            "or Rosie is left with Callum: Connor or Gran cares for the children straight away, the perinatal "
            "team's duty worker (or the crisis team out of hours) assesses Stacey the same day, and KD holds a "
            "strategy discussion with the police and health the same day.",
            "If Rosie's weight drops below the 9th centile, or she misses two weighs in a row, Fiona arranges a "
            "paediatric review at Knottwold General Hospital within 2 working days and KD visits within 24 "
            "hours.",
            "If Gran cannot come on her three days or collect Callum (she is ill or away), she or Stacey rings "
            "KD that morning. The school's after-school club keeps Callum until Connor collects him, and Stacey "
            "and Rosie spend those days at the Family Hub's drop-in with a family support worker until Gran "
            "can come again. If neither Connor nor Gran can care for the children in an emergency, KD (or the "
            "Emergency Duty Team) will place them together with Knottwold foster carers.",
            "If by the core group on 24/03/2026 Rosie's weight has not begun to rise, or the children have been "
            "left alone again, KD will ask Alison Greer for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Knottwold Church Primary, Tuesdays at 1.30pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Knottwold Civic Offices.",
        ]),
    ],
    "findings": [
        F("W002", "Tell KD the same day about any worry about Rosie's"),
        F("W002", "Check at every contact whether Stacey is up and dressed"),
        F("W001", "A referral will be made to the Baby Bonding group"),
        F("H001", "Weekly home support sessions for Stacey: CBT-based self-help for low mood"),
        F("T002", "Do Rosie's night feeds from 11pm to 3am"),
        F("M001", "Help Stacey and Connor apply for a council tax reduction"),
    ],
})


# ---------------------------------------------------------------------------
# 6. The social worker's letter to a father after the initial conference:
#    "I will:", "You have agreed to:" and "What else was agreed" parts,
#    numbered, the letter signed by the social worker. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kyrenford_sw_letter_to_dad_i_will_you_agreed_haldane.docx",
    "doc_title": "Letter to Jamie Haldane - Ava and Leo's child protection plan",
    "split": "heldout",
    "actions": 17,
    "template": "sw-letter-to-father-docx-letterhead-address-lines-dear-jamie-why-there-is-a-plan-going-well-what-ava-and-leo-told-me-what-we-want-then-numbered-parts-what-i-will-do-you-have-agreed-to-what-else-was-agreed-then-if-things-go-wrong-meetings-signed-by-sw",
    "description": (
        "The social worker's letter to a single father after the initial conference for his 8-year-old "
        "and 5-year-old: he smokes cannabis every evening, the 5-year-old was found in the street in "
        "his pyjamas while his father slept, and the children's attendance and health care have "
        "slipped. The plan is in the letter as numbered parts whose owner is said once: 'What I will "
        "do' ('I' is the social worker who signs the letter), 'What you have agreed to do' ('you' is "
        "Jamie), and 'What else was agreed', where each item names its owner in the sentence. Faults: "
        "'It is hoped that a place can be found' at the after-school club, with no one named; 'All the "
        "professionals involved' telling the social worker of worries; booking a drug service "
        "assessment 'when you feel ready'; the social worker will 'keep an eye on' Ava at school; the "
        "father's cannabis use with no adult service owning any action; a contingency that only says "
        "the manager will be told and the core group will meet early; and no legal planning."
    ),
    "blocks": [
        ("pr", "Kyrenford Borough Council"),
        ("pr", "Children's Services, Safeguarding Team North"),
        ("pr", "Castle House, Kyrenford KY2 6PD"),
        ("pr", "29/01/2026"),
        ("p", ""),
        ("pl", "Mr Jamie Haldane"),
        ("pl", "17 Pennine Walk"),
        ("pl", "Kyrenford KY4 1RS"),
        ("p", ""),
        ("p", "Dear Jamie,"),
        ("boldp", "Ava and Leo's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on 26/01/2026. The conference "
              "decided that Ava and Leo need a child protection plan, under the category of neglect. I said I "
              "would write the plan out for you in plain words, so here it is. Some parts say what I will do, "
              "some say what you have agreed to do, and the last part says what else was agreed and who is "
              "doing it."),
        ("boldp", "Why there is a plan"),
        ("p", "On 14/11/2025 at 7.15pm the police found Leo on the pavement outside your house in his pyjamas. You "
              "were asleep on the sofa and the house smelled strongly of cannabis. You told me you smoke "
              "cannabis every evening \"to switch off\" after work, and sometimes in the day at weekends. In the "
              "autumn term Ava's attendance was 84% and Leo's 79%, and both were often late. Ava told her teacher "
              "that she makes Leo's tea \"when Dad's tired\". Leo has not had his pre-school booster and neither "
              "child has seen a dentist for over two years. The back door lock is broken, and the kitchen and "
              "the children's bedroom were very cluttered on both my visits."),
        ("boldp", "What is going well"),
        ("bullets", [
            "You love Ava and Leo, and they love you. You were honest with the conference about your cannabis "
            "use.",
            "You have kept your job at the garage and you do the school run on your days off.",
            "Ava and Leo see their mum, Kayleigh, once a month, and they say they enjoy it.",
            "Ava is doing well with her reading and loves her after-school art club.",
        ]),
        ("boldp", "What Ava and Leo told me"),
        ("p", "I saw Ava on her own at school on 21/01/2026. She said: \"Dad's always sleepy after tea.\" \"I don't "
              "like the smell, it gets in my hair and people say things.\" \"I want Dad to come to my "
              "assembly.\" She scored home 5 out of 10. Leo showed me his dinosaur bed and said \"Daddy's "
              "sleepy a lot\" and \"I went outside to find the cat\"."),
        ("boldp", "What we want for Ava and Leo"),
        ("p", "By the review conference we want these three things to be true:"),
        ("bullets", [
            "Ava and Leo are looked after every evening and night by a dad who is awake, clear-headed and able "
            "to keep them safe.",
            "Ava and Leo go to school every day, on time, fed and in clean clothes, and Ava no longer has to "
            "look after Leo.",
            "Leo has his booster and both children see a dentist, and they live in a clean, safe home with a "
            "back door that locks.",
        ]),
        ("boldp", "What I will do"),
        ("p", "I will:"),
        ("numbers", [
            "Visit you and the children at home every week until the review conference, with one visit in "
            "three unannounced and at least one each fortnight after 6pm, and see Ava and Leo on their own. I "
            "will write up each visit within 2 working days, saying what the children told me and what I saw.",
            "Complete a parenting assessment with you in six weekly sessions from 02/02/2026, and give you and "
            "the core group my written report by 13/03/2026.",
            "See Ava at school for four sessions of direct work about home and her worries, fortnightly from "
            "04/02/2026, and keep her \"worry jar\" notes, in her own words, on her file.",
            "Keep an eye on how Ava is getting on in class every week until the review conference.",
            "Ask Kyrenford Homes to repair the back door lock by 13/02/2026, and check that it locks on my "
            "next visit after that date.",
        ]),
        ("boldp", "What you have agreed to do"),
        ("p", "You have agreed to:"),
        ("numbers", [
            "Not smoke cannabis in the house or garden, and never when you are looking after Ava and Leo on "
            "your own, from 29/01/2026. I will check at every visit, and you agreed to a hair strand test by "
            "27/02/2026, with the result sent to me.",
            "Ring Pathways, the Kyrenford drug and alcohol service, to book an assessment when you feel ready, "
            "and show me the appointment letter.",
            "Get Ava and Leo up, fed and into school by 8.45am every school day. Mrs Corr will send me the "
            "register every Friday.",
            "Take Leo to Castle Street Surgery for his pre-school booster by 20/02/2026. It will be written in "
            "his red book and on the GP record.",
            "Book both children in at Kyrenford Dental Care and take them to their check-ups by 13/03/2026, "
            "and show me the appointment cards.",
            "Clear the kitchen and the children's bedroom and keep the dog out of the kitchen, by 13/02/2026. "
            "We will score the home conditions checklist together each month, aiming for 4 out of 5.",
        ]),
        ("boldp", "What else was agreed"),
        ("numbers", [
            "Mrs Helen Corr, deputy head and safeguarding lead at Kyrenford St Luke's Primary, will ring you if "
            "Ava or Leo is not in by 9.15am, and ring me if you have not answered by 10am, every school day. "
            "She will send me the first-day call log every Friday.",
            "Mr Owen Pugh, Leo's Reception teacher, will give Leo a place in the Talk Boost group on Mondays "
            "and Wednesdays for 10 weeks from 09/02/2026, and test his speech at the start and the end. Both "
            "scores will be sent to you and me.",
            "Ben Lister, family support worker at Kyrenford Family Hub, will come to the house every Thursday "
            "from 05/02/2026 to 26/03/2026 to help with morning routines, shopping and meals. He will fill in "
            "the routines chart with you and send me a copy each month.",
            "Gemma Yates, the school nurse, will see Ava and Leo at school for a health check (height, weight, "
            "sight and hearing) by 27/02/2026, and write to you and me with the results.",
            "It is hoped that a place can be found for Leo at the after-school club on Tuesdays and Thursdays "
            "from 23/02/2026; we will know when his name is on the club register.",
            "All the professionals involved will tell me the same day if they are worried that you have been "
            "smoking cannabis while looking after Ava and Leo, and it will be written on the children's "
            "chronology.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If things do not get better, or we have more worries about Ava and Leo, I will speak to my manager, "
              "Denise Arkwright, straight away, and we will bring the core group together early to review the "
              "plan and decide what to do next."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting is on 05/02/2026 at 10am at Kyrenford St Luke's Primary, and then every "
              "four weeks after that: 05/03/2026 and 02/04/2026. You, Ava's and Leo's school, Ben, Gemma and I "
              "will be there. The review child protection conference is on 21/04/2026 at 1.30pm at Castle "
              "House."),
        ("p", "If anything in this letter is wrong, or you want to add something, please ring me on 01632 960 418 "
              "and I will change it before the first core group."),
        ("p", "Yours sincerely,"),
        ("pl", "Ruth Sempill"),
        ("pl", "Social Worker, Safeguarding Team North, Kyrenford Children's Services"),
        ("p", ""),
        ("p", "Copies to: Kayleigh Moss (the children's mum); Mrs Helen Corr; Gemma Yates; Ben Lister; Dr Priya "
              "Varma, Castle Street Surgery; the conference chair."),
    ],
    "findings": [
        F("W001", "It is hoped that a place can be found for Leo"),
        F("W002", "All the professionals involved will tell me the same day"),
        F("T002", "Ring Pathways, the Kyrenford drug and alcohol service"),
        F("M002", "Keep an eye on how Ava is getting on in class"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan: a who's who table of the short names the plan uses,
#    then stage headings with their dates and bullets that open with the
#    owner's short name in bold, some joint ("Samira with the midwife:",
#    "Amira with Tash:"). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b177_kettlemoss_prebirth_whos_who_short_names_stage_bullets_rashid.md",
    "split": "heldout",
    "actions": 22,
    "template": "prebirth-plan-md-whos-who-table-of-short-names-used-then-why-going-well-babys-world-outcomes-then-stage-headings-with-dates-bullets-opening-with-bold-short-name-or-joint-owner-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 19-year-old mother with a mild learning "
        "disability, who left a violent relationship with the baby's father and lives with her own "
        "mother. A who's who table gives the short names the plan uses ('Nana', 'Amira', 'Tash', 'Lou', "
        "'Jo', 'PC Gill', 'the midwife', 'the HV'), and the plan is three stage headings with dates "
        "(now to 36 weeks, the birth and the ward, home until 12 weeks old), each bullet opening with "
        "its owner's short name in bold, some joint ('Samira with the midwife:', 'Amira with Tash:', "
        "'Samira and Nana together:') and one written as work done for the baby by a named "
        "paediatrician. Every bullet has a real time and something that can be seen or counted; the "
        "adult learning disability team owns actions; the contingency has specific triggers, a fallback "
        "if Nana cannot help and legal planning; core group and review dates are set; the baby's world "
        "is recorded."
    ),
    "text": """\
# Kettlemoss City Council - Children's Services

## Pre-birth child protection plan: Baby Rashid

Agreed at the pre-birth initial child protection conference on **22/01/2026** (chair: Yvonne Achterberg,
independent reviewing officer). Baby is due on **10/04/2026**; Samira was 28+6 weeks pregnant at the
conference. Category: **physical abuse (risk to the unborn baby from domestic abuse)**.

Samira and baby will live with Samira's mum at 19 Weir Street, Kettlemoss KT3 6NB.

### Who's who

The plan uses the short names in the first column.

| Short name in this plan | Who | Role |
|---|---|---|
| Samira | Samira Rashid (19) | Baby's mum |
| Nana | Rukhsana Rashid | Samira's mum, baby's grandmother |
| Amira | Amira Hussain | Social worker, Kettlemoss Children's Services (team manager: Phil Stott) |
| the midwife | Kate Orme | Community midwife, Riverside team |
| Lou | Louise Ng | Specialist safeguarding midwife, Kettlemoss General Hospital |
| the HV | Grace Tiernan | Health visitor, Kettlemoss 0-19 Service |
| Tash | Natasha Bell | Community learning disability nurse, Kettlemoss Adult Learning Disability Team |
| Jo | Jo Kelsall | Independent domestic violence adviser (IDVA), Kettlemoss Domestic Abuse Service |
| PC Gill | PC Harpreet Gill | Domestic Abuse Safeguarding Team, Kettlemoss Police |
| Marie | Marie Conroy | Family support worker, Kettlemoss Family Hub |

### Why baby has a plan before they are born

Baby's father, Jordan Pell (23), was violent to Samira throughout their relationship. On 02/10/2025, when
Samira was 13 weeks pregnant, he punched her in the stomach and held her against a wall by her throat.
He was arrested, and Samira has had a non-molestation order against him since 15/12/2025. Samira ended
the relationship, but Jordan has sent her more than 40 messages since December, some saying he will "see
the baby whatever". Samira has a mild learning disability. She learns best with pictures, short
sessions and doing things more than once, and she has not looked after a baby before.

### What is going well

- Samira ended the relationship with Jordan and went to the police herself.
- Samira has been to every antenatal appointment, and Nana goes with her.
- Nana has a spare room ready for Samira and baby and wants to help at night.
- Samira works well with Tash, who has known her since she was 16.

### Baby's world

Baby cannot tell us what they need, so this is what we have seen and what their first weeks will be
like. At the 20-week scan baby was growing well, and the midwife has plotted baby on the GROW chart at
every appointment since: baby is following the 50th centile. Samira plays music to her bump and says baby
kicks "when Nana sings". Baby will come home to a bedroom shared with Samira in Nana's terraced house. Baby
will need feeding every two to three hours day and night, a safe place to sleep on their back, and adults
who stay calm when they cry and who keep Jordan away.

### What we want for baby

1. Baby is born safely and is never in the same place as Jordan unless a court or the core group has
   agreed it.
2. Baby is fed when hungry, gains weight and follows their centile line in the red book.
3. Baby sleeps on their back in their own Moses basket, and is cared for by adults who know how to
   feed, change, settle and keep them safe.

## The plan

Each line starts with who is doing it, in bold, using the short names in the who's who. "With" or
"and ... together" means those people do it together. Each stage heading gives the dates it covers; a
line's own time, where it has one, comes first.

### Stage 1: now until 36 weeks (22/01/2026 to 13/03/2026)

- **Amira:** Visit Samira and Nana at home every week, and see Samira on her own at least every other
  visit to talk about Jordan and how she is feeling. Visit notes on file within 2 working days.
- **Amira with Tash:** Pre-birth parenting assessment in weekly short sessions with pictures, adapted to
  how Samira learns, from 29/01/2026. Report shared with Samira, Nana and the core group by 06/03/2026.
- **Tash:** Make an easy-read baby care book with Samira (feeds, nappies, safe sleep, crying) and
  practise each page with a doll, every Tuesday from 27/01/2026 to 10/03/2026. Tash ticks each page
  Samira can show back to her and sends the list to Amira every fortnight.
- **Tash:** Write a report for the core group on the help Samira will need with baby's care after the
  birth and how she learns best, by 27/02/2026. Report on Amira's file by that date.
- **Samira with the midwife:** Antenatal appointments every 2 weeks until 36 weeks, with the midwife
  seeing Samira on her own for part of each one. Baby's growth plotted on the GROW chart; a missed
  appointment is phoned to Amira the same day.
- **Lou:** Put the safeguarding birth plan on the maternity record by 32 weeks (13/02/2026), saying that
  Jordan must not be told of the birth or allowed on the ward. Birth plan on BadgerNet and a copy on
  Amira's file by 13/02/2026.
- **Jo:** Meet Samira every two weeks to go over her safety plan, and complete a new DASH risk checklist
  by 06/02/2026. DASH score and a copy of the safety plan sent to Amira.
- **PC Gill:** Check that Samira's non-molestation order is on the police system and flag 19 Weir Street
  for an urgent response, by 30/01/2026. PC Gill e-mails Amira to confirm both.
- **Samira and Nana together:** Go to the Bump and Beyond classes at Kettlemoss Family Hub, four Wednesdays
  from 11/02/2026 to 04/03/2026. The class register is sent to Amira after each session.
- **Nana:** Get the Moses basket, cot and pram set up in Samira's room by 36 weeks. The HV sees them at her
  antenatal visit.
- **The HV:** Antenatal home visit to talk through safe sleep and coping with crying (ICON), by 34 weeks
  (27/02/2026). Antenatal contact record and home safety checklist sent to Amira.

### Stage 2: the birth and the ward (from the birth until baby goes home)

- **Lou:** Chair the discharge planning meeting on the ward before baby goes home, with Samira, Nana, Amira,
  Tash and the midwife. Written discharge plan sent to everyone within 1 working day of the meeting.
- **Ward 4 midwives (the midwife in charge each shift):** Write down how Samira feeds, changes and settles
  baby, every shift until discharge. Observation sheet copied to Amira before discharge.
- Baby will be seen by Dr Kwame Osei, paediatrician, for the newborn examination before discharge,
  including a check for any marks or bruising. Findings written in baby's red book and the discharge
  summary.
- **Amira:** See Samira and baby on the ward within 1 working day of the birth, and again on the day of
  discharge. Visit notes on file within 2 working days, saying how baby was fed and settled.

### Stage 3: at home, from discharge until baby is 12 weeks old

- **The midwife:** Postnatal visits on days 1, 5 and 10 after discharge: blood spot test on day 5, baby
  weighed on days 5 and 10, and see where baby sleeps. Weights in the red book, and baby back to birth
  weight by day 14.
- **The HV:** New birth visit at 10-14 days, then every week until baby is 8 weeks old and every 2 weeks
  until 12 weeks. Each weight plotted on the red book centile chart; safe sleep seen at every visit.
- **Amira:** Home visits twice a week for the first four weeks after discharge, then every week until the
  review conference, one in three unannounced. Visit notes within 2 working days, saying where baby slept.
- **Marie:** Home sessions with Samira on bath time, feeds and making up bottles safely, every Monday and
  Thursday for 8 weeks from the first week home. Marie ticks each task on the routine checklist when
  Samira does it on her own, and sends the checklist to Amira every fortnight.
- **Nana:** Help Samira with the night feeds and check baby is on their back in the Moses basket before she
  goes to bed, every night until baby is 12 weeks old. Nana fills in the night chart, and the HV and Amira
  read it at every visit.
- **Tash with Samira:** Make a "when baby cries" picture card for the fridge, within the first week home.
  The HV sees the card on the fridge at the new birth visit.
- **Samira:** Register baby at Kettle Lane Surgery within 2 weeks of the birth, and take baby to the 6-8
  week check. Registration written in the red book, and the GP's letter after the check sent to Amira.

## If things go wrong

- If Jordan comes to 19 Weir Street, follows Samira or messages her: Samira or Nana rings 999 (the
  address is flagged for an urgent response), PC Gill's team deals with the breach of the order, and
  Amira holds a strategy discussion with the police the same day.
- If Jordan comes to the hospital, ward staff call security and the police, baby is not discharged, and
  Amira holds a strategy discussion before any discharge is agreed.
- If the observation sheet shows Samira cannot yet feed or settle baby safely, even with Nana's help,
  baby stays on the ward and Lou reconvenes the discharge planning meeting within 2 working days.
- If Nana cannot help at night or has to stop (she is ill, has to work nights, or it is not working), she
  or Samira rings Amira that day. Samira and baby will stay with Samira's aunt, Farah Rashid, at 22 Elm Row
  (agreed by Farah on 19/01/2026). If Farah cannot have them either, Amira will arrange a parent and baby
  foster placement for Samira and baby within 24 hours.
- If Samira lets Jordan back into her life, or he finds the baby, or the parenting assessment on
  06/03/2026 says baby could not be cared for safely even with support, Amira will ask Phil Stott for a
  legal planning meeting within 5 working days, to decide whether to start pre-proceedings under the
  Public Law Outline before baby is born.

## Core group and review

- Core group every four weeks at Kettlemoss Family Hub, Tuesdays at 10am: 03/02/2026, 03/03/2026 and
  31/03/2026; then within 10 working days of baby's birth.
- Review child protection conference: 21/04/2026 at 10am, Kettlemoss Civic Hall (on the ward if baby is
  still in hospital).

Plan sent to Samira, Nana and every agency in the who's who on 26/01/2026.
""",
    "findings": [],
})
