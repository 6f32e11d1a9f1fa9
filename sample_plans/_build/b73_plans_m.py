"""Batch 73, module m: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: family and network support - grandparents, aunts, neighbours and
friends who do school runs, overnight stays, teas and supervised contact,
some with a named fallback in the contingency and some without; contingencies
that themselves rest on a relative; children staying with relatives as a
family arrangement; offers of help already made (not actions); and parents
whose outcomes are only about themselves beside plans whose outcomes are the
child's. Layouts: a family network meeting record, a Signs of Safety plan with
a safety network, an FGC family plan with a professionals' part, a child in
need plan, a plan in Welsh and English, a review plan with a family "notes"
table, and an initial conference plan for children living with their
grandparents. Two plans are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Family network meeting record: Who | What they will do | When | How we
#    will know; no outcomes, no contingency, network carries the plan (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_marlbeck_family_network_meeting_record_dowling.docx",
    "doc_title": "Family Network Meeting Record - Ruby-Mae and Alfie Dowling",
    "split": "tune",
    "actions": 10,
    "template": "family-network-meeting-record-docx-kv-who-came-help-already-given-then-who-what-when-how-table-no-outcomes-no-contingency",
    "description": (
        "Record of a family network meeting for a 6-year-old and a 2-year-old on a child protection plan "
        "(mother's drinking and low mood). The grandmother, an aunt, a neighbour and a family friend take "
        "on school runs, Friday sleepovers, teatime checks and a lift; help already given is listed "
        "separately (not actions). Faults: no outcome for the children anywhere (O001), no contingency "
        "while the network carries the plan (C001, C003), no legal step (R002), the mother's drinking "
        "and depression with no adult service owning anything (F004), 'As and when she can' (T002), "
        "'Family network' as owner (W002), an empty measure (M001), a blank when (T001) and a blank who "
        "(W001). Hard negatives: MGM as owner, 'Weekly, ongoing', the child's words, core group and "
        "review dates."
    ),
    "blocks": [
        ("title", "Family Network Meeting – Record"),
        ("p", "Marlbeck City Council · Children's Services · Safeguarding Team West"),
        ("kv", [
            ("Children", "Ruby-Mae Dowling (6), Year 1, Millbrook Lane Primary; Alfie Dowling (2), at home"),
            ("Mum", "Kerry Dowling (27), 14 Heron Walk, Marlbeck"),
            ("Dad", "Jason Kerr, the children's father, lives in Spain and has had no contact since 2023"),
            ("Plan", "Child protection plan since the initial conference on 20/02/2025 (category: neglect)"),
            ("Meeting", "Family network meeting, Wednesday 12/03/2025, 5.30pm, Marlbeck Family Hub, "
                        "Orchard Street"),
            ("Facilitated by", "Hannah Leckie, social worker"),
        ]),
        ("h2", "Who came"),
        ("p", "Kerry Dowling (mum); Brenda Dowling (Kerry's mum); Shelley Pratt (Kerry's sister); Iris Fenn "
              "(next-door neighbour at no. 16); Dean Moxon (family friend); Hannah Leckie (SW). Gita Rao (HV) "
              "sent her update by email. Ruby-Mae and Alfie were in the crèche downstairs."),
        ("h2", "Why we are meeting"),
        ("p", "Hannah explained that the children have a child protection plan because Kerry has been drinking "
              "heavily while looking after them. On 8 February Iris rang the police after hearing Alfie crying "
              "for over an hour; officers found Kerry asleep on the sofa and hard to wake, with an empty vodka "
              "bottle beside her. Ruby-Mae was late to school 11 times last half-term. Kerry has been low since "
              "her partner left last summer and her GP has prescribed sertraline. She told the meeting she "
              "drinks \"to switch my head off\" and that she wants to stop."),
        ("p", "Hannah asked everyone to think about who can help, and on which days."),
        ("h2", "What Ruby-Mae has told us"),
        ("p", "Hannah saw Ruby-Mae at school on 6 March. Ruby-Mae said: \"Mummy sleeps a lot and I make Alfie's "
              "milk.\" She said she likes going to Nanny Brenda's \"because she does fish fingers and we watch "
              "Bluey\", and that being told off at school for being late makes her \"sad in my tummy\". She "
              "would like to go to gymnastics club with her friend Macy."),
        ("h2", "Help the network has already given"),
        ("bullets", [
            "Brenda has had Ruby-Mae and Alfie for Sunday dinner every week since January.",
            "Shelley bought a stair gate and a new cot mattress, and fitted the gate on 1 March.",
            "Iris rang the police on 8 February and has told Kerry she can be called on in an emergency.",
            "Dean has offered to drive the family to appointments, as he works from home on Thursdays.",
        ]),
        ("h2", "Network plan agreed tonight"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.4, 5.6, 3.8, 4.2],
            "rows": [
                ["Brenda Dowling (MGM)",
                 "Take Ruby-Mae to school in the morning and collect her at 3.15pm",
                 "Every Monday, Tuesday and Wednesday in term time",
                 "School register shows Ruby-Mae in by 8.50am on those days"],
                ["Shelley Pratt (maternal aunt)",
                 "Have Ruby-Mae and Alfie to sleep over at her flat on Kilner Road so Kerry has a break",
                 "Every Friday night, collected after school and home by Saturday teatime",
                 "Shelley texts Hannah each Saturday to say the stay went ahead"],
                ["Iris Fenn (neighbour)",
                 "Pop round to check the children have eaten and Kerry has not been drinking",
                 "As and when she can",
                 "Iris writes each visit in the network diary kept in Kerry's kitchen drawer"],
                ["Family network",
                 "Make sure Kerry is never on her own with the children on a Saturday evening",
                 "Every Saturday, 5pm until the children are asleep",
                 "Network diary shows who was with the children each Saturday evening"],
                ["Dean Moxon (family friend)",
                 "Drive Kerry and Alfie to Alfie's two-year check at Marlbeck Health Centre",
                 "Thursday 27/03/2025, 10.40am",
                 ""],
                ["Kerry Dowling",
                 "Go to the Marlbeck Recovery Service drop-in and book an alcohol assessment",
                 "By Friday 28/03/2025",
                 "Kerry shows Hannah her appointment letter"],
                ["Kerry Dowling",
                 "See her GP about her sertraline and how low she has been feeling",
                 "",
                 "Appointment card shown to Hannah"],
                ["Hannah Leckie (SW)",
                 "Visit at home, see Ruby-Mae on her own and Alfie awake, and read the network diary",
                 "Weekly, ongoing",
                 "Visit records note what Ruby-Mae says and what is written in the diary"],
                ["",
                 "Type up the network plan and give a signed copy to everyone who came",
                 "By Wednesday 19/03/2025",
                 "Signed copies held by each person in the network"],
                ["Gita Rao (HV)",
                 "Check Alfie's weight, development and sleep at home",
                 "Every 2 weeks until the review conference",
                 "Weights and ASQ-3 scores in Alfie's red book, copied to Hannah"],
            ],
        }),
        ("h2", "Next meetings"),
        ("p", "Network meeting: Wednesday 09/04/2025, 5.30pm, same place. Core group: every four weeks at "
              "Millbrook Lane Primary, 3.30pm, next on Tuesday 25/03/2025 and Tuesday 22/04/2025. Review child "
              "protection conference: Thursday 15/05/2025, 10am, Marlbeck Civic Centre."),
        ("p", "Record written by Hannah Leckie on 13/03/2025 and sent to everyone who came."),
    ],
    "findings": [
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
        F("F004"),
        F("T002", "Pop round to check the children have eaten and Kerry"),
        F("W002", "Make sure Kerry is never on her own with the children"),
        F("M001", "Drive Kerry and Alfie to Alfie's two-year check"),
        F("T001", "See her GP about her sertraline and how low"),
        F("W001", "Type up the network plan and give a signed copy"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety plan with a named safety network; bold-owner bullets
#    under "What needs to happen", fallbacks for every network task (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_morwendon_signs_of_safety_network_plan_brennan.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-md-network-list-danger-statement-working-well-childrens-views-safety-goals-scaling-then-bold-owner-bullets-contingency-with-network-fallbacks",
    "description": (
        "Signs of Safety child protection plan for a 9-year-old and a 4-year-old whose father has bipolar "
        "disorder and drove them to the beach at 2am while high. A named safety network (paternal "
        "grandmother, uncle, neighbour, maternal aunt as back-up) covers the mother's night shifts, the "
        "school run and Saturdays; each bullet names its owner, when, and what will show it. The CMHT "
        "reports on whether the father is making the changes needed and how long it will take, the GP "
        "owns the lithium monitoring, the safety goals are the children's, and the contingency says "
        "what happens if each network member cannot help, down to a foster placement, with a legal "
        "step. Exemplary."
    ),
    "text": """\
# Morwendon Council – Signs of Safety Child Protection Plan

**Theo Brennan** (9), Year 4, and **Isla Brennan** (4), Reception – both at Morwendon St Petroc's Primary
**Live with:** Liam Brennan (dad, 35) and Sinead Brennan (mum, 34), 7 Quarry Hill, Morwendon
**Initial child protection conference:** Tuesday 4 February 2025 (category: neglect)
**Safety plan agreed with the network:** Thursday 13 February 2025, at Maureen's house
**Social worker:** Owen Treharne, Morwendon Family Safeguarding Team · **Conference chair:** Ruth Adebayo

## Theo and Isla's safety network

- **Maureen Brennan** (Nanna Mo) – Liam's mum, lives on Chapel Row, five minutes' walk away
- **Conor Brennan** – Liam's brother, lives in Morwendon town centre
- **Jackie Adeyemi** – next-door neighbour, mum of Theo's friend Femi
- **Aoife Walsh** – Sinead's sister, lives in Mardenbury, 40 minutes' drive away

## What we are worried about

Children's services, the school and the network are worried that if Liam becomes
unwell again – stops sleeping, stops taking his lithium and becomes very high –
Theo and Isla could be left without an adult who can look after them, or be driven
by Liam when he is not safe to drive. On 11 January, while Sinead was on a night
shift, Liam woke the children and drove them to Morwendon Sands at 2am "to see the
stars"; police found them in the car park with no coats on. Liam was admitted to
Morwendon Park Hospital under section 2 of the Mental Health Act and came home on
1 February. His medication makes him slow and drowsy in the mornings.

## What is working well

- Liam is back on lithium, is sleeping, and came to the conference and to the
  network meeting. He said: "I want the kids to know what to do if I get poorly again."
- Sinead has changed her shifts at Morwendon Care Home so she works only two nights a
  week, Tuesday and Thursday.
- Maureen looked after Theo and Isla for the three weeks Liam was in hospital, and
  she, Conor, Jackie and Aoife all came to the network meeting and said what they can do.

## What Theo and Isla say

**Theo** (with Owen at school, 10 February, using the three houses): in his house of
worries he drew "the car at night" and "Dad talking really fast". In his house of good
things he drew Nanna Mo's kitchen and football with Uncle Conor. He said: "If Dad goes
funny again I want to go to Nanna Mo's, not stay in the house." He put home at 6 out of 10.

**Isla** (seen at home on 7 and 12 February): she showed Owen her bedroom and her star
night-light. She said "Daddy was in hospital because his brain was poorly" and that she
likes it when "Nanna does my bath". Her teacher says Isla asks every afternoon who is
collecting her.

## What needs to be true for Theo and Isla (safety goals)

- Theo and Isla are looked after, day and night, by an adult who is well enough to care
  for them, and they are never in a car with Liam when he is unwell.
- Theo and Isla understand, in words they can use, that their dad has an illness, and Theo
  knows who he rings and where he goes if Dad gets poorly.
- Isla knows every day who is picking her up from school.
- Theo and Isla get to school on time, and Theo keeps playing football on Saturdays.

## Where we are now

On a scale where 0 means Theo and Isla will be hurt if nothing changes and 10 means
everyone is confident they are safe enough for the plan to end: Owen 4, Sinead 7,
Liam 6, Maureen 5, school 5.

## What needs to happen

- **Maureen** will sleep at 7 Quarry Hill every Tuesday and Thursday night while Sinead is at work, from 18 February until the review conference, and sign the network diary on the kitchen shelf each morning; Owen will check the diary at every visit.
- **Jackie** will walk Theo and Isla to school with Femi every Wednesday and Friday morning in term time, after Sinead's night shifts, and write "school run done" in the network diary; the school register will show both children in by 8.45am.
- **Conor** will take Theo to Morwendon Juniors football training every Saturday, 9.30 to 11.30am, and write in the network diary how Theo seemed.
- **Liam** will take his lithium every evening and fill in the mood and sleep chart the CMHT gave him each day, so that he and Sinead spot early signs before they affect Theo and Isla; Jess will look at the chart at each of her visits.
- **Sinead** will tell Maureen and Owen the same day if she sees any of the early signs in Liam's relapse plan (less than five hours' sleep two nights running, talking very fast, big spending), and write them in the network diary.
- **Jess Ambrose, care coordinator, Morwendon Community Mental Health Team,** will see Liam at home every two weeks, go through his relapse plan with Liam and Sinead by 28 February, and send Owen a written report before each core group on whether Liam is making the changes needed to keep Theo and Isla safe when he is unwell, and how long that is likely to take.
- **Dr Farah Latif, Morwendon Health Centre,** will do Liam's lithium level, kidney and thyroid blood tests every three months, the next by 30 April 2025, and send the results to Jess with a copy of her letter to Owen.
- **Owen (social worker)** will visit every week until the review conference, at least one visit in three unannounced, see Theo on his own and Isla awake, and read the network diary; his visit notes will record what each child says.
- **Owen (social worker)** will write a words and pictures story with Sinead and Liam about Dad's illness and the safety plan by 7 March 2025 and read it with Theo and Isla; at his next visit Theo will be able to tell Owen who he would ring and where he would go.
- **Mrs Hannah Pengelly, DSL at St Petroc's,** will check in with Theo every Monday morning and pass anything he says about home to Owen the same day; each check-in is written up on the school's safeguarding log.
- **Mrs Tamsin Kemp, Isla's class teacher,** will show Isla the photo of whoever is collecting her on the class picture board each morning in term time, and the office collection sheet will show who collected her each day.

## If Liam becomes unwell again, or the network can't help

- If Liam shows two or more of his early signs, or misses his lithium for two days,
  Sinead (or Maureen, if Sinead is at work) will ring Jess, or the Morwendon Crisis Team
  out of hours, the same day, and Theo and Isla will sleep at Maureen's that night and
  stay there until Jess has seen Liam.
- If Liam drives the children while unwell, or leaves them without an adult, Sinead or
  Maureen will ring 999, and Owen (or the emergency duty team) will hold a strategy
  discussion the same day.
- If Maureen cannot cover a night shift or have the children because she is ill or away,
  Sinead will not work that night, or the children will go to Conor's flat. If neither
  Maureen nor Conor can have them, Aoife will collect them from Mardenbury, and if no one
  in the network can, Owen or the emergency duty team will arrange a foster placement for
  Theo and Isla together that day.
- If Jackie cannot do the school run she will text Sinead by 7.30am and Conor will do it;
  if Conor cannot take Theo to football, Theo stays home with Sinead that morning.
- If Liam has another episode before the review conference in which the children are put
  at risk, or he stops seeing Jess, Owen will ask his team manager for a legal planning
  meeting within 5 working days.

## Meetings

- Core group every 4 weeks, 3.30pm at St Petroc's: Tuesday 25 February, Tuesday 25 March
  and Tuesday 22 April 2025.
- Network meeting with Maureen, Conor, Jackie and Aoife on the Thursday after each core
  group, 6pm at Maureen's.
- Review child protection conference: Wednesday 30 April 2025, 10am, Morwendon Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Family group conference: family plan written in private family time,
#    then the professionals' part; looked-after baby now on the children's
#    ward; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_mossingford_fgc_family_plan_professionals_part_quinn.pdf",
    "doc_title": "Family Group Conference Family Plan - Harper Quinn",
    "split": "tune",
    "actions": 14,
    "template": "fgc-record-paged-questions-information-about-child-outcomes-then-family-plan-table-and-professionals-part-table-what-who-when-how",
    "description": (
        "Family group conference record for an 8-month-old accommodated under section 20 with her great-aunt "
        "(a temporary connected person carer) and now on the children's ward with bronchiolitis; mother's "
        "postnatal depression. Two What | Who | When | How we will know tables: the family plan (great-aunt, "
        "grandad, paternal nan, a friend) and the professionals' part. Faults: the looked-after baby is in "
        "hospital and nobody is set to visit at a stated frequency - mum 'As much as she can' (L001, T002), "
        "the contingency rests on the great-aunt with no fallback if she or the others cannot help (C003), "
        "an outcome about mum only (F002), a blank when (T001), 'The family' with 'Improvement in the flat' "
        "(W002, M002), the perinatal team only supporting (H001), a parenting assessment with no output "
        "(M001), 'All professionals' (W002). Hard negatives: dad's parenting course, the ward liaison row "
        "with an event timescale, core group and review dates, a legal step. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Mossingford Borough Council · Family Group Conference Service",
    "footer": "FGC family plan – Harper Quinn – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Family Group Conference – Family Plan"),
        ("p", "Independent coordinator: Moira Ellery. This record was typed by the coordinator and sent to "
              "everyone who came."),
        ("kv", [
            ("Child", "Harper Quinn, born 02/08/2024 (8 months)"),
            ("Where Harper lives", "With her great-aunt, Tina Walsh, 3 Linnet Close, Mossingford, since "
                                   "03/03/2025. Harper is accommodated under section 20 of the Children Act "
                                   "1989 with Chloe's agreement; Tina is approved as a temporary connected "
                                   "person foster carer."),
            ("Where Harper is now", "Kestrel Ward (children's ward), Mossingford General Hospital, since "
                                    "Friday 04/04/2025 with bronchiolitis. The ward expects her to stay about "
                                    "a week."),
            ("Mum", "Chloe Quinn (19), Flat 6, Wren House, Mossingford"),
            ("Dad", "Ryan Doyle (20), lives with his mum, Lorraine Doyle, in Mossingford"),
            ("FGC held", "Monday 07/04/2025, 10am to 3pm, Mossingford Family Centre"),
            ("Social worker", "Priya Venn, Children in Care Team"),
        ]),
        ("h1", "1. Who came"),
        ("p", "Family: Chloe Quinn (mum); Ryan Doyle (dad); Tina Walsh (great-aunt, Harper's carer); Gary Quinn "
              "(Chloe's dad, Harper's grandad); Lorraine Doyle (Ryan's mum, Harper's nan); Amber Lyle (Chloe's "
              "best friend). Professionals, for the information part only: Priya Venn (SW); Denise Hollis "
              "(community psychiatric nurse, Mossingford Perinatal Mental Health Team); Sam Okoye (HV)."),
        ("h1", "2. The questions the family were asked"),
        ("bullets", [
            "How will the family keep Harper safe and well looked after while she is in hospital and when "
            "she comes out?",
            "What can the family do to help Chloe get to the point where Harper can go home to her?",
            "Who will help Ryan and Lorraine see Harper safely?",
        ]),
        ("h1", "3. What the professionals told the family"),
        ("p", "Priya explained why Harper is looked after. In February Chloe left Harper with a friend overnight "
              "and did not come back until the next afternoon; Harper was underweight and had bad nappy rash. "
              "Chloe has postnatal depression and has told Denise that on some days she cannot get out of bed. "
              "Chloe agreed to Harper going to Tina's on 3 March. The local authority's bottom line is that "
              "Harper is never left with anyone who is not agreed in the plan, and that Chloe's care of Harper "
              "must be assessed before she can go home."),
        ("p", "Denise said Chloe has been seen by the perinatal team since January, is taking sertraline and has "
              "missed two of her last five appointments. Sam said Harper has gained weight well at Tina's, "
              "from the 2nd to the 9th centile."),
        ("h1", "4. About Harper"),
        ("p", "Harper is a smiley baby who loves her bath and being sung to. Tina says she now sleeps from 7pm "
              "to 6am in her cot and reaches for Tina when she wakes. At family time the family centre staff "
              "have seen Harper look for Chloe's face and babble back when Chloe talks to her. On the ward she "
              "is on oxygen and tube feeds, and the nurses say she settles best when she is held and has her "
              "rabbit comforter."),
        ("h1", "5. What we want for Harper"),
        ("bullets", [
            "Harper gets well, comes out of hospital back to Tina's and keeps gaining weight.",
            "Harper is only ever looked after by people the family and Priya have agreed.",
            "Chloe will feel more confident and less anxious.",
            "Harper sees her mum and her dad every week, in a way that is safe for her.",
        ]),
        ("h1", "6. The family plan"),
        ("p", "The family wrote this part in private family time and read it out to Priya, who agreed it."),
        ("table", {
            "header": ["What we will do", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.8, 4.0],
            "rows": [
                ["Look after Harper at 3 Linnet Close and take her to all her health appointments",
                 "Tina Walsh (great-aunt)",
                 "Every day until the review FGC on 02/06/2025",
                 "Harper's red book and the HV's records show every appointment kept"],
                ["Be with Harper on Kestrel Ward, do her nappies and cuddles, and learn her tube feeds from "
                 "the nurses",
                 "Chloe Quinn (mum)",
                 "As much as she can",
                 "Ward nurses write Chloe's visits in Harper's notes"],
                ["Drive Chloe to family time with Harper at the family centre",
                 "Gary Quinn (grandad)",
                 "Every Tuesday and Friday, 10am, once Harper is out of hospital",
                 "Family centre sign-in sheet shows Chloe there on time"],
                ["Supervise Ryan's time with Harper at her house and keep a note of how it went",
                 "Lorraine Doyle (nan)",
                 "Every Sunday, 2pm to 4pm, once Harper is out of hospital",
                 "Lorraine's contact book, read by Priya at each visit to Tina"],
                ["Go with Chloe to choose a cot, a high chair and a safety gate for the flat",
                 "Amber Lyle (Chloe's friend)",
                 "",
                 "Items seen by Priya at the flat"],
                ["Help Chloe sort out her flat and get it ready for Harper coming home",
                 "The family",
                 "Every weekend",
                 "Improvement in the flat"],
                ["Go to the Dads Matter course at Mossingford Family Centre",
                 "Ryan Doyle (dad)",
                 "Thursday evenings for 8 weeks from 10/04/2025",
                 "Certificate and the course leader's end-of-course report sent to Priya"],
            ],
        }),
        ("h1", "7. The professionals' part of the plan"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [5.6, 3.6, 3.8, 4.0],
            "rows": [
                ["Liaise with Kestrel Ward about Harper's discharge and agree the discharge plan with Tina and "
                 "Chloe",
                 "SW Priya Venn",
                 "Before Harper is discharged",
                 "Written discharge plan sent to Tina, Chloe and the HV"],
                ["Weekly home visits to support Chloe with her low mood and anxiety, and review her sertraline",
                 "Denise Hollis, CPN, Mossingford Perinatal Mental Health Team",
                 "Weekly",
                 "Chloe's attendance at appointments"],
                ["Weigh Harper and check her development and breathing at Tina's after discharge",
                 "HV Sam Okoye",
                 "Within 5 days of discharge, then every 2 weeks",
                 "Weights in the red book; copy of the HV record to Priya"],
                ["Supervise Chloe's family time with Harper and write up how Chloe reads and responds to "
                 "Harper's cues",
                 "Jo Marr, contact supervisor, Mossingford Family Centre",
                 "Tuesdays and Fridays, 10am to 12pm, once Harper is out of hospital",
                 "Contact recording sent to Priya within 2 working days of each session"],
                ["Complete a parenting assessment of Chloe",
                 "SW Priya Venn",
                 "By 30/06/2025",
                 ""],
                ["Complete the full connected person assessment of Tina as Harper's foster carer",
                 "Lyn Carter, assessing social worker, Mossingford Fostering Service",
                 "Within 16 weeks of Harper's placement (by 23/06/2025)",
                 "Assessment report presented to the fostering panel"],
                ["Tell Priya the same day about any worry about Harper's care or Chloe's mood",
                 "All professionals",
                 "Same day",
                 "Each worry logged on Harper's file by Priya"],
            ],
        }),
        ("h1", "8. If the plan isn't working"),
        ("p", "If Chloe leaves Harper with anyone who is not named in this plan, or is too unwell to look after "
              "Harper safely at family time, the family time will end, Harper will stay with Tina, and Priya "
              "(or the emergency duty team) will hold a strategy discussion the same day."),
        ("p", "If Chloe misses two family time sessions in a row without a reason, or the parenting assessment "
              "shows that Harper cannot safely go home by the end of June, Priya will ask her team manager for "
              "a legal planning meeting within 5 working days."),
        ("h1", "9. Reviewing the plan"),
        ("p", "Review family group conference: Monday 02/06/2025, 10am, Mossingford Family Centre. Harper's "
              "child protection plan continues alongside her care plan: the core group meets every 4 weeks at "
              "the family centre (Tuesday 15/04/2025, Tuesday 13/05/2025 and Tuesday 10/06/2025), and the "
              "review child protection conference is on Wednesday 21/05/2025. Harper's first looked-after "
              "review is on Thursday 01/05/2025."),
    ],
    "findings": [
        F("L001"),
        F("C003"),
        F("F002", "Chloe will feel more confident and less anxious."),
        F("T002", "Be with Harper on Kestrel Ward, do her nappies and cuddles"),
        F("T001", "Go with Chloe to choose a cot, a high chair"),
        F("W002", "Help Chloe sort out her flat and get it ready"),
        F("M002", "Help Chloe sort out her flat and get it ready"),
        F("H001", "Weekly home visits to support Chloe with her low mood"),
        F("M001", "Complete a parenting assessment of Chloe"),
        F("W002", "Tell Priya the same day about any worry"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan typed as plain text: numbered actions with Who /
#    When / How we will know lines; outcomes all about mum; move to another
#    authority pending (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_maddlecombe_child_in_need_plan_farrow.txt",
    "split": "tune",
    "actions": 9,
    "template": "child-in-need-plan-txt-aligned-details-numbered-sections-numbered-actions-with-who-when-how-we-will-know-lines",
    "description": (
        "Child in need plan for an 11-year-old young carer whose mother has fibromyalgia, depression and "
        "codeine dependence; the nan does teas and Friday sleepovers and a neighbour does the school walk. "
        "Numbered actions with Who / When / How we will know lines. Faults: every outcome is about mum "
        "(F002 x3) so none is for Jack (O001), five of nine actions are mum's own appointments and support "
        "(F001), 'As and when appointments are offered' (T002), the CMHT only supporting with 'Nicola "
        "engaging with sessions' (H001, M002), 'Nicola feels less isolated' (M002), the young carers "
        "assessment handed to the next authority after the move (X001), a contingency that only reviews "
        "(C002) and does not cover the nan or neighbour failing (C003), no legal step (R002), the next "
        "meeting 'to be arranged' (R001). Hard negatives: Jack's own words, the GP and CMHT own actions, "
        "the nan's and neighbour's rows with real timescales."
    ),
    "text": """\
MADDLECOMBE COUNCIL
Children and Families Service - Assessment and Child in Need Team

CHILD IN NEED PLAN

Child:           Jack Farrow, born 14/09/2013 (11), Year 6, Maddlecombe Park Primary
Lives with:      Nicola Farrow (mum, 39), 31 Saltings Road, Maddlecombe
Family:          Sheila Farrow (Jack's nan, Nicola's mum), 4 Cress Lane, Maddlecombe
                 Dawn Hughes (Nicola's sister), lives in Mirrowby
Neighbour:       Carol Dunne, 29 Saltings Road
Plan agreed:     Child in need meeting, Monday 12/05/2025, Maddlecombe Park Primary
Social worker:   Tom Egan
Team manager:    Bridget Osei


1. WHY JACK HAS A CHILD IN NEED PLAN

Nicola has fibromyalgia and depression. She has taken codeine for pain for three
years and told her GP in March that she sometimes takes more than prescribed.
Since Christmas she has rarely left the flat. The school contacted us in April
because Jack had been late 14 times this term, often came in wearing the same
clothes, and told his teacher he "does all the shopping". The child and family
assessment found that Jack does most of the cooking, cleaning and shopping, and
on two nights in April he stayed up with his mum when she was in pain and did not
go to school the next day.

Nicola and Jack plan to move to Mirrowby later this year to be near Dawn. No date
has been set.


2. WHAT JACK SAYS

Jack talked to Tom at school on 6 May. He said: "I don't mind helping Mum, she
can't help being ill. But sometimes I'm really tired in class." He said the best
part of his week is tea at Nan's "because I don't have to cook". He worries about
his mum when he is at school and checks his phone at break to see if she has
texted. He would like to go on the Year 6 residential in June "if Mum will be OK".


3. WHAT WE WANT TO CHANGE

  a) Nicola's mood will improve.
  b) Nicola will manage her pain better and need less codeine.
  c) Nicola will have more people around her and feel less alone.


4. WHAT WILL HAPPEN

4.1  Nicola to go to her pain clinic appointments at Maddlecombe General Hospital.
     Who:   Nicola Farrow
     When:  As and when appointments are offered
     How we will know:  Clinic letters copied to Tom

4.2  Continue weekly support sessions for Nicola's low mood.
     Who:   Owen Price, support worker, Maddlecombe Community Mental Health Team
     When:  Weekly
     How we will know:  Nicola engaging with sessions

4.3  Review Nicola's codeine and other pain relief, and agree a reducing plan
     with her.
     Who:   Dr Anita Rowe, Saltings Road Surgery
     When:  By 30/05/2025
     How we will know:  GP letter to Tom setting out the reducing plan

4.4  Help Nicola apply for Personal Independence Payment and a Blue Badge.
     Who:   Marcia Lloyd, family support worker
     When:  Claims sent off by 23/05/2025
     How we will know:  Claim reference numbers on file

4.5  Nicola to join the women's wellbeing group at Maddlecombe Library.
     Who:   Nicola Farrow
     When:  Every Thursday, 10am, from 15/05/2025
     How we will know:  Nicola feels less isolated

4.6  Cook tea for Jack at her house, and have him to stay on Friday nights.
     Who:   Sheila Farrow (nan)
     When:  Monday to Friday after school; Friday nights
     How we will know:  Sheila marks each tea and sleepover on the calendar that
                        Tom checks at his visits

4.7  Walk Jack to school with her own two children.
     Who:   Carol Dunne (neighbour)
     When:  Every school morning, leaving at 8.20am
     How we will know:  School register shows Jack in by 8.45am

4.8  Young carers assessment for Jack, to be done by Mirrowby Council's young
     carers service once the family has moved.
     Who:   Mirrowby Young Carers (after the transfer)
     When:  After the move to Mirrowby
     How we will know:  Young carers assessment report sent to Nicola and Jack

4.9  Visit Jack and Nicola at home, and see Jack on his own.
     Who:   Tom Egan (SW)
     When:  Every 3 weeks
     How we will know:  Visit notes record what Jack says


5. IF THINGS GET WORSE

If things get worse at home, Tom and Nicola will review the plan and consider the
next steps.


6. REVIEW

Next child in need meeting: to be arranged.

Copies to: Nicola Farrow; Sheila Farrow; Maddlecombe Park Primary; Dr Anita Rowe;
Maddlecombe Community Mental Health Team; Marcia Lloyd (FSW).
""",
    "findings": [
        F("O001"),
        F("F001"),
        F("F002", "Nicola's mood will improve."),
        F("F002", "Nicola will manage her pain better and need less codeine."),
        F("F002", "Nicola will have more people around her and feel less alone."),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
        F("T002", "Nicola to go to her pain clinic appointments"),
        F("H001", "Continue weekly support sessions for Nicola's low mood"),
        F("M002", "Continue weekly support sessions for Nicola's low mood"),
        F("M002", "Nicola to join the women's wellbeing group"),
        F("X001", "to be done by Mirrowby Council's young carers service"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Bilingual plan, Welsh first then English in every heading, paragraph and
#    table cell; grandparents supervise contact, an aunt does the school
#    pick-up (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_maesgwynant_bilingual_welsh_english_plan_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Osian ac Efa Pritchard",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-bilingual-welsh-then-english-headings-paragraphs-and-two-line-table-cells-action-who-when-how",
    "description": (
        "Initial conference plan in Welsh and English for a 10-year-old and a 5-year-old (domestic abuse, "
        "father's daily drinking; he now lives with his parents, who supervise his Saturday time with the "
        "children, and an aunt does two school pick-ups). Every heading, paragraph and table cell is Welsh "
        "then English. Faults: nothing the children have said or felt is recorded (F003), an outcome about "
        "mum only (F002), the review conference date 'to be confirmed' (R001), 'As and when needed' (T002), "
        "'Family' as owner (W002), 'Monitored' (M002) and a passive referral with '-' as owner (W001). Hard "
        "negatives: the contingency names a fallback if the grandparents or the aunt cannot help, the "
        "alcohol service reports on change, a legal step is set, the perpetrator programme."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Maesgwynant · Gwasanaethau Plant / Maesgwynant County Council · Children's Services"),
        ("kv", [
            ("Plant / Children", "Osian Pritchard (10), Blwyddyn 5 / Year 5, ac / and Efa Pritchard (5), "
                                 "Dosbarth Derbyn / Reception – Ysgol Gynradd Maesgwynant"),
            ("Mam / Mum", "Nia Pritchard (33), 12 Stryd y Felin, Maesgwynant"),
            ("Tad / Dad", "Gethin Pritchard (36). Mae'n byw gyda'i rieni ers 2 Mawrth 2025. / He has lived "
                          "with his parents since 2 March 2025."),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol, dydd Mawrth 18 Mawrth 2025 / "
                                        "Initial child protection conference, Tuesday 18 March 2025"),
            ("Categori / Category", "Cam-drin emosiynol / Emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Catrin Howells (GC / SW)"),
            ("Iaith / Language", "Cymraeg yw iaith y teulu. Gofynnodd Nia am gynllun dwyieithog. / Welsh is "
                                 "the family's language. Nia asked for a bilingual plan."),
        ]),
        ("h1", "Pam mae gan Osian ac Efa gynllun / Why Osian and Efa have a plan"),
        ("p", "Mae'r heddlu wedi cael eu galw i'r tŷ bedair gwaith ers mis Tachwedd. Ar 1 Mawrth roedd Gethin "
              "wedi bod yn yfed, a gwthiodd Nia i lawr y grisiau tra oedd Osian ac Efa yn y tŷ. Symudodd "
              "Gethin allan drannoeth i fyw gyda'i rieni, Eirlys ac Emyr Pritchard, ar fferm Maes-y-Gog ar "
              "gyrion y dref. Mae Gethin yn yfed bob dydd, ac fe ddywedodd wrth y gynhadledd ei fod eisiau "
              "help. Mae amodau mechnïaeth yn ei atal rhag mynd i Stryd y Felin."),
        ("p", "Police have been called to the house four times since November. On 1 March Gethin had been "
              "drinking and pushed Nia down the stairs while Osian and Efa were in the house. Gethin moved out "
              "the next day to live with his parents, Eirlys and Emyr Pritchard, at Maes-y-Gog farm on the "
              "edge of town. Gethin drinks every day, and he told the conference he wants help. His bail "
              "conditions stop him going to Mill Street."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Mae Eirlys ac Emyr wedi cynnig goruchwylio amser Gethin gyda'r plant yn eu tŷ nhw. Mae Mererid, "
              "chwaer Nia, wedi bod yn casglu'r plant o'r ysgol bob dydd Llun a dydd Mercher ers i Gethin "
              "symud allan. Cysylltodd Nia â'r gwasanaeth cam-drin domestig ei hun."),
        ("p", "Eirlys and Emyr have offered to supervise Gethin's time with the children at their house. "
              "Mererid, Nia's sister, has been collecting the children from school every Monday and Wednesday "
              "since Gethin moved out. Nia contacted the domestic abuse service herself."),
        ("h1", "Canlyniadau / Outcomes"),
        ("bullets", [
            "Mae Osian ac Efa yn byw mewn cartref heb ffraeo, bygythiadau na thrais. / Osian and Efa live in a "
            "home without arguments, threats or violence.",
            "Mae Osian ac Efa yn gweld eu tad mewn ffordd ddiogel sydd wedi'i chynllunio. / Osian and Efa see "
            "their dad in a way that is safe and planned.",
            "Bydd Nia yn teimlo'n gryfach ac yn fwy hyderus. / Nia will feel stronger and more confident.",
            "Mae Efa yn mynd i'r ysgol bob dydd ac yn cysgu yn ei gwely ei hun. / Efa goes to school every day "
            "and sleeps in her own bed.",
        ]),
        ("h1", "Cynllun gweithredu / Action plan"),
        ("table", {
            "header": ["Cam gweithredu\nAction", "Pwy\nWho", "Pryd\nWhen", "Sut byddwn yn gwybod\nHow we will know"],
            "widths": [5.4, 3.8, 3.6, 4.2],
            "rows": [
                ["Ymweld â'r cartref a gweld Osian ac Efa ar eu pennau eu hunain\nVisit the home and see Osian "
                 "and Efa each on their own",
                 "GC Catrin Howells\nSW Catrin Howells",
                 "Bob wythnos tan y gynhadledd adolygu\nWeekly until the review conference",
                 "Cofnodion ymweliad yn nodi beth mae pob plentyn yn ei ddweud\nVisit records noting what each "
                 "child says"],
                ["Goruchwylio amser Gethin gydag Osian ac Efa yn eu tŷ\nSupervise Gethin's time with Osian and "
                 "Efa at their house",
                 "Eirlys ac Emyr Pritchard (Nain a Taid)\nEirlys and Emyr Pritchard (paternal grandparents)",
                 "Bob dydd Sadwrn, 10yb tan 1yp\nEvery Saturday, 10am to 1pm",
                 "Llyfr cyswllt wedi'i lenwi gan Eirlys a'i ddarllen gan y GC\nContact book filled in by "
                 "Eirlys and read by the SW"],
                ["Casglu'r plant o'r ysgol a rhoi te iddyn nhw\nCollect the children from school and give them "
                 "tea",
                 "Mererid Jones (modryb)\nMererid Jones (maternal aunt)",
                 "Bob dydd Llun a dydd Mercher yn ystod y tymor\nEvery Monday and Wednesday in term time",
                 "Taflen gasglu'r ysgol\nSchool collection sheet"],
                ["Rhaglen newid ar gyfer Gethin ynghylch cam-drin domestig\nDomestic abuse change programme "
                 "for Gethin",
                 "Gethin Pritchard",
                 "Bob nos Fawrth am 24 wythnos o 1 Ebrill 2025\nEvery Tuesday evening for 24 weeks from "
                 "1 April 2025",
                 "Adroddiad canol cwrs i'r GC\nMid-course report to the SW"],
                ["Asesu yfed Gethin a gwaith un-i-un, gydag adroddiad ar a yw'n newid a beth mae hynny'n ei "
                 "olygu i'r plant\nAssessment and one-to-one work on Gethin's drinking, with a report on "
                 "whether he is changing and what that means for the children",
                 "Huw Bevan, Gwasanaeth Alcohol Maesgwynant\nHuw Bevan, Maesgwynant Alcohol Service",
                 "Asesiad erbyn 11 Ebrill 2025, yna bob pythefnos\nAssessment by 11 April 2025, then "
                 "fortnightly",
                 "Adroddiad ysgrifenedig i'r GC cyn pob grŵp craidd\nWritten report to the SW before each "
                 "core group"],
                ["Diweddaru'r cynllun diogelwch gyda Nia a'r plant\nUpdate the safety plan with Nia and the "
                 "children",
                 "Lowri Rees, Eiriolwr Trais Domestig Annibynnol\nLowri Rees, IDVA",
                 "Pan fo angen\nAs and when needed",
                 "Cynllun diogelwch ysgrifenedig ar ffeil; copi i'r ysgol\nWritten safety plan on file; copy "
                 "to the school"],
                ["Rhannu unrhyw bryder am y plant gyda'r GC\nShare any worry about the children with the SW",
                 "Teulu\nFamily",
                 "Yr un diwrnod\nThe same day",
                 "Pob pryder wedi'i gofnodi ar ffeil y plant\nEach worry logged on the children's file"],
                ["Sesiynau ELSA i Efa am deimladau\nELSA sessions for Efa about feelings",
                 "Mrs Gwen Parry, ELSA, Ysgol Gynradd Maesgwynant",
                 "Bob prynhawn dydd Iau yn ystod y tymor\nEvery Thursday afternoon in term time",
                 "Monitro\nMonitored"],
                ["Bydd atgyfeiriad yn cael ei wneud i'r gwasanaeth cwnsela ysgolion ar gyfer Osian\nA referral "
                 "will be made to the schools counselling service for Osian",
                 "-",
                 "Erbyn 4 Ebrill 2025\nBy 4 April 2025",
                 "Llythyr derbyn ar ffeil\nAcceptance letter on file"],
                ["Gwirio taldra a phwysau Efa a threfnu ei hapwyntiad deintydd\nCheck Efa's height and weight "
                 "and book her dental appointment",
                 "Nyrs ysgol Sioned Lewis\nSchool nurse Sioned Lewis",
                 "Erbyn hanner tymor y Sulgwyn (23 Mai 2025)\nBy May half-term (23 May 2025)",
                 "Canlyniadau wedi'u hanfon at y GC a'r meddyg teulu\nResults sent to the SW and the GP"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "Os bydd Gethin yn dod i Stryd y Felin, yn cysylltu â Nia neu'r plant y tu allan i'r ymweliadau "
              "dydd Sadwrn, neu wedi bod yn yfed pan fydd yn cyrraedd tŷ ei rieni ar gyfer ymweliad, bydd Nia "
              "neu Eirlys yn ffonio 999 a bydd y GC (neu'r tîm dyletswydd brys) yn cynnal trafodaeth strategaeth "
              "yr un diwrnod. Bydd yr ymweliadau'n dod i ben nes bydd asesiad risg newydd wedi'i wneud."),
        ("p", "If Gethin comes to Mill Street, contacts Nia or the children outside the Saturday visits, or has "
              "been drinking when he arrives at his parents' house for a visit, Nia or Eirlys will ring 999 and "
              "the SW (or the emergency duty team) will hold a strategy discussion the same day. The visits "
              "will stop until a new risk assessment has been done."),
        ("p", "Os na all Eirlys ac Emyr oruchwylio ymweliad, ni fydd yr ymweliad yn digwydd a bydd y GC yn "
              "trefnu cyswllt dan oruchwyliaeth yng Nghanolfan Deulu Maesgwynant o fewn wythnos. Os na all "
              "Mererid gasglu'r plant, bydd Nia yn eu casglu ei hun neu bydd clwb ar ôl ysgol Ysgol Gynradd "
              "Maesgwynant yn eu cadw tan 5.30yh."),
        ("p", "If Eirlys and Emyr cannot supervise a visit, the visit will not go ahead and the SW will arrange "
              "supervised contact at Maesgwynant Family Centre within a week. If Mererid cannot collect the "
              "children, Nia will collect them herself or the after-school club at Ysgol Gynradd Maesgwynant "
              "will keep them until 5.30pm."),
        ("p", "Os bydd Gethin yn torri ei amodau mechnïaeth, neu'n yfed cyn ymweliad ddwywaith cyn y gynhadledd "
              "adolygu, bydd y GC yn gofyn i'r rheolwr tîm am gyfarfod cynllunio cyfreithiol o fewn 5 diwrnod "
              "gwaith."),
        ("p", "If Gethin breaks his bail conditions, or drinks before a visit twice before the review "
              "conference, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Bydd y grŵp craidd yn cyfarfod bob 4 wythnos am 3.30yh yn Ysgol Gynradd Maesgwynant: 1 Ebrill, "
              "29 Ebrill a 27 Mai 2025. Cynhadledd adolygu: dyddiad i'w gadarnhau."),
        ("p", "The core group will meet every 4 weeks at 3.30pm at Ysgol Gynradd Maesgwynant: 1 April, 29 April "
              "and 27 May 2025. Review conference: date to be confirmed."),
        ("p", "Cynllun wedi'i deipio gan Catrin Howells (GC), 20 Mawrth 2025. / Plan typed by Catrin Howells "
              "(SW), 20 March 2025."),
    ],
    "findings": [
        F("F003"),
        F("F002", "Nia will feel stronger and more confident."),
        F("R001"),
        F("T002", "Update the safety plan with Nia and the children"),
        F("W002", "Share any worry about the children with the SW"),
        F("M002", "ELSA sessions for Efa about feelings"),
        F("W001", "A referral will be made to the schools counselling service"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan: children living with their grandparents
#    under a family arrangement while mum is in residential rehab; a proper
#    action table, then a "What the family will do | Notes" table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_mellanstow_rcpc_family_arrangement_two_tables_crane.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-md-bold-details-progress-childrens-words-outcomes-then-professionals-action-table-and-separate-what-the-family-will-do-table",
    "description": (
        "First review conference plan for a 12-year-old and a 9-year-old living with their maternal "
        "grandparents under a family arrangement (not looked after) while their mother is in residential "
        "rehab for heroin use. A professionals' Action | Who | When | How we will know table, then a "
        "separate 'What the family will do' table (grandparents' care, an aunt's weekends, an uncle's "
        "drives, a neighbour's school pick-ups), all with owners, timescales and measures. Faults in the "
        "professionals' table: 'Kai engaging with the check-ins' (M002), a blank when (T001), 'When she "
        "is ready' (T002), 'Professionals' as owner (W002), an empty measure (M001). Hard negatives: a "
        "past overnight hospital stay for a child who is not looked after, an 'Ongoing' row carrying a "
        "'planlint: ignore T002' note, 'each appointment day', a contingency covering the grandparents "
        "and the other helpers failing, a legal step, dates set."
    ),
    "text": """\
# Mellanstow Borough Council – Review Child Protection Conference: Plan

**Children:** Kai Crane (12), Year 7, Mellanstow Academy; Lacey Crane (9), Year 4, Marsh Lane Primary
**Mum:** Danielle Crane (31), at Moorhaven House residential rehabilitation, Marrick Bay, since 7 April 2025 (a 12-week programme, due to finish on 30 June 2025)
**Where the children live:** with their maternal grandparents, Pauline and Ray Crane, 22 Fernlea Close, Mellanstow, under a family arrangement Danielle agreed on 20 March 2025. Kai and Lacey are not looked after.
**Dad:** Lee Boyce has not seen the children since 2019 and did not reply to the invitation to conference.
**Conference:** first review, Wednesday 14 May 2025 (initial conference 12 February 2025) · **Category:** neglect
**Social worker:** Gemma Hart · **Chair:** Marion Tate

## Progress since the initial conference

Danielle was using heroin and crack cocaine most days over the winter and the children
were often left on their own in the evenings. She finished a community detox in March and
went into Moorhaven House on 7 April. Pauline and Ray have looked after Kai and Lacey since
20 March. Kai's attendance has gone up from 78% to 94%. On Friday 2 May Lacey had an asthma
attack at school and was kept in Mellanstow Royal Infirmary overnight; she went home to
Pauline's the next day. Pauline says she was not sure how Lacey's inhalers should be used.

## What Kai and Lacey say

Kai (seen alone at school, 6 May): "It's calmer at Nan's. I miss Mum but I don't want it to
go back to how it was." He wants to stay at Mellanstow Academy whatever happens and would
like to visit his mum at Moorhaven "to see it's real".

Lacey (seen alone at Fernlea Close, 8 May): "I like my room at Nanny's but Grandad snores."
She misses "Mum's cuddles at bedtime" and said she gets scared that her asthma will "happen
again at school".

## What we want for Kai and Lacey

- Kai and Lacey live with an adult who is not using drugs and who gets them to school fed and on time every day.
- Kai and Lacey keep in touch with their mum in a way that is safe and predictable while she is at Moorhaven House.
- Kai and Lacey only go back to live with their mum when a written plan says it is safe, and they know what is happening and when.
- Lacey's asthma is well controlled and the adults around her know what to do in an attack.

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Kai and Lacey at Fernlea Close and see each of them on their own | SW Gemma Hart | Every 2 weeks until the next review | Visit records with each child's words written down |
| Progress reports on Danielle's treatment, and a final report on whether she is ready to care for the children again | Bev Shaw, keyworker, Moorhaven House | Weekly; final report by 16 June 2025 | Written reports sent to the SW and read at each core group |
| Check in with Kai about home, school and his mum | Mr Adeel Khan, head of Year 7, Mellanstow Academy | Every Monday morning | Kai engaging with the check-ins |
| Plan Danielle's return home with her, Pauline and Ray, and Moorhaven House | SW Gemma Hart | Before Danielle leaves Moorhaven House | Written return-home plan shared with the core group |
| Review Lacey's asthma, her inhaler technique and her school asthma plan, and show Pauline and Ray what to do in an attack | Jo Fairweather, school nurse | | Updated asthma plan kept at school and at Fernlea Close |
| Pick up Danielle's aftercare and prescribing in Mellanstow | Mellanstow Drug and Alcohol Service | When she is ready | Aftercare plan sent to the SW |
| Tell the SW the same day if Danielle turns up at Fernlea Close or at either school | Professionals | Same day | Each report logged on the children's file by the SW |
| Video calls between Danielle and the children, supervised by Moorhaven staff | Sue Pike, family worker, Moorhaven House | Tuesdays and Saturdays, 6pm | |
| Help Pauline and Ray with the children's routines, uniform and bedtimes, and with a kinship allowance claim | FSW Lorna Beck | Ongoing planlint: ignore T002 — agreed at review conference | Kinship allowance claim reference on file; FSW's visit notes |

## What the family will do

| What | Who | When | How we will know |
|---|---|---|---|
| Look after Kai and Lacey at Fernlea Close until there is an agreed return-home plan | Pauline and Ray Crane (MGPs) | Every day until the return-home plan is agreed | SW's visit records; school registers show both children in on time |
| Have Kai and Lacey to stay at her flat so Pauline and Ray get a rest | Jade Crane (maternal aunt) | Every other weekend, Saturday 10am to Sunday 5pm | Each weekend written on the family calendar the SW sees at her visits |
| Drive Kai and Lacey to Moorhaven House to see their mum | Mark Crane (maternal uncle) | Sunday afternoons, once Danielle has finished her first month | Moorhaven House visitors' book |
| Pick Lacey up from school on the days Pauline is at her hospital appointments | Val Oakes (next-door neighbour) | Each appointment day (about twice a month) | Marsh Lane Primary's collection sheet |

## Contingency

If Danielle leaves Moorhaven House before the end of the programme, uses heroin or crack,
or comes to Fernlea Close under the influence, Pauline and Ray will not let her take the
children or stay the night, and will ring the SW (or the emergency duty team) straight
away; the SW will hold a strategy discussion the same day.

If Pauline or Ray become too unwell to look after the children, Jade will move into Fernlea
Close or have the children at her flat; if neither can, the SW will arrange a foster
placement for Kai and Lacey together that day. If Jade or Mark cannot help on a weekend, the
children stay at Fernlea Close and the Moorhaven visit moves to the next Sunday. If Val
cannot collect Lacey, the after-school club at Marsh Lane Primary will keep her until Ray
collects her.

If Danielle leaves Moorhaven House early, or the return-home plan has not been agreed by 30
June 2025, the SW will ask her team manager for a legal planning meeting within 5 working
days.

## Core group and next review

- Core group every 6 weeks, 4pm at Marsh Lane Primary: Wednesday 28 May, Wednesday 9 July and Wednesday 20 August 2025.
- Next review child protection conference: Wednesday 10 September 2025, 10am, Mellanstow Town Hall.
""",
    "findings": [
        F("M002", "Check in with Kai about home, school and his mum"),
        F("T001", "Review Lacey's asthma, her inhaler technique and her school asthma plan"),
        F("T002", "Pick up Danielle's aftercare and prescribing in Mellanstow"),
        F("W002", "Tell the SW the same day if Danielle turns up"),
        F("M001", "Video calls between Danielle and the children, supervised by Moorhaven staff"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan: mum and the children living with her parents
#    as a family arrangement after an overdose; No. | What | Who | When | How
#    table; paged PDF with header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b73_merrowvale_icpc_living_with_grandparents_byrne.pdf",
    "doc_title": "Child Protection Plan - Marnie and Zac Byrne-Okafor",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-paged-numbered-sections-then-no-what-who-when-how-we-will-know-table-grandparents-in-the-plan-contingency-with-fallbacks",
    "description": (
        "Initial conference plan for a 3-year-old and a 14-month-old whose mother took an overdose while "
        "alone with them; she and the children now live with her parents as a family arrangement. The "
        "grandmother holds the mother's medication and is the adult overnight, the grandfather covers the "
        "daytime and the nursery run, dad has weekends. The CMHT reports on whether mum is making the "
        "changes needed and how long it will take, the GP owns the prescribing, the children's words and "
        "days are recorded, outcomes are the children's, and the contingency covers the grandparents "
        "being unable to help (dad, then a foster placement), with a legal step and dates set. Header and "
        "page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Merrowvale Council · Children's Safeguarding Service",
    "footer": "Child protection plan – Marnie and Zac Byrne-Okafor – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Marnie Byrne-Okafor (3), Merrowvale Bright Start Nursery on Monday, Wednesday and "
                         "Friday; Zac Byrne-Okafor (14 months), at home"),
            ("Mother", "Tamsin Byrne (26)"),
            ("Father", "Ade Okafor (29), HGV driver, away on long-distance runs Monday to Thursday nights; "
                       "has his own flat at 6 Quay Street, Merrowvale"),
            ("Where the children live", "Since 24/03/2025 Tamsin, Marnie and Zac have lived with Tamsin's "
                                        "parents, Julie and Phil Byrne, at 41 Larch Avenue, Merrowvale, as a "
                                        "family arrangement. The children are not looked after."),
            ("Conference", "Initial child protection conference, Thursday 10/04/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Rhys Calloway, Merrowvale Children's Safeguarding Team"),
            ("Chair", "Helen Matthias"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "On Saturday 22 March Tamsin took an overdose of paracetamol and her antidepressants at the family "
              "flat while Ade was at work. Marnie and Zac were with her, Zac in his playpen and Marnie in front "
              "of the television, for about three hours until Ade came home at 6pm and rang 999. Tamsin was in "
              "Merrowvale General Hospital for four days. She has a diagnosis of emotionally unstable "
              "personality disorder, has cut herself twice in the last year, and stopped going to her DBT "
              "skills group in January. Tamsin told conference she is \"ashamed and frightened\" and wants to "
              "get well for the children. Ade works away four nights a week."),
        ("h1", "2. What Marnie and Zac have shown and told us"),
        ("p", "Marnie (seen at Larch Avenue on 3 and 8 April, and at nursery on 7 April): she told Rhys "
              "\"Mummy was sleeping on the floor and wouldn't wake up\" and \"Daddy was shouting on the "
              "phone\". She showed him Grandad's swing in the garden and said she likes \"Nanny's house "
              "because of Biscuit\" (the dog). Every morning she asks where Mummy is if Tamsin is not in the "
              "room, and since March nursery have seen her hit other children when they take her toys."),
        ("p", "Zac is crawling fast and pulling himself up on the furniture. He settles well for Julie and "
              "Tamsin, cries and reaches for Tamsin when she leaves the room, and is eating well. He is not yet "
              "saying any words."),
        ("h1", "3. What we want for Marnie and Zac"),
        ("bullets", [
            "Marnie and Zac are never left alone with a parent who has harmed herself or is too unwell to "
            "look after them.",
            "Marnie and Zac have a safe, settled home, with the same trusted adults putting them to bed every "
            "night.",
            "Marnie gets help with her worries and her hitting, at nursery and at home, and can say how she "
            "feels.",
            "Zac's health and development checks are done on time and he keeps growing well.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.2, 5.3, 3.4, 3.4, 3.7],
            "rows": [
                ["1",
                 "See Marnie and Zac at Larch Avenue, awake and with Tamsin, and see Marnie on her own at "
                 "nursery; check the medication box",
                 "SW Rhys Calloway",
                 "Weekly from w/c 14/04/2025 until the review conference",
                 "Visit records with what Marnie says and how each child is with Tamsin; tablet count noted "
                 "at each visit"],
                ["2",
                 "Fortnightly sessions with Tamsin on her crisis plan and DBT skills, and a written report on "
                 "whether she is making the changes needed to care safely for Marnie and Zac, and how long "
                 "that is likely to take",
                 "Leila Brandt, care coordinator, Merrowvale Community Mental Health Team",
                 "Fortnightly from 17/04/2025; report 5 working days before each core group",
                 "Written report to the SW; Tamsin's attendance on the CMHT record"],
                ["3",
                 "Keep all of Tamsin's medication, and any paracetamol in the house, in the locked box in "
                 "Julie's bedroom, and give Tamsin one day's tablets each morning",
                 "Julie Byrne (MGM)",
                 "Every morning while Tamsin lives at Larch Avenue",
                 "Tablet chart inside the box, checked by the SW and the care coordinator at their visits"],
                ["4",
                 "Be in the house whenever Tamsin is looking after the children in the daytime, and take "
                 "Marnie to nursery and collect her",
                 "Phil Byrne (MGF)",
                 "Monday to Friday, 8am to 6pm, until the review conference",
                 "Phil signs the family diary each day; the nursery register shows who brought and collected "
                 "Marnie"],
                ["5",
                 "Have Marnie and Zac at his flat for the weekend and bring them back to Larch Avenue",
                 "Ade Okafor (dad)",
                 "Every Saturday 10am to Sunday 5pm",
                 "Handover times written in the family diary"],
                ["6",
                 "Prescribe Tamsin's medication weekly instead of monthly, and write to the SW about her "
                 "physical health since the overdose",
                 "Dr Simon Achebe, Merrowvale Health Centre",
                 "Weekly prescriptions from 14/04/2025; letter by 25/04/2025",
                 "GP letter on the children's file; weekly prescriptions on the GP record"],
                ["7",
                 "Share her crisis plan with Julie and Phil and put a copy on the fridge: who she tells when "
                 "she feels unsafe, and that Julie or Phil take over the children at once",
                 "Tamsin Byrne",
                 "By the first core group (29/04/2025)",
                 "Crisis plan seen on the fridge at Larch Avenue by the SW, with a copy on the children's file"],
                ["8",
                 "Record how Marnie arrives, her play and any hitting, and give her 15 minutes of one-to-one "
                 "feelings time",
                 "Kelly Sands, keyworker, Merrowvale Bright Start Nursery",
                 "Every session Marnie attends (Monday, Wednesday and Friday)",
                 "Daily sheet; weekly summary emailed to the SW every Friday"],
                ["9",
                 "Zac's one-year developmental review with an ASQ-3, and weigh him",
                 "HV Farida Noor",
                 "By 16/05/2025",
                 "ASQ-3 scores and weight in the red book, shared with the SW"],
                ["10",
                 "Parenting assessment of Tamsin and Ade, including how Julie and Phil support them",
                 "SW Rhys Calloway",
                 "Report by 20/06/2025",
                 "Report shared with Tamsin, Ade and the core group before the review conference"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Tamsin harms herself, takes more than her daily tablets, says she is thinking of ending her "
              "life, or leaves Larch Avenue with the children without telling Julie or Phil, Julie or Phil will "
              "take over the children's care at once and ring 999 or the Merrowvale Crisis Team, and the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. Tamsin "
              "will not look after the children on her own until that discussion has agreed a new plan."),
        ("p", "If Julie and Phil cannot have the children or be in the house, for example because one of them "
              "is ill or in hospital, the children will go to Ade, who has agreed with his employer that he can "
              "take emergency leave. If Ade cannot have them either, the SW will arrange a foster placement for "
              "Marnie and Zac together that day. If Phil cannot do the nursery run, Julie will do it, or Marnie "
              "will stay at home with Julie that day."),
        ("p", "If Tamsin harms herself or takes an overdose again before the review conference, or stops seeing "
              "the CMHT, the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "6. Core group and review"),
        ("p", "Core group every 3 weeks, 2pm at Merrowvale Family Hub: Tuesday 29/04/2025, Tuesday 20/05/2025 and "
              "Tuesday 10/06/2025. Review child protection conference: Thursday 03/07/2025, 10am, Merrowvale "
              "Civic Centre."),
        ("p", "Plan written by Rhys Calloway (SW) and agreed with the chair on 11/04/2025."),
    ],
    "findings": [],
})
