"""Batch 209, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 209. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, surgeries, services, streets and councils (Cragmallow,
Chantersby, Culbrennan, Cawlestone, Coverthwaite, Clarrowfield, Chindlemere
and the others). Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without running
planlint or reading its code.

Focus: timescales and checks said in ordinary words, in templates with no
When or How columns: a plan letter to the parents, core group minutes whose
decisions read "It was agreed that ...", tables whose one "Action" or "What
will happen" cell holds everything, bullets under theme headings, narrative
paragraphs per area, and a case-system print whose only field is the task's
free text. Times are said relative to an event ("within a week of Leo
coming home", "before he is discharged", "before Ruby starts there on
Monday 19 January 2026", "the first weekend he is home after the
conference", "on any night the children are at home"), to a meeting
("before each core group", "until the review conference", "within six
weeks of the transfer-in conference"), to the school calendar ("every
Friday during term", "by February half term", "until the Easter holidays",
"starting the week after February half term"), recurring ("every evening
she works", "on any day Kai is not in school"), as a start ("from Tuesday
20 January 2026"), a duration ("for the next eight weeks", "for the first
four weeks Leo is home") or the baby's age ("until he is 12 weeks old",
"when he is 8 weeks old"); checks are someone telling someone (an e-mail
with the incident number the same day, a text on Sunday evening), a record
kept and sent (the attendance sheet sent each Friday, a childcare sheet the
grandfather signs), something seen (the red book chart, the feeding chart,
the beds made up), a test result (saliva tests, a hair strand test), the
child's own words or score to a named worker. In the plans that are not
exemplary a few times are vague ("once things have settled down", "soon",
"in due course", "as needed", "when things calm down") or absent, and a few
checks are vague ("keep an eye on", "monitor her progress", "we will know it
is working when Jade's mood improves", "to monitor progress") or absent.
Owners are named plainly, so most faults sit in time and check; every
borderline time or check was rewritten to sit clearly on one side.

1. Cragmallow (docx, exemplary): a plan letter to the parents of a baby
   born at 34 weeks and still on the special care baby unit (neglect, the
   father's cannabis use, a flat not ready): "What will happen" in one-
   sentence paragraphs under headings by when they start ("Before Leo comes
   home", "From the day Leo comes home"), each naming who, when ("within a
   week of Leo coming home", "until he is 12 weeks old") and how we will
   know (the red book chart, the feeding chart, saliva test results); the
   recovery service reports on the father's progress for the baby; the
   grandmother's nights have a fallback.
2. Chantersby (docx): core group 2 minutes for a 7-year-old and a 3-year-
   old (neglect, the mother's drinking), numbered minutes ending in "Actions
   agreed", each "It was agreed that ...". Faults: the recovery worker's
   sessions only "monitor her progress" (M002); the DSL will "keep an eye
   on" Kai (M002); a speech and language referral with no time (T001); damp
   treated "once things have settled down" (T002); football training with
   no check (M001); no fallback if the aunt or grandfather cannot help
   (C003); the review conference "to be confirmed" (R001).
3. Culbrennan (pdf, exemplary, header and footer): initial conference plan
   for an 8-year-old after domestic abuse, the mother's anxiety and
   depression under the community mental health team; under each outcome a
   two-column table (No. / Action) whose Action cell holds who, when and how
   we will know in ordinary words; the care coordinator reports on the
   mother's capacity to change and how long it may take.
4. Cawlestone (pdf, header and footer): plan for a 2-year-old and a
   5-month-old (neglect, the mother's postnatal depression, the father
   working away) in a "Worry / What will happen" table, each worry merged
   down over its actions. Faults: the
   perinatal team's visits only treat the mother (H001); Alfie's ASQ-3
   "soon" (T002); the family support worker's sessions measured by "Jade's
   mood improves" (M002); the father's weekend night feeds with no check
   (M001); an outcome about the mother only (F002); a contingency that only
   says the core group will meet to discuss (C002); no legal planning
   (R002).
5. Coverthwaite (md): review conference plan for a 3-year-old and a baby
   (neglect, arguments at home), bullets under theme headings ("Ruby's
   health", "Nursery", "Home"). Faults: a dental registration "in due course"
   (T002); the grandmother babysitting "as needed" (T002); "the family"
   making sure Ruby gets to nursery (W002); the father's cooking course with
   no check (M001); the housing officer's repair with no time (T001); and
   the children's views given only as "too young to give their views",
   with nothing observed of their days anywhere in the plan (F003). The
   contingency covers the grandmother's and the family's help failing.
6. Clarrowfield (md, exemplary): a narrative plan for a 10-year-old and a
   5-year-old (neglect, school attendance, home conditions), one paragraph
   per area, each sentence one action timed by the school calendar ("every
   Friday during term", "by February half term") and checked by a record
   someone keeps and sends; the grandfather's school runs and evenings
   have a fallback.
7. Chindlemere (txt): a case-system print of task cards (plan area and
   status, then one free-text Task field), for a 13-year-old and a 6-year-
   old (the mother's cocaine use and weekend parties, a move to
   Carvenbridge coming). Faults: the GP registration "when things calm
   down" (T002); a passive referral to the young carers' service (W001);
   the head of year's talks with Tyler with no time (T001); the family hub
   sessions "to monitor progress" (M002); the mother's promise of no
   visitors after 10pm with no check (M001); the parenting assessment
   handed to the receiving council after the transfer-in conference
   (X001); the mother's drug use with no adult service owning any action,
   as she only goes to the recovery service's group (F004).

Plans 1, 3 and 6 are exemplary: every action has a named owner, a real
timescale and a check someone can see, count or read, all in the action's
own sentence or cell; every outcome is about the child; each contingency has
specific triggers and protective responses, says what happens if a
relative's help fails, and names a legal planning meeting after named
triggers; each records the child's words or observed days, core group dates
and a dated review conference; where a parent is ill or uses drugs an adult
service owns an action, and a mental health service is asked for its view
of the parent's capacity to change.

Counting convention used for "actions" (README convention 1): each
sentence of work in a letter's or narrative plan's action section, each
"It was agreed that ..." minute under "Actions agreed", each row of an
action table (banner rows excepted), each bullet under the action section's
theme headings and each task card counts once. Background, worries, what is
going well, the children's words and days, outcomes, agency updates, the
contingency, meeting dates and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A plan letter to the parents of a baby on the special care baby unit:
#    one-sentence paragraphs under headings by when they start. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_cragmallow_icpc_plan_letter_to_parents_cole.docx",
    "doc_title": "Leo Cole - child protection plan letter to Kayleigh Cole and Dean Marsh",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-letter-to-parents-docx-letterhead-right-aligned-address-block-dear-kayleigh-and-dean-why-leo-has-a-plan-going-well-leos-days-on-the-unit-what-we-want-numbered-then-what-will-happen-one-sentence-paragraphs-under-h3-headings-by-when-they-start-no-columns-if-things-go-wrong-bullets-meetings-signed-by-sw-copies-list",
    "description": (
        "Exemplary plan letter from the social worker to the parents of a baby born at 34 weeks and "
        "still on the special care baby unit, made subject to a plan for neglect: the father smokes "
        "cannabis most nights and punched a door on the unit, the flat had no cot, and the parents "
        "visit the unit irregularly. The plan is the letter: after why Leo has a plan, what is going "
        "well, Leo's days on the unit as the nurses see them, and what we want for Leo, 'What will "
        "happen' sets out thirteen one-sentence paragraphs under headings by when they start ('Before "
        "Leo comes home', 'From the day Leo comes home'), each naming who, when ('before he is "
        "discharged', 'within a week of Leo coming home', 'every Tuesday from 16 December', 'at 8 weeks "
        "old') and how we will know (the discharge checklist, the red book chart, the feeding chart "
        "with the grandmother's initials, saliva test results, the Caring Dads register) in ordinary "
        "words, with no columns. The recovery service writes before each core group on whether the "
        "father is cutting down fast enough to care for Leo; the contingency has named triggers, a "
        "fallback if the grandmother cannot stay and a legal planning meeting; core group and review "
        "dates are set."
    ),
    "blocks": [
        ("pr", "Cragmallow Council"),
        ("pr", "Children's Services - Cragmallow Safeguarding and Family Support Team"),
        ("pr", "Civic Centre, Castle Street, Cragmallow CR1 4TD"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "12 December 2025"),
        ("p", ""),
        ("pl", "Kayleigh Cole and Dean Marsh"),
        ("pl", "Flat 3, 7 Cinder Row"),
        ("pl", "Cragmallow CR4 2QP"),
        ("p", ""),
        ("p", "Our reference: CP/25/1187 - Leo Cole, born 18/11/2025"),
        ("title", "Leo's child protection plan"),
        ("p", "Dear Kayleigh and Dean,"),
        ("p", "Thank you both for coming to Leo's initial child protection conference on Wednesday 10 December "
              "2025. The conference decided that Leo needs a child protection plan under the category of "
              "neglect. You asked me to write the plan down in ordinary words instead of sending you the form, "
              "so this letter is Leo's plan. Each paragraph under \"What will happen\" is one part of the plan "
              "and says who will do it, when, and how we will all know it has happened. The conference chair, "
              "Graham Pike, has agreed this letter as the plan, and everyone named in it has a copy."),
        ("h2", "Why Leo has a plan"),
        ("p", "Leo was born at Cragmallow General Hospital at 34 weeks and has been on the special care baby "
              "unit since. The nurses have smelt cannabis on Dean's clothes on four visits, and Dean told the "
              "conference that he smokes \"a few joints most nights to get to sleep\". On 2 December Dean "
              "shouted at a nurse and punched the door of the parents' room when he was told Leo could not "
              "come home that week; Leo was in the room. You have visited Leo on 9 of the 24 days he has been "
              "on the unit, and the nurses have had to show Kayleigh how to make up a feed three times. When I "
              "visited the flat on 5 December there was no cot, there were dirty nappies and food waste on the "
              "kitchen floor, and the flat smelt strongly of cannabis."),
        ("h2", "What is going well"),
        ("bullets", [
            "Kayleigh has done skin-to-skin with Leo at every visit, and the nurses say she is gentle and "
            "patient with him.",
            "Dean told the conference he wants to stop smoking cannabis, and he went to his first "
            "appointment at Cragmallow Recovery Service on 9 December.",
            "Kayleigh's mum, Tracey Cole, came to the conference and has offered to help with night feeds.",
            "You have both started clearing the flat, and the kitchen was clean when I called on 11 "
            "December.",
        ]),
        ("h2", "Leo's days on the unit"),
        ("p", "Leo weighed 2.1kg on 11 December. He takes 45ml of formula every three hours from a bottle and "
              "is slow to finish, so he needs a patient feeder. The nurses say he settles fastest lying on "
              "Kayleigh's chest, and that he startles and cries at sudden loud noises: on 2 December, after "
              "Dean shouted, Leo cried for twenty minutes and would not take his feed. When I held him on 8 "
              "December he turned his head towards Kayleigh's voice and quietened when she sang to him."),
        ("h2", "What we want for Leo"),
        ("numbers", [
            "Leo comes home to a clean, smoke-free flat with his own cot, and sleeps safely on his back every "
            "night.",
            "Leo is fed on time and keeps gaining weight along his centile line.",
            "Leo is cared for by parents who are not under the influence of cannabis and who do not shout or "
            "lash out around him.",
            "Someone outside the family sees Leo every week, so that any worry about him is noticed early.",
        ]),
        ("h2", "What will happen"),
        ("h3", "Before Leo comes home"),
        ("p", "Amira Choudhury (social worker) will visit the flat with both of you before Leo is discharged, "
              "to check that he has a cot with a new mattress, that the smoke alarm works and that nobody is "
              "smoking indoors, and will write what she finds on Leo's file the same day."),
        ("p", "Sister Jane Price, discharge co-ordinator on the special care baby unit, will show Kayleigh and "
              "Dean how to make up feeds and how to put Leo down to sleep safely before he is discharged, and "
              "will sign the unit's discharge checklist only when she has watched each of you do both on your "
              "own."),
        ("p", "Paul Dempsey, Cragmallow Council's housing support officer, will deliver the cot, mattress and "
              "steriliser paid for by Children's Services by Wednesday 17 December 2025, and Amira will see "
              "them set up in the flat at her visit before discharge."),
        ("h3", "From the day Leo comes home"),
        ("p", "Lucy Brennan (health visitor) will visit within a week of Leo coming home and then every week "
              "until he is 12 weeks old, weighing him at each visit and plotting his weight on the chart in "
              "his red book, which Amira will also look at when she visits."),
        ("p", "Amira will visit Leo at home every week until the review conference, with at least one visit "
              "in every three unannounced, and will see Leo awake, see where he sleeps and write up what she "
              "saw within two working days of each visit."),
        ("p", "Kayleigh will write down the time and amount of every feed on the feeding chart the unit gave "
              "her for the first four weeks Leo is home, and Lucy will go through the chart with her at each "
              "weekly visit."),
        ("p", "Kayleigh and Dean will keep the flat smoke-free from the day Leo comes home, smoking only "
              "outside the building, and Amira and Lucy will write down at every visit whether the flat "
              "smells of smoke or cannabis."),
        ("h3", "Dean's cannabis use"),
        ("p", "Jo Pritchard, Dean's recovery worker at Cragmallow Recovery Service, will see Dean every Tuesday "
              "from 16 December 2025 and do a saliva test at each session, and will write to Amira before each "
              "core group with the results and her view of whether Dean is cutting down fast enough to care "
              "for Leo safely."),
        ("p", "From the day Leo comes home, Dean will not look after Leo on his own until Jo's tests have been "
              "clear three weeks in a row, "
              "and Amira will ask Kayleigh at every visit who has cared for Leo and write down her answer."),
        ("p", "Dean will go to the Caring Dads group at Cragmallow Family Hub every Thursday evening for 12 "
              "weeks from 8 January 2026, and the group leader, Mark Tully, will send Amira the attendance "
              "register at the end of each month."),
        ("h3", "Help from Tracey (Leo's nan)"),
        ("p", "Tracey Cole will stay at the flat on Friday and Saturday nights for the first six weeks Leo is "
              "home to help with the night feeds, and will write her initials on the feeding chart next to "
              "each feed she gives."),
        ("h3", "Leo's health and your routines"),
        ("p", "Dr Helen Osei (GP, Castle Street Surgery) will do Leo's 6 to 8 week check and give his first "
              "immunisations when he is 8 weeks old, and the surgery will send a copy of the check to Lucy and "
              "Amira within a week of the appointment."),
        ("p", "Chloe Barnes (family support worker, Cragmallow Family Hub) will do six home sessions with "
              "Kayleigh and Dean on routines, crying and staying calm, every Wednesday morning from 7 January "
              "2026, and after each session will send Amira a short note of what she saw each of you do with "
              "Leo."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Leo loses weight or drops below his centile line, or two of Lucy's visits in a row are "
            "missed, Lucy will ring Amira the same day, Amira and Lucy will visit together that day, and Dr "
            "Osei will see Leo within 24 hours.",
            "If anyone smells cannabis in the flat, or finds Dean caring for Leo while under the influence, "
            "Leo and Kayleigh will go to stay with Tracey at 22 Copse Lane, Cragmallow, that day; if they "
            "cannot, Amira (or the Emergency Duty Team out of hours) will place Leo with foster carers that "
            "day.",
            "If there is shouting, pushing or any violence in the flat while Leo is there, Kayleigh will ring "
            "999, and Amira or the Emergency Duty Team will hold a strategy discussion with the police the "
            "same day.",
            "If Tracey cannot stay on a Friday or Saturday night, Kayleigh will tell Amira (or the Emergency "
            "Duty Team after 5pm) that day; Dean will not do any night feeds that night, Kayleigh will do "
            "them, and Lucy will visit the next morning to see Leo and his feeding chart.",
            "If Dean's tests have not been clear three weeks in a row by the review conference, or Leo has "
            "had to move to Tracey's or to foster carers at any point, Amira's team manager, Rachel Hughes, "
            "will hold a legal planning meeting within five working days to decide whether to start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every four weeks at Cragmallow Family Hub, 10am, on Friday 19 December 2025, Friday "
            "16 January 2026 and Friday 13 February 2026. You are both invited to every one.",
            "Review child protection conference: Tuesday 10 March 2026 at 2pm, Civic Centre, Castle Street.",
        ]),
        ("p", "If any part of this letter is not clear, please ring me on 01632 960418 and I will come and go "
              "through it with you."),
        ("p", "Yours sincerely,"),
        ("pl", "Amira Choudhury"),
        ("pl", "Social Worker, Cragmallow Safeguarding and Family Support Team"),
        ("p", ""),
        ("p", "Copies: Graham Pike (conference chair); Lucy Brennan (health visitor); Sister Jane Price "
              "(special care baby unit); Jo Pritchard (Cragmallow Recovery Service); Dr Helen Osei (Castle "
              "Street Surgery); Chloe Barnes and Mark Tully (Cragmallow Family Hub); Paul Dempsey (housing "
              "support); Tracey Cole."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 2 minutes: numbered minutes ending in "Actions agreed", each
#    minute "It was agreed that ...". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_chantersby_core_group_minutes_it_was_agreed_walsh.docx",
    "doc_title": "Core Group 2 Minutes - Kai and Ruby Walsh",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-minutes-docx-meeting-kv-numbered-h2-minutes-present-table-last-core-group-agency-updates-paragraphs-kai-and-ruby-what-we-want-then-actions-agreed-numbered-it-was-agreed-that-paragraphs-no-columns-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 7-year-old boy and his 3-year-old sister on plans for "
        "neglect: their mother drinks heavily at weekends and sleeps through Sundays, Kai arrives at "
        "school hungry and without a coat, Ruby has few words and decayed teeth, and the children's "
        "bedroom is damp. Numbered minutes (present, last core group, updates from each agency, Kai's "
        "words and Ruby's day as seen, what we want) end in 'Actions agreed', fourteen numbered "
        "minutes each reading 'It was agreed that ...', with the time and check in the sentence. "
        "Faults: the recovery worker's sessions only 'monitor her progress'; the DSL will 'keep an eye "
        "on' Kai; a speech and language referral with no time; damp treated 'once things have settled "
        "down'; Saturday football with no check; the aunt's Sundays and the grandfather's school runs "
        "with no fallback in the contingency; and the review conference 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Chantersby Borough Council, Children's Services (Chantersby North Family Safeguarding Team)"),
        ("kv", [
            ("Children", "Kai Walsh (born 03/05/2018, 7) and Ruby Walsh (born 22/09/2022, 3)"),
            ("Address", "41 Chapel Walk, Chantersby CH6 3LR"),
            ("Plan", "Child protection plans made at the initial conference on 11/12/2025 (neglect)"),
            ("Meeting", "Core group 2, Thursday 15 January 2026, 1.30pm, Chantersby Family Hub, Room 2"),
            ("Chair", "Beth Moran, social worker"),
            ("Minutes", "Sian Roberts, business support"),
        ]),
        ("h2", "1. Present and apologies"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Gemma Walsh", "Mum"],
                ["Lee Dunn", "Gemma's partner, Ruby's dad; lives at the family home"],
                ["Pete Walsh", "Gemma's dad (the children's grandad)"],
                ["Natalie Walsh", "Gemma's sister"],
                ["Beth Moran", "Social worker (chair)"],
                ["Mrs Anita Patel", "Designated safeguarding lead, Chantersby Road Primary School"],
                ["Sue Grant", "Health visitor, Chantersby Health Visiting Team"],
                ["Danny Moore", "Recovery worker, Chantersby Alcohol Service"],
                ["Hayley Fox", "Manager, Chestnut Tree Nursery"],
                ["Carl Bennett", "Housing officer, Chantersby Homes"],
                ["Apologies", "Dr Farah Qureshi (GP, Church Street Medical Centre), report sent"],
            ],
        }),
        ("h2", "2. Minutes of core group 1"),
        ("p", "The minutes of core group 1 (19/12/2025) were agreed as accurate. Beth confirmed that the "
              "section 17 payment for the children's winter coats and the new bed for Ruby were made before "
              "Christmas."),
        ("h2", "3. Updates"),
        ("p", "School (Mrs Patel): Kai's attendance this term is 88%. He has arrived without a coat on five "
              "mornings and has twice asked the lunchtime staff for extra toast at breakfast club. He is "
              "reading at the expected level and is proud of his spelling certificate."),
        ("p", "Health visiting (Sue): Ruby has about 20 words, fewer than expected at her age. Two of her "
              "front teeth are decayed, and she has been given a dental appointment for 27 January. Ruby is on "
              "the 50th centile for weight."),
        ("p", "Chantersby Alcohol Service (Danny): Gemma has been to three of her four appointments since "
              "core group 1. She says she has cut down from three bottles of wine over a weekend to one, and "
              "no longer drinks on weekdays. Danny has no test results to share yet."),
        ("p", "Nursery (Hayley): Ruby has a place at Chestnut Tree Nursery for five mornings a week, starting "
              "on Monday 2 February 2026."),
        ("p", "Housing (Carl): the damp in the children's bedroom has been reported to the repairs team, who "
              "have a long waiting list since the storms in November."),
        ("p", "Gemma and Lee: Gemma said the last month has been \"better than it's been in years\". Lee said "
              "he now does the Saturday shopping and cooks on Sundays. Pete and Natalie said they want to help "
              "more."),
        ("h2", "4. Kai and Ruby"),
        ("p", "Beth saw Kai on his own at school on 12 January. He said: \"I like it when Grandad takes me to "
              "school because we get a bacon roll on the way.\" \"Mum sleeps a lot on Sundays, so me and Ruby "
              "watch telly.\" \"Auntie Nat's house is warm and she lets me help with the dinner.\" He drew his "
              "bedroom with black spots on the wall and said \"it smells like old socks\"."),
        ("p", "At Beth's visit on 9 January, Ruby chatted to her teddy, ran to Lee when he came in from work, "
              "and ate two bowls of cereal very quickly at 11am. She pointed at the black marks by her bed and "
              "said \"yucky\"."),
        ("h2", "5. What we want for Kai and Ruby"),
        ("numbers", [
            "Kai and Ruby are cared for by an adult who is sober every day, including weekends.",
            "Kai is in school every day, on time, with a coat and a breakfast.",
            "Ruby's speech and teeth get the help they need, and she settles well at nursery.",
            "The children sleep in a warm, dry bedroom.",
        ]),
        ("h2", "6. Actions agreed"),
        ("pi", "6.1  It was agreed that Danny Moore will carry on seeing Gemma at Chantersby Alcohol Service "
               "every Monday at 11am and will monitor her progress in cutting down."),
        ("pi", "6.2  It was agreed that Gemma will not drink on any day she is looking after the children on "
               "her own, and that Lee will write on the kitchen calendar each evening whether Gemma has had a "
               "drink, which Beth will read at each visit."),
        ("pi", "6.3  It was agreed that Mrs Patel will keep an eye on Kai's uniform, lunch and tiredness every "
               "school day."),
        ("pi", "6.4  It was agreed that the school office will ring Gemma by 9.30am on any day Kai is not in "
               "school, and that Mrs Patel will send Beth the attendance sheet every Friday during term."),
        ("pi", "6.5  It was agreed that Sue Grant will refer Ruby to the Chantersby speech and language therapy "
               "team and send Beth a copy of the referral."),
        ("pi", "6.6  It was agreed that Gemma will take Ruby to her appointment at the Chantersby Community "
               "Dental Service on 27 January 2026, and that the dentist's letter will be sent to Sue."),
        ("pi", "6.7  It was agreed that Hayley Fox will visit Ruby at home before she starts at Chestnut Tree "
               "Nursery on 2 February 2026, and will send Beth the nursery's \"All about me\" form filled in "
               "with Gemma by the end of that week."),
        ("pi", "6.8  It was agreed that, from 2 February 2026, Hayley will let Beth know by phone the same day if "
               "Ruby has not arrived at nursery by 9.30am on any of her five mornings."),
        ("pi", "6.9  It was agreed that Carl Bennett will get the damp in the children's bedroom treated once "
               "things have settled down with the repairs team, and will send Gemma and Beth a copy of the "
               "completed job sheet."),
        ("pi", "6.10  It was agreed that Pete Walsh will take Kai to school every Monday, Wednesday and Friday "
               "morning, and that the school office will note on the register who brought him in."),
        ("pi", "6.11  It was agreed that Natalie Walsh will have Kai and Ruby at her house every Sunday from 10am "
               "to 4pm, and will text Beth each Sunday evening to say when the children arrived and went "
               "home."),
        ("pi", "6.12  It was agreed that Lee will take Kai to Chantersby Juniors football training every Saturday "
               "morning."),
        ("pi", "6.13  It was agreed that Beth will visit the children at home every two weeks, with one "
               "unannounced visit each month, and see Kai on his own at school once a month, writing up each "
               "visit within two working days."),
        ("pi", "6.14  It was agreed that Beth will complete the Graded Care Profile 2 with Gemma and Lee by 13 "
               "February 2026 and share the scores at the next core group."),
        ("h2", "7. Contingency"),
        ("p", "If Gemma is found drunk while she is looking after the children, or the children are found at home "
              "without a sober adult, the police will be called and Lee will take over the children's care; if "
              "Lee is not there, Beth (or the Emergency Duty Team) will place Kai and Ruby with foster carers "
              "the same day, and Beth's manager, Owen Price, will hold a legal planning meeting within five "
              "working days. If Kai misses three days of school without a reason, Beth will visit the family "
              "the same day."),
        ("h2", "8. Next meetings"),
        ("bullets", [
            "Next core group: Thursday 12 February 2026, 1.30pm, Chantersby Family Hub, and every four weeks "
            "after that.",
            "Review child protection conference: date to be confirmed by the Conference and Review Service.",
        ]),
        ("p", "Minutes typed by Sian Roberts on 16 January 2026 and checked by Beth Moran. Copies to everyone "
              "present and to Dr Qureshi."),
    ],
    "findings": [
        F("M002", "Danny Moore will carry on seeing Gemma at Chantersby Alcohol Service"),
        F("M002", "Mrs Patel will keep an eye on Kai's uniform"),
        F("T001", "Sue Grant will refer Ruby to the Chantersby speech and language"),
        F("T002", "Carl Bennett will get the damp in the children's bedroom treated"),
        F("M001", "Lee will take Kai to Chantersby Juniors football training"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for an 8-year-old after domestic abuse: under
#    each outcome a two-column table (No. / Action) whose one Action cell
#    holds who, when and how we will know. Header and footer. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_culbrennan_icpc_outcome_tables_single_action_cell_quinn.pdf",
    "doc_title": "Child Protection Plan - Maisie Quinn",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Culbrennan Council Children's Services · Child protection plan",
    "footer": "Maisie Quinn · ICPC 07/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-kv-why-maisie-has-a-plan-three-houses-in-her-words-what-laura-says-going-well-then-h2-per-outcome-each-over-a-two-column-no-action-table-whose-one-action-cell-holds-who-when-and-how-we-will-know-in-sentences-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for an 8-year-old girl who rang 999 herself when her father "
        "pushed her mother against a wall and threw a chair; he is on bail not to come to the house, "
        "and her mother has anxiety and depression under the community mental health team and is "
        "struggling to get Maisie to school. After Maisie's Three Houses in her own words, her mother's "
        "view and what is going well, the plan is three outcome headings, each over a two-column "
        "table (No. / Action) with no Who, When or How column: each Action cell holds who will do it, "
        "when ('every week for eight weeks from Monday 12 January', 'every Friday during term', "
        "'starting after February half term', 'by the Monday after') and how we will know (a signed "
        "safety plan, the register, contact records, a feelings score, a wet-night chart) in "
        "sentences. The care coordinator writes on the mother's capacity to change and how long it "
        "may take; the contingency has bail, violence and illness triggers, an aunt and a foster "
        "placement, and a legal planning meeting after named triggers; core group and review dates "
        "are set; a header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Culbrennan Council Children's Services. Agreed at the initial child protection conference on "
              "Wednesday 7 January 2026 at Culbrennan Town Hall, chaired by Patricia Nwosu. The plan is set out "
              "under the three outcomes the conference agreed for Maisie; each action says in its own words "
              "who will do it, when, and how we will know it has been done."),
        ("kv", [
            ("Child", "Maisie Quinn, born 14/06/2017 (8), Year 4, Culbrennan Primary School"),
            ("Lives with", "Laura Quinn (Mum, 34), 16 Coral Close, Culbrennan CB3 7NS"),
            ("Father", "Craig Quinn (37), staying with his mother in Culbrennan; on police bail not to contact "
                       "Laura or go to Coral Close until 20/02/2026"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Nadia Farouk, Culbrennan Family Safeguarding Team (team manager: Ian Castle)"),
        ]),
        ("h1", "Why Maisie has a plan"),
        ("p", "On 19 December 2025 the police were called to 16 Coral Close after Craig pushed Laura against the "
              "kitchen wall and threw a chair. Maisie was on the stairs and rang 999 herself. It was the third "
              "time the police had been called to the house in 2025 (March and September before). Craig was "
              "arrested and charged with assault and is on bail. Laura has anxiety and depression and has had "
              "a care coordinator at Culbrennan Community Mental Health Team since 2024. Since December she has "
              "found it very hard to get out of the house in the mornings: Maisie was late to school nine "
              "times in December, and she has started wetting the bed again."),
        ("h1", "What Maisie says"),
        ("p", "Maisie talked to Nadia on her own at school on 5 January 2026, using the Three Houses."),
        ("bullets", [
            "House of worries: \"When Dad shouts my tummy goes tight and I hide on the stairs.\" \"I rang the "
            "police because Mum was crying and Dad wouldn't stop.\" \"Sometimes Mum can't get up and I make "
            "my own breakfast.\"",
            "House of good things: \"Mum does my hair in plaits and we watch Bake Off.\" \"My best friend is "
            "Ava and we do gymnastics on Saturdays.\"",
            "House of dreams: \"Dad says sorry and we go to the park, but he doesn't live with us.\" \"I want "
            "to not be late so I don't miss golden time.\"",
        ]),
        ("p", "Maisie said she would like to see her dad \"if someone is there\". She scored how safe she feels "
              "at home now as 7 out of 10, and 2 out of 10 \"when Dad was there\"."),
        ("h1", "What Laura says"),
        ("p", "\"I want Maisie to feel safe and not have to look after me. I know my anxiety makes the mornings "
              "hard, and I'll do whatever helps. I don't want Craig back.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Laura supported Craig's arrest and has kept to the bail arrangements.",
            "Maisie is doing well at school when she is there and has a close friend in her class.",
            "Laura has kept every appointment with her care coordinator since the summer.",
            "Laura's sister, Kelly Hanlon, lives nearby and has offered to have Maisie in an emergency.",
        ]),
        ("h1", "The plan"),
        ("h2", "Outcome 1: Maisie is safe at home and does not see or hear violence between the adults in "
               "her life."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.4, 15.6],
            "rows": [
                ["1.1", "Priya Shah, independent domestic violence adviser at Culbrennan Domestic Abuse Service, "
                        "will meet Laura every week for eight weeks from Monday 12 January 2026 to draw up a "
                        "safety plan for Laura and Maisie. She will send Nadia a copy of the signed safety plan "
                        "by Friday 23 January 2026, and a short note after each session."],
                ["1.2", "PC Tom Fletcher, Culbrennan Police domestic abuse officer, will e-mail Nadia the same "
                        "day if the police are called to 16 Coral Close or Craig breaks his bail conditions, "
                        "giving the incident log number."],
                ["1.3", "Jean Ward, contact supervisor at Culbrennan Family Centre, will supervise Maisie's time "
                        "with her dad every Saturday from 10am to 12 noon, starting on 17 January 2026. She will "
                        "send Nadia a written record of each contact, with what Maisie said and did, by the "
                        "Monday after."],
                ["1.4", "Craig will go to the Culbrennan Change Programme for men who have been abusive every "
                        "Tuesday evening for 26 weeks from 27 January 2026. The programme worker, Steve Holden, "
                        "will send Nadia a written progress report before each core group."],
                ["1.5", "Nadia Farouk will see Maisie on her own every two weeks until the review conference, "
                        "alternately at home and at school. She will write Maisie's own words and her worry score "
                        "(0 to 10) in the visit record within two working days of each visit."],
            ],
        }),
        ("h2", "Outcome 2: Maisie is cared for by a mum who is well enough to get her up, fed and to school "
               "on time every day."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.4, 15.6],
            "rows": [
                ["2.1", "Owen Harris, Laura's care coordinator at Culbrennan Community Mental Health Team, will "
                        "see Laura every two weeks. By Friday 27 February 2026 he will write to Nadia with his "
                        "view of whether Laura's anxiety and depression are improving enough for her to manage "
                        "Maisie's mornings, what still needs to change and how long that is likely to take."],
                ["2.2", "Dr Sunita Kaur (GP, Cedar Lane Surgery) will review Laura's medication with her by "
                        "Friday 30 January 2026, and will write to Owen and Nadia with any change the same week."],
                ["2.3", "Laura will get Maisie to Culbrennan Primary School by 8.50am every school day. The "
                        "school office records the time Maisie arrives on the register."],
                ["2.4", "Mrs Claire Dunn, designated safeguarding lead at Culbrennan Primary School, will e-mail "
                        "Nadia every Friday during term with Maisie's attendance and late marks for the week, and "
                        "will ring Nadia by 10am on any day Maisie is not in school and Laura has not called."],
                ["2.5", "Ruth Mason, family support worker at Culbrennan Family Hub, will visit at 7.30am on "
                        "Tuesdays and Thursdays for six weeks from 13 January 2026 to help Laura and Maisie set "
                        "up a morning routine. At each visit she will tick the routine chart on the fridge with "
                        "them, and she will send Nadia a photo of the chart every other Friday."],
            ],
        }),
        ("h2", "Outcome 3: Maisie can talk about what happened at home, sleeps through the night, and knows "
               "who to tell if she is frightened."),
        ("table", {
            "header": ["No.", "Action"],
            "widths": [1.4, 15.6],
            "rows": [
                ["3.1", "Mrs Dunn will run six \"Feelings Detectives\" sessions with Maisie on Wednesday "
                        "afternoons from 14 January 2026. She will record Maisie's own score on the school's "
                        "feelings scale at the first and the sixth session and send both scores to Nadia."],
                ["3.2", "Zara Lee, children's worker at Culbrennan Domestic Abuse Service, will see Maisie for "
                        "eight one-to-one sessions on Thursdays after school, starting the week after February "
                        "half term. She will send Nadia a summary of what Maisie says about home and her own "
                        "safety plan after the fourth and the eighth sessions."],
                ["3.3", "Beth Kerr, school nurse, will see Maisie about her bed-wetting by Friday 6 February "
                        "2026 and give Laura a wet-night chart; Laura will bring the filled-in chart to each core "
                        "group."],
                ["3.4", "Laura will go to the Culbrennan Moving On group for women every Monday morning for 12 "
                        "weeks from 2 February 2026, and the group leader will send Nadia a note of her "
                        "attendance every four weeks."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig comes to Coral Close, or contacts Laura or Maisie outside supervised contact, Laura will "
            "ring 999. The police will attend, and Nadia (or the Emergency Duty Team out of hours) will hold a "
            "strategy discussion with the police the same day.",
            "If Laura lets Craig back into the house, or Maisie tells anyone she has seen or heard violence at "
            "home, Maisie will stay that night with her aunt, Kelly Hanlon, at 9 Cressy Road, Culbrennan; if "
            "Kelly cannot have her, Nadia or the Emergency Duty Team will find Maisie a foster placement that "
            "night.",
            "If Laura becomes too unwell to get out of bed and care for Maisie, Laura or Ruth will ring Owen "
            "(or the Culbrennan crisis team out of hours) the same day, and Nadia will visit that day to see "
            "Maisie and agree with Laura who will care for her until Laura is well enough.",
            "If Craig breaks his bail or comes to the house, if Laura lets him back in, or if Maisie is late or "
            "absent on more than five days in a half term, Ian Castle (team manager) will hold a legal planning "
            "meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Culbrennan Primary School, 3.30pm: Wednesday 21 January 2026, "
            "Wednesday 18 February 2026 and Wednesday 18 March 2026.",
            "Review child protection conference: Tuesday 31 March 2026 at 10am, Culbrennan Town Hall.",
        ]),
        ("p", "Plan sent to Laura, to Craig (the parts about contact and his programme), and to every worker "
              "named in it on 9 January 2026. Nadia went through the plan with Maisie at school on 9 January "
              "2026, using her own copy with pictures."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan for a 2-year-old and a baby in a "Worry / What will happen" table,
#    the worry merged down over its actions and each "What will happen" cell
#    holding who, when and how. Header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_cawlestone_icpc_worry_what_will_happen_merged_pearson.pdf",
    "doc_title": "Child Protection Plan - Alfie and Poppy Pearson",
    "split": "heldout",
    "actions": 11,
    "min_pages": 2,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE · Cawlestone Borough Council · Children's Services",
    "footer": "Alfie and Poppy Pearson · Child protection plan · ICPC 12/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-family-kv-why-we-are-worried-alfie-and-poppys-day-parents-views-going-well-what-we-want-numbered-then-two-column-worry-what-will-happen-table-worry-merged-down-over-its-actions-everything-else-in-the-what-will-happen-cell-then-contingency-paragraph-meetings",
    "description": (
        "Initial conference plan for a 2-year-old boy and his 5-month-old sister (neglect): their "
        "mother has postnatal depression and is sometimes still in bed at 11am with both children "
        "unfed, the baby has dropped from the 25th to the 9th centile, the boy was found on the "
        "communal landing in a nappy, and their father works away on the railways from Monday to "
        "Friday. The children's day as the health visitor and social worker see it, the parents' views "
        "and outcomes come before a two-column 'Worry / What will happen' table, the worry merged down "
        "over its actions and each 'What will happen' cell holding who, when and how in ordinary "
        "words. Faults: the perinatal team's visits only support and treat the mother; the boy's ASQ-3 "
        "'soon'; the family support worker's visits measured by 'Jade's mood improves'; the father's "
        "weekend night feeds with no check; an outcome about the mother only; a contingency that only "
        "calls an early core group to discuss; and no legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cawlestone Borough Council, Children's Services - Cawlestone East Family Safeguarding Team. "
              "Initial child protection conference held on Monday 12 January 2026 at the Council Offices, "
              "Canal Street, Cawlestone, chaired by Martin Ogden."),
        ("kv", [
            ("Children", "Alfie Pearson, born 08/10/2023 (2), and Poppy Pearson, born 20/07/2025 (5 months)"),
            ("Address", "Flat 14, Carlton House, Cawlestone CW2 8RB"),
            ("Parents", "Jade Pearson (26) and Ryan Pearson (29). Ryan works for a rail maintenance "
                        "contractor and is away from Monday morning to Friday evening."),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Sam Whitfield"),
            ("Health visitor", "Karen Lyons, Cawlestone Health Visiting Service"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Jade has had postnatal depression since Poppy was born and is seen by the Cawlestone perinatal "
              "mental health team. On 24 November 2025 a neighbour found Alfie on the communal landing in a "
              "wet nappy and no shoes; Jade was asleep. On two visits in December Karen found Jade in bed at "
              "11am, with neither child fed that morning. Poppy's weight has dropped from the 25th to the 9th "
              "centile since October. Alfie has a handful of words and has not had his two-year check. During "
              "the week Jade has no other adult in the flat."),
        ("h1", "Alfie and Poppy's day"),
        ("p", "On Sam's visit on 8 January at 10am, Alfie was in yesterday's clothes and brought his empty "
              "cup to Sam, saying \"milk\". He played happily with his cars on the floor and kept going back to "
              "the bedroom door to look at his mum. Poppy was in her cot, awake and quiet, and smiled and kicked "
              "when Alfie came to the side of the cot. Karen saw Poppy feed hungrily and fast when Jade gave her "
              "a bottle. Jade says Alfie cries at the door every Sunday evening when Ryan leaves."),
        ("h1", "What Jade and Ryan say"),
        ("p", "Jade said: \"I love them more than anything. Some days I just can't lift my head off the pillow.\" "
              "Ryan said: \"I can't give up the job, it's the only money coming in. I'll do what I can at "
              "weekends.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade has kept every appointment with the perinatal team since November.",
            "Both children are warm and loved, and Alfie is affectionate with his sister.",
            "Ryan does all the care at weekends and took Poppy to her immunisations himself.",
        ]),
        ("h1", "What we want"),
        ("numbers", [
            "Poppy is fed on time and gets back to her 25th centile line.",
            "Alfie is up, dressed and fed every morning, and is never out of the flat on his own.",
            "Alfie's speech is checked and he gets help if he needs it, including a nursery place.",
            "Jade feels more confident as a mum and her mood lifts.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Worry", "What will happen"],
            "widths": [4.2, 12.8],
            "rows": [
                ["Poppy is not gaining weight and is not always fed on time",
                 "Karen Lyons (health visitor) will visit every week until Poppy is back on the 25th centile, "
                 "weigh her at each visit and plot the weight on the chart in her red book, and will e-mail the "
                 "weight to Sam the same day."],
                [V,
                 "Jade will write each of Poppy's feeds in the feeding diary Karen gave her, from today until the "
                 "review conference, and will show the diary to Karen at every visit."],
                [V,
                 "Ryan will do Poppy's night feeds on Friday and Saturday nights when he is home."],
                ["Jade's low mood means the children are sometimes left unfed and on their own",
                 "Dr Imran Saleem (Cawlestone perinatal mental health team) will see Jade every two weeks for "
                 "support and treatment of her postnatal depression, and will record each appointment in her "
                 "notes."],
                [V,
                 "Leanne Grice (family support worker, Cawlestone Family Hub) will visit Jade three mornings a "
                 "week for the next eight weeks to help her get the children up, dressed and fed. We will know "
                 "it is working when Jade's mood improves."],
                [V,
                 "Dr Paul Hughes (GP, Cawlestone Medical Practice) will review Jade's antidepressants with her "
                 "by Friday 23 January 2026 and write to Sam and the perinatal team with the outcome."],
                ["Alfie's speech, development and safety",
                 "Karen will do an ASQ-3 developmental check with Alfie soon and share the scores with Sam and "
                 "the nursery."],
                [V,
                 "Sam Whitfield (social worker) will apply for Alfie's funded two-year-old place at Cawlestone "
                 "Children's Centre nursery by Friday 30 January 2026, and a copy of the nursery's offer letter "
                 "will go on Alfie's file."],
                [V,
                 "Nicola Berry (nursery manager, Cawlestone Children's Centre) will e-mail Sam Alfie's nursery "
                 "register every Friday from the week he starts, and will ring Sam the same day if he is not "
                 "brought to a session."],
                [V,
                 "Ryan will fit a safety gate in the hall and a high chain on the front door the first weekend "
                 "he is home after the conference, and Sam will check both are in place at her next visit."],
                ["Nobody outside the family sees the children often enough",
                 "Sam will visit Alfie and Poppy at home every week until the review conference, at least once "
                 "on a weekday morning, and write down in her visit record what the children were wearing, "
                 "whether they had been fed and what they were doing."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve for Alfie and Poppy, or there are any further concerns, Sam will arrange "
              "an early core group meeting so that everyone can discuss what should happen next."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: Monday 26 January 2026 at 10am, Cawlestone Family Hub, then every four weeks (Monday "
            "23 February and Monday 23 March 2026).",
            "Review child protection conference: Tuesday 7 April 2026 at 1.30pm, Council Offices, Canal "
            "Street.",
        ]),
        ("p", "Plan sent to Jade, Ryan and all the professionals named in it on 13 January 2026."),
    ],
    "findings": [
        F("H001", "will see Jade every two weeks for support and treatment"),
        F("M002", "visit Jade three mornings a week for the next eight weeks"),
        F("M001", "Ryan will do Poppy's night feeds on Friday and Saturday nights"),
        F("T002", "will do an ASQ-3 developmental check with Alfie soon"),
        F("F002", "Jade feels more confident as a mum and her mood lifts"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan for a 3-year-old and a baby: bullets under theme
#    headings, each bullet saying who, when and how in its own words. Faulty
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_coverthwaite_rcpc_bullets_under_theme_headings_atkinson.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-bold-field-lines-since-the-first-conference-still-worried-going-well-childrens-views-one-line-too-young-outcomes-numbered-then-the-plan-bullets-under-h3-theme-headings-ruby-health-nursery-home-help-from-lynn-arguments-seeing-the-children-each-bullet-who-when-how-in-words-then-if-things-go-wrong-meetings",
    "description": (
        "Plan after the first review conference for a 3-year-old girl and her 10-month-old brother "
        "(neglect): a cluttered, unsafe home with the stair gate off its fixing and a broken back door "
        "lock, the girl's decayed teeth with neither child registered with a dentist, a missed health "
        "review, and loud arguments between the parents that neighbours reported to the police. The "
        "plan is bullets under theme headings, each saying who, when and how we will know in ordinary "
        "words ('before Ruby starts at nursery on Monday 19 January', 'every Saturday from 10am to "
        "3pm', 'the nursery register will show'). Faults: dental registration 'in due course'; the "
        "grandmother babysitting 'as needed'; 'the family' making sure Ruby gets to nursery; the "
        "father's cooking course with no check; the housing officer's repairs with no time; and the "
        "children's views given only as 'too young to give their views', with nothing seen of their "
        "days anywhere in the plan."
    ),
    "text": """\
# Coverthwaite Council Children's Services

## Child protection plan after the first review conference

**Children:** Ruby Atkinson (born 14/03/2022, 3) and Noah Atkinson (born 02/03/2025, 10 months)
**Parents:** Danielle Atkinson (24) and Josh Atkinson (27), 31 Crane Walk, Coverthwaite CV7 2LJ
**Paternal grandmother:** Lynn Atkinson, 6 Crane Street, Coverthwaite
**Category:** Neglect (both children)
**Review conference:** Thursday 8 January 2026, Coverthwaite House; chair Alan Fairbairn
**Decision:** Ruby and Noah stay on child protection plans.
**Social worker:** Jess Ward, Coverthwaite Children's Safeguarding Team (team manager: Priya Raman)
**Health visitor:** Emma Hart, Coverthwaite Health Visiting Team

## What has happened since the first conference

The first conference was on 9 October 2025. Since then Danielle and Josh have come to both core
groups and kept most appointments. The police were called by neighbours on 2 November 2025 after a
loud argument late at night; no one was hurt, and Josh stayed at his mother's for two nights. The
home was cluttered and dirty on three of Jess's six visits. Noah's 8-month health review was missed
twice, and Ruby has four decayed teeth.

## What we are still worried about

- The stair gate has come away from the wall and the back door lock is broken, so the stairs and the
  garden are not safe for a toddler and a baby who has started to crawl.
- Neither child is registered with a dentist.
- Danielle and Josh still argue loudly, and the police were called in November.
- Meals are not regular: there was no food in the fridge on two visits in December.

## What is going well

- Danielle has kept Noah's immunisations up to date.
- Josh has found work at Coverthwaite Market four days a week.
- Lynn sees the family most days and has offered more help.
- Danielle and Josh both say they want the plan to work and the arguments to stop.

## Ruby and Noah's views

Ruby and Noah are too young to give their views.

## What we want for Ruby and Noah

1. Ruby and Noah live in a clean, safe home with a working stair gate and a back door that locks.
2. Ruby's teeth are treated, and both children see a dentist and have every health review on time.
3. Ruby goes to nursery every weekday morning.
4. Ruby and Noah do not hear or see their parents shouting at each other.

## The plan

### Ruby's health

- Danielle will register Ruby and Noah with a dentist in due course and show Jess the registration
  letter.
- Emma Hart (health visitor) will see Noah for his missed 8-month review at Coverthwaite Health
  Centre by Friday 30 January 2026, and will give Jess the results of his development check the same
  week.
- Emma will visit every two weeks until the next review conference to weigh both children and look at
  Ruby's teeth, and will record what she finds in each child's red book.

### Nursery

- Jess Ward (social worker) will go with Danielle to visit Coverthwaite Community Nursery before Ruby
  starts there on Monday 19 January 2026, and will send the nursery's signed registration form to the
  core group.
- The family will make sure Ruby gets to nursery by 9am every weekday morning, which the nursery
  register will show.
- Mrs Carol Hollins (nursery manager) will send Jess Ruby's attendance every Friday, and will ring Jess
  the same day if Ruby has not arrived by 9.30am.

### Home

- Darren Price (housing officer, Coverthwaite Homes) will repair the stair gate fixing and the back
  door lock, and leave a copy of the job card with Danielle.
- Josh will go to the Cook and Eat course at Coverthwaite Family Centre every Tuesday evening for six
  weeks from 13 January 2026.

### Help from Lynn

- Lynn Atkinson will babysit Ruby and Noah as needed, to give Danielle a break, and
  will write the dates she has had them on the calendar in the kitchen.
- Lynn will have Ruby and Noah at her house every Saturday from 10am to 3pm, and will text Jess on the
  Saturday evening to say what time the children arrived and went home.

### Arguments

- Danielle and Josh will go to the "Calmer Homes" course at Coverthwaite Family Centre on arguing in
  front of children every Thursday evening for eight weeks from 15 January 2026, and the course worker,
  Kieran Doyle, will send Jess their attendance after each session.

### Seeing the children

- Jess will visit every two weeks until the next review conference, with at least one unannounced visit
  each month, and will record in her visit record the state of the home and whether the stair gate is
  fixed and in use.

## If things go wrong

- If the police are called to another argument at home, or Jess or Emma find the stair gate down or
  the back door open with the children downstairs, Jess (or the Emergency Duty Team) will visit the same
  day and Ruby and Noah will stay with Lynn at 6 Crane Street until a strategy discussion has been held
  the next working day.
- If Lynn or anyone else in the family cannot take Ruby to nursery, babysit or have the children on a
  Saturday as agreed, Danielle will ring Jess that day: Jess will arrange for the Coverthwaite Community
  Nursery minibus to collect Ruby, or book a place at the Coverthwaite Family Centre creche so Danielle
  can get to an appointment; if the children need to leave home and Lynn cannot have them, Jess or
  the Emergency Duty Team will find a foster placement the same day.
- If the police are called to the home again, or Ruby has missed more than five nursery sessions
  without a reason by the next core group, Priya Raman (team manager) will hold a legal planning meeting
  within ten working days.

## Meetings

- Core group every six weeks at Coverthwaite Family Centre, 10am: Thursday 22 January 2026, Thursday 5
  March 2026, Thursday 16 April 2026 and Thursday 28 May 2026.
- Next review child protection conference: Thursday 2 July 2026 at 2pm, Coverthwaite House.

Plan typed by Jess Ward on 9 January 2026 and sent to Danielle, Josh, Lynn and everyone named in it.
""",
    "findings": [
        F("T002", "Danielle will register Ruby and Noah with a dentist"),
        F("T002", "Lynn Atkinson will babysit Ruby and Noah as needed"),
        F("W002", "The family will make sure Ruby gets to nursery"),
        F("M001", "Josh will go to the Cook and Eat course"),
        F("T001", "will repair the stair gate fixing and the back door lock"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A narrative plan: one paragraph per area under "What will happen", each
#    sentence one action timed by the school calendar and checked by a
#    record someone keeps and sends. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_clarrowfield_icpc_narrative_paragraph_per_area_holt.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-narrative-details-bold-lines-why-there-is-a-plan-what-mia-and-theo-say-what-stacey-says-working-well-outcomes-numbered-then-what-will-happen-one-paragraph-per-area-under-h3-each-sentence-one-action-with-who-when-how-in-words-school-calendar-times-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old girl and her 5-year-old brother (neglect): "
        "their mother, a single parent working evening shifts at a care home, has left them alone in "
        "the evenings with Mia minding Theo, attendance has fallen to 79% and 71%, the house is "
        "cluttered, the children have head lice and sleep on one mattress. Mia's and Theo's own words "
        "and their mother's come before 'What will happen', written as one paragraph per area "
        "(getting to school, food and the house, evenings, Mia's worries, Stacey's part), each "
        "sentence one action naming who, when ('every Friday during term', 'by February half term', "
        "'until the Easter holidays', 'every evening she works') and how we will know (the attendance "
        "sheet, a childcare sheet the grandfather signs, a worry score, a head-lice check on the "
        "school health record). The grandfather's school runs and evenings have a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Clarrowfield City Council - Children's Services

## Child protection plan: Mia and Theo Holt

This plan was agreed at the initial child protection conference on Tuesday 13 January 2026 at
Clarrowfield Civic Hall, chaired by Veronica Adeyemi. It is written in paragraphs, as Stacey asked,
but every sentence under "What will happen" is one part of the plan and says who will do it, when
and how we will all know it has been done.

**Children:** Mia Holt (born 02/11/2015, 10), Year 6, and Theo Holt (born 19/05/2020, 5), Reception,
both at Clarrowfield Park Primary School
**Mum:** Stacey Holt (33), 8 Chestnut Row, Clarrowfield CL4 6DE
**Grandad:** Ken Holt (Stacey's dad, 64), Flat 2, 41 Calder Road, Clarrowfield (ten minutes' walk)
**Category:** Neglect (both children)
**Social worker:** Hannah Price, Clarrowfield Family Safeguarding Team (team manager: Lorraine Dixon)

## Why there is a plan

Stacey works evening shifts at Clarrowfield Court Care Home. Since October, Mia and Theo have been
left on their own on some evenings while she is at work, with Mia looking after Theo; a neighbour
found them alone at 10pm on 18 December 2025 and rang the police. Mia's attendance this school year
is 79% and Theo's 71%, mostly from late starts and Mondays. The house is very cluttered, there is
often little food in, both children have had head lice since November, and they share one mattress
on the bedroom floor.

## What Mia and Theo say

Hannah saw Mia on her own at school on 9 January 2026. Mia said: "I look after Theo when Mum's at
work. I put CBeebies on and make him toast." "I get scared when it's dark and someone knocks, so we
hide under the duvet." "I like going to Grandad's because he makes a proper tea." She wants "a bed
each" and to "not get told off for being late". She scored how safe she feels at home at night as 4
out of 10.

Theo drew his house for Hannah and put Mia "in charge" of the bedroom. He said: "Mia's the boss at
night." "Grandad does fish fingers." He told his teacher that his head is "itchy all the time".

## What Stacey says

"I work nights because that's the only shifts they'd give me, and I need the money. I never thought
anything would happen, Mia's sensible. I know it's not right and I want to sort it. I'm just
exhausted."

## What is working well

- Stacey came to the conference and agreed every part of the plan.
- Ken is close to the children and has offered to help with school runs and evenings.
- Mia is doing well in her lessons and is a reading buddy for younger children.
- Stacey's manager at the care home has agreed to look at her shifts.

## What we want for Mia and Theo

1. Mia and Theo are always looked after by an adult in the evenings and at night, and Mia does not
   have to care for Theo.
2. Both children are in school on time every day, and their attendance is above 95% by the end of
   the summer term.
3. The children have a bed each, clean bedding, regular meals and no head lice.
4. Mia has someone to talk to about her worries and feels safe at home at night.

## What will happen

### Getting to school

Stacey will walk Mia and Theo to Clarrowfield Park Primary School every school day so that they are
in by 8.45am, and the school office will log the time they arrive on the attendance sheet that Mr
Reid sends to Hannah each Friday. Ken Holt will do the school run on Tuesdays and Thursdays, when
Stacey starts at the care home early, from Tuesday 20 January 2026, and the school office will write
on the same attendance sheet who brought the children in. Mr Gary Reid, the school's designated
safeguarding lead, will ring Stacey by 9.15am on any day Mia or Theo is not in school, and will
e-mail Hannah every Friday during term with both children's attendance and late marks for the week.
Miss Anna Lowe, Theo's Reception teacher, will send home a reading book every Monday during term and
check Theo's reading record every Friday, and will give Mr Reid the number of times Theo read at home
for his Friday e-mail to Hannah.

### Food, beds and the house

Hannah Price will go through the house with Stacey by Friday 30 January 2026 to agree a written list
of jobs, and at every visit after that she will tick on the list in her visit record which jobs are
done. Julie Mann, family support worker at Clarrowfield Family Hub, will spend two hours with Stacey
every Wednesday morning for eight weeks from 21 January 2026 on meal planning, shopping on a budget
and keeping on top of the washing, and will send Hannah a short note after each visit saying what
food was in the cupboards and what meals were planned. Hannah will apply to the Clarrowfield
Household Support Fund for two beds and bedding by Friday 23 January 2026, and will see the beds made
up in the children's room at her first home visit after February half term. Rachel Green, the school
nurse, will treat both children's head lice with Stacey at home by Friday 23 January 2026 and check
their hair again two weeks later, writing the result of each check on the school health record.

### Evenings and nights

Stacey will make sure an adult looks after Mia and Theo every evening she works, and will text
Hannah her rota and the name of the adult for each shift every Sunday evening. Ken will have Mia and
Theo at his flat on Monday and Wednesday evenings while Stacey is at work, from Monday 19 January
2026 until the review conference, and will sign the childcare sheet Stacey keeps in the kitchen,
which Hannah reads at each visit.

### Mia's worries

Mr Reid will arrange for Mia to see the school's learning mentor, Mrs Preet Kaur, every Tuesday after
lunch from 20 January 2026 until the Easter holidays, and Mrs Kaur will note Mia's own worry score (0
to 10) at each session and send the scores to Hannah at the end of each half term. Hannah will see
Mia and Theo on their own every two weeks until the review conference, once at school and once at
home, and will write down what each child says in her visit record within two working days.

### Stacey's part

Stacey will go to the Clarrowfield Family Hub "Positive Routines" parenting group every Thursday
morning from 22 January 2026 until the Easter holidays, and the group worker, Colin Ashby, will send
Hannah a record of her attendance by February half term and again at the end of the spring term.

## If things go wrong

If Mia or Theo is found at home without an adult in the evening or at night, or Stacey cannot say
who is caring for them, Hannah (or the Emergency Duty Team) will go to the house that evening and the
children will stay with Ken that night; if Ken cannot have them, Hannah or the Emergency Duty Team
will find them a foster placement that night.

If Ken cannot do a school run, Stacey will take the children herself and start her shift late, as her
manager has agreed. If Ken cannot have the children on a Monday or Wednesday evening, Stacey will not
work that shift and will tell Hannah by 3pm that day.

If either child's attendance is below 90% at the end of the spring term (27 March 2026), or the
children are left without an adult in the evening again, Lorraine Dixon (team manager) will hold a
legal planning meeting within ten working days.

## Meetings

- Core group every four weeks at Clarrowfield Park Primary School, Mondays at 3.30pm: 26 January, 23
  February and 23 March 2026.
- Review child protection conference: Thursday 9 April 2026 at 10am, Clarrowfield Civic Hall.

Plan sent to Stacey, Ken and everyone named in it on 15 January 2026. Hannah read the parts about
school and evenings with Mia on 16 January 2026, and Mia chose the picture on her copy.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A case-system print of task cards whose only field is the task's free
#    text (no When or How fields). Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b209_chindlemere_case_print_free_text_task_cards_brooks.txt",
    "split": "heldout",
    "actions": 12,
    "template": "cp-plan-case-system-print-txt-childview-banner-dot-leader-details-reason-childrens-views-parents-views-strengths-outcomes-transfer-note-then-task-cards-n-of-12-plan-area-and-status-with-one-free-text-task-field-holding-who-when-how-then-contingency-review-fields",
    "description": (
        "Case-system print of an initial conference plan for a 13-year-old boy and his 6-year-old "
        "sister (neglect): their mother uses cocaine and drinks at weekends with friends in the flat, "
        "Tyler makes Lily's tea and puts her to bed, and the family plans to move to another council in "
        "March. After dot-leader details, the children's and mother's views, strengths, outcomes and a "
        "transfer note, the plan is twelve task cards with a plan area and a status but one free-text "
        "Task field holding who, when and how we will know. Faults: GP registration 'when things calm "
        "down'; a passive referral to the young carers' service; the head of year's talks with Tyler "
        "with no time; the family hub sessions only 'to monitor progress'; the mother's promise of no "
        "visitors after 10pm with no check; the parenting assessment handed to the receiving council "
        "after the transfer-in conference; and the mother's drug use with no adult service owning any "
        "action (she only goes to the recovery service's group)."
    ),
    "text": """\
ChildView  |  Chindlemere Council Children's Services           Printed 16/01/2026 09:42
CHILD PROTECTION PLAN - PRINT VIEW                               Printed by: LKAYE
==========================================================================================

Family .............. BROOKS (case ref 6618204)
Children ............ Tyler BROOKS, born 09/09/2012 (13), Year 8, Chindlemere Academy
                      Lily BROOKS, born 27/04/2019 (6), Year 1, Chindlemere Infant School
Address ............. 22 Copper Street, Chindlemere CH9 4AW
Parent .............. Kerry BROOKS (35), mother
Grandmother ......... Pat BROOKS (61), 4 Cole Street, Chindlemere
Plan start .......... 15/01/2026 (initial child protection conference)
Category ............ Neglect (both children)
Social worker ....... Lisa Kaye, Chindlemere Central Safeguarding Team
Team manager ........ Tom Grady
Chair ............... Angela Whitmore

REASON FOR PLAN
------------------------------------------------------------------------------------------
Kerry told the conference that she uses cocaine "at weekends, with friends" and drinks when
she does. Neighbours have reported loud parties at the flat on Friday and Saturday nights
since September. On 14/12/2025 the police attended at 2am after a fight on the landing and
found Tyler (13) looking after Lily while adults were drinking in the living room. Tyler's
attendance has dropped to 83% and he has fallen asleep in lessons. Lily has been late to
school on 11 occasions this term. The family are not registered with a GP since moving to
Chindlemere in 2024.

CHILDREN'S VIEWS
------------------------------------------------------------------------------------------
Tyler (seen alone by Lisa at school, 12/01/2026): "I do Lily's tea and put her to bed when
Mum's got people round. I don't mind, but I'm knackered at school." "Mum's fine in the week.
It's just weekends." "Don't move me away from my mates."
Lily (seen at home with Tyler nearby, 12/01/2026): "Mummy's friends are loud, so I put my
pillow on my ears." She drew Tyler holding her hand and said "Tyler makes the best beans."

PARENT'S VIEWS
------------------------------------------------------------------------------------------
Kerry: "I'm a good mum in the week. The weekends got out of hand and I know that. I'm moving
to Carvenbridge to be near my sister and get away from the people round here."

STRENGTHS
------------------------------------------------------------------------------------------
- Kerry is open about her drug use and agreed to a hair strand test.
- Tyler and Lily are close, and Lily is happy and settled at school.
- Pat Brooks sees the children most weeks and has offered to have them in an emergency.

OUTCOMES
------------------------------------------------------------------------------------------
O1  Tyler and Lily are cared for by a sober adult every night, including weekends.
O2  Tyler does not have to look after Lily at night, and he is in school every day and
    awake in lessons.
O3  Lily gets to school on time every day.
O4  The children are registered with a GP and their health needs are met.

TRANSFER NOTE
------------------------------------------------------------------------------------------
Kerry plans to move with the children to Carvenbridge (Carvenbridge Metropolitan Borough
Council) in March 2026. Chindlemere will keep the plan until Carvenbridge holds a transfer-in
conference, which must be within 15 working days of the move.

TASKS (12)
==========================================================================================

TASK 1 of 12                            Plan area: Seeing the children       Status: OPEN
Task:
  Lisa Kaye (social worker) will see Tyler and Lily on their own every two weeks until the
  review conference, at least once after 6pm on a Friday or Saturday, and will record what
  each child says in a case note within two working days of each visit.
------------------------------------------------------------------------------------------
TASK 2 of 12                            Plan area: Health                    Status: OPEN
Task:
  Kerry will register herself, Tyler and Lily with a GP in Chindlemere when things calm
  down, and will give Lisa the registration letters.
------------------------------------------------------------------------------------------
TASK 3 of 12                            Plan area: Tyler                     Status: OPEN
Task:
  A referral will be made to Chindlemere Young Carers for Tyler by 06/02/2026, and the
  acceptance letter will be placed on file.
------------------------------------------------------------------------------------------
TASK 4 of 12                            Plan area: Tyler                     Status: OPEN
Task:
  Mr Dave Fenwick (Head of Year 8, Chindlemere Academy) will talk with Tyler about how
  things are at home and write what Tyler says on the school's safeguarding log, copying
  it to Lisa.
------------------------------------------------------------------------------------------
TASK 5 of 12                            Plan area: Lily                      Status: OPEN
Task:
  Mrs Jan Price (Lily's class teacher, Chindlemere Infant School) will e-mail Lisa every
  Friday during term with Lily's attendance and late marks and anything Lily has said
  about home that week.
------------------------------------------------------------------------------------------
TASK 6 of 12                            Plan area: Home and routines         Status: OPEN
Task:
  Sarah Doyle (family support worker, Chindlemere Family Hub) will do a home session with
  Kerry on routines and bedtimes for Lily every Monday evening for eight weeks from
  19/01/2026 to monitor progress.
------------------------------------------------------------------------------------------
TASK 7 of 12                            Plan area: Home and routines         Status: OPEN
Task:
  Kerry will not have friends back to the flat after 10pm on any night the children are at
  home, starting from Friday 16/01/2026.
------------------------------------------------------------------------------------------
TASK 8 of 12                            Plan area: Kerry's drug use          Status: OPEN
Task:
  Lisa Kaye will arrange a hair strand test for Kerry by 13/02/2026 and share the result
  with Kerry and at the next core group.
------------------------------------------------------------------------------------------
TASK 9 of 12                            Plan area: Kerry's drug use          Status: OPEN
Task:
  Kerry will go to the Chindlemere Recovery Service open access group every Wednesday
  morning from 21/01/2026, and will bring the signed attendance slip to Lisa's visits.
------------------------------------------------------------------------------------------
TASK 10 of 12                           Plan area: Safety                    Status: OPEN
Task:
  PC Andy Moss (Chindlemere neighbourhood policing team) will e-mail Lisa by the next
  working day about any police call to 22 Copper Street, with the incident number.
------------------------------------------------------------------------------------------
TASK 11 of 12                           Plan area: Transfer                  Status: OPEN
Task:
  The parenting assessment of Kerry will be started by Carvenbridge Children's Services
  within six weeks of the transfer-in conference, and the assessment report will be sent
  to Kerry and to Tom Grady.
------------------------------------------------------------------------------------------
TASK 12 of 12                           Plan area: Transfer                  Status: OPEN
Task:
  Lisa Kaye will send the case records and this plan to Carvenbridge Children's Services
  by 20/02/2026, and will ring their duty team manager the same week to confirm they have
  arrived, recording the call in a case note.
------------------------------------------------------------------------------------------

CONTINGENCY
------------------------------------------------------------------------------------------
Trigger:  The police are called to the flat, Kerry is found under the influence while she
          is the only adult caring for the children, or Tyler or Lily say they were left to
          look after themselves at night.
Response: Lisa (or the Emergency Duty Team) visits the same day and the children stay with
          Pat Brooks at 4 Cole Street; if Pat cannot have them, Lisa or the Emergency Duty
          Team finds a foster placement that day. A strategy discussion with the police is
          held the same day.
Legal:    If the hair strand test shows regular cocaine use and Kerry has not started at the
          recovery service group by the first core group, or the police are called to the
          flat again, Tom Grady will hold a legal planning meeting within five working days,
          whether or not the family has moved.

REVIEW
------------------------------------------------------------------------------------------
Core group ............ Every four weeks, Thursdays 4pm, Chindlemere Academy: 29/01/2026,
                        26/02/2026
Review conference ..... 02/04/2026, 10am, Chindlemere Council House (kept as booked if the
                        family has not moved by then)
Transfer-in ........... Carvenbridge to hold within 15 working days of the move

*** END OF PRINT ***
""",
    "findings": [
        F("T002", "register herself, Tyler and Lily with a GP in Chindlemere"),
        F("W001", "A referral will be made to Chindlemere Young Carers for Tyler"),
        F("T001", "will talk with Tyler about how things are at home"),
        F("M002", "do a home session with Kerry on routines and bedtimes"),
        F("M001", "Kerry will not have friends back to the flat after 10pm"),
        F("X001", "The parenting assessment of Kerry will be started by Carvenbridge"),
        F("F004"),
    ],
})
