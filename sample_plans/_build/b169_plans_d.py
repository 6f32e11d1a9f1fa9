"""Batch 169, module d: seven fictional plans (held-out material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals and councils. Any likeness to real people or
cases is a coincidence. Labels were written by hand from docs/rules.md and
the conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint, importing it or reading its code.

Focus: the WHEN and the HOW-WE-WILL-KNOW of good plans, in seven templates
of the writer's own. Times are tied to the children's lives ("before Zofia
starts reception in September", "before his first birthday", "every school
day", "at her 2-year review", "before each contact", "until she is one")
and to the plan ("within two weeks of conference", "by CG4 (07/04/2026)",
"from today until the next review", "two working days before each core
group", a "Frequency / end date" column, a "Review by" field). Measures are
what someone will see, count or read: registers, a centile chart, breath
tests, a GAD-7 score, a scaling score two workers agree, a tidy-home
checklist score, the child's own words to a named person, a letter on
file; some are given once for a group (the check written under each
outcome in plan 2) or keyed by number in a separate part (plan 6). In the
four faulty plans a few times and measures are not real ones ("As and
when", "when Jodie is ready", "Ongoing", "asap", "TBC", "Monitor", "feedback
at core group", "Improvement in ...", "N/A", "-"), with a few other Child Z
faults.

1. an initial conference plan for three children (mother's depression,
   father's drinking and violence) as a landscape Word table of No. /
   Worry it answers / What needs to happen / Lead person / Frequency / end
   date / What we will see or count (docx). Faults: the CPN's support
   sessions measured by attendance (H001), the GP's medication review
   measured by "Monitor" (M002), family support "As and when" (T002), the
   nursery application with "-" for its time (T001), "All agencies"
   sharing worries (W002), the dentist row with "-" for its measure (M001);
2. a review conference plan written as bullets under each outcome, each
   outcome carrying a "We will know this is happening when" check that
   counts for the bullets under it with no check of their own (md).
   Faults: an outcome about the mother's anxiety only (F002), the IDVA's
   sessions whose only check is the outcome's "things feel calmer ... Jodie
   is engaging" (M002), a passive speech and language referral with no one
   named (W001), the housing form "when Jodie is ready" (T002), the
   grandfather's fireguard and stair gate with no time (T001), and the
   grandparents' bedtimes, school runs and supervised contact with no
   fallback if they cannot (C003);
3. a social worker's letter to both parents after the initial conference
   (domestic abuse, father's drinking), "I" the social worker who signs it,
   the plan as numbered paragraphs each ending "We'll know because ...",
   printed to PDF with page header and footer (pdf, exemplary);
4. third core group minutes (neglect, father's cannabis and amphetamine
   use) with numbered minutes, a key of initials and an action log of 7.1
   to 7.15, each with Lead / Due / How we'll know lines (txt). Faults: the
   family support worker's sessions "Ongoing" (T002), the dental treatment
   "asap" (T002), the school nurse's head lice work measured by "feedback
   at core group" (M002), the damp repair request "Due: -" (T001), "Core
   group" owning the food bank and beds (W002), the HV's pre-school review
   with no measure (M001), and no legal planning anywhere (R002);
5. a case-system print of a plan (mother with bipolar disorder), landscape
   with page header and footer, plan fields then a task grid of Task ID /
   Outcome / Task / Assigned to / Start / Review by / Success indicator /
   Status (pdf). Faults: the relapse plan with Start and Review by "TBC"
   (T002), the class teacher's support measured by "Improvement in Harley's
   presentation" (M002), the direct work with success indicator "N/A"
   (M001), the young carer's assessment assigned to "-" (W001), the mother's
   illness recorded with no adult service owning a task (F004), a
   contingency of "further concerns" and "review the plan" (C002), and no
   legal planning (R002). A status "Ongoing" beside a real Review by date
   is no fault;
6. an initial conference plan as a typed numbered outline (1 / 1.1 /
   1.1.1): each person's part a "will:" lead-in over numbered items that
   each carry their own time, and a separate part "7. How we will know"
   keyed by item number (docx, exemplary);
7. a one-page "My plan" for a 14-year-old young carer (mother's drinking,
   the girl's self-harm), written with her: her words, her goals, a
   Who / What / When / How we'll know table in which "Me" is Tia (md,
   exemplary).

Plans 3, 6 and 7 are exemplary: every action has a named owner, a real
timescale and an observable measure; outcomes are about the children; the
contingency names triggers and protective responses, and what happens if
the relatives' help fails; the children's voice, core group dates and a
dated review conference are recorded; legal planning follows named
triggers; adult services own actions, and the one mental health service
involved (plan 6) is asked for its view of the parent's capacity to change
and the likely timescale.

Action counting (README "Files", and convention 1): each row of an action
table, each numbered paragraph of the letter's plan part, each bullet under
an outcome, each numbered item of an action log or outline counts once,
whatever number of sentences it holds. The "will:" lead-ins of plan 6, its
keyed "How we will know" lines, the contingency, meeting dates, views and
outcomes are not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, three children, mother's depression, father's
#    drinking and violence. Landscape Word table with the writer's own
#    columns: No. / Worry it answers / What needs to happen / Lead person /
#    Frequency / end date / What we will see or count. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_drossington_icpc_worry_frequency_end_date_table_okafor.docx",
    "doc_title": "Child Protection Plan - Daniel, Grace and Samuel Okafor",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-plan-docx-landscape-details-kv-why-the-children-have-a-plan-going-well-what-the-children-told-us-outcomes-then-no-worry-it-answers-what-needs-to-happen-lead-person-frequency-end-date-what-we-will-see-or-count-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 9-year-old, a 5-year-old and a 20-month-old whose mother has "
        "depression and took an overdose in November, and whose father drinks at weekends and pushed "
        "her in front of the children. A landscape Word table whose columns the council names itself "
        "(No., Worry it answers, What needs to happen, Lead person, Frequency / end date, What we will "
        "see or count). Most rows are sound, with times tied to the children's lives ('every school "
        "day', 'before his 2-year review', 'by the Easter holidays') and counts or records as "
        "measures. Faults: the CPN's support sessions are measured only by attendance (H001); the "
        "GP's medication review is measured by 'Monitor' (M002); family support is 'As and when' "
        "(T002); the nursery application has '-' for its time (T001); 'All agencies' share worries "
        "(W002); the dentist row has '-' for its measure (M001). Contingency, legal planning, "
        "meetings, adult services and the children's voice are in place."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Drossington City Council · Children's Services · Safeguarding and Family Support Team (North)"),
        ("kv", [
            ("Children", "Daniel Okafor (9, DOB 03/04/2016), Year 5, St Aldhelm's Primary; Grace Okafor (5, DOB "
                         "19/09/2020), Reception, St Aldhelm's Primary; Samuel Okafor (20 months, DOB 12/05/2024), "
                         "at home"),
            ("Address", "27 Cobden Street, Drossington DR5 2LW"),
            ("Mother", "Chioma Okafor (34)"),
            ("Father", "Emeka Okafor (38), lives at home"),
            ("Maternal aunt", "Ngozi Eze, 9 Fern Close, Drossington (ten minutes' drive)"),
            ("Conference", "Initial child protection conference, 15/01/2026. Chair: Lesley Kirkham (IRO)"),
            ("Category", "Neglect (all three children); emotional abuse (all three children)"),
            ("Social worker", "Hannah Lowther (team manager: Paul Renshaw)"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Chioma has had depression since Samuel was born. On 18/11/2025 she took an overdose of her "
              "sertraline while Emeka was at work; Daniel found her asleep on the sofa at 4pm and could not wake "
              "her, and he rang his aunt. Chioma spent two nights at Drossington Royal Infirmary and was referred "
              "to the Community Mental Health Team. Since then she has spent most days in bed. Daniel has been "
              "making Samuel's bottles, and Grace has been late for school on 19 of 31 days this term, often "
              "without breakfast."),
        ("p", "Emeka drinks heavily from Friday evening to Sunday. On 21/12/2025 police were called after he "
              "pushed Chioma into the kitchen table while drunk; Grace and Samuel were in the room and Daniel "
              "called 999. Emeka accepts he drinks too much at weekends but says it is 'how I cope with her "
              "illness'. Grace has two teeth that need filling and has missed her last two dental check-ups. "
              "Samuel has not had his 1-year review and is not yet walking."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chioma and Emeka both came to conference, agreed the children need things to change, and signed "
            "consent for the agencies to share information.",
            "Emeka has seen his GP and accepted a referral to Open Door, Drossington's alcohol service; his "
            "first appointment is booked.",
            "Ngozi lives close by, the children know her well, and she has said the children can stay with her "
            "at short notice.",
            "St Aldhelm's know the family well and Daniel gets on with the learning mentor, Mr Alder.",
        ]),
        ("h1", "What the children told us, and Samuel's day"),
        ("bullets", [
            "Daniel (seen alone at school, 09/01/2026): \u201cI do Samuel's bottle when Mummy's in bed. I don't "
            "mind, but I'm always tired at school.\u201d He said he worries most on Friday nights \u201cwhen "
            "Daddy has the cans\u201d. He would like to go to football club again.",
            "Grace (seen at school with her teacher, 09/01/2026) drew her family and said: \u201cDaddy was "
            "shouting and the plate broke. Mummy was crying on the floor.\u201d She said she likes it when "
            "Auntie Ngozi does her hair.",
            "Samuel (seen at home, 12/01/2026) was in a full nappy at 11am, had a bottle of milk but no "
            "breakfast, and crawled to Daniel's school bag rather than to his mum, who was in bed. He smiled "
            "and babbled when the health visitor played with him, and he startled and cried when a door "
            "slammed.",
        ]),
        ("h1", "What must be different for the children"),
        ("numbers", [
            "Daniel, Grace and Samuel are looked after every day and night by an adult who is sober and well "
            "enough to feed them, get them to school on time and put them to bed.",
            "The children no longer see or hear shouting or violence at home.",
            "Grace's teeth are treated, and Samuel grows and develops along his centile and starts to walk "
            "and talk.",
            "Daniel stops looking after his mum and his brother, and has a trusted adult at school he can "
            "talk to.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row names one lead person. \u201cFrequency / end date\u201d says how often the work happens "
              "or by when it must be done; \u201cWhat we will see or count\u201d is what the core group will look "
              "at. HL is Hannah Lowther, social worker."),
        ("table", {
            "header": ["No.", "Worry it answers", "What needs to happen", "Lead person", "Frequency / end date",
                       "What we will see or count"],
            "widths": [1.0, 3.4, 7.4, 4.1, 4.3, 5.5],
            "rows": [
                ["1", "No one is checking the children's day-to-day care",
                 "Visit the children at home, see each child on their own (Samuel awake), with at least one "
                 "visit in three unannounced",
                 "HL (social worker)",
                 "Weekly until the review conference on 16/04/2026",
                 "A visit record on file for every week, with what each child said or did"],
                ["2", "Samuel's growth and development",
                 "Weigh Samuel, check his development, diet and sleep, and do the 2-year review he is due",
                 "Ruth Ingham, health visitor, Drossington 0-19 Service",
                 "Every two weeks until the review conference; 2-year review before 12/05/2026",
                 "Weights plotted on his red book centile chart, staying on or above the 25th; ASQ-3 scores "
                 "from the 2-year review sent to HL"],
                ["3", "Late and missed school, no breakfast",
                 "Check Daniel and Grace are in school, and phone Chioma and HL by 10am if either is absent "
                 "without a reason",
                 "Mrs Joy Bannerman, DSL, St Aldhelm's Primary",
                 "Every school day",
                 "School register: both children at 95% or above, with no more than two lates each, by the "
                 "Easter holidays (27/03/2026)"],
                ["4", "Grace arriving hungry and unkempt",
                 "Keep a daily note of Grace's arrival time, whether she is in clean uniform and whether she "
                 "has had breakfast",
                 "Miss Kemi Ade, Grace's Reception teacher",
                 "Every school day",
                 "Daily log sent to HL every Friday; Grace on time and fed on at least 9 of every 10 days"],
                ["5", "Chioma's depression",
                 "Offer Chioma weekly one-to-one sessions to support her with her low mood",
                 "Karen Osei, community psychiatric nurse, Drossington Community Mental Health Team",
                 "Weekly from 26/01/2026",
                 "Sessions attended, shown on the CMHT attendance record"],
                ["6", "Chioma's depression",
                 "Review Chioma's antidepressant medication and how she is sleeping",
                 "Dr Amit Shah, GP, Lowfield Road Surgery",
                 "By 20/02/2026, then every month",
                 "Monitor"],
                ["7", "Emeka's drinking",
                 "Assess Emeka's drinking, start key-work with a breath test at each session, and write to HL "
                 "on whether he is cutting down and whether the children are safe with him at weekends",
                 "Sam Whitcombe, recovery worker, Open Door (Drossington alcohol service)",
                 "Assessment by 06/02/2026; key-work every Monday; written report two working days before "
                 "each core group",
                 "Breath test results and Sam's written report on HL's file before every core group"],
                ["8", "Emeka's drinking",
                 "Drink no alcohol while he is caring for the children, and blow into a breath test whenever "
                 "HL or Open Door asks",
                 "Emeka Okafor (dad)",
                 "Every day from 15/01/2026",
                 "Every breath test reads zero, recorded by Open Door and on HL's visit records"],
                ["9", "Violence at home",
                 "Go to the Caring Dads programme about how his behaviour affects the children",
                 "Emeka Okafor (dad)",
                 "Tuesday evenings for 10 weeks from 03/02/2026",
                 "Facilitator's attendance record, and an end-of-course report to HL by 14/04/2026"],
                ["10", "Violence at home",
                 "Make a written safety plan with Chioma for her and the children, including what they do if "
                 "Emeka comes home drunk or angry",
                 "Leah Marsh, IDVA, Drossington Domestic Abuse Service",
                 "Within two weeks of conference (by 29/01/2026), then every fortnight",
                 "Safety plan signed by Chioma with a copy on HL's file; Chioma can tell HL the steps at "
                 "her next visit"],
                ["11", "Daniel caring for his mum and brother",
                 "One-to-one sessions with Daniel using the 'Worry Jar' work, and tell HL anything Daniel says "
                 "about home",
                 "Mr Tom Alder, learning mentor, St Aldhelm's Primary",
                 "Every Wednesday afternoon until the end of the spring term",
                 "A session sheet in Daniel's own words, passed to HL after each session"],
                ["12", "Morning and bedtime routines",
                 "Help Chioma set up a morning and bedtime routine for the three children",
                 "Tanya Fry, family support worker, Drossington Early Help",
                 "As and when",
                 "Routine chart on the kitchen wall, filled in and signed, with a photo of it on file"],
                ["13", "Samuel alone at home all day with Chioma",
                 "Apply for a funded two-year-old nursery place for Samuel at Little Orchard Nursery",
                 "HL (social worker)",
                 "-",
                 "Place offer letter on file; Samuel on the nursery register"],
                ["14", "Grace's teeth",
                 "Take Grace to Hamlet Road Dental Practice for her check-up and the two fillings she needs",
                 "Chioma Okafor (mum)",
                 "Check-up on 10/02/2026; fillings done by the Easter holidays",
                 "-"],
                ["15", "Worries not passed on",
                 "Tell HL about any worry about the children's care on the day it happens",
                 "All agencies",
                 "Same day",
                 "Logged on the children's case file"],
                ["16", "Whether the parents can make the changes",
                 "Complete a parenting assessment with Chioma and Emeka, including what Ngozi can offer",
                 "HL (social worker)",
                 "By 27/03/2026",
                 "Assessment report shared with Chioma and Emeka, then with the core group by 27/03/2026"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Emeka is drunk at home while the children are there, or there is any violence, Chioma will call "
            "999 and take the children to Ngozi's house at 9 Fern Close. HL will hold a strategy discussion "
            "with Drossington Police the same day, and Emeka will not return home until it has been held.",
            "If Chioma tells anyone she is thinking of harming herself, or is found unable to care for the "
            "children, that person will call the CMHT crisis line (or 999) at once; Ngozi, or Emeka if he is "
            "sober, will look after the children, and HL will visit the same day.",
            "If Ngozi cannot take the children, HL (or the Emergency Duty Team out of hours) will place them "
            "together with Drossington foster carers that day.",
            "If Emeka's breath tests are not clear by the core group on 26/03/2026, or Chioma is admitted to "
            "hospital, HL will ask Paul Renshaw for a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at St Aldhelm's Primary, 1.30pm: 29/01/2026, 26/02/2026 and "
            "26/03/2026.",
            "Review child protection conference: 16/04/2026, 10am, Drossington Civic Centre.",
        ]),
        ("p", "Agreed at the initial child protection conference on 15/01/2026. Copies to Chioma and Emeka and "
              "to everyone named in the plan."),
    ],
    "findings": [
        F("H001", "Offer Chioma weekly one-to-one sessions to support her with her low mood"),
        F("M002", "Review Chioma's antidepressant medication and how she is sleeping"),
        F("T002", "Help Chioma set up a morning and bedtime routine"),
        F("T001", "Apply for a funded two-year-old nursery place for Samuel"),
        F("M001", "Take Grace to Hamlet Road Dental Practice for her check-up"),
        F("W002", "Tell HL about any worry about the children's care"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, bullets under each outcome, each outcome with a
#    "We will know this is happening when" check for the bullets under it
#    that give no check of their own. Mother's anxiety, father's violence,
#    grandparents helping. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_dallowmere_rcpc_bullets_under_each_outcome_pritchard.md",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-md-details-list-still-worried-got-better-childrens-days-then-plan-outcome-by-outcome-h3-outcome-headings-each-with-we-will-know-this-is-happening-when-check-then-owner-first-bullets-time-and-own-check-in-the-sentence-contingency-meetings",
    "description": (
        "First review conference plan for a 3-year-old and a 7-month-old whose mother has severe anxiety "
        "and whose father was violent to her; the maternal grandparents help with bedtimes, the nursery "
        "run and the father's supervised time with the children. The plan is written outcome by outcome: "
        "each outcome heading has a 'We will know this is happening when' check, which the plan says "
        "counts for any bullet under it with no check of its own, and then owner-first bullets with their "
        "own times ('every fortnight until she is one', 'before he moves to the pre-school room at "
        "Easter', 'from today until the next review'). Faults: an outcome about the mother's anxiety "
        "only (F002); the IDVA's sessions, whose only check is the outcome's 'things feel calmer at home "
        "and Jodie is engaging with support' (M002); a passive speech and language referral with no one "
        "named (W001); the housing form 'when Jodie is ready' (T002); the grandfather's fireguard and "
        "stair gate with no time (T001); and a contingency that says nothing of the grandparents being "
        "unable to help (C003)."
    ),
    "text": """\
# Dallowmere Borough Council – Children's Services

## Child protection plan – agreed at the first review child protection conference

- **Children:** Kayden Pritchard, 3 (DOB 22/10/2022), Sunflower Day Nursery; Lily-Mae Pritchard, 7 months (DOB 13/06/2025)
- **Address:** 4 Heron Court, Marsh Lane, Dallowmere DL2 6AJ
- **Mother:** Jodie Pritchard (22)
- **Father:** Connor Hale (24), lives at 51 Quarry Road, Dallowmere; non-molestation order protecting Jodie until 30/09/2026
- **Maternal grandparents:** Sharon and Phil Pritchard ("Nanny" and "Grandad"), 18 Ash Grove, Dallowmere (five minutes' walk)
- **Review conference:** 05/02/2026. Chair: Martin Doyle (IRO). Category: neglect (both children)
- **Social worker:** Rachel Emery (practice manager: Dionne Carver)
- **Health visitor:** Amira Kaur, Dallowmere Health Visiting Service
- **Nursery:** Sunflower Day Nursery; Kayden's key person is Bev Harlow

## Why we are still worried

Jodie has had anxiety since her teens and it has got worse since Lily-Mae was born. On bad days she does not
leave the flat, and Kayden has missed 21 of his 45 nursery sessions since October. Lily-Mae dropped from the
50th to just above the 9th centile between September and November, when feeds were being missed. Kayden
has about 20 words; at three he would be expected to have many more.

Connor was violent to Jodie in front of Kayden in August 2025. He has not lived at the flat since, and a
non-molestation order was made in October. He sees the children every Saturday at Sharon and Phil's house.

## What has got better since the initial conference in November

- Lily-Mae's weight has come back up to the 25th centile, and Jodie now follows the feeding plan the health
  visitor wrote with her.
- Sharon has done Lily-Mae's bath and bedtime three nights a week since November, and Jodie says those
  evenings are "the calm ones".
- Connor has kept to the contact arrangement and has started the Respect Young Dads programme.
- Jodie has been to her GP and has referred herself to Dallowmere Talking Therapies.

## Kayden's and Lily-Mae's days

Kayden told Rachel at nursery on 29/01/2026, using the puppets: "Mummy sad. Mummy in bed." He put the
Grandad puppet in the car and said "Grandad take me nursery". When asked about Saturdays he said "Daddy play
trains" and smiled. He said Nanny's house "got the big bath".

Lily-Mae is a smiley baby who reaches for Jodie and settles quickly when Jodie sings to her. On the health
visitor's visit on 21/01/2026 she had been fed on time, was clean, and was asleep on her back in her cot.
On a visit on a bad day (08/01/2026) she was still in her night clothes at 2pm and had had one bottle since
breakfast.

## The plan, outcome by outcome

Under each outcome is what needs to happen. Each bullet says who will do it and when. Where a bullet
doesn't say how we will know it is working, the check written under its outcome is how we will know.

### Outcome 1: Lily-Mae is fed on time, grows along her centile and sleeps safely

*We will know this is happening when:* Lily-Mae's weight stays on or above the 25th centile in her red book
at every weigh-in, and she is seen asleep on her back in her own cot whenever a worker calls at nap time.

- Amira Kaur (HV) will weigh Lily-Mae at the Marsh Lane baby clinic every fortnight until she is one (13/06/2026).
- Jodie will give Lily-Mae her milk and solids at the times on the feeding plan from today until the next
  review, and fill in the feeding chart on the fridge, which Amira and Rachel will read at every visit.
- Sharon will do Lily-Mae's bath and bedtime at Heron Court every Monday, Wednesday and Friday evening until
  the next review, and sign the bedtime sheet on the fridge each time.
- Phil will fit a fireguard and a stair gate at Jodie's flat, and Rachel will photograph them for the file.

### Outcome 2: Kayden goes to nursery every session he has a place for, and his talking comes on

*We will know this is happening when:* the nursery register shows Kayden at 14 or more of his 15 sessions in
every three weeks, and his WellComm score improves between the January screen and the Easter screen.

- Jodie will take Kayden to Sunflower Day Nursery for his Monday, Wednesday and Friday morning sessions,
  arriving by 9am, every week.
- Phil will take Kayden to nursery for his Tuesday and Thursday morning sessions, arriving by 9am, every
  week.
- A referral will be made to the Dallowmere speech and language therapy service for Kayden by 27/02/2026,
  and the letter accepting it will go on file.
- Bev Harlow (Kayden's key person) will do a WellComm screen with Kayden before he moves to the pre-school
  room at Easter, and send the score to Rachel by 27/03/2026.

### Outcome 3: Kayden and Lily-Mae live in a calm home, where they do not see or hear adults fighting

*We will know this is happening when:* things feel calmer at home and Jodie is engaging with support.

- Connor will go to every session of the Respect Young Dads programme on Tuesday evenings until it ends on
  24/03/2026; the facilitator's attendance record and end-of-course report will go to Rachel.
- Connor's time with the children will be at Sharon and Phil's house every Saturday, 10am to 1pm, supervised
  by Sharon, who will write a note in the contact book after each visit for Rachel to read.
- Ella Brookes (IDVA, Dallowmere Domestic Abuse Service) will see Jodie every fortnight at the Family Hub
  until the next review to go over her safety plan and the non-molestation order.

### Outcome 4: Jodie's anxiety is better managed

*We will know this is happening when:* Jodie's GAD-7 score at Talking Therapies comes down from 17 to below 10
by the next review.

- Jodie will go to her six Talking Therapies sessions, on Thursdays at 10am from 12/02/2026.
- Dr Neil Forsyth (GP, Quarry Lane Medical Centre) will review Jodie's sertraline by 27/02/2026 and write to
  Rachel with what was agreed.
- Rachel will help Jodie fill in the Dallowmere Homes transfer form for a flat with a garden when Jodie is
  ready; the form's reference number will go on file.

### Outcome 5: Kayden and Lily-Mae are seen, and what they show and say is heard

*We will know this is happening when:* Rachel's visit records show both children seen every week, with
Kayden's own words written down.

- Rachel will visit every week until the next review, with at least one visit a fortnight unannounced, and
  see Kayden on his own at nursery every four weeks.
- Rachel will finish the updated parenting assessment with Jodie, including what Sharon and Phil can keep
  offering, by 17/04/2026, and share it with Jodie and then the core group.

## If things go wrong

- If Connor comes to Heron Court, or contacts Jodie in breach of the order, Jodie will ring 999. Rachel will
  hold a strategy discussion with Dallowmere Police the same day, and Connor's Saturday time will stop until
  it has been held.
- If Lily-Mae's weight drops below the 9th centile, or she has gone more than five hours without a feed on
  two days in one week, Amira will arrange a paediatric review at Dallowmere General the same day and tell
  Rachel, who will visit that day.
- If Jodie is too anxious to care for the children on her own (she will ring Rachel or Sharon to say so),
  the children will go to Sharon and Phil's that day and Rachel will visit the next morning.
- If Lily-Mae is back below the 9th centile, or Connor has breached the order, by the core group on
  26/03/2026, Rachel will ask Dionne Carver for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks at the Marsh Lane Family Hub, 2pm: 26/02/2026, 26/03/2026 and 23/04/2026.
- Second review child protection conference: 07/05/2026, 10am, Dallowmere Town Hall.
""",
    "findings": [
        F("F002", "Jodie's anxiety is better managed"),
        F("M002", "will see Jodie every fortnight at the Family Hub"),
        F("W001", "A referral will be made to the Dallowmere speech and language"),
        F("T002", "Rachel will help Jodie fill in the Dallowmere Homes transfer form"),
        F("T001", "Phil will fit a fireguard and a stair gate at Jodie's flat"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Social worker's letter to both parents after the initial conference:
#    domestic abuse and the father's drinking; the mother's sister
#    supervises contact. The plan is numbered paragraphs, each ending
#    "We'll know because ...". Printed to PDF with page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
def _para(no, text):
    return ("pi", f"{no}.  {text}")


PLANS.append({
    "name": "b169_derrinford_sw_letter_numbered_well_know_because_kowalczyk.pdf",
    "doc_title": "Letter to Kasia Kowalczyk and Tomasz Nowak - child protection plan",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "Derrinford Borough Council \u2013 Children's Services \u2013 OFFICIAL-SENSITIVE",
    "footer": "Zofia and Filip's child protection plan, agreed 12/02/2026 \u2013 letter to Kasia and Tomasz \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-both-parents-paged-header-footer-address-block-then-plain-headings-why-going-well-what-zofia-told-me-what-we-want-then-numbered-paragraphs-owner-named-time-in-sentence-ending-well-know-because-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to a mother and father after the initial conference for "
        "a 4-year-old and a 10-month-old: the father drinks and has assaulted the mother twice, and now "
        "lives with his brother; the mother's sister supervises his time with the children and collects "
        "the 4-year-old on Thursdays. 'I' is the social worker who signs the letter; each numbered "
        "paragraph of the plan names who will do it, says when in the sentence ('before Zofia starts "
        "reception in September', 'before each contact', 'before his first birthday', 'every Tuesday from "
        "17 February until the review') and ends 'We'll know because ...'. The alcohol service reports on "
        "change, the sister's help has a fallback, legal planning follows named triggers, core group and "
        "review dates are set; Zofia's words and Filip's days are recorded. Printed to PDF with a header "
        "and footer on every page."
    ),
    "blocks": [
        ("pl", "Derrinford Borough Council, Children's Services"),
        ("pl", "Family Safeguarding Team West, Riverside House, 3 Mill Wharf, Derrinford DF1 4RN"),
        ("pl", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Kasia Kowalczyk, 12 Orchard Rise, Derrinford DF3 8TS"),
        ("pl", "Tomasz Nowak, c/o 5 Canal Terrace, Derrinford DF2 1HB"),
        ("pr", "16 February 2026"),
        ("p", ""),
        ("p", "Dear Kasia and Tomasz,"),
        ("p", "Thank you both for coming to the child protection conference for Zofia and Filip on Thursday "
              "12 February. I said I would write to you both with the plan in plain words, so that you know "
              "exactly what each person has agreed to do, when they will do it, and how we will all know it "
              "has happened. A Polish copy of this letter is enclosed for Tomasz, as he asked. If anything here "
              "is wrong or not clear, please ring me and I will put it right before the first core group."),
        ("h2", "Why Zofia and Filip have a plan"),
        ("p", "On 2 November 2025 and again on 10 January 2026 the police were called to Orchard Rise after "
              "Tomasz had been drinking and hit Kasia. The second time, Zofia was in the room and Filip was in "
              "his cot next door. Tomasz, you told the conference that you drink most evenings and that you "
              "do not remember much of the second night. Since 11 January you have been living with your "
              "brother Piotr at Canal Terrace, and you have agreed not to come to Orchard Rise while this plan "
              "is in place. The conference decided that Zofia and Filip should have a child protection plan "
              "under the category of emotional abuse."),
        ("h2", "What is going well"),
        ("p", "Kasia, you have kept the children safe since January: you rang the police, you took the "
              "children to your sister Magda's that night, and you have told Zofia's nursery everything. Filip "
              "is well cared for and growing well. Tomasz, you told the conference you want to stop drinking, "
              "you went to Harbour Recovery on your own on 30 January, and you have kept to the agreement not "
              "to come to the house. Magda has offered to supervise your time with the children and to help "
              "Kasia on Thursdays."),
        ("h2", "What Zofia told me, and what I have seen of Filip"),
        ("p", "I saw Zofia at Little Steps Nursery on 5 February with her key person, Mrs Ahmed. Using the "
              "feelings cards she picked \u201cscared\u201d for \u201cwhen Tata is loud\u201d and \u201chappy\u201d "
              "for \u201cwhen Tata does the swings\u201d. She said, \u201cTata drinks the brown bottles and then "
              "he shouts at Mama.\u201d She told me she is going to \u201cbig school with a red jumper\u201d and "
              "wants Mama to take her on the first day. She asked me if Tata can come to her birthday."),
        ("p", "Filip is ten months old. When I visited on 9 February he was crawling, pulling himself up on "
              "the sofa and babbling \u201cma-ma\u201d. He went to Kasia straight away when a lorry went past "
              "and the windows rattled, and he settled on her lap. His health visitor has him on the 50th "
              "centile."),
        ("h2", "What we all want for Zofia and Filip"),
        ("bullets", [
            "Zofia and Filip live in a home where they are not frightened, and where they never again see or "
            "hear their dad hurt their mum.",
            "They see their dad safely, when he is sober, in a way they enjoy.",
            "Zofia is settled and happy at nursery and starts reception at Brookside Primary in September "
            "ready to learn, and Filip keeps growing and developing well.",
        ]),
        ("h2", "What will happen, when, and how we will all know"),
        ("p", "Each paragraph below says who has agreed to do something, when, and how we will know it has "
              "happened. Where it says \u201cI\u201d, that is me, Joanna Pike, the children's social worker."),
        _para(1, "I will visit Zofia and Filip at Orchard Rise every week until the review conference on 14 May "
                 "2026, with at least one visit in three without an appointment, and I will see Zofia on her own "
                 "each time. We'll know because my visit notes, which say what Zofia told me and how Filip was, "
                 "will be in my report to every core group."),
        _para(2, "I will see Tomasz at Canal Terrace every two weeks until the review conference, to talk about "
                 "how his drinking and the programme are going and to give him Zofia's news. We'll know because "
                 "each visit will be written up on the children's file, with what Tomasz told me about his "
                 "drinking, and my notes will be in my report to every core group."),
        _para(3, "Kasia, you will take Zofia to Little Steps Nursery for every session she has a place for "
                 "(Monday to Thursday mornings) from now until the summer holidays, so that she is settled "
                 "before she starts reception in September. We'll know because the nursery register, which Mrs "
                 "Ahmed sends me at the end of each month, will show Zofia at 9 or more of every 10 sessions."),
        _para(4, "Mrs Farah Ahmed, Zofia's key person at Little Steps, will spend ten minutes with Zofia and the "
                 "feelings cards every Monday morning and write down what she says. We'll know because Mrs Ahmed "
                 "will email me the sheet, in Zofia's own words, every Friday."),
        _para(5, "Nadia Ross, Filip's health visitor, will weigh Filip and check his development at home every "
                 "month, and will do his one-year review before his first birthday on 8 April 2026. We'll know "
                 "because his weights will be plotted in his red book and stay around the 50th centile, and the "
                 "one-year review will be sent to me within a week of it being done."),
        _para(6, "Tomasz, you will go to Harbour Recovery every Tuesday from 17 February until the review "
                 "conference for your key-work session, and you will blow into a breath test each time. We'll "
                 "know because Harbour's attendance record will show every session kept and every breath test at "
                 "zero."),
        _para(7, "Dan Okoro, Tomasz's recovery worker at Harbour Recovery, will write to me two working days "
                 "before each core group saying whether Tomasz's drinking is changing, whether he can keep those "
                 "changes going when he is with the children, and how long he thinks that will take. We'll know "
                 "because his letters will be on the children's file and read at each core group."),
        _para(8, "Tomasz, you will start the Steps to Change programme for fathers on Wednesday 4 March 2026 and "
                 "go every Wednesday evening for 16 weeks. We'll know because the facilitator, Ravi Dhillon, will "
                 "send me the attendance record at the end of each month and a written report when the programme "
                 "ends."),
        _para(9, "Magda will supervise every time Tomasz sees the children, every Saturday from 10am to 1pm at "
                 "her flat at 22 Lime Walk and never at Orchard Rise, and before each contact she will breath-test "
                 "Tomasz with the kit Harbour has given her. We'll know because Magda will text me after each "
                 "contact with the breath test reading and how the children were."),
        _para(10, "Magda will collect Zofia from nursery at 12 noon every Thursday while Kasia is at the Freedom "
                  "Programme, and keep her until Kasia picks her up at 4pm. We'll know because Magda signs the "
                  "nursery's collection book each Thursday, and Mrs Ahmed will tell me the same day if Zofia is "
                  "not collected."),
        _para(11, "Kasia, you will go to the Freedom Programme at Derrinford Family Hub every Thursday afternoon "
                  "for 12 weeks from 19 February 2026. We'll know because the Family Hub's register will show you "
                  "at the sessions, and you will tell me at my visits what you have been working on."),
        _para(12, "Chloe Barnes, your IDVA from Derrinford Domestic Abuse Service, will meet you, Kasia, every two "
                  "weeks at the Family Hub until the review conference, and by 26 February 2026 will have written "
                  "a safety plan with you. We'll know because you will each have a signed copy of the safety plan "
                  "and a copy will be on my file by 26 February."),
        _para(13, "PC Sarah Wilde of Derrinford Police's domestic abuse team will put an urgent-response marker on "
                  "Orchard Rise by 19 February 2026, so that any 999 call from the house is treated as an "
                  "emergency. We'll know because she will email me to confirm the marker is on."),
        _para(14, "I will complete a parenting assessment with you both, including what Magda can offer and for "
                  "how long, by 17 April 2026. We'll know because you will each get a copy to read and comment on "
                  "before it goes to the core group on 23 April 2026 and then to the review conference."),
        _para(15, "Before Zofia starts reception, I will meet Brookside Primary's designated safeguarding lead, Mr "
                  "Gareth Evans, with you, Kasia, by 26 June 2026, so that her new school knows the plan and who "
                  "may collect her. We'll know because the notes of that meeting will be on the children's file "
                  "and sent to Little Steps and to Brookside."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Tomasz comes to Orchard Rise, or phones or messages Kasia when he has been drinking, Kasia will "
            "ring 999. Because of the marker on the house the police will come as an emergency. I will hold a "
            "strategy discussion with the police the same day, and Saturday contact will stop until that "
            "discussion has decided what happens next.",
            "If Tomasz's breath test before a contact reads above zero, or Magda smells alcohol on him, the "
            "contact will not go ahead that day. Magda will ring me, and contact will not start again until I "
            "have met Tomasz with Dan Okoro.",
            "If Magda cannot supervise on a Saturday (she is ill or away, or she no longer feels able to), there "
            "will be no contact that week, and within seven days I will arrange contact at Derrinford Family "
            "Centre on Saturday mornings, supervised by the centre's staff, for as long as it is needed. If "
            "Magda cannot collect Zofia on a Thursday, Kasia will take her to the Family Hub cr\u00e8che, which "
            "has agreed to have her at short notice.",
            "If Tomasz comes to the house or there is any further incident of violence, or if Dan reports at "
            "the core group on 26 March 2026 that Tomasz is still drinking, I will ask my manager, Alan "
            "Fairweather, for a legal planning meeting within five working days, to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Derrinford Family Hub, 10am, on 26 February, 26 March and 23 "
            "April 2026. You are both invited; Tomasz will join at 11am, after Kasia has left.",
            "Review child protection conference: Thursday 14 May 2026, 10am, Derrinford Civic Centre. I will "
            "see Zofia the week before, to ask her what she wants the conference to know.",
        ]),
        ("p", "With best wishes,"),
        ("pl", "Joanna Pike"),
        ("pl", "Social worker, Family Safeguarding Team West"),
        ("pl", "Copies: Little Steps Nursery; Nadia Ross (health visitor); Harbour Recovery; Derrinford "
               "Domestic Abuse Service; Derrinford Police; Imran Sheikh (conference chair)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Third core group minutes: neglect, three children, father's cannabis
#    and amphetamine use. Numbered minutes with a key of initials, then an
#    action log 7.1 to 7.15, each an action then Lead / Due / How we'll know
#    lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_dewhollow_core_group_minutes_action_log_lead_due_tranter.txt",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-3-minutes-txt-caps-heading-block-present-initials-key-apologies-numbered-minutes-matters-arising-agency-updates-childrens-views-scaling-outcomes-contingency-next-meetings-then-action-log-numbered-7-1-to-7-15-action-text-then-lead-due-how-well-know-indented-lines",
    "description": (
        "Minutes of the third core group for an 11-year-old, an 8-year-old and a 4-year-old living in "
        "neglect (home conditions, food, head lice, untreated tooth decay, school attendance); their "
        "father uses cannabis daily and amphetamine at weekends. Numbered minutes with a key of "
        "initials, agency updates, the children's views, a scaling score the workers agreed, outcomes, "
        "the contingency and next meetings, then an action log 7.1 to 7.15 with Lead / Due / How we'll "
        "know lines, most of them sound ('every school day', 'before Poppy starts reception in "
        "September', 'by CG4 (07/04/2026)', a tidy-home checklist score, a register, a dentist's "
        "letter). Faults: the family support worker's sessions are 'Ongoing' (T002); the dental "
        "treatment is 'asap' (T002); the school nurse's head lice work is measured by 'feedback at core "
        "group' (M002); the damp repair request has 'Due: -' (T001); 'Core group' owns the food bank and "
        "beds (W002); the HV's pre-school health review has no measure (M001); and nothing anywhere says "
        "that insufficient progress leads to legal planning (R002)."
    ),
    "text": """\
DEWHOLLOW COUNCIL - CHILDREN'S SOCIAL CARE - SAFEGUARDING TEAM (SOUTH)

CHILD PROTECTION CORE GROUP MEETING No. 3 - MINUTES AND ACTION LOG

Children:   Mason TRANTER (11, DOB 14/02/2014), Yr 6, Dewhollow Primary
            Ellie TRANTER (8, DOB 30/07/2017), Yr 3, Dewhollow Primary
            Poppy TRANTER (4, DOB 05/01/2022), Acorn Tree Nursery, starts reception Sept 2026
Address:    22 Slater Walk, Dewhollow DW4 9NE
Plan:       Child protection plan, category neglect, ICPC 13/01/2026 (chair: Fiona Barraclough, IRO)
Meeting:    Tuesday 10/03/2026, 1.30pm, Dewhollow Primary, family room
Minutes by: Kim Dobson (FSW)

PRESENT (initials used in these minutes and the action log)
  HW   Hayley Webster, social worker, Safeguarding Team (South)
  LT   Leanne Tranter, Mum
  GT   Gary Tranter, Dad
  SB   Sue Bright, DSL, Dewhollow Primary
  KD   Kim Dobson, family support worker, Dewhollow Early Help
  JM   Janet Morley, health visitor, Dewhollow 0-19 Service
  AP   Amy Pearce, school nurse, Dewhollow 0-19 Service
  DC   Dean Carver, recovery worker, Compass (Dewhollow drug and alcohol service)
  NR   Nikki Rowe, manager, Acorn Tree Nursery
APOLOGIES
  none

1. MINUTES OF CG2 (10/02/2026)
   Agreed as accurate. All CG2 actions were done or are carried into the log below.

2. UPDATES FROM EACH AGENCY
   HW: four visits since CG2, two unannounced. Home conditions scored 2/5, 3/5, 3/5 and 4/5 on the
       tidy-home checklist - best so far on 06/03. The back bedroom is still damp and Ellie and Poppy
       share one mattress on the floor.
   SB: Mason 91% and Ellie 88% this half term (were 79% and 74% in the autumn). Ellie came in with
       head lice again on 02/03. Mason has said twice he "had no tea".
   NR: Poppy at 17 of 20 sessions since CG2. Her speech is behind; she is toilet trained in the day.
   JM: Poppy's 3-4 year review is overdue. She has visible decay on her front teeth, and so does Ellie.
   AP: gave LT the wet-combing kit on 17/02. Lice cleared 24/02 but back by 02/03.
   DC: GT has been to 5 of 6 appointments. Screens show cannabis at every test and amphetamine at one
       (28/02). GT says he smokes only in the garden and never when he is on his own with Poppy.
   KD: three sessions with LT on meal planning; LT made a shopping list and a weekly menu with KD.

3. THE CHILDREN'S VIEWS
   Mason (seen alone by HW, 05/03): "It's better now the kitchen's clean. I still hate sharing with
   nobody's stuff everywhere." Wants his own bed and to go to Dewhollow Academy with his mates.
   Ellie (seen alone by HW at school, 05/03): scored home 6/10 ("was 3"). "I get teased for the nits."
   Says Mum makes pancakes now on Saturdays.
   Poppy (seen at nursery by HW, 04/03): showed HW her drawing of "my bed" - a square on the floor -
   and said "Ellie kicks". Nursery see her eat two lunches on Mondays.

4. SCALING (0 = the children will stay neglected; 10 = the children's needs are met every day)
   HW and KD agreed 4/10 (was 2/10 at ICPC). LT 7, GT 7, SB 5, NR 5, JM 4.

5. WHAT WE WANT FOR THE CHILDREN (from the ICPC plan, unchanged)
   a) Mason, Ellie and Poppy live in a clean, warm home, each with their own bed.
   b) They have three meals a day and go to school and nursery clean, fed and on time.
   c) Their teeth are treated, their head lice are gone, and Poppy's health review and speech are
      caught up before she starts school.
   d) They are cared for by parents who are not under the influence of drugs.

6. CONTINGENCY (reviewed, unchanged)
   - If the tidy-home checklist scores 2/5 or less on two visits running, or the children have no food
     in the house, HW will make an unannounced visit the same day, and if the house is not safe for the
     children to sleep in that night they will stay with their maternal grandmother, Carol Dean, at 3
     Mill Close; if Carol cannot have them, HW will place them with Dewhollow foster carers that day.
   - If GT is found under the influence of amphetamine while caring for the children, he will leave the
     house that day and stay with his brother; HW will hold a strategy discussion with Dewhollow Police
     the same day.
   - If the children are absent from school or nursery without a reason for two days running, SB or NR
     will ring HW that morning and HW will visit the same day.

7. ACTION LOG (agreed at CG3, 10/03/2026)

   7.1  Visit the children at home, see each child on their own, and score the home on the
        tidy-home checklist at every visit.
        Lead: HW    Due: every week until the RCPC (21/04/2026), at least one visit in two unannounced
        How we'll know: visit records with each child's words and the checklist score.

   7.2  Keep the kitchen, bathroom and the children's bedrooms to the standard on the tidy-home
        checklist.
        Lead: LT and GT    Due: every day, checked at each HW and KD visit
        How we'll know: checklist 4/5 or more at every visit for the four weeks before the RCPC.

   7.3  Family support sessions with Leanne at home on meal planning, shopping on a budget and a
        bedtime routine.
        Lead: KD    Due: Ongoing
        How we'll know: weekly menu on the fridge and food in the cupboards at HW's and KD's visits;
        bedtime chart filled in.

   7.4  Check Mason and Ellie are in school, and ring LT and HW by 9.45am about any absence with no
        reason given.
        Lead: SB    Due: every school day
        How we'll know: school register - both children at 95% or above by the May half term.

   7.5  Share this plan with Dewhollow Academy and set up three extra transition visits for Mason.
        Lead: SB    Due: before Mason starts Year 7 in September (transition meeting by 10/07/2026)
        How we'll know: transition plan from Dewhollow Academy on the children's file.

   7.6  Give Poppy breakfast when she arrives, and note at each session whether she is clean and fed.
        Lead: NR    Due: every nursery session
        How we'll know: nursery daily sheet emailed to HW every Friday.

   7.7  Take Ellie and Poppy to Parkside Dental Practice for the treatment the dentist has said they
        need.
        Lead: LT    Due: asap
        How we'll know: letter from Parkside Dental to HW saying the treatment is finished.

   7.8  Treat Ellie's head lice again and show Leanne and Ellie how to wet-comb every Sunday.
        Lead: AP    Due: by 24/03/2026, then a check at school every two weeks
        How we'll know: feedback at core group.

   7.9  Key-work with Gary, a urine screen at each appointment, and a written report on whether his
        cannabis and amphetamine use is coming down and what it means for his care of the children.
        Lead: DC    Due: every fortnight; report two working days before CG4 and the RCPC
        How we'll know: screen results and DC's report on the children's file before each meeting.

   7.10 Go to every Compass appointment, give a screen each time, and use no drugs in the house or
        when caring for the children.
        Lead: GT    Due: every fortnight from 17/03/2026
        How we'll know: Compass attendance sheet shows every appointment kept; screens clear of
        amphetamine by the RCPC.

   7.11 Ask Dewhollow Homes to repair the damp and mould in the back bedroom.
        Lead: HW    Due: -
        How we'll know: repair job number on file, and the repair seen done at a visit.

   7.12 Get a food bank referral and a Household Support Fund grant for beds for Ellie and Poppy.
        Lead: Core group    Due: by CG4 (07/04/2026)
        How we'll know: two beds seen in the girls' room at HW's visit.

   7.13 Three direct work sessions each with Mason and Ellie using the three houses, to hear what has
        changed at home for them.
        Lead: HW    Due: by CG4 (07/04/2026)
        How we'll know: each child's three houses drawing, in their own words, on the file and shared
        at CG4.

   7.14 Poppy's pre-school health review, including her speech, teeth and growth.
        Lead: JM    Due: before Poppy starts reception in September (by 30/06/2026)
        How we'll know:

   7.15 Go to the Family Hub "Cook and Eat" course with Kim.
        Lead: LT    Due: Mondays 10am-12pm for six weeks from 16/03/2026
        How we'll know: course register shows LT at 5 or more of the 6 sessions.

8. NEXT MEETINGS
   CG4:  Tuesday 07/04/2026, 1.30pm, Dewhollow Primary.
   RCPC: Tuesday 21/04/2026, 10am, Dewhollow Civic Centre.
   HW to see all three children before the RCPC and bring their views.

Minutes and action log sent to all present on 11/03/2026. HW
""",
    "findings": [
        F("T002", "Family support sessions with Leanne at home on meal planning"),
        F("T002", "Take Ellie and Poppy to Parkside Dental Practice"),
        F("M002", "Treat Ellie's head lice again and show Leanne"),
        F("T001", "Ask Dewhollow Homes to repair the damp and mould"),
        F("W002", "Get a food bank referral and a Household Support Fund grant"),
        F("M001", "Poppy's pre-school health review, including her speech, teeth and growth."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of a child protection plan: mother with bipolar
#    disorder, a 6-year-old and a 2-year-old. Landscape, page header and
#    footer, plan fields, then a task grid with Start, Review by, Success
#    indicator and Status columns. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_dunscarrow_case_print_task_grid_review_by_mcgarrity.pdf",
    "doc_title": "ChildView print - Child Protection Plan - Harley and Brooke McGarrity",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "font_size": 9,
    "min_pages": 2,
    "header": "DUNSCARROW COUNCIL \u2013 ChildView \u2013 Child Protection Plan (print) \u2013 OFFICIAL-SENSITIVE",
    "footer": "Printed 03/03/2026 11:07 by K.MORRISON \u2013 Case 4402-918 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "cp-plan-case-system-print-paged-landscape-header-footer-field-label-value-sections-plan-details-household-reason-strengths-child-views-outcomes-o1-o3-then-task-grid-task-id-outcome-task-assigned-to-start-review-by-success-indicator-status-then-contingency-and-review-fields",
    "description": (
        "A child protection plan for a 6-year-old and a 2-year-old as printed from an invented case "
        "system (landscape, page header and footer on every page): labelled plan fields, the "
        "household, the reason for the plan (the mother's bipolar disorder, stopped medication, the "
        "6-year-old caring for his sister), strengths, the children's views, three outcomes, then a task "
        "grid with Task ID, Outcome, Task, Assigned to, Start, Review by, Success indicator and Status. "
        "Most tasks are sound ('By Brooke's 2-year review', 'Weekly until RCPC', a register, a bedtime "
        "chart), and a Status of 'Ongoing' beside a real Review by date is no fault. Faults: the relapse "
        "plan has Start and Review by 'TBC' (T002); the class teacher's support is measured by "
        "'Improvement in Harley's presentation' (M002); the direct work has Success indicator 'N/A' "
        "(M001); the young carer's assessment is assigned to '-' (W001); the mother's illness is "
        "recorded but no adult service owns a task (F004); the contingency turns on 'further concerns' "
        "and a review of the plan (C002); and nothing says insufficient progress leads to legal "
        "planning (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "ChildView \u00b7 Plan record CP-2026-0147 \u00b7 Status: Active \u00b7 Version 1 (initial conference)"),
        ("h2", "PLAN DETAILS"),
        ("kv", [
            ("Subject(s)", "Harley McGarrity (M), DOB 17/08/2019, age 6; Brooke McGarrity (F), DOB 06/04/2024, "
                           "age 1 year 10 months"),
            ("Plan type", "Child Protection Plan"),
            ("Category", "Neglect"),
            ("Conference date", "24/02/2026 (Initial Child Protection Conference)"),
            ("Chair", "Moira Stroud, Independent Reviewing Officer"),
            ("Allocated worker", "Kerry Morrison, Social Worker, Dunscarrow Children and Families Team 2"),
            ("Team manager", "Gareth Lyle"),
        ]),
        ("h2", "HOUSEHOLD"),
        ("kv", [
            ("Mother", "Nicole McGarrity, DOB 02/11/1998 (27)"),
            ("Address", "Flat 6, Elder House, Brae Road, Dunscarrow DS6 3PL"),
            ("Father (Harley)", "Jordan Reilly; no contact since 2021"),
            ("Father (Brooke)", "Not named"),
            ("Other significant adults", "Maternal grandmother, Anne McGarrity, lives in Glenholm (40 minutes by "
                                         "bus); phone contact weekly"),
        ]),
        ("h2", "REASON FOR PLAN"),
        ("p", "Nicole has bipolar affective disorder, diagnosed in 2019, and is known to the Dunscarrow "
              "Community Mental Health Team. She stopped her lithium in December 2025. On 03/02/2026 the school "
              "raised concerns when Harley said he had made Brooke's breakfast and dinner for three days "
              "because 'Mum's brain is going fast'. On a joint visit on 05/02/2026 Nicole had not slept for "
              "two nights, the flat had little food, Brooke was in a soiled nappy and had a nappy rash, and "
              "Harley had missed two days of school. Nicole was seen by the crisis team and restarted her "
              "medication; she was not admitted."),
        ("h2", "STRENGTHS"),
        ("p", "Nicole is warm with both children and they are clearly attached to her. When well, she has "
              "managed their care for long periods. She restarted her medication and accepted the plan. Harley "
              "is doing well at school when he is there, and Brooke is meeting her milestones."),
        ("h2", "CHILD'S VIEWS / LIVED EXPERIENCE"),
        ("p", "Harley (seen alone at school by the allocated worker, 10/02/2026): \u201cWhen Mummy's brain goes "
              "fast she doesn't sleep and she talks and talks. I make Brooke's Weetabix and I put the telly on "
              "for her.\u201d He said he likes it best when Mum takes them to the park, and he would like to go "
              "to Beavers. He scored how safe he feels at home 7 out of 10."),
        ("p", "Brooke (observed at home, 05/02/2026 and 12/02/2026): on the first visit she was in a soiled "
              "nappy with a sore rash and was hungry, eating crisps from the floor. On the second visit, with "
              "Nicole taking her medication again, she was clean, had eaten, and was playing with Nicole and "
              "laughing. She looks to Harley when she is upset."),
        ("h2", "PLAN OUTCOMES"),
        ("kv", [
            ("O1", "Harley and Brooke are cared for every day by an adult who is well enough to keep them safe, "
                   "fed and clean."),
            ("O2", "Harley goes to school every day and Brooke goes to nursery, both on time and ready to learn "
                   "and play."),
            ("O3", "Harley does not have to look after his mum or his sister, and has someone to talk to about "
                   "home."),
        ]),
        ("h2", "TASKS"),
        ("table", {
            "header": ["Task ID", "Outcome", "Task", "Assigned to", "Start", "Review by", "Success indicator",
                       "Status"],
            "widths": [1.5, 1.8, 5.9, 3.8, 2.2, 2.8, 5.7, 2.0],
            "rows": [
                ["T-01", "O1",
                 "Visit Harley and Brooke at home, seeing Harley alone and Brooke awake; one visit in three "
                 "unannounced",
                 "Kerry Morrison (Social Worker)",
                 "24/02/2026",
                 "Weekly until RCPC (19/05/2026)",
                 "Visit records show both children seen every week, with Harley's words recorded",
                 "Open"],
                ["T-02", "O1",
                 "Nicole to take her lithium every day and keep her appointments with the CMHT",
                 "Nicole McGarrity (Mother)",
                 "24/02/2026",
                 "24/03/2026",
                 "Dosette box checked at each social work visit with no missed doses",
                 "Open"],
                ["T-03", "O1",
                 "Agree a written relapse plan with Nicole saying what she, the school and the nursery do if "
                 "she starts to become unwell",
                 "Kerry Morrison (Social Worker)",
                 "TBC",
                 "TBC",
                 "Relapse plan signed by Nicole, with copies to the school and nursery",
                 "Not started"],
                ["T-04", "O1",
                 "Weigh Brooke, check her skin and development, and complete her 2-year review (ASQ-3)",
                 "Gemma Noon (Health Visitor)",
                 "02/03/2026",
                 "By Brooke's 2-year review (due 06/04/2026)",
                 "ASQ-3 scores and weight on her centile chart sent to the allocated worker",
                 "Open"],
                ["T-05", "O1",
                 "Home safety check: smoke alarm, stair gate and a lock on the kitchen cupboard where Nicole's "
                 "medication is kept",
                 "Dunscarrow Fire and Rescue Service (Home Safety Team)",
                 "02/03/2026",
                 "16/03/2026",
                 "Home safety check certificate on file; items seen in place at the next visit",
                 "Open"],
                ["T-06", "O2",
                 "Check Harley is in school, and phone Nicole and the allocated worker by 10am if he is absent "
                 "without a reason",
                 "Mrs Lorna Pike (DSL), St Mary's Primary, Dunscarrow",
                 "25/02/2026",
                 "Every school day until RCPC (19/05/2026)",
                 "School register shows Harley at 95% or above each half term",
                 "Open"],
                ["T-07", "O2",
                 "Support Harley with his reading and his behaviour in class",
                 "Mr Callum Dale (Class Teacher), St Mary's Primary",
                 "02/03/2026",
                 "24/04/2026",
                 "Improvement in Harley's presentation",
                 "Open"],
                ["T-08", "O2",
                 "Take up Brooke's funded two-year-old place at Little Puffins Nursery, three days a week",
                 "Nicole McGarrity (Mother)",
                 "09/03/2026",
                 "19/05/2026",
                 "Nursery register shows Brooke in three days a week",
                 "Open"],
                ["T-09", "O2",
                 "Bedtime routine sessions with Nicole: both children in bed by 7.30pm on school nights",
                 "Ayesha Khan (Family Support Worker)",
                 "02/03/2026",
                 "19/05/2026",
                 "Bedtime chart filled in for at least 5 nights out of 7, seen at each session",
                 "Ongoing"],
                ["T-10", "O1",
                 "Check Brooke is clean, fed and free of nappy rash at each session, and tell the allocated "
                 "worker the same day about any worry",
                 "Little Puffins Nursery (key person Jade Ross)",
                 "09/03/2026",
                 "19/05/2026",
                 "Nursery daily sheets copied to the allocated worker every Friday",
                 "Open"],
                ["T-11", "O3",
                 "Direct work with Harley about how home feels when Mum is poorly, using his feelings faces",
                 "Kerry Morrison (Social Worker)",
                 "03/03/2026",
                 "31/03/2026",
                 "N/A",
                 "Open"],
                ["T-12", "O3",
                 "Young carer's assessment for Harley, and a place at the Saturday young carers' club if he "
                 "wants one",
                 "-",
                 "09/03/2026",
                 "20/04/2026",
                 "Assessment completed and shared with Nicole and the allocated worker; Harley on the club "
                 "register",
                 "Not started"],
            ],
        }),
        ("h2", "CONTINGENCY"),
        ("kv", [
            ("Contingency plan", "If there are further concerns about Nicole's mental health or the children's "
                                 "care, the core group will meet to review the plan and consider next steps."),
        ]),
        ("h2", "REVIEW ARRANGEMENTS"),
        ("kv", [
            ("Core group frequency", "Monthly"),
            ("Core group dates", "10/03/2026; 07/04/2026; 05/05/2026 (St Mary's Primary, 3.30pm)"),
            ("Review conference (RCPC)", "19/05/2026, 10:00, Dunscarrow Council Offices, Room 2"),
            ("Distribution", "Nicole McGarrity; St Mary's Primary; Gemma Noon (HV); Little Puffins Nursery; "
                             "Ayesha Khan (FSW); Dunscarrow Fire and Rescue Service"),
        ]),
        ("p", "** End of plan record CP-2026-0147 **"),
    ],
    "findings": [
        F("T002", "Agree a written relapse plan with Nicole saying what she"),
        F("M002", "Support Harley with his reading and his behaviour in class"),
        F("M001", "Direct work with Harley about how home feels when Mum"),
        F("W001", "Young carer's assessment for Harley, and a place at the"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan as a typed numbered outline (1 / 1.1 /
#    1.1.1): each person's part a "will:" lead-in over numbered items, each
#    item with its own time; a separate part "7. How we will know" keyed by
#    item number. Mother with emotionally unstable personality disorder and
#    self-harm, an 8-year-old, grandfather helping. Exemplary (docx)
# ---------------------------------------------------------------------------
def _h(text):
    return ("boldp", text)


def _l1(text):
    return ("pi", text)


def _l2(text):
    return ("pi2", text)


PLANS.append({
    "name": "b169_dravenholt_numbered_outline_keyed_checks_ashby.docx",
    "doc_title": "Child Protection Plan - Leo Ashby",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-docx-typed-numbered-outline-1-to-9-bold-parts-1-1-paragraphs-then-part-6-person-will-lead-ins-over-numbered-1-1-1-items-each-with-own-time-then-part-7-how-we-will-know-keyed-by-item-number-then-if-things-go-wrong-and-meetings-as-numbered-paragraphs",
    "description": (
        "Exemplary initial conference plan for an 8-year-old whose mother has emotionally unstable "
        "personality disorder and took an overdose while he was in the house; his grandfather collects "
        "him from school twice a week and has him every Friday night. Written as a typed numbered outline: "
        "bold numbered parts, numbered paragraphs, then in part 6 a lead-in for each person ('6.2 "
        "Dravenholt Community Mental Health Team will:') over numbered items that each say when ('every "
        "Tuesday until the review conference', 'within two weeks of conference (by 27/03/2026)', 'every "
        "school morning at 8.45am', 'before the May half term'), and a separate part '7. How we will know' "
        "that gives the check for every item by its number. The CMHT and the psychiatrist assess the "
        "mother's capacity to change and its timescale, the GP owns an action, the grandfather's help has "
        "a fallback, legal planning follows named triggers, core group and review dates are set, and "
        "Leo's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dravenholt Council \u00b7 Children and Families \u00b7 Child Protection Team East"),
        _h("1. About this plan"),
        _l1("1.1 Child: Leo Ashby, born 21/06/2017 (8), Year 4 at Dravenholt Church of England Primary School."),
        _l1("1.2 Lives with: his mother, Claire Ashby (36), at 9 Tanner's Row, Dravenholt DV3 5EH."),
        _l1("1.3 Father: Darren Ashby, lives in Harlsey; phones Leo on Sundays and has him for a week in the "
            "summer. He took part in the conference by phone."),
        _l1("1.4 Grandfather: Ken Ashby (63), Claire's father, 40 Weaver Close, Dravenholt (ten minutes' walk)."),
        _l1("1.5 Conference: initial child protection conference, 13/03/2026. Chair: Bridget Oyelowo. "
            "Category: neglect."),
        _l1("1.6 Social worker: Farah Quraishi (FQ), Child Protection Team East. Team manager: Martin Hale."),
        _h("2. Why Leo has a plan"),
        _l1("2.1 Claire has emotionally unstable personality disorder and has self-harmed since she was 15. "
            "She is under the Dravenholt Community Mental Health Team (CMHT)."),
        _l1("2.2 On 21/02/2026 Claire took an overdose of her medication at home in the evening. Leo found her "
            "and rang his grandad, who called 999. Leo spent the night at Ken's. This was Claire's third "
            "overdose in a year, and the second while Leo was in her care."),
        _l1("2.3 School have noticed that Leo is often hungry, that he has been late 14 times this term, and "
            "that he asks to ring home at lunchtime \u201cto check Mum's OK\u201d."),
        _h("3. What is going well"),
        _l1("3.1 Claire and Leo are very close. She reads with him most nights and knows his friends and "
            "teachers well."),
        _l1("3.2 Claire has agreed to start the CMHT's DBT programme, and she agreed at the conference to her "
            "medication being given out weekly."),
        _l1("3.3 Ken sees Leo most days, knows Claire's warning signs, and has a bedroom ready for Leo."),
        _h("4. What Leo has told us"),
        _l1("4.1 Leo talked to FQ at school on 06/03/2026 and filled in a \u201cthree houses\u201d sheet. In "
            "his house of worries he wrote: \u201cMum being in the ambulance\u201d and \u201cwhen she locks "
            "the bathroom\u201d. In his house of good things: \u201cFriday nights at Grandad's\u201d, "
            "\u201cMum's spag bol\u201d and \u201cfootball on Saturday\u201d. In his house of dreams: \u201cMum "
            "is happy all the time and I don't have to check.\u201d"),
        _l1("4.2 He told his teacher, Mrs Kaur, that he wants someone to tell him what is happening when Mum "
            "is in hospital, and he wants to keep living with Mum."),
        _h("5. What we want for Leo"),
        _l1("5.1 Leo is looked after every day by an adult who is well enough to keep him safe, feed him and "
            "get him to school on time."),
        _l1("5.2 Leo does not find his mum hurt or unwell again, and he knows exactly who to call and where he "
            "will go if she is."),
        _l1("5.3 Leo stops feeling he has to check on his mum, and has time to be eight: football, friends "
            "and school."),
        _h("6. What will happen"),
        _l1("6.1 Farah Quraishi (FQ), social worker, will:"),
        _l2("6.1.1 visit Leo at home every week until the review conference on 19/06/2026, seeing him on his "
            "own at least every other week, with at least one visit in three unannounced;"),
        _l2("6.1.2 make Leo's \u201cwho I call\u201d card with him and Ken within two weeks of conference (by "
            "27/03/2026);"),
        _l2("6.1.3 rewrite Claire's crisis plan with her, Ken and Ben Whitlow (CMHT) within two weeks of "
            "conference (by 27/03/2026), so that it says who looks after Leo if Claire is in crisis;"),
        _l2("6.1.4 complete a parenting assessment with Claire, including what Ken can offer and for how long, "
            "by 22/05/2026."),
        _l1("6.2 Dravenholt Community Mental Health Team (care coordinator: Ben Whitlow, community psychiatric "
            "nurse) will:"),
        _l2("6.2.1 see Claire every Tuesday until the review conference, for her DBT skills group and her "
            "one-to-one session, and write to FQ two working days before each core group on whether Claire "
            "is making and keeping the changes Leo needs and how long that is likely to take."),
        _l1("6.3 Dr Sunil Rao, consultant psychiatrist, Dravenholt CMHT, will:"),
        _l2("6.3.1 see Claire for a psychiatric review by 17/04/2026 and give a written view on her diagnosis, "
            "her risk to herself, what treatment she needs, and whether and how soon she can make the changes "
            "Leo needs."),
        _l1("6.4 Dr Ellen Marsh, GP, Harbour Lane Surgery, will:"),
        _l2("6.4.1 prescribe Claire's medication in weekly blister packs, collected from Harbour Lane Pharmacy "
            "every Monday, from 16/03/2026 until the review conference."),
        _l1("6.5 Claire will:"),
        _l2("6.5.1 go to every DBT group and one-to-one session on Tuesdays from 17/03/2026;"),
        _l2("6.5.2 keep her medication in the locked box Ken has fitted, and collect her blister pack herself "
            "every Monday;"),
        _l2("6.5.3 get Leo to school by 8.45am every school day, with breakfast eaten or a school breakfast "
            "club place used."),
        _l1("6.6 Ken Ashby (Grandad) will:"),
        _l2("6.6.1 collect Leo from school every Monday and Wednesday and give him his tea at Weaver Close "
            "until 7pm;"),
        _l2("6.6.2 have Leo to stay every Friday night, and take him to football on Saturday morning."),
        _l1("6.7 Dravenholt Church of England Primary School (Mrs Ruth Oakes, designated safeguarding lead) "
            "will:"),
        _l2("6.7.1 have a member of staff Leo chooses meet him at the gate every school morning at 8.45am;"),
        _l2("6.7.2 give Leo a place at breakfast club every school day from 16/03/2026;"),
        _l2("6.7.3 give Leo a weekly ELSA session on Thursday afternoons until the May half term."),
        _l1("6.8 Dravenholt Young Carers (Josh Penn, young carers worker) will:"),
        _l2("6.8.1 complete a young carer's assessment with Leo by 30/04/2026, and offer him a place at the "
            "Saturday club."),
        _h("7. How we will know"),
        _l1("7.1 The check for each item in part 6 is given here by its number."),
        _l2("6.1.1 \u2013 FQ's visit records on the file every week, each with what Leo said and did, and Leo "
            "seen on his own at least every other week."),
        _l2("6.1.2 \u2013 Leo's card seen in his school bag and a copy on file; Leo can tell his teacher who he "
            "would ring."),
        _l2("6.1.3 \u2013 the new crisis plan, signed by Claire and Ken, on FQ's file by 27/03/2026."),
        _l2("6.1.4 \u2013 the assessment report shared with Claire and then with the core group by 22/05/2026."),
        _l2("6.2.1 \u2013 Ben Whitlow's written report on FQ's file before every core group, giving his view on "
            "change and its likely timescale."),
        _l2("6.3.1 \u2013 Dr Rao's letter to FQ by 17/04/2026, shared at the core group on 24/04/2026."),
        _l2("6.4.1 \u2013 the pharmacy's collection record, sent to FQ each month, shows every weekly pack "
            "collected."),
        _l2("6.5.1 \u2013 the CMHT's DBT register, in Ben Whitlow's reports, shows Claire at every session."),
        _l2("6.5.2 \u2013 FQ sees the locked box and that week's blister pack at each visit, with no more "
            "than one day's tablets in the flat."),
        _l2("6.5.3 \u2013 the school register shows Leo on time on at least 19 of every 20 school days."),
        _l2("6.6.1 \u2013 Ken signs Leo out on the school's collection sheet each Monday and Wednesday."),
        _l2("6.6.2 \u2013 Ken texts FQ each Saturday to say Leo stayed and went to football; FQ checks with Leo "
            "on her visits."),
        _l2("6.7.1 \u2013 the school's daily check-in sheet, sent to FQ every Friday, with Leo's mood score "
            "agreed by Leo and the member of staff."),
        _l2("6.7.2 \u2013 the breakfast club register shows Leo there on the days he comes in."),
        _l2("6.7.3 \u2013 the ELSA's session notes, with Leo's own words, sent to FQ after each half term's "
            "sessions and before each core group."),
        _l2("6.8.1 \u2013 the assessment shared with Leo, Claire and FQ by 30/04/2026; Leo on the Saturday club "
            "register if he chooses to go."),
        _h("8. If things go wrong"),
        _l1("8.1 If Claire self-harms, takes more medication than she should, or tells anyone she is planning "
            "to, the person who knows will ring 999 or the Dravenholt Crisis Team at once. Leo will go to Ken's "
            "that day, and FQ (or the Emergency Duty Team out of hours) will see Leo the same day or the next "
            "morning."),
        _l1("8.2 If Claire does not collect her blister pack on a Monday, the pharmacy will ring Ben Whitlow, "
            "who will visit Claire that day and tell FQ."),
        _l1("8.3 If Ken cannot have Leo (he is ill or away, or he feels he cannot go on), he will tell FQ that "
            "day. Leo's aunt, Gemma Ashby, at 2 Quay Street, has agreed to have him in an emergency; if neither "
            "of them can, FQ will place Leo with Dravenholt foster carers that day. If Ken cannot do the Monday "
            "and Wednesday collections, Leo will stay at after-school club until 5.30pm, paid for by Children "
            "and Families, and FQ will take him home."),
        _l1("8.4 If Claire takes another overdose or is admitted to hospital, or if Dr Rao's or Ben Whitlow's "
            "reports by the core group on 24/04/2026 say she is not making the changes Leo needs, FQ will ask "
            "Martin Hale for a legal planning meeting within five working days."),
        _h("9. Meetings"),
        _l1("9.1 Core group every four weeks at Dravenholt C of E Primary, 3.45pm: 27/03/2026, 24/04/2026 and "
            "22/05/2026."),
        _l1("9.2 Review child protection conference: 19/06/2026, 10am, Dravenholt Council House."),
        _l1("9.3 FQ will see Leo before each core group and bring what he says to it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. One-page "My plan" for a 14-year-old young carer, written with her:
#    mother's drinking, the girl's self-harm, an aunt and grandmother
#    helping. "Me" / "I" is Tia. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b169_delverton_one_page_my_plan_teenager_haworth.md",
    "split": "heldout",
    "actions": 13,
    "template": "one-page-my-plan-md-for-a-14-year-old-written-with-her-first-person-short-bold-headed-blocks-about-me-what-i-think-worries-going-ok-my-goals-then-who-what-when-how-well-know-table-me-rows-then-if-things-go-wrong-and-meetings-lines",
    "description": (
        "Exemplary one-page child protection plan written with a 14-year-old girl who has been caring for "
        "her 6-year-old brother while their mother drinks, and who has started to self-harm. In her own "
        "words: about me, what I think, what the adults are worried about, what is going OK and her "
        "goals, then one Who / What / When / How we'll know table in which 'Me' is Tia; times tied to her "
        "life ('every Monday before registration', 'every school day', 'every Wednesday and Friday', "
        "'first appointment 10/03/2026, then every two weeks') and measures she and others can see (her "
        "score written down by her mentor, breath tests at zero, a register, her signed safety plan). The "
        "alcohol service reports on change, CAMHS owns her self-harm work, the aunt's and grandmother's "
        "help has a fallback, legal planning follows named triggers, and core group and review dates are "
        "set."
    ),
    "text": """\
# My plan – Tia Haworth

**Delverton City Council, Children's Services** · Child protection plan agreed at the initial child protection
conference on 26/02/2026 (category: neglect) · Written with Tia by her social worker, Owen Bright, on 27/02/2026.
This page is Tia's copy; her mum, her aunt and everyone in the table have the same page.

**About me.** I'm Tia, I'm 14 (born 09/09/2011) and I'm in Year 9 at Delverton Park Academy. I live at 61
Sycamore Road, Delverton DV7 2QP, with my mum, Gemma Haworth (38), and my little brother Alfie (6), who goes
to Delverton Infants. Our dad doesn't see us. My Auntie Kerry (Mum's sister) lives on Linden Street and my Nan,
Pat Haworth, lives in the flats by the park. I like drawing, my dog Biscuit, and netball when I get to go.

**What I think.** "I love my mum. She's not horrible when she drinks, she just goes to sleep and then someone
has to do Alfie." "I don't want to go into care and I don't want Alfie to." "I cut because it stops my head
being so loud. I know I need to stop." "I want to be normal – go to netball, have mates round, not always be
tired." I scored home 4 out of 10 (10 = everything's fine) with Owen on 24/02/2026.

**What the adults are worried about.** Mum drinks most evenings and has been found asleep and unable to wake
with Alfie still up. I have been doing Alfie's tea, bath and bedtime and getting him to school, and my
attendance has dropped to 62%. In January school found cuts on my arm.

**What's going OK.** Mum wants to stop drinking and went to Delverton Recovery Service on her own on 16/02/2026.
Auntie Kerry and Nan want to help. Alfie is doing well at school. I've talked to Miss Carter, my mentor, and
to the school nurse.

**My goals (what we all want for me and Alfie).**

1. Alfie and me are looked after every evening by a grown-up who is sober.
2. I'm in school every day, I go to netball again, and I'm not the one doing Alfie's tea and bedtime.
3. I have stopped cutting, or cut much less, and I know who to go to when my head is loud.

**Who's doing what.**

| # | Who | What | When | How we'll know |
|---|---|---|---|---|
| 1 | Me (Tia) | Go to school every day and to netball club on Tuesdays. | Every school day from 02/03/2026; netball every Tuesday after school | The register shows me at 90% or more by the Easter holidays, and Miss Malik ticks me in at netball. |
| 2 | Me (Tia) | Tell Miss Carter how my week at home was, with a score out of 10. | Every Monday before registration | Miss Carter writes my score and what I said on the school's safeguarding log and sends it to Owen each Monday. |
| 3 | Mum (Gemma Haworth) | Not drink at all when she's looking after me and Alfie, and do a breath test whenever Owen or Nina asks. | Every day from 26/02/2026 | Every breath test reads zero, written on Owen's and Nina's records. |
| 4 | Mum (Gemma Haworth) | Go to her key-work session at Delverton Recovery Service and her recovery group. | Every Tuesday from 03/03/2026 | Delverton Recovery's attendance record shows every session kept; Nina tells Owen the same day if one is missed. |
| 5 | Nina Shah, recovery worker, Delverton Recovery Service | Work with Mum on her drinking, breath-test her at each session, and write to Owen on whether Mum's drinking is changing enough for her to look after me and Alfie, and how long that is likely to take. | Weekly; letter two working days before each core group | Nina's letter, with the breath test results, on Owen's file before every core group. |
| 6 | Owen Bright, my social worker | See me on my own every week, at school or out, and see Alfie at home, at least one visit in three without telling Mum first. | Every week until the review conference on 21/05/2026 | Owen's visit notes with what I said and my score out of 10 each time. |
| 7 | Auntie Kerry (Kerry Haworth) | Collect Alfie from school and have us both for tea every Wednesday and Friday, and have us to stay on Friday nights. | Every Wednesday and Friday from 04/03/2026 | Kerry signs Alfie out at Delverton Infants and texts Owen on Saturday morning to say how the weekend started. |
| 8 | Nan (Pat Haworth) | Do Alfie's bath and bedtime at ours on Mondays and Thursdays, so I can do my homework. | Mondays and Thursdays, 6pm to 8pm, from 02/03/2026 | Nan writes the nights on the calendar on the fridge; Owen checks it at his visits and asks me. |
| 9 | Dr Leah Morgan, CAMHS | See me about the cutting and make a safety plan with me. | First appointment 10/03/2026, then every two weeks until the review conference | My safety plan, signed by me, copied to Owen and to Sam (school nurse) by 24/03/2026; Dr Morgan's letter to Owen before each core group. |
| 10 | Sam Achebe, school nurse | Check my arms with me, and my dressings, at the Thursday lunchtime drop-in. | Every Thursday, 12.30pm | Sam's notes on the school health record, and any new cuts told to Owen and Dr Morgan the same day. |
| 11 | Mrs Denise Ford, DSL, Delverton Infants | Check Alfie is in on time, fed and clean. | Every school day | Daily check sheet sent to Owen every Friday; Alfie on time on at least 19 of every 20 days. |
| 12 | Aisha Rahman, Delverton Young Carers | Do my young carer's assessment with me, then give me a place at the Thursday group. | Assessment by 31/03/2026; group from 09/04/2026 | The assessment shared with me, Mum and Owen by 31/03/2026; me on the group register. |
| 13 | Owen Bright, my social worker | Finish an assessment of how Mum is caring for us, including what Kerry and Nan can keep doing. | By 01/05/2026 | The report shared with Mum and me first, then with the core group on 07/05/2026. |

**If things go wrong.**

- If Mum has been drinking when I get home, or when she is looking after Alfie, I ring Auntie Kerry (07700 900 514)
  and we go to Kerry's that night. Kerry tells Owen, or the Emergency Duty Team (01632 960 900) out of hours,
  and Owen sees us the next day.
- If Kerry can't have us (she's working nights, ill or away), Nan will come to ours and stay the night. If
  neither of them can, Owen or the Emergency Duty Team will find foster carers for me and Alfie together that
  night. If Nan can't do a Monday or Thursday bedtime, she tells Owen that day and Kerry does it instead.
- If I cut badly enough to need a dressing or stitches, or I tell anyone I want to end my life, whoever knows
  takes me to Delverton Royal A&E (or rings 999), and CAMHS will see me within 24 hours.
- If Mum is found drunk while looking after Alfie again, or her breath tests are not clear by the core group
  on 09/04/2026, Owen will ask his manager, Sue Lambert, for a legal planning meeting within five working days.

**Meetings.** Core group every four weeks at Delverton Park Academy, 4pm: 12/03/2026, 09/04/2026 and
07/05/2026. I can come to the start of each one or send my views with Owen. Review child protection
conference: 21/05/2026, 10am, Delverton Civic Centre.
""",
    "findings": [],
})
