"""Batch 49, module 4: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans from different professions and traditions, each in a template
invented for it: a Signs of Safety map with a danger statement, safety goal
and bottom line over each worry's own next steps; a Scottish GIRFEC Child's
Plan in numbered parts with a merged wellbeing-indicator column; a health
visitor's safeguarding care plan printed from a community health record; a
secondary school's own safeguarding plan laid out by the parts of the school
day; a joint police and children's services safety plan in agency parts; a
family group conference plan written as the family's answers to the
social worker's questions; and a plan for a baby in a parent-and-child
foster placement. Four are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety map and safety plan: each worry has its danger
#    statement, safety goal and bottom line, with numbered next steps under
#    it (md). Faults: collective owner, talking therapy only treats, a step
#    with no measure, an "engagement" measure, "as and when", Nan relied on
#    with no fallback, no legal step.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nabbersley_sos_worry_blocks_steps_under_each_haslam.md",
    "split": "tune",
    "actions": 16,
    "template": "signs-of-safety-md-details-bullets-harm-complicating-working-well-three-houses-scaling-then-one-h3-block-per-worry-danger-statement-safety-goal-bottom-line-and-its-own-numbered-next-steps-lead-when-well-see-then-safety-network-if-broken-meetings",
    "description": (
        "Signs of Safety map and plan from an initial conference for a 9-year-old and a 4-year-old "
        "(father's violence to mother when drinking; mother's panic attacks). Each worry block has a "
        "danger statement, safety goal and bottom line, then its own numbered steps with Lead / When / "
        "We'll see. Mostly sound, but one step is owned by 'everyone in the safety network', Talking "
        "Therapies only treat the mother, the hearing test step has no measure, the Freedom Programme "
        "is measured by 'engagement', Nan helps 'as and when', the contingency sends the children to "
        "Nan with no fallback if she cannot, and nothing says legal planning follows."
    ),
    "text": """\
# Signs of Safety – Mapping and Safety Plan

**Nabbersley Metropolitan Borough Council · Children's Social Care · Family Safeguarding Team (South)**

- **Children:** Maisie Haslam, 9 (Year 4, St Luke's CE Primary) and Jayden Haslam, 4 (Little Acorns Nursery)
- **Home:** 14 Larkspur Road, Nabbersley, with their mum Lauren Haslam (29)
- **Dad:** Craig Pell (33), staying with a friend on Tanner Street since 3 May 2025
- **Mapping meeting:** 11 June 2025 at Nabbersley Family Centre – Lauren, Pat Haslam (Nan), Shaun Haslam (uncle), Craig (first hour), social worker, school, nursery and police
- **Plan agreed:** initial child protection conference, 18 June 2025 – category: emotional abuse
- **Social worker:** Grace Ndlovu · **Practice lead:** Simon Kettle

---

## What has happened

On the evening of 2 May 2025 Craig came home after drinking all afternoon at the
Feathers. He argued with Lauren in the kitchen and pushed her into the door frame; she
cut her head. Jayden was in the kitchen. Maisie took Jayden upstairs, hid with him in
the bathroom and rang 999 on Lauren's phone. Police had been called to the house twice
before, in November and February, both times after Craig had been drinking. Craig was
arrested on 2 May and accepted a caution; he moved out the next day.

## What makes it harder

- Craig drinks most weekends, sometimes from Friday tea time to Sunday. He says he has
  "cut right down" but has not yet had a breath test that was clear on a Monday.
- Since May Lauren has had panic attacks, mostly at night. On bad mornings she cannot get
  out of bed and Maisie gets Jayden up and dressed. School recorded Maisie late nine times
  in May and June.
- Lauren misses Craig and has said she would like him home "once he's sorted".
- Jayden's speech is behind for his age and nursery think he may not hear well.

## What's working well

- Lauren rang the police herself in February and has kept Craig away from the house since
  3 May.
- Pat lives two streets away, sees the children nearly every day, and has said clearly
  that she will not let Craig near them if he has had a drink.
- Craig turned up to the mapping meeting, said "I know it was me that did it", and has
  started going to the alcohol service.
- Both children are warmly cared for, clean and well fed when Lauren is well, and Maisie is
  doing well in reading.

## What Maisie and Jayden say

Maisie did her three houses with Grace at school on 9 June.

- **House of worries:** "When Dad shouts I have to get Jayden out. I keep listening at night
  in case he comes back." "Mum cries in the mornings and I have to do Jayden's shoes."
- **House of good things:** "Nan's house. Brownies. When Mum does pancakes on Sunday."
- **House of dreams:** "Dad stops drinking and we go to the seaside all together. And I don't
  have to listen any more."

Jayden is 4 and says only a few words clearly. At nursery he plays at "police cars" with a
lot of shouting and crashing. He runs to Pat at the door and will not let go of her at
home time. When Grace visited, he sat on Lauren's knee and showed her his dinosaur book,
and he flinched and covered his ears when a van door slammed outside.

## Scaling

0 means the children cannot stay living at home; 10 means everyone is confident the
children are safe enough for the plan to end.

Grace (SW) 3 · Lauren 7 · Pat 6 · Shaun 6 · Craig 8 · Mrs Akhtar (school) 4 · Tasha Bird
(nursery) 4 · PC Lowe 3

## Worries, goals and next steps

### Worry 1 – Craig's violence when he has been drinking

**Danger statement.** Children's services, the police and Maisie's school are worried that
if Craig comes to the house when he has been drinking, he could hurt Lauren again in front
of Maisie and Jayden, and the children could be hurt getting caught up in it, and be left
as frightened as Maisie was on 2 May.

**Safety goal.** Everyone, including Maisie and Jayden, will know the children are safe
because Craig only sees them at Pat's, sober and with Pat or Shaun there all the time, and
there have been no incidents or police call-outs for at least six months.

**Bottom line.** Craig does not come to 14 Larkspur Road. He sees the children only at Pat's,
with Pat or Shaun in the room.

**Next steps**

1. Visit Maisie and Jayden at home and see each of them on their own, with at least one visit a month unannounced. *Lead:* Grace Ndlovu (SW). *When:* every 2 weeks. *We'll see:* visit notes recording what each child says about home, in their own words.
2. Key work and a breath test with Craig, and a written update before each core group on whether his drinking is coming down and what that means for his time with Maisie and Jayden. *Lead:* Dan Oyelaran, recovery worker, Nabbersley Alcohol Recovery Team. *When:* every Wednesday from 25 June 2025; update 2 working days before each core group. *We'll see:* breath test readings and Dan's written update, read out at every core group.
3. Craig starts the Caring Dads group and goes every week, including the sessions on how children feel when there is violence at home. *Lead:* Craig Pell; the facilitator, Amrit Sohal, sends the register to Grace. *When:* Thursday evenings for 17 weeks from 3 July 2025. *We'll see:* the register each month and Amrit's end-of-course report.
4. Supervise Craig's time with Maisie and Jayden at Pat's house; Craig does not take the children anywhere on his own. *Lead:* Pat Haslam (Nan). *When:* every Saturday, 10am to 1pm. *We'll see:* contact book signed by Pat after each visit and read by Grace at her next home visit.
5. Supervise Saturday contact on the weekends Pat is on shift at the care home, in the same way and at Pat's house. *Lead:* Shaun Haslam (uncle). *When:* alternate Saturdays, when Pat is working. *We'll see:* Shaun signs the contact book on those Saturdays.
6. Put a warning marker on 14 Larkspur Road so that any 999 call from the house gets an emergency response, and tell Grace when it is on. *Lead:* PC Rhiannon Lowe, Domestic Abuse Safeguarding Unit. *When:* by 25 June 2025. *We'll see:* PC Lowe's email confirming the marker, kept on the children's file.
7. Tell Grace on the same day if Craig is seen on Larkspur Road or near the school gate. *Lead:* everyone in the safety network. *When:* the same day. *We'll see:* each sighting logged on the children's file with what was done about it.

### Worry 2 – Maisie keeping watch

**Danger statement.** We are worried that Maisie feels it is her job to protect her mum
and her brother, listening out at night and getting Jayden away when there is shouting,
and that if this carries on she will not sleep, will fall behind at school and will not get
to be a 9-year-old.

**Safety goal.** Maisie tells her teacher and Grace that she feels safe at home and that the
grown-ups are in charge of keeping everyone safe; she sleeps through most nights and goes
to Brownies every week.

**Bottom line.** Maisie is never the person who has to deal with an adult's drinking or
fighting.

**Next steps**

8. Weekly ELSA session for Maisie about worries and feelings, using her own 0 to 10 worry thermometer. *Lead:* Mrs Farida Akhtar, ELSA, St Luke's CE Primary. *When:* every Tuesday in term time. *We'll see:* the ELSA record of each session with Maisie's thermometer score, shared with Grace every half term.
9. Take Maisie to Brownies so she has something each week that is just hers. *Lead:* Lauren. *When:* Monday evenings, 6pm. *We'll see:* the Brownie register, which Lauren shows Grace at visits.
10. Make a words-and-pictures story with Maisie and Jayden about what happened on 2 May, why there is a plan, and why keeping everyone safe is the grown-ups' job and not Maisie's. *Lead:* Grace Ndlovu, with Lauren. *When:* finished by 18 July 2025. *We'll see:* the story read with both children, with one copy kept at home and one at Pat's.

### Worry 3 – Bad mornings

**Danger statement.** We are worried that when Lauren has had a panic attack or a bad night
she cannot get up in the morning, so Maisie gets Jayden ready, the children go without
breakfast and are late or miss school and nursery, and Lauren may find it harder to keep
Craig away if he turns up.

**Safety goal.** Maisie and Jayden get up to a grown-up who has breakfast ready and gets them
to school and nursery on time, every school day.

**Bottom line.** If Lauren cannot get up, an adult from the safety network does the morning,
not Maisie.

**Next steps**

11. CBT sessions with Lauren for her panic attacks. *Lead:* Jo Whitcombe, psychological wellbeing practitioner, Nabbersley Talking Therapies. *When:* weekly for 8 weeks from 1 July 2025. *We'll see:* attendance at each session recorded by the service and sent to Grace.
12. Review Lauren's propranolol, ask how she is sleeping, and write to Grace with what was agreed. *Lead:* Dr Ruth Mensah, Larkspur Medical Centre. *When:* by 11 July 2025. *We'll see:* the GP's letter on the children's file.
13. Go to the Freedom Programme on Monday mornings at Nabbersley Women's Centre. *Lead:* Lauren. *When:* for 12 weeks from 30 June 2025. *We'll see:* Lauren's engagement with the course.
14. Help Lauren get Maisie and Jayden to school and nursery in the mornings. *Lead:* Pat Haslam. *When:* as and when Lauren needs her. *We'll see:* Maisie and Jayden in on time on the school and nursery registers.
15. Breakfast every day for Jayden at nursery, and a note of what time he arrives and who brings him. *Lead:* Tasha Bird, manager, Little Acorns Nursery. *When:* every nursery session. *We'll see:* the nursery arrival sheet, emailed to Grace every Friday.
16. Book Jayden's hearing test at the children's audiology clinic, as nursery have asked because of his speech. *Lead:* Lauren. *When:* by 31 July 2025. *We'll see:* –

## The safety network

- Pat Haslam (Nan), 6 Cowslip Street – sees the children most days
- Shaun Haslam (uncle), lives with Pat
- Kerry Doyle, Lauren's friend and neighbour at number 10
- Mrs Farida Akhtar (ELSA) and Mrs Jane Wilde (DSL), St Luke's CE Primary
- Tasha Bird, Little Acorns Nursery

## If the safety plan is broken

If Craig comes to 14 Larkspur Road, phones or messages Lauren outside the arrangements for
contact, or arrives at Pat's having had a drink:

- Lauren (or Maisie, who knows how) rings 999, then Grace, or the Emergency Duty Team after 5pm.
- Grace holds a strategy discussion with the police the same day.
- Maisie and Jayden go to Pat's and stay there until the strategy discussion agrees it is safe for them to go home.
- Saturday contact stops until Grace has seen Craig and done a new risk assessment.

## Meetings

- Core group every 4 weeks at St Luke's CE Primary, 3.45pm: 2 July, 30 July and 27 August 2025.
- Review child protection conference: 10 September 2025, 10am, Nabbersley Civic Centre.

*Map and plan written up by Grace Ndlovu, 19 June 2025, and read through with Lauren, Pat and Shaun on 20 June 2025.*
""",
    "findings": [
        F("W002", "Tell Grace on the same day if Craig is seen"),
        F("H001", "CBT sessions with Lauren for her panic attacks"),
        F("M002", "Go to the Freedom Programme on Monday mornings"),
        F("T002", "Help Lauren get Maisie and Jayden to school"),
        F("M001", "Book Jayden's hearing test at the children's audiology clinic"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC Child's Plan (child protection) in numbered parts, with
#    the plan as one table whose SHANARRI indicator column is merged down its
#    rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nockandrie_girfec_childs_plan_parts_indicator_merged_mackie.docx",
    "doc_title": "Child's Plan (Child Protection) - Ewan and Isla Mackie",
    "split": "tune",
    "actions": 13,
    "template": "girfec-childs-plan-docx-numbered-parts-named-person-lead-professional-kv-why-worried-my-world-paragraphs-childrens-views-strengths-outcomes-then-shanarri-indicator-column-merged-down-what-who-when-how-we-will-know-table-contingency-review-legal-advice-reporter-parents-views",
    "description": (
        "Exemplary Scottish Child's Plan for a 10-year-old and a 2-year-old on the child protection "
        "register (neglect, mother's drinking after her own mother's death), in numbered parts with "
        "Named Persons and a Lead Professional. One table, with the wellbeing indicator merged down "
        "its rows, gives each action a named worker, a time and what will show it is working; the "
        "alcohol service reports on capacity to change and the GP owns an action; the aunt's tea "
        "evenings have a fallback; core group and review case conference dates are set, and legal "
        "advice and a referral to the Children's Reporter follow insufficient progress."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Nockandrie Council · Children and Families Social Work · Nockandrie Health and Social Care "
              "Partnership"),
        ("p", "Getting it right for every child. This plan was agreed at the initial child protection "
              "planning meeting (case conference) on 5 June 2025 and replaces the Child's Plan of "
              "14 February 2025 held by Ewan's Named Person."),
        ("h1", "Part 1 – About Ewan and Isla"),
        ("kv", [
            ("Children", "Ewan Mackie, born 22/04/2015 (10), P6 at Kilbrannan Primary School; "
                         "Isla Mackie, born 30/01/2023 (2), Wee Acorns Early Learning and Childcare"),
            ("Address", "3 Balgownie Terrace, Kilbrannan, Nockandrie"),
            ("Mother", "Shona Mackie (31), lives with the children"),
            ("Father", "Gary Mackie (34), lives in Dundee; phones the children every Sunday"),
            ("Registration", "Both children's names placed on the child protection register, 05/06/2025; "
                             "area of concern: neglect"),
            ("Named Person (Ewan)", "Mrs Fiona Rennie, Depute Head Teacher, Kilbrannan Primary"),
            ("Named Person (Isla)", "Morag Lennie, health visitor, Kilbrannan Health Centre"),
            ("Lead Professional", "Calum Baird, social worker, Children and Families (West)"),
        ]),
        ("h1", "Part 2 – Why we are worried"),
        ("p", "Shona's mother died in October 2024. Since then Shona has been drinking most evenings and "
              "sometimes during the day. Ewan has been late for school 22 times since January and was found "
              "by police outside the chip shop on Station Road at 9.15pm on 17 May, having gone out to get "
              "tea for himself and Isla. On that night Shona was asleep on the couch and could not be woken "
              "properly by the officers; Isla was in her cot in a soaking nappy with bad nappy rash. The "
              "kitchen cupboards were nearly empty on two of the social worker's visits in May."),
        ("p", "How Ewan and Isla grow and develop: Isla is a happy, busy toddler but her speech is behind and "
              "she has missed her last child health review. Ewan is a bright boy who loves football; his "
              "teacher says he is tired and hungry most mornings. What they need from the people who look "
              "after them: a sober adult who makes their meals, gets them up and puts them to bed. Their "
              "wider world: Shona's sister Kirsty lives ten minutes away and is close to the children; money "
              "is very tight since Shona lost her job in March."),
        ("h1", "Part 3 – What Ewan and Isla tell us"),
        ("p", "Ewan (seen on his own at school, 29 May): \"Mum's been sad since Gran died. She has her wine "
              "and then she falls asleep. I make Isla's cereal and I put the telly on for her.\" He said the "
              "best bit of his week is football on a Wednesday and the worst bit is \"when there's no milk\". "
              "Asked what he would like to change, he said, \"For Mum to be like she was before, and for me "
              "not to have to do the tea.\""),
        ("p", "Isla is too young to tell us in words. At home she toddles to the door to meet visitors, "
              "brings her shoes to be put on, and says \"Ewan\" and \"juice\". At nursery she eats everything "
              "at snack time and falls asleep after lunch. Staff say she cries when it is time to go home on "
              "days Ewan is not the one collecting her."),
        ("h1", "Part 4 – What is going well"),
        ("bullets", [
            "Shona has been honest about her drinking and went to her first appointment at the Alcohol and "
            "Drug Recovery Service on 3 June.",
            "Kirsty has had the children for tea twice a week since May and the children love going.",
            "Ewan has not missed a football session this season and his coach says he is a natural leader.",
            "Both children are affectionate with Shona, and the house is warm and tidy.",
        ]),
        ("h1", "Part 5 – What Ewan and Isla need (outcomes)"),
        ("bullets", [
            "Safe: Ewan and Isla are looked after by a sober adult every day and night, and Ewan is never out "
            "on his own after dark to find food.",
            "Healthy: Isla's nappy rash clears, her speech is checked, and both children have regular meals "
            "and see a dentist.",
            "Achieving: Ewan gets to school on time every day, with breakfast, when the new term starts.",
            "Nurtured and Active: Ewan and Isla have a calm tea time and bedtime, and Ewan keeps playing football.",
            "Respected and Responsible: Ewan is no longer the one who looks after Isla, and his views are heard "
            "at every meeting about him.",
            "Included: there is enough money in the house for food and school uniform for Ewan and Isla.",
        ]),
        ("h1", "Part 6 – What will happen"),
        ("table", {
            "header": ["Wellbeing indicator", "What will be done", "Who (agency and person)", "When",
                       "How we will know it is working"],
            "widths": [2.2, 5.0, 3.4, 2.8, 3.6],
            "bold_first_col": True,
            "rows": [
                ["SAFE",
                 "Visit Ewan and Isla at home, see Ewan on his own, and check there is food in the house and "
                 "that Isla's cot and nappies are clean; one visit in four unannounced or after 6pm",
                 "Calum Baird, social worker (Lead Professional)", "Every week",
                 "Visit record notes what Ewan said, what was in the cupboards and how Isla was, at every visit"],
                [V,
                 "Key work and breath testing with Shona, and a written report for each core group on whether "
                 "her drinking is reducing, whether she can keep the change going, and what this means for her "
                 "care of Ewan and Isla",
                 "Iain Dewar, recovery worker, Nockandrie Alcohol and Drug Recovery Service",
                 "Weekly sessions; report 3 working days before each core group",
                 "Breath test results and the written report, read at every core group"],
                [V,
                 "Have Ewan and Isla for tea at her flat after school and nursery and walk them home by 7pm; "
                 "write in the family diary how Shona was when they got back",
                 "Kirsty Mackie (maternal aunt)", "Every Tuesday and Thursday",
                 "Family diary entry signed by Kirsty on each of those days, read by the social worker at "
                 "each visit"],
                ["HEALTHY",
                 "Weigh Isla and complete her 27–30 month child health review, including her speech, her teeth "
                 "and her nappy rash",
                 "Morag Lennie, health visitor (Isla's Named Person)",
                 "Home visit every 2 weeks; review by 31/07/2025",
                 "Weight, review findings and skin check recorded in Isla's health record and sent to the "
                 "social worker and GP"],
                [V,
                 "Register Ewan and Isla with a dentist and take them both to a first check-up",
                 "Shona Mackie", "Registered by 27/06/2025; check-ups by 15/08/2025",
                 "Dental practice confirms both appointments to the health visitor"],
                [V,
                 "See Shona about her drinking, check her liver function, and agree with the Recovery Service "
                 "whether she needs a community detox",
                 "Dr Anne Grierson, GP, Kilbrannan Medical Practice", "By 11/07/2025",
                 "Blood results and the GP's letter sent to the social worker and to Iain Dewar"],
                ["NURTURED",
                 "Sessions at home on the evening routine: tea by 5.30pm, Isla in bed by 7.30pm and Ewan by "
                 "8.30pm, with Shona doing each step and the worker alongside her",
                 "Lorna Paterson, family support worker, Nockandrie Family Support Service",
                 "Twice a week, 4pm to 7pm, for 10 weeks from 23/06/2025",
                 "Routine chart on the fridge filled in each day; Lorna's session notes; Ewan asked at each "
                 "social work visit whether tea and bedtime happened"],
                ["ACHIEVING",
                 "A free place for Ewan on the council's summer activity programme, with a bus pass to get "
                 "there",
                 "Gemma Stoddart, Community Learning and Development worker",
                 "Three days a week, 07/07/2025 to 08/08/2025",
                 "Programme register sent to the social worker every Friday"],
                [V,
                 "Breakfast club for Ewan every day of the new term; his class teacher records any late "
                 "arrival and the school phones the social worker if he is not in by 9.30am",
                 "Mrs Fiona Rennie, Depute Head Teacher (Ewan's Named Person)",
                 "Every school day from 14/08/2025",
                 "Attendance and late marks sent to the social worker each Friday; attendance above 95% by "
                 "the review case conference"],
                ["ACTIVE",
                 "Take Ewan to Kilbrannan Colts training and to his Saturday games",
                 "Shona Mackie", "Wednesdays at 6pm and Saturday mornings",
                 "Coach's attendance sheet, checked with the coach by the social worker each month"],
                ["RESPECTED AND RESPONSIBLE",
                 "Complete a Young Carer Statement with Ewan and offer him a place in the young carers group",
                 "Amy Fordyce, young carers worker, Nockandrie Carers Centre",
                 "Statement by 31/07/2025; group every other Thursday",
                 "Young Carer Statement sent to the social worker and to Ewan's Named Person; group register"],
                [V,
                 "Meet Ewan before each core group and the review case conference so that his views are "
                 "written down in his own words and taken to the meeting",
                 "Ross Halkett, Nockandrie Children's Rights and Advocacy Service",
                 "Before every core group and the review",
                 "A 'My views' sheet for each meeting, read out by Ross or by Ewan himself"],
                ["INCLUDED",
                 "Help Shona apply for the Scottish Child Payment and a school clothing grant so there is "
                 "money for food and uniform for Ewan and Isla",
                 "Moira Tait, welfare rights officer, Nockandrie Council", "Applications made by 04/07/2025",
                 "Award letters seen by the social worker"],
            ],
        }),
        ("h1", "Part 7 – If the plan is not keeping Ewan and Isla safe"),
        ("p", "If Shona is found under the influence of alcohol while she is alone with the children, if Isla "
              "is not collected from nursery by 5.45pm, or if Ewan is found out on his own after 8pm, the adult "
              "who finds this will phone the Lead Professional, or Social Work Standby out of hours, straight "
              "away. Calum Baird or Standby will hold an interagency referral discussion with police and "
              "health the same day, and Ewan and Isla will go to Kirsty's for that night."),
        ("p", "If Kirsty cannot have the children for tea on a Tuesday or Thursday, she will phone Calum that "
              "morning and he will book Ewan into the after-school club at Kilbrannan Primary and extend "
              "Isla's nursery session to 5.45pm. If Kirsty cannot take the children in an emergency, they will "
              "be looked after together by foster carers under section 25, or under a Child Protection Order "
              "if Shona does not agree."),
        ("h1", "Part 8 – Reviewing the plan"),
        ("bullets", [
            "Core group: every 4 weeks, 10am, in the family room at Kilbrannan Primary – 26/06/2025, "
            "24/07/2025 and 21/08/2025.",
            "Review child protection case conference: Thursday 04/09/2025, 1.30pm, Nockandrie Council "
            "Headquarters.",
            "If Shona's breath tests are not clear in at least three weeks out of four by the core group on "
            "21/08/2025, or the contingency in Part 7 is used twice, the Lead Professional will seek legal "
            "advice from the council's solicitor and make a referral to the Children's Reporter so that a "
            "Children's Hearing can consider compulsory measures.",
        ]),
        ("h1", "Part 9 – What Shona and Gary think of the plan"),
        ("p", "Shona: \"I know I've let things slip since Mum died. I want Ewan to be a wee boy again, not my "
              "carer. I'll do the tests.\" Gary, by phone on 4 June, said he supports the plan and would like "
              "the children to visit him in Dundee in the October holidays."),
        ("p", "Plan written by Calum Baird, Lead Professional, 06/06/2025, and shared with Shona, Gary and "
              "everyone named in Part 6."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Health visitor's safeguarding health care plan printed from a community
#    health record: numbered health needs, each with a goal for the baby and
#    lettered interventions with By / When / Evidence lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nythwick_hv_safeguarding_care_plan_need_goal_lettered_forde.txt",
    "split": "tune",
    "actions": 13,
    "template": "health-visitor-safeguarding-health-care-plan-txt-community-health-record-print-dot-leader-details-reason-babys-day-parents-views-then-numbered-health-needs-each-goal-for-baby-and-lettered-interventions-by-when-evidence-lines-escalation-meetings-supervision",
    "description": (
        "Exemplary health visitor's safeguarding care plan for a 14-week-old on a child protection plan "
        "(faltering weight, unsafe sleep, mother's postnatal depression), printed from a community "
        "health record. Each health need has a goal for the baby and lettered interventions with By / "
        "When / Evidence lines; the perinatal CPN reports on the mother's capacity to change and the "
        "likely timescale, the GP owns actions, the baby's day is described from visits, and the "
        "escalation plan, core group and review dates and the social worker's legal step are recorded."
    ),
    "text": """\
NYTHWICK COMMUNITY HEALTH NHS TRUST                 Health Visiting Service
SAFEGUARDING HEALTH CARE PLAN - CHILD SUBJECT TO A CHILD PROTECTION PLAN
Record: CareNotes Community     Printed 20/06/2025 11:02     User: HOKOYE
==========================================================================

Child ............ Ruby FORDE    DOB 09/03/2025 (14 weeks)    Ref HV-NY-30217
Address .......... 7 Willowherb Court, Nythwick
Mother ........... Chloe FORDE (20)
Father ........... Ryan ELLERY (23), lives at the address
GP ............... Dr Samuel Achebe, Nythwick Road Surgery
Social worker .... Amira Haddad, Nythwick Children's Services, Safeguarding Team 1
Health visitor ... Hannah Okoye, Nythwick West Health Visiting Team
CP plan .......... from ICPC 17/06/2025 - category NEGLECT
Service level .... Universal Partnership Plus
Care plan date ... 19/06/2025 (agreed with Chloe and Ryan at home)

--------------------------------------------------------------------------
1. WHY RUBY HAS THIS CARE PLAN
--------------------------------------------------------------------------
Ruby was born at 38 weeks weighing 3.1kg (50th centile). By her weigh on
03/06/2025 she had dropped to just below the 9th centile. Chloe was
diagnosed with postnatal depression by the GP in April and takes
sertraline; she is under the Nythwick Perinatal Mental Health Team. On
two visits in May I found Ruby asleep on the sofa beside Chloe, and on
one visit she had not been fed for over five hours. There is no cot in
the flat: Ruby sleeps in her car seat or in the parents' bed. Ruby missed
her 12-week immunisations. Ryan works days at a tyre fitter's and does
most of the evening care.

--------------------------------------------------------------------------
2. RUBY'S DAY - WHAT I HAVE SEEN
--------------------------------------------------------------------------
Ruby is a small, alert baby who watches faces closely and smiles when
Ryan talks to her. When she is hungry she roots and then cries hard;
on 03/06/2025 she cried for about ten minutes before Chloe noticed,
because Chloe had dozed off. Once fed she settles well on Ryan's chest.
Her days have no pattern yet: feeds are anywhere from two to six hours
apart, and she naps wherever she falls asleep. She has mild cradle cap
and a clean nappy area. On the last visit she turned towards Chloe's
voice and stopped crying when Chloe picked her up.

--------------------------------------------------------------------------
3. WHAT CHLOE AND RYAN SAY
--------------------------------------------------------------------------
Chloe: "Some days I just can't stay awake. I love her but I'm scared I'm
doing it all wrong." Ryan: "We'll do whatever it takes. We didn't know
about the sofa thing." Both agreed this care plan and have a copy.

--------------------------------------------------------------------------
4. HEALTH NEEDS AND PLAN
--------------------------------------------------------------------------
NEED 1 - GROWTH AND FEEDING
Goal for Ruby: Ruby feeds regularly and gains weight until she is back on
the 25th centile, and then stays on it.

  1a  Weigh Ruby at home, watch a full feed, and plot her weight on her
      centile chart.
        By ........ HV Hannah Okoye
        When ...... weekly until she has stayed on the 25th centile for
                    three weighs in a row, then fortnightly
        Evidence .. weight plotted in the red book and on CareNotes at
                    each visit; back on the 25th centile by 08/08/2025

  1b  Agree a written feeding plan with Chloe and Ryan (how much, how
      often, how to make feeds up safely) and go through it at home.
        By ........ Joanne Pike, community nursery nurse, Nythwick West
        When ...... twice a week for 4 weeks from 23/06/2025
        Evidence .. feeding plan copy on CareNotes; feed chart shows at
                    least 6 feeds in every 24 hours, checked at each visit

  1c  Keep Ruby's feed chart, writing down every feed, the time and how
      much she took.
        By ........ Chloe Forde and Ryan Ellery
        When ...... every feed, day and night
        Evidence .. completed chart seen by the HV or nursery nurse at
                    every visit

  1d  See Ruby about her possible reflux and her weight, and prescribe
      treatment if she needs it.
        By ........ Dr Samuel Achebe, GP
        When ...... appointment by 27/06/2025
        Evidence .. GP letter to the HV and the SW with the outcome and
                    any medicine started

NEED 2 - SAFE SLEEP
Goal for Ruby: Ruby sleeps on her back, in her own cot in her parents'
room, for every sleep, day and night.

  2a  Ask where Ruby slept last night and for her naps, and look at her
      sleep space.
        By ........ HV Hannah Okoye
        When ...... at every contact
        Evidence .. safe sleep checklist completed on CareNotes at each
                    visit, with where Ruby slept

  2b  Collect the cot from Nythwick Baby Bank and put it up in the
      parents' bedroom.
        By ........ Ryan Ellery
        When ...... by 25/06/2025
        Evidence .. cot seen set up with a firm flat mattress and no
                    pillows or bumpers at the HV visit on 26/06/2025

NEED 3 - CHLOE'S MOOD AND HER BOND WITH RUBY
Goal for Ruby: Ruby is cared for by a mum who notices and answers her
cues - when she is hungry, tired or wants a cuddle - and who smiles and
talks to her through the day.

  3a  Home visits to Chloe with an EPDS at each visit, and a written
      report before each core group on whether Chloe's mood is
      improving enough for her to respond to Ruby, what still needs to
      change and how long that is likely to take.
        By ........ Lisa Garside, perinatal community psychiatric nurse,
                    Nythwick Perinatal Mental Health Team
        When ...... fortnightly; report 2 working days before each core
                    group
        Evidence .. written report with EPDS scores and what the CPN saw
                    of Chloe with Ruby, read at every core group

  3b  Newborn behavioural observation sessions with Chloe and Ruby,
      helping Chloe to read what Ruby is telling her.
        By ........ HV Hannah Okoye
        When ...... weekly for 6 weeks from 24/06/2025
        Evidence .. Chloe and Ruby's interaction scored on the team's
                    observation scale in weeks 1 and 6, scores sent to
                    the SW

  3c  Review Chloe's sertraline and its dose, and tell the HV and the SW
      if a repeat prescription is not collected.
        By ........ Dr Samuel Achebe, GP
        When ...... by 04/07/2025, then at each monthly repeat
        Evidence .. GP letter after the review; collection dates sent to
                    the perinatal CPN each month

NEED 4 - RUBY'S HEALTH AND DEVELOPMENT
Goal for Ruby: Ruby has all her checks and immunisations on time and her
development stays on track.

  4a  Take Ruby for her 12-week and 16-week immunisations at Nythwick
      Road Surgery.
        By ........ Chloe Forde
        When ...... 12-week set by 04/07/2025; 16-week set by 01/08/2025
        Evidence .. immunisations recorded in the red book and on the GP
                    system, checked by the HV

  4b  Complete Ruby's 3-4 month review, including an ASQ-3.
        By ........ HV Hannah Okoye
        When ...... by 11/07/2025
        Evidence .. ASQ-3 scores and review summary sent to the SW and GP

NEED 5 - KEEPING THE CHILD PROTECTION PLAN INFORMED
Goal for Ruby: any drop in Ruby's weight, or any unsafe sleep, is picked
up and acted on the same day, so that she is never left at risk.

  5a  Write an HV report for every core group and for the review
      conference.
        By ........ HV Hannah Okoye
        When ...... 2 working days before each meeting
        Evidence .. report saved on CareNotes and receipt confirmed by
                    the SW

  5b  Tell the SW about any no-access visit, missed appointment or drop
      in Ruby's weight.
        By ........ HV Hannah Okoye
        When ...... the same day
        Evidence .. each call or email logged on CareNotes with the time
                    and the name of the person told

--------------------------------------------------------------------------
5. ESCALATION PLAN (agreed with the SW at the ICPC)
--------------------------------------------------------------------------
If Ruby loses weight at any weigh or falls below the 9th centile, if she
is found asleep on the sofa or in an adult bed, or if two planned visits
in a row get no answer, the HV will phone the SW the same day. The SW
will hold a strategy discussion that day and Ruby will be seen by the
on-call paediatrician at Nythwick General Hospital the same day.
If Chloe tells anyone she has thoughts of harming herself or Ruby, the
perinatal team will do a crisis assessment that day, and Ruby will be
cared for by Ryan with Chloe's mother, Diane Forde, staying at the flat
until the SW has agreed a new safety plan. If neither Ryan nor Diane
can care for Ruby, the SW will arrange a foster placement that day.

--------------------------------------------------------------------------
6. CHILD PROTECTION MEETINGS
--------------------------------------------------------------------------
Core group ........ every 4 weeks: 08/07/2025, 05/08/2025, 02/09/2025
Review conference . 16/09/2025, 1.30pm, Nythwick Children's Services
Legal step ........ Amira Haddad (SW) told the ICPC that if Ruby is not
                    back on or above the 9th centile by the core group on
                    05/08/2025, or is found sleeping unsafely again, she
                    will request a legal planning meeting within 5
                    working days.

--------------------------------------------------------------------------
7. SAFEGUARDING SUPERVISION
--------------------------------------------------------------------------
Discussed with Karen Pryce, Named Nurse for Safeguarding Children,
19/06/2025. Next supervision booked for 17/07/2025.

Hannah Okoye, Health Visitor (SCPHN)                      19/06/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A secondary school's own safeguarding plan for a pupil on a child
#    protection plan, laid out by the parts of the school day (merged first
#    column); PDF with header and page footer. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nimblecote_school_safeguarding_plan_by_school_day_varley.pdf",
    "doc_title": "School Safeguarding Plan - Keira Varley",
    "split": "tune",
    "actions": 12,
    "template": "secondary-school-safeguarding-plan-paged-lettered-parts-about-this-plan-kv-keiras-words-what-school-knows-aims-then-part-of-school-day-merged-first-column-what-school-will-do-staff-member-how-often-by-when-where-recorded-then-if-something-happens-meetings-copies",
    "description": (
        "Exemplary school safeguarding plan written by a secondary school's DSL for a 13-year-old on a "
        "child protection plan (mother's ex-partner's violence, self-harm, low attendance, caring for a "
        "younger brother), laid out by the parts of the school day. Every action has a named member of "
        "staff, a time or frequency and a record that will show whether it is happening; Keira's own "
        "words are recorded, the aims are hers, the contingency names triggers and responses, and the "
        "core group, review conference and the social worker's legal step are set down."
    ),
    "header": "OFFICIAL-SENSITIVE · Nimblecote Academy · Designated Safeguarding Lead",
    "footer": "School safeguarding plan – Keira Varley (Year 8) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "School Safeguarding Plan"),
        ("p", "Nimblecote Academy, Brewery Lane, Nimblecote. For a pupil who is the subject of a child "
              "protection plan. This is the school's part of the plan agreed at the initial child protection "
              "conference; it sits alongside the full plan held by Nimblecote Children's Services."),
        ("h2", "Part A – About this plan"),
        ("kv", [
            ("Pupil", "Keira Varley, born 08/01/2012 (13), Year 8, tutor group 8RB"),
            ("Lives with", "Nicola Varley (mum) and Kai Varley (brother, 4), 31 Hopfield Road, Nimblecote"),
            ("Child protection plan", "From 09/06/2025, category emotional abuse"),
            ("Social worker", "Ben Castle, Nimblecote Children's Services, Child Protection Team 2"),
            ("Designated Safeguarding Lead", "Mrs Ayesha Okeke (DSL); deputy Mr Tom Bickerstaff"),
            ("Plan written", "12/06/2025 by the DSL with Keira and Nicola; checked with Ben Castle"),
        ]),
        ("h2", "Part B – In Keira's words"),
        ("p", "Keira read this plan with Mrs Okeke and Miss Carver on 12/06/2025. She said: \"I don't want "
              "people making a big thing of it in front of everyone. School is the one place where I don't "
              "have to think about home.\" She told us that mornings are the worst because she lies awake "
              "listening for Lee's car, and that she cuts her arm \"when everything's too loud in my head\". "
              "She wants to keep going to Library Club because \"it's quiet and nobody asks questions\". She "
              "asked for the time-out card and chose the Base as her safe place. On her check-in scale she "
              "gave this week a 2 out of 5 and said she would like it to be a 4 by the summer."),
        ("h2", "Part C – What school has been told under the child protection plan"),
        ("p", "Nicola's former partner, Lee Horrocks, was violent to her at home over the past year, often "
              "in front of Keira and Kai. He was arrested on 21/05/2025 after Keira rang the police. A "
              "non-molestation order was made on 30/05/2025; it stops Lee going to the house or to Keira's "
              "school. Keira's attendance this year is 78% and she has had cuts on her forearm seen twice "
              "by staff since Easter. On two days a week she collects Kai from nursery and gives him his tea "
              "while Nicola works late shifts."),
        ("h2", "Part D – What we are aiming for"),
        ("bullets", [
            "Keira feels safe in school and knows which adult she can go to, and says so at her morning "
            "check-ins.",
            "Keira's attendance rises to 92% or more by the end of the summer term and she arrives on time.",
            "Keira's cuts heal, and she tells an adult when she feels like hurting herself.",
            "Keira is not the one responsible for Kai, and has time for friends and things she enjoys.",
        ]),
        ("h2", "Part E – The school day"),
        ("table", {
            "header": ["Part of the day", "What school will do", "Member of staff", "How often / by when",
                       "Where it is recorded (how we'll know)"],
            "widths": [2.2, 5.0, 3.0, 3.0, 3.8],
            "bold_first_col": True,
            "rows": [
                ["Arriving",
                 "Ring home if Keira is not in registration and tell the DSL, who tells the social worker",
                 "Mrs Dawn Pryce, attendance officer",
                 "Every school day: call by 9.15am, social worker told by 10am",
                 "Each call and its outcome logged on SafeLog; social worker's reply kept on Keira's file"],
                [V,
                 "Meet Keira at the Student Services door for a short check-in on how she slept, whether she "
                 "has eaten and anything worrying her, and offer her breakfast",
                 "Miss Leah Carver, pastoral lead", "Every school day at 8.35am",
                 "Check-in sheet with Keira's own 1–5 rating each morning, sent to the DSL every Friday"],
                ["Lessons",
                 "Give Keira a time-out card so she can leave any lesson for the Base without explaining, "
                 "and brief all her teachers on how it works",
                 "Mr Tom Bickerstaff, Head of Year 8", "Card and briefing by 13/06/2025",
                 "Base sign-in book shows each time Keira uses the card, checked by the DSL every week"],
                [V,
                 "Catch-up sessions in English and maths on the work Keira missed in the spring term",
                 "Mrs Priya Sandhu, SENCo", "Mondays and Wednesdays, 3.10pm to 4pm, until 16/07/2025",
                 "Work folder, and Keira's end-of-year assessment marks compared with her spring marks"],
                ["Break and lunch",
                 "Keep Keira's place at Library Club so she has somewhere quiet to go and people to sit with, "
                 "and pass any worry to the DSL",
                 "Mrs Janet Holt, librarian", "Every lunchtime, 12.40pm to 1.20pm",
                 "Library Club sign-in sheet; any worry logged on SafeLog the same day"],
                ["Looking after Keira's wellbeing",
                 "Counselling sessions in school, with an update to the DSL before each core group",
                 "Ms Orla Fenwick, school counsellor", "Every Thursday in term time, period 4, from 19/06/2025",
                 "Session log; Keira's own wellbeing score at her first session and every fourth session after "
                 "it; written update to the DSL before each core group"],
                [V,
                 "See Keira about her cuts, check they are healing, and write a self-harm safety plan with her",
                 "Ms Kate Ormerod, school nurse, Nimblecote School Nursing Service",
                 "First session by 20/06/2025, then every 2 weeks",
                 "Safety plan copy held by Keira and the DSL; any new injury recorded on a body map and "
                 "reported to the social worker the same day"],
                [V,
                 "Refer Keira to Nimblecote Young Carers and keep her place in the school's young carers group",
                 "Mr Ade Ogun, young carers lead", "Referral by 20/06/2025; group every other Friday after school in term time",
                 "Referral acknowledgement on Keira's file; young carers group register"],
                ["End of the day",
                 "Check with Keira who will be at home and how she is getting there, and walk her to the bus "
                 "stop if she is upset",
                 "Miss Leah Carver, pastoral lead", "Every school day at 3.05pm",
                 "End-of-day line on the check-in sheet, sent to the DSL every Friday"],
                ["Keeping Lee away",
                 "Show reception and gate staff Lee Horrocks's photograph, go through the non-molestation "
                 "order with them, and ring 999 and the social worker if he comes near the school",
                 "Mrs Ayesha Okeke, DSL", "Briefing by 13/06/2025; any sighting reported the same day",
                 "Briefing sheet signed by each member of staff; any sighting logged on SafeLog with the "
                 "police reference"],
                ["Working with the plan",
                 "Write a school report for every core group and the review conference, covering attendance, "
                 "check-in scores and what Keira has said",
                 "Mrs Ayesha Okeke, DSL", "2 working days before each meeting",
                 "Report on Keira's file and receipt confirmed by the social worker"],
                [V,
                 "Book Keira three days a week on the summer holiday activity programme and send the details "
                 "to Nicola and the social worker",
                 "Miss Leah Carver, pastoral lead", "Booked by 11/07/2025; programme runs 28/07/2025 to 15/08/2025",
                 "Booking confirmation on file; programme register passed to the social worker every week"],
            ],
        }),
        ("h2", "Part F – If something happens"),
        ("p", "If Keira is not in school and neither she nor Nicola can be reached by 10am, the DSL will phone "
              "the social worker, and if there is still no contact by 11am the DSL will ask the police to carry "
              "out a safe and well check at 31 Hopfield Road."),
        ("p", "If Keira tells us that Lee has been to the house, or that anyone has hurt her, her mum or Kai, "
              "the DSL will ring 999 if anyone is in danger now and the social worker or the children's "
              "services duty team straight away. Keira will stay in school with Miss Carver until the social "
              "worker has agreed where she will go that evening."),
        ("p", "If Keira has a wound that needs more than first aid, or says she wants to end her life, a first "
              "aider will stay with her, the school will ring 999 or take her to A&E with Nicola, and the DSL "
              "will tell the social worker the same day."),
        ("h2", "Part G – Meetings"),
        ("bullets", [
            "Core group every 4 weeks, 3.30pm: 25/06/2025 at Nimblecote Academy, then 23/07/2025 and 20/08/2025 "
            "at Nimblecote Family Hub.",
            "Review child protection conference: 03/09/2025, 10am, Nimblecote Town Hall.",
            "From the child protection plan: if Lee returns to the house, or Keira's attendance is below 85% "
            "at the core group on 23/07/2025, Ben Castle will ask his manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h2", "Part H – Who has a copy"),
        ("p", "Keira; Nicola Varley; Ben Castle (social worker); Mrs Okeke (DSL); Mr Bickerstaff (Head of "
              "Year 8); Miss Carver (pastoral lead); Ms Fenwick (school counsellor); Ms Ormerod (school "
              "nurse). Keira's teachers have been told only what they need to know to use the time-out card."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Joint police and children's services safety plan, adopted as the child
#    protection plan: police, children's services and joint/partner parts,
#    each its own Ref / Action / Officer / Complete by / Evidence table; PDF
#    with header and footer. Faults throughout.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nowerby_police_csc_joint_safety_plan_agency_parts_mensforth.pdf",
    "doc_title": "Joint Safety Plan - Logan Mensforth and Ivy Dace",
    "split": "tune",
    "actions": 16,
    "template": "joint-police-and-childrens-services-safety-plan-paged-reference-kv-crime-bail-dash-marac-what-happened-shared-view-of-risk-childrens-experience-safety-outcomes-then-police-csc-and-joint-partner-parts-each-ref-action-officer-complete-by-evidence-table",
    "description": (
        "Joint safety plan by a police public protection unit and children's services, adopted as the "
        "child protection plan for a 6-year-old and an 18-month-old after the younger child's father "
        "assaulted their mother (he is on bail; cocaine and alcohol recorded). Separate police, "
        "children's services and joint tables. Faults: bail checks have no officer and are 'ongoing', "
        "the alarm is fitted 'as soon as practicable', the assessment update has no measure, support to "
        "the mother is measured by 'engagement', 'Both agencies' own information sharing, one outcome "
        "is only the mother's, no adult service owns an action about the father's drug and alcohol "
        "use, and the review conference is 'to be arranged'."
    ),
    "header": "OFFICIAL-SENSITIVE | Nowerby Police Public Protection Unit and Nowerby Council Children's Services",
    "footer": "Joint Safety Plan JSP/25/0412 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Joint Safety Plan – Police and Children's Services"),
        ("p", "Agreed at the initial child protection conference on 16/06/2025 and adopted as the children's "
              "child protection plan (category: emotional abuse). Nowerby Police and Nowerby Council "
              "Children's Services each hold a copy; Amy Mensforth has a copy."),
        ("h2", "Reference details"),
        ("kv", [
            ("Joint plan reference", "JSP/25/0412"),
            ("Crime reference", "NW/25/11873 – assault occasioning actual bodily harm, 24/05/2025"),
            ("Children", "Logan Mensforth, born 02/03/2019 (6), Year 1, Ashgrove Infant School; "
                         "Ivy Dace, born 19/12/2023 (18 months)"),
            ("Address", "9 Thornbury Close, Nowerby"),
            ("Mother", "Amy Mensforth (26)"),
            ("Suspect", "Ryan Dace (29), Ivy's father; charged, on conditional bail to Nowerby Magistrates' "
                        "Court on 14/08/2025: no contact with Amy directly or indirectly, not to enter "
                        "Thornbury Close"),
            ("Risk", "DASH high risk (17 ticks), 26/05/2025; MARAC 03/07/2025"),
            ("Police lead", "DS Karen Whitby, Domestic Abuse Investigation Team"),
            ("Children's services lead", "Sarah Quinlan, social worker, Nowerby Safeguarding Team East"),
        ]),
        ("h2", "1. What has happened"),
        ("p", "On 24/05/2025 Ryan came to the house at about 11pm. He had been drinking and, he later told "
              "officers, using cocaine since the afternoon. He accused Amy of seeing someone else, grabbed "
              "her by the throat and pushed her to the floor in the living room while she was holding Ivy. "
              "Logan woke and came downstairs. A neighbour called the police. This was the fourth call to "
              "police about Ryan in a year; on two of the earlier calls he was also drunk. Ryan's previous "
              "partner in Leeds told police he was violent when using cocaine."),
        ("h2", "2. Shared view of the risk"),
        ("p", "Police and children's services agree that the risk of serious harm to Amy, and of Logan and "
              "Ivy being hurt or caught up in violence, is high while Ryan is on bail and before the trial. "
              "Ryan has sent Amy messages through a friend since the bail conditions were set, which police "
              "are investigating. Amy has kept Ryan away since May and has co-operated with the prosecution, "
              "but she told the conference she still loves him and worries about Ivy losing her dad."),
        ("h2", "3. What Logan and Ivy are living with"),
        ("p", "Logan (seen on his own at school by Sarah Quinlan, 10/06/2025): \"Ryan hurt Mummy's neck and "
              "Ivy was crying. I hid behind the settee.\" He said he sleeps with the landing light on and that "
              "he would like \"a lock on the door that Ryan can't open\". He likes school and his best friend "
              "Alfie, and he wants to go to the football club on Saturdays."),
        ("p", "Ivy is not yet talking in sentences. On visits she stays close to Amy, clings when the door "
              "buzzer goes and startles at loud voices. She eats well, is clean and well dressed, and babbles "
              "and laughs when Logan plays peepo with her."),
        ("h2", "4. Safety outcomes"),
        ("bullets", [
            "Logan and Ivy live without violence or threats at home and have no contact with Ryan except as a "
            "court or this plan allows.",
            "Logan knows what to do if Ryan comes to the house and says he feels safe at home and at school.",
            "Ivy is calm and settled at home and her development is on track at her 2-year review.",
            "Amy feels supported through the court process and able to give her evidence.",
        ]),
        ("h2", "5. Police actions"),
        ("table", {
            "header": ["Ref", "Action", "Officer", "Complete by", "Evidence of completion"],
            "widths": [1.0, 6.0, 3.3, 2.8, 3.9],
            "rows": [
                ["P1", "Put a high-risk warning marker on 9 Thornbury Close so that any call from the address is "
                       "graded as an emergency",
                 "PC Jordan Fell 4471, DA Safeguarding Unit", "18/06/2025",
                 "Marker confirmation emailed to the social worker and DS Whitby"],
                ["P2", "Bail conditions to be checked and any breach acted on",
                 "–", "Ongoing",
                 "Each check and any breach recorded on the crime report"],
                ["P3", "Fit a monitored alarm at the address and show Amy and Logan how to use it",
                 "PC Jordan Fell 4471, DA Safeguarding Unit", "As soon as practicable",
                 "Alarm fitted and tested; fitting record sent to the social worker"],
                ["P4", "Patrol past 9 Thornbury Close during evening shifts",
                 "Sgt Paul Amadi, Nowerby East Neighbourhood Team",
                 "Every evening, 6pm to midnight, until 14/08/2025",
                 "Patrol log sent to DS Whitby every Monday"],
                ["P5", "Keep Amy updated on the case, and ask the court for a restraining order covering Amy and "
                       "the children if Ryan is convicted",
                 "DC Neil Sandhu, officer in the case",
                 "Update every 2 weeks; court date 14/08/2025",
                 "Victim updates logged on the crime report; court result sent to the social worker the "
                 "same day"],
                ["P6", "Refer the case to MARAC and present it at the meeting",
                 "DS Karen Whitby", "MARAC on 03/07/2025",
                 "MARAC actions circulated to every agency by 07/07/2025"],
            ],
        }),
        ("h2", "6. Children's services actions"),
        ("table", {
            "header": ["Ref", "Action", "Worker", "Complete by", "Evidence of completion"],
            "widths": [1.0, 6.0, 3.3, 2.8, 3.9],
            "rows": [
                ["C1", "Visit Logan and Ivy at home, see Logan on his own and Ivy awake, and check that the "
                       "safety plan is in place",
                 "Sarah Quinlan, social worker", "Weekly",
                 "Visit records show Logan seen alone and his words written down"],
                ["C2", "Update the single assessment, including Amy's ability to protect Logan and Ivy from Ryan",
                 "Sarah Quinlan, social worker", "25/07/2025", ""],
                ["C3", "Support Amy to keep working with the IDVA",
                 "Sarah Quinlan, social worker", "Fortnightly", "Amy's engagement"],
                ["C4", "Apply for a funded two-year-old nursery place for Ivy at Little Wrens Nursery",
                 "Sarah Quinlan, social worker", "By 11/07/2025, to start 01/09/2025",
                 "Place confirmed in writing; nursery attendance sent to the social worker monthly from "
                 "September"],
                ["C5", "Direct work with Logan on his own safety plan: the code word, his safe room and how to "
                       "ring 999",
                 "Mel Hartley, family support worker", "Weekly for 6 weeks from 23/06/2025",
                 "Logan tells the social worker what he would do, recorded at the visit after the last "
                 "session; his safety plan drawing kept at home"],
            ],
        }),
        ("h2", "7. Joint and partner actions"),
        ("table", {
            "header": ["Ref", "Action", "Officer / worker", "Complete by", "Evidence of completion"],
            "widths": [1.0, 6.0, 3.3, 2.8, 3.9],
            "rows": [
                ["J1", "Share any incident, sighting, call or message from Ryan with the other agency",
                 "Both agencies", "Same day",
                 "Logged on the crime report and on the children's file"],
                ["J2", "Joint home visit to go through the written safety plan with Amy and with Logan",
                 "Sarah Quinlan (social worker) and PC Jordan Fell", "By 27/06/2025",
                 "Safety plan signed by Amy; copies held by Amy, the police and children's services"],
                ["J3", "Review the DASH risk assessment with Amy and update her own safety plan",
                 "Hollie Grant, IDVA, Nowerby Domestic Abuse Service", "Every 4 weeks",
                 "Updated DASH score and safety plan sent to the social worker and DS Whitby"],
                ["J4", "Weekly check-in with Logan at school; anything he says about home passed to the social "
                       "worker",
                 "Mrs Dee Rowntree, DSL, Ashgrove Infant School", "Every Monday in term time",
                 "DSL log; any disclosure reported to the social worker the same day"],
                ["J5", "Bring Ivy's 2-year review forward and check her speech, sleep and weight",
                 "Tanya Brooks, health visitor", "By 31/07/2025",
                 "ASQ-3 scores and review summary sent to the social worker"],
            ],
        }),
        ("h2", "8. If Ryan breaches his bail or the safety plan"),
        ("p", "If Ryan comes to Thornbury Close, contacts Amy or the children in any way, or is seen near "
              "Ashgrove Infant School, Amy (or Logan, using the code word) will ring 999. Police will attend as "
              "an emergency and arrest Ryan for breach of bail. Sarah Quinlan, or the Emergency Duty Team out "
              "of hours, will hold a strategy discussion with police the same day. If Amy and the children "
              "cannot stay safely at home, the IDVA will arrange a refuge place through Nowerby Women's Aid "
              "that night, or the children will stay with Amy's mother, Lorraine Mensforth, in Crossgates."),
        ("p", "If Amy lets Ryan back into the home, Sarah Quinlan will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h2", "9. Reviewing this plan"),
        ("bullets", [
            "Core group every 4 weeks at Nowerby Family Hub, 10am: 30/06/2025, 28/07/2025 and 25/08/2025. "
            "DS Whitby or PC Fell will attend each one.",
            "Police risk review: after the court hearing on 14/08/2025.",
            "Review child protection conference: to be arranged after the criminal trial.",
        ]),
        ("p", "Signed for Nowerby Police: DS Karen Whitby. Signed for Nowerby Children's Services: Sarah "
              "Quinlan, social worker, and Joanne Platt, team manager. 17/06/2025."),
    ],
    "findings": [
        F("W001", "Bail conditions to be checked and any breach acted on"),
        F("T002", "Bail conditions to be checked and any breach acted on"),
        F("T002", "Fit a monitored alarm at the address and show Amy"),
        F("M001", "Update the single assessment, including Amy's ability to protect"),
        F("M002", "Support Amy to keep working with the IDVA"),
        F("W002", "Share any incident, sighting, call or message from Ryan"),
        F("F002", "Amy feels supported through the court process and able to give her evidence."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Family group conference plan typed by the coordinator: the social
#    worker's bottom lines and questions, then the family's answers in their
#    own words, then what services agreed; Word saved as plain text, one
#    line per paragraph (txt). Faults throughout.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_neddersham_fgc_questions_family_answers_services_brannock.txt",
    "split": "tune",
    "actions": 13,
    "template": "fgc-family-plan-word-saved-as-text-one-line-paragraphs-who-came-information-giving-bottom-lines-numbered-questions-childs-words-via-advocate-then-family-answers-numbered-under-each-question-in-first-person-then-services-agreed-blocks-asked-for-who-when-how-plan-b-review",
    "description": (
        "Family group conference plan for a 7-year-old and a 3-year-old on child protection plans "
        "(mother's cocaine and alcohol use, neglect), typed by the coordinator: bottom lines and "
        "questions from the social worker, the child's words through her advocate, the family's numbered "
        "answers in their own words, then what services agreed. Faults: 'all of us' own one answer, "
        "great-auntie helps 'whenever she can', the dentist has no date, the mother's group is measured "
        "by 'doing better', the relatives' support group has no measure, the family support worker has "
        "no named owner, Plan B sends the children to Nan with no fallback, the review conference date "
        "is 'to be confirmed', and nothing says legal planning follows."
    ),
    "text": """\
NEDDERSHAM FAMILY GROUP CONFERENCE SERVICE
Independent of the social work teams - Neddersham Borough Council

FAMILY PLAN for Ava-Rose Brannock (7) and Frankie Brannock (3)

Conference held: Saturday 14 June 2025, 10am to 3.15pm
Venue: Upper Hall, Neddersham Community Centre (the family's choice)
Coordinator: Marcia Evans
Referred by: Dean Oduya, social worker, Neddersham Children's Services. Ava-Rose and Frankie have been on child protection plans since 29 May 2025 (category: neglect).

WHO CAME

Jodie Brannock - Mum
Sharon Brannock - Nan (Jodie's mum), lives on Alder Street
Pauline Hewitt - Great-auntie Pauline (Sharon's sister)
Terry Brannock - Grandad (Jodie's dad), lives in Gorsey Bank
Kerry-Lee Shaw - Jodie's best friend, lives four doors down
Ava-Rose - came for the first hour with her advocate
Nia Lloyd - advocate for Ava-Rose, Neddersham Children's Rights Service
Dean Oduya - social worker (information giving, then came back to agree the plan)
Gemma Pryce - Frankie's keyworker, Bumblebees Nursery (information giving only)
Not able to come: the children's dad, Liam Cartwright, who is in prison until next year. He sent a letter, which Marcia read out.

INFORMATION GIVING (what Dean and Gemma told the family)

Since January Jodie has been using cocaine and drinking at weekends, and sometimes in the week. In May a neighbour rang the police at 2am because Frankie was crying at the window and nobody came; Jodie was asleep and could not be woken for some time, and there were people in the house who had been using. Ava-Rose has missed 19 days of school since Easter and has often come in hungry and in dirty uniform. Frankie's teeth are decaying and he has not been to a dentist. Gemma said Frankie is a lovely, chatty boy who is always hungry on Mondays. Dean said that Jodie loves her children, has been honest about her drug use and has started going to the Recovery Hub, and that the family are the children's biggest strength.

THE SOCIAL WORKER'S BOTTOM LINES

A. Ava-Rose and Frankie must never be looked after by anyone who has used drugs or been drinking.
B. When Jodie has the children overnight there must be a sober adult she can call on, who checks in every night.
C. Ava-Rose must be at school every day and Frankie at nursery on his days.

THE QUESTIONS FOR THE FAMILY

Q1. How will you make sure Ava-Rose and Frankie are always looked after by a sober adult, day and night?
Q2. How will you make sure the children get to school and nursery every day, fed and clean?
Q3. How will Jodie be helped to stop using and drinking, and how will everyone know it is working?
Q4. What will happen if the plan does not work?

WHAT AVA-ROSE SAID

Ava-Rose told Nia before the conference, and said it again herself in the first hour: "I want Mummy to stop having parties. When there's people round I have to stay in my room and I get hungry. I like it at Nanny's because she does fish fingers and I have my own bed. I want to go to school every day because I miss my friend Lacey." She drew a picture of her family with her mum and Frankie in the middle and "no strangers". Frankie is too young to say, but Gemma sees him run in to breakfast at nursery, and he cries for his nan at home time on Mondays.

WHAT WE ALL WANT FOR AVA-ROSE AND FRANKIE

- The kids always have a grown-up who is sober looking after them, and no more parties or strangers in the house.
- Ava-Rose is in school every day and Frankie is at nursery on his days, with breakfast in their tummies and clean clothes on.
- Frankie's teeth get sorted and he isn't in pain.
- Ava-Rose can be a little girl and not have to hide in her room.

OUR PLAN (written by the family in private family time, in our own words)

Q1 - A sober adult, day and night

1. Sharon (Nan): "I'll have Ava-Rose and Frankie at mine every Friday and Saturday night. I'll write it on the calendar in my kitchen so Dean can see it when he comes."
2. Kerry-Lee: "Sunday to Thursday I'll knock on at 8pm every night and see Jodie and the kids. I'll text Sharon a thumbs up, or ring her if something's not right, and Sharon keeps the texts on her phone to show Dean."
3. All of us: "We'll keep Jodie away from the people she used to use with, every weekend, and anyone who sees them round at Jodie's writes it in the family book at Sharon's."

Q2 - School and nursery, fed and clean

4. Terry (Grandad): "I'll drive Ava-Rose to school and Frankie to nursery on Monday, Tuesday and Wednesday mornings. The school and nursery registers will show them in on time."
5. Jodie: "I'll take them myself on Thursdays and Fridays, and I'll have their uniforms washed the night before. The registers will show they got there."
6. Auntie Pauline will pop round to help with the washing and the kids' tea whenever she can, and she'll put what she did in the family book.
7. Nan will take Frankie to the dentist to get his teeth checked, and she'll keep the appointment card to show Dean.

Q3 - Helping Jodie stop

8. Jodie: "I'll go to the Recovery Hub's Tuesday group every week. How we'll know: I'll be doing better and everyone will see it."
9. Sharon and Terry will go to the family support group for relatives at the Recovery Hub on the first Monday of every month.

WHAT THE FAMILY ASKED SERVICES FOR, AND WHAT WAS AGREED (Dean agreed these at the end of the conference)

10. Drug and alcohol testing for Jodie, and a letter for each core group saying whether her use is going down and what that means for her looking after Ava-Rose and Frankie
    Who: Mo Rahman, keyworker, Neddersham Recovery Hub
    When: every week from 17 June 2025; letter 2 working days before each core group
    How we'll know: test results and Mo's letter, read at every core group
11. Help with Frankie's bedtime routine from a family support worker, two evenings a week
    Who: -
    When: two evenings a week for 8 weeks from 23 June 2025
    How we'll know: the worker's notes and a bedtime chart on the fridge
12. Visits to the kids at home, seeing Ava-Rose on her own and Frankie at nursery
    Who: Dean Oduya, social worker
    When: every 2 weeks
    How we'll know: Dean's visit notes with what Ava-Rose says, in her words
13. A check-in for Ava-Rose every Monday morning, and a phone call to Jodie and Dean if she is not in by 9.15am
    Who: Mrs Yasmin Khan, learning mentor, Neddersham St Peter's Primary
    When: every Monday in term time; call by 9.30am on any day she is missing
    How we'll know: the school's check-in log and attendance, sent to Dean every Friday

OUR PLAN B (Q4)

If Jodie has been using or drinking when she has the kids, or Kerry-Lee can't get an answer at 8pm, whoever finds out rings Sharon, and Sharon comes straight round and takes Ava-Rose and Frankie back to hers. Sharon rings Dean the same day, or the emergency duty team at night (the number is on her fridge). The kids stay at Sharon's until Dean says it's OK for them to go home.

REVIEWING THE PLAN

Review family group conference: Saturday 13 September 2025, same venue. Marcia will send the invitations.
Core group: every 4 weeks at Bumblebees Nursery, 9.30am - 26 June, 24 July and 21 August 2025.
Review child protection conference: date to be confirmed by Children's Services.

Agreed by: Jodie Brannock, Sharon Brannock, Pauline Hewitt, Terry Brannock, Kerry-Lee Shaw. Agreed for Neddersham Children's Services by Dean Oduya, 14 June 2025. Typed by Marcia Evans, FGC coordinator, 16 June 2025, and posted to everyone who came.
""",
    "findings": [
        F("W002", "keep Jodie away from the people she used to use with"),
        F("T002", "Auntie Pauline will pop round to help with the washing"),
        F("T001", "Nan will take Frankie to the dentist to get"),
        F("M002", "I'll go to the Recovery Hub's Tuesday group every week"),
        F("M001", "Sharon and Terry will go to the family support group"),
        F("W001", "Help with Frankie's bedtime routine from a family support worker"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Combined child protection and placement plan for a 3-week-old baby in a
#    parent-and-child foster placement with his mother, pre-proceedings;
#    "What Theo needs" column merged down its rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_nallowmere_parent_child_placement_theo_needs_merged_ellis.docx",
    "doc_title": "Plan for Theo Ellis in the parent and child placement",
    "split": "tune",
    "actions": 12,
    "template": "parent-and-child-foster-placement-combined-cp-and-placement-plan-docx-legal-status-kv-how-theo-came-to-be-here-theos-days-observed-by-carer-megans-view-what-theo-needs-numbered-then-theo-needs-column-merged-down-what-who-when-how-we-will-know-table-if-things-go-wrong-meetings-legal-step",
    "description": (
        "Exemplary combined child protection and placement plan for a 3-week-old baby placed with his "
        "19-year-old mother (a care leaver with depression) in a parent-and-child foster placement under "
        "section 20, during pre-proceedings; his father assaulted the mother in pregnancy. The table's "
        "'What Theo needs' column is merged down its rows. Every action has an owner, a time and a record "
        "that will show progress; the perinatal CPN reports on capacity to change and the likely "
        "timescale, the GP owns an action, Theo's days are described from the carer's log, the "
        "contingency is specific, and core group, review conference and the legal gateway step are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Plan for Theo in the Parent and Child Placement"),
        ("p", "Nallowmere City Council · Children's Services · Child protection plan and placement plan "
              "(combined)"),
        ("p", "Agreed at the core group and placement planning meeting held together on 20/06/2025 at "
              "Nallowmere Family Centre. This plan replaces the pre-birth child protection plan of "
              "06/05/2025."),
        ("h2", "About Theo"),
        ("kv", [
            ("Baby", "Theo Ellis, born 02/06/2025 (3 weeks)"),
            ("Placement", "With his mother in a parent and child foster placement with Jan and Phil Webb, "
                          "Nallowmere Fostering Service, since 06/06/2025"),
            ("Legal status", "Theo is accommodated under section 20 of the Children Act 1989 with Megan's "
                             "written agreement. Pre-proceedings (PLO): letter before proceedings sent "
                             "12/05/2025; Megan has a solicitor."),
            ("Child protection plan", "Since the pre-birth conference of 06/05/2025; category: physical abuse "
                                      "(risk)"),
            ("Mother", "Megan Ellis (19), care leaver"),
            ("Father", "Daniel Rook (22), lives in Harwell Street, Nallowmere; has parental responsibility"),
            ("Social worker", "Owen Pryce, Nallowmere Children's Services, Safeguarding Team West"),
            ("Supervising social worker for the carers", "Rachel Ames, Nallowmere Fostering Service"),
            ("Independent reviewing officer", "Sue Lane"),
        ]),
        ("h2", "How Theo came to be here"),
        ("p", "Megan was in care herself from the age of 11 and left her supported lodgings in January. She "
              "has had depression since she was 15 and takes sertraline; she has a history of self-harm, "
              "although she has not hurt herself for over a year. When Megan was 28 weeks pregnant Daniel "
              "pushed her down the stairs at his flat during an argument, and police gave him a caution. "
              "Megan ended the relationship but went back to Daniel twice before Theo was born. Theo was "
              "born on 02/06/2025 and came to Jan and Phil's with Megan four days later, as agreed at the "
              "pre-birth conference, so that Megan can show she can care for him safely, with support, "
              "while she is assessed."),
        ("h2", "What Theo's days are like"),
        ("p", "From Jan's daily log and the social worker's visits: Theo feeds every three to four hours and "
              "takes 90 to 110ml. He roots and makes little grunting noises before he cries; Megan now picks "
              "these up most of the time in the day, but at night Jan has twice had to wake her when Theo "
              "had been crying for several minutes. Theo settles quickest on Megan's shoulder and quietens "
              "when she talks to him. He sleeps in a cot in Megan's room. At family time on 13 and 17 June "
              "he was calm with Daniel, who held him carefully but handed him back as soon as he cried. He "
              "has regained his birth weight and is on the 50th centile."),
        ("h2", "What Megan says"),
        ("p", "\"I want to prove I can do it. I know I need help at night because I sleep really heavy on my "
              "tablets. Jan's been brilliant, she doesn't make me feel stupid. I don't want Daniel back, I "
              "just want Theo to know his dad.\""),
        ("h2", "What Theo needs"),
        ("numbers", [
            "Theo is fed on time, day and night, gains weight steadily and has his cues noticed and answered.",
            "Theo sleeps safely, on his back in his own cot, for every sleep.",
            "Theo is kept safe from violence, and any time he spends with his dad is safe.",
            "Theo is cared for by a mum whose mood is stable enough for her to wake for him, feed him and "
            "comfort him.",
            "Theo has a settled home for the long term, decided within his timescale.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["What Theo needs", "What will happen", "Who", "When", "How we will know"],
            "widths": [2.6, 5.0, 3.2, 2.8, 3.4],
            "bold_first_col": True,
            "rows": [
                ["1. To be fed and to grow well",
                 "Make up and give Theo's feeds day and night, with Jan in the room for night feeds until the "
                 "placement review on 22/07/2025",
                 "Megan Ellis, with foster carer Jan Webb observing", "Every feed, day and night",
                 "Jan's daily log records the time and amount of each feed and how Megan responded to Theo's "
                 "cues; Theo's weight stays on or above the 50th centile"],
                [V,
                 "Weigh Theo and check his feeding and development at the placement",
                 "Leanne Foster, health visitor, Nallowmere Central HV Team",
                 "Weekly until 8 weeks old, then fortnightly",
                 "Weights plotted in the red book, with a copy of each entry sent to the social worker"],
                ["2. To sleep safely",
                 "Put Theo down on his back in his cot in Megan's room for every sleep; Jan checks on him at "
                 "11pm and 3am",
                 "Megan Ellis; night checks by Jan Webb", "Every sleep; checks every night",
                 "Night log signed by Jan each morning; cot and sleep space seen by the social worker at "
                 "every visit"],
                ["3. To be safe from violence",
                 "Supervised family time for Theo with his dad at Nallowmere Family Centre",
                 "Kemi Adeyemi, family time worker", "Tuesdays and Fridays, 2pm to 4pm",
                 "Written record of each session sent to the social worker within 2 working days"],
                [V,
                 "Daniel attends the Changing Course domestic abuse programme, including the sessions on "
                 "babies and violence at home",
                 "Daniel Rook; facilitator Marcus Bell reports to the social worker",
                 "Weekly for 24 weeks from 01/07/2025",
                 "Attendance sheet every month and a mid-course report by 30/09/2025"],
                ["4. A mum who is well enough to care for him",
                 "See Megan at the placement and write a report for each core group on her mood and early "
                 "warning signs, whether she can make and keep the changes Theo needs, and how long that is "
                 "likely to take",
                 "Nadia Bello, community psychiatric nurse, Nallowmere Perinatal Mental Health Team",
                 "Fortnightly; report 2 working days before each core group",
                 "Written report with EPDS scores and what the CPN saw of Megan with Theo, read at every "
                 "core group"],
                [V,
                 "Review Megan's sertraline now that she is in the placement, and tell the CPN if a "
                 "prescription is not collected",
                 "Dr Helen Marsh, GP, Tollgate Surgery", "By 04/07/2025, then at each monthly repeat",
                 "GP letter to the social worker and CPN; prescription collection record"],
                ["5. A settled home, decided in time for him",
                 "Parenting assessment of Megan in the placement, using Jan's daily observations and weekly "
                 "sessions with Megan",
                 "Chloe Dunmore, assessing social worker, Nallowmere Family Assessment Team",
                 "12 weeks from 09/06/2025: interim report by 21/07/2025, final report by 01/09/2025",
                 "Interim and final reports shared with Megan, her solicitor, the core group and the PLO "
                 "review meeting"],
                [V,
                 "Keep the placement daily log and write a weekly summary of Megan's care of Theo",
                 "Jan Webb, parent and child foster carer", "Log every day; summary every Friday",
                 "Weekly summary emailed to the social worker, the assessing social worker and Rachel Ames"],
                [V,
                 "Help Megan join the housing register and plan for a flat, so that there is a home ready "
                 "for Theo and Megan if the assessment is positive",
                 "Kyle Adams, personal adviser, Nallowmere Leaving Care Team",
                 "Housing application by 04/07/2025",
                 "Housing register confirmation letter seen by the social worker"],
                ["6. To have his health checks",
                 "Take Theo to his 6-to-8-week check and his 8-week immunisations, with Jan going too",
                 "Megan Ellis", "Check by 25/07/2025; immunisations by 01/08/2025",
                 "Check and immunisations recorded in the red book and seen by the health visitor"],
                ["7. To be seen by his social worker",
                 "Visit Theo at the placement, see him awake and being cared for, and talk to Megan and Jan "
                 "separately",
                 "Owen Pryce, social worker", "Weekly, with at least one visit a month unannounced",
                 "Visit records describe Theo's care and what Megan and Jan each say about how it is going"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Megan leaves the placement with Theo without agreement or does not come back at the agreed "
              "time, if Theo is found asleep in Megan's bed or on a sofa, if Daniel comes to the placement or "
              "contacts Megan outside family time, or if Megan says she has thoughts of harming herself or "
              "Theo, Jan will ring Owen Pryce straight away, or the Emergency Duty Team out of hours, and 999 "
              "if Theo is in danger now. Owen or the Emergency Duty Team will hold a strategy discussion the "
              "same day. Theo will stay in Jan and Phil's care, as they are approved to look after him on his "
              "own, until it is agreed how Megan's care of him can safely continue."),
        ("p", "If Megan withdraws her agreement under section 20 and tries to take Theo somewhere that is not "
              "safe, Owen will ask the police to use their powers of protection and the council will apply to "
              "court for an emergency protection order."),
        ("h2", "Meetings and reviews"),
        ("bullets", [
            "Core group every 4 weeks at Nallowmere Family Centre, 10am: 18/07/2025, 15/08/2025 and 12/09/2025.",
            "Review child protection conference: 05/08/2025, 1.30pm, Nallowmere Civic Offices.",
            "Looked after review with Sue Lane (IRO): 01/07/2025 at the placement.",
            "PLO review meeting with Megan and her solicitor: 08/09/2025.",
            "If the interim assessment report on 21/07/2025 finds that Megan cannot meet Theo's needs safely "
            "even with support, or the contingency above is used twice, Owen will ask for a legal gateway "
            "meeting within 5 working days to decide whether to issue care proceedings.",
        ]),
        ("p", "Plan written by Owen Pryce, social worker, 23/06/2025. Copies to Megan, her solicitor, Daniel, "
              "Jan and Phil Webb, Rachel Ames, Sue Lane and everyone named in the plan."),
    ],
    "findings": [],
})
