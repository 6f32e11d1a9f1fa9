"""Batch 32, module 1: seven fictional plans (held-out material), places beginning with "o".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Brief: anything a real local authority might send for a review. An initial
conference plan as a case-system text export with labelled fields and wrapped
lines; a review conference record as a paged PDF where progress is poor and
legal planning is talked about but not taken up; a child in need plan for a
young carer; a pre-birth plan where the mother has bipolar disorder; a
looked-after baby on a neonatal unit; a plan for a family moving to another
authority; and a second review conference where progress is insufficient and
a legal planning meeting is booked. Owners, dates and measures sit in their
own columns, in a shared column, inside the action sentence, in brackets and
on labelled sub-lines.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC outcome and plan printed from a case system: labelled fields with
#    dot leaders and wrapped continuation lines, one block per action (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ollerdene_icpc_familypath_field_print_marsh.txt",
    "split": "heldout",
    "template": "icpc-case-system-print-txt-numbered-bracket-sections-dot-leader-fields-action-blocks-description-responsible-target-success-status-wrapped-continuations",
    "description": (
        "Initial conference plan for a 7-year-old and a 2-year-old (neglect; mother's partner drinks "
        "most nights, mother has panic attacks) printed from a case system, one labelled block per "
        "action. Visits, school, police and nursery blocks are complete, but the partner's alcohol "
        "self-referral is 'ASAP' with no success measure, attendance is 'monitored', home conditions "
        "belong to 'Family', 'Ongoing', 'Improvement', the 2-year review has no responsible officer, the "
        "learning mentor waits for a space and 'All agencies' share concerns. No adult service owns an "
        "action although alcohol misuse and anxiety are recorded."
    ),
    "text": """\
==========================================================================
 OLLERDENE COUNCIL - CHILDREN AND FAMILIES              FamilyPath v7.3
 CONFERENCE OUTCOME AND CHILD PROTECTION PLAN                    (ICPC)
 Record FP-0048812          Printed 15/07/2025 09:12    User TASHWORTH
==========================================================================

[1] CONFERENCE
Type ..................: Initial Child Protection Conference
Held ..................: 14/07/2025 10:00, Ollerdene Civic Hall, Room 2
Chair .................: Marguerite Fenn, Independent Chair
Minutes ...............: Lewis Okoye, Business Support
Decision ..............: Child Protection Plan for both children
Category ..............: Neglect

[2] HOUSEHOLD
Child .................: Keeley MARSH, DOB 02/05/2018 (7y), Year 2,
                         St Wilfrid's CE Primary, Ollerdene
Child .................: Harvey HEELEY, DOB 19/04/2023 (2y), not in
                         any childcare
Address ...............: 7 Tannery Row, Ollerdene
Mother ................: Danielle MARSH (29)
Mother's partner ......: Gavin HEELEY (33), Harvey's father
Keeley's father .......: Sean MARSH, no contact since 2021
Allocated SW ..........: Tamsin Ashworth, Safeguarding Team 3

[3] REASON FOR PLAN (chair's summary)
St Wilfrid's referred on 03/06/2025 after Keeley came in hungry on four
days in one week and told her teacher that Harvey "had the crusts". On
the SW's visit on 05/06/2025 there was no food in the kitchen, dog mess
on the landing and no sheet on Harvey's cot. Gavin told conference he
drinks "8 or 9 cans a night, more at the weekend"; police attended an
argument on 28/05/2025 and recorded that he was very drunk. Danielle
has panic attacks and rarely leaves the house. She said she cannot
face the school gate, so Keeley often misses the first lesson; her
attendance this year is 81%. Harvey has not had his 2-year check and
is not registered with a nursery.

Strengths: Danielle and Gavin came to conference together and agreed
with most of what was said. Keeley is bright and well liked at school.
Gavin works four days a week and pays the rent.

[4] CHILD'S VIEWS / LIVED EXPERIENCE
Keeley (seen alone at school on 09/07/2025): "School dinners are the
best because they're hot. At home sometimes there's only cereal and no
milk." She said Gavin is "funny when he's not shouty" and that she
takes Harvey under her bed "when they're arguing". She would like "a
lock on the bathroom and my own duvet".
Harvey (seen at home 05/06 and 09/07/2025): has about ten words,
pointed at the fridge and said "nana" (banana) and climbed onto the
SW's lap. His nappy was heavy and wet on both visits.

[5] OUTCOMES
OC1  Keeley and Harvey have three meals a day and a clean, safe place
     to sleep, every day.
OC2  Keeley gets to school on time every day and her attendance is
     above 95% by the review conference.
OC3  The children are not around arguments or drunkenness at home,
     and Keeley knows who she can tell if she is frightened.
OC4  Harvey's health and development are checked and any delay is
     picked up and helped.

[6] ACTIONS
--------------------------------------------------------------------------
Action ........: 01                                  Outcome(s): OC1 OC3
Description ...: Announced and unannounced home visits. See Keeley and
                 Harvey on their own, look in the fridge and at both
                 children's beds, and ask Keeley what has happened since
                 the last visit.
Responsible ...: Tamsin Ashworth, SW
Target date ...: Every 10 working days, at least 1 in 3 unannounced
Success .......: Visit record notes the food seen, the beds and
                 Keeley's own words at every visit
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 02                                      Outcome(s): OC3
Description ...: Self-refer to Ollerdene Alcohol Service (Anchor Point)
                 for help with his drinking.
Responsible ...: Gavin Heeley
Target date ...: ASAP
Success .......:
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 03                                      Outcome(s): OC2
Description ...: Book a GP appointment about Danielle's panic attacks
                 and anxiety.
Responsible ...: Danielle Marsh
Target date ...: 01/08/2025
Success .......: Appointment card or letter shown to the SW at the
                 next visit
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 04                                      Outcome(s): OC2
Description ...: Keeley to be in school by 8.50am every day; Gavin to
                 take her on any morning Danielle cannot manage the
                 walk to school.
Responsible ...: Danielle Marsh and Gavin Heeley
Target date ...: Every school day from 15/07/2025
Success .......: Attendance will be monitored
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 05                                      Outcome(s): OC2
Description ...: First-day phone call home whenever Keeley is absent,
                 and weekly attendance figures emailed to the SW.
Responsible ...: Mrs Joanne Petrie, Attendance Officer, St Wilfrid's
Target date ...: Daily; figures every Friday
Success .......: Friday email to the SW with the week's attendance;
                 attendance above 95% by the review
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 06                                      Outcome(s): OC1
Description ...: Home conditions to be improved - landing and kitchen
                 cleared, dog mess picked up, clean sheets on Harvey's
                 cot and a duvet for Keeley.
Responsible ...: Family
Target date ...: Ongoing
Success .......: Improvement in home conditions
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 07                                      Outcome(s): OC4
Description ...: Two-year health and development review for Harvey,
                 with an ASQ-3 and a hearing referral if needed.
Responsible ...:
Target date ...: 15/08/2025
Success .......: ASQ-3 scores, weight and height sent to the SW in
                 writing
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 08                                      Outcome(s): OC4
Description ...: Apply for Harvey's funded 2-year-old place and arrange
                 a start at Little Wrens Nursery.
Responsible ...: Rhiannon Cole, Family Hub Worker
Target date ...: 31/08/2025
Success .......: Start date confirmed in writing; nursery register
                 shows Harvey in 3 mornings a week from September
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 09                                      Outcome(s): OC3
Description ...: Keeley to have time with the learning mentor to talk
                 about home and to make her "who I can tell" hand.
Responsible ...: Mr Adam Rusk, Learning Mentor, St Wilfrid's
Target date ...: When a space becomes available
Success .......: Session notes and Keeley's safety hand copied to the
                 DSL and the SW
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 10                                  Outcome(s): OC1 OC3
Description ...: Pass on any worry about the children's care (hunger,
                 marks, missed school, police call-outs) to the SW.
Responsible ...: All agencies
Target date ...: Same day
Success .......: Logged on FamilyPath with date, time and who rang
Status ........: OPEN
--------------------------------------------------------------------------
Action ........: 11                                      Outcome(s): OC3
Description ...: Notify Children's Services of any domestic incident at
                 7 Tannery Row, with the officer's note on who was drunk.
Responsible ...: PC Dale Hurst, Ollerdene Police Safeguarding Hub
Target date ...: Within 24 hours of any call-out
Success .......: Police notification on FamilyPath within 24 hours
Status ........: OPEN
--------------------------------------------------------------------------

[7] CONTINGENCY
If Keeley or Harvey are found with no food in the house, Gavin is found
drunk while looking after them on his own, or police are called to the
address again, the SW (EDT out of hours) will hold a strategy
discussion the same day. Gavin will be asked to stay with his brother
in Dyer Street until it is safe for him to return; if he will not
leave, the children will be looked after by approved foster carers
under s20 that night.

[8] CORE GROUP / REVIEW
First core group ......: 24/07/2025 14:00, St Wilfrid's CE Primary
Frequency .............: Every 4 weeks (21/08, 18/09/2025)
Review conference .....: 09/10/2025 10:00, Ollerdene Civic Hall
Escalation ............: If home conditions have not changed, or Gavin
                         has not started work with Anchor Point, by the
                         core group on 18/09/2025, the SW will request a
                         legal planning meeting (PLO).

Distribution: parents; St Wilfrid's (DSL); Family Hub; Police; GP;
Health Visiting (0-19 Team)
------------------------------- END OF PRINT -----------------------------
""",
    "findings": [
        F("T002", "Self-refer to Ollerdene Alcohol Service (Anchor Point)"),
        F("M001", "Self-refer to Ollerdene Alcohol Service (Anchor Point)"),
        F("M002", "Keeley to be in school by 8.50am every day"),
        F("W002", "landing and kitchen cleared, dog mess picked up"),
        F("T002", "landing and kitchen cleared, dog mess picked up"),
        F("M002", "landing and kitchen cleared, dog mess picked up"),
        F("W001", "Two-year health and development review for Harvey"),
        F("T002", "Keeley to have time with the learning mentor"),
        F("W002", "Pass on any worry about the children's care"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference record and revised plan, paged PDF with a header and
#    a page footer; "Who and by when" share one column, a progress column
#    beside the measure; progress is poor and legal planning is not taken up
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ossingmoor_rcpc_record_who_and_by_when_brannagh.pdf",
    "doc_title": "Review Child Protection Conference - Mason and Ivy Brannagh",
    "split": "heldout",
    "template": "rcpc-record-of-decision-paged-progress-narrative-then-ref-who-and-by-when-shared-column-first-what-will-be-done-what-will-tell-us-progress-since-icpc-columns",
    "description": (
        "First review conference for a 4-year-old and a 10-month-old (neglect; mother's recurrent "
        "depression under the CMHT, father's cannabis use) where little has changed; legal planning is "
        "discussed and set aside for three more months. The revised table puts owner and date together "
        "in a 'Who and by when' column. The CMHT care co-ordinator only supports (measure 'mood is more "
        "stable'), the yard clearance is 'TBC', the parenting course waits for the next course with "
        "'engagement' as its measure, the housing row has a date but nobody, 'Professionals' share "
        "concerns and the GP's medication review has no measure. One outcome is the mother's, the "
        "contingency is 'further concerns ... consider next steps' and nothing leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE (PERSONAL) | Ossingmoor Borough Council | Safeguarding and Quality Assurance Unit",
    "footer": "RCPC 10/07/2025 - Mason and Ivy Brannagh - page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference: Record of Decision and Revised Plan"),
        ("kv", [
            ("Children", "Mason Brannagh, born 21/03/2021 (4), Little Acorns Nursery; "
                         "Ivy Brannagh, born 08/09/2024 (10 months)"),
            ("Address", "31 Fulmar Crescent, Ossingmoor"),
            ("Parents", "Chloe Brannagh (27) and Jordan Pyle (29), living together"),
            ("Conference", "First review, 10/07/2025, 1.30pm, Ossingmoor Town Hall, Committee Room B"),
            ("Previous conference", "Initial child protection conference, 10/04/2025"),
            ("Category", "Neglect (unchanged)"),
            ("Chair", "Graham Ostler, Child Protection Chair"),
            ("Social worker", "Nadia Kowalczyk, Family Safeguarding Team West"),
        ]),
        ("h1", "1. Who took part"),
        ("p", "Chloe Brannagh and Jordan Pyle (parents); Nadia Kowalczyk (SW); Rachel Dunne (health visitor); "
              "Craig Ellery (care co-ordinator, Ossingmoor CMHT); Sadia Munro (key worker, Harbour Project "
              "substance misuse service); Helen Vokes (manager, Little Acorns Nursery); Graham Ostler (chair); "
              "Josie Parr (minutes). Dr Imran Shah (GP, Moorgate Surgery) sent a written report."),
        ("h1", "2. What has happened since April"),
        ("p", "Nadia told conference that the plan has only partly been followed. Two of her seven visits were "
              "unannounced and on both there was no answer although the television was on. On the visits she "
              "did make, the back yard was still full of black bags, the stair gate was off its hinges and "
              "Ivy's cot had a pile of washing in it. Ivy's weight has dropped from the 25th to the 9th centile "
              "since March and she is not yet sitting on her own. Mason has been at nursery on 62% of his "
              "sessions and has twice arrived in the same clothes three days running."),
        ("p", "Chloe has recurrent depression and has been under the CMHT since 2022. Craig said she has kept "
              "three of six appointments and that she had stopped her sertraline for about a month in May "
              "\"because it made me feel flat\". Jordan has been to four of twelve Harbour Project sessions "
              "and two of his three urine screens were positive for cannabis. Both parents said they love the "
              "children and that they have found it hard to keep up with so many appointments. Chloe said the "
              "flat is too small and that \"there's nowhere to put anything\"."),
        ("p", "There have been some good changes. Mason has had his hearing test and his speech is being "
              "helped at nursery, and Jordan fixed the lock on the front door after it was raised at the "
              "initial conference. Chloe has been going to the baby group at the Family Hub on Wednesdays "
              "with Ivy."),
        ("h1", "3. What life is like for Mason and Ivy"),
        ("p", "Mason was seen at nursery on 02/07/2025. He said he likes \"the big slide and the fish "
              "fingers\" at nursery. Asked about home he said \"Mummy stays in bed and I watch tablet\" and "
              "\"Daddy smokes in the garden, it's stinky\". He told the nursery manager he was hungry on two "
              "Monday mornings in June."),
        ("p", "Ivy was seen at home by the health visitor on 24/06/2025 and by Nadia on 01/07/2025. She was "
              "quiet and watchful, smiled when Mason played peekaboo with her and did not cry when she was put "
              "down. Her head is flat at the back and she spends long periods in her bouncer chair."),
        ("h1", "4. Decision"),
        ("p", "Conference agreed that Mason and Ivy continue to be likely to suffer significant harm through "
              "neglect, and that the child protection plan will continue under the same category for a further "
              "three months. The health visitor asked whether legal planning should now be started. The "
              "chair's view, which the social worker's manager shared, was that it was not needed at this "
              "stage, because Jordan has started at the Harbour Project and Chloe is back on her medication."),
        ("h1", "5. What needs to be different"),
        ("bullets", [
            "Mason and Ivy have a clean home, with a safe cot for Ivy and a clear yard and stairs.",
            "Ivy gains weight back to her 25th centile and is sitting and playing on the floor by the next review.",
            "Mason goes to nursery every morning, clean, fed and in clean clothes.",
            "Chloe's depression is managed and she engages with her CMHT worker.",
        ]),
        ("h1", "6. Revised plan"),
        ("table", {
            "header": ["Ref", "Who and by when", "What will be done", "What will tell us it is working",
                       "Progress since ICPC"],
            "widths": [1.0, 3.4, 4.6, 4.4, 3.6],
            "rows": [
                ["1", "SW Nadia Kowalczyk – every 2 weeks, one visit in three unannounced",
                 "Visit the home, see Mason on his own and Ivy awake, and look at where the children sleep "
                 "and what food is in the cupboards",
                 "Visit record describes each child, their sleeping areas and the food seen at every visit",
                 "5 of 7 visits; no answer on 2 unannounced calls"],
                ["2", "Craig Ellery, care co-ordinator, Ossingmoor CMHT – every 2 weeks",
                 "Carry on with care co-ordination visits and encourage Chloe to keep taking her sertraline",
                 "Chloe's mood is more stable",
                 "3 of 6 appointments kept"],
                ["3", "Jordan Pyle, with key worker Sadia Munro (Harbour Project) – weekly",
                 "Key-work sessions on Jordan's cannabis use, with a urine screen at every session",
                 "Screen results sent to the SW each month and a written update to every core group",
                 "4 of 12 sessions; 2 of 3 screens positive"],
                ["4", "HV Rachel Dunne – monthly, next visit 24/07/2025",
                 "Weigh Ivy, check her head shape and sitting, and go through weaning and tummy time with Chloe",
                 "Ivy's weight back on the 25th centile; red book entries seen by the SW",
                 "Weight fell from 25th to 9th centile"],
                ["5", "Chloe and Jordan – every weekday morning from 14/07/2025",
                 "Take Mason to Little Acorns for his 15 funded hours, washed, fed and in clean clothes",
                 "Nursery register shows Mason in five mornings a week; nursery records how he arrives",
                 "62% attendance"],
                ["6", "Chloe and Jordan – TBC",
                 "Clear the black bags from the back yard and the landing and put the stair gate back up",
                 "Yard, landing and gate seen by the SW and ticked on the home conditions checklist",
                 "Not done"],
                ["7", "Chloe – when the next course starts",
                 "Complete the Incredible Years parenting course at Ossingmoor Family Hub",
                 "Engagement with the course",
                 "On the waiting list"],
                ["8", "– by 31/08/2025",
                 "Help the family to apply for a bigger property through Ossingmoor Homes",
                 "Application submitted and the bidding number given to the SW",
                 "Not started"],
                ["9", "Professionals – daily",
                 "Share any worry about how Mason or Ivy look or behave (hunger, dirty clothes, marks) with "
                 "the SW the same day",
                 "Each worry logged on the children's record with the date and time",
                 "Two worries logged by nursery"],
                ["10", "Dr Imran Shah, GP, Moorgate Surgery – by 01/08/2025",
                 "Review Chloe's sertraline dose and the side effects she describes",
                 "",
                 "New"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If there are further concerns about the children's care, or the plan is not being followed, "
              "Nadia will discuss this with her manager and the core group will meet to consider next steps."),
        ("h1", "8. Core group and next review"),
        ("p", "Core group meetings every 4 weeks at Little Acorns Nursery, 2pm: 24/07/2025, 21/08/2025 and "
              "18/09/2025. Second review child protection conference: 09/10/2025, 1.30pm, Ossingmoor Town Hall."),
        ("p", "Record agreed by Graham Ostler, Child Protection Chair, 11/07/2025. Copies to the parents and all "
              "agencies present."),
    ],
    "findings": [
        F("M002", "encourage Chloe to keep taking her sertraline"),
        F("H001", "encourage Chloe to keep taking her sertraline"),
        F("T002", "Clear the black bags from the back yard"),
        F("T002", "Complete the Incredible Years parenting course"),
        F("M002", "Complete the Incredible Years parenting course"),
        F("W001", "Help the family to apply for a bigger property"),
        F("W002", "Share any worry about how Mason or Ivy look"),
        F("M001", "Review Chloe's sertraline dose and the side effects"),
        F("F002", "Chloe's depression is managed and she engages with her CMHT worker."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan for a young carer and her brother: bullets under
#    need headings, owner in the sentence, date in brackets, measure after
#    "we'll know because" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_oxwellby_cin_young_carer_bracket_dates_wharfe.md",
    "split": "heldout",
    "template": "cin-plan-md-young-carer-bold-label-lines-need-subheadings-bullets-owner-in-sentence-date-in-brackets-well-know-because-clause-cin-review-dates",
    "description": (
        "Child in need plan for a 13-year-old young carer and her 9-year-old brother with ADHD (mother "
        "has multiple sclerosis, father drives long-distance). Most bullets name an owner, a date in "
        "brackets and a 'we'll know because' measure; but the school's time-out card is measured by Tegan "
        "feeling less worried, the adult social care referral has no agent and is 'as soon as possible', "
        "Dad will look into his shifts 'over the summer' with no measure, 'the family' give Corey his "
        "tablets and 'keep an eye on' him, and Aunt Gemma's football run has no measure. Gemma is the "
        "only answer if Mum goes into hospital. Only CIN reviews are set and no legal step is named."
    ),
    "text": """\
# Child in Need Plan – Tegan and Corey Wharfe

**Oxwellby County Council · Children's Services · Young Carers and Families Team**

**Children:** Tegan Wharfe, 13 (Year 8, Oxwellby Academy) and Corey Wharfe, 9 (Year 4, Brook Lane Primary)
**Parents:** Leanne Wharfe (mum) and Paul Wharfe (dad), 14 Chandler's Yard, Oxwellby
**Other family:** Gemma Rudd, Leanne's sister, lives on Mill Bank, a ten-minute walk away
**Social worker:** Ellie Brannock · **Team manager:** Ravi Moss
**Plan agreed:** first child in need meeting, 10 July 2025 (child and family assessment completed 30 June 2025)

## Why we are working with the family

Leanne has relapsing-remitting multiple sclerosis. Since a relapse in March she has been using a
wheelchair outside the house and finds stairs, showering and cooking very hard, especially in the
evenings. Paul drives for a haulage firm and is away from Monday to Thursday most weeks. Tegan has
been helping her mum in and out of the shower, cooking tea for Corey and getting him to bed. Her
attendance has dropped to 86% and she has fallen asleep in lessons. Corey was diagnosed with ADHD
last year; on the days he misses his morning tablet school say he cannot settle and he was sent home
twice in June. Nobody in the family has had a carer's assessment and there is no care package for
Leanne.

Leanne and Paul asked for help themselves after Tegan's head of year rang them. They are open
about how hard things are and want Tegan "to get her childhood back".

## What Tegan and Corey told us

Tegan (seen on her own at school, 2 July): "I don't mind helping Mum, I just get tired. I'm scared
when she falls. I'd like to do netball again but it's on a Tuesday and Dad's away." She said the
thing she worries about most in lessons is "whether Mum's OK".

Corey (seen at home, 4 July) showed Ellie his Lego and said "Auntie Gemma's is fun because she has
a trampoline". He said Tegan "is bossy but she makes good pasta". He doesn't like his tablets
"because they're big".

## What we want for Tegan and Corey by the next review

- Tegan doesn't do any of Mum's personal care, goes to school every day and gets back to netball.
- Tegan has someone outside the family to talk to about her worries.
- Corey has his tablet every school morning and can stay in class all day.
- Both children know what will happen, and who will look after them, if Mum is poorly or goes into hospital.

## The plan

### Tegan's caring role

- Becky Noon from Oxwellby Young Carers will complete a young carer's assessment with Tegan (by 15 August 2025) – we'll know because the assessment and the support offered are sent to Tegan, her parents and Ellie.
- Tegan will go to the Young Carers Thursday club (every Thursday in term time from 4 September 2025) – we'll know because the club register shows her there.
- Mr Dev Rana, pastoral lead at Oxwellby Academy, will give Tegan a time-out card so she can ring home at break if she is worried about Mum (from the first day of the autumn term) – we'll know because it helps Tegan feel less worried in lessons.

### Leanne's health and care at home

- Jo Farrant, MS specialist nurse, will review Leanne's symptoms and equipment at home (by 31 July 2025) – we'll know because her letter to the GP and to Ellie says what help Leanne needs with washing, dressing and the stairs.
- A referral will be made to Oxwellby Adult Social Care for a care and support assessment for Leanne, so that Tegan no longer helps her shower (as soon as possible) – we'll know because carers' visits appear on the agency rota and Tegan tells Ellie she isn't helping with showers.
- Paul will look into changing his shifts so that he is home on more weeknights (over the summer).

### Corey

- Dr Sam Okafor, community paediatrician, will see Corey to review his ADHD medication and the size of his tablets (by 22 August 2025) – we'll know because the clinic letter is shared with Brook Lane and with Ellie.
- The family will make sure Corey takes his tablet before school every morning and will keep an eye on how settled he is.
- Aunt Gemma will have Corey at hers every Tuesday and Friday after school until 7pm – we'll know because she writes it on the family calendar, which Ellie looks at on her visits.
- Aunt Gemma will take Corey to Oxwellby Juniors football every Saturday morning.

### Keeping in touch

- Ellie Brannock will visit every 4 weeks and see Tegan and Corey on their own – we'll know because her visit notes record what each of them says.

## If things get harder

If Leanne has a relapse and is admitted to hospital, Tegan and Corey will stay with Aunt Gemma
until Paul can get home, and Ellie will visit them there within 2 working days. If Tegan is found
doing Mum's personal care again after the care package starts, Ellie will visit the same day and
talk to the family about what has gone wrong.

## Reviewing the plan

Child in need review meetings every 6 weeks at Oxwellby Academy: 21 August 2025 and 2 October 2025,
4pm. If things get worse and Tegan or Corey are at risk of harm, Ellie will talk to her manager about
a strategy discussion and whether a child protection conference is needed.

*Typed by Ellie Brannock, 11 July 2025. Copies to Leanne and Paul, Tegan (her own copy), Oxwellby
Academy, Brook Lane Primary, Oxwellby Young Carers and the MS specialist nurse.*
""",
    "findings": [
        F("M002", "will give Tegan a time-out card so she can ring home"),
        F("W001", "A referral will be made to Oxwellby Adult Social Care"),
        F("T002", "A referral will be made to Oxwellby Adult Social Care"),
        F("T002", "Paul will look into changing his shifts"),
        F("M001", "Paul will look into changing his shifts"),
        F("W002", "The family will make sure Corey takes his tablet"),
        F("M002", "The family will make sure Corey takes his tablet"),
        F("M001", "Aunt Gemma will take Corey to Oxwellby Juniors football"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, mother with bipolar affective disorder: one table per
#    stage (before the birth / birth and ward / first eight weeks), "Who"
#    first. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_othlingham_prebirth_bipolar_stage_tables_dorney.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Aisling Dorney",
    "split": "heldout",
    "template": "prebirth-icpc-plan-docx-relapse-signature-box-babys-world-then-one-who-first-table-per-stage-before-birth-ward-first-eight-weeks",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a mother with bipolar affective disorder and two "
        "past admissions, made with the perinatal mental health team. Her early warning signs are set "
        "out, the baby's world is described, and a Who / What they will do / When / How we will know "
        "table for each stage gives every action an owner, timescale and observable check. The perinatal "
        "psychiatrist assesses relapse risk and capacity, the CPN reports on change, the GP owns an "
        "action, grandmother's nights are covered if she cannot do them, meetings are set and a legal "
        "planning meeting follows a named trigger."
    ),
    "header": "Othlingham City Council – Children's Social Care – OFFICIAL-SENSITIVE",
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby of", "Aisling Dorney (24), 6 Weaver's Court, Othlingham"),
            ("Father", "Reece Tait (27), lives with Aisling"),
            ("Due date", "19/09/2025 (31 weeks at conference); booked at Othlingham General, delivery suite"),
            ("Conference", "Pre-birth initial child protection conference, 10/07/2025"),
            ("Category", "Neglect (likely risk)"),
            ("Social worker", "Sophie Garland, Othlingham Children's Social Care, Assessment Team 1"),
            ("Chair", "Yusuf Harrow, Independent Reviewing and Conference Service"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Aisling has bipolar affective disorder, diagnosed in 2019. She has been admitted to hospital "
              "twice, in 2020 and in 2023, both times under the Mental Health Act after she stopped her "
              "medication; in 2023 she had not slept for several days and believed people on the television "
              "were sending her messages. When she found out she was pregnant she stopped her lithium on "
              "advice and has taken quetiapine since 14 weeks. She has been well since the spring."),
        ("p", "The perinatal team advise that women with Aisling's history have a high risk of becoming very "
              "unwell in the first weeks after birth, sometimes within days. If that happened and nobody "
              "noticed, the baby could go unfed, be handled unsafely, or be caught up in what Aisling believes "
              "at the time. Aisling and Reece both know this and asked for the plan to be written around "
              "catching the early signs."),
        ("h2", "Aisling's early warning signs (in her words)"),
        ("bullets", [
            "\"Sleeping less than four hours and not feeling tired.\"",
            "\"Talking fast, starting lots of jobs and not finishing them, spending money online.\"",
            "\"Thinking things on the telly or my phone are about me.\"",
            "\"Not eating and forgetting my tablets.\"",
        ]),
        ("h1", "What is going well"),
        ("p", "Aisling has gone to every antenatal appointment and every perinatal team appointment since she "
              "was referred at 12 weeks. Reece notices changes in her quickly and rang her CPN himself in May "
              "when she had two bad nights. Aisling's mum, Noreen, lives fifteen minutes away and has offered "
              "to stay for the first fortnight. The flat is warm and tidy."),
        ("h1", "The baby's world"),
        ("p", "The baby cannot yet tell us anything, so this is what the midwife, CPN and social worker have "
              "seen. At the 28-week scan the baby was growing well and very active; Aisling laughed and said "
              "\"that's Reece's legs\". The spare room has been painted yellow and has a cot, a changing mat "
              "and a drawer of vests washed and folded. Aisling has stopped smoking and there is no smoking in "
              "the flat. She talks to the bump in the evenings and Reece reads to it. At the moment the baby's "
              "world is calm and prepared for; the plan is about keeping it that way after the birth, when the "
              "risk to Aisling's health is highest."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home only with a safety plan that everyone has agreed.",
            "Day and night, the baby is fed, changed and comforted by an adult who is well and awake, with "
            "Reece or Noreen there while Aisling is sleeping or starting to feel unwell.",
            "The baby gains weight steadily along her or his centile and sleeps on their back in their own cot.",
            "If Aisling becomes unwell, the baby stays safe and, where it is safe, close to Aisling.",
        ]),
        ("h1", "The plan"),
        ("h2", "Stage 1: from now until the birth"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.4, 6.0, 3.2, 4.4],
            "rows": [
                ["Sophie Garland, SW",
                 "Visit Aisling and Reece at home, look at the baby's room and go through the birth plan and "
                 "this safety plan with them",
                 "Every 2 weeks until the birth",
                 "Visit records note what was seen and what Aisling and Reece said about the plan"],
                ["Dr Hannah Voss, consultant perinatal psychiatrist, Othlingham Perinatal Mental Health Team",
                 "Assess Aisling's risk of relapse after the birth, her capacity to keep well enough to care "
                 "for the baby, and the likely timescale of any recovery; write a perinatal mental health birth "
                 "plan for the maternity unit",
                 "By 15/08/2025 (34 weeks)",
                 "Written assessment and birth plan sent to the core group, the maternity unit and the SW"],
                ["Martin Quayle, perinatal CPN",
                 "Home visits to go through Aisling's mood, sleep and medication with her and Reece, and a "
                 "written update for each core group on whether the changes the baby needs are being made",
                 "Weekly until the birth",
                 "Written update at every core group with her mood rating, hours slept and any early warning "
                 "signs"],
                ["Dr Colin Breck, GP, Weaver's Lane Surgery",
                 "Prescribe Aisling's quetiapine as weekly scripts and tell the CPN and the SW if she misses "
                 "a collection",
                 "Every week; a missed collection reported the same day",
                 "Pharmacy collection record, checked by the CPN at each visit"],
                ["Jess Albright, community midwife",
                 "Antenatal checks, and a birth plan that includes a five-night stay on the postnatal ward so "
                 "that the baby's feeding and Aisling's sleep can be seen",
                 "At 34, 36, 38 and 40 weeks",
                 "Birth plan on the maternity record, with a copy to the SW by 36 weeks"],
                ["Anjali Rao, health visitor",
                 "Antenatal contact on safe sleep, feeding and how Reece and Noreen will share the night feeds",
                 "By 22/08/2025",
                 "Antenatal contact recorded, with the night-feed rota written into the red book"],
                ["Reece Tait",
                 "Arrange two weeks' paternity leave and a change to day shifts for the following four weeks",
                 "Confirmed in writing by 31/07/2025",
                 "Letter from his employer seen by the SW"],
            ],
        }),
        ("h2", "Stage 2: the birth and the postnatal ward"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.4, 6.0, 3.2, 4.4],
            "rows": [
                ["Carys Holt, specialist safeguarding midwife",
                 "Share this plan with the delivery suite and the postnatal ward and put a safeguarding alert "
                 "on the maternity record",
                 "By 29/08/2025 (36 weeks)",
                 "Email to the SW confirming the alert is on the record"],
                ["Tanya Reid, ward manager, postnatal ward",
                 "Make sure the baby's feeds, nappies and Aisling's sleep are written on the care chart on every "
                 "shift, and tell the SW and the perinatal team the same day about any early warning sign",
                 "Every shift until discharge",
                 "Completed care chart, shared at the discharge planning meeting"],
                ["Dr Hannah Voss, consultant perinatal psychiatrist",
                 "See Aisling on the ward and give her view on whether it is safe for the baby to go home with "
                 "the plan below",
                 "Within 48 hours of the birth, and before discharge",
                 "Written review in the maternity notes, with a copy to the SW"],
                ["Sophie Garland, SW",
                 "Chair a discharge planning meeting with the parents, Noreen, the ward, the perinatal team and "
                 "the health visitor",
                 "Before discharge",
                 "Written discharge plan signed by Aisling and Reece and sent to everyone at the meeting"],
            ],
        }),
        ("h2", "Stage 3: the first eight weeks at home"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will know"],
            "widths": [3.4, 6.0, 3.2, 4.4],
            "rows": [
                ["Noreen Dorney (maternal grandmother)",
                 "Stay at the flat overnight and do the 2am feed so that Aisling gets six hours' sleep",
                 "Every night for the first 2 weeks at home",
                 "Night-feed chart filled in and signed; seen by the health visitor and the SW at each visit"],
                ["Noreen Dorney (maternal grandmother)",
                 "Be with Aisling and the baby during the day while Reece is at work",
                 "Monday to Friday, 8am to 6pm, in weeks 3 and 4",
                 "Daily diary signed by Noreen and read by the SW every week"],
                ["Martin Quayle, perinatal CPN",
                 "Go through the early warning signs with Aisling and Reece, tell Dr Voss and the SW the same "
                 "day about any sign of relapse, and report to each core group on whether Aisling's recovery "
                 "is holding and what that means for her care of the baby",
                 "Twice a week in weeks 1 to 4, then weekly",
                 "Early warning signs checklist completed at each visit and emailed to the SW"],
                ["Anjali Rao, health visitor",
                 "New birth visit, then weigh the baby and check feeding, sleep position and how Aisling is "
                 "bonding with the baby",
                 "New birth visit by day 10, then weekly to 8 weeks",
                 "Weights plotted in the red book; feeding and sleep seen and recorded; EPDS score at 6 weeks"],
                ["Sophie Garland, SW",
                 "Visit at home, see the baby awake and being fed, and read the night-feed chart and the diary",
                 "Weekly for the first 8 weeks, at least two visits unannounced",
                 "Visit records describe the baby's care at every visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Aisling shows any of her early warning signs, stops taking her quetiapine, or says anything "
              "that suggests the baby is in danger or is \"special\", Reece or Noreen will not leave her alone "
              "with the baby. They will ring the perinatal crisis line and the SW (or the emergency duty team "
              "out of hours) that day. The SW will hold a strategy discussion the same day and Dr Voss will "
              "arrange an assessment within 24 hours, with a bed on the Kestrel Mother and Baby Unit if Aisling "
              "needs to be admitted and it is safe for the baby to be with her."),
        ("p", "If the baby cannot be with Aisling, the baby will be cared for by Reece with Noreen at Noreen's "
              "home. If Noreen cannot stay at the flat or look after the baby (for example if she is ill), "
              "Reece's sister Kayleigh Tait has agreed to do the same nights and days and has been checked by "
              "the SW; if neither of them can, the baby will stay with approved foster carers, arranged by the "
              "SW or the emergency duty team that day, until Aisling is well or a family carer is available."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Weaver's Lane Surgery, 10am: 24/07/2025, 21/08/2025 and "
            "18/09/2025; after the birth, within 10 working days of discharge and then every 4 weeks.",
            "Review child protection conference: 13/11/2025, 2pm, Othlingham Civic Centre.",
            "If Aisling stops her medication and will not restart it, or Dr Voss's assessment says she is "
            "likely to become unwell with no safe carer for the baby, the SW will ask the team manager for a "
            "legal planning meeting within 5 working days so that the baby's care is decided before the birth.",
        ]),
        ("p", "Plan written by Sophie Garland, SW, and agreed at conference on 10/07/2025. Aisling and Reece "
              "have a copy and signed it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Looked-after baby on a neonatal unit: visiting timetable, then bold
#    numbered actions with indented Who / When / How we'll know lines; paged
#    PDF with header and footer. Exemplary
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_oakthwaite_lac_nnu_visiting_timetable_sublines_brennock.pdf",
    "doc_title": "Child Protection Plan (looked after, neonatal unit) - Lyla Brennock",
    "split": "heldout",
    "template": "lac-nnu-cp-plan-paged-legal-status-box-how-lyla-is-on-the-unit-visiting-timetable-table-then-bold-numbered-actions-indented-who-when-how-well-know-lines",
    "description": (
        "Exemplary child protection plan for a 5-week-old baby accommodated under section 20 and still on "
        "the neonatal unit being weaned off morphine for withdrawal (mother on methadone and using "
        "heroin; father drinking and using cocaine). A visiting timetable sets who sees Lyla on the unit "
        "and how often; each numbered action then has Who / When / How we'll know lines. The recovery "
        "service reports on change for both parents, the parenting and grandmother assessments have "
        "outputs, core group and review dates are set and legal planning follows named triggers."
    ),
    "header": "Oakthwaite Metropolitan Borough Council – Children's Social Care – OFFICIAL-SENSITIVE",
    "footer": "Lyla Brennock – CP plan (looked after, neonatal unit) – version 2, 11/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked After Baby on the Neonatal Unit"),
        ("kv", [
            ("Child", "Lyla Brennock, born 06/06/2025 at 34+2 weeks (5 weeks old)"),
            ("Where Lyla is", "Neonatal Unit (special care, Bay 2, cot 7), Oakthwaite Royal Infirmary"),
            ("Legal status", "Accommodated under section 20 since 13/06/2025 with her mother's agreement"),
            ("Child protection plan", "Since the initial conference on 20/06/2025; category neglect"),
            ("Mother", "Shannon Brennock (26), Flat 9, Calder House, Oakthwaite"),
            ("Father", "Kyle Roper (30), lives with his mother, Joan Roper, on Ashgrove Road"),
            ("Social worker", "Farhan Iqbal, Children in Care Team 2"),
            ("IRO", "Alan Threlfall"),
            ("Foster carers on discharge", "Mr and Mrs Alder (Oakthwaite Council foster carers)"),
        ]),
        ("h1", "How Lyla is doing on the unit"),
        ("p", "Lyla was born early and began showing signs of withdrawal on her second day: a high-pitched "
              "cry, tremors, sneezing and poor feeding. She has been on oral morphine since 08/06/2025 and her "
              "dose is being brought down every few days. Her withdrawal scores are now mostly under 8. She "
              "came off her feeding tube on 04/07/2025 and takes 60ml bottles three-hourly, though she tires "
              "towards the end of a feed. She weighs 2.46kg."),
        ("p", "The nurses describe a baby who startles easily at noise and settles best swaddled, held upright "
              "against someone's chest in the quiet room with the lights down. She calms quickly for Shannon "
              "during skin-to-skin and now turns her head towards Shannon's voice. After visits that start late "
              "or end suddenly she is unsettled and her scores go up. The unit expects Lyla to be ready for "
              "discharge in about three weeks, once she is off morphine for 72 hours and feeding well."),
        ("h1", "Why there is a plan"),
        ("p", "Shannon has used heroin for six years and has been on methadone since 2023. She used heroin on "
              "top of her script in the last months of the pregnancy. Kyle drinks heavily and uses cocaine at "
              "weekends; police were called to the couple's flat twice in the spring. Shannon agreed to Lyla "
              "being accommodated while her care after the unit is assessed. Both parents love Lyla and want "
              "to care for her, and both have started work with the Oakthwaite Recovery Service."),
        ("h1", "What we want for Lyla"),
        ("bullets", [
            "Lyla is visited and held every day by people who know her, and comes off morphine safely.",
            "Lyla leaves the unit feeding well, to carers who have learned her care on the unit.",
            "Lyla keeps a close bond with her mum and dad through regular, well-planned time with them.",
            "A decision about where Lyla will grow up is made without delay, from assessments of both parents "
            "and of her grandmother.",
        ]),
        ("h1", "Who visits Lyla, and how often"),
        ("table", {
            "header": ["Visitor", "How often", "Arrangements", "Written down in"],
            "widths": [3.6, 3.4, 5.6, 4.4],
            "rows": [
                ["Farhan Iqbal, SW", "Twice a week (Tuesday and Friday) until discharge",
                 "Sees Lyla, speaks to the nurse in charge and reads her chart",
                 "SW visit record on the child's file"],
                ["Mr and Mrs Alder, foster carers", "Every day from 14/07/2025 until discharge",
                 "Do two feeds, a bath and a nappy change with the nursery nurse",
                 "Unit's carer log and the foster carers' daily record"],
                ["Shannon Brennock (mother)", "Monday, Wednesday and Saturday, 10am to 12 noon",
                 "Time in the parents' room, supervised by the nurse looking after Lyla",
                 "Contact record kept by the unit, emailed to the SW weekly"],
                ["Kyle Roper (father)", "Thursday, 2pm to 3pm",
                 "Supervised by a family time worker from Oakthwaite Family Time Service",
                 "Family time worker's written record, sent to the SW within 2 days"],
                ["Alan Threlfall, IRO", "Once before each looked after review",
                 "Sees Lyla and talks with the nurse in charge",
                 "IRO note on the child's file"],
            ],
        }),
        ("h1", "What will happen"),
        ("boldp", "1. The social worker will see Lyla on the unit and keep her plan up to date."),
        ("pi", "Who: Farhan Iqbal, SW"),
        ("pi", "When: twice a week until discharge, then weekly at the foster home for her first 6 weeks there"),
        ("pi", "How we'll know: visit records note Lyla's weight, withdrawal scores, feeding and who has visited "
               "since the last visit"),
        ("boldp", "2. The neonatal team will send the SW a weekly medical update and a written discharge summary."),
        ("pi", "Who: Dr Ruth Okonedo, consultant neonatologist"),
        ("pi", "When: every Monday after the ward round; discharge summary on the day Lyla leaves"),
        ("pi", "How we'll know: weekly email to the SW with weight, morphine dose and scores; summary copied to "
               "the GP, health visitor and foster carers"),
        ("boldp", "3. The foster carers will learn Lyla's care so that she goes home with people she knows."),
        ("pi", "Who: Mr and Mrs Alder, with their supervising social worker Kath Mollan"),
        ("pi", "When: every day from 14/07/2025 until discharge"),
        ("pi", "How we'll know: the unit's parent-craft checklist (feeds, bathing, safe sleep, basic life "
               "support) signed off by the nurse in charge before discharge"),
        ("boldp", "4. Shannon will keep her family time with Lyla and do her care during it."),
        ("pi", "Who: Shannon Brennock, supported by the nurse looking after Lyla"),
        ("pi", "When: Monday, Wednesday and Saturday, 10am to 12 noon"),
        ("pi", "How we'll know: the unit's contact record shows each session kept, on time, and what care "
               "Shannon gave"),
        ("boldp", "5. Shannon's recovery worker will test her and report on whether her drug use is changing "
                  "enough for her to care for Lyla."),
        ("pi", "Who: Niamh Garvey, recovery worker, Oakthwaite Recovery Service"),
        ("pi", "When: weekly key-work and supervised methadone; written report before every core group"),
        ("pi", "How we'll know: drug test results and the recovery worker's view on change, in a report read at "
               "each core group"),
        ("boldp", "6. The alcohol team will assess Kyle's drinking and cocaine use and what they mean for his care "
                  "of Lyla."),
        ("pi", "Who: Pete Lomas, alcohol worker, Oakthwaite Recovery Service"),
        ("pi", "When: assessment by 01/08/2025, then weekly sessions with a breath test"),
        ("pi", "How we'll know: written assessment sent to the SW and the core group; breath test results in "
               "each report"),
        ("boldp", "7. The social worker will complete a parenting assessment of Shannon and Kyle."),
        ("pi", "Who: Farhan Iqbal, SW, with Oakthwaite Family Assessment Service"),
        ("pi", "When: by 29/08/2025"),
        ("pi", "How we'll know: written assessment with a clear recommendation about Lyla's care, shared with the "
               "parents and the core group"),
        ("boldp", "8. A fostering social worker will assess Joan Roper, Lyla's paternal grandmother, as a possible "
                  "carer."),
        ("pi", "Who: Bev Hanlon, Fostering and Connected Carers Team"),
        ("pi", "When: viability assessment by 08/08/2025"),
        ("pi", "How we'll know: viability report to the SW and team manager, with a recommendation on a full "
               "assessment"),
        ("boldp", "9. The health visitor will take over Lyla's care in the community."),
        ("pi", "Who: Gemma Prowse, health visitor"),
        ("pi", "When: handover call from the unit before discharge; first visit at the foster home within 5 "
               "working days of discharge, then every 2 weeks"),
        ("pi", "How we'll know: handover recorded; weight plotted in the red book at each visit and sent to the SW"),
        ("h1", "If things go wrong"),
        ("p", "If Shannon or Kyle come to the unit under the influence, or try to take Lyla off the unit, the "
              "nurse in charge will call hospital security and the police and ring the SW (or the emergency "
              "duty team out of hours). Family time that day will stop and the SW will hold a strategy "
              "discussion the same day."),
        ("p", "If Shannon withdraws her agreement to section 20, the SW will get legal advice the same day and "
              "the council will apply to court for an interim care order; the unit will keep Lyla until a "
              "court has decided. If the Alders cannot take Lyla when she is ready to leave, the placements "
              "team will find other approved foster carers before her discharge date, and Lyla will not leave "
              "the unit until they have learned her care."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks on the neonatal unit's family room, 2pm: 18/07/2025, 08/08/2025 and "
            "29/08/2025.",
            "Review child protection conference: 12/09/2025, 10am, Oakthwaite Town Hall.",
            "Looked after review: 03/10/2025 (the first review was held on 11/07/2025).",
            "If Shannon's or Kyle's test results are not clear by the core group on 29/08/2025, or the parenting "
            "assessment says Lyla cannot safely go home, the SW will ask the team manager for a legal planning "
            "meeting within 5 working days to decide on care proceedings.",
        ]),
        ("p", "Plan reviewed at the second core group on 11/07/2025 by Farhan Iqbal (SW) and agreed by Shannon "
              "and Kyle."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Interim plan revised at core group while the family moves to another
#    authority: owner written into the action sentence, When / How we'll
#    know / After the move columns (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_ombridge_transfer_out_owner_in_sentence_kelleway.md",
    "split": "heldout",
    "template": "transfer-out-interim-cp-plan-md-moving-date-box-owner-written-into-action-sentence-table-when-how-well-know-after-the-move-columns",
    "description": (
        "Child protection plan revised at a core group for a 14-year-old who self-harms and her 7-week-old "
        "brother (domestic abuse; ex-partner under a non-molestation order) as their mother moves them to "
        "another authority. Owners are written into each action. Visits carry on to the transfer-in "
        "conference and the health visitor, GP, police and school moves are complete, but the parenting "
        "assessment, the CAMHS referral and the IDVA support are handed to or paused for the new authority "
        "(one with no measure, one 'TBC' with 'engagement'), and 'The core group' and 'All agencies' own "
        "two rows. The review conference is left for the new authority to set."
    ),
    "text": """\
# Child Protection Plan – revised for the move to Harlingmoor

**Ombridge District Council – Children's Social Care – Central Safeguarding Team**

> **Moving date:** 30 August 2025, to a Harlingmoor Housing tenancy (address held by the SW and police only)
> **Transfer request:** sent to Harlingmoor Metropolitan Borough Council, 04/08/2025
> **This plan:** revised at the third core group, 07/08/2025. It stays in force until Harlingmoor hold their transfer-in conference.

## The family

- **Amber Kelleway**, 14 – Year 10 in September; Ombridge High School until the move
- **Leo Kelleway**, born 19/06/2025 (7 weeks)
- **Stacey Kelleway**, 34 – mum
- **Kyle Doyle**, 36 – Leo's father; not living with the family; non-molestation order until 02/2026
- Social worker: Dominic Pryce · Team manager: Hollie Tran

## Why there is a plan

The children have been on child protection plans since 22/05/2025, under the category of emotional
abuse. Kyle was violent to Stacey several times during the pregnancy, once while Amber was trying to
pull him away. Since April Amber has been cutting her arms and thighs; she told the school nurse she
does it "when the house goes quiet and I start thinking". Stacey ended the relationship in May and has
a non-molestation order. She has been offered a tenancy in Harlingmoor, near her sister, because Kyle
knows the Ombridge address and has twice driven past the house since the order was made.

## What Amber says, and what we see of Leo

Amber (seen alone on 31/07/2025): "I want to go. I hate it here, every car that goes past I think
it's him." She is worried about starting a new school "in Year 10 when everyone's got friends
already" and said she does not want to "tell my whole story again to new people". She said she cut
once in July and "told Mum straight away, which I never used to".

Leo is feeding well and was on the 50th centile at his last weigh. When the SW visited on 05/08/2025
he was alert, followed faces and settled quickly on Stacey's shoulder. Stacey says Amber is "brilliant
with him" and does his bath most nights.

## What needs to be true for Amber and Leo

1. Amber and Leo live where Kyle cannot find them, and feel safe at home.
2. Amber has someone to talk to about her self-harm, both now and after the move, and cuts less often.
3. Leo keeps growing well and has a health visitor from the week he arrives in Harlingmoor.
4. Nothing in the plan stops or waits because the family is moving.

## The plan until Harlingmoor take over

| # | Action | When | How we'll know | After the move |
|---|---|---|---|---|
| 1 | Dominic Pryce (SW) will visit every week, see Amber on her own and see Leo awake, including at the new address | Weekly until Harlingmoor's transfer-in conference | Visit notes with Amber's own words at every visit | Dominic travels to Harlingmoor until handover |
| 2 | Harlingmoor's allocated social worker will complete the parenting assessment of Stacey after the case transfers | After transfer – date TBC | Assessment report to the transfer-in conference | Held for Harlingmoor |
| 3 | A referral to Harlingmoor CAMHS for Amber's self-harm will be made by the new authority | On transfer | | Ombridge CAMHS referral withdrawn |
| 4 | Stacey's IDVA support from Ombridge Women's Aid is paused; the Harlingmoor IDVA service will pick it up | TBC | Engagement | Paused pending transfer |
| 5 | Lorna Quick (HV) will do Leo's 6–8 week check and hand his records to the Harlingmoor health visiting team | By 27/08/2025 | Check results in the red book; handover call logged with the Harlingmoor team | Complete before the move |
| 6 | Stacey will register herself and Leo with a Harlingmoor GP and apply for Amber's place at Harlingmoor Academy | By 29/08/2025 | GP registration and the school's offer letter seen by the SW | Complete before the move |
| 7 | Dr Lina Marsh (GP, Ombridge Health Centre) will check Amber's cuts and her sleep and write to the SW | By 15/08/2025 | GP letter to the SW with a wound check and sleep advice | Copy in the transfer pack |
| 8 | PC Rob Sayer (Ombridge Police DA Unit) will move the domestic abuse marker and the order's details to the new address | Before the move on 30/08/2025 | Email from Harlingmoor Police confirming the marker is on | Police to police |
| 9 | The core group will put together the transfer pack (this plan, chronology, agency reports) and send it to Harlingmoor | By 15/08/2025 | Harlingmoor confirm by email that the pack has arrived | Goes to Harlingmoor |
| 10 | All agencies will tell the SW the same day if Kyle Doyle is seen near the family or asks where they are moving | Same day | Each sighting or question logged on Amber's and Leo's files | Continues until transfer |

## If things go wrong

If Kyle comes to the house, contacts Stacey or Amber, or finds out the new address, Stacey will ring
999 and Dominic (or the emergency duty team out of hours) will hold a strategy discussion the same day.
Amber and Leo will stay with Stacey's sister, Donna Pike, in Harlingmoor, or in a refuge place arranged
that day by Ombridge Women's Aid if Donna's address is not safe. If Amber self-harms in a way that needs
hospital treatment, Stacey will take her to A&E and ring Dominic that day. If Stacey lets Kyle back into
the home, Dominic will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 2 weeks until the move: next on 21/08/2025, 10am, Ombridge High School.
- Transfer-in conference: to be arranged by Harlingmoor within 15 working days of accepting the transfer.
- Review child protection conference: to be arranged by Harlingmoor.

*Revised by Dominic Pryce, SW, 08/08/2025. Copies to Stacey, Amber, all core group members and
Harlingmoor Children's Services.*
""",
    "findings": [
        F("X001", "will complete the parenting assessment of Stacey after the case transfers"),
        F("T002", "will complete the parenting assessment of Stacey after the case transfers"),
        F("X001", "A referral to Harlingmoor CAMHS for Amber's self-harm"),
        F("M001", "A referral to Harlingmoor CAMHS for Amber's self-harm"),
        F("X001", "Stacey's IDVA support from Ombridge Women's Aid is paused"),
        F("T002", "Stacey's IDVA support from Ombridge Women's Aid is paused"),
        F("M002", "Stacey's IDVA support from Ombridge Women's Aid is paused"),
        F("W002", "The core group will put together the transfer pack"),
        F("W002", "All agencies will tell the SW the same day"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second review conference where progress is insufficient and a legal
#    planning meeting is booked: outcome for the children merged down the
#    first column, then Step / Lead / Deadline or frequency / What we will
#    see. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b32_orrinsford_second_rcpc_legal_planning_merged_outcome_dunleavy.docx",
    "doc_title": "Second Review Child Protection Conference Plan - Jayden and Skye Dunleavy",
    "split": "heldout",
    "template": "second-rcpc-plan-docx-scaling-box-progress-against-last-plan-bullets-legal-planning-decision-then-merged-outcome-first-column-step-lead-deadline-or-frequency-what-we-will-see",
    "description": (
        "Exemplary plan from a second review conference for an 8-year-old and a 4-year-old (neglect; "
        "mother's alcohol misuse with two relapses since the last review). Progress against the last plan "
        "is set out honestly, conference decides progress is insufficient and the SW has booked a legal "
        "planning meeting to consider the PLO. The plan table has the outcome for the children merged down "
        "the first column; every step has a lead, a deadline or frequency and something that can be seen. "
        "The alcohol service reports on change, the GP owns a step, the contingency covers the grandmother "
        "being unable to take the children, and dates are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("pr", "Orrinsford Council"),
        ("pr", "Children's Services – Conference and Review Service"),
        ("title", "Child Protection Plan – Second Review Conference"),
        ("kv", [
            ("Children", "Jayden Dunleavy, born 14/01/2017 (8), Orrinsford Park Primary, Year 3; "
                         "Skye Dunleavy, born 30/05/2021 (4), starting Reception at Orrinsford Park in September"),
            ("Parents", "Kerry Dunleavy (35) and Martin Dunleavy (38), 22 Copperbeech Road, Orrinsford"),
            ("Conferences", "Initial 12/12/2024; first review 13/03/2025; second review 10/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Helena Marr, Family Safeguarding Team 1"),
            ("Chair", "Bernadette Kaur"),
        ]),
        ("h1", "Where things are now"),
        ("p", "At the first review conference in March Kerry had been sober for six weeks and the house had "
              "been cleared. Since then she has relapsed twice: over Easter, when Jayden rang his nan because "
              "he could not wake his mum, and on 14/06/2025, when the school could not reach anyone to collect "
              "Skye from her nursery session. Skye had four teeth taken out under general anaesthetic in May. "
              "Jayden's attendance is 78% and he has been late on more than half of the days he was in."),
        ("p", "Martin has started working days instead of nights so that he is home in the evenings, and "
              "since 16/06/2025 he has been there every night; the house is cleaner than in March. Kerry "
              "restarted with the alcohol service on 17/06/2025 and her breath tests since then have been "
              "clear. Both parents were honest at conference about the relapses."),
        ("h2", "Scaling (0 = the children are not safe at home, 10 = the plan can end)"),
        ("bullets", [
            "Kerry: 6. \"I know I messed up at Easter but I'm doing it properly now.\"",
            "Martin: 5. \"It's better since I'm home at night.\"",
            "Professionals: between 2 and 4. The relapses happened while the plan was in place and both "
            "times the children were left without a sober adult.",
        ]),
        ("h1", "What Jayden and Skye say"),
        ("p", "Jayden (seen on his own at school, 03/07/2025): \"When Mum drinks she goes to sleep on the "
              "settee and won't wake up and I have to do Skye's tea.\" He said things are better \"now Dad's "
              "home\" and that he wants to \"stop being late because Mrs Ogden does the register and it's "
              "embarrassing\". He gave home a 5 out of 10."),
        ("p", "Skye (seen at home, 07/07/2025) showed Helena her new toothbrush and said \"my teeth got "
              "pulled out and I was brave\". She held on to Martin's leg when Helena arrived and played in "
              "the garden with her scooter. She asked whether she could \"go to big school with Jayden\"."),
        ("h1", "Conference decision"),
        ("p", "Conference agreed that Jayden and Skye continue to be likely to suffer significant harm through "
              "neglect and that the plan continues. Two relapses in three months, each leaving the children "
              "without a sober adult, mean progress is not enough. Helena has requested a legal planning "
              "meeting, which is booked for 17/07/2025, to consider whether to start the pre-proceedings "
              "process (PLO). Kerry and Martin have been told they can bring a solicitor to a PLO meeting and "
              "have been given a list of local family law firms."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Jayden and Skye", "Step", "Lead", "Deadline or frequency",
                       "What we will see"],
            "widths": [3.4, 5.0, 3.0, 2.6, 3.0],
            "rows": [
                ["Jayden and Skye are looked after by a sober adult every day and every night",
                 "Weekly key-work with Kerry, a breath test at each session and a CDT blood test each month; "
                 "a written report before each core group on whether Kerry's drinking has changed and what "
                 "that means for Jayden and Skye",
                 "Faye Whitlock, recovery worker, Orrinsford Alcohol Service",
                 "Weekly; report before every core group",
                 "Test results and the report read at every core group"],
                [V,
                 "See Kerry each month about her acamprosate and her liver tests, and write to the SW after "
                 "each appointment",
                 "Dr Neil Sadler, GP, Copperbeech Surgery",
                 "Monthly",
                 "GP letter to the SW after each appointment, with prescription collection dates"],
                [V,
                 "Be at home as the sober carer from 5pm every evening, do bedtime and write in the family "
                 "diary who put the children to bed",
                 "Martin Dunleavy",
                 "Every evening",
                 "Diary signed each night; Jayden asked at each SW visit who put him to bed"],
                [V,
                 "Home visits, including one early-evening unannounced visit each fortnight; see Jayden on his "
                 "own and Skye awake",
                 "Helena Marr, SW",
                 "Weekly",
                 "Visit records with the children's words and who was caring for them"],
                ["Jayden gets to school on time every day",
                 "Walk Jayden to school for the 8.45am bell and collect him at 3.15pm",
                 "Martin Dunleavy",
                 "Every school day",
                 "Register shows Jayden in by 8.50am; attendance 95% by the next review"],
                [V,
                 "Ring home on the first morning of any absence and send the SW the week's attendance",
                 "Mrs Carol Ogden, attendance lead, Orrinsford Park Primary",
                 "Daily; summary every Friday",
                 "Friday email to the SW with Jayden's attendance and late marks"],
                ["Skye's teeth and health are looked after and she starts school well",
                 "Brush Skye's teeth morning and night and take her to every dental check",
                 "Kerry and Martin Dunleavy",
                 "Twice a day; next check 31/07/2025, then every 3 months",
                 "Dental practice confirms each check and that no new decay is found"],
                [V,
                 "School entry health review for Skye, including her teeth, weight and speech",
                 "Priti Varma, school nurse",
                 "By 30/09/2025",
                 "Written health review sent to the SW and the GP"],
                ["Jayden and Skye live in a clean home with food in the cupboards",
                 "Sessions at home on routines, meals and keeping the house clean, scoring each room on the home "
                 "conditions scale",
                 "Connor Blake, family support worker",
                 "Weekly for 10 weeks from 14/07/2025",
                 "Scores sent to the SW after each session; every room at 4 or above by the next review"],
                [V,
                 "Update the parenting assessment with what has happened since March and give a clear "
                 "recommendation about the children's care",
                 "Helena Marr, SW",
                 "By 14/08/2025",
                 "Updated assessment shared with the parents, their solicitor and the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kerry drinks while she is caring for the children, a breath test is positive, or Martin is not "
              "at home in the evening without another sober adult there, Martin (or whoever finds out) will "
              "ring Helena or the emergency duty team, and Helena will hold a strategy discussion the same day. "
              "Jayden and Skye will go to their paternal grandmother, Ann Dunleavy, on Brindle Street. If Ann "
              "cannot have them, they will stay with approved foster carers that night, arranged by Helena or "
              "the emergency duty team."),
        ("h1", "Meetings"),
        ("bullets", [
            "Legal planning meeting: 17/07/2025 (parents to be told the outcome in writing within 5 working days).",
            "Core group every 4 weeks at Orrinsford Park Primary, 9.30am: 31/07/2025, 28/08/2025 and 25/09/2025.",
            "Third review child protection conference: 09/10/2025, 10am, Orrinsford Civic Centre.",
            "If Kerry relapses again, whatever the outcome of the meeting on 17/07/2025, Helena will ask for the "
            "legal planning meeting to be reconvened within 5 working days.",
        ]),
        ("p", "Bernadette Kaur, Chair – plan agreed 10/07/2025"),
    ],
    "findings": [],
})
