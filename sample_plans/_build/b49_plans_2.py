"""Batch 49, module 2: seven fictional plans (tuning material), places beginning with "j".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: what arrives from elsewhere in the system, each in a template invented
for it: core group minutes ending in a decisions register keyed to an
attendance list of initials, a social worker's letter to parents with the
plan set out in date order, a case-system worklist print with its tasks
grouped under due-date banners, a child's copy laid out as the places in her
week, a maternity-led pre-birth plan with a merged "Service" column, a review
conference outcome sheet for a family about to move council, and a
Spanish / English family copy with each action written in both languages.
Four plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Third core group, Word note of meeting: attendance grid with initials,
#    agency round in the past tense, then a "Decisions register" table keyed
#    by D-refs and initials. Faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jarlsmere_core_group_minutes_decisions_register_pilling.docx",
    "doc_title": "Core Group Note of Meeting 3 - Kayden and Mila-Rose Pilling",
    "split": "tune",
    "actions": 12,
    "template": "core-group-note-docx-numbered-items-attendance-grid-initials-role-attendance-agency-round-past-tense-scaling-then-decisions-register-dref-decision-initials-deadline-evidence-for-next-meeting",
    "description": (
        "Note of the third core group for an 8-year-old and a 3-year-old (neglect, mother's drinking; "
        "grandmother has the children at weekends and an uncle does the school run). The decisions "
        "register names owners by initials from the attendance grid. Faults: an 'Ongoing' home "
        "conditions check, the grandmother's weekends with no evidence, 'continued engagement' as a "
        "measure, Talking Therapies only giving guided self-help, the HV review 'ASAP', one row owned by "
        "'All agencies', a young carers referral with no one named; the contingency sends the children "
        "to the grandmother with nothing if she cannot, and nothing leads to legal planning."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Note of Meeting and Decisions Register"),
        ("p", "Jarlsmere Metropolitan Borough Council · Children's Social Care · Locality Team West"),
        ("kv", [
            ("Children", "Kayden Pilling, born 19/03/2017 (8), Year 3 at Larkhill Primary; "
                         "Mila-Rose Pilling, born 30/12/2021 (3), Little Larks Nursery"),
            ("Meeting", "Core group no. 3, Thursday 10 July 2025, 1.30pm to 3.05pm"),
            ("Venue", "Larkhill Children's Centre, Room 2"),
            ("Plan", "Child protection plan since the initial conference of 15/05/2025 – neglect"),
            ("Chair", "Ruth Adeyemi, social worker (RA)"),
            ("Note taken by", "Carl Finney, business support (CF)"),
        ]),
        ("h2", "Attendance"),
        ("table", {
            "header": ["Initials", "Name", "Role / agency", "Attendance"],
            "widths": [1.8, 3.6, 7.6, 4.0],
            "rows": [
                ["RA", "Ruth Adeyemi", "Social worker, Locality Team West", "Present (chair)"],
                ["NP", "Natalie Pilling", "Mum", "Present"],
                ["IP", "Irene Pilling", "Maternal grandmother", "Present"],
                ["DP", "Dean Pilling", "Maternal uncle", "Apologies – at work"],
                ["TB", "Tanya Brook", "Health visitor, Jarlsmere 0–19 Service", "Present"],
                ["MS", "Martin Shaw", "Deputy head and DSL, Larkhill Primary", "Present"],
                ["LO", "Lisa Okoro", "Room leader, Little Larks Nursery", "Present"],
                ["JW", "Joanne Wicks", "Recovery worker, Jarlsmere Recovery Service", "Present"],
                ["SK", "Sana Khalid", "Psychological wellbeing practitioner, Jarlsmere Talking Therapies",
                 "Written report sent"],
                ["CF", "Carl Finney", "Business support", "Notes"],
            ],
        }),
        ("h2", "Item 1 – Register from meeting 2 (12 June)"),
        ("p", "RA went through the seven decisions recorded on 12 June. Five were completed and are closed: "
              "the gas safety check, the new bunk bed for Kayden, the breathalyser issued by JW, Natalie's "
              "registration with the Larkhill Surgery and the nursery's extra session. The home visits and "
              "the health visitor's review were not finished and have been carried into today's register."),
        ("h2", "Item 2 – How are Kayden and Mila-Rose?"),
        ("p", "RA saw Kayden on his own at school on 3 July. He said: \"Mum's been alright mostly. When she's "
              "had wine she goes to sleep on the settee and I do Mila's Coco Pops.\" He told RA his best bit of "
              "the week is Friday \"because Nana picks us up and we have chippy tea\". He said he does not "
              "like it when Mum \"talks slow\" and that he keeps Nana's number in his school bag."),
        ("p", "Mila-Rose was seen at nursery and at home. LO said she is chattier and now joins in at circle "
              "time, but on three Mondays in June she arrived in the clothes she had on on Friday and ate two "
              "breakfasts. At home she showed RA her doll's pram and asked for \"Nana\" when RA was leaving."),
        ("h2", "Item 3 – Agency round"),
        ("p", "NP said she has cut down and has not drunk in the day since the middle of June, but still has "
              "\"a couple of glasses\" some evenings. She finds the SMART Recovery group helpful."),
        ("p", "JW: Natalie has been to 5 of 6 key-work sessions. Breath tests were clear at four sessions and "
              "over the limit at two, both on Tuesday mornings after a bank holiday weekend."),
        ("p", "SK's report: four telephone sessions of guided self-help so far; Natalie's anxiety scores have "
              "come down a little. SK was not able to attend."),
        ("p", "TB has not yet been able to complete Mila-Rose's two-year review because two appointments were "
              "missed. Mila-Rose's front teeth look discoloured."),
        ("p", "MS: Kayden's attendance is 91% this half term; he was late on six days, all Mondays or Tuesdays. "
              "He was tearful on 30 June and said Mum had been \"poorly\"."),
        ("p", "IP has had both children every weekend since the conference, from Friday after school until "
              "Sunday teatime. DP has done the Monday, Wednesday and Friday school run for the last three "
              "weeks."),
        ("h2", "Item 4 – Scaling"),
        ("p", "On a scale where 0 means the children are not safe at home and 10 means everyone is confident "
              "they are safe, professionals scored 4 (RA, TB, MS, LO, JW), Irene scored 6 and Natalie scored 7. "
              "The gap between 4 and 7 is mostly about the evenings."),
        ("h2", "Item 5 – What we are working towards (from the conference)"),
        ("bullets", [
            "Kayden and Mila-Rose are cared for every evening and every night by an adult who is sober.",
            "Kayden gets to school on time every day and no longer makes Mila-Rose's breakfast.",
            "Mila-Rose arrives at nursery clean, fed and in clean clothes, and her teeth are checked and "
            "treated.",
        ]),
        ("h2", "Item 6 – Decisions register"),
        ("table", {
            "header": ["D-ref", "Decision / action", "By (initials)", "Deadline",
                       "Evidence the group will look for at meeting 4"],
            "widths": [1.3, 6.2, 1.9, 2.6, 5.0],
            "rows": [
                ["D3.1", "Visit Kayden and Mila-Rose at home, at least one visit a month unannounced, and see "
                         "Kayden on his own in his bedroom",
                 "RA", "Every 10 working days",
                 "Visit records show both children seen, with Kayden's words written down"],
                ["D3.2", "Check the kitchen cupboards, the fridge and the children's beds and score home "
                         "conditions on the Jarlsmere home conditions tool",
                 "RA", "Ongoing",
                 "Completed home conditions score sheets on the children's file"],
                ["D3.3", "Have Kayden and Mila-Rose to stay from Friday teatime until Sunday at 5pm",
                 "IP", "Every weekend", ""],
                ["D3.4", "Walk Kayden to Larkhill Primary and Mila-Rose to Little Larks on Monday, Wednesday "
                         "and Friday mornings",
                 "DP", "Mon, Wed and Fri in term time",
                 "School and nursery registers show both children in by 8.50am"],
                ["D3.5", "Key-work with Natalie with a breath test at every session, and a written update before "
                         "each core group on her drinking and what it means for Kayden and Mila-Rose",
                 "JW", "Weekly (Tuesdays)",
                 "Breath test readings and JW's written update tabled at each core group"],
                ["D3.6", "Keep engaging with Jarlsmere Recovery Service and go to the Thursday SMART Recovery "
                         "group",
                 "NP", "Weekly", "Continued engagement with the service"],
                ["D3.7", "Guided self-help sessions for Natalie's anxiety by telephone",
                 "SK", "Fortnightly", "Dates of sessions attended emailed to RA"],
                ["D3.8", "Complete Mila-Rose's development review at home, including her speech and her teeth",
                 "TB", "ASAP", "ASQ-3 scores and the dental referral outcome sent to RA"],
                ["D3.9", "Pass on the same day any worry about either child's attendance, appearance or hunger",
                 "All agencies", "Same day",
                 "Each worry logged on the children's file by RA with what was done about it"],
                ["D3.10", "Refer Kayden to Jarlsmere Young Carers for an assessment of what he does for Mum "
                          "at home",
                 "", "By 25/07/2025", "Assessment outcome shared with the core group"],
                ["D3.11", "Key person to note each morning whether Mila-Rose arrives hungry, tired or in "
                          "yesterday's clothes, and who collects her",
                 "LO", "Every session", "Nursery arrival log emailed to RA each Friday"],
                ["D3.12", "Learning mentor check-in with Kayden about his week and anything he says about home",
                 "MS", "Every Monday in term time",
                 "Mentor log; anything about home passed to RA the same day"],
            ],
        }),
        ("h2", "Item 7 – If things go wrong"),
        ("p", "If Natalie has been drinking while she is looking after the children, or Kayden rings Irene to "
              "say Mum is asleep and he cannot wake her, Irene will collect both children, keep them at her "
              "house and ring RA (or the emergency duty team out of hours) straight away. RA will hold a "
              "strategy discussion the same day and the children will stay with Irene until it has taken "
              "place."),
        ("h2", "Item 8 – Next meetings"),
        ("p", "The core group meets every 4 weeks. Meeting 4: Thursday 7 August 2025, 1.30pm, Larkhill "
              "Children's Centre. The review child protection conference is on Wednesday 13 August 2025 at "
              "10am, Jarlsmere Town Hall, Committee Room B."),
        ("p", "Note circulated by CF on 11/07/2025 to everyone in the attendance grid."),
    ],
    "findings": [
        F("T002", "Check the kitchen cupboards, the fridge and the children's beds"),
        F("M001", "Have Kayden and Mila-Rose to stay from Friday teatime"),
        F("M002", "Keep engaging with Jarlsmere Recovery Service and go to"),
        F("H001", "Guided self-help sessions for Natalie's anxiety by telephone"),
        F("T002", "Complete Mila-Rose's development review at home, including her speech"),
        F("W002", "Pass on the same day any worry about either child's"),
        F("W001", "Refer Kayden to Jarlsmere Young Carers for an assessment"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Social worker's letter to both parents after a review conference, the
#    plan as numbered paragraphs in date order, each opening with when.
#    Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jolliford_rcpc_letter_plan_in_date_order_thackeray.pdf",
    "doc_title": "Letter after review conference - Poppy Thackeray and Ollie Pask",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-sw-letter-to-parents-pdf-right-aligned-sender-block-our-ref-bold-headings-plan-as-numbered-paragraphs-in-date-order-each-opening-with-when-then-if-things-go-wrong-and-meetings-paragraphs-paged",
    "description": (
        "Exemplary letter from a social worker to a mother and her partner after a first review "
        "conference for a 9-year-old and a 2-year-old (neglect, the father's weekend cocaine and alcohol "
        "use, one police call-out). The plan is ten numbered paragraphs in the order things happen, each "
        "opening with when and saying who does what and how everyone will know. The drug and alcohol "
        "service tests and reports on change, the GP owns an action, both children's experience is "
        "recorded, the contingency has named triggers and a refuge, and the core group, review and legal "
        "planning steps are set."
    ),
    "header": "Jolliford Borough Council – Children's Social Care – PRIVATE AND CONFIDENTIAL",
    "footer": "Letter to Rhianne Thackeray and Jordan Pask, 27 June 2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Jolliford Borough Council"),
        ("pr", "Children's Social Care – Safeguarding and Support Team 3"),
        ("pr", "Brindle House, 4 Canal Street, Jolliford JL3 2RT"),
        ("pr", "Direct line 01632 960481"),
        ("pr", "27 June 2025"),
        ("p", ""),
        ("pl", "Ms Rhianne Thackeray and Mr Jordan Pask"),
        ("pl", "22 Saddler's Row"),
        ("pl", "Jolliford JL4 7QB"),
        ("p", ""),
        ("p", "Our ref: JBC/CP/25/3317"),
        ("p", "Dear Rhianne and Jordan,"),
        ("p", "Thank you for coming to Poppy and Ollie's review child protection conference on Wednesday 25 "
              "June, and for staying until the end when it ran late. The conference decided that both "
              "children will stay on child protection plans, still under the category of neglect. I promised "
              "to write down what was agreed. I have put the plan in the order things will happen, so you "
              "can tick things off as they are done; each numbered paragraph is one thing that was agreed. "
              "Please keep this letter and bring it to each core group."),
        ("boldp", "Why the plan is carrying on"),
        ("p", "Since the first conference in March a lot has changed for the better. Ollie has had all his "
              "missed immunisations, the house is warm and tidy, and Jordan has given clear drug tests for most "
              "of April and June. But Jordan's tests were positive for cocaine twice in May, and on 18 May the "
              "police were called at 2am after an argument in which a door was broken while Ollie was awake "
              "in his cot. Poppy was late for school on 23 days in the spring term, and Ollie, who is two, "
              "is using only a handful of words. The conference felt that the changes are real but too new to "
              "be sure they will last."),
        ("boldp", "What Poppy and Ollie have told us"),
        ("p", "Poppy spoke to me on her own at school on 16 June. She said, \"It's better because Dad doesn't "
              "go out on Fridays now, but I still listen at night in case they start shouting.\" She told me "
              "she is late because \"I have to find my uniform and Mum's asleep\", and that she would like a "
              "clock in her room \"so I can get myself up\". She said the best thing at home is \"when Dad does "
              "pancakes on Sunday\"."),
        ("p", "Ollie is too young to tell us in words. When I visited on 10 and 24 June he was clean and "
              "dressed and ran to Poppy as soon as she came in. He pointed and said \"ba\" for his ball and "
              "\"mama\", but no other words. He settled on Rhianne's knee when I was there, and jumped and "
              "cried when the front door banged."),
        ("boldp", "What we want for Poppy and Ollie by the next review"),
        ("bullets", [
            "Poppy and Ollie live in a home where nobody has taken drugs or drunk too much, and there is no "
            "shouting or fighting at night.",
            "Poppy gets to school on time and tells us she does not need to listen out at night any more.",
            "Ollie's speech has been checked, he has help with it, and he is at nursery three mornings a week.",
        ]),
        ("boldp", "What will happen, in date order"),
        ("numbers", [
            "From Monday 30 June, every school day – Rhianne, you will walk Poppy into St Mary's Primary by "
            "8.45am, and Mrs Ade Okon, the school's designated safeguarding lead, will email me Poppy's "
            "arrival times every Friday so that we can count the days she was on time.",
            "Every Thursday at 4pm, starting on 3 July – Jordan, you will see Mandeep Sahota, your recovery "
            "worker at Jolliford Drug and Alcohol Service, and give a urine sample, and Mandeep will send me "
            "each result within five working days.",
            "Before each core group – Mandeep will write to the group about whether Jordan has stayed off "
            "cocaine and alcohol, what the tests show and what the changes mean for Poppy and Ollie, and I "
            "will read the report out at the meeting.",
            "Every two weeks from 1 July – I will visit you at home, at least once a month without ringing "
            "first, see Poppy on her own and Ollie awake, and write down what Poppy tells me in my visit "
            "record.",
            "Every Wednesday in term time – Mr Dev Lyle, Poppy's learning mentor, will spend half an hour with "
            "her on her worries and write up each session, and he will pass anything she says about home to "
            "Mrs Okon and to me the same day.",
            "By Friday 11 July – Sophie Gault, the independent domestic violence adviser at Jolliford Women's "
            "Aid, will go through a safety plan with you, Rhianne, including what Poppy should do if there "
            "is shouting at night, and she will give you a copy and send me the risk checklist score.",
            "Every Tuesday evening for 12 weeks from 15 July – Jordan, you will go to the Calmer Dads "
            "programme at the Riverside Centre, and the facilitator, Wes Harding, will send me the "
            "attendance sheet each month and a written report when the course ends.",
            "By Friday 18 July – Dr Neha Sethi, your GP at Canal Street Surgery, will see Jordan to check his "
            "liver function and talk about his drinking, and will write to Mandeep and to me with the "
            "results.",
            "By Friday 1 August – Bethan Lowe, your health visitor, will do Ollie's two-year review at home, "
            "including a check of his speech, and will record the results in his red book and send a copy "
            "to me and to Dr Sethi.",
            "From Monday 8 September, on Monday, Tuesday and Thursday mornings – Rhianne, you will take Ollie "
            "to his funded place at Little Acorns Nursery, and the nursery manager will send me his "
            "attendance register at the end of each month.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Jordan has a positive test for cocaine, comes home having used drugs or drunk heavily, or the "
              "police are called to the house, you have both agreed that Jordan will leave that night and "
              "stay with his brother Craig on Fenwick Road, and I (or the emergency duty team on 01632 960999 "
              "out of hours) will hold a strategy discussion the same day. If Jordan will not leave, or Poppy "
              "and Ollie cannot stay safely at home with you, Rhianne, Sophie will arrange a refuge place for "
              "you and the children that day."),
        ("boldp", "Meetings"),
        ("p", "The core group will meet every four weeks at St Mary's Primary at 3.30pm: on 24 July, 21 August "
              "and 18 September 2025. The next review child protection conference is on Thursday 2 October "
              "2025 at 10am at Brindle House."),
        ("p", "I have to be honest with you about what happens if the plan does not work. If Jordan has two "
              "more positive tests, or Poppy is late on more than five days in any half term, I will ask my "
              "team manager for a legal planning meeting within ten working days, to look at whether the "
              "council needs legal advice about going to court."),
        ("p", "If anything in this letter is different from what you remember, or you want it in another "
              "format, please ring me on the number above."),
        ("p", "Yours sincerely,"),
        ("pl", "Hollie Marsh"),
        ("pl", "Social Worker, Safeguarding and Support Team 3"),
        ("p", ""),
        ("p", "Copies: Graham Ashe (conference chair); Mrs Ade Okon (St Mary's Primary); Mandeep Sahota "
              "(Jolliford Drug and Alcohol Service); Bethan Lowe (health visitor); Dr Neha Sethi (GP); Sophie "
              "Gault (Jolliford Women's Aid)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Case-system worklist print: tasks grouped under DUE banners, a
#    RECURRING block and a NO DUE DATE SET block. Faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jenniscombe_worklist_print_grouped_by_due_date_marrable.txt",
    "split": "tune",
    "actions": 12,
    "template": "case-system-plan-worklist-print-txt-equals-ruled-header-subject-household-parental-factors-views-outcome-codes-then-tasks-grouped-under-due-date-banners-recurring-block-and-no-due-date-set-block-task-id-line-assigned-links-completion-evidence-lines",
    "description": (
        "Initial plan for an 11-year-old and a 5-year-old (mother's depression with psychotic symptoms "
        "after an admission; neglect) printed from a case system's worklist view, tasks grouped under "
        "due-date banners. Faults: one outcome is only about the mother, a school nurse check with no "
        "completion evidence, a breakfast club task nobody is assigned, a task assigned to 'Core Group', "
        "a CMHT care coordinator who only supports, home visits 'as required', attendance that 'will be "
        "monitored', two tasks with no due date, and the review conference 'to be confirmed'."
    ),
    "text": """\
=====================================================================================
 CARELEDGER 4.2   Jenniscombe Council - Children's Services
 PLAN WORKLIST (printable view)           Record CP-PLAN-0091834        Status: ACTIVE
 Printed 02/07/2025 14:06 by R.DEMIR
=====================================================================================

SUBJECTS
  Skye MARRABLE       DOB 14/09/2013   Jenniscombe Academy (Y6, moves to Y7 in Sept)
  Ronnie MARRABLE     DOB 02/02/2020   Oakley Bank Infants (Reception)

HOUSEHOLD
  Donna MARRABLE      Mother, 38
  Gary TULK           Mother's partner, 41, works days at Jenniscombe bus depot
  Fathers             Skye's father deceased 2016; Ronnie's father (Lee Cotton) no contact

PLAN
  Type                Child protection - initial
  Conference          ICPC 26/06/2025, Jenniscombe Civic Centre
  Category            Neglect (both children)
  Allocated worker    Rosa Demir, Social Worker, Family Safeguarding Team South
  Team manager        Phil Okonedo

PARENTAL FACTORS (from assessment)
  Donna has recurrent depressive disorder with psychotic symptoms. She was admitted to
  Ashgrove Ward (Jenniscombe General) from 3 to 24 April 2025 after she stopped her
  medication and stopped eating. She now takes olanzapine and sertraline and has a care
  coordinator at Jenniscombe North CMHT. During the admission, and for some weeks before it,
  Skye got Ronnie up, fed and to school and did the shopping on Donna's bank card. Gary
  leaves for work at 6.15am. Ronnie missed 19 sessions of school in the spring term.

CHILDREN'S VIEWS AND LIVED EXPERIENCE
  Skye (seen alone at school 20/06/2025): "I'm used to doing it, I don't mind. I just don't
  want Mum to go back in hospital. When she was in there I didn't sleep properly." She said
  she worries about starting Year 7 "because who'll take Ronnie". She would like to go to
  the Thursday netball club again.
  Ronnie (seen at home 24/06/2025): showed the worker his Lego garage and said "Skye makes
  my toast". He said he likes it when "Mummy does the bath with bubbles". He was in the same
  pyjamas at 4pm that he had on at a visit the day before.

OUTCOMES
  OUT-1  Skye is a child first: she is not responsible for Ronnie's care in the mornings and
         has time for clubs and friends.
  OUT-2  Ronnie is at school every day, on time, washed and in clean clothes.
  OUT-3  Donna will be well and stable on her medication.

-------------------------------------------------------------------------------------
 TASKS (12)  -  sorted by due date
-------------------------------------------------------------------------------------

>>> DUE 04/07/2025
 [T-0412] Refer Skye to Jenniscombe Young Carers for a young carers assessment
          Assigned: Rosa Demir (Social Worker)              Links: OUT-1
          Completion evidence: Assessment outcome letter on file and read with Skye

 [T-0415] Review Donna's olanzapine and sertraline prescriptions and confirm she is collecting them
          Assigned: Dr Fiona Bell, GP, Oakley Bank Medical Practice      Links: OUT-3
          Completion evidence: GP letter to the SW and care coordinator with collection dates

>>> DUE 18/07/2025
 [T-0418] School nurse health check for Ronnie: height, weight, teeth and toileting
          Assigned: Hannah Price, School Nurse, Jenniscombe 5-19 Team       Links: OUT-2
          Completion evidence:

 [T-0419] Ask Oakley Bank Infants to put Ronnie on the breakfast club list
          Assigned:                                          Links: OUT-2
          Completion evidence: Breakfast club register shows Ronnie attending

>>> DUE 31/07/2025
 [T-0421] Agree a written summer holiday plan for who looks after Skye and Ronnie each weekday
          Assigned: Core Group                               Links: OUT-1
          Completion evidence: Summer plan on file and copies given to Donna and Gary

>>> RECURRING
 [T-0401] Home visits; see Skye and Ronnie on their own, and Ronnie before school at least once a month
          Assigned: Rosa Demir (Social Worker)              Links: OUT-1, OUT-2
          Frequency: every 2 weeks
          Completion evidence: Visit records with each child's words written down

 [T-0402] Support visits to Donna at home with prompts to take her medication
          Assigned: Karen Oduya, Care Coordinator, Jenniscombe North CMHT    Links: OUT-3
          Frequency: weekly
          Completion evidence: CMHT visit dates sent to the SW each month

 [T-0403] Pastoral check-in with Skye about home, her sleep and her move to Year 7
          Assigned: Mr Dale Fenwick, Pastoral Lead, Jenniscombe Academy      Links: OUT-1
          Frequency: every Tuesday in term time
          Completion evidence: Pastoral log; anything about home passed to the SW the same day

 [T-0404] Family support worker visits to help with the morning routine and the state of the kitchen
          Assigned: Jo Maddox, Family Support Worker, Jenniscombe Family Hub  Links: OUT-2
          Frequency: as required
          Completion evidence: Home conditions checklist scores sent to the SW

 [T-0405] Track Ronnie's attendance and punctuality and follow up every absence with Donna
          Assigned: Mrs Gail Yates, Attendance Officer, Oakley Bank Infants    Links: OUT-2
          Frequency: weekly
          Completion evidence: Attendance will be monitored

>>> NO DUE DATE SET
 [T-0430] Ask the CMHT psychiatrist for a written view of Donna's relapse risk and early warning signs
          Assigned: Rosa Demir (Social Worker)              Links: OUT-3
          Completion evidence: Psychiatrist's letter shared with the core group

 [T-0431] Complete the Parenting Together course at Jenniscombe Family Hub
          Assigned: Donna Marrable                          Links: OUT-2
          Completion evidence: Facilitator's attendance record and final report sent to the SW

-------------------------------------------------------------------------------------
 CONTINGENCY
-------------------------------------------------------------------------------------
  Trigger   Donna stops taking her medication, says she is hearing voices, or is found in
            bed and unable to get up while she is alone with Ronnie.
  Response  The adult who finds this (Gary, school or any professional) rings the CMHT
            crisis line and the SW, or the emergency duty team out of hours. The SW holds
            a strategy discussion the same day. Skye and Ronnie stay with Gary, who will
            take leave from work; if Gary is at work and cannot leave, the children will
            be placed together with approved foster carers that day.
  Legal     If Donna is readmitted, or two of the triggers above happen before the
            review, the SW will ask the team manager for a legal planning meeting within
            5 working days.

-------------------------------------------------------------------------------------
 REVIEW
-------------------------------------------------------------------------------------
  Core group          Every 4 weeks: 10/07/2025, 07/08/2025, 04/09/2025
                      (Oakley Bank Infants, 3.30pm)
  Review conference   To be confirmed
=====================================================================================
 END OF PRINT - CP-PLAN-0091834 - page 1 of 1
=====================================================================================
""",
    "findings": [
        F("F002", "Donna will be well and stable on her medication."),
        F("M001", "School nurse health check for Ronnie: height, weight, teeth and toileting"),
        F("W001", "Ask Oakley Bank Infants to put Ronnie on the breakfast club list"),
        F("W002", "Agree a written summer holiday plan for who looks after"),
        F("H001", "Support visits to Donna at home with prompts to take"),
        F("T002", "help with the morning routine and the state of the kitchen"),
        F("M002", "Track Ronnie's attendance and punctuality and follow up every absence"),
        F("T001", "Ask the CMHT psychiatrist for a written view of Donna's"),
        F("T001", "Complete the Parenting Together course at Jenniscombe Family Hub"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child's copy for a 10-year-old: "the places in your week" as stops, a
#    small Who / What / When / How you'll know table at each. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_juddenham_childs_copy_places_in_my_week_mensah.md",
    "split": "tune",
    "actions": 9,
    "template": "child-friendly-copy-md-sw-note-to-child-then-places-in-your-week-stops-home-school-dads-flat-mums-clinic-each-with-small-who-what-when-how-youll-know-table-then-if-something-goes-wrong-grown-ups-meetings-small-print",
    "description": (
        "Exemplary child's copy of a review conference plan for a 10-year-old young carer and her 6-year-old "
        "brother (mother's depression; medication stopped in the spring), written to her by her social "
        "worker as the places in her week, with a small table of who does what, when and how she will "
        "know at each. The CMHT nurse reports on whether Mum is getting better and how long it may take, "
        "the GP owns an action, the aunt's mornings have a back-up, and the meetings, review and legal "
        "planning step are in the small print."
    ),
    "text": """\
# Amara's copy of the plan

**Juddenham City Council · Children and Families Service**
Written for Amara Mensah (10) by Jo Whitlock, social worker, after the review child protection
conference on 19 June 2025. Kobi has his own picture version.

> Hi Amara. This is the plan the grown-ups agreed at the meeting on Thursday. I've set it out
> as a map of the places in your week, and at each place there is a little table saying who
> will do what, when, and how you will know it's happening. If anything doesn't make sense,
> ask me on Tuesday. – Jo

## Why there is still a plan

In March your mum stopped taking her tablets and got very poorly with her depression. For a
few weeks she stayed in bed most of the day, and you got Kobi up, made his breakfast, took
him to school and made tea. That is too much for anyone who is 10. Mum has been taking her
tablets again since April and is a lot better, but the grown-ups want to be sure it lasts,
so the plan is carrying on for now.

## What you told me

When we talked at school on 12 June you said: "It's better now. Mum gets up. But I still go
in her room before school to check she's awake." You said you miss going to Young Carers
club, and that you'd like "one morning where I don't have to do Kobi's shoes". You gave home
a 7 out of 10 for feeling safe and Dad's a 9 "because he makes jollof on Saturdays".

Kobi drew your family in front of the flats with a big yellow sun. He told me Mum "sleeps a
lot" and that Amara "does my cereal". At school his teacher says he is happier and is
starting to read on his own.

## What we all want

- You and Kobi have a grown-up who is up and looking after you every morning and every evening.
- You can stop checking on Mum before school, and you get time for clubs and friends.
- Kobi gets to school on time every day, washed and with his breakfast eaten.

## The places in your week

### Stop 1 – Home (Flat 3, Cedar Court)

| Who | What they'll do | When | How you'll know |
|---|---|---|---|
| Jo, your social worker | Come to your home, see you and Kobi on your own, and sometimes come without ringing first | Every 2 weeks | I'll write down what you tell me and read it back to you before I leave |
| Mum | Get up, make breakfast for you and Kobi and take her tablets with it | Every morning | Mum ticks the chart on the fridge and Jo looks at it at every visit |
| Auntie Abena | Come to the flat at 8am and walk you and Kobi to school | Every Tuesday and Thursday | The school register shows you both in by 8.45am |

### Stop 2 – School (Juddenham Juniors and Infants)

| Who | What they'll do | When | How you'll know |
|---|---|---|---|
| Mrs Green, your learning mentor | Have a chat with you about your week and anything that's worrying you | Every Monday morning in term time | She writes down what you say and tells Jo the same day if you're worried about home |
| Mrs Kaur, the school nurse | Check Kobi's height and weight and look at his eczema cream | By 18 July | She writes it in Kobi's health record and sends Jo a copy |
| Lily from Juddenham Young Carers | Pick you up from school and take you to Young Carers club | Every other Wednesday from 2 July | Your name on the club register, and you tell Jo whether you like it |

### Stop 3 – Dad's flat (Hollin Road)

| Who | What they'll do | When | How you'll know |
|---|---|---|---|
| Dad | Have you and Kobi to stay from Saturday 10am and bring you home to Mum on Sunday at 4pm | Every weekend | Dad writes the times in the weekend book and Jo reads it at her visits |

### Stop 4 – Mum's clinic (the Hillside Centre)

| Who | What they'll do | When | How you'll know |
|---|---|---|---|
| Sam Achebe, Mum's nurse from the Juddenham Community Mental Health Team | See Mum about her illness and her tablets, and write to the grown-ups' meeting about whether Mum is getting better and how long it might take before she can manage the mornings on her own | Every 2 weeks, and a letter before every grown-ups' meeting | Sam's letter is read out at each grown-ups' meeting |
| Dr Frimpong, Mum's GP | Give Mum her tablets a month at a time and tell Sam and Jo straight away if she doesn't collect them | Every month | The chemist's record of collections, and a note to Jo if one is missed |

## If something goes wrong

If Mum can't get out of bed in the morning, says things that don't make sense, or tells you
she has stopped her tablets, ring Auntie Abena, and if she doesn't answer, ring Dad. The
grown-up who comes will look after you and Kobi and ring Jo (or the out-of-hours team, the
number is on the fridge). Jo will hold a meeting that same day about keeping you safe, and you
and Kobi will stay with Auntie Abena or Dad until Mum is well again.

If Auntie Abena can't come on a Tuesday or Thursday, she will text Mum and Jo the night before
and you and Kobi will go to the school breakfast club, where Jo has already booked you both a
place. If neither Auntie Abena nor Dad can have you, Jo will find foster carers so that you and
Kobi can stay together.

## The grown-ups' meetings

- The grown-ups (the core group) meet every 4 weeks after school at Juddenham Juniors: 10 July,
  7 August and 4 September 2025.
- The next big review meeting (review child protection conference) is on 18 September 2025.

## Small print for grown-ups

If Efua stops her medication again, or the morning plan breaks down twice in a month, Jo
Whitlock will ask the team manager for a legal planning meeting within 5 working days.
Copies: Efua Mensah, Kwame Boateng, Abena Mensah, Juddenham Juniors and Infants (DSL),
Sam Achebe (CMHT), Dr Frimpong (Hollin Road Surgery).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Maternity-led pre-birth plan: NHS front panel, the unborn baby's world,
#    then a plan table whose "Service" column is merged down each service's
#    rows (real Word vertical merges). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jessamine_prebirth_maternity_led_merged_service_harrop.docx",
    "doc_title": "Pre-birth Child Protection Plan (maternity-led) - Baby of Jodie Harrop",
    "split": "tune",
    "actions": 12,
    "template": "prebirth-maternity-led-docx-nhs-front-panel-kv-numbered-h1-sections-babys-world-mums-health-and-who-is-involved-then-service-merged-named-lead-what-will-be-done-when-how-we-will-know-table",
    "description": (
        "Exemplary maternity-led pre-birth plan for an unborn baby due in September and a 4-year-old "
        "brother (mother's bipolar disorder, postpartum psychosis after the last birth). The plan table "
        "has a 'Service' column merged down each service's rows; every row names a lead, a gestation, "
        "date or frequency and what will be seen. The perinatal psychiatrist assesses relapse risk and "
        "the CPN reports on change, the grandmother's nights have a fallback, the unborn baby's world "
        "and the brother's words are recorded, and core group, review and legal planning are set."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jessamine Vale Hospitals NHS Trust – Maternity Safeguarding Team, with Jessamine Vale Council "
              "Children's Services. Health-led plan agreed at the pre-birth child protection conference on "
              "19 June 2025 (category: risk of emotional harm and neglect)."),
        ("kv", [
            ("Mother", "Jodie Harrop, 27, 28+3 weeks pregnant on 19/06/2025"),
            ("Estimated date of delivery", "08/09/2025"),
            ("Baby's father", "Luke Dent, 30, lives with Jodie"),
            ("Sibling", "Mason Dent, 4, starts Reception at Harlow Green Primary in September"),
            ("Address", "7 Linden Walk, Jessamine Vale"),
            ("Named midwife", "Sophie Rudd, safeguarding midwife"),
            ("Obstetric consultant", "Mr Tobi Adeleke"),
            ("Social worker", "Helen Quist, Children's Services, Pre-birth and Infant Team"),
        ]),
        ("h1", "1. About this pregnancy"),
        ("p", "Jodie has bipolar affective disorder. After Mason was born in 2021 she became very unwell with "
              "postpartum psychosis on day 6 and was admitted to a mother and baby unit for seven weeks. She "
              "has been well since late 2022 on quetiapine, which she has continued in this pregnancy with "
              "her psychiatrist's advice. Jodie's risk of becoming unwell again in the first weeks after "
              "birth is high. Jodie and Luke asked for this plan to be made with them and both came to the "
              "conference."),
        ("h1", "2. The baby's world and what Mason tells us"),
        ("p", "The 20-week scan was normal and the baby is growing on the 50th centile. Jodie stopped smoking "
              "at 10 weeks and the carbon monoxide readings at her appointments have been clear. The flat is "
              "warm, there is a Moses basket and a cot in the parents' room, and Luke has put a stair gate up. "
              "At the last two appointments Jodie was sleeping seven hours a night; she talks to the bump "
              "and plays it the songs she sang to Mason."),
        ("p", "Mason told the health visitor on 11 June, \"The baby's in Mummy's tummy and I'm going to show "
              "it my dinosaurs.\" He asked if Mummy would \"go away to the hospital again\" and said he "
              "remembered \"sleeping at Nanna Carol's for ages\". At home he was chatty, played with his "
              "trains and went to Luke for a cuddle when he bumped his head."),
        ("h1", "3. Jodie's health and who is involved"),
        ("p", "The Jessamine Vale Perinatal Mental Health Team (Dr Ama Fielding, consultant, and Marcus Ofori, "
              "CPN) have seen Jodie since 14 weeks. Her GP is Dr Rahul Menon at Linden Walk Surgery. Jodie's "
              "mum, Carol Harrop, and Luke's mum, Denise Dent, both live in Jessamine Vale and have offered "
              "to help after the birth."),
        ("h1", "4. What we want for the baby and for Mason"),
        ("bullets", [
            "The baby is cared for from birth by an adult who is well, awake and not alone with the baby at "
            "night during the first weeks, and is fed, warm and gaining weight.",
            "Mason keeps his routines, starts school on time in September and is not separated from his mum "
            "and the baby in an emergency without a plan he has been told about.",
            "Any early sign of Jodie becoming unwell is spotted within a day and acted on before it affects "
            "the baby's care.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["Service", "Named lead", "What will be done", "When", "How we will know"],
            "widths": [2.4, 3.0, 5.0, 3.0, 3.6],
            "rows": [
                ["Maternity", "Sophie Rudd, safeguarding midwife",
                 "Antenatal appointments at home or clinic, each with a mood and sleep check using the "
                 "Whooley questions",
                 "Every 2 weeks from 28 weeks, weekly from 36 weeks",
                 "Appointments and mood scores in the maternity record, shared with the CPN and SW after "
                 "each one"],
                [V, "Sophie Rudd, safeguarding midwife",
                 "Write the birth plan with Jodie and Luke, including who stays on the ward, and place the "
                 "safeguarding alert on the maternity system",
                 "By 32 weeks (21/07/2025)",
                 "Birth plan signed by Jodie and Luke on the maternity record; SW confirms the alert is live"],
                [V, "Ward manager, Larch Ward",
                 "Keep Jodie and the baby on the postnatal ward for at least 5 days, with a midwife recording "
                 "Jodie's sleep and mood every shift",
                 "Every shift from birth until discharge",
                 "Sleep and mood chart filled in every shift, read out at the discharge planning meeting"],
                ["Perinatal mental health", "Dr Ama Fielding, consultant perinatal psychiatrist",
                 "Assess Jodie's risk of relapse after the birth, her early warning signs and her capacity to "
                 "keep to her relapse prevention plan, and set the medication plan for the birth and "
                 "breastfeeding",
                 "Written assessment by 21/07/2025",
                 "Assessment report shared with the core group and with Jodie and Luke"],
                [V, "Marcus Ofori, perinatal CPN",
                 "Home visits to check Jodie's mood, sleep and medication, with a written update on whether "
                 "she is making and keeping the changes in her relapse plan and what that means for the "
                 "baby and Mason",
                 "Weekly until 6 weeks after the birth; update before every core group",
                 "Written update read at every core group; relapse plan updated and a copy on the fridge"],
                ["Health visiting", "Priya Jandu, health visitor",
                 "Antenatal visit, then the new birth visit and home visits to weigh the baby and check "
                 "feeding and the sleep space",
                 "Antenatal visit by 04/08/2025; new birth visit at 10–14 days; then weekly to 8 weeks",
                 "Weights plotted in the red book; visit notes on feeding and safe sleep sent to the SW "
                 "each week"],
                ["GP", "Dr Rahul Menon, Linden Walk Surgery",
                 "Issue Jodie's quetiapine a week at a time and tell the CPN and SW if a prescription is not "
                 "collected; do Jodie's postnatal check and the baby's 6–8 week check",
                 "Weekly prescriptions; any missed collection reported the same day; checks at 6–8 weeks",
                 "Pharmacy collection record; both checks recorded and a summary sent to the SW"],
                ["Children's Services", "Helen Quist, social worker",
                 "Visit Jodie, Luke and Mason at home, see Mason on his own, and after the birth see the "
                 "baby awake and where the baby sleeps",
                 "Every 2 weeks before the birth; weekly for the first 8 weeks after",
                 "Visit records with Mason's words and the baby's care as seen"],
                [V, "Helen Quist, social worker",
                 "Hold a family network meeting with Jodie, Luke, Carol and Denise to agree who is at home "
                 "each night for the first 6 weeks after the birth",
                 "By 28/07/2025",
                 "Written network rota signed by everyone and shared with the core group"],
                ["Family", "Carol Harrop (maternal grandmother)",
                 "Stay at 7 Linden Walk and do the night feeds with Luke so that Jodie can sleep",
                 "Every night for the first 14 nights after Jodie and the baby come home",
                 "Night feed chart on the fridge, signed each night and seen by the HV and SW"],
                [V, "Luke Dent (father)",
                 "Take two weeks' paternity leave from the birth, then take Mason to school each morning",
                 "2 weeks from the birth; then every school day",
                 "Paternity leave confirmed to the SW; school register shows Mason in by 8.50am"],
                ["Education", "Mrs Tessa Lowe, Reception teacher and DSL, Harlow Green Primary",
                 "Settling-in plan for Mason, and a note of how he is each week, including anything he says "
                 "about the baby or Mummy being poorly",
                 "From his first day on 08/09/2025, then every Friday",
                 "Class notes emailed to the SW each Friday; any worry passed on the same day"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Jodie sleeps less than four hours on two nights running, stops her quetiapine, or shows any "
              "early warning sign in her relapse plan (racing thoughts, talking very fast, believing the baby "
              "is in danger), Luke or Carol will ring the perinatal team (or the crisis line out of hours) and "
              "the SW that day. Jodie will not be alone with the baby until she has been seen, Luke will care "
              "for the baby with Carol or Denise at the house, and the SW will hold a strategy discussion the "
              "same day. If Jodie becomes unwell while still on Larch Ward, Dr Fielding will arrange admission "
              "with the baby to the Beech House mother and baby unit."),
        ("p", "If Carol cannot stay on any night, Denise will stay instead. If neither of them can, Jodie and "
              "the baby will stay on Larch Ward (or return to it) until cover is in place, and if no safe adult "
              "is available after discharge the baby will be cared for by approved foster carers, with Jodie "
              "and Luke's agreement, until the network rota is back in place."),
        ("h1", "7. Meetings and next steps"),
        ("bullets", [
            "Core group every 4 weeks at Linden Walk Surgery, 2pm: 10/07/2025, 07/08/2025 and 04/09/2025, and "
            "a discharge planning meeting on Larch Ward before Jodie and the baby go home.",
            "Review child protection conference: 02/10/2025, 10am, Jessamine Vale Civic Centre.",
            "If Jodie becomes unwell before the birth, or Dr Fielding's assessment finds the relapse plan "
            "cannot keep the baby safe, Helen Quist will ask the team manager for a legal planning meeting "
            "within 5 working days.",
        ]),
        ("p", "Plan written by Sophie Rudd, safeguarding midwife, and Helen Quist, social worker – 20/06/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference outcome sheet for a family about to move council:
#    decision boxes, then a numbered recommendations table. Faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jorvale_rcpc_outcome_sheet_recommendations_beckett.pdf",
    "doc_title": "Review Child Protection Conference Outcome Sheet - Harper and Ellis Beckett",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-outcome-sheet-pdf-reviewing-unit-header-kv-panel-tick-box-decision-lines-progress-summary-views-then-rec-no-recommendation-agency-responsible-to-be-completed-success-indicator-table-transfer-note-paged",
    "description": (
        "An IRO's outcome sheet from a second review conference for a 7-year-old and a 3-year-old "
        "(neglect, mother's anxiety and low mood) whose family move to another council in three weeks. "
        "Faults: the parenting assessment is left for the new council 'after transfer – date TBC', the "
        "speech therapy referral is on hold until the move, 'Improvement in home conditions', 'All "
        "professionals' as an owner, a primary care mental health worker who only supports, a school row "
        "with no date; the contingency is 'further concerns' and 'consider', and no legal step is named."
    ),
    "header": "Jorvale City Council – Safeguarding and Reviewing Unit – OFFICIAL-SENSITIVE",
    "footer": "RCPC outcome sheet – Harper and Ellis Beckett – 26/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference – Outcome Sheet"),
        ("kv", [
            ("Children", "Harper Beckett, born 08/01/2018 (7); Ellis Beckett, born 21/04/2022 (3)"),
            ("Parents", "Kirsty Beckett and Shane Beckett, 15 Moorgate Close, Jorvale"),
            ("Conference", "Second review, 26/06/2025, 10am, Jorvale Civic Offices, Room 3"),
            ("Independent reviewing officer", "Graham Tolley"),
            ("Social worker", "Nadia Farouk, Jorvale Children's Services, Central Team"),
            ("Plan start", "ICPC 02/01/2025"),
        ]),
        ("h2", "Decision"),
        ("p", "[X] Child protection plan to continue – both children"),
        ("p", "[X] Category: Neglect (unchanged)"),
        ("p", "[ ] Plan to end    [ ] Category changed    [ ] Referral for legal planning"),
        ("h2", "Progress since the last review (03/04/2025)"),
        ("p", "The house is cleaner downstairs and the dog has been rehomed. Harper's attendance has risen from "
              "81% to 88%, but she was late on 14 days this half term and was sent home twice with head lice. "
              "Ellis still has only a few single words and was not taken to two speech and language "
              "appointments in May. Kirsty has been seeing the Primary Care Mental Health Team for her anxiety "
              "and low mood since March and says she is \"getting there\". Shane has started full-time work at "
              "the Moorside warehouse. The family have accepted a council tenancy in Kestrelby and expect to "
              "move on 21/07/2025."),
        ("h2", "Views of the children"),
        ("p", "Harper (seen alone by the SW on 19 June): \"My bedroom's nicer now Dad painted it. I don't like "
              "being late because Miss Carr looks at me.\" She is excited about the new house \"because it's "
              "got a garden for a trampoline\" but sad to leave her best friend Maisie. She drew a picture of "
              "her family at the new house and put Ellis in the middle."),
        ("p", "Ellis was seen at home on 19 June and at nursery on 12 June. He points and takes adults by the "
              "hand to show them what he wants, and gets frustrated and bangs his head on the floor when he is "
              "not understood. He was clean and dressed on both visits and laughed when Shane chased him round "
              "the garden."),
        ("h2", "Views of the parents"),
        ("p", "Kirsty and Shane said they know the house had got \"out of hand\" and that moving somewhere with "
              "more room will help. They would like the plan to end once they have moved."),
        ("h2", "Outcomes for Harper and Ellis (from the initial conference)"),
        ("bullets", [
            "Harper and Ellis live in a clean, safe home with their own beds and clean clothes every day.",
            "Harper gets to school on time every day and is free of head lice.",
            "Ellis gets help with his speech and is understood by the adults around him.",
        ]),
        ("h2", "Recommendations"),
        ("table", {
            "header": ["No.", "Recommendation", "Agency responsible", "To be completed", "Success indicator"],
            "widths": [1.0, 5.6, 3.4, 2.8, 4.2],
            "rows": [
                ["1", "Visit the family at home, see Harper on her own and Ellis awake, and record what the "
                      "children say and show",
                 "Children's Services – SW Nadia Farouk", "Fortnightly until the transfer-in conference",
                 "Visit records with Harper's words and Ellis's care as seen"],
                ["2", "Parenting assessment of Kirsty and Shane to be started by Kestrelby Children's Services "
                      "once the case has transferred",
                 "Kestrelby Children's Services", "After transfer – date TBC",
                 "Completed parenting assessment report"],
                ["3", "Speech and language referral for Ellis on hold until the family have moved; Kestrelby "
                      "health visitor to re-refer",
                 "Kestrelby 0–19 Service", "Within 4 weeks of the move",
                 "SALT appointment letter copied to the SW"],
                ["4", "Bedrooms, kitchen and bathroom cleared and kept clean, with the children's beds made up "
                      "with clean bedding",
                 "Kirsty and Shane Beckett", "By 17/07/2025",
                 "Improvement in home conditions"],
                ["5", "Share information about any missed health appointment or school absence for either child",
                 "All professionals", "Same day",
                 "Logged on the children's record with the action taken"],
                ["6", "Continue support sessions with Kirsty for her low mood and anxiety",
                 "Jorvale Primary Care Mental Health Team (Ms R. Iqbal)", "Fortnightly",
                 "Dates attended sent to the SW"],
                ["7", "Check-in sessions for Harper with the learning mentor, and a record of her attendance "
                      "and punctuality",
                 "Jorvale St Luke's Primary (DSL Mr Penn)", "",
                 "Attendance percentage and check-in notes sent to the SW"],
                ["8", "Weigh Ellis, check his teeth and dental registration, and go through toilet training "
                      "with Kirsty",
                 "HV Carla Moss, Jorvale 0–19 Service", "By 11/07/2025",
                 "Weight in the red book and dental registration confirmed to the SW"],
                ["9", "Kirsty to see her GP about her sertraline dose and how she is sleeping",
                 "Kirsty Beckett", "By 04/07/2025",
                 "GP confirms to the SW that the appointment took place"],
                ["10", "Send the transfer-in request and the full case records to Kestrelby Children's Services",
                 "Children's Services – SW Nadia Farouk", "Within 5 working days of the move",
                 "Kestrelby's confirmation of receipt on the children's file"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about the children's care before or after the move, the social "
              "worker will discuss them with her manager and consider whether a strategy discussion is "
              "needed."),
        ("h2", "Transfer"),
        ("p", "Jorvale will remain responsible for the plan until Kestrelby hold their transfer-in conference. "
              "The SW will ask Kestrelby to hold it within 15 working days of the move."),
        ("h2", "Review arrangements"),
        ("p", "Core group every 4 weeks; next on 17/07/2025 at 1pm, Jorvale St Luke's Primary. Next review "
              "child protection conference: 09/10/2025, unless Kestrelby's transfer-in conference is held "
              "first."),
        ("p", "Graham Tolley, Independent Reviewing Officer – outcome sheet issued 27/06/2025"),
    ],
    "findings": [
        F("X001", "Parenting assessment of Kirsty and Shane to be started by Kestrelby"),
        F("T002", "Parenting assessment of Kirsty and Shane to be started by Kestrelby"),
        F("X001", "Speech and language referral for Ellis on hold"),
        F("M002", "Bedrooms, kitchen and bathroom cleared and kept clean"),
        F("W002", "Share information about any missed health appointment or school absence"),
        F("H001", "Continue support sessions with Kirsty for her low mood"),
        F("T001", "Check-in sessions for Harper with the learning mentor"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Spanish / English family copy: bilingual slash headings, each action a
#    numbered item written in English then in Spanish. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b49_jolbury_spanish_english_family_copy_paired_lines_molina.txt",
    "split": "tune",
    "actions": 8,
    "template": "bilingual-spanish-english-family-copy-txt-spanish-first-slash-headings-bracketed-section-numbers-prose-sections-then-numbered-actions-each-an-en-line-then-es-line",
    "description": (
        "Exemplary family copy of an initial plan for a 7-year-old and a 4-year-old (physical abuse: "
        "father hit the older boy with a belt; father living with his brother under a written agreement, "
        "contact supervised at a family centre), for a Spanish-speaking mother. Headings are Spanish / "
        "English and each of the eight actions is written in English and then in Spanish, with an owner, "
        "a date or frequency and what will be seen. Children's words, child-focused outcomes, a specific "
        "contingency, core group and review dates and a legal planning step."
    ),
    "text": """\
JOLBURY COUNCIL · CHILDREN'S SERVICES / SERVICIOS PARA NIÑOS
PLAN DE PROTECCIÓN INFANTIL / CHILD PROTECTION PLAN
Copia para la familia / Family copy

Conferencia inicial / Initial conference: 24/06/2025, Jolbury Town Hall
Categoría / Category: Maltrato físico / Physical abuse
Trabajadora social / Social worker: Eleanor Shaw (07700 900614)
Intérprete en todas las reuniones / Interpreter at every meeting: Sra. Pilar Ortega

This copy was given to Lucía and Andrés at the end of the conference. The headings are
in Spanish and English. The sections about the children and the plan's actions are in
both languages; the full Spanish translation of the conference report was sent on
25/06/2025.

[1] NIÑOS / CHILDREN
Mateo Molina Ríos, 7 – Year 2, Jolbury Park Primary
Valentina Molina Ríos, 4 – Sunflowers Nursery, moving to Reception in September

[2] FAMILIA / FAMILY
Lucía Ríos Paredes (madre / mother) – lives with the children at 31 Orchard Rise
Andrés Molina (padre / father) – staying with his brother Julián at 4 Quay Street since
8 May 2025, under a written agreement not to go to the family home

[3] ¿POR QUÉ HAY UN PLAN? / WHY IS THERE A PLAN?
On 6 May 2025 Mateo's teacher saw long bruises on the backs of his legs. Mateo said his
dad had hit him with a belt because he would not get in the bath. Andrés told the police
that he had "smacked" Mateo and that this is how he was brought up. Lucía said it had
happened twice before. Andrés accepted a police caution and agreed to live away from home
while the plan starts.

[4] LO QUE DICEN MATEO Y VALENTINA / WHAT MATEO AND VALENTINA SAY
Mateo (with the interpreter, at school, 17/06/2025): "Quiero ver a papá pero no quiero
que me pegue." ("I want to see Dad but I don't want him to hit me.") He said home is
"calmer" now and that he likes the Wednesday visits at the family centre "because we play
football in the garden". On a scale of 0 to 10 he gave home a 9 and "when Dad was angry" a 2.
Valentina (seen at nursery and at home): she talks in Spanish at home and in English at
nursery. She told her keyworker "Papi está en la casa del tío". She runs to Andrés at the
start of contact and cried at the end of the last two visits.

[5] LO QUE QUEREMOS PARA LOS NIÑOS / WHAT WE WANT FOR THE CHILDREN
- Mateo and Valentina are never hit, and are cared for by adults who use calm ways to
  manage their behaviour.
- Mateo and Valentina keep a good relationship with their dad, seeing him safely every week.
- Both children know who to tell if they are hurt or frightened, and say they feel safe.

[6] ¿QUÉ VA A PASAR? / WHAT WILL HAPPEN?
6.1  EN: Eleanor Shaw, social worker, will visit Orchard Rise every two weeks with a Spanish interpreter, see Mateo on his own and Valentina awake, and write down what they say in her visit record.
     ES: Eleanor Shaw, trabajadora social, visitará Orchard Rise cada dos semanas con una intérprete, verá a Mateo a solas y a Valentina despierta, y anotará lo que digan en su registro de visitas.
6.2  EN: Grace Nwosu at Jolbury Family Centre will supervise Andrés's time with the children every Wednesday from 4pm to 5.30pm and every Saturday from 10am to 12 noon, and will send Eleanor a written record after each session.
     ES: Grace Nwosu, del Centro Familiar de Jolbury, supervisará el tiempo de Andrés con los niños todos los miércoles de 16:00 a 17:30 y todos los sábados de 10:00 a 12:00, y enviará a Eleanor un informe escrito después de cada sesión.
6.3  EN: Andrés will go to the ten-week Crianza Positiva group for fathers at Casa Latina Jolbury on Monday evenings from 7 July, and the group leader, Rafael Soto, will send Eleanor the attendance list each month and an end-of-course report.
     ES: Andrés asistirá al grupo de diez semanas "Crianza Positiva" para padres en Casa Latina Jolbury los lunes por la tarde a partir del 7 de julio, y el responsable del grupo, Rafael Soto, enviará a Eleanor la lista de asistencia cada mes y un informe al final del curso.
6.4  EN: Eleanor Shaw will complete a parenting assessment of Lucía and Andrés, with an interpreter, by 29 August 2025, and give both parents the report in Spanish and English before the core group on 4 September.
     ES: Eleanor Shaw completará una evaluación de la capacidad parental de Lucía y Andrés, con intérprete, antes del 29 de agosto de 2025, y entregará el informe en español e inglés a los dos padres antes del grupo central del 4 de septiembre.
6.5  EN: Mr Owen Hughes, DSL at Jolbury Park Primary, will see Mateo every Monday morning in term time with the Spanish-speaking teaching assistant, and will tell Eleanor the same day about any mark, injury or worry.
     ES: El Sr. Owen Hughes, responsable de protección del colegio Jolbury Park, verá a Mateo todos los lunes por la mañana durante el curso con la asistente que habla español, y avisará a Eleanor el mismo día de cualquier marca, lesión o preocupación.
6.6  EN: Kerry Adams, Valentina's keyworker at Sunflowers Nursery, will note how Valentina is at every session and record any mark on a body map, emailing Eleanor the week's notes every Friday.
     ES: Kerry Adams, la persona de referencia de Valentina en la guardería Sunflowers, anotará cómo está Valentina en cada sesión y registrará cualquier marca en un mapa corporal, y enviará a Eleanor las notas de la semana cada viernes.
6.7  EN: Lucía will enrol on the Tuesday ESOL class at Jolbury Adult Learning by 25 July 2025, so she can speak to the children's teachers herself, and Eleanor will see the enrolment letter at her next visit.
     ES: Lucía se inscribirá en la clase de inglés de los martes en Jolbury Adult Learning antes del 25 de julio de 2025, para poder hablar ella misma con los profesores de los niños, y Eleanor verá la carta de inscripción en su siguiente visita.
6.8  EN: Andrés will keep to the written agreement and stay away from 31 Orchard Rise outside supervised contact every day until the review conference, and Eleanor will ask Lucía and Mateo at every visit whether he has come to the house, while PC Joe Tamsin of Jolbury Police tells her within 24 hours of any call to the address.
     ES: Andrés cumplirá el acuerdo escrito y no irá al 31 de Orchard Rise fuera de las visitas supervisadas, todos los días hasta la conferencia de revisión, y Eleanor preguntará a Lucía y a Mateo en cada visita si ha ido a la casa, mientras el agente Joe Tamsin de la Policía de Jolbury le informa en 24 horas de cualquier llamada a la dirección.

[7] SI ALGO SALE MAL / IF SOMETHING GOES WRONG
If Andrés comes to Orchard Rise outside contact, if either child has a mark that nobody
can explain, or if Mateo or Valentina say they have been hit, Lucía or the school or
nursery will ring Eleanor (or the emergency duty team, 01632 960222, out of hours) and the
police the same day. Eleanor will hold a strategy discussion that day, contact will stop
until it has taken place, and if Lucía cannot keep the children safe at home they will be
looked after together by approved foster carers while the police and Children's Services
make enquiries.

[8] REUNIONES / MEETINGS
Grupo central / Core group: every 4 weeks, 10am at Jolbury Park Primary, with an
interpreter – 10/07/2025, 07/08/2025 and 04/09/2025.
Conferencia de revisión / Review conference: 18/09/2025, 2pm, Jolbury Town Hall.
If Andrés breaks the written agreement, or the parenting assessment finds the children
would not be safe with him, Eleanor will ask her manager for a legal planning meeting
within 5 working days.

Firmado / Signed: Eleanor Shaw, Social Worker, 24/06/2025
""",
    "findings": [],
})
