"""Batch 182, module i: seven fictional plans (tuning material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: plans typed by hand, in the everyday layouts of Word documents,
e-mails and notes, the way busy practitioners type them when no case system
shapes them. Each plan is in a layout of its own: fields on tab-aligned lines
under each numbered action, typed with manual line breaks; a small heading
per action with bold run-in "What / Who / When / How we'll know" lines; a
table pasted from the team's tracker spreadsheet; sentences that end in a
bracket "(who; when; how we'll know)" under headings that give the time for a
group; a nested 1 / 1.1 / 1.1.a outline grouped by worry whose sub-items hold
who, when and the check without labels, under a "Lead for this part" line; a
core group's quick notes with roman-numeral sections, a key of initials and
"->" arrows, grouped by person; and a plain-text e-mail from the social
worker, wrapped at 72 columns and signed, with lettered items under each
person. Most actions in every plan are well written; in the four faulty
plans a few are not.

1. an initial conference plan typed into Word for three children whose
   mother drinks, the family's details and each action's Who / When / Check
   on tab-aligned lines with manual line breaks, actions grouped by child
   (docx): faults are Nana's teas "as and when Kerry needs her", "All
   agencies" passing on signs of drinking, Reece's class support measured by
   "Improvement in Reece's behaviour", the nursery key worker's notes with
   "-" for the check, and an outcome about the mother only (T002, W002,
   M002, M001, F002);
2. a review conference plan for a 3-year-old and a 6-month-old (their
   mother's postnatal depression, their father's past violence), each action
   under its own small numbered heading in the writer's words with bold
   run-in What / Who / When / How we'll know lines, grouped under parts
   (docx, exemplary);
3. a core group plan for a 12-year-old and an 8-year-old whose father uses
   cannabis and cocaine and owes drug debts, the actions a table pasted from
   the team's tracker spreadsheet (Ref / Area / Action / Owner / Start /
   Due or how often / Evidence / Status, spreadsheet dates), page header and
   footer (pdf): faults are "TBC" owning the sharing of worries, an
   attendance meeting with "TBC" start and due, the school nurse's review
   "Monitored", the family support worker's sessions with an empty evidence
   cell, the father's drug use with no adult service owning any action, a
   contingency that only says the core group will review and consider next
   steps, and no legal planning (W002, T002, M002, M001, F004, C002, R002);
4. an initial conference plan for a 7-year-old and a 4-year-old whose
   mother has depression and who are moving to another authority, each
   action a sentence ending in a bracket "(who; when; how we'll know)"
   under headings that give a group's time ("Straight away - all done by
   Friday 23/01/2026", "Every week until the move"), page header and footer
   (pdf): faults are a passive Home-Start referral with no one named, the
   CPN's visits only supporting the mother, the family group conference held
   until the case transfers, a head lice check under "Other things agreed"
   with no time, and a risk assessment of the mother's partner with no
   stated output (W001, H001, X001, T001, M001);
5. an initial conference plan for an 11-year-old and a 5-year-old after
   their father's violence while drunk, as a nested outline grouped by worry
   (parts 1 to 4, items 1.1 to 4.3, sub-items 1.1.a ... holding who, when
   and the check without labels) under "Lead for this part" lines (md,
   exemplary);
6. first core group notes for a 4-month-old whose father smokes cannabis,
   typed quickly: roman-numeral sections, a key of initials, and actions
   grouped by person as dashes with "->" arrows for when and the check (md):
   faults are the health visitor's visit measured by "keep an eye on
   things", the aunt's help "as and when", "EVERYONE" ringing the social
   worker, a Home-Start referral under "Other" with no one named, no
   fallback if the grandmother or aunt cannot help, and a review conference
   "date TBC" (M002, T002, W002, W001, C003, R001);
7. the social worker's e-mail to the parents and the core group after an
   initial conference for an 8-year-old hit by his father and his
   3-year-old sister, plain text wrapped at 72 columns with a signature,
   lettered items under each person ("ME (Rachel)", "STUART", "GRANDMA
   JEAN", the school, nursery and health visitor), some times given once
   for a person's items (txt, exemplary).

Three plans (2, 5 and 7) are exemplary: every action has a named owner (a
person, a role, an agency, a "Lead for this part" line, or "I" in the e-mail
the social worker signs), a real timescale and something that can be seen,
counted or read; every outcome is about the children; each contingency has
specific triggers and protective responses and says what happens if a
relative's help fails; each records the children's words or a baby's day,
core group dates and a dated review conference, and legal planning after
named triggers; adult services own actions where a parent is ill or drinks,
and the perinatal mental health team and psychiatrist in plan 2 are asked
for their view of the mother's capacity to change and how long it will
take.

Counting convention used for "actions" (README convention 1): each numbered
item of the typed plans (its Who / When / Check lines or its lettered
sub-items are part of it), each small-headed action block, each row of the
pasted spreadsheet table, each bracketed sentence, each dash under a
person in the notes, and each lettered item of the e-mail counts once.
Family details, worries, what is going well, the children's words and a
baby's day, outcomes, the contingency, meeting dates and signatures are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan typed into Word: details and each action's Who / When / Check
#    on tab-aligned lines with manual line breaks; actions grouped by child.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_ilvermoor_icpc_word_tabbed_lines_by_child_dunleavy.docx",
    "doc_title": "Child Protection Plan - Tia, Reece and Ellie-May Dunleavy",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-typed-in-word-caps-bold-headings-family-details-as-tab-aligned-lines-with-manual-line-breaks-then-numbered-actions-grouped-by-child-each-a-paragraph-with-who-when-check-on-tabbed-lines-under-it-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Initial conference plan for a 10-year-old, a 6-year-old and a 2-year-old whose mother drinks "
        "vodka most days and was found unrousable with the toddler crying and the 10-year-old making "
        "the tea. The social worker typed it into a blank Word document: the family's details as "
        "tab-aligned lines with manual line breaks, bold capital headings, and the plan as numbered "
        "paragraphs grouped by child (all three, Tia, Reece, Ellie-May, Kerry's health), each with "
        "its Who, When and Check on tabbed lines under it. The alcohol service and the GP own "
        "actions, the contingency covers Nana being unable to help, and legal planning follows named "
        "triggers. Faults: Nana's teas and bedtimes are 'as and when Kerry needs her'; 'All agencies' "
        "own passing on signs of drinking; Reece's class support is measured by 'Improvement in "
        "Reece's behaviour'; the nursery key worker's daily notes have '-' for the check; and one "
        "outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ilvermoor Metropolitan Borough Council - Children's Social Care\n"
              "Safeguarding Team East, Bridge House, Ilvermoor"),
        ("p", "Initial child protection conference:\tThursday 15/01/2026, Ilvermoor Civic Centre\n"
              "Chair:\tGill Barraclough (Independent Reviewing Officer)\n"
              "Social worker:\tLisa Marsden\t(team manager: Rob Hewitt)\n"
              "Category:\tNeglect - all three children"),
        ("boldp", "THE FAMILY"),
        ("p", "Tia Dunleavy\t10\tYear 5, Moorside Primary School\n"
              "Reece Dunleavy\t6\tYear 1, Moorside Primary School\n"
              "Ellie-May Dunleavy\t2\tLittle Acorns Nursery, Monday to Wednesday mornings\n"
              "Kerry Dunleavy\t31\tMum. 22 Brook Terrace, Ilvermoor IL5 3DW\n"
              "Jason Dunleavy\t34\tTia and Reece's dad. Lives in Harnley, has them every other Sunday\n"
              "Craig Moult\t29\tEllie-May's dad. No contact since 2024\n"
              "Pauline Shaw\t58\tNana (Kerry's mum). 14 Cotton Street, five minutes' walk away"),
        ("boldp", "WHY WE ARE WORRIED"),
        ("p", "Kerry has been drinking heavily since the summer, mostly vodka, and told the conference she "
              "drinks most days once the children are home from school. On Saturday 20/12/2025 a neighbour "
              "rang the police at 8.40pm because Ellie-May had been crying for over an hour. The officers "
              "found Kerry asleep on the settee and could not wake her properly. Tia had made crisps and "
              "toast for tea and was trying to change Ellie-May's nappy. There was almost no food in the "
              "house and the children's beds were wet."),
        ("p", "Tia's attendance this school year is 84% and Reece is late most days. Reece has started "
              "hitting other children and was sent home twice in December. Ellie-May has missed her "
              "2-year review twice and says only a handful of words. Kerry went to A&E on 09/11/2025 "
              "after a fall when she had been drinking."),
        ("boldp", "WHAT IS GOING WELL"),
        ("p", "-\tKerry rang Horizon Recovery herself on 08/01/2026 and went to her first appointment on "
              "13/01/2026.\n"
              "-\tNana Pauline lives five minutes away and the children love her house.\n"
              "-\tTia is a good reader and her teacher says she is kind and helpful in class.\n"
              "-\tJason has Tia and Reece every other Sunday and always brings them back on time.\n"
              "-\tKerry came to the conference and said: \"I know it's the drink. I want to sort it for "
              "them.\""),
        ("boldp", "WHAT THE CHILDREN SAY, AND HOW THEY ARE"),
        ("p", "Tia (seen on her own at school, 12/01/2026): \"When Mum drinks she falls asleep on the "
              "settee and I do the tea and put Ellie-May to bed.\" \"I worry about Mum when I'm at "
              "school.\" She wants \"Mum to stop the vodka\" and \"to go to Nana's more\". She scored home 4 "
              "out of 10."),
        ("p", "Reece (at home, playing with his cars, 09/01/2026): \"I like it when Nana does the bath, "
              "she does bubbles.\" \"Mum sleeps a lot.\" He said he hits people \"when they make me "
              "cross\"."),
        ("p", "Ellie-May (2): at nursery she is quiet, eats her lunch very fast and asks for more, and "
              "cries at nappy changes because her skin is sore. At home on 09/01/2026 she followed Tia "
              "everywhere and went to Tia, not Kerry, when she fell over."),
        ("boldp", "WHAT NEEDS TO CHANGE"),
        ("p", "1.\tTia, Reece and Ellie-May are looked after every day and every night by an adult who is "
              "sober.\n"
              "2.\tThe children are in school and nursery every day, on time, fed and in clean clothes.\n"
              "3.\tTia no longer has to make the tea or put her brother and sister to bed.\n"
              "4.\tKerry stops drinking and gets help for herself."),
        ("boldp", "THE PLAN"),
        ("p", "I have typed the plan by child. Each number has its Who, When and Check on the lines "
              "underneath it. (Lisa)"),
        ("boldp", "All three children"),
        ("p", "1.\tVisit Tia, Reece and Ellie-May at home, one visit in three unannounced and at least one "
              "a fortnight after 4pm. See each child on their own and look in the kitchen cupboards and at "
              "the beds.\n"
              "\tWho:\tLisa Marsden (SW)\n"
              "\tWhen:\tEvery week until the review conference\n"
              "\tCheck:\tVisit notes on the case file within 2 working days, with what each child said"),
        ("p", "2.\tKey work sessions with Kerry about her drinking, with a breath test at every session, and "
              "a written report before each core group on whether she is cutting down and can stay sober "
              "while she looks after Tia, Reece and Ellie-May.\n"
              "\tWho:\tDean Atherton, recovery worker, Horizon Recovery (Ilvermoor alcohol service)\n"
              "\tWhen:\tEvery Monday from 19/01/2026; report 2 working days before each core group\n"
              "\tCheck:\tBreath test readings and Dean's report on Lisa's file"),
        ("p", "3.\tNo alcohol kept in the house, and no drinking from 3pm until all three children are "
              "asleep.\n"
              "\tWho:\tKerry\n"
              "\tWhen:\tEvery day from 15/01/2026\n"
              "\tCheck:\tBreath test 0.00 at Lisa's and Dean's afternoon visits; no alcohol seen in the "
              "house"),
        ("p", "4.\tGet Tia and Reece to school by 8.45am, and Ellie-May to nursery by 9am on her days.\n"
              "\tWho:\tKerry\n"
              "\tWhen:\tEvery school and nursery day\n"
              "\tCheck:\tSchool and nursery registers in the Friday e-mails to Lisa"),
        ("p", "5.\tHave the children round for tea and a bath, and help Kerry with bedtimes.\n"
              "\tWho:\tNana (Pauline Shaw)\n"
              "\tWhen:\tAs and when Kerry needs her\n"
              "\tCheck:\tPauline texts Lisa after each tea night"),
        ("p", "6.\tPass on any sign that Kerry has been drinking while she has the children (smell of "
              "alcohol, slurred speech, a missed pick-up).\n"
              "\tWho:\tAll agencies\n"
              "\tWhen:\tThe same day, to Lisa or the duty team\n"
              "\tCheck:\tLogged by Lisa on the children's chronology"),
        ("p", "7.\tTriple P group for Kerry at Ilvermoor Family Hub, with Amy booking the place and doing one "
              "home session after each group on the children's bedtime routine.\n"
              "\tWho:\tKerry, with Amy Rowe (family support worker)\n"
              "\tWhen:\tWednesdays 10am, 28/01/2026 to 18/03/2026\n"
              "\tCheck:\tCourse register e-mailed to Lisa; Amy's notes of the bedtime routine she sees at "
              "home"),
        ("boldp", "Tia"),
        ("p", "8.\tBreakfast club place for Tia and a check-in with her each morning; ring Lisa the same day "
              "if Tia comes in hungry or says anything about home.\n"
              "\tWho:\tMrs Helen Garside, DSL, Moorside Primary\n"
              "\tWhen:\tEvery school day from 19/01/2026\n"
              "\tCheck:\tBreakfast club register and CPOMS notes e-mailed to Lisa every Friday"),
        ("p", "9.\tRefer Tia to Ilvermoor Young Carers for an assessment and a place at their Tuesday "
              "group.\n"
              "\tWho:\tLisa\n"
              "\tWhen:\tReferral by 23/01/2026; group every Tuesday 4pm to 6pm from 24/02/2026\n"
              "\tCheck:\tYoung carers assessment letter on file; Tia's attendance in the group's monthly "
              "e-mail"),
        ("p", "10.\tFour sessions of direct work with Tia about Mum's drinking, ending with her own safety "
              "card (who she rings if she can't wake Mum).\n"
              "\tWho:\tLisa\n"
              "\tWhen:\tWeekly, 26/01/2026 to 16/02/2026\n"
              "\tCheck:\tTia's worry score at the first and last sessions and her safety card on file; Tia "
              "can tell Lisa who she would ring"),
        ("boldp", "Reece"),
        ("p", "11.\tA visual timetable and a calm corner in class for Reece, and a home-school book that "
              "goes home with him every day.\n"
              "\tWho:\tMr Adam Firth, Reece's class teacher\n"
              "\tWhen:\tEvery school day from 19/01/2026\n"
              "\tCheck:\tImprovement in Reece's behaviour"),
        ("p", "12.\tHealth check for Reece (height, weight, eyes and teeth), and help Kerry register all "
              "three children with a dentist.\n"
              "\tWho:\tNadia Karim, school nurse, Ilvermoor 0-19 Service\n"
              "\tWhen:\tBy 27/02/2026\n"
              "\tCheck:\tHealth check letter on Lisa's file; dentist registration for all three seen by "
              "Lisa"),
        ("boldp", "Ellie-May"),
        ("p", "13.\tEllie-May's missed 2-year review (ASQ-3) at home, and a referral to speech and language "
              "therapy if her communication score is below the cut-off.\n"
              "\tWho:\tBecky Hollis, health visitor\n"
              "\tWhen:\tBy 06/02/2026\n"
              "\tCheck:\tASQ-3 scores in the red book and e-mailed to Lisa; SLT referral letter on file if "
              "one is made"),
        ("p", "14.\tKey worker to note what time Ellie-May arrives, who brings and collects her, whether her "
              "nappy is wet and her skin sore and whether she is hungry, and to ring Lisa the same day if "
              "the adult collecting her seems drunk.\n"
              "\tWho:\tJenny Pike, key worker, Little Acorns Nursery\n"
              "\tWhen:\tEvery session (Monday, Tuesday and Wednesday mornings)\n"
              "\tCheck:\t-"),
        ("boldp", "Kerry's health"),
        ("p", "15.\tBlood tests for Kerry's liver, and a review with her of whether she needs a community "
              "detox, with a letter to Lisa saying what was agreed.\n"
              "\tWho:\tDr Farah Siddiqui, GP, Moorgate Surgery\n"
              "\tWhen:\tBy 13/02/2026\n"
              "\tCheck:\tGP letter with the blood results and the detox decision on Lisa's file"),
        ("boldp", "IF THINGS GO WRONG"),
        ("p", "-\tIf Kerry is found drunk while she is looking after any of the children, or a breath test "
              "is over 0.00 while they are at home: the children go to Nana Pauline's at 14 Cotton Street "
              "that night, Lisa (or the Emergency Duty Team out of hours) holds a strategy discussion the "
              "same day, and Lisa asks Rob Hewitt for a legal planning meeting within 5 working days.\n"
              "-\tIf the children are found at home without an adult: the police are called, the children "
              "go to Pauline's, and Lisa holds a strategy discussion the same day.\n"
              "-\tIf Pauline cannot have the children or cannot help (she is ill or away, or it is too much "
              "for her), she or Kerry rings Lisa that day. Jason has agreed to have Tia and Reece at his "
              "flat in Harnley. If there is nobody in the family who can have all three children, Lisa "
              "(or the Emergency Duty Team) arranges an emergency foster placement for them together that "
              "night.\n"
              "-\tIf by the review conference Kerry's breath tests are not all clear, or Tia's or Reece's "
              "attendance is below 90%, Lisa will ask for a legal planning meeting before the review "
              "conference to decide whether to start the Public Law Outline."),
        ("boldp", "CORE GROUP AND REVIEW"),
        ("p", "Core group:\tevery 4 weeks, Thursdays at 1pm, Moorside Primary - 29/01/2026, 26/02/2026, "
              "26/03/2026\n"
              "Review conference:\tThursday 09/04/2026 at 10am, Ilvermoor Civic Centre"),
        ("p", "Typed by Lisa Marsden 16/01/2026. Copies to Kerry, Jason, Pauline and everyone at the "
              "conference."),
    ],
    "findings": [
        F("T002", "Have the children round for tea and a bath"),
        F("W002", "Pass on any sign that Kerry has been drinking"),
        F("M002", "A visual timetable and a calm corner in class for Reece"),
        F("M001", "Key worker to note what time Ellie-May arrives"),
        F("F002", "Kerry stops drinking and gets help for herself."),
    ],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan: each action under its own small numbered heading in the
#    writer's words, with bold run-in What / Who / When / How we'll know
#    lines, grouped under parts. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_irlingford_rcpc_small_heading_per_action_run_in_labels_brierley.docx",
    "doc_title": "Child Protection Plan (review) - Mason and Poppy Brierley",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-docx-bold-label-details-then-why-still-a-plan-what-has-changed-masons-words-poppys-day-outcomes-then-parts-in-writers-words-each-action-under-its-own-small-numbered-heading-with-bold-run-in-what-who-when-how-well-know-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 3-year-old and a 6-month-old: their mother has "
        "postnatal depression and anxiety, the baby's weight fell in the autumn, and their father "
        "pushed their mother into a door in front of the 3-year-old. Typed in Word with each action "
        "under its own small numbered heading in the writer's words ('1. Weighing Poppy', '6. Jade's "
        "mental health: the perinatal team') and bold run-in What / Who / When / How we'll know lines, "
        "grouped under parts. The perinatal CPN and the psychiatrist report on the mother's capacity "
        "to change and how long it will take; the grandfather's mornings have a fallback; legal "
        "planning follows named triggers; core group dates and the review conference are set; "
        "Mason's words and Poppy's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan - after the review conference"),
        ("p", "Irlingford City Council, Children and Families. Review child protection conference held on "
              "Tuesday 20/01/2026 (initial conference 21/10/2025). Plan typed by Nicola Ashby, social "
              "worker, and agreed with Jade and Owen."),
        ("kv", [
            ("Children", "Mason Brierley, born 02/05/2022 (3), Little Steps Nursery, Monday to Friday "
                         "mornings; Poppy Brierley, born 21/07/2025 (6 months)"),
            ("Address", "Flat 6, Ferris Court, Irlingford IR4 2NT"),
            ("Mum", "Jade Brierley (24)"),
            ("Dad", "Owen Tanner (27), lives at the flat"),
            ("Grandad", "Keith Brierley (Jade's dad), 40 Station Road, Irlingford"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Martin Okafor (IRO)"),
            ("Social worker", "Nicola Ashby, Children and Families Team 3 (team manager: Rachel Goodwin)"),
        ]),
        ("h1", "Why Mason and Poppy still have a plan"),
        ("p", "Jade has postnatal depression and anxiety. In September 2025 the health visitor found that "
              "Poppy's weight had dropped from the 50th to below the 25th centile; Jade said she was too "
              "tired to make up bottles and Poppy was left in her cot for long stretches. On 14/08/2025 "
              "Owen pushed Jade into a door during an argument while Mason was in the room; the police "
              "were called and Owen accepted a caution."),
        ("p", "Things are better, but not yet safe enough to end the plan. Jade still has days when she "
              "cannot get out of bed before lunchtime. On 29/12/2025 Owen shouted at Jade and threw a mug "
              "at the wall while both children were in the room; Jade told Nicola about it at her next "
              "visit. Mason's speech is well behind for his age (about 30 words), and he hides behind the "
              "settee when voices are raised."),
        ("h1", "What has changed since October"),
        ("bullets", [
            "Poppy's weight has followed the 25th centile line since November and is now climbing "
            "towards the 50th.",
            "Jade started sertraline in October and sees Marie, her perinatal CPN, every week.",
            "Owen has been to 10 of the 24 sessions of the Changing Ways programme and has not missed one.",
            "Keith has come every weekday morning since November, and Mason has not been late for "
            "nursery on those days.",
            "There have been no police call-outs since August.",
        ]),
        ("h1", "Mason's words and Poppy's day"),
        ("p", "Mason (at home with his farm animals, 12/01/2026, Jade nearby): \"Daddy shouted and the cup "
              "broke. Mummy cried.\" \"Grandad makes porridge with a smiley face.\" When Nicola asked what "
              "makes him happy he said \"Poppy laughing\" and \"nursery sand\". He put the daddy pig in the "
              "barn \"because he's cross\"."),
        ("p", "Poppy is 6 months old. Sophie (health visitor) saw her on 14/01/2026: she weighed 7.1kg, "
              "sat with support, reached for a rattle and smiled at Jade and Mason. On days when Jade is "
              "low, Poppy spends most of the morning in her bouncer and Keith or Owen gives her first "
              "bottle. She settles quickly on Keith's shoulder and cries when the flat is noisy."),
        ("h1", "What we want for Mason and Poppy"),
        ("numbers", [
            "Poppy is fed on time, gains weight and stays on or above her centile line.",
            "Mason and Poppy live in a calm home where nobody is hurt, pushed or shouted at.",
            "Mason can use words to tell adults what he needs and how he feels, and is ready to start "
            "school in September 2026.",
            "Mason and Poppy are cared for every day by a mum who is well enough to get up, feed them "
            "and play with them.",
        ]),
        ("h1", "The plan: who is doing what"),
        ("p", "Each action has its own heading. Under it: what will happen, who is doing it, when, and how "
              "we will know it has happened and is helping."),
        ("h2", "Poppy's feeding and growing"),
        ("h3", "1. Weighing Poppy"),
        ("kv", [
            ("What", "Weigh Poppy and plot her weight, watch a feed, and talk through her weaning with Jade."),
            ("Who", "Sophie Lang, health visitor, Irlingford 0-19 Service"),
            ("When", "Every two weeks until Poppy is 9 months old (21/04/2026), then every month"),
            ("How we'll know", "Weights plotted in the red book, with Poppy on or above the 25th centile "
                               "line; the health visiting record e-mailed to Nicola after each visit"),
        ]),
        ("h3", "2. Poppy's feeds and routine at home"),
        ("kv", [
            ("What", "Keep Poppy's feed and sleep chart on the fridge, and give her milk and her three "
                     "small meals at the times written on it."),
            ("Who", "Jade and Owen"),
            ("When", "Every day from 21/01/2026"),
            ("How we'll know", "Chart seen and initialled by Sophie and Nicola at every visit; Poppy's "
                               "weight on her red book chart"),
        ]),
        ("h3", "3. Mornings with Grandad"),
        ("kv", [
            ("What", "Come to the flat at 7.30am, get Mason dressed and fed and walk him to nursery, so "
                     "that Jade can give Poppy her first feed."),
            ("Who", "Keith Brierley (Grandad)"),
            ("When", "Monday to Friday mornings until the next review conference"),
            ("How we'll know", "Nursery register shows Mason in by 9am; Keith texts Nicola each Friday"),
        ]),
        ("h2", "Mason's talking and his days at nursery"),
        ("h3", "4. Speech and language therapy"),
        ("kv", [
            ("What", "Assess Mason's talking and understanding, then see him at nursery with a home "
                     "programme for Jade and Owen to use with him."),
            ("Who", "Ruth Adebayo, speech and language therapist, Irlingford Children's Community Health"),
            ("When", "Assessment by 13/02/2026; then six weekly sessions, finishing by 27/03/2026"),
            ("How we'll know", "SLT report with Mason's scores at the start and the end, copied to "
                               "Nicola and the nursery"),
        ]),
        ("h3", "5. Mason's key person"),
        ("kv", [
            ("What", "Note Mason's arrival time, whether he is hungry, and anything he says about home, "
                     "and ring Nicola the same day if anything worries her."),
            ("Who", "Tasha Kerr, Mason's key person, Little Steps Nursery"),
            ("When", "Every nursery session (Monday to Friday mornings)"),
            ("How we'll know", "Nursery daily log e-mailed to Nicola each Friday; Mason in on at least 9 "
                               "of every 10 sessions"),
        ]),
        ("h2", "Mum's health"),
        ("h3", "6. Jade's mental health: the perinatal team"),
        ("kv", [
            ("What", "Home visits to Jade for her mood, anxiety and medication, and a written report to "
                     "each core group on whether Jade is making the changes Mason and Poppy need, what "
                     "still has to change, and how long that is likely to take."),
            ("Who", "Marie Doyle, CPN, Irlingford Perinatal Mental Health Service"),
            ("When", "Every week until Poppy is 12 months old (21/07/2026); reports 2 working days before "
                     "each core group"),
            ("How we'll know", "Marie's report on Nicola's file before each core group, with Jade's "
                               "PHQ-9 and GAD-7 scores each month"),
        ]),
        ("h3", "7. Medication review with the psychiatrist"),
        ("kv", [
            ("What", "Review Jade's antidepressant, and give a written view on whether her mood is steady "
                     "enough to care for Mason and Poppy day and night, and how long further change is "
                     "likely to take."),
            ("Who", "Dr Imran Khalid, consultant perinatal psychiatrist"),
            ("When", "First review by 27/02/2026, then at his clinic every 8 weeks"),
            ("How we'll know", "Clinic letter copied to Nicola and the GP after each appointment"),
        ]),
        ("h3", "8. Jade's tablets"),
        ("kv", [
            ("What", "Take her sertraline every morning, and tell Marie or the GP the same day if she has "
                     "missed two days."),
            ("Who", "Jade"),
            ("When", "Every day"),
            ("How we'll know", "Dosette box checked by Marie at each visit"),
        ]),
        ("h2", "Keeping the home calm"),
        ("h3", "9. Owen's programme"),
        ("kv", [
            ("What", "Go to every session of the Changing Ways programme (for men who have been abusive to "
                     "a partner) until he finishes it."),
            ("Who", "Owen"),
            ("When", "Every Tuesday evening until the last session on 14/04/2026"),
            ("How we'll know", "Monthly attendance and progress report from Changing Ways to Nicola; "
                               "end-of-programme report by 28/04/2026"),
        ]),
        ("h3", "10. Jade's safety plan"),
        ("kv", [
            ("What", "Sessions with Jade on her safety plan: what she and the children will do if Owen is "
                     "abusive again, and who she will ring."),
            ("Who", "Priya Sandhu, outreach worker, Irlingford Women's Aid"),
            ("When", "Every two weeks until 31/03/2026"),
            ("How we'll know", "Jade's written safety plan copied to Nicola by 06/02/2026; Priya's "
                               "update e-mailed to Nicola before each core group"),
        ]),
        ("h2", "Seeing Mason and Poppy, and checking the plan is working"),
        ("h3", "11. Home visits"),
        ("kv", [
            ("What", "Visit Mason and Poppy at home, one visit in three unannounced; see Mason on his own "
                     "and Poppy awake, and talk to Jade on her own about Owen and how she is feeling."),
            ("Who", "Nicola Ashby, social worker"),
            ("When", "Every two weeks until the next review conference"),
            ("How we'll know", "Visit records within 2 working days, with Mason's words and what Poppy was "
                               "doing"),
        ]),
        ("h3", "12. Mason's own sessions"),
        ("kv", [
            ("What", "Three sessions of direct work with Mason, using his family puppets, about what "
                     "happens at home when grown-ups shout."),
            ("Who", "Nicola Ashby, social worker"),
            ("When", "Weekly, 02/02/2026 to 16/02/2026"),
            ("How we'll know", "Mason's pictures and words written up on file; Mason can name two grown-ups "
                               "he would tell"),
        ]),
        ("h3", "13. Updated assessment"),
        ("kv", [
            ("What", "Update the parenting assessment with Jade and Owen, with a recommendation on whether "
                     "the plan can end, should carry on, or needs legal planning."),
            ("Who", "Nicola Ashby, social worker"),
            ("When", "By 20/05/2026"),
            ("How we'll know", "Assessment report shared with Jade, Owen and the core group by 20/05/2026"),
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Owen pushes, hits or threatens Jade, throws things, or the police are called to the flat: "
            "Jade rings 999 if anyone is in danger; Owen leaves the flat that day and stays with his mother, "
            "Carol Tanner, at 5 Lime Grove, until the strategy discussion Nicola holds the same day has "
            "decided what happens next; and Nicola asks Rachel Goodwin (team manager) for a legal planning "
            "meeting within 5 working days.",
            "If Jade's warning signs come back (in bed past 10am two days running, not eating, or two days "
            "of tablets missed): Owen or Keith rings Marie, or the crisis team out of hours, that day; Jade "
            "is seen within 24 hours; and Jade is not left on her own with the children until Marie or the "
            "crisis team say she is well enough.",
            "If Keith cannot do the mornings (he is ill or away, or it is too much for him), Jade or Keith "
            "rings Nicola by 8am that day. Carol Tanner has agreed to cover. If Carol cannot, Nicola sends a "
            "family support worker from Irlingford Family Hub for 8am and Mason goes to the nursery's "
            "breakfast club.",
            "If Poppy's weight drops below the 9th centile, or she misses two weigh-ins, Sophie rings "
            "Nicola the same day; Nicola visits that day, a paediatric appointment is booked within 48 "
            "hours, and Nicola asks for a legal planning meeting within 5 working days.",
            "If the updated assessment says Mason and Poppy cannot be safe at home with the help in place, "
            "Nicola asks for a legal planning meeting before the review conference.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 10am, Irlingford Family Hub: 03/03/2026, 14/04/2026 "
            "and 26/05/2026.",
            "Next review child protection conference: Tuesday 14/07/2026 at 1.30pm, Irlingford Council "
            "House.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan whose actions are a table pasted from the team's
#    tracker spreadsheet: Ref / Area / Action / Owner / Start / Due or how
#    often / Evidence / Status, spreadsheet dates, small font. Landscape,
#    page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_isselby_core_group_pasted_spreadsheet_tracker_corrigan.pdf",
    "doc_title": "Child Protection Plan - Kai and Amber-Rose Corrigan",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Isselby Council Children's Social Care",
    "footer": "Kai and Amber-Rose Corrigan · CP plan v2 (core group 1, 10/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-plan-paged-landscape-header-footer-short-typed-sections-worries-strengths-childrens-words-goals-then-action-table-pasted-from-tracker-spreadsheet-ref-area-action-owner-start-due-or-how-often-evidence-status-spreadsheet-dates-then-contingency-and-meetings",
    "description": (
        "Plan agreed at the first core group for a 12-year-old and an 8-year-old whose father smokes "
        "cannabis every day, uses cocaine at weekends and owes money to dealers, two of whom smashed "
        "the front window at night; the 12-year-old found cocaine and scales in a kitchen drawer. A "
        "few short typed sections come first; the actions are a table pasted into Word from the "
        "team's tracker spreadsheet (Ref / Area / Action / Owner / Start / Due or how often / "
        "Evidence / Status), with spreadsheet dates ('28-Jan-26') and a Status column that is only "
        "a progress note. Faults: 'TBC' owns the sharing of worries; an attendance meeting has 'TBC' "
        "for its start and due; the school nurse's review is measured by 'Monitored'; the family "
        "support worker's sessions have an empty evidence cell; the father's drug use is recorded "
        "but no adult service owns any action (he only refers himself); the contingency only says "
        "the core group will review and consider next steps; and nothing says legal planning follows."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Kai and Amber-Rose Corrigan"),
        ("p", "Initial child protection conference 27/01/2026 (category: neglect, both children). This "
              "version was agreed at the first core group on 10/02/2026. The actions below are pasted "
              "from the team's CP tracker (tab \"Corrigan v2\"), so the dates are in the spreadsheet's "
              "format. Social worker: Zoe Pritchard. Team manager: Mark Ellison."),
        ("p", "Kai Corrigan (12, Year 8, Isselby Academy) and Amber-Rose Corrigan (8, Year 3, St Wilfrid's "
              "Primary) live with their mum, Leanne Corrigan (37), and dad, Shaun Corrigan (40), at "
              "31 Ropewalk, Isselby IS3 6HG. Shaun's parents, Brian and Sandra Corrigan, live in Old Isselby."),
        ("h2", "Worries"),
        ("p", "Shaun smokes cannabis every day and uses cocaine at weekends, and owes money to the people he "
              "buys from. At 11pm on 03/01/2026 two men came to the house, shouted that Shaun owed them "
              "£1,800 and smashed the front room window while Kai and Amber-Rose were in bed. On 11/01/2026 "
              "Kai found a bag of white powder and a set of scales in the kitchen drawer; he took a photo and "
              "showed his learning mentor. The house smells of cannabis most days. Leanne says she cannot "
              "stop Shaun using at home. Amber-Rose has asthma and has been to A&E twice since October; both "
              "times her inhaler was empty. She is late for school most days."),
        ("h2", "What is working"),
        ("p", "Leanne rang the police herself on 03/01/2026 and has had the window fixed. She gets the "
              "children up and to school every day, and they are close to her. Kai plays for Isselby Town "
              "under-13s and his coach says he never misses training. Brian and Sandra see the children "
              "most weekends. Shaun has agreed to a hair strand test and says he wants to stop."),
        ("h2", "What Kai and Amber-Rose say"),
        ("p", "Kai (seen on his own at school, 05/02/2026): \"I don't want people coming to our house at "
              "night.\" \"Dad's always in the kitchen with the window open, smoking.\" \"I took the photo so "
              "someone would know.\" He scored home 3 out of 10. Amber-Rose (at home, 06/02/2026): \"I was "
              "scared when the window broke. I hid under my quilt.\" She wants \"Dad to stop the smelly "
              "smoke\" and \"a puppy\". She scored home 5 out of 10."),
        ("h2", "Goals for Kai and Amber-Rose"),
        ("numbers", [
            "Kai and Amber-Rose live in a home with no drugs, drug equipment or drug smoke, where nobody "
            "comes to the door to threaten the family.",
            "Amber-Rose's asthma is under control: she always has a working inhaler at home and at school, "
            "and has no more A&E visits for asthma.",
            "Kai and Amber-Rose are in school on time every day.",
            "Kai and Amber-Rose know who to tell and what to do if they are frightened at home.",
        ]),
        ("h2", "Action plan (pasted from the CP tracker)"),
        ("table", {
            "header": ["Ref", "Area", "Action", "Owner", "Start", "Due / how often", "Evidence", "Status"],
            "widths": [1.0, 1.9, 7.2, 3.6, 2.1, 2.9, 5.4, 1.6],
            "rows": [
                ["A1", "Safety",
                 "Visit Kai and Amber-Rose at home, 1 in 3 unannounced; see each child on their own and look "
                 "round the house for drugs and equipment",
                 "Zoe Pritchard (SW)", "28-Jan-26", "Weekly until RCPC",
                 "Visit record on the case file within 2 working days, with each child's words", "Started"],
                ["A2", "Safety",
                 "No drugs, drug money or drug equipment kept in the house, and nobody who sells or uses drugs "
                 "to come to the house",
                 "Shaun", "27-Jan-26", "Every day",
                 "Nothing found at SW visits; no police calls to the address", "Started"],
                ["A3", "Safety",
                 "Put a marker on the address, and pass on any call-out, sighting or intelligence about threats "
                 "to the family",
                 "PC Gary Lund, Isselby Police Safeguarding Hub", "27-Jan-26",
                 "Same day as any call-out or intelligence",
                 "Call-out notices on the children's file", "Started"],
                ["A4", "Safety",
                 "Written safety plan with Leanne, Kai and Amber-Rose: who they ring and where they go if "
                 "anyone comes to the door about money",
                 "Zoe Pritchard (SW)", "29-Jan-26", "By 06-Feb-26",
                 "Signed plan on file; copies kept by Leanne and Kai", "Started"],
                ["A5", "Safety",
                 "Share any worry about drugs, visitors or threats at the house with Zoe",
                 "TBC", "27-Jan-26", "Same day",
                 "Logged on the children's chronology", "Started"],
                ["B1", "School",
                 "Kai to check in with his learning mentor every morning; mentor rings Zoe the same day if Kai "
                 "smells of cannabis, is upset, or says anything about people coming to the house",
                 "Mr Dev Patel, learning mentor, Isselby Academy", "02-Feb-26", "Every school day",
                 "CPOMS notes e-mailed to Zoe every Friday", "Started"],
                ["B2", "School",
                 "Six ELSA sessions with Amber-Rose about worries and feeling safe at home",
                 "Mrs Carol Finch, ELSA, St Wilfrid's Primary", "04-Feb-26", "Weekly x 6, ends 11-Mar-26",
                 "Amber-Rose's worry scale at sessions 1 and 6, shared with Zoe", "Started"],
                ["B3", "School",
                 "Meeting with Leanne about Amber-Rose's late marks, and agree a punctuality target",
                 "Mrs Jo Marsh, attendance officer, St Wilfrid's", "TBC", "TBC",
                 "Meeting letter and target on Amber-Rose's attendance file", "Not started"],
                ["B4", "School",
                 "Get Kai to school by 8.35am and Amber-Rose by 8.50am",
                 "Leanne", "27-Jan-26", "Every school day",
                 "Both registers in the Friday e-mails; no more than one late mark a fortnight by Easter "
                 "(27-Mar-26)", "Started"],
                ["C1", "Health",
                 "Take Amber-Rose to her asthma review at the surgery, and take a spare inhaler into school",
                 "Leanne", "27-Jan-26", "By 27-Feb-26",
                 "Written asthma plan seen by Zoe; spare inhaler in the school office", "Not started"],
                ["C2", "Health",
                 "Health needs review with Kai, including a session on cannabis and how it affects young people",
                 "Asha Brown, school nurse, Isselby 0-19 Service", "09-Feb-26", "By 06-Mar-26",
                 "Monitored", "Not started"],
                ["D1", "Home",
                 "Weekly sessions with Leanne and Shaun on routines, money and debt, and a referral to Isselby "
                 "Money Advice",
                 "Kim Lowry, family support worker, Isselby Family Hub", "02-Feb-26", "Weekly for 10 weeks",
                 "", "Not started"],
                ["D2", "Home",
                 "Arrange a 3-month hair strand test for Shaun (cannabis and cocaine)",
                 "Zoe Pritchard (SW)", "03-Feb-26", "Result by 13-Mar-26",
                 "Laboratory results letter on file, shared at core group 2", "Started"],
                ["D3", "Home",
                 "Refer himself to Ascend (Isselby drug and alcohol service) and show Zoe the letter with his "
                 "first appointment",
                 "Shaun", "27-Jan-26", "By 13-Feb-26",
                 "Ascend appointment letter seen by Zoe", "Not started"],
                ["E1", "Kai",
                 "Four sessions of direct work with Kai about what he found and who he can tell, ending with "
                 "his own safety plan",
                 "Zoe Pritchard (SW)", "05-Feb-26", "Fortnightly, to 19-Mar-26",
                 "Kai's safety plan on file; Kai can name three adults he would tell", "Started"],
                ["E2", "Amber-Rose",
                 "Three Houses with Amber-Rose at school, and again before the review conference",
                 "Zoe Pritchard (SW)", "06-Feb-26", "By 13-Feb-26 and again by 10-Apr-26",
                 "Both sets of drawings and her words on file and shared with the core group", "Started"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Shaun's drug use or about people coming to the house, "
              "or the plan is not being followed, Zoe will discuss this with her manager and the core group "
              "will meet to review the plan and consider next steps. Anyone worried about Kai or Amber-Rose "
              "should ring Zoe or the duty team."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks, Tuesdays 10am at Isselby Family Hub: 10/02/2026 (CG1), 10/03/2026, "
              "07/04/2026. Review child protection conference: 21/04/2026 at 10am, Isselby Town Hall."),
    ],
    "findings": [
        F("W002", "Share any worry about drugs, visitors or threats"),
        F("T002", "Meeting with Leanne about Amber-Rose's late marks"),
        F("M002", "Health needs review with Kai, including a session on cannabis"),
        F("M001", "Weekly sessions with Leanne and Shaun on routines, money and debt"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan typed in Word as sentences ending in a bracket
#    "(who; when; how we'll know)", under headings that give a group's
#    time; the family is moving to another authority. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_ivelthorpe_icpc_bracketed_sentences_by_week_greaves.pdf",
    "doc_title": "Child Protection Plan - Lacey and Jacob Greaves",
    "split": "tune",
    "actions": 17,
    "min_pages": 2,
    "header": "OFFICIAL - SENSITIVE",
    "footer": "Lacey and Jacob Greaves - child protection plan - page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-typed-word-details-lines-why-going-well-childrens-words-outcomes-then-plan-as-numbered-sentences-each-ending-in-a-bracket-who-when-how-well-know-under-time-headings-straight-away-every-week-until-the-move-around-the-move-after-the-transfer-other-things-agreed-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-year-old and a 4-year-old living with neglect: their mother "
        "has depression and anxiety, her partner has a conviction for assaulting a former partner, "
        "and the family are moving to a tenancy in another authority five weeks after the "
        "conference. Typed in Word as numbered sentences, each ending in a bracket '(who; when; how "
        "we'll know)', under headings that give the time for a group ('Straight away - all done by "
        "Friday 23/01/2026', 'Every week until the move on Monday 23/02/2026'); the records handover, "
        "school files and a joint visit with the receiving authority are set. Faults: a passive "
        "Home-Start referral with no one named; the CPN's weekly visits only support the mother; the "
        "family group conference is held until the case transfers; a head lice check under 'Other "
        "things agreed' has no time; and the risk assessment of the mother's partner has no stated "
        "output."
    ),
    "blocks": [
        ("title", "Child Protection Plan - Lacey and Jacob Greaves"),
        ("p", "Ivelthorpe Borough Council, Children's Services. Agreed at the initial child protection "
              "conference on Thursday 08/01/2026 and typed up by Gemma Reid (social worker) on 09/01/2026."),
        ("pl", "Lacey Greaves, born 02/06/2018 (7), Year 3, Ivelthorpe Church of England Primary School"),
        ("pl", "Jacob Greaves, born 19/03/2021 (4), Reception, the same school"),
        ("pl", "Mum: Natalie Greaves (29), 7 Fleet Walk, Ivelthorpe IV2 9LB"),
        ("pl", "Natalie's partner: Ryan Holt (32), stays at the house most nights"),
        ("pl", "Lacey and Jacob's dad: Lee Greaves, in prison until 2027; no contact"),
        ("pl", "Category: Neglect (both children)"),
        ("pl", "Social worker: Gemma Reid (team manager: Anthony Clegg)"),
        ("p", "Moving: Natalie has accepted a Kestermoor Housing tenancy at 18 Larch Road, Kestermoor, near "
              "her sister Kim. The moving date is Monday 23/02/2026. Kestermoor Children's Services have been "
              "told and have booked the transfer-in conference (see Meetings)."),
        ("h2", "Why we are worried"),
        ("p", "Natalie has depression and anxiety and is under the Ivelthorpe Community Mental Health Team. "
              "She has missed doses of her medication, and on bad days she stays in bed and the children "
              "get themselves up. Lacey's attendance this year is 82% and Jacob has been late 19 times "
              "since September. Both children have had head lice again and again since the summer, and "
              "Jacob has two decayed teeth that hurt him when he eats. On Gemma's visits there was little "
              "food in the house. On 11/12/2025 Natalie was told under Clare's Law that Ryan has a 2020 "
              "conviction for assaulting a former partner. Natalie says he has never hurt her, but Lacey "
              "told her teacher that Ryan \"shouts at Mum and bangs the doors\"."),
        ("h2", "What is going well"),
        ("p", "Natalie loves Lacey and Jacob and they are close to her. She asked for help with her mood "
              "herself, and has kept every CMHT appointment since November. Her sister Kim lives in "
              "Kestermoor and is looking forward to having them near. Lacey's reading is at the expected "
              "level and she has lots of friends."),
        ("h2", "What Lacey and Jacob say"),
        ("p", "Lacey (seen on her own at school, 06/01/2026): \"Mum stays in bed when she's sad and I get "
              "Jacob his cereal.\" \"Ryan is OK but he shouts.\" \"I'm excited about the new house because "
              "Auntie Kim lives there.\" Jacob (at home, 05/01/2026) showed Gemma his sore tooth and said "
              "\"it hurts when I eat crisps\". He played with his dinosaurs the whole visit and went to "
              "Natalie for a cuddle when Ryan came in."),
        ("h2", "What we want for Lacey and Jacob"),
        ("numbers", [
            "Lacey and Jacob get to school every day, on time, fed, clean and free of head lice.",
            "Jacob's teeth are treated and he has no more toothache.",
            "Lacey and Jacob live with adults who keep them safe from shouting and violence.",
            "The move to Kestermoor happens without a gap in the help Lacey and Jacob get.",
        ]),
        ("h2", "The plan"),
        ("p", "How I have written this: each line says what will happen, then in brackets who is doing it, "
              "when (if it is not the time in the heading) and how we will know it has happened."),
        ("boldp", "Straight away - all done by Friday 23/01/2026"),
        ("pi", "1. Natalie will take Jacob to Fleet Walk Dental Practice for his check-up and to start the "
               "treatment for his two bad teeth (Natalie; appointment card and the dentist's treatment letter "
               "shown to Gemma)."),
        ("pi", "2. Gemma will write a safety plan with Natalie, Lacey and Jacob saying who they ring if Natalie "
               "is too unwell to look after them or if Ryan frightens them (Gemma Reid, SW; signed copy on "
               "file and one on the fridge)."),
        ("pi", "3. Mrs Shah will give Lacey and Jacob places at breakfast club from Monday 12/01/2026 "
               "(Mrs Anita Shah, DSL; breakfast club register in her Friday e-mail to Gemma)."),
        ("pi", "4. A referral will be made to Home-Start Ivelthorpe for a volunteer to help Natalie with the "
               "mornings (by 16/01/2026; Home-Start's letter accepting the referral on file)."),
        ("boldp", "Every week until the move on Monday 23/02/2026"),
        ("pi", "5. Gemma will visit Lacey and Jacob at home, one visit in three unannounced, and see Lacey on "
               "her own (Gemma; visit notes within 2 working days with both children's words)."),
        ("pi", "6. Mrs Shah will send Gemma each child's attendance and late marks and anything logged about "
               "them (Mrs Shah; her Friday e-mail on Gemma's file, with Lacey at 95% or more by the February "
               "half term)."),
        ("pi", "7. Dee will visit Natalie at home to support her with her low mood and anxiety and to help her "
               "keep taking her medication (Dee Walsh, CPN, Ivelthorpe Community Mental Health Team; contact "
               "notes on the CMHT record)."),
        ("pi", "8. Kelly will help Natalie set up a morning routine chart and a head lice check every Sunday "
               "night (Kelly Duffy, family support worker; Tuesdays at 9am; the chart signed each week and "
               "seen by Gemma at her visits)."),
        ("pi", "9. Ryan will not look after Lacey and Jacob on his own, and will go out for a walk if an "
               "argument starts (Ryan and Natalie; the children asked by Gemma at each visit who has looked "
               "after them, written in the visit notes)."),
        ("boldp", "Around the move"),
        ("pi", "10. Gemma will send Kestermoor Children's Services this plan, the conference minutes and the "
               "case records (Gemma; by 16/02/2026; Kestermoor's e-mail confirming they have them on file)."),
        ("pi", "11. Mrs Shah will send Lacey's and Jacob's school and safeguarding files to St Luke's Primary, "
               "Kestermoor (Mrs Shah; before their first day there; St Luke's receipt on file)."),
        ("pi", "12. Gemma and the Kestermoor social worker will do a joint home visit at 18 Larch Road (Gemma, "
               "with the Kestermoor SW; within 5 working days of the move; joint visit note on both councils' "
               "files)."),
        ("pi", "13. Natalie will register Lacey and Jacob with a GP and a dentist in Kestermoor (Natalie; "
               "within 2 weeks of the move; registration letters shown to the Kestermoor SW)."),
        ("boldp", "After the transfer"),
        ("pi", "14. The family group conference referral will wait until the case has transferred, and the "
               "Kestermoor social worker will make it within 4 weeks of the transfer-in conference "
               "(Kestermoor SW; FGC referral on Kestermoor's file)."),
        ("boldp", "Other things agreed"),
        ("pi", "15. Mia will check Lacey's and Jacob's hair and show Natalie how to comb it through with "
               "conditioner (Mia Clarke, school nurse; each check written in the school health record)."),
        ("pi", "16. Gemma will do a domestic abuse risk assessment of Ryan, using the police's information "
               "(Gemma; by 13/02/2026)."),
        ("pi", "17. Natalie will go to her review with the CMHT psychiatrist and take Gemma's letter about "
               "the children with her (Natalie; 04/02/2026; clinic letter copied to Gemma)."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Lacey and Jacob are not in school by 9.15am and Natalie does not answer the school's call, "
            "Gemma (or the duty social worker) visits that morning and sees both children.",
            "If the children are found at home without an adult, or Natalie is too unwell to get up and care "
            "for them, they go to Kim Greaves (Natalie's sister, 4 Birch Road, Kestermoor) that day; if Kim "
            "cannot have them, Gemma arranges a foster placement the same day.",
            "If Ryan hurts, threatens or frightens Natalie or the children, or the police are called: Natalie "
            "rings 999 if anyone is in danger; Ryan leaves the house and does not come back until the "
            "strategy discussion Gemma holds the same day has decided what happens; and Gemma asks Anthony "
            "Clegg for a legal planning meeting within 5 working days.",
            "If the family move before Kestermoor has allocated a social worker, Gemma keeps visiting every "
            "week at 18 Larch Road until the transfer-in conference.",
            "If by the transfer-in conference Lacey's attendance is still below 90% or Jacob's teeth have not "
            "been treated, Gemma will ask for a legal planning meeting before the case transfers and send "
            "the outcome to Kestermoor.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every three weeks until the move, Thursdays at 1.30pm at the school: 22/01/2026 and "
            "12/02/2026. After the move, Kestermoor's core group within 10 working days of the transfer-in "
            "conference.",
            "Transfer-in child protection conference: Monday 16/03/2026 at 10am, Kestermoor Civic Offices "
            "(booked by Kestermoor). If the move falls through, the review conference will be here on "
            "Thursday 02/04/2026.",
        ]),
    ],
    "findings": [
        F("W001", "A referral will be made to Home-Start Ivelthorpe"),
        F("H001", "Dee will visit Natalie at home to support her"),
        F("X001", "family group conference referral will wait until the case"),
        F("T001", "Mia will check Lacey's and Jacob's hair"),
        F("M001", "Gemma will do a domestic abuse risk assessment of Ryan"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan as a nested outline grouped by worry: parts 1 to 4 with a
#    "Lead for this part" line, items 1.1 ..., sub-items 1.1.a ... holding
#    who, when and the check without labels. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_ingerwick_icpc_nested_outline_by_worry_whitlam.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-md-short-details-lines-why-going-well-childrens-words-outcomes-then-plan-as-nested-outline-grouped-by-worry-parts-1-to-4-with-lead-for-this-part-line-items-1-1-sub-items-1-1-a-holding-who-when-check-without-labels-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 5-year-old after their father, "
        "drunk, pushed their mother down the stairs; the 11-year-old rang 999 and has started "
        "scratching her arms, and the children now see their father on Saturdays at their aunt's "
        "house. The plan is a nested outline typed in markdown, grouped by worry (safe at home; time "
        "with Dad only when he is sober; Sienna; Alfie and home), each part with a 'Lead for this "
        "part' line that owns its items unless an item names someone else, and each item's "
        "sub-items (1.1.a, 1.1.b ...) holding who, when and the check without labels; one part "
        "gives its start date once. The alcohol service reports on the father's capacity to stay "
        "sober; the aunt's supervision has a fallback at the contact centre; legal planning follows "
        "named triggers; core group dates and the review conference are set; both children's words "
        "are recorded."
    ),
    "text": """\
# Child protection plan - Sienna and Alfie Whitlam

Ingerwick Council, Children's Social Work Service
Initial child protection conference: Tuesday 13/01/2026 - category: emotional abuse (both children)
Social worker: Hannah Price (team manager: Steve Ogden) - Chair: Bernadette Lyle (IRO)

- Sienna Whitlam, born 04/05/2014 (11), Year 7, Ingerwick High School
- Alfie Whitlam, born 17/10/2020 (5), Reception, Brookside Primary School
- Mum: Michelle Whitlam (36), 9 Tannery Lane, Ingerwick IG2 4RE - the children live with her
- Dad: Gary Whitlam (41), now living at 3 Canal Wharf, Ingerwick
- Auntie Lorraine: Lorraine Whitlam (Gary's sister), 12 Poplar Avenue, Ingerwick

## Why we are worried

Gary drinks most days, more since he lost his job in the spring. The police were called to the
family home three times in 2025 because of domestic abuse. On 20/12/2025 Gary, drunk, pushed
Michelle down the stairs and punched a hole in the kitchen door. Sienna rang 999 and took Alfie
into her bedroom. Gary was arrested and has not lived at home since; on 08/01/2026 Michelle was
granted a non-molestation order, which lasts until 08/01/2027.

Sienna has been scratching her arms and told her head of year she "can't stop thinking about that
night". She often gets Alfie ready for school and was late 14 times in the autumn term. Michelle
has £1,200 of rent arrears and there was little food in the house on two of Hannah's visits.

## What is going well

- Michelle got the non-molestation order herself and says she will not let Gary back.
- Sienna and Alfie are close to Auntie Lorraine, who has offered to supervise their time with Gary.
- Gary says he wants to stop drinking and referred himself to Ingerwick Recovery Service on
  06/01/2026.
- Alfie is happy at school and loves his Lego club.

## What Sienna and Alfie told us

**Sienna** (seen on her own at school, 09/01/2026): "I rang the police because Dad was going to hurt
Mum. I don't want to have to do that again." "I want to see Dad, but not when he's been drinking."
"I do Alfie's breakfast because Mum's tired." She scored how safe she feels at home 6 out of 10:
"better since Dad moved out, but I still worry he'll come back."

**Alfie** (at home with his Lego, 07/01/2026): "Daddy was shouty and banged the door." "I miss
Daddy's tickles." He drew his family with Daddy "in the other house". His teacher says he jumps at
loud noises and asks every Friday whether it is "Daddy Saturday" tomorrow.

## What we want for Sienna and Alfie

1. Sienna and Alfie are safe at home and never again see or hear their dad hurt their mum.
2. Sienna and Alfie see their dad only when he is sober and another safe adult is with them.
3. Sienna gets to be 11: in school on time, not getting Alfie ready, and with someone to talk to
   about what happened.
4. Alfie is settled at school, and comes home to a warm house with food in the cupboards.

## The plan

Each part has a lead, who does the items in it unless an item names someone else. Under each item:
who (where it is not the lead), when, and how we will check.

### 1. Keeping Sienna and Alfie safe at home

*Lead for this part: Hannah Price (SW), unless an item names someone else.*

- **1.1** Visit Sienna and Alfie at home, one visit in three unannounced, and see each of them on
  their own.
  - 1.1.a every week until the review conference on 07/04/2026
  - 1.1.b visit notes on the case file within 2 working days, with each child's words and
    Sienna's safety score
- **1.2** Keep the non-molestation order in place, keep the doors locked, and ring 999 if Gary comes
  to the house or the street.
  - 1.2.a Michelle
  - 1.2.b every day until the order ends on 08/01/2027
  - 1.2.c each call is on the police log, and Michelle tells Hannah about it the same day
- **1.3** Put a marker on the address for an urgent response, and pass on any call-out or sighting
  of Gary near the house.
  - 1.3.a PC Rob Farrow, Domestic Abuse Safeguarding Unit, Ingerwick Police
  - 1.3.b from 13/01/2026 until the order ends; each call-out or sighting passed on within 24 hours
  - 1.3.c call-out and sighting notices on the children's file
- **1.4** Safety planning sessions with Michelle, and the actions from the MARAC on 29/01/2026.
  - 1.4.a Louise Kent, IDVA, Ingerwick Domestic Abuse Service
  - 1.4.b every two weeks until 31/03/2026
  - 1.4.c Michelle's written safety plan copied to Hannah by 30/01/2026; MARAC actions e-mailed to
    Hannah within 2 working days of the meeting

### 2. Time with Dad only when he is sober and someone safe is there

*Lead for this part: Hannah Price (SW), unless an item names someone else.*

- **2.1** Supervise Sienna's and Alfie's time with Gary at her house, and end it if he smells of
  alcohol or seems drunk.
  - 2.1.a Lorraine Whitlam (Auntie Lorraine)
  - 2.1.b every Saturday, 10am to 1pm
  - 2.1.c Lorraine fills in the contact sheet (how Gary was, what the children said and did) and
    e-mails it to Hannah the same evening
- **2.2** Key work with Gary on his drinking, with a breath test at every session, and a written
  report before each core group on whether he is staying sober and is likely to keep it up while
  he sees the children.
  - 2.2.a Mark Evans, recovery worker, Ingerwick Recovery Service (drug and alcohol service)
  - 2.2.b every Wednesday from 21/01/2026; report 2 working days before each core group
  - 2.2.c breath test readings and AUDIT scores in Mark's report on Hannah's file
- **2.3** Blow into the breathalyser Lorraine keeps before each contact starts.
  - 2.3.a Gary, with Lorraine reading it
  - 2.3.b at 10am before every Saturday contact
  - 2.3.c the reading (0.00 expected) written on Lorraine's contact sheet
- **2.4** Go to the assessment for the Choices programme (for men who have been abusive to a
  partner) and, if offered a place, to every session.
  - 2.4.a Gary
  - 2.4.b assessment by 06/02/2026, then every Thursday evening if offered a place
  - 2.4.c assessment letter to Hannah by 13/02/2026; Choices' attendance report to Hannah each month

### 3. Sienna

*Lead for this part: Mrs Joanne Hale, Designated Safeguarding Lead, Ingerwick High School, unless an
item names someone else. Everything in this part starts on Monday 19/01/2026.*

- **3.1** Check in with Sienna each morning in the pastoral base, and ring Hannah the same day if
  Sienna has new marks on her arms or says anything about home.
  - 3.1.a every school day at 8.40am
  - 3.1.b check-ins logged on CPOMS and e-mailed to Hannah every Friday
- **3.2** Assess Sienna's low mood and the scratching, and write to say what help she needs.
  - 3.2.a Dr Aisha Noor, clinical psychologist, Ingerwick CAMHS
  - 3.2.b choice appointment by 20/02/2026
  - 3.2.c CAMHS letter with the outcome and the plan, copied to Hannah and the GP
- **3.3** Refer Sienna to Ingerwick Young Carers for an assessment and a place at their Monday club.
  - 3.3.a Hannah
  - 3.3.b referral by 23/01/2026; club every Monday 4pm to 6pm from 02/02/2026
  - 3.3.c assessment letter on file; Sienna's attendance in the club's monthly e-mail
- **3.4** Four sessions of direct work with Sienna about what happened on 20/12/2025, ending with
  her own safety plan.
  - 3.4.a Hannah
  - 3.4.b weekly, 26/01/2026 to 16/02/2026
  - 3.4.c Sienna's safety plan on file; her safety score at the first and last sessions

### 4. Alfie, and home

*Lead for this part: Hannah Price (SW), unless an item names someone else.*

- **4.1** Note Alfie's mood, whether he is hungry, and anything he says about home or Dad, and tell
  Hannah the same day about anything worrying.
  - 4.1.a Miss Erin Walsh, Reception teacher, Brookside Primary School
  - 4.1.b every school day at registration
  - 4.1.c notes on CPOMS, sent to Hannah every Friday with Alfie's attendance
- **4.2** Get Sienna and Alfie up, fed and to school on time, so that Sienna does not have to get
  Alfie ready.
  - 4.2.a Michelle
  - 4.2.b every school day: Sienna in by 8.40am, Alfie by 8.50am
  - 4.2.c both registers in the Friday e-mails; no more than one late mark each a fortnight by
    the Easter holidays (27/03/2026)
- **4.3** Weekly sessions with Michelle on money, the rent arrears and a weekly food shop, with a
  referral to Ingerwick Money Advice.
  - 4.3.a Dawn Kirk, family support worker, Ingerwick Family Hub
  - 4.3.b every Tuesday from 20/01/2026, for 8 weeks
  - 4.3.c a repayment plan signed by Michelle and the landlord by 13/03/2026; food seen in the
    cupboards at Hannah's visits

## If things go wrong

- If Gary comes to the house or the street, or breaks the order in any other way: Michelle rings
  999 and the police arrest him for the breach; Hannah holds a strategy discussion the same day;
  and all contact stops until that discussion has decided what happens next.
- If Gary smells of alcohol, his breath test is over 0.00, or he seems drunk at contact: Lorraine
  ends the contact at once, brings Sienna and Alfie home and rings Hannah that day. Contact then
  moves to Ingerwick Family Contact Centre, supervised by its staff, until the core group agrees
  otherwise.
- If Lorraine cannot supervise (she is ill or away, or no longer wants to), that Saturday's contact
  does not happen, and Hannah arranges supervised contact at Ingerwick Family Contact Centre within
  2 weeks.
- If Michelle lets Gary back into the house, or there is any further violence, Hannah asks Steve
  Ogden for a legal planning meeting within 5 working days.
- If Sienna's marks get worse, or she says she wants to hurt herself, school rings Hannah and the
  CAMHS crisis line the same day and Hannah sees Sienna that day.

## Meetings

- Core group every 4 weeks, Tuesdays at 3.30pm, Brookside Family Hub: 27/01/2026, 24/02/2026 and
  24/03/2026.
- Review child protection conference: Tuesday 07/04/2026 at 10am, Ingerwick Town Hall.

Plan sent to Michelle, Gary, Lorraine and every agency at the conference on 15/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. First core group notes typed quickly: roman-numeral sections, a key of
#    initials, actions grouped by person as dashes with "->" arrows for when
#    and the check. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_ittlesham_core_group_quick_notes_arrows_by_person_byrnequinn.md",
    "split": "tune",
    "actions": 14,
    "template": "core-group-1-quick-notes-md-roman-numeral-sections-key-of-initials-riley-how-hes-doing-worries-going-well-what-we-want-then-actions-grouped-by-person-bold-name-headings-dash-items-with-arrows-for-when-and-check-then-if-things-go-wrong-next-meetings",
    "description": (
        "First core group notes for a 4-month-old whose father smokes cannabis every day and was "
        "found hard to wake on a sofa with the baby asleep between him and a friend; the mother "
        "falls asleep with the baby on the sofa when she is exhausted. The social worker typed the "
        "notes quickly in markdown: roman-numeral sections, a key of initials, Riley's day, and the "
        "actions grouped by person under bold name headings as dashes with '->' arrows for when and "
        "the check. The drug service reports on the father's use, legal planning follows named "
        "triggers and the contingency is specific. Faults: the health visitor's monthly visit is "
        "measured by 'keep an eye on things'; the aunt's help is 'as and when Chantelle needs her'; "
        "'EVERYONE' rings the social worker; a Home-Start referral sits under 'Other' with no one "
        "named; the plan leans on the grandmother and the aunt but the contingency never says what "
        "happens if they cannot help; and the review conference is 'date TBC'."
    ),
    "text": """\
# CG1 notes + plan - Riley Byrne-Quinn

Core group 1, Thursday 05/02/2026, 10am, Ittlesham Family Hub (ICPC was 22/01/2026, neglect).
Ittlesham Council Children's Services. Notes typed by SB straight after the meeting.

## i. Present / key

- SB = Sara Bell, social worker (team manager: Dave Kerr)
- LF = Lauren Fox, health visitor
- JL = Jade Lowe, recovery worker, Hope Street (Ittlesham drug and alcohol service)
- CB = Chantelle Byrne, Riley's mum (20)
- MQ = Marcus Quinn, Riley's dad (23)
- Nan Donna = Donna Byrne, CB's mum
- Kayleigh = Kayleigh Byrne, CB's sister
- Apologies: none

Riley Byrne-Quinn, born 02/10/2025 (4 months). Lives with CB at Flat 3, 27 Weaver Street,
Ittlesham IT5 1PD. MQ has his own flat at 8 Kiln Row and comes round most days.

## ii. Riley - how he's doing

- LF weighed him 03/02: 6.4kg, back up between the 25th and 50th centile (had dropped to the 25th
  in December).
- Smiles and babbles at CB, settles best on her shoulder. Reaches for Kayleigh's earrings.
- SB visit 29/01: asleep in his cot. SB visit 02/02 (unannounced, 11am): asleep on the sofa with
  cushions round him, CB in the kitchen. CB said he'd "dropped off after his bottle".
- Nan Donna says he sleeps best at hers, "flat on his back in the travel cot".

## iii. Still worried about

- MQ smokes cannabis every day. On 28/12/2025 police found Riley asleep on the sofa between MQ
  and a friend at MQ's flat, strong smell of cannabis, MQ very hard to wake. CB was at work.
- CB falls asleep with Riley on the sofa when she's exhausted (told LF "I just crash").
- Riley's 16-week jabs are overdue.
- CB is at college Tue and Thu and works Saturdays - who has Riley then?

## iv. Going well

- CB has been to every appointment and both meetings, and asked LF for safe sleep leaflets.
- Riley's weight is back up.
- MQ came to CG1, agreed to the hair strand test and has an appointment at Hope Street on 10/02.
- Nan Donna and Kayleigh both want to help and live close by.

## v. What we want for Riley

- Riley sleeps safely, on his back in his own cot, every sleep.
- Riley is only ever looked after by adults who have not used cannabis.
- Riley keeps growing along his centile line and has all his jabs.

## vi. Actions - who's doing what (until the RCPC)

**SB**
- visit Riley at CB's flat, 1 in 3 unannounced, see him awake and where he sleeps -> every week
  until the RCPC -> visit notes on the system within 2 working days
- book a 3-month hair strand test for MQ (cannabis) -> by 20/02/2026 -> results letter on file,
  shared at CG3
- safe sleep and ICON session with CB and MQ, jointly with LF -> 12/02/2026 -> signed safe sleep
  agreement on file

**LF (HV)**
- weigh Riley at baby clinic or at home and plot it in the red book -> every 2 weeks until he is
  6 months (02/04/2026) -> weights in red book, Riley on or above the 25th centile
- home visit to talk with CB about Riley's night waking and her own sleep -> monthly -> keep an
  eye on things

**CB**
- Riley sleeps in his own cot for every sleep, day and night, never on the sofa or in her bed ->
  from today (05/02/2026) -> cot seen in use at SB and LF visits; sleep diary on the fridge
- take Riley for his overdue 16-week jabs -> by 20/02/2026 -> in the red book, seen by LF

**MQ**
- no cannabis in CB's flat, and none in the 24 hours before he has Riley -> from today ->
  hair strand result; no smell of cannabis at SB's visits
- go to every keywork appointment at Hope Street -> every Tuesday 2pm from 10/02/2026 ->
  attendance letter from JL to SB each month

**JL (Hope Street)**
- keywork with MQ on cutting down and stopping cannabis, urine test each session, written report
  before each CG on whether he has stopped and can stay stopped while he has Riley -> every
  Tuesday from 10/02/2026, report 2 working days before each CG -> urine results and report on
  SB's file

**Nan Donna**
- stay over at CB's on Friday and Saturday nights and do the 2am feed so CB gets some sleep ->
  every Fri and Sat night until the RCPC -> Donna signs the feed chart, SB reads it at visits

**Kayleigh**
- have Riley at hers while CB is at college or at work -> as and when Chantelle needs her ->
  Kayleigh texts SB the days she has him

**EVERYONE**
- ring SB the same day if you smell cannabis on MQ or in the flat, or see Riley sleeping anywhere
  but his cot -> same day -> SB logs it on Riley's chronology

**Other**
- referral to Home-Start for a volunteer for CB one morning a week -> by 19/02/2026 ->
  volunteer's start date on SB's file

## vii. If things go wrong

- Riley found asleep on the sofa or in an adult bed, or with anyone who has used cannabis -> the
  adult with him rings SB (EDT out of hours) -> SB visits the same day -> Riley sleeps at Nan
  Donna's until a strategy discussion that SB holds within 24 hours has decided what happens.
- MQ has Riley after using cannabis, or his hair strand or urine tests still show he is using at
  CG3 -> MQ does not have Riley unless CB or Nan Donna is there -> SB asks Dave Kerr for a legal
  planning meeting within 5 working days.
- Riley's weight drops below the 9th centile or he misses two weighs -> LF rings SB the same day
  -> SB visits that day, and LF books a paediatric appointment within 48 hours.

## viii. Next meetings

- Core group every 4 weeks, Thursdays 10am, Ittlesham Family Hub: CG2 05/03/2026, CG3 02/04/2026.
- RCPC - date TBC (conference team to send out).

Notes sent to everyone above by SB, 05/02/2026.
""",
    "findings": [
        F("M002", "home visit to talk with CB about Riley's night waking"),
        F("T002", "have Riley at hers while CB is at college"),
        F("W002", "ring SB the same day if you smell cannabis"),
        F("W001", "referral to Home-Start for a volunteer for CB"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The social worker's e-mail to the parents and the core group after the
#    ICPC: plain text wrapped at 72 columns, lettered items under each
#    person, some times given once for a person's items, and a signature.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b182_imbercote_icpc_plan_emailed_plain_text_fairbairn.txt",
    "split": "tune",
    "actions": 14,
    "template": "icpc-plan-emailed-plain-text-txt-headers-from-to-subject-greeting-wrapped-72-columns-caps-headings-why-going-well-what-noah-said-isla-outcomes-then-lettered-items-under-each-person-me-stuart-gemma-grandma-school-nursery-health-visitor-some-times-given-once-per-person-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary initial conference plan for an 8-year-old whose father hit him with a belt, and "
        "his 3-year-old sister, sent by the social worker as a plain-text e-mail to the parents and "
        "the core group: header lines, a greeting, caps headings, lines wrapped at 72 columns, "
        "lettered items under each person ('ME (Rachel, social worker)', 'STUART', 'GEMMA', 'GRANDMA "
        "JEAN', the school, the nursery, the health visitor), some times given once for a person's "
        "items ('every school day from Monday 26/01/2026'), and a signature. 'I' is the social "
        "worker who signs it. The grandmother's bedtimes have a fallback, legal planning follows "
        "named triggers, core group dates and the review conference are set, and Noah's words and "
        "Isla's days are recorded."
    ),
    "text": """\
From:    Rachel Osei (Imbercote Council Children's Services)
To:      Gemma Fairbairn; Stuart Fairbairn; Hannah Byrne (St Mary's);
         Sophie Grant (Bright Stars); Jo Bennett (HV); Jean Fairbairn
Cc:      Paul Henshaw (team manager); Anne Whitby (IRO)
Date:    Thursday 22/01/2026 16:42
Subject: Noah and Isla - child protection plan agreed at conference
         21/01/2026

Hi Gemma and Stuart, and everyone in the core group,

As promised at the end of yesterday's conference, here is the plan we
agreed, typed up. Please read it and ring me if anything is wrong or
missing. Gemma and Stuart, I will go through it with you again at my
visit on Monday. The official copy will come from the conference
team, but I wanted you all to have it straight away.

FAMILY
Noah Fairbairn, born 11/03/2017 (8), Year 4, Imbercote St Mary's
  Primary School
Isla Fairbairn, born 29/06/2022 (3), Bright Stars Nursery, Monday to
  Friday 9am to 3pm
Gemma Fairbairn (34), Mum - care worker, nights on Tuesday, Thursday
  and Saturday
Stuart Fairbairn (38), Dad - delivery driver
All at 16 Hawthorn Rise, Imbercote IM7 3JS
Grandma Jean = Jean Fairbairn (Stuart's mum), 3 Holly Close, Imbercote
Category: physical abuse (Noah); emotional abuse (Isla)

WHY WE MET
On Monday 05/01/2026 Noah told his teacher that his dad had hit him
with a belt the night before because he would not come off his
PlayStation at bedtime. The school nurse saw two long bruises on his
back and one on his upper arm, and the paediatrician at Imbercote
General said at the medical that day that they fitted what Noah
said. Stuart told the police and me that he "lost it" at the end of a
long day when Gemma was at work. It was not the first time: in
September Noah told school his dad "whacks" him, and Isla was in the
room on 04/01/2026 and heard Noah screaming. Stuart stayed at Jean's
for a week and came home on 14/01/2026 after agreeing the safety plan.

WHAT IS GOING WELL
- Stuart has not tried to hide what he did, and says he was hit as a
  child and does not want Noah to grow up the same way.
- Gemma believed Noah straight away and has kept to the safety plan.
- Grandma Jean has had the children on Gemma's work nights since
  05/01/2026, and Noah says bedtimes at home are "nice now".
- Isla is doing really well at nursery and her key person says she is
  chatty and confident.

WHAT NOAH SAID, AND HOW ISLA IS
Noah (seen on his own at school, 16/01/2026): "Dad hit me with his
belt and it really hurt. I was scared to go to sleep." "I want Dad to
stop hitting, not to go away." "It's better when Grandma Jean does
bedtime." He scored home 6 out of 10 and said it would be a 10 "if
Dad promised and did it".
Isla (at home, 19/01/2026): she showed me her dolls' house and put
the daddy doll "in the naughty room". At nursery Sophie sees a happy,
busy girl who goes quiet and sucks her thumb when a grown-up raises
their voice.

WHAT WE ALL WANT FOR NOAH AND ISLA
1. Noah is never hit or hurt again, by anyone.
2. Noah and Isla live in a calm home where grown-ups deal with
   bedtimes and telling-off without hitting or shouting.
3. Noah knows which grown-ups he can tell, and tells them if anything
   happens.
4. Isla keeps doing well at nursery and is not frightened at home.

THE PLAN - WHO IS DOING WHAT
I have put it under each person. Each lettered item says what, when
and how we will know.

ME (Rachel, social worker)
(a) I will visit Noah and Isla at home every week until the review
    conference, one visit in three unannounced and one a fortnight
    after 6pm when Stuart is home. I will see Noah on his own every
    time. My visit notes, written up within two working days, will
    say what Noah told me and how Isla was.
(b) I will do four sessions of direct work with Noah, weekly from
    28/01/2026 to 18/02/2026, ending with his "safe hand" of five
    grown-ups he would tell. His safe hand and his worry scores at
    the first and last sessions will be on file.
(c) I will refer Stuart to the Calm Dads group and Gemma to the
    Incredible Years course by 30/01/2026. The acceptance letters
    will be on file.
(d) I will update my assessment, with a recommendation on what should
    happen next, by 31/03/2026, and share the report with you both
    and the core group a week before the review conference.

STUART
(a) Stuart will not use any physical punishment on Noah or Isla: no
    smacking, hitting, belts or slippers, from now on, every day.
    We will know from Noah, seen on his own at every visit, and from
    the school and nursery, who will see no marks.
(b) Stuart will go to every session of the ten-week Calm Dads group
    at Imbercote Family Centre, Wednesday evenings from 04/02/2026 to
    08/04/2026. The group leader will send me the register each week
    and an end-of-group report by 15/04/2026.
(c) When Stuart feels his temper rising, every time, he will leave
    the room, go outside for ten minutes, and write it in the
    calm-down diary, which I will read at every visit.

GEMMA
(a) Gemma will go to the Incredible Years parenting course at
    Imbercote Family Centre, Monday mornings from 02/02/2026 to
    13/04/2026. The course leader sends me the register each month.
(b) Gemma will ring me (or the duty team, or the Emergency Duty Team
    at night) the same day if Stuart hits or threatens Noah or Isla.
    Her call will be logged on the children's file.

GRANDMA JEAN
(a) Jean will come to the house at 5.30pm on the nights Gemma works
    (Tuesday, Thursday and Saturday), do tea, baths and bedtime, and
    stay overnight, so that Stuart is not putting the children to bed
    on his own. Jean will sign the bedtime sheet on the fridge each
    night; I will read it at my visits and ask Noah who put him to
    bed.

SCHOOL - Mrs Hannah Byrne, DSL, St Mary's (every school day from
Monday 26/01/2026)
(a) Mrs Byrne and Noah's teaching assistant, Mrs Kaur, will check
    Noah in each morning, and ring me the same day if he has a mark
    or says anything about being hurt. The check-ins are logged on
    CPOMS and sent to me every Friday.
(b) Mrs Dunn (ELSA) will do six Drawing and Talking sessions with
    Noah on Thursday afternoons, 29/01/2026 to 05/03/2026. She will
    send me Noah's feelings scale from the first and sixth sessions
    and her end-of-sessions summary.

NURSERY - Sophie Grant, Isla's key person, Bright Stars
(a) Sophie will note how Isla arrives, her mood and any marks at
    every session, and ring me the same day if anything worries her.
    Her notes are e-mailed to me every Friday.

HEALTH VISITOR - Jo Bennett, Imbercote 0-19 Service
(a) Jo will do Isla's 3-year development check (ASQ-3) at home by
    27/02/2026 and send me the scores. If any score is below the
    cut-off, her referral letter will be on file too.

IF THINGS GO WRONG
- If Noah or Isla has a mark or bruise nobody can explain, or says
  that Stuart (or anyone) has hit them: school or nursery rings me at
  once (the duty team if I am out, the Emergency Duty Team at night);
  I hold a strategy discussion with the police the same day; Stuart
  leaves the house that day and stays at Jean's until the strategy
  discussion has decided what happens next; and I ask Paul Henshaw
  for a legal planning meeting within 5 working days.
- If Jean cannot do a night (she is ill or away), Gemma rings me that
  day and swaps her shift (her manager at Oakfield Care Home has
  agreed), or the children sleep at Gemma's sister Lauren Price's,
  21 Rowan Way. If neither is possible, Gemma does not go to work
  that night. Stuart does not put the children to bed on his own.
- If Stuart misses two Calm Dads sessions without a good reason, or
  my updated assessment says Noah is still not safe, I will ask for a
  legal planning meeting before the review conference.

MEETINGS
Core group: every 4 weeks, Tuesdays at 3.30pm at St Mary's -
03/02/2026, 03/03/2026 and 31/03/2026.
Review child protection conference: Tuesday 14/04/2026 at 10am,
Imbercote Civic Centre.

Thanks all, and thank you Gemma and Stuart for being so honest
yesterday. It will make a difference for Noah and Isla.

Rachel

--
Rachel Osei
Social Worker, Safeguarding and Family Support Team (North)
Imbercote Council Children's Services, Market House, Imbercote
Tel 01632 960418 | Mob 07700 900261
This e-mail and any attachment are confidential.
""",
    "findings": [],
})
