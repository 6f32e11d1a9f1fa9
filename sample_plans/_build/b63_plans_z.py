"""Batch 63, module z: seven fictional plans (tuning material), places beginning with "z".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: outcomes and adult services. Outcomes written as the children's days
(in a merged column), as safety goals with scaling, as the family's own
"what needs to change" list, and in the children's own words; outcomes that
are only about a parent mixed in with good ones; a plan with no outcomes at
all. Parents' ill health met well by adult services (bipolar disorder under a
CMHT that reports on change, an alcohol service, a learning disability team,
a perpetrator programme that reports) and badly (drug and alcohol use owned
only by the parents, a father's psychosis with no adult service acting,
perinatal mental health only supporting); and hard negatives: a mother's
depression long in the past, a grandparent's illness, a child's own
epilepsy, a mother who is well and open to no service. Three plans are
exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Mother with bipolar disorder under the CMHT; outcomes as the children's
#    days, merged down the first column over each group of actions (docx,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zennerby_days_outcome_merged_first_column_nowicka.docx",
    "doc_title": "Child Protection Plan - Lena and Filip Nowicki",
    "split": "tune",
    "actions": 10,
    "template": "icpc-docx-kv-details-then-outcome-as-childrens-days-merged-down-first-column-action-who-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 4-year-old and a 7-month-old whose mother has bipolar disorder and "
        "relapsed in September after stopping lithium. The first column of the plan table is the outcome, "
        "written as what the children's days will look like, merged down over the actions under it (four "
        "real Word vertical merges). The CMHT care coordinator and the consultant psychiatrist both report "
        "on whether Kasia can change and how soon; the grandmother's Parkinson's disease is mentioned only "
        "as the reason she cannot help; the aunt's role has a fallback; dates and legal step set. "
        "Exemplary."
    ),
    "check_vmerge": 4,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Zennerby Metropolitan Borough Council · Children and Families · Early Help and Safeguarding "
              "Team East"),
        ("kv", [
            ("Children", "Lena Nowicka (4), Little Oaks Nursery, Monday to Thursday mornings; Filip Nowicki "
                         "(7 months), at home"),
            ("Mother", "Kasia Nowicka (29)"),
            ("Father", "Tomasz Nowicki (33). Kasia and Tomasz live together with both children at 22 Larkspur "
                       "Way, Zennerby."),
            ("Conference", "Initial child protection conference, Thursday 13/11/2025, Zennerby Civic Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Rhiannon Pask"),
            ("Chair", "Owen Maddox, Child Protection Chair"),
        ]),
        ("h1", "Why Lena and Filip have a plan"),
        ("p", "Kasia has had bipolar affective disorder since she was 21 and has been well on lithium for most "
              "of that time. In August she stopped taking it because she wanted to breastfeed Filip for longer. "
              "By mid-September she was sleeping two or three hours a night and spending money the family did "
              "not have. At 2am on 21 September police found her walking along the ring road in the rain with "
              "Filip in his pram and Lena in her pyjamas, saying she was taking them \"to see the stars\". "
              "Tomasz was on a night shift. Kasia was admitted to the Larch Ward at Zennerby General for three "
              "weeks and came home on 10 October, back on lithium. She is open to Zennerby East Community "
              "Mental Health Team."),
        ("p", "Kasia's mother, Halina, lives two streets away but has Parkinson's disease and cannot look after "
              "the children on her own. Tomasz's sister Ola lives in Zennerby and has offered to help."),
        ("h1", "What Lena and Filip have shown and told us"),
        ("p", "Lena (seen at nursery on 6 November with her keyworker): \"Mummy was silly in the night and the "
              "police had a dog.\" She said she likes it when Tata reads the dinosaur book, and that she does "
              "not like \"when Mummy talks fast\". She drew her family with Filip in his cot and everyone "
              "smiling, and put Ciocia Ola's house next to theirs."),
        ("p", "Filip cannot tell us, so this is what the health visitor and social worker have seen. He is "
              "crawling and babbling, laughs when Lena plays peekaboo, and settles quickly on Tomasz's "
              "shoulder. On the visit of 4 November Kasia was tired and flat and Filip cried for about ten "
              "minutes in his bouncer before she picked him up; once she did, she fed him and talked to him "
              "gently."),
        ("h1", "The plan"),
        ("p", "The first column says what we want Lena's and Filip's days to look like. The actions beside it "
              "are how we will get there."),
        ("table", {
            "header": ["What Lena's and Filip's days will look like", "What will be done", "Who",
                       "When", "How we will know"],
            "widths": [5.0, 7.6, 3.9, 3.8, 5.4],
            "rows": [
                ["Lena and Filip sleep at home every night with an adult who is awake to them, and they are "
                 "never taken out in the night.",
                 "Home visits to Kasia; check she is taking her lithium and having her blood levels done, go "
                 "through her early warning signs with her and Tomasz, and write to the SW on whether Kasia's "
                 "mood is stable enough for her to care for Lena and Filip, what still needs to change and how "
                 "long that is likely to take",
                 "Gemma Oduya, care coordinator, Zennerby East CMHT",
                 "Fortnightly from 17/11/2025 until the review conference",
                 "Lithium levels in range on the clinic record; written update to the SW before each core group"],
                [V,
                 "Work day shifts only, so that he is at home every night, and sleep in the same room as Filip",
                 "Tomasz Nowicki",
                 "Every night from 17/11/2025 until the review conference",
                 "Letter from his employer confirming day shifts, on file; Lena asked at each visit who put her "
                 "to bed"],
                [V,
                 "Outpatient review of Kasia's lithium and sleep, and a letter on her risk of relapse over the "
                 "winter and whether she can care for the children on her own during the day",
                 "Dr Marcus Feld, consultant psychiatrist, Zennerby East CMHT",
                 "By 12/12/2025, and again before the review conference",
                 "Letter on the children's file and read at the next core group"],
                ["Filip is fed, changed and played with by parents who notice when he cries, and he keeps "
                 "growing along his centile.",
                 "Weigh Filip and check his feeding, sleep and play; ask Kasia how she is managing the days",
                 "HV Anjali Desai",
                 "Every two weeks until Filip is 12 months old (April 2026)",
                 "Weight plotted in the red book on or above the 25th centile; HV notes shared with the SW "
                 "monthly"],
                [V,
                 "Baby massage and play group for Kasia and Filip",
                 "Nia Gould, family support worker, Zennerby East Family Hub",
                 "Every Tuesday morning for 6 weeks from 25/11/2025",
                 "Attendance register; Nia's written observation of how Kasia reads Filip's cues, sent to the SW "
                 "after the sixth session"],
                [V,
                 "See Lena and Filip at home, at least one visit in three unannounced and one visit a month after "
                 "7pm; look at where each child sleeps",
                 "SW Rhiannon Pask",
                 "Weekly from w/c 17/11/2025 until the review conference",
                 "Visit records note where each child slept, what Lena said and how her parents responded to "
                 "Filip"],
                ["Lena goes to nursery every morning she is booked, and can tell the adults she trusts how "
                 "things are at home.",
                 "Record what time Lena arrives, who brings her and how she seems; ring the SW the same day if "
                 "she has not arrived by 9.30am",
                 "Bethan Cole, manager, Little Oaks Nursery",
                 "Every session (Monday to Thursday mornings)",
                 "Register and arrival sheet emailed to the SW every Friday"],
                [V,
                 "Three short sessions with Lena using the \"When Mummy is poorly\" story book, so she knows "
                 "that Mummy has an illness, that it is not her fault, and who she can tell",
                 "SW Rhiannon Pask, with Lena's keyworker Amy Shaw",
                 "By 19/12/2025",
                 "Lena's drawings and her words written up on file; keyworker notes anything Lena says about "
                 "Mummy afterwards"],
                ["If Kasia starts to become unwell again, Lena's and Filip's days stay the same because the "
                 "adults around them act early.",
                 "Write a family relapse plan with Kasia and Tomasz: Kasia's early signs (not sleeping, talking "
                 "fast, spending), who Tomasz rings, and where the children go that day",
                 "SW Rhiannon Pask",
                 "By the first core group (27/11/2025)",
                 "Signed copy held by the family, the SW, the nursery and the HV"],
                [V,
                 "Have Lena and Filip at her flat for the day, and collect Lena from nursery, whenever Tomasz "
                 "uses the relapse plan",
                 "Ola Nowicka (paternal aunt)",
                 "The same day, each time the relapse plan is used",
                 "Ola texts the SW when the children arrive; the SW records each time on file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kasia stops taking her lithium, sleeps less than four hours on two nights running, or takes "
              "either child out of the house at night, Tomasz will ring the CMHT duty worker (or the crisis "
              "line out of hours) and the SW the same day. The children will stay with Tomasz, or go to Ola's "
              "if he is at work, and will not be left alone with Kasia until the CMHT has seen her. The SW (or "
              "the emergency duty team) will hold a strategy discussion the same day."),
        ("p", "If Ola is away or cannot have the children, Tomasz will take emergency leave and stay at home; "
              "his employer has agreed this in writing. If neither Tomasz nor Ola can care for Lena and Filip, "
              "the SW will arrange a foster placement for them that day."),
        ("p", "If Kasia has a relapse while she is caring for the children, or stops her lithium again before "
              "the review conference, the SW will ask the team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "Core group at Zennerby East Family Hub, 10am: Thursday 27/11/2025, then Thursday 18/12/2025 "
              "(a week early because of Christmas) and Thursday 15/01/2026. Review child protection conference: "
              "Thursday 05/02/2026, 2pm, Zennerby Civic Centre."),
        ("p", "Plan typed by Rhiannon Pask (SW) on 14/11/2025 and sent to Kasia, Tomasz and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Signs of Safety plan: father's drinking, alcohol service and GP own
#    actions; mother's postnatal depression only in the past; safety goals
#    with scaling and the children's words (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zoyland_sos_safety_goals_scaling_farrier.md",
    "split": "tune",
    "actions": 8,
    "template": "icpc-signs-of-safety-md-danger-statement-safety-goals-with-scaling-then-who-what-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan in Signs of Safety form for an 11-year-old and a 7-year-old whose father "
        "drinks heavily and drove them after drinking. Danger statement, safety goals written with the "
        "children's words, a scaling question with everyone's number, then a Who | What | By when | How we "
        "will know table. The alcohol service reports on whether Dean is changing, the GP writes with blood "
        "results; the mother's postnatal depression was in 2014-15 and has not come back (no current "
        "illness); the grandmother's checks have a fallback; dates and legal step set. Exemplary."
    ),
    "text": """\
# Zoyland Council – Children's Services
## Child Protection Plan (Signs of Safety) – Riley and Maisie Farrier

| | |
|---|---|
| **Children** | Riley Farrier (11), Year 7, Zoyland Academy · Maisie Farrier (7), Year 3, Hawthorn Lane Primary |
| **Parents** | Shannon Farrier (35) and Dean Farrier (38), 41 Quarry Bank, Zoyland |
| **Grandparents** | Pauline and Keith Beddoes (Shannon's parents), 9 Mill Close – a five-minute walk |
| **Conference** | Initial child protection conference, Tuesday 18 November 2025 |
| **Category** | Neglect |
| **Social worker** | Hollie Brennan, Zoyland Children's Safeguarding Team 2 |
| **Chair** | Vikram Sood |

## What we are worried about (danger statement)

Everyone at conference is worried that when Dean drinks he does not keep Riley and
Maisie safe. On Friday 10 October Dean drove the children home from their nan's after
drinking most of the afternoon; police stopped the car on Quarry Bank and he was more
than twice the limit. He is due in court in January. Shannon works late shifts at Elm
House care home on Mondays, Wednesdays and Fridays (2pm to 10pm), and on those evenings
Dean looks after the children on his own. Riley has told school that on some of those
nights Dad "falls asleep on the sofa with his bottle" and Riley makes Maisie's tea and
puts her to bed. Dean says he drinks "a few cans in the week and a bit more at the
weekend"; Shannon thinks it is nearer a bottle of vodka over a weekend.

Shannon had postnatal depression after Riley was born in 2014. Her GP treated it and it
had gone by the end of 2015; she has had no mental health difficulties since and takes
no medication. This is not a worry for the plan.

## What is working well

- Shannon rang the social worker herself the morning after the police stop.
- Dean came to conference sober, accepted that the car journey was dangerous and has
  already been to the Zoyland Recovery Partnership drop-in once.
- Pauline and Keith see the children most days and both children love going there.
- Riley is doing well at Zoyland Academy and plays for Zoyland Town juniors.

## What Riley and Maisie say

**Riley** (seen alone at school, 12 November): "I'm not scared of Dad, I'm scared of
what happens when he's had too much. I want to go to football and not be worrying about
what Dad's like when I get back." He put home at 4 out of 10 on a "Wednesday night" and
9 on a Sunday "when Mum's in".

**Maisie** (seen at home, 14 November, using her three houses): her house of worries has
"Daddy in the car going wobbly" and "Daddy smelly breath". Her house of good things has
Nanny's dog Biscuit and "Mummy doing my plaits". In her house of dreams "Daddy plays
Uno and doesn't have his drinks".

## Safety goals – what needs to be true for Riley and Maisie

1. Riley and Maisie are only ever looked after by a sober adult, and they never get
   into a car with anyone who has been drinking.
2. Riley can be 11: in his words, he can "go to football and not be worrying about what
   Dad's like" when he gets home, and he is not the one putting Maisie to bed.
3. Maisie goes to sleep at home without being frightened, and tells us home feels
   "calm" on the evenings Mum is at work.

## Scaling

On a scale where 10 means everyone is confident Riley and Maisie are safe with Dean's
drinking, and 0 means they cannot safely live at home:

| Person | Number | Why |
|---|---|---|
| Hollie Brennan (SW) | 3 | The drink-drive was very serious and the weekday evenings are not yet safe. |
| Shannon | 5 | "He's trying, but I still check his breath when I get in." |
| Dean | 7 | "I know I messed up and I've already started to cut down." |
| Riley | 4 | "Higher on Sundays." |
| Pauline (Nan) | 4 | Would be higher once Dean has seen the alcohol service properly. |

## Next steps

| Who | What | By when | How we will know |
|---|---|---|---|
| Marcus Bell, recovery worker, Zoyland Recovery Partnership | Full alcohol assessment with Dean, then weekly key-work with breath tests; write to the SW on whether Dean is making the changes Riley and Maisie need, and how quickly | Assessment by 28 November 2025; key-work weekly after that until the review conference | Written report to the SW a week before each core group, with the breath-test results |
| Dean | Not drink at all on the days he looks after Riley and Maisie, and take a breath test at 3pm on those days, sending a photo of the result to Shannon | Every Monday, Wednesday and Friday from 24 November 2025 | Shannon keeps the photos on her phone and shows them to the SW at each visit |
| Pauline Beddoes (maternal grandmother) | Call in at 41 Quarry Bank at 6pm on Shannon's late-shift days to see that Dean is sober and the children have had tea | Every Monday, Wednesday and Friday from 24 November 2025 | Pauline texts Shannon and the SW "6pm OK" each time, or rings them at once if it is not |
| Dr Helen Achebe, Zoyland Medical Practice | Liver blood tests for Dean and a letter to the SW on the results and on what his drinking means for his care of the children | By 12 December 2025, and again by 6 February 2026 | GP letters on the children's file |
| Hollie Brennan (SW) | See Riley and Maisie at home and on their own, at least one visit a month on a Wednesday evening while Shannon is at work | Weekly from 24 November 2025 until the review conference | Visit records with each child's words, who was caring for them and whether Dean was sober |
| Mrs Claire Oduya, DSL, Hawthorn Lane Primary | Monday morning check-in with Maisie about her weekend, using her feelings fan | Every Monday in term time | Check-in log; anything about drinking or shouting passed to the SW the same day |
| Hollie Brennan (SW), with Shannon and Dean | Words and pictures story for Riley and Maisie explaining why there is a plan and who they can ring if Dad has been drinking | By 19 December 2025 | Story kept by the family and on file; each child can tell the SW who they would ring |
| Shannon | Get Riley to Zoyland Town juniors training, with a lift from Keith when she is at work | Every Tuesday and Thursday from 25 November 2025 | Riley's attendance on the club app, shown to the SW each month |

## Safety plan – if things go wrong

- If Dean's 3pm breath test is over zero, if he does not send it, or if Pauline finds
  he has been drinking, Pauline or Keith will take Riley and Maisie to Mill Close for
  the night and Shannon will ring the SW (or the emergency duty team) that evening. The
  SW will hold a strategy discussion the next working day.
- If Dean drives, or tries to drive, with either child after drinking, anyone who knows
  will ring 999 straight away.
- If Pauline and Keith cannot have the children (Pauline has a hospital appointment on
  some Wednesdays), Shannon's manager at Elm House has agreed in writing that Shannon
  can leave work and go home. If neither grandparent nor Shannon can be there, the SW
  will arrange a foster placement that evening.
- If Dean drinks while he is looking after the children twice before the review
  conference, or drives with them after drinking, the SW will ask the team manager for
  a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks at Hawthorn Lane Primary, 3.30pm: Tuesday 2 December 2025,
  Tuesday 6 January 2026 and Tuesday 3 February 2026.
- Review child protection conference: Tuesday 17 February 2026, 10am, Zoyland Town Hall.

*Plan written by Hollie Brennan (SW) on 19 November 2025 and shared with Shannon, Dean,
Pauline, Keith and every agency above. Riley and Maisie have their own words and
pictures copy.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan, plain-text export: father on a perpetrator
#    programme that reports; the child's own epilepsy; mother well and open to
#    no service; grandmother's dementia; outcomes in the children's words (txt,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zelham_rcpc_export_childrens_words_whitlock.txt",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-plain-text-export-numbered-sections-outcomes-in-childrens-words-with-what-this-looks-like-then-numbered-actions-lead-when-evidence-lines",
    "description": (
        "Review conference plan, plain-text export, for a 13-year-old and a 9-year-old after domestic abuse "
        "by their father, who has moved out and is on a perpetrator programme whose facilitator reports on "
        "his risk. Outcomes are the children's own words, each with a line on what it will look like. Hard "
        "negatives: the 9-year-old's own epilepsy (his nurse and his mum own actions), a mother who has no "
        "health needs and is open to no adult service, and a grandmother with dementia. Contingency, dates "
        "and legal step set. Exemplary."
    ),
    "text": """\
ZELHAM BOROUGH COUNCIL                         CHILDREN'S SOCIAL CARE
Child Protection Plan - following Review Conference
Exported from Mosaic 09/01/2026 14:12             Case ref: ZC-228417
-----------------------------------------------------------------------

1. CHILDREN AND FAMILY

   Skye Whitlock     13   Year 9, Zelham High School
   Jaxon Whitlock     9   Year 5, St Bede's RC Primary
   Leanne Whitlock   37   Mother. Skye and Jaxon live with her at
                          15 Thistle Grove, Zelham.
   Aaron Whitlock    39   Father. Moved out on 14/09/2025; lives at
                          his brother's flat in Zelham town centre.

   Review conference:   Thursday 08/01/2026 (ICPC was 09/10/2025)
   Category:            Emotional abuse
   Social worker:       Jordan Akinyemi, Safeguarding Team West
   Chair:               Frances Lowry

2. WHY THE PLAN CONTINUES

   On 13/09/2025 Aaron hit Leanne and threw a chair in the kitchen
   while Skye and Jaxon were upstairs; Skye rang 999. Police had been
   called to the house twice before in 2025. Aaron accepted a
   conditional caution, left the home and in November started the Choose to Change
   programme. He has had supervised contact with the children every
   other Saturday and all but one session has gone well. He sent
   Leanne 40 messages on 19/12/2025 asking to come home for Christmas,
   which she reported to police. Conference agreed the children are
   still at risk of emotional harm while Aaron's behaviour has not yet
   been shown to change.

   Jaxon has epilepsy (tonic-clonic seizures) and takes levetiracetam.
   He had two seizures in October, both after bad nights' sleep. His
   care plan at school is out of date and Leanne has not been trained
   to give his rescue medicine.

   Leanne has no health needs of her own, takes no medication and is
   not open to any adult service. Her mother, Pat, has dementia and
   lives with Leanne's brother in Leeds, so cannot help day to day.

3. WHAT SKYE AND JAXON HAVE TOLD US

   Skye (seen alone at school, 17/12/2025): "It's calmer without Dad
   here but I still lie awake listening for his car. I don't want him
   back living with us. I'd see him at the centre, that's fine." She
   said the worst part was "having to be the one who rang".

   Jaxon (seen at home, 05/01/2026): "I like Saturdays at the centre
   because Dad brings Top Trumps." He said he does not like it "when
   Mum cries on the phone". Asked about his fits: "When I have a fit
   I want Mum or Miss to know what to do so I don't go in the
   ambulance."

4. OUTCOMES - IN SKYE'S AND JAXON'S WORDS

   a) Skye: "I don't want to lie awake listening for Dad's car."
      What this will look like: Skye sleeps at home without fear; Aaron
      only sees her at planned contact and does not come to the house.

   b) Jaxon: "I want to see Dad at the centre and for him not to
      shout."
      What this will look like: contact goes ahead safely every other
      Saturday and Jaxon tells us he enjoys it.

   c) Jaxon: "I want Mum or Miss to know what to do when I have a
      fit."
      What this will look like: Jaxon has an up-to-date seizure care
      plan at home and at school, and the adults around him are
      trained to use it.

   d) Skye: "I want to stop being the one who has to ring."
      What this will look like: Skye knows the safety plan is the
      adults' job, and she has someone outside the family to talk to.

5. ACTIONS

   5.1  Choose to Change programme for Aaron (26 weekly sessions),
        including the sessions on the effect of abuse on children.
        Lead:     Aaron Whitlock; facilitator Dion Marsh, Zelham
                  Choose to Change, reports to the SW
        When:     Every Tuesday evening until the course ends on
                  28/04/2026; mid-programme report by 24/02/2026
        Evidence: Monthly attendance to the SW; mid-programme report
                  on Aaron's risk and what has changed in how he
                  behaves towards Leanne and the children

   5.2  Supervised contact for Skye and Jaxon with their dad at
        Zelham Family Centre.
        Lead:     Contact worker Ruth Salter, Zelham Family Centre
        When:     Every other Saturday, 10am-12pm, until the next
                  review conference
        Evidence: Contact record to the SW within 2 working days,
                  noting how each child was before and after

   5.3  Update the safety plan with Leanne, and go through a young
        person's version with Skye so she knows what the adults will
        do and that ringing for help is not her job.
        Lead:     IDVA Hannah Price, Zelham Domestic Abuse Service
        When:     By 23/01/2026
        Evidence: Written safety plan on file; Skye's own copy;
                  schools sent a copy

   5.4  See Skye and Jaxon at home and each of them on their own,
        and write down what they say in their own words.
        Lead:     SW Jordan Akinyemi
        When:     Every two weeks until the next review conference
        Evidence: Visit records with both children's words

   5.5  Rewrite Jaxon's seizure care plan with Leanne, and train
        Leanne and two St Bede's staff to give buccal midazolam.
        Lead:     Sue Carver, paediatric epilepsy nurse, Zelham
                  Children's Hospital
        When:     By 06/02/2026
        Evidence: Signed care plan at home and in school; training
                  record naming the three people trained

   5.6  Give Jaxon his levetiracetam every morning and evening and
        keep him to his bedtime of 8pm on school nights.
        Lead:     Leanne Whitlock
        When:     Twice daily, every day
        Evidence: Medicine chart on the fridge, checked by the SW at
                  each visit; seizure diary taken to clinic

   5.7  Weekly "worry time" for Jaxon with the learning mentor.
        Lead:     Mr Tom Greaves, learning mentor, St Bede's
        When:     Every Thursday in term time
        Evidence: Session log; anything about home passed to the DSL
                  and the SW the same day

   5.8  Place for Skye in the 10-week group for young people who
        have lived with domestic abuse.
        Lead:     Kim Ashby, children and young people's worker,
                  Zelham Domestic Abuse Service
        When:     Wednesdays after school from 21/01/2026 for 10 weeks
        Evidence: Attendance; end-of-group review done with Skye and
                  sent to the SW

   5.9  Tell the SW about any call-out, report or message involving
        Aaron and the family.
        Lead:     DS Rob Kaye, Zelham Police Domestic Abuse Unit
        When:     Within 24 hours of each report
        Evidence: Each one logged on the children's file by the SW

6. CONTINGENCY

   If Aaron comes to Thistle Grove, contacts Leanne or the children
   outside supervised contact, or the police are called to any
   incident involving him, Leanne will ring 999 and the SW (or the
   emergency duty team) will hold a strategy discussion the same day.
   Contact will stop until the Family Centre has done a new risk
   assessment. If Leanne and the children cannot stay safely at home,
   the IDVA will find a refuge place through Zelham Women's Aid that
   day.

   If Jaxon has a seizure lasting more than 5 minutes, the adult with
   him gives buccal midazolam and rings 999, as his care plan says.

   If Aaron leaves the programme, breaches his caution conditions, or
   Leanne lets him move back in before the next review, the SW will ask
   the team manager for a legal planning meeting within 5 working days.

7. CORE GROUP AND REVIEW

   Core group every 4 weeks, 3.45pm at St Bede's RC Primary:
   22/01/2026, 19/02/2026, 19/03/2026 and 16/04/2026.
   Next review child protection conference: Thursday 30/04/2026, 10am,
   Zelham Civic Offices.

-----------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group plan with no outcomes at all; most rows are about the
#    mother's own needs; her drug use and her partner's drinking are owned
#    only by the parents (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zarrowby_core_group_no_outcomes_parent_rows_hanlon.docx",
    "doc_title": "Core Group Plan - Tyler-James Hanlon and Mila Carr",
    "split": "tune",
    "actions": 10,
    "template": "core-group-2-plan-docx-kv-details-present-updates-childrens-views-then-numbered-action-who-by-when-how-we-will-know-table-no-outcomes",
    "description": (
        "Second core group plan for a 5-year-old and a 10-month-old (mother's heroin and crack use on a "
        "methadone script, her partner's daily drinking). No outcome for the children anywhere: the plan goes "
        "from updates and the children's views straight to a task table (O001). Six of the ten rows are about "
        "Jodie's or Liam's own appointments, debts and health with no link to the children (F001); the "
        "recovery hub and the GP are only places the parents go, so no adult service owns an action (F004). "
        "Also 'ASAP' as the only timescale (T002), an empty measure (M001) and 'All professionals' (W002). "
        "Contingency, legal step, child's views and dates are all there."
    ),
    "blocks": [
        ("title", "Core Group Plan"),
        ("p", "Zarrowby City Council · Children's Social Care · Family Safeguarding Team 4"),
        ("kv", [
            ("Children", "Tyler-James Hanlon (5), Reception, Zarrowby Road Primary; Mila Carr (10 months), at "
                         "home"),
            ("Mother", "Jodie Hanlon (27)"),
            ("Mila's father", "Liam Carr (30), Jodie's partner, lives at the address. Tyler-James's father has "
                              "no contact."),
            ("Address", "Flat 4, 118 Carlton Street, Zarrowby"),
            ("Plan since", "Initial child protection conference, Wednesday 22/10/2025 (category: neglect)"),
            ("This meeting", "Core group 2, Wednesday 03/12/2025, 1pm, Carlton Street Family Hub"),
            ("Social worker", "Dominika Lis"),
        ]),
        ("h2", "Present"),
        ("p", "Jodie Hanlon; Liam Carr; Dominika Lis (SW); Grace Ansah (HV); Mrs Penny Holt (DSL, Zarrowby "
              "Road Primary); Kyle Mensah (family support worker). Apologies: Carl Dunn, keyworker, Zarrowby "
              "Recovery Hub (no report sent)."),
        ("h2", "Updates since core group 1"),
        ("p", "Jodie has used heroin and crack cocaine on and off since she was 19. She has been on a methadone "
              "script (60 ml daily) since August. Her two urine screens in November were negative for heroin "
              "but positive for cocaine. She says she \"had a couple of lines at a party\" and is not using "
              "heroin."),
        ("p", "Liam drinks most days, usually eight to ten cans of strong lager; he told the HV it \"helps him "
              "sleep\". On the HV's visit on 19/11 he was asleep on the sofa at 11am with cans on the floor "
              "and Mila in her cot in the next room, crying. On the SW's visit on 26/11 there was a burnt "
              "spoon on the bedroom windowsill, within reach of Mila's cot."),
        ("p", "Tyler-James's attendance this term is 78% and he has been late 11 times. School say he is often "
              "hungry and has come in twice in the same clothes three days running. Mila weighed 7.9kg on "
              "25/11, on the 9th centile (she was on the 25th at her 6-8 week check)."),
        ("h2", "What Tyler-James and Mila have told and shown us"),
        ("p", "Tyler-James (seen at school with Mrs Holt, 27/11): \"Mummy sleeps on the settee a lot. Liam "
              "shouts at the telly when the football's on.\" He said he likes the breakfast at school and "
              "wants \"a Spider-Man bed\". He drew his family with Mila in a cot and himself \"on the big "
              "chair watching cartoons\"."),
        ("p", "Mila is crawling and pulls herself up on the furniture. On visits she has been quiet and "
              "watchful, and she lifts her arms to Jodie to be picked up. On 26/11 she was still in her "
              "sleepsuit at 2pm and her nappy was soaked through."),
        ("h2", "Plan"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know"],
            "widths": [1.0, 6.4, 3.2, 2.8, 3.6],
            "rows": [
                ["1", "Attend keywork appointments at Zarrowby Recovery Hub",
                 "Jodie Hanlon", "Every Tuesday, 11am",
                 "Appointment card stamped at each visit, shown to the SW"],
                ["2", "Collect methadone from Carlton Street Pharmacy and take it in front of the pharmacist",
                 "Jodie Hanlon", "Daily",
                 "Pharmacy collection record, seen by the SW"],
                ["3", "Make an appointment with the GP about his drinking and ask to be referred to the alcohol "
                      "team",
                 "Liam Carr", "By 17/12/2025",
                 "GP appointment letter shown to the SW"],
                ["4", "Refer Jodie to Zarrowby Citizens Advice for help with her rent arrears and gas debt",
                 "SW Dominika Lis", "ASAP",
                 "Referral confirmation email on file"],
                ["5", "Attend the Women's Wellbeing group at the Family Hub for her confidence",
                 "Jodie Hanlon", "Every Thursday, 10am-12pm",
                 ""],
                ["6", "Help Jodie register with Carlton Street Medical Centre and book a new patient health check",
                 "FSW Kyle Mensah", "By 19/12/2025",
                 "Registration confirmed by the practice"],
                ["7", "Visit the flat and see Tyler-James and Mila, one visit a month unannounced; check where "
                      "Mila sleeps and that there is nothing used for drugs within reach",
                 "SW Dominika Lis", "Fortnightly",
                 "Visit records note where Mila slept and what was seen in each room"],
                ["8", "Weigh Mila and do her 12-month developmental review",
                 "HV Grace Ansah", "Monthly; 12-month review by 16/01/2026",
                 "Weight plotted in the red book; ASQ-3 scores sent to the SW"],
                ["9", "Send the SW Tyler-James's attendance and lateness, and anything he says about home",
                 "Mrs Penny Holt, DSL", "Every Friday",
                 "Attendance printout emailed to the SW"],
                ["10", "Tell the SW the same day about any worry about the children's care",
                 "All professionals", "Same day",
                 "Each worry logged on the children's file"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Jodie has a urine screen positive for heroin, or either parent is found under the influence "
              "of drink or drugs while looking after the children, the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day, and Tyler-James and Mila will stay with "
              "Jodie's aunt, Bev Hanlon, at 7 Sandpiper Road until it has met. If Bev cannot have them, the SW "
              "will arrange a foster placement that day."),
        ("p", "If there is another screen positive for heroin or crack cocaine before the review conference, "
              "or Mila's weight drops below the 2nd centile, the SW will request a legal planning meeting "
              "within 5 working days."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks, 1pm at Carlton Street Family Hub: next on Wednesday 07/01/2026. Review "
              "child protection conference: Wednesday 21/01/2026, 10am, Zarrowby Council House."),
    ],
    "findings": [
        F("O001"),
        F("F001"),
        F("F004"),
        F("T002", "Refer Jodie to Zarrowby Citizens Advice for help"),
        F("M001", "Attend the Women's Wellbeing group at the Family Hub"),
        F("W002", "Tell the SW the same day about any worry"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Perinatal plan with the outcome merged down the first column; two of the
#    four outcomes are only about the parents, and the CPN and Talking
#    Therapies rows only support or treat (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zedmoor_perinatal_merged_outcome_column_ashdown.pdf",
    "doc_title": "Child Protection Plan - Ruby Pryce and Alfie Ashdown",
    "split": "tune",
    "actions": 9,
    "template": "icpc-paged-pdf-landscape-outcome-merged-down-first-column-action-lead-when-how-we-will-know-header-and-page-footer",
    "description": (
        "Initial conference plan for a 4-month-old and a 6-year-old whose mother has postnatal depression "
        "and severe anxiety, under the perinatal mental health team. The outcome is the first column, merged "
        "down over the actions for it (three real Word vertical merges before conversion). Two outcomes are "
        "only about the parents, 'Kerry's mood will lift' and 'Connor will feel more confident' (F002×2); the "
        "CPN's weekly visits only support Kerry, measured by 'mood improves' (H001, M002), and Talking "
        "Therapies only treats her, 'when a slot becomes available' (H001, T002), while the psychiatrist is "
        "asked about change (not H001). 'Family network' owns the daytime feeds (W002). Header and page "
        "footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE · Zedmoor Council · Children and Young People's Services",
    "footer": "Child protection plan – Ruby and Alfie – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ruby Pryce, born 14/07/2025 (4 months); Alfie Ashdown (6), Year 2, Zedmoor Park "
                         "Primary"),
            ("Mother", "Kerry Ashdown (24)"),
            ("Ruby's father", "Connor Pryce (26), Kerry's partner; lives with the family at 3 Weaver's Yard, "
                              "Zedmoor. Alfie's father lives in Scotland and has no contact."),
            ("Conference", "Initial child protection conference, Monday 24/11/2025, Zedmoor Family Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Ellie Marchant, Zedmoor Children's Safeguarding Team"),
            ("Chair", "Rosalind Achterberg"),
        ]),
        ("h1", "1. Why there is a plan"),
        ("p", "Kerry has had low mood and panic attacks since Ruby was born. The perinatal mental health team "
              "diagnosed postnatal depression with severe anxiety in August and she started sertraline. She "
              "spends most of the day in the bedroom and has not left the flat on her own since September. "
              "Ruby has dropped from the 50th to the 9th centile. The HV has twice found her strapped in her "
              "car seat in the living room for most of the morning, with a bottle propped on a rolled-up "
              "towel. Alfie has been late to school on 14 days this term and has come in without breakfast; "
              "he told his teacher he \"does the cereal\" for himself and tries to give Ruby her dummy when "
              "she cries. Connor works as a scaffolder from 7am and is out until about 5.30pm."),
        ("h1", "2. What Ruby and Alfie are telling us"),
        ("p", "Alfie (seen at school, 18 November): \"Mummy is sad in her bed. I'm quiet so she can sleep.\" "
              "He said the best bit of the day is when Connor comes home \"because we have tea and he does "
              "the funny voices\". He wants Mummy to \"come to my assembly\"."),
        ("p", "Ruby cannot tell us, so this is what the HV and SW have seen. She is a quiet baby who does not "
              "cry for long. She turns towards voices and smiles at Connor and Alfie. On 18 November she was "
              "wet through and had red marks where the car seat straps had been; she fed hungrily when the "
              "HV gave her a bottle."),
        ("h1", "3. The plan"),
        ("table", {
            "header": ["Outcome", "Action", "Lead", "When", "How we will know"],
            "widths": [4.6, 7.0, 4.4, 4.0, 5.7],
            "rows": [
                ["Ruby is fed on time, held and talked to, and is back on the 25th centile by the review "
                 "conference.",
                 "Weigh Ruby and watch a feed; check how bottles are made up and where Ruby sleeps",
                 "HV Tamsin Ure",
                 "Weekly for 6 weeks from 26/11/2025, then fortnightly",
                 "Weight plotted in the red book; Ruby back on or above the 25th centile by the review "
                 "conference"],
                [V,
                 "Do Ruby's night feeds on Friday, Saturday and Sunday nights",
                 "Connor Pryce",
                 "Every Friday, Saturday and Sunday night",
                 "Feed chart filled in and seen by the HV at each visit"],
                [V,
                 "Help with Ruby's daytime feeds and nappies while Connor is at work",
                 "Family network",
                 "Every weekday, 9am-3pm",
                 "Feed chart on the fridge, signed by whoever came"],
                ["Kerry's mood will lift and she will feel able to leave the house.",
                 "Weekly home visits to support Kerry with her low mood and anxiety",
                 "Jo Farrant, CPN, Zedmoor Perinatal Mental Health Team",
                 "Weekly",
                 "Kerry's mood improves"],
                [V,
                 "Review Kerry's medication, and write a report on whether she can make the changes Ruby and "
                 "Alfie need and how long that is likely to take",
                 "Dr Imran Sheikh, consultant perinatal psychiatrist",
                 "By 19/12/2025",
                 "Report sent to the SW and read at the core group on 05/01/2026"],
                [V,
                 "Eight sessions of CBT for Kerry's panic attacks and anxiety",
                 "Lauren Birch, Zedmoor Talking Therapies",
                 "When a slot becomes available",
                 "GAD-7 and PHQ-9 scores sent to the GP after each session"],
                ["Alfie is at school on time every day with breakfast inside him, and has an adult at school "
                 "he can tell if he is worried about his mum.",
                 "Breakfast club place for Alfie; check what time he arrives and tell the SW the same day if "
                 "he has not arrived by 9.15am",
                 "Mr Dan Whitby, DSL, Zedmoor Park Primary",
                 "Every school day from 01/12/2025",
                 "Register and breakfast club list emailed to the SW every Friday"],
                [V,
                 "See Alfie on his own at school and Ruby at home; ask Alfie about mornings and what he does "
                 "for Ruby",
                 "SW Ellie Marchant",
                 "Weekly until the review conference",
                 "Visit records with Alfie's own words and what was seen of Ruby"],
                ["Connor will feel more confident and less stressed at home.",
                 "Attend the Dads Matter group at Zedmoor Family Centre",
                 "Connor Pryce",
                 "Wednesday evenings for 6 weeks from 03/12/2025",
                 "Attendance register and certificate, seen by the SW"],
            ],
        }),
        ("h1", "4. Contingency"),
        ("p", "If Ruby loses weight between two weigh-ins, is found left in her car seat or with a propped "
              "bottle, or Alfie misses two days of school without a reason, the HV or school will tell the SW "
              "the same day and the SW will visit that day. If Kerry tells anyone she has thoughts of harming "
              "herself or the children, she will be seen by the perinatal crisis team the same day and Connor "
              "will take leave to care for Ruby and Alfie; if he cannot, the SW will arrange a foster "
              "placement that day."),
        ("p", "If nobody from the family can come in during the day, the SW will arrange a place for Ruby at "
              "Little Acorns day nursery, paid for by children's services, from the next weekday."),
        ("p", "If Ruby is not back on the 25th centile by the core group on 05/01/2026, or the psychiatrist's "
              "report says Kerry is unlikely to be able to care for Ruby within Ruby's timescale, the SW will "
              "request a legal planning meeting within 5 working days."),
        ("h1", "5. Core group and review"),
        ("p", "Core group every 4 weeks at Zedmoor Family Centre, 10am: Monday 08/12/2025, Monday 05/01/2026 "
              "and Monday 02/02/2026. Review child protection conference: Monday 23/02/2026, 2pm, Zedmoor "
              "Family Centre."),
    ],
    "findings": [
        F("W002", "Help with Ruby's daytime feeds and nappies while Connor"),
        F("F002", "Kerry's mood will lift and she will feel able to leave the house."),
        F("H001", "Weekly home visits to support Kerry with her low mood"),
        F("M002", "Weekly home visits to support Kerry with her low mood"),
        F("H001", "Eight sessions of CBT for Kerry's panic attacks"),
        F("T002", "Eight sessions of CBT for Kerry's panic attacks"),
        F("F002", "Connor will feel more confident and less stressed at home."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan built on the family's own goals ("what needs to change", each with
#    the family's and the workers' scaling numbers); mother with a learning
#    disability whose nurse owns an action; two goals only about the parents;
#    bullet actions (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zummerfield_family_goals_scaled_bullets_rudd.md",
    "split": "tune",
    "actions": 10,
    "template": "icpc-md-family-goals-what-needs-to-change-numbered-with-scaling-numbers-then-who-will-do-what-bullets-bold-owners",
    "description": (
        "Initial conference plan for a 3-year-old and an 8-month-old (neglect: faltering weight, dog mess, "
        "missed health appointments). The outcomes are the family's own 'what needs to change' list, each "
        "scaled by the family and the workers; two are only about the parents, Gemma managing her money "
        "and Wayne's stress and job (F002×2). The mother's learning disability nurse owns an action, the "
        "father's drinking stopped in 2019 and the grandmother's COPD is hers, so no F004. Bullet actions: "
        "'keep an eye on' as the only measure (M002), 'The family network' with no measure (W002, M001), a "
        "passive referral with no time (W001, T001), 'as soon as possible' (T002). The contingency has no "
        "legal step (R002)."
    ),
    "text": """\
# Zummerfield County Council
## Child Protection Plan – Kayla and Brooke Tolley

**Children:** Kayla Tolley (3), Tiddlers Nursery (Monday, Wednesday, Friday); Brooke Tolley (8 months)
**Parents:** Gemma Rudd (31) and Wayne Tolley (40), 27 Cobden Street, Zummerfield
**Also important:** Carol Rudd (Gemma's mum), Rosebank Close; Leah Rudd (Gemma's sister)
**Conference:** Initial child protection conference, Wednesday 26 November 2025
**Category:** Neglect
**Social worker:** Tom Kilbride · **Chair:** Maureen Oyelaran

### What we are worried about

Brooke has dropped from the 50th to the 9th centile since the summer. Her bottles are
often made with too much water, and on two visits she was given cold tea in her bottle.
Kayla's speech is behind for her age and she missed her 2-year review twice. The dog's
mess was on the living room carpet on three of the SW's four visits, and on 12 November
Brooke was crawling next to it. Brooke has missed her 12-week and 16-week immunisations.

Gemma has a mild learning disability and has had a nurse from the Zummerfield Community
Learning Disability Team (CLDT) since 2022. She finds written letters and appointment
cards hard to follow and the gas was cut off for four days in October. Wayne had a
drink problem in his twenties; he has been sober since 2019 and nobody has seen any sign
of drinking. Carol has COPD and is sometimes too breathless to walk round in the cold.

### What is going well

Gemma and Wayne love their girls and both came to conference. Kayla is warm and chatty
with her mum and runs to Wayne when he comes in. Carol comes round most mornings.

### What Kayla and Brooke are showing us

Kayla talks in two- and three-word phrases. On the SW's visit on 19 November she pointed
at the carpet and said "Doggy poo, yuck", then "Kayla painting" when asked about nursery.
She likes to show everyone her Peppa Pig wellies. Brooke is a smiley baby who babbles
and reaches for Gemma; she fed quickly and finished the whole bottle when the HV made it
up, and she cried when it was taken away.

### What needs to change – our family's goals

Each goal has where Gemma and Wayne think things are now, and where the workers think they
are, on a scale of 0 to 10 (10 = sorted).

1. Brooke is fed every 3 to 4 hours and her weight gets back up to the 25th centile.
   (Gemma 6, HV 3)
2. Kayla goes to nursery every day she is booked and gets help with her talking.
   (Gemma 5, nursery 4)
3. Gemma will understand her letters and bills and keep enough money for the month.
   (Gemma 4, SW 3)
4. The floors are clean and there is no dog mess where Kayla plays and Brooke crawls.
   (Wayne 7, SW 2)
5. Wayne will feel less under pressure and find a job. (Wayne 3)

### Who will do what

- **Sinead Hart, learning disability nurse (Zummerfield CLDT),** will assess how Gemma learns best and make easy-read versions of Brooke's feeding plan and the safe sleep advice by 12 December 2025; copies will be on the fridge and sent to the SW.
- **HV Precious Moyo** will weigh Brooke every week until she is back on the 25th centile, plot each weight in the red book and watch Gemma make up a bottle at each visit.
- **SW Tom Kilbride** will visit every week, at least one visit in three unannounced, see Kayla and Brooke, look in the kitchen and the girls' bedroom, and write what he sees and what Kayla says in his visit records.
- **Gemma and Wayne** will pick up the dog mess from the garden and the floors every day, and the SW will keep an eye on the house at visits.
- **The family network** will help Gemma do a food shop every Friday.
- **Carol (maternal grandmother)** will come round at 10am every weekday to help bath Brooke and get Kayla ready for nursery, and will tick the chart on the fridge each time.
- **Jess Palmer, manager of Tiddlers Nursery,** will do a WellComm language screen with Kayla by 30 January 2026 and share the score with the SW and HV.
- A referral will be made to Zummerfield Money Advice so that the gas and electric stay on for the girls, and the acceptance letter will go on the children's file.
- **The practice nurse at Zummerfield Medical Centre** will give Brooke the immunisations she has missed as soon as possible and record them in the red book.
- **Wayne** will put every health appointment for Kayla and Brooke on the kitchen calendar and go with Gemma to each one until the review conference; the HV will check the calendar and the clinic letters at her visits.

### If things get worse

- If Brooke's weight drops at two weigh-ins in a row, the HV will tell the SW the same
  day and Brooke will be seen by the GP that day; if the GP advises, she will be admitted
  to the children's ward at Zummerfield General for a feeding assessment.
- If the SW finds dog mess where the girls play, or no food for them in the house, on two
  visits running, family support worker Aimee Cross will visit every morning for a week
  to help Gemma and Wayne put it right.
- If Carol is too poorly to come in the mornings, or nobody in the family can help with
  the Friday shop, Leah will come instead; if Leah cannot, Aimee Cross will visit that
  morning and go shopping with Gemma.

### Meetings

Core group every 4 weeks at Cobden Street Children's Centre, 1.30pm: Wednesday 10 December
2025, Wednesday 7 January 2026 and Wednesday 4 February 2026.
Review child protection conference: Wednesday 18 February 2026, 10am, Zummerfield County Hall.
""",
    "findings": [
        F("F002", "Gemma will understand her letters and bills and keep enough money for the month."),
        F("F002", "Wayne will feel less under pressure and find a job."),
        F("M002", "will pick up the dog mess from the garden"),
        F("W002", "will help Gemma do a food shop every Friday"),
        F("M001", "will help Gemma do a food shop every Friday"),
        F("W001", "A referral will be made to Zummerfield Money Advice"),
        F("T001", "A referral will be made to Zummerfield Money Advice"),
        F("T002", "will give Brooke the immunisations she has missed"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Narrative plan: father's schizophrenia, current, with no adult service
#    doing anything; one outcome only about him; a vague contingency with no
#    legal step (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b63_zinford_narrative_paragraphs_jessop.txt",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plain-text-narrative-underlined-headings-outcome-bullets-then-one-sentence-per-action-in-paragraphs",
    "description": (
        "Initial conference plan, written as plain-text narrative, for a 14-year-old and a 10-year-old whose "
        "father has paranoid schizophrenia, stopped his depot and kept them off school; he came home from a "
        "section 2 admission three weeks before conference. The CMHT is only where he goes: no adult service "
        "owns an action (F004), and one outcome is only about him, 'Mark will take his medication and stay "
        "well' (F002). Actions are one sentence each in paragraphs: direct work with no measure (M001), "
        "Mark's medication with no time or measure (T001, M001), a passive counselling offer 'when a space "
        "comes up' (W001, T002), 'keep an eye on' (M002). The contingency is 'if things get worse... meet to "
        "discuss' (C002) and nothing mentions legal planning (R002)."
    ),
    "text": """\
ZINFORD DISTRICT COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN

Kieran Jessop (14), Year 10, Zinford Academy
Lily Jessop (10), Year 6, Canal Side Primary School
Parents: Donna Jessop (41) and Mark Jessop (44), 6 Lockkeeper's Row, Zinford
Initial child protection conference: Wednesday 19 November 2025
Category: Emotional abuse
Social worker: Sally Burrows          Chair: Graham Pettifer
Apologies: Zinford Community Mental Health Team (no report received)


Why Kieran and Lily have a plan
-------------------------------

Mark has paranoid schizophrenia, diagnosed in 2012. He is open to the Zinford
Community Mental Health Team and has a depot injection every two weeks. In
September he stopped going for his injection. He came to believe the neighbours
were putting chemicals in the water and kept Kieran and Lily off school for nine
days in late September, telling them it was not safe to go out. He taped up the
windows, took Lily's bedroom door off its hinges "so he could hear", and checked
the locks through the night. Donna, who works mornings at Parkers bakery, did not
tell anyone because she was frightened he would be "taken away again". On 3 October
school raised a concern and Mark was detained under section 2 of the Mental Health
Act. He came home on 29 October and is back on his depot. Donna has no health
problems of her own.


What Kieran and Lily have said
------------------------------

Kieran (seen alone at school, 12 November) said: "I'm the one who calms him down.
Mum just goes quiet." He said he was glad his dad was home but "I don't want to go
through all that again". He is worried about his mock exams and has stopped going to
cricket.

Lily (seen alone at home, 14 November) said she "didn't like it when Dad took my door
off". She still sleeps in her mum and dad's room most nights. She said Dad is "nice
now" and she likes it when he helps her with her Lego. She wants to go on the Year 6
residential in March.


What we want for Kieran and Lily
--------------------------------

  - Kieran and Lily go to school every day and are never kept at home because of
    their dad's fears.
  - Lily sleeps in her own room, with a door, and is not woken in the night by her
    dad checking the locks.
  - Kieran is not the one who has to keep his dad calm; he has time for his GCSEs,
    his friends and cricket.
  - Mark will take his medication and stay well.


What will happen
----------------

Sally Burrows (SW) will visit the family home every week until the review
conference, see Kieran and Lily on their own at least once a fortnight, and write
down what they tell her in her visit records. Sally will do some direct work with
Lily about her dad's illness before the Christmas holidays.

Mark will keep taking his medication and go to his appointments with his CPN.

Donna will make sure both children are up and at school by 8.45am every weekday,
and the schools will send Sally their attendance every Friday. Donna will ring
Sally the same day if Mark misses his injection or starts talking about the
neighbours again, and Sally will record each call on the children's file.

Kieran will be offered sessions with the school counsellor when a space comes up,
and his attendance at them will be noted on his school record. Dev Lal from Zinford
Young Carers will meet Kieran every fortnight from 1 December and complete a young
carer's assessment, sending it to Sally by 16 January 2026.

Lily's class teacher, Mrs Amira Shah, will keep an eye on Lily every day. Sally will
ask Zinford Homes by 12 December to rehang Lily's bedroom door and mend the window
locks, and will check at her next visit that the work has been done.


Contingency
-----------

If things get worse at home, the core group will meet to discuss what to do next.


Core group and review
---------------------

Core group: Wednesday 3 December 2025 at Canal Side Primary School, 3.30pm, then
every 4 weeks (7 January and 4 February 2026).
Review child protection conference: Wednesday 18 February 2026, 10am, Zinford
District Council offices.
""",
    "findings": [
        F("F002", "Mark will take his medication and stay well."),
        F("M001", "Sally will do some direct work with Lily"),
        F("T001", "Mark will keep taking his medication and go to"),
        F("M001", "Mark will keep taking his medication and go to"),
        F("W001", "Kieran will be offered sessions with the school counsellor"),
        F("T002", "Kieran will be offered sessions with the school counsellor"),
        F("M002", "will keep an eye on Lily every day"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})
