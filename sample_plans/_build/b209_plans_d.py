"""Batch 209, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 209. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals, police forces and councils (Dallowcombe,
Dresswick, Dimmockley, Dunnerwick, Drabthorpe, Delvenham, Dowsingham,
Dellbrook and the rest). Any likeness to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
labelling conventions in sample_plans/README.md (1 to 13), without running,
importing or reading planlint.

Focus: timescales and checks said in ordinary words, in templates with no
When or How columns. Every plan gives its actions' timing and their check
in prose: a letter to the parents, core group minutes ("It was agreed that
..."), bullets under theme headings, a table whose only work column is
"Action", a narrative paragraph per area of a child's life, a table whose
"What will happen" column holds everything, and a pre-birth plan in short
parts per person. Times are said as events ("within a week of him coming
home from the neonatal unit", "before Ruby starts nursery on Monday 5
January 2026", "the day after each contact", "before Chloe and the baby
leave hospital"), meetings ("by the next core group on 3 February 2026",
"until the review conference"), the school calendar ("before the February
half term", "every Friday during term"), rhythms ("twice a week for the
next six weeks", "every Saturday evening"), starts ("from Monday 12
January 2026"), durations ("for the next twelve weeks"), weeks of
pregnancy ("at 34 weeks") and the baby's age ("until he is 12 weeks old");
in the faulty plans some are vague ("soon", "as needed", "in due course",
"as and when needed") or missing. Checks are said as someone telling
someone ("Carla will ring Jade the same morning"), a record kept and shared
("the group leader will e-mail me the register each Friday"), something
seen ("plot his weight on the red book chart", "Funmi will show Grace the
new bedding"), a test result or score ("with his PHQ-9 score"), or the
child's own account to a named worker ("write down Mason's own worry
score"); in the faulty plans some are vague ("keep an eye on", "monitor
progress", "to see how things are going") or missing. Owners are named
plainly, so the faults sit mostly in time and check, with one or two
whole-plan faults in each faulty plan.

The seven plans:

1. b209_dallowcombe_plan_letter_to_parents_ordinary_words_hartley.docx
   The social worker's letter to a couple after the initial conference for
   their premature baby, due home from the neonatal unit (the father's
   cannabis use, two police call-outs for arguments, the mother's low mood
   after the birth, the maternal grandmother helping at night): who's who,
   why, Leo's days as the nurses see them, what we want for Leo, then "What
   I will do", "What you will do" and "What other people will do" as
   numbered paragraphs, each with its time and check in words; the
   perinatal team and the drug service report on capacity to change; a
   fallback if the grandmother cannot help; legal planning after named
   triggers. Exemplary.
2. b209_dresswick_core_group_minutes_it_was_agreed_pryce.docx
   Minutes of the second core group for a 7-year-old and a 3-year-old
   (neglect, the mother's drinking and low mood): attendance with
   initials, agency updates in reported speech, the children's words,
   outcomes, scaling, then fourteen numbered minutes "It was agreed that
   ...". Faults: a bed for Ruby with no time at all (T001); the GP's
   referral for talking therapies "soon" (T002); the class teacher to "keep
   an eye on" Mason's lunch box and uniform (M002); the nursery's funded
   hours with nothing to show they happen (M001); the aunt's weekends "as
   needed" (T002); and a contingency that sends the children to their
   grandfather with nothing said if he or the aunt cannot help (C003).
3. b209_dimmockley_plan_bullets_under_theme_headings_sheridan.md
   An initial conference plan for a 3-year-old starting nursery in January
   and her 5-month-old brother (domestic abuse by the baby's father, who has
   left the home and sees the baby at a contact centre and at his mother's),
   bullets under theme headings (Keeping Ruby and Jack safe from harm,
   Ruby's nursery and her days, Jack's health, Time with Dad, Leanne's
   support), each bullet with its time and check in ordinary words; a
   fallback if the paternal grandmother cannot supervise; legal planning
   after named triggers. Exemplary.
4. b209_dunnerwick_rcpc_plan_single_action_column_oyelaran.pdf
   A first review conference plan for a 9-year-old and a 6-year-old (the
   mother's anxiety and depression, neglect of the younger child's
   eczema and teeth), outcome banner rows merged across a table with one work
   column, "Action", holding who, when and the check in words; page header
   and footer. Faults: the dental treatment "as needed" (T002); the
   younger child's bedding with no time (T001); the learning mentor's
   sessions to "monitor progress" (M002); the eczema cream routine with
   nothing to show it is done (M001); the community mental health team only
   supporting the mother (H001); the review conference "to be arranged"
   (R001).
5. b209_drabthorpe_plan_narrative_paragraph_per_area_walsh.txt
   A review conference plan for a 12-year-old boy with ADHD whose father
   cares for him alone and whose family is moving to another council,
   written as a narrative paragraph per area of his life (safety, health,
   school, home and family, the move). Faults: the CAMHS medication review
   "in due course" (T002); the father to "keep an eye on" his screen use
   at night (M002); a new bed-time routine with no time (T001); a youth club
   place with no check (M001); the occupational therapy referral held back
   until the case transfers, for the receiving council's social worker to
   make (X001); an outcome about the father only (F002).
6. b209_delvenham_icpc_what_will_happen_column_adeyemi.pdf
   An initial conference plan for a 6-year-old autistic boy who does not
   speak and has epilepsy (missed medication and appointments, his
   father's depression, his mother's night shifts), a table whose first
   column, the outcome, is merged down and whose second, "What will
   happen", holds who, when and the check in words; page header and footer;
   his signs and behaviour as his voice; his aunt helping on Saturdays,
   with a fallback if she cannot; talking therapies report on the father's
   capacity to change. Exemplary.
7. b209_dowsingham_prebirth_plan_paragraph_per_person_quinn.md
   A pre-birth child protection plan for a baby due on 20 February 2026
   (a 19-year-old mother leaving care with a mild learning disability, a
   father who uses cocaine), written as a short part per person (a heading
   for each, with bullets), timed by weeks of pregnancy, the birth and the
   baby's age. Faults: the father's drug tests "as and when needed"
   (T002); the family support worker's sessions checked by "to see how
   things are going" (M002); a cot and pram from the baby bank with no time
   (T001); the midwife's antenatal appointments with nothing to show they
   happen (M001); a contingency with no specific trigger whose only
   response is to meet and discuss (C002); and nothing on legal planning
   (R002).

Three plans (1, 3 and 6) are exemplary: every action has a named owner, a
real time said in words and a check that someone can see, count, read or be
told; every outcome is about the child; each contingency has specific
triggers and concrete protective responses, says what happens if a
relative's help fails, and leads to a legal planning meeting after named
triggers; each records the child's words or observed days, core group dates
and a dated review conference; wherever a parent is ill or uses drugs an
adult service owns an action and a mental health service is asked for its
view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each
numbered paragraph of the letter's three "will do" parts, each numbered
minute of the minutes' "Actions agreed", each bullet under a theme heading,
each row of the single-column and "What will happen" tables (banner rows
excepted), each sentence in the narrative plan's paragraphs that commits
someone to do something, and each bullet of the pre-birth plan's "What
each person will do". Not counted: who's who, agency updates, the
children's words, outcomes, scaling, contingency, meeting dates, work
already done, and sentences of history or wishes.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's letter to both parents: the plan for a premature
#    baby due home from the neonatal unit, times and checks in words.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_dallowcombe_plan_letter_to_parents_ordinary_words_hartley.docx",
    "doc_title": "Leo's child protection plan - letter to Amy Hartley and Kyle Dobson",
    "split": "heldout",
    "actions": 15,
    "font": "Calibri",
    "template": "icpc-plan-letter-to-both-parents-docx-letterhead-address-dear-amy-and-kyle-i-and-you-explained-then-people-in-leos-plan-kv-why-leo-has-a-plan-leos-days-as-the-nurses-see-them-what-you-told-the-conference-what-we-want-for-leo-then-what-i-will-do-what-you-will-do-what-other-people-will-do-numbered-paragraphs-times-and-checks-in-words-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary initial conference plan written as the social worker's letter to the parents of a "
        "baby born at 35 weeks and due home from the neonatal unit: the father smokes cannabis most "
        "evenings and fell asleep holding the baby on the unit, the police were called to two "
        "arguments in pregnancy, and the mother's mood has been low since the birth. 'I' is the social "
        "worker who signs; 'you' is the parent the paragraph names, or both. The work is in numbered "
        "paragraphs under 'What I will do', 'What you will do' and 'What other people will do', each "
        "with its time said in words ('within a week of him coming home', 'every Thursday until the "
        "review conference', 'for the first six weeks Leo is home', 'until Leo is 12 weeks old', "
        "'before Leo comes home') and its check ('plot his weight on the red book chart', 'Dean will "
        "send me the result the same day', 'will text me each Monday morning'). The perinatal team "
        "and the drug service report on capacity to change; the contingency has specific triggers, a "
        "fallback if the grandmother cannot help, and a legal planning meeting; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("pr", "Dallowcombe Council"),
        ("pr", "Children's Services · Safeguarding and Family Support Team (South)"),
        ("pr", "Dallowcombe Civic Centre, Mill Lane, Dallowcombe DW2 4HT"),
        ("pr", "17 December 2025"),
        ("p", ""),
        ("pl", "Amy Hartley and Kyle Dobson"),
        ("pl", "Flat 3, 22 Sorrel Court"),
        ("pl", "Dallowcombe DW5 7PN"),
        ("p", ""),
        ("p", "Our reference: CP/25/4471 · Leo Hartley-Dobson, born 26/11/2025"),
        ("boldp", "Leo's child protection plan"),
        ("p", "Dear Amy and Kyle,"),
        ("p", "Thank you both for coming to Leo's initial child protection conference on Monday 15 December "
              "2025 at the Civic Centre. The conference decided that Leo needs a child protection plan under "
              "the category of neglect. This letter is that plan. You asked me to write it in everyday words "
              "rather than in the usual table, so I have. Where I say \"I\", I mean me, Nadia Rahman, Leo's "
              "social worker. Where a paragraph is for one of you, it starts with your name; where it says "
              "\"both of you\", it is for you both. Every paragraph in the three parts headed \"will do\" says "
              "who will do it, when, and how we will all know it has happened."),
        ("boldp", "The people in Leo's plan"),
        ("kv", [
            ("Leo", "Leo Hartley-Dobson, born 26/11/2025 at 35 weeks, on the neonatal unit at Dallowcombe "
                    "General Hospital"),
            ("Amy", "Amy Hartley (24), Leo's mum"),
            ("Kyle", "Kyle Dobson (27), Leo's dad"),
            ("Carol", "Carol Hartley, Amy's mum and Leo's nan, 8 Linnet Close, Dallowcombe"),
            ("Gemma", "Gemma Hartley, Amy's sister, 19 Linnet Close"),
            ("Nadia (me)", "Nadia Rahman, social worker (my manager is Paul Greaves)"),
            ("Sara", "Sara Kemp, health visitor, Dallowcombe Health Visiting Team"),
            ("Helen", "Helen Moss, community psychiatric nurse, Dallowcombe Perinatal Mental Health Team"),
            ("Dean", "Dean Walsh, key worker, Dallowcombe Recovery Partnership (drug and alcohol service)"),
            ("Ade", "Ade Bello, group worker, Dallowcombe Family Hub"),
            ("Sister Pattinson", "Sister Jo Pattinson, neonatal unit, Dallowcombe General Hospital"),
        ]),
        ("boldp", "Why Leo has a plan"),
        ("p", "Leo was born on 26 November 2025 at 35 weeks, weighing 2.1kg, and has been on the neonatal unit "
              "since. He is expected to come home on or around Monday 22 December 2025, once he has fed well "
              "from a bottle for three days in a row. Before Leo was born the police were called to your flat "
              "twice, on 14 September and 3 October 2025, after arguments in which a window was broken; both "
              "times Amy went to stay with Carol. Kyle, you told the conference that you smoke cannabis most "
              "evenings, and the ward staff smelt cannabis on you at two visits. Amy, you were treated for "
              "depression in 2023 and saw the perinatal mental health team while you were pregnant; you told "
              "us your mood has been low again since Leo was born and that you are hardly sleeping. The "
              "conference was worried that, without help, Leo would not be fed and settled well enough or kept "
              "safe at night, and that he could be hurt or frightened if there are more arguments."),
        ("boldp", "What Leo's days are like"),
        ("p", "Leo cannot tell us in words, so this is what the nurses and I have seen. He takes about 50ml "
              "every three hours and usually finishes in twenty minutes. He settles fastest lying on Amy's "
              "chest, and the nurses have watched him calm down to Kyle's voice when Kyle sings to him. He "
              "startles and cries at sudden noises, like the alarm on the next cot. On the two visits when "
              "Kyle smelt of cannabis he fell asleep in the chair holding Leo, and a nurse put Leo back in "
              "his cot. Leo has not yet spent a night away from the unit."),
        ("boldp", "What you told the conference"),
        ("p", "Amy said: \"I love him to bits, I just feel like I'm drowning some days. I want Mum around at "
              "night.\" Kyle said: \"I'll do whatever it takes to have him home. The weed's how I switch off, "
              "but I know it can't be round him.\" You both said the arguments were about money and that you "
              "have not had one since Leo was born."),
        ("boldp", "What we want for Leo"),
        ("bullets", [
            "Leo is fed every three hours, gains weight and stays on or above the 9th centile line on his red "
            "book chart.",
            "Leo sleeps safely every night, on his back in his own Moses basket, with a sober adult close "
            "enough to hear him.",
            "Leo lives in a calm home where no one shouts, fights or breaks things, and the police are not "
            "called out again.",
            "Leo has his checks and immunisations on time, like every baby.",
        ]),
        ("boldp", "What I will do"),
        ("numbers", [
            "I will visit Leo at home within a week of him coming home from the neonatal unit, and then every "
            "Thursday until the review conference. Each time I will see where Leo sleeps, and I will write "
            "what I saw and how he was in my visit record within two working days.",
            "I will meet Carol before Leo comes home to agree which nights she will stay, and I will post you "
            "both and Carol a copy of the agreed nights the same day.",
            "I will give you a card with my number, the Emergency Duty Team's number and Sara's number on the "
            "day Leo comes home, and at each visit I will check that the card is still on your fridge.",
        ]),
        ("boldp", "What you will do"),
        ("numbers", [
            "Amy, you will feed Leo every three hours, day and night, and write each feed on the feeding chart "
            "the neonatal nurses gave you. Sara will look through the chart with you at each of her visits.",
            "Kyle, from the day Leo comes home you will not smoke cannabis in the flat, in the car or in the "
            "12 hours before you look after Leo. Your weekly saliva tests with Dean will show us whether you "
            "have kept to this.",
            "Kyle, you will go to your key-work session at Dallowcombe Recovery Partnership every Wednesday at "
            "2pm for the next twelve weeks and give a saliva test at each one, and Dean will send me the "
            "result the same day.",
            "Kyle, you will go to the \"Calmer Dads\" group at Dallowcombe Family Hub every Thursday evening "
            "from 8 January 2026 for ten weeks, and Ade will send me a note after each session saying "
            "whether you came and what you worked on.",
            "Both of you will put Leo down on his back in his own Moses basket in your bedroom for every "
            "sleep, day and night, from his first night home. Sara and I will look at where he is sleeping "
            "at every visit.",
            "Both of you will go to the \"Baby Steps\" group for new parents at Dallowcombe Family Hub every "
            "Monday at 10am for six weeks from 12 January 2026, and the group leader will e-mail me the "
            "register each Friday.",
            "Amy, you will take Leo to his 8-week check and first immunisations at Riverside Surgery on 21 "
            "January 2026, and show Sara the entry in his red book at her next visit after that.",
        ]),
        ("boldp", "What other people will do"),
        ("numbers", [
            "Sara will visit Leo within 48 hours of him coming home, then every week until he is 12 weeks "
            "old. At each visit she will weigh Leo and plot his weight on the red book chart, and she will "
            "ring me the same day if it has dropped below the 9th centile line.",
            "Helen will see Amy at home every fortnight from the week Leo comes home. By the core group on 9 "
            "February 2026 she will write to me saying how Amy's mood is affecting her care of Leo, whether "
            "Amy can make the changes this plan asks of her, and how long that is likely to take.",
            "Dean will finish a full drug assessment with Kyle by 23 January 2026 and send me a written report "
            "on Kyle's cannabis use, whether he is ready to stop, and how long stopping is likely to take.",
            "Carol will stay overnight every Friday and Saturday for the first six weeks Leo is home and do "
            "the 2am feed so that Amy can sleep, and she will text me each Monday morning to say how the "
            "nights went.",
            "Before Leo comes home, Sister Pattinson will go through safe sleep, making up bottles and what to "
            "do if Leo is unwell with both of you, and will e-mail me Leo's discharge summary on the day he "
            "leaves the unit.",
        ]),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Leo's weight drops below the 9th centile line, or he misses two feeds in a row, Sara will see "
            "him that day and take him to the children's assessment unit at Dallowcombe General if she is "
            "worried, and I will visit the same day.",
            "If Kyle smokes cannabis while caring for Leo, or any saliva test after 19 January 2026 is positive "
            "for cannabis, or the police are called to the flat again, I (or the Emergency Duty Team out of "
            "hours) will hold a strategy discussion with the police that day. Leo and Amy will stay with "
            "Carol at 8 Linnet Close while it happens, and Kyle will not care for Leo on his own until the "
            "strategy discussion says he can.",
            "If Amy's mood drops so far that she cannot get up to feed Leo, Helen will see her within 24 hours "
            "and Carol will stay at the flat until Helen has been.",
            "If Carol cannot stay on a Friday or Saturday night, or can no longer help at all, she will ring "
            "me (or the Emergency Duty Team) that day. Gemma has agreed to stay instead. If Gemma cannot "
            "either, Kyle will not do the night feeds on his own, and I will arrange for a family support "
            "worker to visit each morning until Carol or Gemma can help again.",
            "If Kyle's tests are still positive for cannabis at the core group on 9 February 2026, or the "
            "police are called to the flat again, or Leo's weight falls below the 2nd centile, Paul Greaves "
            "(my manager) will hold a legal planning meeting within 5 working days to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("boldp", "Meetings"),
        ("bullets", [
            "The core group (both of you, me, Sara, Helen, Dean, Ade, and Carol if you want her there) will "
            "meet every four weeks at Dallowcombe Family Hub at 10.30am: 12 January, 9 February and 9 March "
            "2026.",
            "Leo's review child protection conference will be on Thursday 12 March 2026 at 2pm at Dallowcombe "
            "Civic Centre.",
        ]),
        ("p", "If anything in this letter is not clear, or you think I have got something wrong, please ring "
              "me on 01632 448 210 and we will go through it together."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Rahman"),
        ("pl", "Social Worker, Safeguarding and Family Support Team (South)"),
        ("p", ""),
        ("p", "Copies (with your agreement): Carol Hartley; Sara Kemp; Helen Moss; Dean Walsh; Ade Bello; "
              "Riverside Surgery; Sister Jo Pattinson; Leo's conference chair, Margaret Onyango."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Minutes of the second core group; the plan is the numbered minutes
#    "It was agreed that ...". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_dresswick_core_group_minutes_it_was_agreed_pryce.docx",
    "doc_title": "Core Group Minutes - Mason and Ruby Pryce (CG2, 13/01/2026)",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-2-minutes-docx-kv-meeting-details-attendance-table-name-role-initials-apologies-then-numbered-minute-sections-updates-in-reported-speech-childrens-words-outcomes-from-conference-plan-scaling-then-actions-agreed-as-numbered-minutes-it-was-agreed-that-times-and-checks-in-words-then-contingency-unchanged-next-meetings",
    "description": (
        "Minutes of the second core group for a 7-year-old and a 3-year-old on plans for neglect: their "
        "mother drinks and her mood is low, the kitchen and bedrooms were dirty, the 3-year-old sleeps "
        "on sofa cushions, and the 7-year-old comes to school without lunch. Attendance with initials, "
        "agency updates in reported speech, the children's words, the outcomes, scaling, then the plan "
        "as fourteen numbered minutes 'It was agreed that ...', each with its time and check in words. "
        "Faults: a toddler bed for Ruby with no time at all; the GP's referral to talking therapies "
        "'soon'; the class teacher to 'keep an eye on' Mason's lunch box and uniform; the nursery's "
        "funded hours from a date with nothing to show they happen; the aunt's weekends 'as needed'; "
        "and a contingency that sends the children to their grandfather, with nothing said if he or "
        "the aunt cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Minutes"),
        ("p", "Dresswick Borough Council · Children's Services · Safeguarding Team North"),
        ("kv", [
            ("Children", "Mason Pryce, born 02/05/2018 (7), Year 3, St Luke's C of E Primary, Dresswick; "
                         "Ruby Pryce, born 21/03/2022 (3)"),
            ("Address", "41 Cable Street, Dresswick DR3 8QL"),
            ("Child protection plan", "Since the initial conference on 18/11/2025 (category: neglect)"),
            ("Meeting", "Second core group, Tuesday 13/01/2026, 10am, Dresswick Family Hub"),
            ("Chair", "Kerry Lowe, social worker"),
            ("Minutes", "Janine Booth, business support"),
        ]),
        ("h1", "Present"),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [5.0, 9.5, 2.5],
            "rows": [
                ["Kerry Lowe", "Social worker, Safeguarding Team North (chair)", "KL"],
                ["Stacey Pryce", "Mum", "SP"],
                ["Pete Pryce", "Maternal grandfather", "PP"],
                ["Jo Ridley", "Deputy head and DSL, St Luke's C of E Primary", "JR"],
                ["Sally Frost", "Health visitor, Dresswick 0-19 Service", "SF"],
                ["Tom Fenwick", "Recovery worker, Dresswick Recovery Service", "TF"],
                ["Bev Ahmed", "Family support worker, Dresswick Family Hub", "BA"],
                ["Dawn Keeble", "Manager, Little Acorns Nursery", "DK"],
            ],
        }),
        ("p", "Apologies: Dr Amrit Lewis (GP, Cable Street Surgery), who sent a written update; Lisa Carr "
              "(Stacey's sister)."),
        ("h1", "1. Welcome and purpose"),
        ("p", "KL welcomed everyone and explained that the core group's job is to check the plan is working "
              "for Mason and Ruby and to agree what happens next. Everyone had a copy of the conference plan."),
        ("h1", "2. Updates since the first core group (02/12/2025)"),
        ("p", "KL said she had visited six times since the last core group, three of them unannounced. The "
              "kitchen was much cleaner on the last two visits. Ruby is still sleeping on sofa cushions on "
              "Stacey's bedroom floor because her cot was broken in the autumn."),
        ("p", "TF said Stacey had gone to 4 of her 5 sessions at the Recovery Service since 8 December; her "
              "breath reading was zero at three of them and 0.12 at the session on 29 December. Stacey said "
              "Christmas \"was hard\"."),
        ("p", "JR said Mason's attendance this term is 91%, with six late marks. On four days in December he "
              "came without a packed lunch or dinner money and was given a school dinner. His uniform is often "
              "dirty and too small."),
        ("p", "SF said Ruby's two-year review was late and was done on 6 January. Ruby is not yet toilet "
              "trained and says about twenty words. SF has given Stacey the leaflet on potty training."),
        ("p", "Dr Lewis's written update said Stacey saw him on 22 December about her low mood and not "
              "sleeping, and that he has restarted her sertraline."),
        ("p", "BA said she has met Stacey twice and they have agreed to work on the house and the routine. "
              "DK said Ruby has a funded place from next week and visited the nursery with Pete on 9 January."),
        ("p", "PP said he has picked Mason up from school on Tuesdays and Thursdays since the conference and "
              "gives both children their tea. Stacey said Lisa has had the children for two weekends and that "
              "\"it gives me a breather\"."),
        ("h1", "3. What Mason and Ruby said, and what we saw"),
        ("p", "KL saw Mason on his own in his bedroom on 8 January. He said: \"I like Tuesdays and Thursdays "
              "because Grandad does fish fingers.\" \"Mum's not shouty now but she's sleepy a lot.\" \"I don't "
              "like it when I haven't got a lunch and have to say.\" He drew a picture of Ruby's bed \"with a "
              "roof\". On a scale of 0 to 10 he put home at 6 (last time 4)."),
        ("p", "Ruby is too young to say much about home. KL saw her climb onto Stacey's lap for a cuddle and "
              "point to the cushions on the floor, saying \"Ruby bed\". At the nursery visit DK saw her play "
              "happily at the sand tray and cry when Pete left the room."),
        ("h1", "4. What we want for Mason and Ruby (from the conference plan)"),
        ("bullets", [
            "Mason and Ruby are cared for by a sober adult every day and night.",
            "Mason gets to school on time every day with lunch and clean uniform that fits.",
            "Ruby has her own safe bed, goes to nursery and catches up with her talking and toileting.",
            "The children's home is clean enough to be safe, with food in the cupboards.",
        ]),
        ("h1", "5. Scaling"),
        ("p", "On a scale where 0 means the children are not safe and 10 means the plan can end, the "
              "professionals scored 4 (3 at the first core group) and Stacey scored 7. Pete scored 5."),
        ("h1", "6. Actions agreed"),
        ("p", "The following actions were agreed and replace the actions in the conference plan."),
        ("pi", "6.1 It was agreed that KL will visit Mason and Ruby at home every week until the review "
               "conference, at least every other visit after school and unannounced, and will see both "
               "children's sleeping places and write up what she sees within two working days."),
        ("pi", "6.2 It was agreed that KL will order a toddler bed and mattress for Ruby through the Dresswick "
               "Family Support Fund, and will check that it has been put up in Ruby's room."),
        ("pi", "6.3 It was agreed that SP will go to her key-work session at Dresswick Recovery Service every "
               "Monday at 11am and be breathalysed at each one; TF will e-mail KL the reading the same "
               "afternoon."),
        ("pi", "6.4 It was agreed that TF will complete a review of Stacey's drinking by the next core group on "
               "3 February 2026 and send KL a written report saying whether Stacey can stay off alcohol, what "
               "would help her, and how long the change is likely to take."),
        ("pi", "6.5 It was agreed that Dr Lewis (GP) will refer Stacey to Dresswick Talking Therapies for her "
               "low mood soon, and the surgery will send KL a copy of the referral letter."),
        ("pi", "6.6 It was agreed that Mrs Farida Patel, Mason's class teacher, will keep an eye on Mason's "
               "lunch box and uniform every school day."),
        ("pi", "6.7 It was agreed that JR will send KL Mason's attendance and late marks every Friday by 3pm, "
               "and will ring Stacey, then KL, on any day Mason is not in school by 9.15am."),
        ("pi", "6.8 It was agreed that DK will give Ruby 15 funded hours a week at Little Acorns Nursery, on "
               "Monday, Tuesday and Wednesday mornings, from Monday 19 January 2026."),
        ("pi", "6.9 It was agreed that SF will see Ruby at home every fortnight and complete an Ages and Stages "
               "(ASQ-3) check with Stacey by 10 February 2026, sharing Ruby's scores for talking and toileting "
               "with KL the same week."),
        ("pi", "6.10 It was agreed that PP will collect Mason from school every Tuesday and Thursday and give "
               "both children their tea at his house until 6pm, and will text KL each Friday to say which days "
               "he had them."),
        ("pi", "6.11 It was agreed that Lisa Carr (Stacey's sister) will have Mason and Ruby to stay at weekends "
               "as needed, to give Stacey a break, and will tell KL afterwards each time."),
        ("pi", "6.12 It was agreed that SP will have Ruby in bed by 7pm and Mason by 7.30pm every night and fill "
               "in the bedtime chart KL gave her, and KL will read the chart with Stacey at each visit."),
        ("pi", "6.13 It was agreed that Mrs Helen Orme, the school's learning mentor, will see Mason every "
               "Wednesday afternoon for six weeks from 21 January 2026 to talk about his worries, and will "
               "write down Mason's own worry score at each session and send the scores to KL."),
        ("pi", "6.14 It was agreed that BA will do the Family Hub's \"Calm Home\" sessions with Stacey at home "
               "every Thursday for six weeks from 15 January 2026, and will fill in the home conditions "
               "checklist at the first and last sessions and give both scores to KL."),
        ("h1", "7. Contingency (unchanged from the conference plan)"),
        ("p", "If Stacey is found to have been drinking while caring for Mason or Ruby, or any breath reading at "
              "the Recovery Service is above zero, or the children are not collected from school or nursery, "
              "KL (or the Emergency Duty Team) will take the children to stay with Pete at 7 Ropewalk, "
              "Dresswick, that night and will hold a strategy discussion with the police the same day."),
        ("p", "If Mason's attendance falls below 90% this half term, or KL finds the kitchen and bedrooms in "
              "the state they were in in November at two visits in a row, Ruth Kemble (team manager) will hold "
              "a legal planning meeting within 10 working days."),
        ("h1", "8. Next meetings"),
        ("p", "Core groups continue every three weeks at Dresswick Family Hub. Next core group: Tuesday 3 "
              "February 2026 at 10am. Review child protection conference: Tuesday 17 February 2026 at 1.30pm, "
              "Dresswick Town Hall."),
        ("p", "Minutes agreed by KL on 14/01/2026 and sent to everyone invited, including Stacey, Pete, Lisa "
              "and Dr Lewis."),
    ],
    "findings": [
        F("T001", "will order a toddler bed and mattress for Ruby"),
        F("T002", "will refer Stacey to Dresswick Talking Therapies for her low mood soon"),
        F("M002", "will keep an eye on Mason's lunch box and uniform"),
        F("M001", "DK will give Ruby 15 funded hours a week"),
        F("T002", "will have Mason and Ruby to stay at weekends as needed"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. An initial conference plan as bullets under theme headings, each bullet
#    with its time and check in ordinary words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_dimmockley_plan_bullets_under_theme_headings_sheridan.md",
    "split": "heldout",
    "actions": 17,
    "template": "icpc-plan-md-council-banner-details-whos-who-table-why-what-life-is-like-for-ruby-and-jack-leannes-words-working-well-outcomes-then-the-plan-as-bullets-under-five-theme-headings-each-bullet-owner-time-and-check-in-ordinary-words-no-when-or-how-columns-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 3-year-old about to start nursery and her 5-month-old "
        "brother after the baby's father assaulted their mother while holding the baby; he is on bail, "
        "has left the home, and sees the baby at a contact centre and at his own mother's. The plan is "
        "bullets under five theme headings (keeping the children safe, Ruby's nursery and her days, "
        "Jack's health, time with Dad, Leanne's support), each naming its owner and giving its time and "
        "check in ordinary words: 'before Ruby starts nursery on Monday 5 January 2026', 'every Friday "
        "during term', 'each morning for her first four weeks', 'until he is 9 months old', 'the day after "
        "each contact', 'by the Monday after each contact'; 'will send Jade the register', 'plot his "
        "weight on the red book chart', 'will note in Ruby's learning journal what Ruby says'. The "
        "contingency has specific triggers, a fallback if the grandmother cannot supervise and a legal "
        "planning meeting; core group dates and the review conference are set."
    ),
    "text": """\
# Dimmockley Council - Children's Services

## Child Protection Plan: Ruby Sheridan and Jack Fisher

**Initial child protection conference:** Monday 8 December 2025, Dimmockley Town Hall
**Category:** emotional abuse (both children)
**Chair:** Philippa Marsh, Independent Conference Chair
**Plan typed by:** Jade Osei, social worker, Dimmockley Safeguarding Team West, on 10 December 2025

### Who's who

| Name | Who they are |
|---|---|
| Ruby Sheridan | 3 (born 14/02/2022). Starts at Sunflowers Nursery, Dimmockley, on Monday 5 January 2026 |
| Jack Fisher | 5 months (born 10/07/2025) |
| Leanne Sheridan | Mum (26), 14 Poplar Row, Dimmockley DM4 2RS |
| Dale Fisher | Jack's dad (29), now living at 6 Orchard Way with his mum. Ruby's father is not in her life |
| Maureen Fisher | Dale's mum, Jack's nan, 6 Orchard Way |
| Gill Sheridan | Leanne's aunt, 30 Beech Road, Dimmockley |
| Jade Osei | Social worker (team manager: Gareth Pryor) |
| Rachel Yeo | Health visitor, Dimmockley Health Visiting Service |
| Nikki Hale | IDVA, Dimmockley Domestic Abuse Service |
| PC Rob Lister | Dimmockley Police Domestic Abuse Team |
| Carla Dunn | Manager, Sunflowers Nursery; Amira Rahman is Ruby's key person there |
| Sophie Grant | Family support worker, Dimmockley Family Hub |
| Tanya Brooke | Contact supervisor, Dimmockley Family Contact Centre |

### Why Ruby and Jack have a plan

On 12 November 2025 Dale pushed Leanne against the kitchen wall and put his hand round her throat while
he was holding Jack. Jack fell onto the sofa; he was checked at Dimmockley General that night and was not
hurt. Ruby saw it from the doorway and was found by the police hiding under the kitchen table. Dale was
arrested and charged with assault, and is on bail not to contact Leanne or go to Poplar Row until his
trial, listed for 16 March 2026. Leanne told the police it was the third time Dale had hurt her since the
summer, and that he checked her phone and took her bank card.

### What life is like for Ruby and Jack

Jade saw Ruby on her own in her bedroom on 3 December. Ruby showed Jade her dolls and made the "daddy"
doll shout at the "mummy" doll. She said: "Dale shouts. Mummy cried. I hided." She said she likes "my
bed with the stars" and "going to the park with Nanny Gill". Asked what would make her happy, she said
"no shouting".

Jack is a smiley baby who feeds well and has stayed on the 25th centile since birth. Rachel has seen him
reach for Leanne and settle quickly when she sings to him. Since November he wakes three or four times a
night and startles when a door bangs. At the contact centre on 29 November Tanya saw Jack smile and babble
at Dale, and cry when Dale raised his voice at the receptionist.

### What Leanne says

"I should have left after the first time. I'm not letting him back, I want the kids to have a calm home.
I do want Jack to know his dad, but only if it's safe."

### What's working well

- Leanne called the police on 12 November and has kept to the safety advice since.
- Dale has kept to his bail conditions and has gone to every contact session on time.
- Maureen has supervised two Wednesday afternoons with Jack without any problems.
- Ruby has had two settling-in visits at Sunflowers Nursery and "loved the sand".

### What we want for Ruby and Jack

1. Ruby and Jack live in a calm home and do not see or hear any more violence.
2. Ruby settles at nursery, goes every session, and can show or tell an adult she trusts how she feels.
3. Jack keeps growing along his centile line and sleeps more settled nights.
4. Jack knows his dad through time that is always safe, supervised and free of arguments.

### The plan

Each bullet says who will do it, when, and how we will all know it is happening. There are no separate
columns: it is all in the sentence.

#### Keeping Ruby and Jack safe from harm

- Jade will visit Ruby and Jack at home every week until the review conference, one visit in three
  unannounced, and will see both children and where they sleep; she will write what Ruby tells her, in
  Ruby's own words, in her visit record within two working days.
- From the day of the conference (8 December 2025), Leanne will not let Dale into the house or meet him
  anywhere, and will ring 999 if he comes to the door; Jade will ask PC Lister every Monday whether the
  police have been called to the address.
- PC Lister will tell Leanne and Jade by phone within a day of any change to Dale's bail conditions, and
  will e-mail Jade the new conditions the same day.
- Nikki will go through a written safety plan with Leanne at home by Friday 19 December 2025 and then see
  her every fortnight until Dale's trial, sending Jade a copy of the safety plan the day it is agreed and
  a note of each meeting after that.
- Ben Kowal from Dimmockley Housing Options will fit a new front door lock and a video doorbell at 14
  Poplar Row by 23 December 2025, before the Christmas break, and will e-mail the signed job sheet to
  Jade and Leanne when the work is done.

#### Ruby's nursery and her days

- Before Ruby starts nursery on Monday 5 January 2026, Carla will meet Leanne and Jade to agree who may
  collect Ruby, and will put Dale's photograph and bail conditions with the nursery's collection list;
  Jade will see the signed collection list at that meeting.
- Carla will send Jade Ruby's attendance, with any late arrival or worry written beside the day, every
  Friday during term.
- Amira will spend ten minutes with Ruby at the start of each session for her first four weeks at
  nursery, using the feelings cards, and will note in Ruby's learning journal what Ruby says and which
  card she picks; Carla will share the journal pages with Jade at the first core group after Ruby starts.
- Leanne will get Ruby to nursery by 9am every Monday, Tuesday and Wednesday from 5 January 2026, and
  Carla will ring Jade the same morning if Ruby has not arrived by 9.30am.
- Sophie will visit twice a week for the next six weeks, from 15 December 2025, to help Leanne set up a
  calm bedtime for Ruby, and Leanne will fill in the sleep diary each night so that Sophie can show Jade
  what time Ruby fell asleep and how often she woke.

#### Jack's health

- Rachel will see Jack at home every fortnight until he is 9 months old, weigh him at each visit and plot
  his weight on the red book chart, and will ring Jade the same day if it drops below the 25th centile
  line.
- Leanne will start Jack on solid food in the week he turns 6 months (from 10 January 2026), using the
  weaning plan Rachel gave her, and Rachel will go through Leanne's food diary with her at each visit.

#### Time with Dad

- Tanya will supervise Dale's time with Jack at Dimmockley Family Contact Centre every Saturday from 10am
  to 12 noon, and will send Jade a written record, with how Jack was before, during and after, by the
  Monday after each contact.
- Maureen will supervise Dale's time with Jack at 6 Orchard Way every Wednesday from 1pm to 3pm, staying
  in the same room the whole time, and will text Jade the day after each contact to say how it went and
  how Jack was.
- Maureen will collect Jack from Poplar Row and bring him back herself each Wednesday, so that Leanne and
  Dale never meet; Leanne will tell Jade at her next visit whether each handover went as agreed.
- Dale will go to the "Choices" domestic abuse perpetrator programme in Dimmockley every Tuesday evening
  for 24 weeks from 13 January 2026, and Marcus Bell, the programme worker, will send Jade a report on his
  attendance and progress every four weeks.

#### Leanne's support

- Leanne will go to the Freedom Programme at Dimmockley Family Hub every Thursday morning for twelve weeks
  from 8 January 2026, with Jack in the Hub's creche, and the programme leader will send Jade the register
  every four weeks.

### If things go wrong

- If Dale comes to Poplar Row, contacts Leanne or breaks his bail in any other way, Leanne will ring 999
  and the police will arrest him. Jade (or the Emergency Duty Team out of hours) will hold a strategy
  discussion with the police the same day, and Dale's time with Jack stops until it says otherwise.
- If Maureen cannot supervise a Wednesday, leaves Dale alone with Jack, or can no longer supervise at all,
  that Wednesday's time does not go ahead: Maureen will ring Jade (or the Emergency Duty Team), and Jade
  will book the time at the Contact Centre instead within a week.
- If Leanne lets Dale into the house or takes the children to see him outside the agreed times, Jade will
  hold a strategy discussion that day, and Ruby and Jack will stay with Gill at 30 Beech Road while it
  decides what happens next. If Gill cannot have them, Jade will find a foster placement that day.
- If Dale comes to the house again, or Leanne lets him in, or the police are called to any further
  incident before the review conference, Gareth Pryor (team manager) will hold a legal planning meeting
  within 5 working days.

### Meetings

- Core group: Thursday 18 December 2025 at 10am at Dimmockley Family Hub, then every four weeks on
  Thursdays: 15 January and 12 February 2026.
- Review child protection conference: Thursday 5 March 2026 at 10am, Dimmockley Town Hall.

Copies to Leanne, Dale (the parts about Jack and his contact), Maureen, Gill and every agency named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A first review conference plan in a table with one work column,
#    "Action", under outcome banner rows; who, when and the check are all in
#    the action's words. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_dunnerwick_rcpc_plan_single_action_column_oyelaran.pdf",
    "doc_title": "Child Protection Plan - Tobi and Zara Oyelaran (review conference 13/01/2026)",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Dunnerwick Borough Council · Child Protection Plan",
    "footer": "Tobi and Zara Oyelaran · Plan agreed at review conference 13/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-details-table-why-the-plan-continues-progress-since-icpc-what-tobi-and-zara-say-what-funmi-says-then-two-column-table-no-and-action-only-outcome-banner-rows-merged-across-each-action-cell-holding-owner-time-and-check-in-words-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "First review conference plan for a 9-year-old boy and his 6-year-old sister (neglect): their "
        "mother has anxiety and depression, the girl's eczema is raw and infected and she has tooth decay "
        "needing extractions, both are often late and hungry, and the boy gets his sister ready for "
        "school. The plan is a table with only 'No.' and 'Action' columns under outcome banner rows "
        "merged across; each action cell says who, when and how we will know in words. Faults: the "
        "dental treatment 'as needed'; new bedding for the girl with no time; the learning mentor's "
        "sessions that will 'monitor progress'; the daily cream routine with nothing to show it is done; "
        "the community mental health team's visits only supporting the mother; and the next review "
        "conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dunnerwick Borough Council · Children and Families · Safeguarding and Assessment Team 2"),
        ("table", {
            "rows": [
                ["Children", "Tobi Oyelaran, born 04/06/2016 (9), Year 5; Zara Oyelaran, born 19/07/2019 (6), "
                             "Year 2; both at Dunnerwick Road Primary School"],
                ["Address", "27 Kiln Street, Dunnerwick DN6 1AX"],
                ["Mum", "Funmilayo (Funmi) Oyelaran (34)"],
                ["Dad", "Segun Oyelaran, lives in Croydon; phones the children and has them for a week each "
                        "summer"],
                ["Category", "Neglect, since the initial conference on 21/10/2025"],
                ["This plan", "Agreed at the first review child protection conference, 13/01/2026"],
                ["Social worker", "Grace Mensah (team manager: Alan Whitlow)"],
                ["Chair", "Rosemary Cole, Independent Reviewing Officer"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why the plan continues"),
        ("p", "Funmi has anxiety and depression and is under the Dunnerwick Community Mental Health Team. When "
              "her mood is low she stays in bed in the mornings, and Tobi gets Zara dressed and takes her to "
              "school, often late and without breakfast. Zara has severe eczema: in October her arms and legs "
              "were raw and infected because her creams had run out, and her bedding was stained with blood. "
              "She has decay in six teeth and missed two dental appointments in the autumn. The conference "
              "agreed that things are better than in October but not yet safe enough for the plan to end."),
        ("h1", "Progress since the initial conference"),
        ("bullets", [
            "Zara's creams are now on repeat prescription and her skin is less broken; she saw the eczema "
            "nurse on 2 December.",
            "Attendance is up from 81% to 89% for Tobi and from 78% to 88% for Zara; late marks are down from "
            "22 to 9.",
            "Funmi has started taking sertraline and sees her care coordinator.",
            "Zara's first dental appointment happened on 9 December; two extractions are still needed.",
        ]),
        ("h1", "What Tobi and Zara say"),
        ("p", "Tobi (seen on his own at school, 7 January 2026): \"Mum's better than before but some days she "
              "doesn't get up. Then I do Zara's breakfast if there's bread.\" \"I worry when I'm at school in "
              "case Mum's sad.\" He would like to go to football club after school, \"but someone has to get "
              "Zara\"."),
        ("p", "Zara (at home, 9 January 2026): \"My skin is itchy at night and I scratch and then it's blood.\" "
              "\"My tooth hurts when I eat sweets.\" She showed Grace her new unicorn pyjamas and said she "
              "likes it when Mum does her hair."),
        ("h1", "What Funmi says"),
        ("p", "\"I know the children have been doing too much. The tablets are helping a bit. I want Zara's skin "
              "to heal and I want Tobi to be a child, not my helper.\""),
        ("h1", "The plan"),
        ("p", "Each action is written in one box: who will do it, when, and how we will know it has happened."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.5, 15.5],
            "rows": [
                ["Outcome 1: Zara's eczema is under control: her skin is not broken or bleeding and she sleeps "
                 "through the night without scratching.", H],
                ["1.1",
                 "Funmi will put Zara's emollient cream on her twice a day, after breakfast and at bedtime, and "
                 "her steroid cream on any red patches at bedtime."],
                ["1.2",
                 "Sister Nadia Bakr, children's eczema nurse at Dunnerwick General Hospital, will see Zara in "
                 "clinic every four weeks until the next review conference, score her eczema and photograph "
                 "her skin at each appointment, and write to Grace with the score after each one."],
                ["1.3",
                 "Grace will buy Zara two sets of cotton bedding and pyjamas from the section 17 budget, and "
                 "Funmi will show Grace the new bedding on Zara's bed."],
                ["Outcome 2: Zara's teeth are treated and she has no more toothache.", H],
                ["2.1",
                 "Funmi will take Zara to Dunnerwick Community Dental Service as needed for her extractions, "
                 "and the dental service will send Grace a letter after each appointment."],
                ["2.2",
                 "Funmi will brush Tobi's and Zara's teeth for two minutes every morning and every night with "
                 "the fluoride toothpaste from the dentist and tick the brushing chart on the bathroom door; "
                 "Grace will look at the chart at each visit."],
                ["Outcome 3: Tobi and Zara get to school on time every day, clean and fed.", H],
                ["3.1",
                 "Mrs Lorraine Platt, DSL at Dunnerwick Road Primary, will send Grace both children's "
                 "attendance and late marks every Friday during term, and will ring Funmi and then Grace by "
                 "9.30am on any day either child is not in school."],
                ["3.2",
                 "Funmi will walk both children to school for the 8.45am bell every school day from Monday 19 "
                 "January 2026; Mrs Platt's late book will show any day they arrive after the bell."],
                ["3.3",
                 "Mr Dan Hewitt, who runs the school's breakfast club, will give Tobi and Zara breakfast there "
                 "every school day from 8am and tick them off on the breakfast club list each morning."],
                ["Outcome 4: Tobi no longer worries about his mum all day or looks after his sister before "
                 "school, and both children can say how they feel to an adult they trust.", H],
                ["4.1",
                 "Mr Sam Adeyinka, the school's learning mentor, will see Tobi for half an hour every Tuesday "
                 "afternoon for eight weeks from 20 January 2026 to talk about home and his worries, and will "
                 "monitor progress."],
                ["4.2",
                 "Kelly Shore, young carers worker at Dunnerwick Young Carers, will assess Tobi as a young "
                 "carer by the February half term and send Grace the written assessment, with Tobi's own "
                 "words in it."],
                ["4.3",
                 "Grace will see Tobi and Zara on their own, at home or at school, every fortnight until the "
                 "next review conference, and write what each child says, in their own words, in her visit "
                 "record within two working days."],
                ["4.4",
                 "Segun will phone Tobi and Zara every Sunday at 6pm, and Funmi will mark on the kitchen "
                 "calendar whether the call happened; Grace will look at the calendar at her visits."],
                ["Outcome 5: Tobi and Zara are cared for by a mum whose anxiety and low mood are treated well "
                 "enough for her to get them up, fed and to school.", H],
                ["5.1",
                 "Dean Foster, care coordinator at Dunnerwick Community Mental Health Team, will see Funmi at "
                 "home every two weeks to support her with her anxiety and low mood and help her keep to her "
                 "medication, and will write to Grace after each visit to say that it took place."],
                ["5.2",
                 "Dr Helen Aske, GP at Kiln Street Surgery, will review Funmi's sertraline every four weeks "
                 "until the next review conference and write to Grace after each review saying whether Funmi "
                 "is taking it."],
                ["5.3",
                 "Michelle Ward, family support worker at Dunnerwick Family Hub, will come every Monday and "
                 "Thursday morning for six weeks from 19 January 2026 to help Funmi with the children's "
                 "morning routine, filling in the routine chart with Funmi at each session and sending Grace "
                 "a copy every Friday."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Zara's skin is broken and bleeding again, or she misses an eczema or dental appointment, "
            "Mrs Platt or the nurse will ring Grace that day, and Grace will visit within 24 hours and take "
            "Zara to the GP herself if Funmi cannot.",
            "If either child is not in school and Funmi cannot be reached by 10am, Grace (or the duty social "
            "worker) will visit that morning; if Funmi is not able to care for the children, they will stay "
            "with their aunt, Bisi Adewale, at 3 Mercer Close, and if Bisi cannot have them Grace will find "
            "a foster placement that day.",
            "If Funmi tells any worker she is thinking of harming herself, that worker will ring the CMHT "
            "crisis line and Grace straight away, and the children will stay with Bisi until the crisis team "
            "has seen Funmi.",
            "If the children's attendance falls below 85% in any half term, or Zara's extractions have not "
            "happened by the end of February 2026, Alan Whitlow (team manager) will hold a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every four weeks at Dunnerwick Road Primary: 10 February and 10 March "
              "2026, both at 3.30pm. The next review child protection conference is to be arranged by the "
              "conference team."),
        ("p", "Plan sent to Funmi, Segun and every agency on 15/01/2026."),
    ],
    "findings": [
        F("M001", "Funmi will put Zara's emollient cream on her twice a day"),
        F("T001", "Grace will buy Zara two sets of cotton bedding and pyjamas"),
        F("T002", "will take Zara to Dunnerwick Community Dental Service as needed"),
        F("M002", "will see Tobi for half an hour every Tuesday afternoon"),
        F("H001", "will see Funmi at home every two weeks to support her"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A review conference plan written as a narrative paragraph for each area
#    of a 12-year-old's life, each action one sentence with its time and
#    check in words; the family is moving to another council. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_drabthorpe_plan_narrative_paragraph_per_area_walsh.txt",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-plain-text-narrative-format-caps-council-banner-details-block-numbered-sections-background-and-progress-callums-views-martins-views-outcomes-then-the-plan-as-one-narrative-paragraph-per-area-safety-health-school-home-the-move-each-committing-sentence-an-action-with-time-and-check-in-words-mixed-with-history-sentences-then-contingency-core-group-and-review",
    "description": (
        "First review conference plan for a 12-year-old boy with ADHD whose father cares for him alone "
        "and worked late shifts, leaving him alone until late evening; his medication ran out, he games "
        "until 3am and was excluded for throwing a chair. The family is moving to another council at the "
        "end of February. The plan is a narrative paragraph for each area of his life, each sentence "
        "that commits someone an action with its time and check in words, mixed with sentences of "
        "history. Faults: the CAMHS medication review 'in due course'; the father to 'keep an eye on' "
        "screen use at night; the family support worker's new bedtime routine with no time; the youth "
        "club place with nothing to show it happens; the occupational therapy referral held back until "
        "the case transfers; and an outcome about the father only."
    ),
    "text": """\
DRABTHORPE METROPOLITAN BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN (FIRST REVIEW) - NARRATIVE FORMAT
==========================================================================

Child:            Callum WALSH, born 11/08/2013 (12), Year 8, Drabthorpe Academy
Address:          58 Tenter Lane, Drabthorpe DB7 3EJ
Lives with:       Martin Walsh (dad, 44). Callum's mum, Kirsty, lives in Spain
                  and has not been in touch since 2023.
Category:         Neglect, since the initial conference on 30/09/2025
Review conference: Thursday 08/01/2026, Drabthorpe Civic Hall. Chair: Naomi
                  Frost, Child Protection Chair
Social worker:    Emma Clarke, Children's Safeguarding Team 3 (team manager:
                  Sandra Holt)
Printed:          12/01/2026


1. BACKGROUND AND PROGRESS
--------------------------
Callum has ADHD and takes methylphenidate in the mornings. Until November
Martin worked late shifts as a delivery driver and Callum was on his own
from the end of school until 9 or 10pm most evenings, making instant noodles
and playing online games until the early hours. He ran out of his
medication for eleven days in December and missed two CAMHS reviews in the
autumn. He was excluded for two days in November for throwing a chair in a
science lesson. Since the conference Martin has moved to earlier shifts on
three days a week, and Callum's nan, Irene Walsh, has him after school on
the other two. Attendance is up from 79% to 90%. Martin has accepted a job
with day shifts in Dellbrook, and the family expect to move to 9 Harbour
Walk, Dellbrook, on 27/02/2026.


2. CALLUM'S VIEWS (seen on his own at school by Emma, 05/01/2026)
-----------------------------------------------------------------
"It's better now Dad's home more. Nan's is alright, she makes proper tea."
"I don't want to move, all my mates are here, but Dad says the job's
better." "I can't sleep without my headset on." "When I don't have my
tablets I just get wound up and then I'm in trouble." He scored home at 6
out of 10 (3 at the conference) and said he would like to go to the youth
club "where my mate Kai goes".


3. MARTIN'S VIEWS
-----------------
"I didn't see how much he was on his own. I thought he was old enough. The
new job means I'll be home every night, that's the main thing."


4. OUTCOMES
-----------
  - Callum takes his ADHD medication every school day and his dose is right
    for him.
  - Callum has an adult with him or knows where to go safely every day after
    school until bedtime.
  - Callum is asleep by 10pm on school nights and gets to school rested.
  - Callum is in school every day, is not excluded again and has the support
    in class he needs.
  - Martin will feel less stressed and more able to cope with work and home.


5. THE PLAN
-----------
The plan is written as a paragraph for each part of Callum's life. Every
sentence that says someone will do something is part of the plan.

5.1 Keeping Callum safe
Until November Callum was on his own most evenings. Martin will make sure an
adult is with Callum from the end of school until bedtime every school day
from Monday 12 January 2026, and he will write who was with Callum each
evening on the week planner on the fridge, which Emma will read at her
visits. Irene will collect Callum from school every Tuesday and Thursday and
give him his tea at her house until Martin picks him up at 6.30pm, and she
will text Emma each Friday to say which evenings she had him. Emma will
visit Callum at home every fortnight until the family moves, with at least
one visit in two after 7pm, and will see him on his own and write what he
says in her visit record within two working days.

5.2 Callum's health
Callum missed his CAMHS reviews in October and November. Martin will give
Callum his methylphenidate before 8am every school-day morning and tick the
medication chart, and the school nurse, Jan Hurst, will count the tablets
left in the box with Martin on the first Monday of each month. Priya Shah,
the CAMHS ADHD nurse, will see Callum for a medication review in due course
and write to Emma and the GP with any change to his dose. Martin will take
Callum's phone and games controller at 9.30pm every school night and keep an
eye on his screen use. Alex Dunn, the family support worker from
Drabthorpe Family Hub, will work out a new bedtime routine with Martin and
Callum and write it out for the fridge, and Emma will check that it is up
on the fridge.

5.3 School
Callum was excluded for two days in November. Mr Gary Noble, Callum's head
of year at Drabthorpe Academy, will send Emma Callum's attendance,
behaviour points and any mornings he arrived without his medication every
Friday during term. Mrs Lisa Reilly, the Academy's SENCo, will hold a SEN
support review with Callum and Martin before the February half term and
send Emma the new support plan with the targets they agreed. Callum will go
to homework club in the library every Monday and Wednesday after school
until the Easter holidays, and Mrs Reilly will show Emma the club register
at each core group.

5.4 Home and family
Callum has had no new clothes since the summer and his mattress is broken.
Emma will help Martin apply to the Household Support Fund for a new
mattress and clothes for Callum by 30 January 2026, and will keep a copy
of the application on Callum's file. Liam Carter, youth worker at
Drabthorpe Youth Club, will give Callum a place at the Friday evening club
from 16 January 2026 and collect him from home each week. Martin will go to
the "Parenting a Child with ADHD" course at Drabthorpe Family Hub every
Tuesday morning for eight weeks from 13 January 2026, and the course leader
will send Emma his attendance each month. Callum would like Kai to come for
tea one evening.

5.5 The move to Dellbrook
Martin told the conference that the tenancy for 9 Harbour Walk starts on
27/02/2026. Emma will tell Dellbrook Council's children's services about
the move by 23 January 2026, send them the plan, the chronology and
Callum's records, and keep their written acknowledgement on Callum's file.
Emma will hold back Callum's referral to the children's occupational
therapy service until the case has transferred, and Dellbrook's social
worker will then make the referral within four weeks of the transfer-in
conference and send the acceptance letter to Martin. Emma will arrange a
joint home visit with the Dellbrook social worker in the week before the
move, so that Callum meets his new worker, and will record the visit on
Callum's file the same day.


6. CONTINGENCY
--------------
If Callum is found at home on his own after 6.30pm on a school day, or
misses his medication on three school days in any week, Emma (or the
Emergency Duty Team) will visit that evening and Callum will stay at
Irene's, 12 Wool Street, that night. If Irene cannot have Callum on a
Tuesday or Thursday she will ring Martin by 12 noon, and Callum will go to
the Academy's after-school club until 5.30pm, where Martin will collect him;
if she cannot have him in an emergency, Emma will find a foster placement
for that night. If Callum is found on his own in the evening again, or is
excluded again, before the review conference, Sandra Holt (team manager)
will hold a legal planning meeting within 10 working days. Drabthorpe stays
responsible for Callum's plan until Dellbrook's transfer-in conference.


7. CORE GROUP AND REVIEW
------------------------
The core group meets every four weeks at Drabthorpe Academy: Thursday
05/02/2026 at 3.30pm, and then Thursday 05/03/2026 if the family has not yet
moved. The next review child protection conference is booked for Thursday
02/04/2026 at 10am at Drabthorpe Civic Hall; if the family has moved by then,
Dellbrook's transfer-in conference will take its place.

Plan sent to Martin, Callum (his own copy, talked through with Emma),
Irene and every agency named above on 12/01/2026.
""",
    "findings": [
        F("T002", "will see Callum for a medication review in due course"),
        F("M002", "Callum's phone and games controller at 9.30pm every school night"),
        F("T001", "will work out a new bedtime routine with Martin and Callum"),
        F("M001", "will give Callum a place at the Friday evening club"),
        F("X001", "Emma will hold back Callum's referral to the children's occupational"),
        F("F002", "Martin will feel less stressed and more able to cope with work and home."),
    ],
})


# ---------------------------------------------------------------------------
# 6. An initial conference plan in a two-column table: the outcome merged
#    down, and "What will happen" holding who, when and the check in words.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_delvenham_icpc_what_will_happen_column_adeyemi.pdf",
    "doc_title": "Child Protection Plan - Joshua Adeyemi (ICPC 12/01/2026)",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "check_vmerge": 5,
    "header": "OFFICIAL-SENSITIVE · Delvenham County Council · Children's Services",
    "footer": "Joshua Adeyemi · Child protection plan, initial conference 12/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-table-why-joshua-has-a-plan-how-joshua-tells-us-things-signs-and-behaviour-parents-words-going-well-then-two-column-table-what-we-want-for-joshua-merged-down-and-what-will-happen-holding-owner-time-and-check-in-words-no-when-or-how-columns-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 6-year-old autistic boy who does not speak and has "
        "epilepsy: doses of his anti-seizure medicine were missed and he had a 25-minute seizure, three "
        "neurology appointments were missed, his father has depression since losing his job and sleeps "
        "in the day, and his mother works nights. His voice is his signs and behaviour as his parents and "
        "teacher read them. The plan is a two-column table, the outcome merged down beside a 'What will "
        "happen' column that holds everything: who, when in words ('at 7am and 7pm every day', 'within "
        "four weeks of this conference', 'the day before each of Joshua's appointments', 'before the "
        "February half term', 'every Saturday for the next eight weeks') and how we will know ('sign the "
        "medicine chart', 'will ring Sian the same day', 'write in the home-school diary'). Talking "
        "therapies report on the father's capacity to change; the contingency has specific triggers, a "
        "fallback if the aunt cannot help and legal planning; core group and review dates are set; "
        "page header and footer on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Delvenham County Council · Children's Services · Disabled Children's Team"),
        ("table", {
            "rows": [
                ["Child", "Joshua Adeyemi, born 02/03/2019 (6). Delvenham Bridge Special School, Class 3"],
                ["Address", "15 Glan-y-Mor Terrace, Delvenham DV3 5LP"],
                ["Parents", "Bola Adeyemi (38), senior care assistant on night shifts at Hafod Lodge care home; "
                            "Kunle Adeyemi (41)"],
                ["Family", "Yemi Bakare, Kunle's sister, 44 Heol Las, Delvenham"],
                ["Category", "Neglect (medical neglect)"],
                ["Conference", "Initial child protection conference, 12/01/2026, Delvenham County Hall. Chair: "
                               "Gwen Pritchard"],
                ["Social worker", "Sian Lloyd, Disabled Children's Team (team manager: Mark Bevan)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why Joshua has a plan"),
        ("p", "Joshua is autistic, does not use words, and has epilepsy, controlled by levetiracetam twice a "
              "day. On 20 November 2025 he had a seizure lasting 25 minutes at home; the ambulance crew gave "
              "him rescue medicine and he spent two nights at Delvenham General. The ward pharmacist found that "
              "at least nine doses had been missed in the previous fortnight. Joshua had also missed three "
              "neurology appointments since June. Kunle has had depression since he was made redundant in "
              "April 2025; he told the conference that he often falls asleep in the afternoons and \"loses "
              "track\" of the medicine on the nights Bola is at work. Bola works three nights a week and sleeps "
              "until the afternoon after each one."),
        ("h1", "How Joshua tells us things"),
        ("p", "Joshua cannot tell us in words how his days are, so this is what his parents and his teacher, "
              "Mrs Carys Hughes, see. He uses about twenty picture (PECS) cards and the Makaton sign for "
              "\"more\". He flaps his hands and laughs when he is happy, especially in the bath and on the "
              "trampoline at school. He covers his ears and rocks when the hoover is on or when people raise "
              "their voices. After the seizure he was very sleepy for three days and would only eat plain rice. "
              "Mrs Hughes noticed that on Monday mornings he often arrives hungry and tired, and grabs his "
              "teacher's hand to lead her to the snack cupboard. At home he brings Bola his cup when he wants "
              "a drink, and takes Kunle's hand to the door when he wants to go to the park."),
        ("h1", "What Bola and Kunle say"),
        ("p", "Bola: \"I can't give up the nights, we need the money. But I never want to see him like that "
              "again.\" Kunle: \"Since the job went I'm not myself. I love that boy. I'll do anything, but I "
              "need help to get my head straight.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Since 25 November the pharmacy blister pack shows no missed doses.",
            "Joshua is in school every day, and the school taxi escort knows him well.",
            "Yemi has offered to have Joshua every Saturday, and he knows her house.",
            "Kunle went to his GP on 2 December and has been referred to talking therapies.",
        ]),
        ("h1", "The plan"),
        ("p", "Each box under \"What will happen\" says who will do it, when, and how we will all know it has "
              "happened."),
        ("table", {
            "header": ["What we want for Joshua", "What will happen"],
            "widths": [4.5, 12.5],
            "rows": [
                ["Joshua gets every dose of his epilepsy medicine on time and has no more seizures caused "
                 "by missed doses.",
                 "Bola and Kunle will give Joshua his levetiracetam at 7am and 7pm every day, and whoever gives "
                 "it will sign the medicine chart on the kitchen wall; Sian will check the chart against the "
                 "blister pack at every visit."],
                [V,
                 "Mr Raj Patel at Delvenham Pharmacy will make up Joshua's medicine in a weekly blister pack "
                 "from 19 January 2026, and will ring Sian the same day if a pack has not been collected by the "
                 "Saturday it is due."],
                [V,
                 "Eleri Jones, children's epilepsy nurse at Delvenham General, will visit Joshua and his "
                 "parents at home within four weeks of this conference to go through his seizure plan and "
                 "rescue medicine, and will send Sian and the school the updated seizure plan that week."],
                [V,
                 "Bola will keep Joshua's seizure diary every day, noting any seizure, how long it lasted and "
                 "what was given, and Eleri will read it with Bola at her monthly phone review and send Sian "
                 "a short note afterwards."],
                ["Joshua goes to every appointment he needs for his epilepsy and his development.",
                 "Sian will give Bola and Kunle a shared appointments calendar by 16 January 2026 and ring them "
                 "the day before each of Joshua's appointments until the review conference; the clinic's "
                 "letters will show Sian whether he was seen."],
                [V,
                 "Dr Huw Morgan, paediatric neurologist, will see Joshua in clinic on 4 February 2026 and write "
                 "to the GP, Sian and the parents within two weeks of the appointment with any change to his "
                 "treatment."],
                ["Joshua is looked after at home by an adult who is awake, rested and watching him whenever he "
                 "is awake.",
                 "On the afternoons after Bola's night shifts, Kunle will be up and dressed to meet Joshua's "
                 "school taxi at 3.45pm, and the taxi escort, Mrs Val Price, will note on the school's handover "
                 "sheet who met Joshua and send the sheet to Sian every Friday."],
                [V,
                 "Sian will visit Joshua at home every week until the review conference, at least one visit in "
                 "three after school, and will write what she sees of Joshua's care and mood in her visit "
                 "record within two working days."],
                [V,
                 "Yemi will look after Joshua at her house every Saturday from 10am to 4pm for the next eight "
                 "weeks, so that Bola and Kunle can sleep, and will text Sian each Saturday evening to say how "
                 "Joshua's day went."],
                [V,
                 "Hannah Rees from the Delvenham Short Breaks Team will complete a short breaks assessment for "
                 "Joshua by 27 February 2026 and send Sian and the parents a letter saying what he will be "
                 "offered."],
                ["Joshua's communication grows, and the adults around him understand what his signs and "
                 "behaviour are telling them.",
                 "Mrs Hughes will send Joshua's home-school diary home every school day, writing in it how "
                 "Joshua was and which PECS cards he used, and Sian will read the diary at each visit."],
                [V,
                 "Nia Griffiths, speech and language therapist, will visit Joshua at home before the February "
                 "half term to show Bola and Kunle how to use his PECS cards at mealtimes, and will give them "
                 "and Sian a written home programme the same week."],
                [V,
                 "Bola and Kunle will go to the Delvenham Parent Carer Forum's \"Understanding Autism\" course "
                 "every Wednesday evening for six weeks from 21 January 2026, and the course leader will "
                 "e-mail Sian the register after each session."],
                ["Joshua is cared for by a dad whose depression is treated well enough for him to stay awake, "
                 "patient and on top of Joshua's medicine.",
                 "Rhian Evans, high intensity therapist at Delvenham Talking Therapies, will see Kunle for CBT "
                 "every Thursday for twelve weeks from 22 January 2026, and by the core group on 19 February "
                 "2026 will write to Sian saying how Kunle's mood is affecting his care of Joshua, whether he "
                 "can make the changes this plan needs, and how long that is likely to take."],
                [V,
                 "Dr Angharad Lewis, GP at Delvenham Health Centre, will review Kunle's antidepressant every "
                 "four weeks until the review conference and write to Sian after each review with his PHQ-9 "
                 "score."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Joshua has a seizure lasting more than 5 minutes, Bola or Kunle will give his rescue medicine "
            "and ring 999 straight away, and tell Sian (or the Emergency Duty Team) the same day.",
            "If two or more doses are missed in any week, or Joshua is not met from the school taxi, Sian (or "
            "the Emergency Duty Team) will visit that day and hold a strategy discussion with the police and "
            "Dr Morgan the same day; Joshua will stay with Yemi at 44 Heol Las until it decides what happens. "
            "If Yemi cannot have him, Sian will arrange an emergency place for Joshua at Ty Enfys, the "
            "council's short breaks home, that night.",
            "If Yemi cannot have Joshua on a Saturday, or can no longer help, she will ring Sian by the "
            "Friday; Bola will swap her Friday night shift (her manager has agreed to this) so that she is "
            "awake at home that Saturday, and if she cannot, Sian will book a sitter from the Short Breaks "
            "Team for the day.",
            "If Kunle tells anyone he is thinking of harming himself, or cannot get out of bed to care for "
            "Joshua, that person will ring the Delvenham crisis team and Sian straight away, and Bola will not "
            "work nights until the crisis team has seen Kunle.",
            "If more than two doses are missed in any four weeks, Joshua misses another neurology appointment, "
            "or he has another seizure caused by missed medicine before the review conference, Mark Bevan "
            "(team manager) will hold a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Delvenham Bridge Special School, Thursdays at 3.30pm: 22 January, "
            "19 February and 19 March 2026.",
            "Review child protection conference: Thursday 9 April 2026 at 10am, Delvenham County Hall.",
        ]),
        ("p", "Plan sent to Bola, Kunle, Yemi and every agency named above on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A pre-birth plan in short parts per person, timed by weeks of
#    pregnancy, the birth and the baby's age. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_dowsingham_prebirth_plan_paragraph_per_person_quinn.md",
    "split": "heldout",
    "actions": 16,
    "template": "pre-birth-icpc-plan-md-council-heading-details-list-why-there-is-a-plan-the-babys-world-so-far-chloes-and-jordans-words-going-well-outcomes-for-the-baby-then-what-each-person-will-do-a-heading-per-person-with-bullets-times-by-weeks-of-pregnancy-birth-and-babys-age-checks-in-words-then-if-things-go-wrong-meetings",
    "description": (
        "Pre-birth initial conference plan at 30 weeks for a baby due on 20 February 2026: the mother "
        "is 19, a care leaver with a mild learning disability, living in a one-bedroom flat; the father "
        "uses cocaine at weekends and has a conviction for assault. The work is set out under a heading "
        "for each person (Chloe, Jordan, the midwife, the health visitor, the social worker, the family "
        "support worker, the adult services), each bullet naming its owner and giving its time in words "
        "('by 36 weeks', 'within 48 hours of the baby coming home', 'until the baby is 12 weeks old', "
        "'before Chloe and the baby leave hospital') and its check. Faults: the drug service's tests of "
        "the father 'as and when needed'; the family support worker's sessions 'to see how things are "
        "going'; a cot and pram from the baby bank with no time; the midwife's antenatal appointments "
        "with nothing to show they happen; a contingency whose only trigger is 'worries' and whose only "
        "response is a meeting to discuss; and nothing about legal planning."
    ),
    "text": """\
# Dowsingham City Council: Pre-Birth Child Protection Plan

**Unborn baby of Chloe Quinn and Jordan Mace** (due 20 February 2026)

- **Initial child protection conference (pre-birth):** Wednesday 10 December 2025, at 30 weeks of
  pregnancy, Dowsingham Council House
- **Category:** neglect
- **Chair:** Anita Okoro, Child Protection Chair
- **Social worker:** Lucy Barnes, Dowsingham Pre-Birth and Under-Ones Team (team manager: Craig Dalton)
- **Mum-to-be:** Chloe Quinn (19), Flat 4, 11 Weaver's Yard, Dowsingham DW9 2FT
- **Dad-to-be:** Jordan Mace (23), 27 Ashfield Road, Dowsingham; stays at Chloe's most nights
- **Hospital:** Dowsingham Maternity Unit, Dowsingham Royal Infirmary

## Why there is a plan

Chloe was in foster care from 14 to 18 and has a mild learning disability; she finds new information
hard to hold on to unless it is shown to her and written down simply. Jordan told the conference he uses
cocaine "most weekends" and has done since he was 18. In 2022 he was convicted of assault after a fight
outside a pub. Twice in November Chloe's neighbours heard shouting from the flat late at night, and on
22 November the police were called; no one was arrested. Chloe missed three of her first six antenatal
appointments. The conference was worried that the baby would not be fed and kept safe, and would be
cared for by someone who had taken drugs.

## The baby's world so far

The 28-week scan on 26 November showed the baby growing well, on the 40th centile. Chloe has cut down to
three cigarettes a day and smokes only on the balcony. She says the baby kicks "like mad" at night when
she plays music, and Jordan talks to the bump when he gets in from work. The nursery corner in the
bedroom has a changing mat and a bag of clothes from Chloe's former foster carer, but no cot yet.

## What Chloe and Jordan say

Chloe: "I know what it's like to be in care and I'm not letting that happen to my baby. I just need
people to show me, not tell me." Jordan: "I'll stop the gear. It's only weekends anyway. I want to be a
proper dad."

## What's going well

- Chloe has been to her last three antenatal appointments and to the baby bank with Lucy.
- Pauline Hurst, Chloe's former foster carer, rings her every week and has offered advice.
- Jordan has agreed to see the drug and alcohol service and went to his first appointment on 8 December.

## What we want for the baby

1. The baby is born safely and goes home to a warm, clean flat with a safe cot and everything needed.
2. The baby is fed, changed and settled on time, day and night, and gains weight.
3. The baby is never cared for by anyone who has taken cocaine or any other drug.
4. The baby is seen by a professional every week for the first three months.

## What each person will do

### Chloe

- Chloe will go to every antenatal appointment at Dowsingham Maternity Unit until the birth, and Kate
  will write in Chloe's hand-held notes and tell Lucy after each one whether she came.
- Chloe will go to the "Ready for Baby" group at Dowsingham Family Hub every Wednesday at 1pm for six
  weeks from 7 January 2026, and the group leader will give Lucy the register each Friday.
- From the day the baby comes home, Chloe will write down every feed and nappy on the feeding chart,
  and Megan will look at the chart with her at each visit.

### Jordan

- From the day of this conference (10 December 2025), Jordan will not take cocaine or any other drug, and
  he will not look after the baby on his own until his tests have been clear for twelve weeks; Kev's
  test results will show whether he has kept to this.
- Jordan will go to his key-work session at Dowsingham Drug and Alcohol Service every Monday at 4pm for
  the next twelve weeks, and Kev will e-mail Lucy the same day to say whether he came.
- Jordan will go to the "Dads to Be" group at Dowsingham Family Hub every Thursday evening from 8 January
  2026 until the baby is born, and the group worker will send Lucy a note of his attendance each month.

### Kate Lomas, specialist safeguarding midwife

- Kate will see Chloe at the antenatal clinic every two weeks until 36 weeks, then every week until the
  birth.
- Kate will hold a discharge planning meeting on the ward before Chloe and the baby leave hospital, and
  will send Lucy the written discharge plan the same day.

### Megan Cole, health visitor

- Megan will visit Chloe at home at 34 weeks (by 15 January 2026), then within 48 hours of the baby
  coming home and every week until the baby is 12 weeks old, weighing the baby at each visit and
  plotting the weight on the red book chart.

### Lucy Barnes, social worker

- Lucy will visit Chloe at home every fortnight until the birth and every week after it until the review
  conference, at least one visit in three unannounced, and will write up what she sees in her visit
  record within two working days.
- Lucy will get a cot, mattress and pram for the baby from the Dowsingham Baby Bank and see them set up
  in Chloe's flat.
- Lucy will complete a parenting assessment with Chloe and Jordan, adapted for Chloe's learning needs,
  by 13 February 2026 (before the birth), and share the report with them and the core group.

### Tasha Bell, family support worker, Dowsingham Family Hub

- Tasha will visit Chloe every Tuesday from 6 January 2026 until the baby is 12 weeks old to practise
  bathing, feeding and making up bottles, to see how things are going.

### Adult services

- Kev Murphy, Jordan's recovery worker at Dowsingham Drug and Alcohol Service, will drug test Jordan as
  and when needed and send the results to Lucy.
- Sarah Pike, community nurse in the Dowsingham Adult Learning Disability Team, will meet Chloe by 9
  January 2026 to make easy-read versions of this plan and of the baby care leaflets, and will give
  copies to Chloe and Lucy at that meeting.
- Ben Ashworth, Chloe's personal adviser in the Dowsingham Leaving Care Team, will help Chloe apply for a
  Sure Start Maternity Grant by 31 December 2025 and keep a copy of the application with her pathway
  plan.

## If things go wrong

If there are worries about the baby's care after the birth, or things are not going well, Lucy will
call a core group meeting so that everyone can discuss the plan and decide what needs to happen next.

## Meetings

- Core group every four weeks at Dowsingham Family Hub, Thursdays at 2pm: 8 January, 5 February and, if
  the baby has been born, 5 March 2026.
- Review child protection conference: Tuesday 10 March 2026 at 10am, Dowsingham Council House.

Plan shared with Chloe (with the easy-read version once Sarah has made it), Jordan and every agency above
on 12 December 2025.
""",
    "findings": [
        F("T002", "will drug test Jordan as and when needed"),
        F("M002", "to practise bathing, feeding and making up bottles"),
        F("T001", "will get a cot, mattress and pram for the baby"),
        F("M001", "will see Chloe at the antenatal clinic every two weeks"),
        F("C002"),
        F("R002"),
    ],
})
