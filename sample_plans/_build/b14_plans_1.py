"""Batch 14, module 1: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

The focus of batch 14 is precision: good plans in unusual, everyday layouts.
Five of the seven plans here are exemplary (no findings); the other two are
mostly good with one or two realistic faults each.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. "Now / Next / Later" plan, owner first in bold in each bullet (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quorrindale_now_next_later_whitlock.md",
    "split": "tune",
    "template": "now-next-later-sections-owner-first-bullets-md",
    "description": (
        "Exemplary ICPC plan for two children (7 and 2; mother's drinking after a separation) set out as "
        "Now / Next / Later sections, each bullet opening with its owner in bold and carrying its own date "
        "and an everyday measure ('the nursery register will show...'). Outcomes in the family's words about "
        "the children, Kai's words and Poppy observed, alcohol service owning an assessment, grandad's "
        "mornings covered by a named fallback, core group dates, review date and a legal planning trigger."
    ),
    "text": """\
# Kai and Poppy's plan: Now, Next, Later

**Quorrindale Borough Council – Children's Services**
Child protection plan agreed at the initial child protection conference on 12 May 2025
Category: neglect

**Who's who**

- Kai Whitlock, 7, Year 2 at Ferncliffe Primary
- Poppy Whitlock, 2 years 8 months
- Leanne Whitlock, their mum
- Derek Whitlock, Leanne's dad ("Grandad"), lives two streets away on Moss Lane
- Nadia Qureshi, social worker, Quorrindale Children's Services (01632 960412)

This plan is set out as **Now** (the next two weeks), **Next** (up to the first
core group on 5 June) and **Later** (up to the review conference on 18 August).
Every step says who is doing it, by when, and how we'll know it has happened.

## Why we're worried

Since Leanne split up with her partner in February she has been drinking most
evenings, and some days from the afternoon. On 28 April Kai rang his grandad at
7.45am because he couldn't wake his mum; Poppy was still in the nappy she had
gone to bed in. Kai has been late to school 14 times since Easter and told his
teacher he "does Poppy's breakfast". Leanne says she drinks to get to sleep and
that she wants help to stop.

## What's going well

Leanne loves the children and they are close to her. She has been honest about
her drinking and booked her own appointment at Turning Tide, the alcohol
service. Derek has been taking Kai to school since 29 April and Kai hasn't been
late since. The flat is warm and there is food in the cupboards.

## What Kai and Poppy tell us

**Kai** (seen on his own at school, 6 May): "I'm good at making toast but I
don't like doing it when Mummy won't wake up." The best bit of his week is
"Grandad's bacon on Saturday". He wants "Mummy to be up before me" and he does
not want to "go and live somewhere else". If he is worried he would tell Mrs
Kaur or Grandad.

**Poppy** (seen at home, 8 May): Poppy is chatty and climbed onto her mum's lap
straight away. She took Nadia by the hand to show her bed and her "baby". When
she wanted her beaker she went to Kai, not to her mum.

## What we want for Kai and Poppy

Agreed with Leanne and Derek, in their words:

- "Kai wakes up to a mum who's already up, gets his breakfast made for him and
  gets to school on time."
- "Poppy is looked after all day by a grown-up who is sober, and goes to
  nursery to play with other kids."
- "The kids stay at home with their mum and don't have to worry about her."

## The plan

### NOW – from today until 26 May

- **Nadia (social worker)** will see Kai on his own at school and Poppy at home
  by Friday 23 May, then every two weeks after that. Her visit notes will say
  where each child was seen and what Kai told her.
- **Leanne** will go to her first Turning Tide appointment on 20 May, so she can
  start cutting down before the children's mornings are affected again. Turning
  Tide will email Nadia the same day to confirm she went.
- **Derek (Grandad)** will be at the flat by 7.30am every school day from 19 May
  to get Kai off to school and Poppy dressed and fed. The school register will
  show Kai in class by 8.50am.
- **Mrs Kaur (designated safeguarding lead, Ferncliffe Primary)** will email
  Nadia every Friday from 16 May with Kai's attendance and lateness for the
  week, and ring her the same day if Kai says anything worrying about home. The
  Friday emails are saved on Kai's file.

### NEXT – by the first core group on 5 June

- **Sam Adeyemi (Turning Tide alcohol worker)** will finish a full alcohol
  assessment with Leanne by 30 May and send Nadia a written report before the
  core group on 5 June, saying how much Leanne is drinking, what treatment she
  has agreed to and what this means for her looking after the children in the
  mornings.
- **Leanne** will take Poppy to Little Owls Nursery on Monday, Wednesday and
  Friday mornings from 2 June. The nursery register will show Poppy there for at
  least 5 of every 6 sessions.
- **Joanne Price (health visitor)** will do Poppy's overdue two-year review at
  home by 6 June and send Nadia the ASQ scores and Poppy's weight and height.
- **Rhys Bowen (family support worker)** will start six weekly morning visits on
  3 June to set up a morning routine with Leanne and the children. By the last
  visit there will be a routine chart on the fridge, and Kai will be able to tell
  Rhys who made breakfast that week.

### LATER – by the review conference on 18 August

- **Leanne** will do a breath test at every weekly Turning Tide session from
  2 June until the review conference. Sam will send the results to Nadia each
  month; we want every reading taken on a school morning to be zero.
- **Nadia** will complete a parenting assessment with Leanne by 25 July and share
  the written report at the core group on 31 July and with the review
  conference.
- **Mr Dodds (learning mentor, Ferncliffe Primary)** will see Kai for "worry
  time" once a week from 9 June until the end of the summer term. Kai fills in
  his feelings scale each week, and Mr Dodds brings the scales to each core
  group.

## If things go wrong

- If Leanne is drunk or can't be woken while she is looking after the children,
  or Kai says he has had to get Poppy up or fed, whoever finds out rings Nadia
  straight away (or the emergency duty team on 01632 960999 after 5pm). Nadia or
  the duty worker will visit the same day, Kai and Poppy will stay at Derek's
  house that night, and a strategy discussion will be held within 24 hours.
- If Derek can't do the mornings (he is ill or away, or misses two mornings in a
  fortnight), Nadia will book Kai into Ferncliffe's breakfast club and Poppy into
  Little Owls' early drop-off from the next school day, and meet Leanne and Derek
  within three working days. If Derek can't have the children overnight when they
  need somewhere safe, they will be placed together with Quorrindale foster
  carers the same day.
- If Leanne hasn't started treatment at Turning Tide by the core group on
  5 June, or there is another morning when she can't be woken, Nadia will ask her
  team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group: every four weeks – 5 June, 3 July and 31 July 2025, 9.30am at
  Ferncliffe Primary.
- Review child protection conference: 18 August 2025, 10am, Quorrindale Civic
  Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. SMART five-column table (Specific / Measurable / Achievable - who /
#    Relevant / Timed), landscape PDF with header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quistborough_smart_columns_booth.pdf",
    "doc_title": "Child Protection Plan - Jayden Booth",
    "split": "tune",
    "template": "smart-five-column-table-achievable-who-landscape-paged",
    "description": (
        "Exemplary ICPC plan for a 10-year-old young carer (father's depression after an overdose) in a "
        "landscape SMART table: the owner sits in an 'Achievable – who' column, the measure in "
        "'Measurable', the timescale in 'Timed', with a 'Relevant – why it matters for Jayden' column. "
        "CMHT asked to report on capacity to change, GP and young carers service own actions, aunt's "
        "teas with a named foster-carer fallback, core group dates, review date, legal planning trigger."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE | Quistborough Council Children and Young People's Services | Ref QCP-25-0611",
    "footer": "Jayden Booth – child protection plan – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Jayden Booth, born 14/02/2015 (10), Year 5 at St Aldric's CE Primary"),
            ("Lives with", "Martin Booth (dad), 22 Wrenfield Close"),
            ("Conference", "Initial child protection conference, 08/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Hollie Grant, Quistborough Children and Young People's Services"),
        ]),
        ("h1", "Why Jayden has a plan"),
        ("p", "Martin has severe depression. On 21 March he took an overdose at home; Jayden found him and "
              "rang 999. Martin spent four days in hospital and is now under the Quistborough Community "
              "Mental Health Team (CMHT). Since then Jayden has missed 11 days of school, telling staff he "
              "needs to \"keep an eye on Dad\". He has been cooking most of the evening meals, and twice "
              "this term he has worn the same uniform all week. Jayden's mum lives in Spain and has not "
              "seen him for two years."),
        ("h1", "What's working"),
        ("p", "Martin is taking his antidepressants, which the pharmacy now dispenses weekly, and he has "
              "agreed to every visit. He is open about how low he has been. Jayden's aunt Carol lives a "
              "five-minute walk away; Jayden already stays with her most Friday nights and likes it there. "
              "School know Jayden well and he trusts Mrs Hurst."),
        ("h1", "Jayden's views"),
        ("p", "Hollie saw Jayden on his own at school on 2 May and at Carol's on 6 May. He said: \"I'm not "
              "scared of Dad, I'm scared for him\" and \"If I'm at school I don't know if he's OK.\" He wants "
              "to keep living with his dad, to go back to football on Saturdays, and he wants \"somebody to "
              "check on Dad in the day so I don't have to\". He likes Carol's because \"there's always "
              "pudding and she doesn't ask loads of questions\"."),
        ("h1", "What we want for Jayden"),
        ("bullets", [
            "Jayden is in school every day, knowing that an adult is checking on his dad, so he isn't "
            "carrying that worry on his own.",
            "Jayden has a hot meal cooked for him every evening and clean clothes for school.",
            "Jayden has time to be 10: football on Saturdays and time with his friends.",
            "Jayden lives with a dad who is well enough to look after him, and knows who to call if Dad "
            "becomes unwell.",
        ]),
        ("h1", "SMART action plan"),
        ("table", {
            "header": ["Specific – what will happen", "Measurable – how we'll know",
                       "Achievable – who", "Relevant – why it matters for Jayden", "Timed – when"],
            "widths": [6.3, 5.6, 4.0, 5.3, 4.4],
            "rows": [
                ["Visit Jayden at home and see him on his own, including his bedroom and the kitchen, and ask "
                 "him how his week has been",
                 "Visit notes show Jayden seen alone each time, whether there was food in, and what he said",
                 "Hollie Grant, social worker",
                 "Jayden needs someone outside the family who sees home life and hears from him directly",
                 "Every 10 working days; first visit by 16/05/2025"],
                ["See Martin, check his mood, risk and medication, and assess whether he can make and keep "
                 "the changes needed to care for Jayden safely",
                 "Written report to each core group on Martin's progress, his capacity to change and the "
                 "likely timescale; first report by 13/06/2025",
                 "Dean Fairley, care coordinator, Quistborough CMHT",
                 "Jayden's safety depends on his dad being well enough to parent; the plan needs the CMHT's "
                 "view on whether that can happen in time for Jayden",
                 "Fortnightly from 12/05/2025; report before every core group"],
                ["Complete a young carer's assessment with Jayden and offer him a place at the Tuesday young "
                 "carers' group",
                 "Assessment written and shared with Hollie; the group register shows Jayden going",
                 "Priya Lal, Quistborough Young Carers",
                 "Jayden has been looking after his dad and needs a break and support of his own",
                 "Assessment by 30/05/2025; group weekly from 03/06/2025"],
                ["Meet Jayden at the gate each morning and ring home if he isn't in school",
                 "Register shows Jayden in school on at least 95% of days; a note of every call home is "
                 "sent to Hollie on Fridays",
                 "Mrs Gail Hurst, DSL, St Aldric's CE Primary",
                 "Jayden has been staying at home to check on Dad; school will know the same morning if he "
                 "isn't in",
                 "Every school day from 12/05/2025; call home by 9.30am"],
                ["Keep all his tablets in the locked box from the pharmacy and collect them himself each "
                 "week, so Jayden never has to handle or count Dad's medication",
                 "Pharmacy record shows a collection every week; Hollie sees the box locked at each visit",
                 "Martin Booth (dad)",
                 "Jayden found his dad after an overdose; the tablets should not be his worry",
                 "Every Monday from 12/05/2025"],
                ["Have Jayden for tea after school on Tuesdays and Thursdays, and overnight on Fridays",
                 "Carol's text to Hollie each Friday; Jayden tells Hollie about his teas at her visits",
                 "Carol Booth, Jayden's aunt (dad's sister)",
                 "Jayden gets a cooked meal and a break from caring, with someone he trusts",
                 "Tuesday and Thursday each week, and every Friday night, from 13/05/2025"],
                ["See Martin for his physical health and prescriptions, and tell Hollie and Dean the same "
                 "day if he asks for an early repeat",
                 "A letter to Hollie after each appointment, kept on Jayden's file",
                 "Dr Ruth Ellis, GP, Brookside Surgery",
                 "Everyone working with Jayden knows straight away if Dad's health changes",
                 "Monthly; first appointment by 30/05/2025"],
                ["Health check with Jayden, including his sleep and whether he is eating breakfast",
                 "Health check record shared with Hollie; Jayden's height and weight plotted",
                 "Anna Reid, school nurse",
                 "Jayden has said he lies awake listening for his dad",
                 "By 23/05/2025"],
                ["Sort out Jayden's membership and kit for Quistborough Colts under-11s so he can go back "
                 "to Saturday football",
                 "Jayden is on the team sheet and tells Hollie he has played; subs receipt on file",
                 "Hollie Grant, social worker (Martin takes him on Saturdays)",
                 "Jayden asked for this himself; football is where he sees his friends",
                 "Membership by 31/05/2025; playing every Saturday from June"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Martin talks about ending his life or stops taking his tablets, or Jayden is not in school "
              "by 9.30am and nobody at home answers, the school will ring Hollie and Dean straight away, and "
              "the police if Martin can't be reached. The CMHT crisis team will see Martin the same day. "
              "Jayden will go to Carol's until the crisis team and Hollie agree it is safe for him to go "
              "home, and Hollie will hold a strategy discussion within 24 hours."),
        ("p", "If Carol cannot have Jayden – she is away or unwell, or can't keep up the Tuesday and Thursday "
              "teas – Hollie will arrange for Jayden to stay the same day with Quistborough foster carers "
              "Mr and Mrs Okoye, who know him from respite in 2023, and will book him into St Aldric's "
              "after-school club on Tuesdays and Thursdays until the teas start again."),
        ("p", "If the CMHT's report at the second core group says Martin cannot make the changes Jayden needs "
              "in time, or Jayden's attendance is still below 90%, Hollie will ask for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "every 4 weeks – 22/05/2025, 19/06/2025 and 17/07/2025, 3.45pm at St Aldric's"),
            ("Review child protection conference", "07/08/2025, 10am, Quistborough Town Hall"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Child protection plan and working agreement: initials key, numbered
#    clauses with a "Checked by:" line, signature block (txt). Two faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quarnwick_working_agreement_daley.txt",
    "split": "tune",
    "template": "working-agreement-initials-key-clauses-checked-by-txt",
    "description": (
        "Review CP plan and working agreement for two children (father's cocaine use and domestic abuse) "
        "typed as a plain-text form: a key to initials at the top, numbered clauses with the owner as "
        "initials and the date inside the sentence, a 'Checked by:' line under each, and a signature block. "
        "Mostly good: drug service owns testing and a report, grandmother's supervision has a family-centre "
        "fallback. One clause's only timescale is 'start date TBC'; one IDVA clause is checked only by "
        "'engagement'."
    ),
    "text": """\
QUARNWICK COUNCIL
Children and Family Services - Safeguarding and Family Support (East)

CHILD PROTECTION PLAN AND WORKING AGREEMENT
Agreed at the review child protection conference on 3 June 2025

Children:   Mason DALEY, born 19/10/2013 (11), Quarnwick Academy, Year 7
            Rosie DALEY, born 02/03/2019 (6), Hollins Lane Infants, Year 1
Category:   Emotional abuse
Address:    14 Corve Street, Quarnwick

KEY TO INITIALS
  KT    Kerry Todd, social worker, Quarnwick CFS (East)
  RM    Ravi Mistry, recovery worker, Pathway Recovery (drug and alcohol service)
  JA    Jenna Allsop, IDVA, Quarnwick Domestic Abuse Service
  GH    Greg Holland, designated safeguarding lead, Quarnwick Academy
  SB    Sue Birch, designated safeguarding lead, Hollins Lane Infants
  AS    Anita Shaw, contact worker, Quarnwick Family Centre
  CD    Chelsea Daley, mum
  LD    Leon Daley, dad
  PH    Pauline Hart, Chelsea's mum (maternal grandmother)

--------------------------------------------------------------------------
PART 1  ABOUT MASON AND ROSIE
--------------------------------------------------------------------------
Leon has been using cocaine most weekends since last summer. Police were
called to the house twice this year; on 8 March Leon smashed the kitchen
door and Mason stood between his dad and his mum. Leon moved out to his
brother's flat in April and has kept away from the house since then. He
sees the children on Saturdays at Pauline's house, with Pauline there.

Mason (seen alone at school, 27 May) said: "It's calmer now. I don't have
to listen out at night." He misses his dad and wants to keep seeing him,
"but only if he's not off his head". He wants to get back into the
under-12s football team, which he dropped out of in March.

Rosie (seen alone at home, 29 May) drew her family with Dad "in a
different house". She said she sleeps better now "because there's no
banging", but she still cries at the school gate most mornings and asks
her teacher if Mummy will be there at home time.

--------------------------------------------------------------------------
PART 2  WHAT WE ALL WANT FOR MASON AND ROSIE
--------------------------------------------------------------------------
  a) Mason and Rosie live at home with their mum with no shouting,
     fighting or police coming to the house.
  b) Mason can stop feeling he has to protect his mum and sister, and gets
     back to football and his friends.
  c) Rosie settles at school in the mornings and sleeps through the night.
  d) When the children see their dad it is planned and supervised, and he
     is free from cocaine whenever he is with them.

--------------------------------------------------------------------------
PART 3  WHAT WE HAVE AGREED
--------------------------------------------------------------------------
3.1  KT will see Mason and Rosie on their own, at home or at school, every
     two weeks (next visits w/c 9 June).
       Checked by: visit records on each child's file saying where the
       child was seen and what they said about home.

3.2  LD agrees not to come to 14 Corve Street or to Hollins Lane Infants
     until the next review conference on 25 November 2025.
       Checked by: no police call-outs to the address; CD tells KT the
       same day if LD comes; KT's unannounced visits find no sign of him.

3.3  LD will see RM every week at Pathway Recovery and give a saliva test
     at each appointment from 9 June.
       Checked by: RM sends KT the test results each month; all tests
       negative for cocaine by the end of July.

3.4  RM will assess LD's cocaine use and write a report for the core
     group on 10 July saying whether LD is making the changes needed for
     the children to see him safely.
       Checked by: written report received by KT before the 10 July core
       group and shared with the core group.

3.5  LD will start the Changing Ways domestic abuse programme on 16 June
     and go to all 12 weekly sessions.
       Checked by: programme register sent to KT after sessions 6 and 12,
       and the facilitator's end-of-programme report.

3.6  PH will supervise the children's time with LD at her house every
     Saturday, 10am to 1pm, and stay in the room the whole time.
       Checked by: PH fills in the contact sheet after each visit; KT
       collects the sheets every fortnight.

3.7  GH will arrange school counselling sessions for Mason with
     Ms Price, the school counsellor (start date TBC).
       Checked by: the counsellor's session log, showing how many
       sessions Mason has been to.

3.8  GH will meet Mason every Monday morning from 9 June for a check-in
     and tell KT the same day about anything Mason says about home.
       Checked by: GH's check-in log, copied to KT every Friday.

3.9  JA will meet CD each week until the end of July to go through her
     safety plan and how to keep Mason and Rosie out of harm's way if
     LD turns up.
       Checked by: CD's engagement with the IDVA service.

3.10 SB will keep a note of how Rosie settles each morning and send it to
     KT every Friday until the end of the summer term.
       Checked by: the Friday notes show on how many mornings Rosie settled
       within 10 minutes of arriving.

3.11 KT will refer Mason to the Speak Out group for young people who have
     lived with domestic abuse by 20 June.
       Checked by: referral accepted and Mason's start date on his file.

3.12 CD will take Rosie to the school gate herself every morning and tell
     her who is collecting her that afternoon, from 9 June.
       Checked by: SB's Friday notes record who brought Rosie each day.

--------------------------------------------------------------------------
PART 4  IF THE AGREEMENT IS BROKEN
--------------------------------------------------------------------------
If LD comes to the house or to Rosie's school, if there is any police
call-out to the address, or if either child says they have been hurt or
frightened: CD will call 999, and KT (or the emergency duty team out of
hours) will visit the children the same day. A strategy discussion will be
held within 24 hours. If CD cannot keep the children safe at home, Mason
and Rosie will stay with PH at her house; if PH cannot have them, they will
be placed together with Quarnwick foster carers the same day.

If LD tests positive for cocaine or breaks the rules of contact at PH's,
Saturday contact moves to the Family Centre from the next week, supervised
by AS. If PH is ill, away or cannot supervise for any reason, AS will
supervise contact at the Family Centre instead; there will be no contact
without a supervisor.

If LD breaks clause 3.2, or tests positive twice before the core group on
10 July, KT will request a legal planning meeting within 5 working days.

--------------------------------------------------------------------------
PART 5  MEETINGS
--------------------------------------------------------------------------
Core group:   every four weeks - 10 July, 7 August, 4 September,
              2 October and 30 October 2025, 4pm at Quarnwick Academy
Review child protection conference:  25 November 2025, 10am, Quarnwick
              House

--------------------------------------------------------------------------
SIGNED
--------------------------------------------------------------------------
Chelsea Daley (mum)      ..............................  date ..........
Leon Daley (dad)         ..............................  date ..........
Pauline Hart (nan)       ..............................  date ..........
Kerry Todd (SW)          ..............................  date ..........
""",
    "findings": [
        F("T002", "GH will arrange school counselling sessions for Mason"),
        F("M002", "JA will meet CD each week until the end of July"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after baby on a neonatal unit: discharge checklist with tick
#    boxes and banner rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quellinghurst_discharge_checklist_tranter.docx",
    "doc_title": "Maisie Tranter - hospital and discharge plan",
    "split": "tune",
    "template": "lac-neonatal-discharge-tickbox-checklist-banner-rows",
    "description": (
        "Exemplary child protection plan for a 4-week-old accommodated under section 20 on a special care "
        "baby unit while her mother is detained with postpartum psychosis, laid out as a tick-box "
        "discharge checklist ('☐ | Task | Lead | When | We'll know it's done when') with merged banner rows "
        "for 'on the ward', 'before discharge', 'first weeks in foster care' and 'planning for Maisie's "
        "future'. Twice-weekly SW visits and daily foster-carer visits on the ward, psychiatrist asked for a "
        "capacity and timescale assessment, observed lived experience, fallback carer, dates, legal plan."
    ),
    "blocks": [
        ("title", "Maisie's hospital and discharge plan"),
        ("p", "Quellinghurst County Council – Children's Services, Looked After Children Team (North)"),
        ("kv", [
            ("Child", "Maisie Tranter, born 02/05/2025 at 34 weeks, now 4 weeks old"),
            ("Where Maisie is", "Robin Ward (special care baby unit), Quellinghurst General Hospital"),
            ("Legal status", "Accommodated under section 20 since 09/05/2025, with her father's consent"),
            ("Plan", "Child protection plan, initial conference 20/05/2025; category: neglect (risk of)"),
            ("Mother", "Kayleigh Tranter (22), detained under section 3, Aldermoor Unit"),
            ("Father", "Jordan Price (24), has parental responsibility"),
            ("Social worker", "Siobhan Carr (07700 900318)"),
            ("IRO", "Paul Whitby"),
        ]),
        ("h1", "Why Maisie needs this plan"),
        ("p", "Four days after Maisie was born Kayleigh became very unwell with postpartum psychosis. She "
              "told ward staff Maisie was \"not her real baby\" and was found trying to take her off the unit "
              "at 3am. Kayleigh was detained under the Mental Health Act and is being treated on the "
              "Aldermoor Unit. Jordan works nights and lives with his mother; he has agreed to Maisie being "
              "accommodated while he is assessed as a carer. Maisie still needs help to feed and is expected "
              "to be ready to leave hospital in two to three weeks."),
        ("h1", "Maisie's day on Robin Ward"),
        ("p", "The nurses describe Maisie as a sleepy baby who wakes for her three-hourly feeds and is now "
              "taking most of each feed from a bottle, with the rest by tube. She settles quickly when held "
              "skin to skin and startles at loud noises from the monitors. On the SW's visit on 27/05/2025 "
              "she turned her head towards Jordan's voice and calmed when he held her. She has had no "
              "visitor on two days this week when Jordan was working."),
        ("h1", "What we want for Maisie"),
        ("bullets", [
            "Maisie is visited, held and fed by people who will care for her every day she is on the ward.",
            "Maisie feeds fully by bottle, gains weight and leaves hospital to a safe foster home that is "
            "ready for her.",
            "Maisie gets to know her mum and dad safely, and a decision about where she will grow up is made "
            "within her timescale, by the time she is six months old.",
        ]),
        ("h1", "Checklist"),
        ("p", "Siobhan ticks each box at the core group once the evidence is on Maisie's file."),
        ("table", {
            "header": ["☐", "Task", "Lead", "When", "We'll know it's done when"],
            "widths": [0.8, 5.6, 3.4, 3.2, 4.0],
            "rows": [
                ["While Maisie is on Robin Ward", H, H, H, H],
                ["☐", "Visit Maisie on the ward, see her being fed and held, and speak to the nurse in charge",
                 "Siobhan Carr, social worker", "Twice a week (Tuesday and Friday) until discharge",
                 "Each visit is in the ward visitors' book and written up on Maisie's file"],
                ["☐", "Visit Maisie, learn her feeds and cares, and give at least one feed each day",
                 "Grace and Tunde Adebayo, foster carers", "Every day from 30/05/2025 until discharge",
                 "Ward feeding chart shows a feed given by a foster carer each day"],
                ["☐", "Supervise Jordan's time with Maisie on the ward, including a feed and a nappy change",
                 "Lorraine Bell, contact worker", "Monday, Wednesday and Saturday, 2–4pm",
                 "Contact record after each session says how Jordan fed, changed and settled Maisie"],
                ["☐", "Supervise Kayleigh's time with Maisie on the ward when Aldermoor staff bring her over",
                 "Lorraine Bell, contact worker", "Twice a week from 03/06/2025",
                 "Contact record after each session on how Kayleigh held, fed and talked to Maisie, copied to "
                 "Dr Sethi"],
                ["☐", "Visit Maisie as her IRO and check the visiting and feeding plan is being kept to",
                 "Paul Whitby, IRO", "By 13/06/2025",
                 "IRO's visit note on Maisie's file"],
                ["☐", "Take Kayleigh a photo of Maisie and a note about her week",
                 "Siobhan Carr, social worker", "After each Tuesday ward visit",
                 "Kayleigh's named nurse confirms she has had it; copy on file"],
                ["Before discharge", H, H, H, H],
                ["☐", "Hold a discharge planning meeting on the ward to agree the date, feeding plan and "
                 "follow-up appointments",
                 "Hannah Coles, neonatal discharge nurse", "At least 5 days before discharge",
                 "Written discharge plan sent to Siobhan, the foster carers and the health visitor"],
                ["☐", "Check the foster home: car seat, Moses basket, steriliser and safe sleep set-up",
                 "Mark Ellery, supervising social worker (fostering)", "Before discharge",
                 "Home check form signed and on file"],
                ["☐", "Hand Maisie over to the health visiting team and book the first home visit",
                 "Hannah Coles, neonatal discharge nurse", "Before discharge",
                 "Health visitor's first visit booked for the day after discharge, shown on the discharge plan"],
                ["First two weeks in foster care", H, H, H, H],
                ["☐", "Visit Maisie at the foster home and see her awake and during a feed",
                 "Siobhan Carr, social worker", "Within 24 hours of discharge, then weekly",
                 "Visit notes record Maisie's weight, feeds and sleep"],
                ["☐", "Weigh Maisie and check her feeding and development",
                 "Nicola Bright, health visitor", "Day after discharge, then weekly for 6 weeks",
                 "Weight plotted in the red book each week, on or above the 9th centile"],
                ["☐", "Supervise family time for Jordan at Quellinghurst Family Centre",
                 "Lorraine Bell, contact worker", "Three times a week from the first week home",
                 "Contact records kept after every session and brought to each core group"],
                ["Planning for Maisie's future", H, H, H, H],
                ["☐", "Assess Kayleigh's recovery and her capacity to care for Maisie safely, including the "
                 "likely timescale for any change",
                 "Dr Imran Sethi, consultant psychiatrist, Aldermoor Unit",
                 "Written assessment by 20/06/2025; update before each core group",
                 "Report to the core group says whether, and when, a mother-and-baby placement could be safe"],
                ["☐", "Parenting assessment of Jordan, including how he would care for Maisie alongside his "
                 "night shifts",
                 "Siobhan Carr, social worker", "By 04/07/2025",
                 "Written assessment shared with Jordan and the core group on 10/07/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If anyone tries to take Maisie off the ward without the agreement of Siobhan and the nurse in "
              "charge, or Jordan withdraws his consent to section 20, ward staff will call the police and "
              "Siobhan (or the emergency duty team out of hours) at once, Maisie will stay on the ward, and "
              "the local authority will apply for an emergency protection order the same day."),
        ("p", "If the Adebayos cannot take Maisie on the planned discharge date, or cannot keep up their "
              "daily ward visits, Mrs June Farrant, an approved foster carer for babies who has agreed to be "
              "the back-up carer, will take over the ward visits from the next day and care for Maisie on "
              "discharge. If Jordan misses two family-time sessions in a row, Siobhan will meet him within "
              "3 working days."),
        ("p", "A legal planning meeting was held on 16/05/2025. If Dr Sethi's assessment says Kayleigh cannot "
              "care for Maisie safely within Maisie's timescale and Jordan's assessment is not positive, "
              "Siobhan will return the case to a legal planning meeting within 5 working days of the core "
              "group on 10/07/2025, and the local authority will start care proceedings."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every two weeks while Maisie is in hospital – 29/05/2025, 12/06/2025 and "
            "26/06/2025 – then every four weeks from 10/07/2025.",
            "First looked-after child review: 06/06/2025 on Robin Ward, chaired by Paul Whitby.",
            "Review child protection conference: 12/08/2025, 2pm, Quellinghurst County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety scaling goals: each goal scaled now / need, then
#    numbered steps "who, what, by when - how we'll know" (md). Two faults.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_qualmsey_scaling_goals_reilly.md",
    "split": "tune",
    "template": "scaling-goals-now-need-numbered-steps-md",
    "description": (
        "Review CP plan for two children (neglect; mother's chronic pain and prescribed opioids) set out "
        "as three goals, each scaled 'where we are now / where we need to be' out of 10 with numbered steps "
        "written as one sentence each (who, what, by when – how we'll know). Mostly good: GP owns a review, "
        "dates, review conference, legal trigger. Nan's teas happen 'when she can', and the plan leans on "
        "Nan and the children's uncle with a contingency that sends the children to Nan but says nothing "
        "of her support failing."
    ),
    "text": """\
# Family plan for Ellie-May and Tom Reilly

**Qualmsey Council – Children's Services**
Child protection plan, updated at the review child protection conference on 24 June 2025
Category: neglect · Social worker: Jess Okonkwo · Family support worker: Liam Hardy

This plan uses scaling. For each goal, everyone at conference gave a number
from 0 to 10: 10 means we are all confident the children are safe and well
looked after and the plan can end; 0 means things are so bad that the children
can't stay at home.

## Who's in the family

- Ellie-May Reilly, 9, Year 4 at Broadmead Primary
- Tom Reilly, 5, Reception at Broadmead Primary
- Donna Reilly, their mum, 34
- Maureen Reilly, Donna's mum ("Nan"), lives on the same estate
- Gavin Reilly, Donna's brother

## What we're worried about

Donna hurt her back in a fall at work in 2023 and is prescribed codeine and
pregabalin for the pain. On bad days she can't get out of bed, and on four
visits since March she was asleep at 11am with Tom at home. The house is
cluttered, with rubbish bags in the back bedroom, and the children share one
mattress on the floor. There is often very little food in. Tom has four
decayed teeth and has not seen a dentist since he was 2. Ellie-May has been
late to school 22 times this year and has told school she gets Tom ready.

## What's working well

Since the first conference Donna has cleared the kitchen and the living room,
and the children's clothes are clean most days. She has let Jess and Liam in at
every visit. Nan sees the children most days and they love going to hers. Both
children are warm and affectionate with their mum.

## What Ellie-May and Tom say

**Ellie-May** (seen on her own at school, 17 June): "Mum's back hurts so she
stays in bed, and I do Tom's cereal." "I want a proper bed. Tom kicks." What
she'd like to be different: "Mum getting up, and the house being tidy so my
friend Kacey can come round."

**Tom** (seen at home, 19 June) showed Jess the tooth that "hurts when I have
juice". His favourite thing is "Nan's chips", and he likes it when Mum plays
Uno with him.

## Our goals

### Goal 1 – Ellie-May and Tom live in a clean, safe house with food in and a bed each

Where we are now: **4 out of 10** (Donna 6, Nan 5, Jess 3, school 4)
Where we need to be: **8 out of 10**

1. Liam Hardy (family support worker) will do a two-hour session with Donna at
   home every Tuesday from 1 July, working room by room – the home conditions
   checklist he fills in each week should show every room "good enough" (score
   4) by 19 August.
2. Gavin (Donna's brother) will help Donna clear the back bedroom and take the
   old mattresses to the tip by Saturday 5 July – Jess will check the room is
   empty at her next visit.
3. Jess Okonkwo (social worker) will order two single beds and bedding through
   the council's family fund by 4 July – we'll know when Jess sees both
   children's own beds made up at a visit in July.
4. Jess will visit every two weeks, at least one visit a month unannounced, and
   see both children on their own – her visit notes will say whether there was
   food in the fridge and cupboards.

### Goal 2 – Tom and Ellie-May are healthy, see a dentist and aren't in pain

Where we are now: **3 out of 10**
Where we need to be: **8 out of 10**

5. Donna will take Tom to the emergency dental clinic at Qualmsey Health Centre
   by 4 July, then to every follow-up appointment – the dentist's letter to Jess
   will confirm the treatment.
6. Dr Ama Nwosu (Donna's GP) will see Donna by 11 July to review her pain
   medication and how drowsy it makes her in the mornings, when she needs to
   get the children up – she will write to Jess saying what has changed and
   whether Donna is being referred to the pain clinic.
7. Bev Harlow (school nurse) will do health checks for both children by 18 July
   – she will give Jess their heights, weights and any referrals in writing.

### Goal 3 – The children get to school on time, with a grown-up getting them ready

Where we are now: **5 out of 10**
Where we need to be: **9 out of 10**

8. Donna will set an alarm for 7am and get both children up, dressed and fed
   every school day from 30 June – the register will show both children in by
   8.50am on at least 9 days out of 10.
9. Nan (Maureen) will have Ellie-May and Tom for tea and a bath at her house
   when she can – the children will tell Jess about their teas at Nan's at her
   visits.
10. Mrs Carla Dean (designated safeguarding lead, Broadmead Primary) will ring
    Jess by 10am on any day either child is late or absent, and send Jess the
    week's attendance figures every Friday.

## If things go wrong

If Jess or school find there is no food in the house, the children come to
school unwashed or hungry on more than two days in a week, or Donna can't be
woken to look after Tom, Jess (or the emergency duty team after 5pm) will visit
the same day. Ellie-May and Tom will go to stay with Nan, and Jess will hold a
strategy discussion within 24 hours.

If the house is still below 6 out of 10 at the core group on 16 September, or
Tom's teeth have not been treated by then, Jess will ask her manager for a
legal planning meeting within 5 working days.

## Meetings

- Core group: every four weeks – 22 July, 19 August, 16 September, 14 October
  and 11 November 2025, 3.30pm at Broadmead Primary.
- Review child protection conference: 9 December 2025, 10am, Qualmsey Town Hall.
""",
    "findings": [
        F("T002", "will have Ellie-May and Tom for tea and a bath"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child's "three houses" first, then the plan grouped under each worry
#    statement, with one group of actions given a single owner (PDF).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quenthorpe_three_houses_worry_groups_marsh.pdf",
    "doc_title": "Lily and Alfie's Child Protection Plan",
    "split": "tune",
    "template": "three-houses-then-actions-grouped-under-worry-statements-paged",
    "description": (
        "Exemplary ICPC plan for an 8-year-old and a 14-month-old after domestic abuse, opening with "
        "Lily's three houses (worries / good things / dreams) in a three-column table, then each worry "
        "statement followed by its safety goal and its actions as sentences and bullets; one group of "
        "actions takes its owner from a lead-in line ('Greenbank Primary (Mrs Joy Ahmed, DSL) will:'). "
        "Police, IDVA, perpetrator programme, HV, named aunt then foster carers as fallback, dates, legal "
        "planning trigger. Header and page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE   Quenthorpe City Council · Children's Social Care",
    "footer": "Lily and Alfie's plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Lily and Alfie's Child Protection Plan"),
        ("kv", [
            ("Children", "Lily Marsh, born 11/09/2016 (8), Year 3 at Greenbank Primary; "
                         "Alfie Dunn, born 28/03/2024 (14 months)"),
            ("Live with", "Jodie Marsh (mum), 7 Cadley Row, Quenthorpe"),
            ("Alfie's dad", "Craig Dunn; not living at the house; non-molestation order until 30/10/2025"),
            ("Conference", "Initial child protection conference, 09/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Rachel Fox, Quenthorpe Children's Social Care, Locality Team 2"),
        ]),
        ("h1", "Lily's three houses"),
        ("p", "Lily filled in her three houses with Rachel at school on 2 May. These are her words."),
        ("table", {
            "header": ["House of worries", "House of good things", "House of dreams"],
            "widths": [5.67, 5.67, 5.66],
            "rows": [
                ["“When Craig put his hands on Mummy's neck and she went a funny colour.”\n"
                 "“That he will come back in the night.”\n"
                 "“Alfie crying and I can't make him stop.”",
                 "“Mummy and me and Alfie watching films in my bed.”\n"
                 "“Miss Patel and my friend Ruby.”\n"
                 "“Auntie Kim's dog Biscuit.”",
                 "“No more shouting ever.”\n"
                 "“Sleeping in my own bed and not being scared.”\n"
                 "“Seeing Craig at the place with the toys, but not at home.”"],
            ],
        }),
        ("h1", "Alfie's day"),
        ("p", "Alfie is crawling and pulling himself up on the furniture. At visits he babbles and looks for "
              "Lily when she leaves the room. Since April he has been waking several times a night and only "
              "settles in Jodie's bed. He has missed his one-year review and his 12-month immunisations."),
        ("h1", "What happened"),
        ("p", "On 19 April police were called by a neighbour. Craig had strangled Jodie in the kitchen; Lily "
              "saw it and tried to pull him away. Craig was arrested and has been charged. Jodie has a "
              "non-molestation order and Craig has not been to the house since. Jodie has said clearly she "
              "does not want him back. Lily has been wetting the bed and hiding under the tables at school."),
        ("h1", "Our worries, what we want, and what will happen"),
        ("h2", "Worry 1: Lily and Alfie could be hurt, or see their mum hurt, if Craig comes back to the house"),
        ("boldp", "What we want"),
        ("p", "Lily and Alfie live at home with their mum where nobody hurts anybody, and Lily knows the house "
              "is safe at night."),
        ("boldp", "What will happen"),
        ("bullets", [
            "Rachel Fox (social worker) will see Lily on her own every two weeks, at school or at home, and "
            "see Alfie at home at the same visits, until the review conference; her notes will say where "
            "each child was seen and what Lily said about home.",
            "Jodie will have the locks changed and the video doorbell fitted by 23 May, paid from the "
            "council's safety fund; Rachel will see both at her next visit.",
            "DC Amy Latham (Quenthorpe Police, Domestic Abuse Unit) will put a marker on Jodie's address by "
            "16 May and tell Rachel within 24 hours of any call to the address; the police log will show "
            "the marker and every call.",
            "Nikki Shore (IDVA, Quenthorpe Women's Aid) will go through an updated risk assessment with "
            "Jodie by 23 May and send Rachel the new safety plan, which will be kept on both children's "
            "files.",
            "Craig will start the Changing Ways programme on 2 June and go to all 24 weekly sessions; his "
            "programme worker will send Rachel his attendance each month and a mid-point report at week 12.",
        ]),
        ("h2", "Worry 2: Lily is frightened, is not sleeping in her own bed and is hiding at school"),
        ("boldp", "What we want"),
        ("p", "Lily sleeps in her own bed most nights, stops hiding at school and has an adult at school she "
              "trusts and talks to."),
        ("boldp", "What will happen"),
        ("p", "Greenbank Primary (Mrs Joy Ahmed, DSL) will:"),
        ("bullets", [
            "give Lily a 10-minute check-in with her teaching assistant, Miss Patel, every morning from "
            "12 May, and write down the same day anything Lily says about home;",
            "book Lily into the Big Feelings group on Thursday afternoons from 5 June to the end of term, "
            "and send Rachel the group leader's written feedback after the last session.",
        ]),
        ("p", "Jodie will fill in a bedtime chart with Lily every night from 12 May and bring it to each core "
              "group; by the review we want to see Lily in her own bed at least 5 nights out of 7."),
        ("p", "Rachel will refer Lily to the CAMHS trauma pathway by 16 May; the referral and CAMHS's reply "
              "will be on Lily's file."),
        ("p", "Dan Pryce (contact worker) will supervise Lily's and Alfie's time with Craig at Quenthorpe "
              "Family Centre every other Saturday from 7 June, and write down after each session how Lily "
              "seemed before, during and after."),
        ("h2", "Worry 3: Alfie has fallen behind with his health checks and jabs"),
        ("boldp", "What we want"),
        ("p", "Alfie is up to date with his checks and immunisations, is growing well and sleeps in his own "
              "cot."),
        ("boldp", "What will happen"),
        ("bullets", [
            "Mel Carter (health visitor) will see Alfie at home for his one-year review by 30 May, record "
            "his weight, height and development, and send the results to Rachel the same week.",
            "Jodie will take Alfie for his 12-month immunisations at Ashfield Surgery by 13 June; the "
            "surgery's record will show them given.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Craig comes to the house or contacts Jodie against the order, if Lily or Alfie are hurt, or "
              "if Lily says she is scared to go home, Jodie will call 999 and Rachel (or the emergency duty "
              "team after 5pm) will see the children the same day. A strategy discussion will be held within "
              "24 hours. If Jodie can't keep the children safe at home, they will stay with Jodie's sister, "
              "Kim Marsh, at 31 Ashfield Road. If Kim can't have them, Rachel will place them together with "
              "Quenthorpe foster carers the same day."),
        ("p", "If Craig misses two programme sessions, his family time stops until Rachel has met him, and "
              "Rachel will tell Jodie and the family centre the same day."),
        ("p", "If there is another incident, or Jodie lets Craig back into the home, Rachel will ask for a "
              "legal planning meeting within 2 working days."),
        ("h1", "When we meet"),
        ("bullets", [
            "Core group: every four weeks – 22/05/2025, 19/06/2025 and 17/07/2025, at Greenbank Primary.",
            "Review child protection conference: 11/08/2025, 1.30pm, Quenthorpe Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Health-visitor-led pre-birth plan laid out as a calendar: one row per
#    week or event, with month banner rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b14_quillbeck_prebirth_calendar_pike.docx",
    "doc_title": "Pre-birth plan - Baby Pike and Reggie Pike",
    "split": "tune",
    "template": "prebirth-hv-led-calendar-rows-month-banners",
    "description": (
        "Exemplary health-visitor-led pre-birth child protection plan (mother's cannabis use, past domestic "
        "abuse by the baby's father) laid out as a calendar: a 'When' column of weeks, gestation and birth "
        "events ('before discharge', 'within 24 hours of going home', 'day 10–14') first, then what, who "
        "and how we'll know, under month banner rows. Reggie (4) speaks for himself, drug service owns "
        "testing and a report, grandmother's mornings have a named fallback, dates and a legal trigger."
    ),
    "blocks": [
        ("title", "Pre-birth child protection plan – week by week"),
        ("p", "Quillbeck Council Children's Services and Quillbeck Community Health (Health Visiting)"),
        ("kv", [
            ("Unborn baby", "Baby Pike, due 05/09/2025"),
            ("Brother", "Reggie Pike, born 04/01/2021 (4), Puddle Ducks Nursery"),
            ("Mum", "Shannon Pike (24)"),
            ("Baby's father", "Dean Colley (27), not living with the family"),
            ("Conference", "Pre-birth initial child protection conference, 05/06/2025"),
            ("Category", "Neglect (risk of)"),
            ("Lead professionals", "Farah Iqbal, social worker; Kath Morley, health visitor (lead for health)"),
        ]),
        ("h1", "What we're worried about"),
        ("p", "Shannon has smoked cannabis most days since her teens and told the midwife at booking she was "
              "still smoking \"a couple of joints at night\". Reggie was on a child protection plan in 2023 "
              "because Dean was violent to Shannon; the plan ended in 2024 after Dean moved away. Dean is "
              "the baby's father and has been texting Shannon again since April. A baby in a home with "
              "cannabis smoke and an adult who is drowsy at night is at risk of unsafe sleep, and both "
              "children could be hurt if the violence starts again."),
        ("h1", "What's going well"),
        ("p", "Shannon has been to every antenatal appointment and told the midwife about her cannabis use "
              "herself. Reggie is clean, well dressed and at nursery four days a week. Shannon's mum, Carol "
              "Pike, lives nearby and helped a great deal during Reggie's last plan."),
        ("h1", "Reggie's world"),
        ("p", "Farah saw Reggie at nursery on 30 May with his key person. He said \"I'm getting a baby and "
              "it's in Mummy's tummy\" and that he will \"show it my dinosaurs\". When Farah asked about "
              "Dean, Reggie said \"he shouted at my mummy\" and went to play with the sand. Nursery say "
              "Reggie's speech is behind for his age, he is gentle with the younger children and he likes "
              "to be near his key person when he is tired."),
        ("h1", "What we want for the baby and Reggie"),
        ("bullets", [
            "The baby is born safely and goes home to a smoke-free, cannabis-free home, sleeping on their back "
            "in their own Moses basket and fed on time, day and night.",
            "Reggie keeps going to nursery, gets help with his talking, and never again sees his mum being hurt.",
            "Neither child has contact with Dean unless a safe plan has been agreed at the core group.",
        ]),
        ("h1", "The plan, week by week"),
        ("table", {
            "header": ["When", "What will happen", "Who", "How we'll know"],
            "widths": [3.0, 6.0, 3.4, 4.6],
            "rows": [
                ["June 2025", H, H, H],
                ["w/c 9 June (27 weeks)", "Antenatal home visit: safe sleep, a smoke-free home and the effect "
                 "of cannabis smoke on a baby; see Reggie and his bedroom",
                 "Kath Morley, health visitor",
                 "Safe sleep and smoke-free checklist signed by Shannon; Kath's notes record Reggie seen"],
                ["w/c 9 June, then weekly", "Assessment at Bridgeway, then weekly key-work and a urine test at "
                 "each session, working towards Shannon stopping cannabis by 34 weeks (25 July)",
                 "Tomasz Nowak, recovery worker, Bridgeway drug and alcohol service",
                 "Test results sent to Farah and the midwife every fortnight; all clear from 25 July"],
                ["Every Monday from 16 June", "Check in with Reggie: how he is sleeping, talking and playing; "
                 "pass any worry to Farah the same day",
                 "Lucy Benn, Reggie's key person, Puddle Ducks Nursery",
                 "Weekly check-in note; register shows Reggie at nursery at least 4 days a week"],
                ["By 27 June", "Refer Reggie to speech and language therapy",
                 "Kath Morley, health visitor",
                 "Referral accepted letter on Reggie's health record and a copy to Farah"],
                ["July 2025", H, H, H],
                ["Every 2 weeks from 1 July until the birth", "Home visit: see Reggie on his own in his room, "
                 "check the baby's sleeping space, and talk with Shannon about any contact from Dean",
                 "Farah Iqbal, social worker",
                 "Visit notes record what Reggie said and did; Moses basket set up by 36 weeks"],
                ["Last session 24 July", "Finish the Freedom Programme Shannon started in May, so she can "
                 "keep Reggie and the baby safe if Dean gets back in touch",
                 "Shannon Pike (mum)",
                 "Certificate of completion; Shannon talks Farah through her own safety plan"],
                ["By 25 July", "Parenting assessment of Shannon, including how she will care for a newborn and "
                 "Reggie together and what she understands of the risk from Dean",
                 "Farah Iqbal, social worker",
                 "Written report shared with Shannon and the core group on 7 August"],
                ["August 2025", H, H, H],
                ["By 8 August (36 weeks)", "Write the birth and discharge plan, including who may visit on the "
                 "ward and that Dean will not visit without Farah's agreement",
                 "Anita Rowe, safeguarding midwife",
                 "Signed plan on the maternity record, copied to Farah, Kath and the emergency duty team"],
                ["September 2025 – the birth (due 5 September)", H, H, H],
                ["Before discharge from the ward", "Check Shannon can feed, settle and put the baby down safely; "
                 "record who visits the ward",
                 "Anita Rowe, safeguarding midwife, with the Larkspur Ward midwives",
                 "Discharge checklist signed; any visit by Dean reported to Farah the same day"],
                ["Within 24 hours of going home", "Home visit: see the baby and Reggie and check where the baby "
                 "is sleeping",
                 "Farah Iqbal, social worker",
                 "Visit notes record both children seen and the baby asleep in the Moses basket"],
                ["Every morning for the first 2 weeks at home", "Come round at 7.30am to help get Reggie to "
                 "nursery and check how the night went",
                 "Carol Pike (Shannon's mum)",
                 "Carol's sign-in sheet on the fridge, checked by Farah and Kath at each visit"],
                ["Day 10–14, then weekly for 6 weeks", "New birth visit, then weighing and feeding checks",
                 "Kath Morley, health visitor",
                 "Baby's weight plotted in the red book at every contact, staying on or above the birth centile"],
                ["6–8 weeks after the birth", "Postnatal check for Shannon, including her mood and cannabis use, "
                 "and the baby's 6–8 week check",
                 "Dr Faith Osei, GP, Millgate Surgery",
                 "GP letter to Farah and Kath with the results of both checks"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon uses cannabis while caring for the children (a positive test after 25 July, or "
              "cannabis smelt at a visit), if Dean comes to the home or the ward, or if either child is hurt, "
              "Farah (or the emergency duty team out of hours) will visit the same day and hold a strategy "
              "discussion within 24 hours. Reggie and the baby will stay with Carol at her home."),
        ("p", "If Carol cannot come in the mornings or cannot have the children (she is ill, working or away), "
              "Kath will arrange an extra daily health visiting contact for the first two weeks and Farah will "
              "book Reggie's breakfast session at Puddle Ducks from the next day. If the children need to leave "
              "home and Carol cannot have them, they will be placed together with Quillbeck foster carers the "
              "same day."),
        ("p", "If Bridgeway's tests still show cannabis at 36 weeks (8 August), or Shannon lets Dean back "
              "into the home, Farah will ask for a legal planning meeting within 5 working days, before the "
              "baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks – 10/07/2025 and 07/08/2025, then within 10 working days of the "
            "birth and every four weeks after that.",
            "Review child protection conference: 28/08/2025, 10am, Quillbeck Council Offices.",
        ]),
    ],
    "findings": [],
})
