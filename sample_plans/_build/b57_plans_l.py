"""Batch 57, module l: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: seven plans as a busy local authority team in England or Wales really
writes them, each in its own layout and voice - a looked-after baby's joint
care and protection plan on the neonatal unit, a plan for a family moving to
another authority set out as bullets by agency, a landscape review plan with
outcomes merged down over their steps, a paged pre-birth plan with the owner
in the first column and stage banners, a letter to a 10-year-old, a case
system print with dot-leader task blocks, and a bilingual Welsh care and
support protection plan. The four plans with faults carry a mix across the
rules (no visits for a baby in hospital, transfer stalling, parent-centred
tasks and outcomes, family support with no contingency, and the usual action
faults). Three plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby (section 20) still on the neonatal unit: joint child
#    protection and care plan, table "Ruby's need | What will happen | Who |
#    By when | How we will know" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_lorrimoor_lac_nnu_need_column_table_pendry.docx",
    "doc_title": "Child Protection Plan and Care Plan - Ruby Pendry",
    "split": "tune",
    "actions": 12,
    "template": "lac-and-cp-joint-plan-docx-kv-legal-status-then-babys-days-on-unit-outcomes-then-need-what-who-by-when-how-we-will-know-table-grouped-by-need",
    "description": (
        "Joint child protection and care plan for a 3-week-old accommodated under section 20 and still on "
        "the neonatal unit (mother's crack cocaine use and depression, no home for a baby). Table grouped "
        "by Ruby's need. The social worker only rings the ward each Monday and nobody is set to visit Ruby "
        "on the unit (L001); the foster placement row has no one responsible (W001); mum's contact is 'as "
        "and when' (T002); the parenting assessment is only 'monitored' (M002); the perinatal mental health "
        "team only supports and reviews medication (H001). Outcomes, Ruby's days on the unit, contingency "
        "with a legal step, and dates are all there."
    ),
    "blocks": [
        ("title", "Child Protection Plan and Care Plan (Looked After Child)"),
        ("p", "Lorrimoor Borough Council · Children's Services · Children in Care Team 2, with the Hospital "
              "Social Work Team"),
        ("kv", [
            ("Child", "Ruby Pendry, born 02/06/2025 at 35+1 weeks. Cygnet Neonatal Unit, Lorrimoor Royal "
                      "Infirmary (nursery 2, cot 4)"),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 16/06/2025, with "
                             "her mother's signed agreement. Ruby is a looked after child and remains subject "
                             "to a child protection plan."),
            ("Mother", "Shannon Pendry (22), staying at Hope House hostel, Cable Street, which does not take "
                       "babies"),
            ("Father", "Jordan Castle (26), named by Shannon; not on the birth certificate and has no "
                       "parental responsibility"),
            ("Conference", "Initial child protection conference, 18/06/2025, held in the unit's family room"),
            ("Category", "Neglect"),
            ("Social worker", "Hollie Fairbrother"),
            ("Independent reviewing officer", "Marcus Odell"),
            ("Conference chair", "Anne Riley"),
        ]),
        ("h1", "Why Ruby has a plan and is looked after"),
        ("p", "Shannon told her midwife at 30 weeks that she was smoking crack cocaine \"a few times a week\" "
              "and drinking at weekends. Ruby's cord sample was positive for cocaine. Shannon has been seen by "
              "the Lorrimoor Perinatal Mental Health Team since 32 weeks for depression and takes sertraline. "
              "After the birth Shannon left the postnatal ward twice at night without telling staff, and on "
              "14 June she came back at 2am and was found asleep in the parents' room with Ruby on her chest. "
              "Shannon has no home that can take a baby. On 16 June she agreed that Ruby should be "
              "accommodated and go to foster carers when she is well enough to leave the unit. Jordan has not "
              "been to the unit."),
        ("h1", "Ruby's days on the unit"),
        ("p", "Ruby cannot tell us how she feels, so this is what the nurses and the social worker have seen. "
              "She is in an incubator and has moved from tube feeds to 50 ml bottles every three hours. She "
              "startles and cries a lot in the evenings; her withdrawal (Finnegan) scores reached 9 on her "
              "third night and are now mostly 3 or 4. She settles best swaddled, in the dim corner of the "
              "nursery, with a nurse's hand resting on her chest. She gained 110 g last week. When Shannon "
              "has held her in the afternoons Ruby has gone quiet and watched her face; on the night Shannon "
              "came in late, Ruby was fractious and would not take her bottle."),
        ("h1", "What we want for Ruby"),
        ("bullets", [
            "Ruby leaves the unit to a safe, warm foster home where she is fed and settled on time, day and "
            "night.",
            "Ruby keeps gaining weight and her withdrawal signs settle without any more medicine.",
            "Ruby knows her mum: the time she spends with Shannon is safe and predictable, and Shannon learns "
            "to read her cues.",
            "A permanent home is decided for Ruby without delay - with her mum if Shannon stays off crack "
            "cocaine and can care for her safely.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ruby's need", "What will happen", "Who", "By when", "How we will know"],
            "widths": [2.2, 5.0, 3.3, 2.6, 3.9],
            "rows": [
                ["Health",
                 "Give Ruby her neonatal care and write up her feeds, weight and withdrawal scores every shift",
                 "Sister Joy Amankwah, Cygnet NNU",
                 "Daily until discharge",
                 "Feed, weight and Finnegan charts; a summary emailed to the SW every Monday"],
                ["Health",
                 "Ring the unit for an update on Ruby's progress and her likely discharge date",
                 "SW Hollie Fairbrother",
                 "Every Monday",
                 "Update written on Ruby's file the same day"],
                ["Health",
                 "Complete Ruby's initial health assessment as a looked after child",
                 "Dr Priya Menon, Designated Doctor for Children in Care",
                 "By 14/07/2025 (within 20 working days)",
                 "IHA report sent to the SW and the IRO"],
                ["A home",
                 "Foster placement to be found close to the Royal Infirmary and the contact centre",
                 "-",
                 "By 30/06/2025",
                 "Placement plan signed by the foster carers and the SW"],
                ["A home",
                 "Attend Ruby's discharge planning meeting and agree the day she moves to her foster carers",
                 "SW Hollie Fairbrother",
                 "Before discharge",
                 "Written discharge plan shared with Shannon, the foster carers and the HV"],
                ["A home",
                 "Complete Ruby's new birth review at the foster home, weigh her and check where and how she "
                 "sleeps",
                 "HV Gemma Rowntree, Lorrimoor Health Visiting",
                 "Within 14 days of Ruby leaving the unit",
                 "Weight plotted in the red book; safe sleep checklist signed by the foster carers"],
                ["Time with her mum",
                 "Contact for Shannon with Ruby on the unit, supervised by the nursing staff",
                 "Shannon, with the nurse in charge",
                 "As and when Shannon can come in",
                 "Nursing notes record each contact, how Shannon feeds and settles Ruby and how Ruby responds"],
                ["Time with her mum",
                 "Parenting assessment of Shannon, including how she meets Ruby's needs in contact",
                 "SW Hollie Fairbrother",
                 "By 29/08/2025",
                 "Shannon's progress will be monitored"],
                ["Mum's recovery",
                 "Keywork with Shannon and weekly urine screens, with a written report on whether she is "
                 "staying off crack cocaine and what that means for Ruby",
                 "Dean Okoro, Lorrimoor Recovery Hub",
                 "Screens weekly; report before each core group",
                 "Screen results and the report sent to the SW and the IRO"],
                ["Mum's recovery",
                 "Continue to offer Shannon support for her low mood and review her sertraline",
                 "CPN Alison Grice, Lorrimoor Perinatal Mental Health Team",
                 "Fortnightly appointments",
                 "Shannon attends her appointments (PMHT diary)"],
                ["Knowing her dad",
                 "Write to Jordan to explain the plan, invite him to the core group and ask whether he wants "
                 "a DNA test",
                 "SW Hollie Fairbrother",
                 "By 27/06/2025",
                 "Copy of the letter and Jordan's reply on Ruby's file"],
                ["Her story",
                 "Take dated photos of Ruby's first weeks and write a short note with each for her memory box",
                 "Kerry Mould, NNU family support worker",
                 "Weekly until discharge",
                 "Photos and notes in Ruby's memory box, handed to the foster carers at discharge"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shannon arrives on the unit under the influence of drugs or alcohol, or tries to take Ruby "
              "off the unit, the nurse in charge will call hospital security and the police and ring the SW "
              "(or the emergency duty team out of hours) straight away. Shannon's time with Ruby will stop for "
              "that day and the SW will hold a strategy discussion the same day."),
        ("p", "If no foster placement has been found by the time Ruby is fit for discharge, she will stay on "
              "the unit and the team manager will approve a placement outside Lorrimoor that day."),
        ("p", "If Shannon withdraws her section 20 agreement, or has a screen positive for crack cocaine before "
              "the first looked after review, the SW will request a legal planning meeting within 5 working "
              "days to decide whether to issue care proceedings."),
        ("h1", "Meetings and reviews"),
        ("bullets", [
            "Core group: every 4 weeks, 2pm at Lorrimoor Civic Offices - 02/07/2025, 30/07/2025 and 27/08/2025.",
            "First looked after child review (IRO Marcus Odell): 14/07/2025, 11am.",
            "Review child protection conference: 10/09/2025, 10am, Lorrimoor Civic Offices.",
        ]),
        ("p", "Plan typed by Hollie Fairbrother (SW) on 19/06/2025 and sent to Shannon, Jordan and every agency "
              "named above."),
    ],
    "findings": [
        F("W001", "Foster placement to be found close to the Royal Infirmary"),
        F("T002", "Contact for Shannon with Ruby on the unit, supervised"),
        F("M002", "Parenting assessment of Shannon, including how she meets Ruby's needs"),
        F("H001", "Continue to offer Shannon support for her low mood"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Family moving to another authority: plan set out as bold-owner bullets
#    under agency headings (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_lenthwaite_transfer_out_agency_bullets_brannigan.md",
    "split": "tune",
    "actions": 12,
    "template": "transfer-out-core-group-plan-md-family-list-then-the-move-childrens-words-outcomes-then-what-will-happen-h3-agency-headings-bold-owner-bullets",
    "description": (
        "Child protection plan agreed at a core group for a 7-year-old and a 4-year-old (domestic abuse, "
        "neglect) whose mother is moving to a flat in another authority. Bullets under agency headings, "
        "each with its owner in bold. Faults: the Freedom Programme referral is left for the new authority "
        "to make and the family support sessions are paused until it allocates a worker (X001 x2); the new "
        "school sends figures 'on an ongoing basis' (T002); the health visitor's review has no output "
        "(M001); 'All professionals' report contact from the stepfather (W002); the review conference is "
        "'to be confirmed' by the receiving authority (R001). Children's words, outcomes, a specific "
        "contingency and a legal step are there."
    ),
    "text": """\
# Child Protection Plan – Harley and Skye Brannigan

## Our plan while the family moves to Farrowdean

Lenthwaite Metropolitan Borough Council · Children's Social Care · Safeguarding Team West

Agreed at the third core group, Tuesday 19 August 2025 (initial child protection
conference 10 June 2025). Social worker: Gareth Pryce. Team manager: Sue Lomax.
Category: neglect and emotional abuse.

## Who is in the family

- Harley Brannigan, 7, Year 3 at Lenthwaite Park Primary until the summer holidays
- Skye Brannigan, 4, due to start Reception in September 2025
- Kayleigh Brannigan, their mum, 27
- Ricky Stott, 31, Skye's dad and Harley's stepdad. He left the family home in April;
  his bail conditions not to contact Kayleigh ended on 1 August.
- Tanya Brannigan, Kayleigh's sister, who lives in Farrowdean

## Why there is a plan

Police were called to the house four times between January and April 2025. In
April Ricky threw a mug at Kayleigh while Skye was on her lap, and Harley hid in
the bathroom and rang his nan. Harley's attendance last year was 86% and he was
late on most Mondays; the cupboards were often empty at home visits and Skye
missed her dental and health checks. Since Ricky left, the house has been calmer
and Kayleigh has kept the children to a bedtime, but she has struggled with
money and has told Gareth she is frightened Ricky will find her.

## The move

Kayleigh has accepted a two-bedroom flat from Farrowdean Homes at 14 Linnet Walk,
Farrowdean, two streets from Tanya, and the family move on Monday 15 September
2025. Under the regional procedures the plan stays with Lenthwaite until
Farrowdean Children's Services hold their transfer-in conference, and Gareth
stays the children's social worker until then.

## What Harley and Skye have told us

Harley (at home, in the garden, 12 August): "I want to go to the new house
because Auntie Tanya is there and Ricky doesn't know where it is." He scored
feeling safe at home as 7 out of 10 "because Ricky doesn't come now". He is
worried about making friends at a new school and asked if he can keep his
football club.

Skye showed Gareth her drawing of her "new bedroom" with a pink bed and told him,
"Mummy doesn't cry now." She held Kayleigh's hand the whole time Gareth was there
and wanted to show him her new school shoes.

## What needs to be different for Harley and Skye

- Harley and Skye live somewhere Ricky cannot come and frighten them, and Harley
  knows what to do if he turns up.
- Harley goes to school every day and settles at his new school; Skye starts
  Reception on time.
- There is food in the house, clean clothes and a bedtime routine every day.
- Nothing in the children's plan is lost or put on hold because of the move.

## What will happen

### Children's social care

- **Gareth Pryce (SW)** will see Harley and Skye every week until the transfer-in conference, in Lenthwaite and then in Farrowdean, seeing Harley on his own at least every other visit, and write what each child says in his visit record.
- **Gareth Pryce (SW)** will send the transfer-in request, the chronology and this plan to Farrowdean Children's Services by Friday 29 August 2025, and keep Farrowdean's email confirming receipt on the file.
- **Gareth Pryce (SW)** will leave Kayleigh's referral to the Freedom Programme for Farrowdean to make once the family has moved, as set out in the transfer letter on file.
- **Gareth Pryce (SW)** will make a joint home visit with the Farrowdean social worker within 10 working days of the move and record the handover in the case notes.

### Family support

- **Nicola Burke (FSW, Lenthwaite Family Hub)** will pause the Tuesday routines and mealtimes sessions from 1 September until Farrowdean allocates a family support worker, and send her session notes to Farrowdean.

### Schools and health

- **Mrs Folake Adeyemi (DSL, Lenthwaite Park Primary)** will send Harley's safeguarding file to his new school by Friday 5 September 2025; the new school's DSL will confirm by email that it has arrived.
- **Mr Tunde Oyelaran (DSL, St Mark's Primary, Farrowdean)** will email Gareth Harley's attendance and lateness figures on an ongoing basis.
- **Lorna Tait (HV)** will complete Skye's overdue health and development review at home before the family moves, by Friday 12 September.
- **Kayleigh** will register Harley and Skye with a GP and a dentist in Farrowdean by Friday 19 September and show Gareth the registration letters.

### Police and domestic abuse services

- **All professionals** will tell Gareth the same day if they hear Ricky has contacted Kayleigh or the children, and each report will be logged on the children's file.
- **Priya Sandhu (IDVA, Lenthwaite Women's Aid)** will go through a safety plan for the new flat with Kayleigh and Harley, including who Harley rings if Ricky turns up, before the move on 15 September; a signed copy will be kept on file.
- **DS Mark Fenby (Lenthwaite Police, Domestic Abuse Unit)** will ask Farrowdean Police to put a warning marker on 14 Linnet Walk by 15 September and forward Gareth their confirmation email.

## If things go wrong

- If Ricky comes to the flat, contacts Kayleigh, or Harley says he has seen him,
  Kayleigh will ring 999, the children will stay with Tanya at 3 Kestrel Close,
  Farrowdean, that night, and Gareth (or the Lenthwaite emergency duty team out of
  hours) will hold a strategy discussion with Farrowdean the same day.
- If Kayleigh lets Ricky back into the home, or Harley's attendance at his new
  school is below 90% at October half-term, Gareth will request a legal planning
  meeting with Lenthwaite Legal Services within 5 working days.

## Meetings

- Core group: every 4 weeks. The next is Tuesday 16 September 2025, 1pm at
  Lenthwaite Family Hub, with the Farrowdean team invited.
- Review child protection conference: to be arranged by Farrowdean as their
  transfer-in conference, date to be confirmed.
""",
    "findings": [
        F("X001", "leave Kayleigh's referral to the Freedom Programme for Farrowdean"),
        F("X001", "pause the Tuesday routines and mealtimes sessions from 1 September"),
        F("T002", "Harley's attendance and lateness figures on an ongoing basis"),
        F("M001", "complete Skye's overdue health and development review at home"),
        F("W002", "will tell Gareth the same day if they hear Ricky"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan, landscape, outcome column merged down over its
#    steps (four merges), 16 steps (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_lathersby_rcpc_landscape_merged_outcome_steps_threlfall.docx",
    "doc_title": "Review Child Protection Plan - Kai and Evie Threlfall",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-docx-landscape-numbered-sections-changes-since-icpc-views-decision-then-outcome-merged-down-step-lead-person-when-how-we-will-know-table",
    "description": (
        "Review conference plan for a 13-year-old young carer and his 9-year-old sister (mother's bipolar "
        "disorder, relapse in the spring, neglect). Landscape table with four lettered outcomes for the "
        "children merged down over their 16 steps. The CMHT care coordinator assesses and reports on "
        "whether Donna can make the changes needed and how long it will take; the GP writes after each "
        "lithium review; grandad's school run has a fallback in the contingency; core group dates, review "
        "date and a legal step are set. Exemplary."
    ),
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Conference: Child Protection Plan"),
        ("p", "Lathersby Metropolitan Council · Children and Young People's Service · Safeguarding Team South"),
        ("kv", [
            ("Children", "Kai Threlfall (13), Year 9, Lathersby Academy; Evie Threlfall (9), Year 5, "
                         "St Oswin's Primary"),
            ("Mother", "Donna Threlfall (38). The children live with her at 5 Holly Bank, Lathersby."),
            ("Father", "Kai and Evie's father, Scott Dunn, lives in Spain and has had no contact for four "
                       "years."),
            ("Grandfather", "Ron Threlfall (66), Donna's father, 10 minutes' walk away at 31 Kiln Lane"),
            ("Conference", "First review child protection conference, Thursday 02/10/2025 (initial "
                           "conference 08/07/2025)"),
            ("Category", "Neglect"),
            ("Social worker", "Joanne Mallinder"),
            ("Chair", "Peter Achebe"),
        ]),
        ("h1", "1. Why there is still a plan"),
        ("p", "Donna has bipolar disorder and is under the Lathersby Community Mental Health Team. In March "
              "2025 she stopped her lithium, did not sleep for several nights and spent the family's money on "
              "online orders; for nearly three weeks Kai got Evie up, made the meals and walked her to "
              "school, and Evie missed 11 days. Donna was treated at home by the crisis team. At the initial "
              "conference the kitchen had little food, the children's beds had no clean sheets and the gas "
              "had been cut off for two days."),
        ("h1", "2. What has changed since the initial conference"),
        ("bullets", [
            "Donna has taken her lithium every day since May and her blood levels are in range.",
            "Evie's attendance since September is 94%, up from 81%.",
            "Kai still does most of the cooking on weekdays and told his teacher he is \"always tired\".",
            "The gas arrears (£640) are not yet paid and the meter is on emergency credit most weeks.",
        ]),
        ("h1", "3. What Kai and Evie told us"),
        ("p", "Kai (seen on his own at school, 25/09/2025): \"Mum's loads better than in the spring, but I "
              "still do tea most nights because she's tired from her tablets. I don't mind, but I missed "
              "football trials.\" He scored things at home as 6 out of 10 (it was 2 in July). He said he "
              "worries that \"if Mum goes weird again nobody will notice except me\"."),
        ("p", "Evie (at home, with her hamster on her lap, 29/09/2025) said she likes it \"when Grandad takes "
              "me to school because we go past the horses\". She said breakfast is \"sometimes cereal and "
              "sometimes nothing\" and that she would like a sleepover at her friend Maisie's."),
        ("h1", "4. What Donna told us"),
        ("p", "Donna said she is proud of the children and knows Kai has carried too much. She wants the plan "
              "to help her get back to doing the school run and the cooking herself, and she agreed to every "
              "step below."),
        ("h1", "5. Decision"),
        ("p", "Kai and Evie will stay subject to a child protection plan under the category of neglect. The "
              "plan below replaces the plan made at the initial conference."),
        ("h1", "6. The plan"),
        ("table", {
            "header": ["What we want for Kai and Evie", "Step", "Lead person", "When", "How we will know"],
            "widths": [5.0, 7.2, 4.0, 4.2, 5.3],
            "rows": [
                ["A. Kai and Evie are looked after by a mum who is well enough to get them up, fed and off "
                 "to school, and both of them know what to do if she starts to become unwell.",
                 "See Donna every two weeks, check her lithium blood tests are being done, and assess and "
                 "report on whether she is making the changes needed to care for Kai and Evie and how long "
                 "that is likely to take",
                 "Amrit Gill, care coordinator, Lathersby Community Mental Health Team",
                 "Every two weeks; written report one week before each core group",
                 "Written report to the SW before each core group, with the latest lithium result"],
                [V,
                 "Review Donna's lithium results and medication and write to the SW about anything that "
                 "could affect her care of the children",
                 "Dr Sarah Kemp, GP, Abbey Lane Surgery",
                 "Every 3 months; first letter by 14/11/2025",
                 "GP letter on the children's file"],
                [V,
                 "Take her lithium every morning from the weekly blister pack, so that she is well enough to "
                 "do Evie's school run",
                 "Donna Threlfall",
                 "Daily; pack collected every Friday",
                 "Castle Pharmacy collection record, seen by the SW at each home visit"],
                [V,
                 "Go through Donna's relapse plan with Kai and Evie in words they understand, and give each "
                 "of them a card with the three people to ring",
                 "SW Joanne Mallinder",
                 "By 31/10/2025",
                 "Each child has a card; Kai can tell the SW who is on it and when he would ring"],
                ["B. Kai has time to be 13: he is not the one caring for Evie or his mum, and he has time "
                 "for football, friends and homework.",
                 "Young carer's assessment with Kai of the jobs he does at home and which ones he wants to "
                 "stop",
                 "Hollie Ward, Lathersby Young Carers",
                 "By 31/10/2025",
                 "Written assessment shared with Kai, Donna and the core group"],
                [V,
                 "Collect Kai from school for the young carers' group and drop him home afterwards",
                 "Hollie Ward, Lathersby Young Carers",
                 "Every Tuesday in term time",
                 "Group register shows Kai there"],
                [V,
                 "See Kai on his own at school and go through his 'jobs this week' sheet with him",
                 "SW Joanne Mallinder",
                 "Every 3 weeks",
                 "Sheet scanned to the file; the number of adult jobs Kai did that week is recorded each "
                 "time"],
                [V,
                 "Give Kai a homework club place and a named teacher he can go to",
                 "Mr Dale Fenton, DSL, Lathersby Academy",
                 "Mondays and Wednesdays from 13/10/2025",
                 "Homework club register; homework handed in, shown on the school's report to the SW each "
                 "half-term"],
                [V,
                 "Pay Kai's subs for Saturday football at Lathersby Juniors from the family fund",
                 "SW Joanne Mallinder",
                 "By 24/10/2025",
                 "Kai's name on the Juniors squad list; grant letter on file"],
                ["C. Evie is in school every day and on time, having had breakfast, and her teeth and eyes "
                 "have been checked.",
                 "Check Evie's attendance each morning and ring Donna by 9.30am if she is not in",
                 "Mrs Nadia Qureshi, DSL, St Oswin's Primary",
                 "Every school day",
                 "Attendance and late figures emailed to the SW every Friday"],
                [V,
                 "Take Evie to her rebooked dental check at Abbey Lane Dental Practice",
                 "Donna Threlfall",
                 "21/10/2025, 4pm",
                 "Letter from the dental practice to the SW"],
                [V,
                 "Vision screening for Evie, with the results sent to Donna and the GP",
                 "Shona Patel, school nurse",
                 "Before October half-term (by 24/10/2025)",
                 "Screening result on Evie's school health record and copied to the SW"],
                [V,
                 "Walk Evie to school and see she has had breakfast, on the mornings Donna has her early "
                 "appointments",
                 "Ron Threlfall (Evie's grandad)",
                 "Every Monday and Friday in term time",
                 "St Oswin's signing-in sheet shows Evie in by 8.50am on those days"],
                ["D. Kai and Evie come home to food in the cupboards, clean beds and a warm house.",
                 "Menu planning, shopping and budgeting sessions with Donna in her kitchen, with a check of "
                 "the fridge, cupboards and the children's beds",
                 "Marcus Bell, family support worker",
                 "Every Thursday until the review conference",
                 "FSW checklist for each session, shared with the SW monthly"],
                [V,
                 "Home visits to see the children's bedrooms and talk to each child, at least one visit a "
                 "month unannounced",
                 "SW Joanne Mallinder",
                 "Every 2 weeks",
                 "Visit record notes the food in the house, the state of the beds and what each child said"],
                [V,
                 "Benefits check with Donna and a repayment plan for the gas arrears",
                 "Tom Rigby, Lathersby Citizens Advice",
                 "By 14/11/2025",
                 "Benefits check letter and repayment plan on file; meter off emergency credit"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("bullets", [
            "If Donna shows the early signs in her relapse plan (two nights without sleep, stopping her "
            "lithium, or spending she cannot explain), Kai or Donna will ring Amrit Gill or the crisis team "
            "that day; Kai and Evie will stay at Ron's house that night and the SW (or the emergency duty "
            "team) will hold a strategy discussion the same day.",
            "If Ron cannot have the children (he is ill or away), the SW will arrange an emergency foster "
            "placement for them that day.",
            "If Ron cannot do the Monday or Friday school run, Marcus Bell (FSW) will collect Evie from home "
            "at 8.15am and take her to breakfast club.",
            "If, by the core group on 15/01/2026, Evie's attendance is below 90% or Donna has had a relapse in "
            "which the children were left without an adult, the SW will request a legal planning meeting "
            "within 5 working days.",
        ]),
        ("h1", "8. Core group and review"),
        ("p", "The core group will meet every 4 weeks at St Oswin's Primary, 3.45pm: 16/10/2025, 13/11/2025, "
              "11/12/2025, 15/01/2026, 12/02/2026 and 12/03/2026."),
        ("p", "Second review child protection conference: Thursday 26/03/2026, 10am, Lathersby Town Hall."),
        ("p", "Plan circulated by Joanne Mallinder (SW) on 03/10/2025 to Donna, Ron and every agency named "
              "above. Kai and Evie have their own copy in plain words."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan, paged with header and footer; owner in the FIRST column,
#    stage banner rows across the table (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_lowenstead_prebirth_who_first_stage_banners_mensah.pdf",
    "doc_title": "Pre-Birth Child Protection Plan - Baby of Jade Mensah",
    "split": "tune",
    "actions": 14,
    "template": "prebirth-plan-paged-kv-then-babys-world-outcomes-then-who-first-will-do-what-when-how-often-what-we-will-see-table-under-stage-banners-before-birth-ward-first-weeks",
    "description": (
        "Pre-birth plan at 29 weeks for a 19-year-old care leaver (anxiety, past self-harm) and her "
        "20-year-old partner (assault on Jade in pregnancy, daily cannabis). The owner sits in the first "
        "column and the rows sit under three banners: before the birth, on the maternity ward, the first "
        "weeks at home. The perinatal psychologist and the substance misuse service report on change; "
        "baby's world is described from scans and what the parents say; contingency covers the ward and "
        "home, with a legal planning meeting before the birth if risks have not reduced. Header and page "
        "footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Lowenstead Council · Children's Safeguarding Service",
    "footer": "Pre-birth child protection plan – Baby of Jade Mensah – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Due 20/11/2025, Jade's first baby. Birth planned at the Rowan Maternity Unit, "
                            "Lowenstead General Hospital."),
            ("Mother", "Jade Mensah (19), care leaver, 6 Quarry Court, Lowenstead (one-bedroom flat)"),
            ("Father", "Kieran Doyle (20), lives with his mother at 41 Mill Road, Lowenstead; he will be named "
                       "on the birth certificate"),
            ("Conference", "Initial child protection conference (pre-birth), Tuesday 02/09/2025, at 29 weeks"),
            ("Category", "Physical abuse (likely significant harm)"),
            ("Social worker", "Farah Qadir, Lowenstead Children's Safeguarding Service"),
            ("Chair", "Ian Sedgwick"),
        ]),
        ("h1", "Why baby has a plan"),
        ("p", "In June 2025 neighbours called the police to Quarry Court after hearing shouting. Jade had a cut "
              "lip and said Kieran had pushed her into the door frame; she was 18 weeks pregnant. She later "
              "withdrew her statement. Kieran has a caution from 2023 for assaulting a previous partner. He "
              "smokes cannabis most days and told conference \"it calms me down\". Jade has anxiety and panic "
              "attacks and self-harmed when she was 15 and in foster care; since 20 weeks she has been seen by "
              "the Lowenstead Perinatal Mental Health Team. Jade and Kieran are still a couple but live "
              "apart."),
        ("h1", "Baby's world"),
        ("p", "Baby cannot tell us anything yet, so this is what we know about the world baby will be born "
              "into. At the 28-week scan baby was growing on the 50th centile and moving a lot; Jade says baby "
              "kicks \"when Kieran puts his music on\". Jade talks to her bump at night and has bought a baby "
              "bath and two sleepsuits. Her flat has one bedroom, with damp in the corner by the window where "
              "she wants to put the Moses basket. Kieran said he wants to \"be the dad mine never was\". Jade "
              "said: \"I want my baby to have a calm house, not like mine was.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade has been to every antenatal appointment since 16 weeks.",
            "Jade keeps in touch with her leaving care personal adviser, Andy Webb, every week.",
            "Kieran came to conference, accepted that he pushed Jade and asked for help.",
        ]),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born safely, with Jade having had all of her antenatal care.",
            "Baby comes home to a flat that is warm, dry and ready, with a Moses basket, a car seat and a safe "
            "place for every sleep.",
            "Baby never lives with shouting, pushing or hitting, and is never cared for by an adult who has "
            "used cannabis.",
            "Baby is fed, held and settled by parents who notice baby's cues and know what to do when baby "
            "cries and they feel stressed.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Who", "Will do what", "When / how often", "What we will see"],
            "widths": [3.7, 6.3, 3.3, 3.7],
            "rows": [
                ["Now until baby is born (due 20/11/2025)", H, H, H],
                ["Hannah Roe, specialist midwife, Rowan Maternity Unit",
                 "Antenatal checks and growth scans for Jade, and talk through her birth plan and who she "
                 "wants with her in labour",
                 "Every 2 weeks from 28 weeks, weekly from 36 weeks",
                 "Attendance and growth in the maternity notes; a summary to the SW before each core group"],
                ["Dr Ruth Alder, clinical psychologist, Lowenstead Perinatal Mental Health Team",
                 "Assess Jade's anxiety and how it may affect her care of the baby, and report on whether she "
                 "is making the changes needed and how long that is likely to take",
                 "Sessions every 2 weeks; first written report by 14/10/2025",
                 "Written report to the SW for the core group on 14/10/2025 and before each later core group"],
                ["Liam Carter, keyworker, Lowenstead Substance Misuse Service",
                 "Keywork with Kieran about his cannabis use, weekly urine screens, and a report on whether he "
                 "has stopped and what that means for baby's safety",
                 "Screens weekly; report before each core group",
                 "Screen results and the written report sent to the SW"],
                ["Kieran Doyle",
                 "Go to the Fresh Start domestic abuse programme for fathers on Wednesday evenings",
                 "Weekly for 16 weeks from 10/09/2025",
                 "Attendance sheet, and the facilitator's mid-way report to the SW by 05/11/2025"],
                ["Shauna Bryce, IDVA, Lowenstead Domestic Abuse Service",
                 "Make a safety plan with Jade for the rest of her pregnancy and for bringing baby home, "
                 "including who she calls if Kieran comes round angry or high",
                 "By 19/09/2025",
                 "Signed safety plan on file; Jade can tell the SW what she would do"],
                ["SW Farah Qadir",
                 "Complete the pre-birth assessment, with a section on each parent and one on them as a couple",
                 "By 31/10/2025 (34 weeks)",
                 "Assessment shared with Jade, Kieran and the core group on 11/11/2025"],
                ["SW Farah Qadir",
                 "See Jade at home - once a month with Kieran there and once on her own - and look at where "
                 "baby will sleep",
                 "Every 2 weeks",
                 "Visit record says what was seen in the flat and what Jade said"],
                ["Jade Mensah, with Andy Webb (leaving care PA)",
                 "Buy a Moses basket, a car seat and bedding with the leaving care setting-up grant",
                 "By 31/10/2025 (34 weeks)",
                 "SW sees the Moses basket and car seat at her next visit"],
                ["Andy Webb, leaving care personal adviser",
                 "Report the damp in Jade's bedroom to Lowenstead Homes and chase it until it is treated",
                 "Report by 12/09/2025; repair before baby is born",
                 "Repair job sheet from Lowenstead Homes; SW sees the wall is dry"],
                ["On the maternity ward", H, H, H],
                ["Hannah Roe, specialist midwife",
                 "Tell the SW (or the emergency duty team out of hours) when Jade is admitted in labour and "
                 "when baby is born",
                 "The same day",
                 "Call logged on the baby's case record"],
                ["Sister Meg Corrie, Ward 3 (postnatal)",
                 "Keep Jade and baby on the ward for at least 48 hours after the birth, and record how Jade and "
                 "Kieran feed, change and settle baby",
                 "Each shift from the birth until discharge",
                 "Ward notes, shared at the discharge planning meeting"],
                ["SW Farah Qadir",
                 "Hold a discharge planning meeting on the ward with Jade, Kieran, the midwife and the HV",
                 "Before baby is discharged",
                 "Written discharge plan given to the parents and every agency the same day"],
                ["The first weeks at home", H, H, H],
                ["HV Nkechi Obi, Lowenstead Health Visiting",
                 "New birth visit, then weigh baby and check feeding and safe sleep; go through the ICON "
                 "crying leaflet with both parents",
                 "New birth visit 10 to 14 days after the birth, then weekly for 6 weeks",
                 "Weights in the red book; ICON checklist signed by Jade and Kieran"],
                ["SW Farah Qadir",
                 "See baby at home awake, with at least one visit in three unannounced, and check where baby "
                 "slept",
                 "Weekly for the first 6 weeks, then every 2 weeks",
                 "Visit record notes where baby slept and how Jade and Kieran handled baby"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kieran is violent or threatening towards Jade, or either parent is found caring for baby after "
              "using cannabis, Jade will ring 999 (or Shauna Bryce in office hours) and the SW or the emergency "
              "duty team will hold a strategy discussion the same day. While baby is on the ward, discharge "
              "will be put on hold and Kieran will only see baby with ward staff present. Once baby is home, "
              "Jade and baby will move to the Lowenstead refuge place agreed with Shauna; if Jade will not go, "
              "the SW will ask for police protection and a foster placement for baby that day."),
        ("p", "If the pre-birth assessment shows the risks have not reduced - Kieran still using cannabis or "
              "missing the programme, or any further incident - the SW will request a legal planning meeting by "
              "07/11/2025 to decide whether to start pre-proceedings (PLO) before baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks, 2pm at Lowenstead Family Hub - 16/09/2025, 14/10/2025 and 11/11/2025.",
            "If baby is born before 11/11/2025, the SW will call a core group on the ward within 5 working "
            "days of the birth.",
            "Review child protection conference: Tuesday 02/12/2025, 10am, Lowenstead Civic Centre.",
        ]),
        ("p", "Plan sent to Jade, Kieran and every agency named above on 03/09/2025 by Farah Qadir (SW)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. The plan as a letter to a 10-year-old, numbered "what will happen" list
#    in the social worker's first person (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_lyndhope_letter_to_ten_year_old_numbered_kowalski.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-as-letter-to-10-year-old-txt-capital-headings-dash-underlined-what-you-told-me-then-numbered-what-will-happen-sentences-first-person-sw",
    "description": (
        "Initial conference plan written as a letter to a 10-year-old girl (father's drinking while he "
        "cares for her and her 3-year-old brother in the evenings, mother on night shifts). Eleven numbered "
        "sentences, each with who, when and how we will know, in the social worker's first person. The "
        "alcohol worker breathalyses and reports on change, the GP writes after seeing dad; the contingency "
        "names the aunt and a foster family if she cannot help, and a legal planning meeting; core group "
        "and review dates given. Exemplary."
    ),
    "text": """\
LYNDHOPE COUNCIL
Children's Services - Family Safeguarding Team East
Riverside House, Quay Street, Lyndhope

For: Maja Kowalski
Date: 24 September 2025


Dear Maja,

THIS IS YOUR FAMILY'S PLAN
--------------------------

On Tuesday 23 September some grown-ups met at the Civic Centre to talk about
how to keep you and Kuba safe at home. Your mum and dad were there too. The
meeting is called a child protection conference. Everyone agreed that you and
Kuba need a child protection plan for now, because of your dad's drinking.
This letter tells you what the plan is. Your mum and dad have the long
grown-up version, and you can ask me about anything in it.


WHAT YOU TOLD ME
----------------

When I saw you at school on 16 September you told me: "When Tata drinks the
vodka he falls asleep on the sofa and I have to put Kuba to bed." You gave
home 4 out of 10. You said you like it when Tata cooks pierogi on Sundays and
takes you swimming, and that you feel scared when Kuba goes near the front
door at night. You said you want Tata "to stop the vodka" and Mama "not to
work every night".

When I came to your house, Kuba showed me his fire engine and climbed onto
your lap when he got tired. He calls you "Maja-mama".


WHY THE GROWN-UPS ARE WORRIED
----------------------------

Your mum works nights at Elmgrove Care Home, so your dad looks after you and
Kuba most evenings. On some of those evenings he has drunk so much that he
fell asleep and you could not wake him. In July, Kuba opened the front door at
9 o'clock at night and a neighbour found him on the pavement.


WHAT WE WANT FOR YOU AND KUBA
----------------------------

- There is always a grown-up who has not been drinking looking after you and
  Kuba, every evening and every night.
- You get to be a 10-year-old girl, not Kuba's mum: you don't have to put him
  to bed or make his tea.
- Kuba is safe at home, and the front door is locked at night so he cannot
  open it.
- You keep going to school happily and keep swimming with Tata on Sundays.


WHAT WILL HAPPEN
----------------

1. I (Ellie Harcourt, your social worker) will come to see you at home every
   Thursday after school, and see you on your own in your room at least every
   other week, and I will write down what you tell me.

2. Your dad will go to the Lyndhope Alcohol Service at Bridge House every
   Monday, starting on 29 September, and his worker will email me each week
   to say whether he went.

3. Sam Okafor, your dad's worker at the Lyndhope Alcohol Service, will
   breathalyse your dad at every Monday appointment and send me a written
   report before every core group meeting, saying whether his drinking is
   changing and what that means for you and Kuba.

4. Your dad will not drink any alcohol on the nights he looks after you and
   Kuba (Monday to Thursday); he will blow into the breathalyser at 6pm on
   those nights and send the photo to your mum, and I will look at the photos
   every time I visit.

5. Your mum will change her shifts at Elmgrove Care Home so that she is at
   home with you and Kuba on at least two weekday evenings, from 6 October,
   and she will show me the new rota.

6. Mrs Barnes, the safeguarding teacher at Lyndhope Junior School, will meet
   you every Friday lunchtime for a chat, and each week she will send me her
   notes of anything you tell her about home.

7. Your mum and dad will fit a high chain lock on the front door by
   3 October, and I will check it is there on my next visit.

8. Rachel Tully, Kuba's health visitor, will do Kuba's health and
   development check at home by 31 October and send me the results.

9. Dr Hassan, your family's doctor at Quayside Surgery, will see your dad
   about his drinking and his liver blood test by 17 October, and write to me
   about anything that could affect you and Kuba.

10. I will help you make a safety card by 10 October, with the phone numbers
    of your mum, Auntie Kasia and me, and we will practise what to do if Tata
    is asleep and you cannot wake him; you will keep the card in your school
    bag and I will ask to see it at each visit.

11. I will write a report for the next big meeting with your words in it,
    and read it with you, your mum and your dad at least 3 days before the
    meeting.


IF THINGS GO WRONG
------------------

If Tata has been drinking while he is looking after you and Kuba - if you
can smell it, or he falls asleep and you cannot wake him, or the breathalyser
photo shows any alcohol - you or Mama ring me, or the out-of-hours number on
your safety card. That night you and Kuba will go to Auntie Kasia's flat on
Tanner Street, and the same day I will have a meeting with the police and my
manager (it is called a strategy discussion). If Auntie Kasia cannot have
you, I will find a foster family for you both for that night.

If your dad drinks while he is looking after you two times before the next
big meeting, or stops going to the Alcohol Service, my manager and I will ask
for a meeting with the council's lawyers (a legal planning meeting) to decide
whether a court needs to be involved.


WHEN THE GROWN-UPS WILL MEET AGAIN
----------------------------------

The core group (Mama, Tata, me, Mrs Barnes, Rachel and Sam) will meet every
4 weeks at your school, at 3.30pm: Tuesday 7 October, Tuesday 4 November and
Tuesday 2 December 2025.

The next big meeting, the review child protection conference, will be on
Thursday 18 December 2025 at 10am at the Civic Centre. You can come for part
of it, or write down what you want to say and I will read it out.

If you have any questions, you can ring me on 01632 960418.

From Ellie Harcourt, your social worker
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system print of a plan: dot-leader fields, outcomes as lines, task
#    blocks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_ludderby_case_system_print_dot_leader_tasks_pickard.txt",
    "split": "tune",
    "actions": 8,
    "template": "case-system-print-txt-dot-leader-fields-numbered-sections-reason-empty-childs-wishes-outcome-lines-then-task-blocks-task-responsible-due-evidence-status",
    "description": (
        "Case recording system print of an initial plan for a 4-year-old (neglect; mother's depression "
        "and anxiety, father's daily cannabis). Dot-leader fields and TASK blocks. Faults: six of eight "
        "tasks are about the parents' own needs with no link to Reggie (F001); two outcomes are only about "
        "the parents (F002 x2); the child's wishes section is empty and nothing else records his life "
        "(F003); the GP, Talking Therapies and the drug team own no task (F004); a self-referral 'when she "
        "feels ready' (T002), 'engagement' as evidence (M002), a blank evidence field (M001), a blank due "
        "date (T001); a contingency that only reviews (C002) and no legal step (R002)."
    ),
    "text": """\
LUDDERBY CITY COUNCIL                                      OFFICIAL - SENSITIVE
Children's Services Case Record System (LCRS) - Child Protection Plan
Printed 18/07/2025 09:42 by K.ASHWORTH                            Page 1 of 1
================================================================================

Child ........................ Reggie PICKARD   (LCRS ID 4471209)
Date of birth ................ 14/03/2021   (4 yrs)
Address ...................... 22 Beck Terrace, Ludderby
Plan type .................... Child Protection - Neglect
Plan start ................... 08/07/2025 (initial child protection conference)
Allocated worker ............. Kerry ASHWORTH, Social Worker, Safeguarding Team 1
Team manager ................. Rob INGHAM

Household members
  Stacey PICKARD ............. Mother, 26
  Lewis HART ................. Father, 29

--------------------------------------------------------------------------------
SECTION 1   REASON FOR PLAN
--------------------------------------------------------------------------------
Referral from Ludderby Police 12/05/2025 following a verbal argument at the
address. Stacey reports low mood and anxiety for the past year and is
prescribed citalopram by her GP; she says some days she cannot get out of
bed. Lewis uses cannabis daily and says he "needs it to sleep". Home
conditions poor at SW visit 20/06/2025 (dog mess in the yard, strong smell of
cannabis in the living room). Nursery attendance 62% in the summer term.

--------------------------------------------------------------------------------
SECTION 2   CHILD'S WISHES AND FEELINGS
--------------------------------------------------------------------------------
[No entry]

--------------------------------------------------------------------------------
SECTION 3   PLAN OUTCOMES
--------------------------------------------------------------------------------
Outcome 1 .... Stacey's mental health will improve and she will feel more
               able to cope.
Outcome 2 .... Lewis will reduce his cannabis use.
Outcome 3 .... Reggie will attend nursery and his basic care needs will be
               met.

--------------------------------------------------------------------------------
SECTION 4   TASKS
--------------------------------------------------------------------------------
TASK 01
  Task ........... Stacey to attend GP appointment for a review of her medication
  Responsible .... Stacey Pickard
  Due ............ 25/07/2025
  Evidence ....... Stacey to show SW the appointment letter
  Status ......... Open

TASK 02
  Task ........... Stacey to self-refer to Ludderby Talking Therapies for counselling
  Responsible .... Stacey Pickard
  Due ............ When she feels ready
  Evidence ....... Referral confirmed by letter from Talking Therapies
  Status ......... Open

TASK 03
  Task ........... Lewis to engage with Ludderby Drug and Alcohol Team re cannabis use
  Responsible .... Lewis Hart
  Due ............ 31/07/2025
  Evidence ....... Engagement with service
  Status ......... Open

TASK 04
  Task ........... SW to support Stacey with her housing transfer application (damp)
  Responsible .... Kerry Ashworth (SW)
  Due ............ 29/08/2025
  Evidence ....... Copy of application on file
  Status ......... Open

TASK 05
  Task ........... Stacey to attend the Wednesday wellbeing group at Ludderby Women's Centre
  Responsible .... Stacey Pickard
  Due ............ Weekly from 16/07/2025
  Evidence ....... 
  Status ......... Open

TASK 06
  Task ........... HV to complete Reggie's developmental review (ASQ-3)
  Responsible .... Amy Lund, Health Visitor
  Due ............ 30/09/2025
  Evidence ....... ASQ-3 scores shared with SW
  Status ......... Open

TASK 07
  Task ........... Nursery to inform SW the same day if Reggie is absent without a reason
  Responsible .... Gail Seddon, Manager, Puddleducks Nursery
  Due ............ Same day
  Evidence ....... Nursery attendance register sent to SW monthly
  Status ......... Open

TASK 08
  Task ........... Stacey and Lewis to attend couples counselling at Relate
  Responsible .... Stacey Pickard / Lewis Hart
  Due ............ 
  Evidence ....... Attendance letter from Relate
  Status ......... Open

--------------------------------------------------------------------------------
SECTION 5   CONTINGENCY
--------------------------------------------------------------------------------
If there are further concerns or the plan is not followed, a core group
meeting will be arranged to review the plan and consider next steps.

--------------------------------------------------------------------------------
SECTION 6   REVIEW ARRANGEMENTS
--------------------------------------------------------------------------------
Core group frequency ......... Every 4 weeks
Next core group .............. 29/07/2025, 10:00, Ludderby Family Centre
Review conference ............ 30/09/2025, 14:00, Ludderby Civic Hall

================================================================================
END OF PRINT
""",
    "findings": [
        F("T002", "Stacey to self-refer to Ludderby Talking Therapies for counselling"),
        F("M002", "Lewis to engage with Ludderby Drug and Alcohol Team"),
        F("M001", "attend the Wednesday wellbeing group at Ludderby Women's Centre"),
        F("T001", "Stacey and Lewis to attend couples counselling at Relate"),
        F("F002", "Stacey's mental health will improve"),
        F("F002", "Lewis will reduce his cannabis use"),
        F("F001"),
        F("F003"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Welsh bilingual care and support protection plan; the family network
#    carries much of the plan, and there is no outcome and no contingency
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b57_llangeirion_bilingual_care_support_protection_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Ffion ac Osian Pritchard",
    "split": "tune",
    "actions": 10,
    "template": "wales-care-and-support-protection-plan-docx-bilingual-headings-kv-what-matters-strengths-then-four-column-bilingual-header-table-no-outcomes-no-contingency",
    "description": (
        "Welsh care and support protection plan for an 8-year-old and a 5-year-old after their father "
        "smashed a window and threatened their mother (his heavy drinking). Bilingual headings and a "
        "four-column table. Nain supervises contact and Taid does the school pick-ups, but there is no "
        "contingency at all (C001, C003) and no legal step (R002); the plan goes from what matters to the "
        "children straight to the tasks with no outcome for them (O001). Action faults: 'Family' keeps "
        "Gethin away (W002), 'engagement' as the measure of his programme (M002), and the mother's "
        "Freedom Programme has no date (T001)."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Llangeirion / Llangeirion County Council · Gwasanaethau Plant / Children's "
              "Services · Tîm Diogelu Dyffryn / Valley Safeguarding Team"),
        ("kv", [
            ("Plant / Children", "Ffion Pritchard (8), Year 4, and Osian Pritchard (5), Year 1, both at "
                                 "Ysgol Bryn Celyn"),
            ("Cyfeiriad / Address", "17 Heol Gwenith, Llangeirion"),
            ("Mam / Mother", "Siân Pritchard (31), works part-time at the Co-op"),
            ("Tad / Father", "Gethin Morris (34), has lived at 3 Heol y Felin since July 2025"),
            ("Nain a Taid / Grandparents", "Eirlys and Dafydd Pritchard, Siân's parents, 2 Maes y Wennol, "
                                           "five minutes' walk away"),
            ("Iaith / Language", "Welsh is the family's first language; the children are seen in Welsh."),
            ("Cynhadledd / Conference", "Initial child protection conference, 09/09/2025"),
            ("Categori / Category", "Emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Rhys Howells"),
            ("Cadeirydd / Chair", "Menna Lloyd"),
        ]),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "On 27 July Gethin came home drunk, smashed the kitchen window and threatened Siân while Ffion "
              "and Osian were upstairs. He was arrested and has moved out. Police have been called to the "
              "house five times since 2023, each time after Gethin had been drinking. He told conference he "
              "has \"about twelve pints on a Saturday, more if the rugby's on\". Siân wants the children to "
              "keep seeing their dad, but only when he is sober. Since July Osian has started wetting the bed "
              "again and Ffion has been quiet and tearful in class."),
        ("h1", "Beth sy'n bwysig i Ffion ac Osian / What matters to Ffion and Osian"),
        ("p", "Ffion (with Rhys, in Welsh, at school on 3 September): \"Dw i'n hoffi mynd at Nain achos mae'n "
              "dawel yno\" - \"I like going to Nain's because it's quiet there.\" She said she puts her "
              "headphones on when Dad shouts and hides Osian's toys so Dad does not tread on them. She misses "
              "her dad and wants to see him \"when he's not cross\"."),
        ("p", "Osian said his favourite thing is riding on Taid's lawnmower, and that \"Dad broke the window "
              "and I cried\". He drew his family with Nain and Taid in the middle and Dad \"outside\"."),
        ("h1", "Cryfderau / Strengths"),
        ("bullets", [
            "Siân has got both children to school every day since July.",
            "Nain and Taid live close by, see the children every day and want to help.",
            "Gethin came to conference, said he is ashamed of what happened and asked for help with his "
            "drinking.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Beth sydd angen digwydd / What needs to happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [6.0, 3.6, 3.2, 4.2],
            "rows": [
                ["Supervise all of Gethin's contact with Ffion and Osian at Nain and Taid's house",
                 "Eirlys Pritchard (Nain)",
                 "Every Saturday, 10am to 12 noon",
                 "Contact log signed by Eirlys after each contact and seen by the SW"],
                ["Collect Ffion and Osian from school and give them their tea until Siân gets home from work",
                 "Dafydd Pritchard (Taid)",
                 "Monday to Thursday, every school week",
                 "Ysgol Bryn Celyn collection book shows who collected them"],
                ["Make sure Gethin does not come to the house in Heol Gwenith after he has been drinking",
                 "Family",
                 "Every evening and weekend",
                 "Any visit by Gethin reported to the SW the same day and logged"],
                ["See Ffion and Osian at home, and each of them on their own at school, in Welsh",
                 "SW Rhys Howells",
                 "At home every 2 weeks; at school once a month",
                 "Visit records with what each child said, in their own words"],
                ["Assess Gethin's drinking, with weekly keywork and breath tests, and write a report on "
                 "whether he is cutting down and what that means for the children's safety",
                 "Gwen Roberts, keyworker, Adfer Llangeirion (substance misuse service)",
                 "Weekly; report before each core group",
                 "Breath test results and the written report sent to the SW"],
                ["Gethin to attend the Newid domestic abuse behaviour change programme",
                 "Gethin Morris",
                 "Weekly for 24 weeks from 06/10/2025",
                 "Gethin's engagement with the programme"],
                ["Siân to attend the Freedom Programme at Llangeirion Women's Aid",
                 "Siân Pritchard",
                 "",
                 "Certificate of completion from Women's Aid"],
                ["ELSA sessions for Ffion about her worries and feelings",
                 "Mrs Catrin Owen, ELSA, Ysgol Bryn Celyn",
                 "Every Wednesday afternoon",
                 "ELSA log; summary sent to the SW each half term"],
                ["Enuresis clinic appointment for Osian, with advice for Siân on night-time wetting",
                 "Nia Jenkins, school nurse",
                 "By 31/10/2025",
                 "Clinic letter to Siân, the GP and the SW"],
                ["Put a warning marker on 17 Heol Gwenith and explain to Siân how it works",
                 "PC Owain Parry, Heddlu Llangeirion Public Protection Unit",
                 "By 19/09/2025",
                 "Email from PC Parry to the SW confirming the marker"],
            ],
        }),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Core group / Grŵp craidd: every 6 weeks at Ysgol Bryn Celyn, 3.30pm - 23/09/2025 and 04/11/2025.",
            "Review child protection conference / Cynhadledd adolygu: 02/12/2025, 10am, Canolfan Ddinesig "
            "Llangeirion.",
        ]),
        ("p", "Copïau / Copies: Siân Pritchard, Gethin Morris, Eirlys and Dafydd Pritchard, and every agency "
              "named in the plan. Plan typed by Rhys Howells, 10/09/2025."),
    ],
    "findings": [
        F("W002", "Make sure Gethin does not come to the house"),
        F("M002", "attend the Newid domestic abuse behaviour change programme"),
        F("T001", "attend the Freedom Programme at Llangeirion Women's Aid"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
