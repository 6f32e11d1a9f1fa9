"""Batch 212, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 212. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, surgeries, pharmacies, hospitals, services, charities, police
forces and councils (Barnholme, Birkwater, Bowmerstead, Brynhafod,
Blandersby, Brantingfield, Bellsworth, Brackstone and the places and
services in them). Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: good plans written in unusual ways, in every part. Five of the seven
plans are exemplary, each written the way a particular council, service or
worker writes rather than in the usual template: outcomes as a "What will
be different" sentence opening each part of a letter, as needs a case
system words for the baby, as a "So that ..." column and an outcome under
each worry, as goals in the family's own words with "By the review ..."
sentences, and as a line per part of a bilingual outline; owners as "I" in
a letter the social worker signs, named parents addressed as "you", a
relative introduced once ("Granny Pat", "Nana Mo"), initials in a key,
roles and teams, lead-ins over lettered lists, and the agents of passive
sentences; times as school days and terms, the baby's age, recurrences,
start dates, events and meetings; checks as someone telling, sending,
showing or seeing something, records kept and shared, results, and the
child's own account to a named worker; the child's voice as a drawing
described, a baby's cues as her carers see them, a young person's own
words section, a day in the life, and a quote box; contingencies as
"If ... then ..." lines, a trigger table, a "plan B" per arrangement, a
paragraph, and questions and answers; review arrangements in a closing
paragraph, a page footer and a details box, a table, and a header box.
The two plans that are not exemplary hold a handful of realistic faults
each, among much good practice.

1. Barnholme (docx, exemplary): the social worker's plan letter to the
   parents of a 7-year-old and a 3-year-old after their initial conference
   (neglect; the father's drinking; the maternal grandmother helping on
   school mornings). "I" is the social worker who signs the letter, and
   named parents are "you"; each of four parts opens with "What will be
   different: ..." for the children; Lily's drawing is described; the
   recovery service reports on the father's capacity to change; "If ...
   then ..." lines, with a plan B for the grandmother; meetings in the
   closing paragraph.
2. Birkwater (pdf, header and footer, exemplary): case-system print of an
   initial conference plan for a 7-week-old baby (the mother's postnatal
   depression, the father on nights, the paternal grandmother staying
   over), owners as initials in a key, times by the baby's age and by
   stage, evidence as results and records; "Rosie's cues, as the people
   who care for her see them"; a trigger / response / who contingency
   table; core group and review dates in a details box and every page's
   footer; the perinatal mental health team and the parent-infant
   therapist report on the mother's capacity to change.
3. Bowmerstead (md, exemplary): first review conference minutes for a
   13-year-old young carer and her 8-year-old brother (the mother's
   bipolar disorder after a hospital admission, an aunt who has them
   when the mother is unwell), "Ellie's own words" written by Ellie, then
   an outcome under each worry and a "What will happen / Who / When / So
   that ... / We'll know because" table; a "Plan A / Plan B" table for each
   arrangement; the care coordinator reports on the mother's relapse risk
   and capacity to change; meetings in a table.
4. Brynhafod (txt, exemplary): a Welsh council's bilingual plan, headings
   and field labels in Welsh and English, for a 9-year-old and a
   5-year-old after domestic abuse by the younger child's father; a header
   box with the meeting dates; "A day in Osian's life"; a numbered outline
   whose lead-ins ("2.1 Sioned Prys, social worker, will:") own lettered
   items with "From / Check" lines; a contingency paragraph with a
   fallback for the grandfather's school collections.
5. Blandersby (docx, exemplary): a child protection plan built from a
   family group conference for a 5-year-old and a 10-month-old after the
   father bruised his son: a details box with the meetings, Jayden's words
   in a quote box, goals in the family's words each with a "By the review
   ..." sentence, and work set out as cards two to a row, owned by
   relatives introduced once in a network table, the parents and the
   agencies, some in the passive with their agents; "What if ...?"
   questions and answers as the contingency, with a fallback for every
   relative's part.
6. Brantingfield (pdf, header and footer): review conference plan for an
   11-year-old and a 7-year-old (the mother's depression and anxiety, the
   grandfather doing school runs) in a "No. / Worry / What will happen /
   Lead / Timescale / Evidence of progress" table. Faults: the talking
   therapy service's CBT only treats the mother, measured by attendance
   (H001); the young carers' assessment "As soon as possible" (T002);
   "All professionals" sharing concerns (W002); the family support
   worker's sessions measured by "Kasia's engagement" (M002); an outcome
   about the mother's mood and confidence only (F002); and no fallback
   if the grandfather cannot do the school runs (C003).
7. Bellsworth (md): core group minutes with an action log for a
   6-year-old and a 2-year-old whose family is moving to Brackstone (the
   father's cocaine use, the mother's worry about money). Faults: the
   parenting assessment handed to the receiving council "within four
   weeks of the transfer-in conference" (X001); a passive speech and
   language referral with no owner (W001); the nursery's daily notes with
   no check (M001); the dental registration with no time (T001); the
   father's cocaine use with no adult service owning an action (F004);
   and the review conference "to be arranged by Brackstone" (R001).

Plans 1 to 5 are exemplary: every action has a named owner however it is
said, a real timescale and something that can be seen, counted or read;
every outcome, wherever it is placed and however it is worded, is about the
children; each contingency has specific triggers and concrete protective
responses and says what happens if a relative's help fails; each records
the children's words or observed days, core group dates or frequency and a
dated review conference, and a legal planning meeting after named triggers;
where a parent drinks or is unwell an adult service owns an action, and
any adult mental health service is asked to report on the parent's
capacity to change and how long it is likely to take. The two other plans
hold 12 expected findings between them (6 and 6).

Counting convention used for "actions" (README convention 1): each bullet
of a letter's parts, each row of an action table (header rows excepted),
each lettered item under a lead-in and each card counts once, whatever
number of sentences it holds. Details boxes, keys, who's who and network
tables, worries, what is going well, the children's words and drawings,
the baby's cues, outcomes and goals (whatever they are called), the
contingency (in any form), meeting dates, minutes' discussion, done items
and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's plan letter to the parents: "I" is the social worker
#    who signs it, named parents are "you"; each part opens with "What will
#    be different". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_barnholme_plan_letter_what_will_be_different_ferris.docx",
    "doc_title": "Letter to Kirsty and Craig Ferris - Lily and Alfie's child protection plan",
    "split": "tune",
    "actions": 14,
    "template": "plan-letter-to-parents-docx-signed-by-sw-i-is-the-sw-named-parents-addressed-as-you-why-there-is-a-plan-lilys-drawing-described-alfies-days-at-nursery-going-well-then-four-parts-each-opening-what-will-be-different-sentence-then-bullets-with-owner-time-check-in-the-sentence-then-if-then-lines-closing-paragraph-with-meetings",
    "description": (
        "Exemplary plan written as the social worker's letter to the parents of a 7-year-old and a "
        "3-year-old after their initial conference (neglect: the father drinks 8 to 10 cans most "
        "evenings, the police were called when he was drunk and shouting, Lily was found making "
        "Alfie's toast at 10pm, the children late and hungry, the boiler broken). 'I' is the social "
        "worker who signs the letter and named parents are addressed as 'you'; each of four parts "
        "opens with 'What will be different: ...' for the children, then bullets that give owner, "
        "time and check in the sentence (the school and nursery sending registers, Granny Pat "
        "texting, the recovery service sending attendance and breath tests, a checklist scored "
        "together, the ELSA sending Lily's worry scale). Lily's drawing of her house is described and "
        "Alfie's days at nursery observed. The recovery worker reports on the father's capacity to "
        "change and how long it will take; the contingency is 'If ... then ...' lines with a plan B "
        "if Granny Pat cannot help and a legal planning meeting after named triggers; the closing "
        "paragraph gives the core group and review conference dates."
    ),
    "blocks": [
        ("pr", "Family Safeguarding Team"),
        ("pr", "Barnholme Borough Council Children's Services"),
        ("pr", "Barnholme Civic Centre, Bridge Street, Barnholme BH1 4AA"),
        ("pr", "Telephone 01632 960418"),
        ("pr", "15 January 2026"),
        ("p", ""),
        ("pl", "Kirsty and Craig Ferris"),
        ("pl", "22 Linnet Way"),
        ("pl", "Barnholme BH3 7QS"),
        ("p", ""),
        ("p", "Dear Kirsty and Craig,"),
        ("boldp", "Lily and Alfie's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Tuesday 13 January. As you "
              "know, the conference decided that Lily (7) and Alfie (3) need a child protection plan under the "
              "category of neglect. I said I would write the plan down for you in a letter, in plain words, so "
              "here it is. Everyone at the conference has a copy."),
        ("p", "In this letter \"I\" means me, Jo Petrie, your social worker. Where one of you is asked to do "
              "something I have used your name, and where it is both of you I have said so. Each part of the plan "
              "starts with what will be different for Lily and Alfie, and then says who will do what, when, and "
              "how we will all know it has happened."),
        ("h2", "Why Lily and Alfie have a plan"),
        ("p", "Since Craig lost his job at Barnholme Quarry last spring he has been drinking 8 to 10 cans of lager "
              "most evenings, and more at weekends. On 31 October a neighbour called the police because Craig was "
              "shouting in the street; when the officers came in, Lily was standing on a chair at the toaster at "
              "10pm making toast for Alfie, and Craig was asleep on the sofa. Lily has been late to school 19 "
              "times this term and often tells her teacher she has had no breakfast. Alfie's nursery has seen "
              "him in the same clothes for several days, with a bad nappy rash. The boiler has not worked since "
              "November. Kirsty, you work early shifts at the Barnholme Co-op and told the conference you had "
              "not realised how much Craig was drinking; Craig, you said you \"want to sort it\"."),
        ("h2", "What Lily and Alfie have shown and told us"),
        ("p", "When I saw Lily at school on 9 January she drew a picture called \"my house\". She drew herself in "
              "the kitchen, standing on a chair by the toaster, with Alfie beside her and the word \"HUNGRY\" in a "
              "speech bubble. She drew Daddy lying on the sofa with lots of small cans around him, and Mummy in a "
              "box at the top of the page marked \"at work\". She coloured all the windows blue and told me \"it's "
              "cold in our house\". In the corner she drew Granny Pat's red car and said \"Granny's is warm and "
              "she does pancakes\". When I asked what she would wish for, she said: \"that Daddy doesn't do the "
              "cans and Mummy's home in the mornings\"."),
        ("p", "Alfie does not use many words yet. At nursery his key person, Tasha, sees him eat a second "
              "breakfast most days and fall asleep in the book corner by 10am. He runs to Granny Pat at pick-up "
              "time. When I visited on 12 January he brought me his shoes, pointed at the door and said "
              "\"Granny car\"."),
        ("h2", "What is going well"),
        ("bullets", [
            "You both love Lily and Alfie, and they love you; Lily told me Daddy \"does the best voices\" at "
            "story time when he hasn't had cans.",
            "You both came to the conference and agreed to every part of this plan.",
            "Granny Pat (Patricia Dunne, Kirsty's mum) sees the children most days and has offered to help "
            "with the school run.",
            "Craig has not had a drink for four days and went to the Barnholme Recovery Service drop-in on "
            "12 January.",
        ]),
        ("h2", "Part 1: Getting to school and nursery"),
        ("p", "What will be different: by the Easter holidays Lily and Alfie get to school and nursery on time "
              "every day, washed, in clean clothes and having had breakfast."),
        ("bullets", [
            "Kirsty, you will take Lily to Barnholme Brook Primary and Alfie to Bluebell Day Nursery every "
            "Monday, Wednesday and Friday, arriving by 8.45am; the school and nursery registers, which Mrs Okoye "
            "and Tasha send me each Friday, will show it.",
            "Granny Pat has agreed to collect the children at 7.45am every Tuesday and Thursday, when Kirsty is "
            "on the early shift, give them breakfast at her house and take them to school and nursery; she will "
            "text me each of those mornings once they are in, and the registers will show it too.",
            "Mrs Okoye, the Designated Safeguarding Lead at Barnholme Brook Primary, will check in with Lily at "
            "the classroom door at 8.45am each school day and ask what she has had for breakfast, write Lily's "
            "answer on CPOMS, and send me the week's notes every Friday.",
            "Tasha Greene, Alfie's key person at Bluebell Day Nursery, will write down each day what time Alfie "
            "arrives, whether he is clean and in clean clothes, and any mark or sore she sees, and e-mail me the "
            "week's sheet every Friday.",
        ]),
        ("h2", "Part 2: Evenings, bedtimes and Craig's drinking"),
        ("p", "What will be different: every evening Lily and Alfie are looked after by a parent who is sober, "
              "they have their tea by 5.30pm and are in bed by 7.30pm, and Lily no longer has to look after "
              "Alfie."),
        ("bullets", [
            "Craig, you have agreed not to drink any alcohol at any time when you are looking after Lily or Alfie "
            "on your own, every day from today; Kirsty will tell me at each of my visits whether this has held, "
            "and Lily's own account to me when I see her alone will tell me too.",
            "Craig, you will go to a key-work session with Dev Sandhu at Barnholme Recovery Service every "
            "Wednesday at 10am from 14 January, and take a breath test each time; Dev will send me your "
            "attendance and test results at the end of each month.",
            "Dev Sandhu, your recovery worker at Barnholme Recovery Service, will complete a full assessment of "
            "Craig's drinking by 13 February and write to me and the core group by 26 February saying what has "
            "changed, whether Craig can make the changes Lily and Alfie need, and how long that is likely to "
            "take; he will write again a week before the review conference.",
            "Kirsty and Craig, you will both fill in the evening chart I gave you (tea time, bath, story and "
            "bedtime for each child) every evening from 15 January, and show it to me at each visit so that I "
            "can check it against what Lily tells me.",
        ]),
        ("h2", "Part 3: A warm home with food in it"),
        ("p", "What will be different: by the first core group Lily and Alfie come home to a warm house, with "
              "food in the cupboards for their tea and clean clothes ready for the next day."),
        ("bullets", [
            "Barnholme Homes' repairs team will mend the boiler by 30 January; I will check at my next visit "
            "after that date that the heating and hot water work, and write it in my visit notes.",
            "Bryony Hale, family support worker at Barnholme Family Hub, will come to your home every Thursday "
            "at 10am for ten weeks from 15 January to work with you both on a weekly meal plan for the children, "
            "shopping on a budget and a washing routine; you and Bryony will score the home checklist together "
            "at the first, fifth and tenth sessions, and she will send me the scores.",
            "I will apply to the Barnholme Household Support Fund for food vouchers and new bedding for the "
            "children by 23 January, and give you a copy of the decision letter on my next visit after it "
            "arrives.",
        ]),
        ("h2", "Part 4: Lily's worries and Alfie's talking"),
        ("p", "What will be different: Lily stops worrying about looking after Alfie and has someone at school she "
              "can talk to, and Alfie's talking and play catch up with other children of his age."),
        ("bullets", [
            "Miss Sadie Lomas, the school's emotional literacy support assistant, will see Lily for six sessions "
            "on Monday afternoons from 19 January to 23 February; Lily will fill in her worry scale at the first "
            "and last sessions, and Miss Lomas will send me both, with Lily's own words.",
            "Nadia Crewe, your health visitor, will do Alfie's development check (ASQ-3) at home by 13 February, "
            "refer him to speech and language therapy if his scores show he needs it, and send me the scores "
            "and a copy of any referral.",
            "I will visit you every week until the review conference, every other visit unannounced and one in "
            "four after 5pm, and see Lily and Alfie on their own each time; I will write down what they say and "
            "what I see, and you will get a copy of my visit notes within a week.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "We talked about these at the conference and you both agreed to them."),
        ("bullets", [
            "If Craig has been drinking while he is looking after the children on his own, then whoever finds "
            "this (Kirsty, Granny Pat or any professional) rings me, or the Emergency Duty Team on 01632 960999 "
            "out of hours; Granny Pat collects Lily and Alfie and they stay at her house that night, and I hold "
            "a strategy discussion with the police the same or the next working day.",
            "If Granny Pat cannot have the children that night, then I (or the Emergency Duty Team) will place "
            "them with emergency foster carers that night, together.",
            "If Granny Pat cannot do a Tuesday or Thursday morning, then Kirsty starts work late (her manager at "
            "the Co-op has agreed this); if that is not possible, Lily and Alfie go to the school's breakfast club "
            "at 8am, where Mrs Okoye has kept them a place that I will pay for.",
            "If Lily or Alfie is not in school or nursery by 9.30am and you have not rung in, then Mrs Okoye or "
            "Tasha rings Kirsty, and if there is no answer by 10am rings me; I will visit that day.",
            "If Lily tells anyone she has had to look after Alfie on her own, or either child has an injury that "
            "nobody can explain, then that person rings me or the Emergency Duty Team straight away, and I will "
            "hold a strategy discussion with the police that day.",
            "If by the core group on 26 February Craig has missed two sessions in a row, a breath test shows he "
            "has been drinking while caring for the children, or the children's attendance is below 90%, then my "
            "manager, Martin Coyle, will hold a legal planning meeting within 10 working days to decide whether "
            "to start the pre-proceedings stage of the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("p", "The core group (both of you, me, Mrs Okoye, Tasha, Bryony, Dev and Nadia) will meet every four "
              "weeks at Barnholme Family Hub at 1.30pm, on 29 January, 26 February and 26 March 2026, and go "
              "through this plan part by part. Your review child protection conference will be on Thursday "
              "9 April 2026 at 10am at Barnholme Civic Centre; Lily can send her views, or a new drawing, with "
              "me. If anything in this letter is wrong or unclear, please ring me on 01632 960418."),
        ("p", "Yours sincerely,"),
        ("p", "Jo Petrie"),
        ("pl", "Social Worker, Family Safeguarding Team (team manager: Martin Coyle)"),
        ("pl", "Barnholme Borough Council Children's Services"),
        ("p", ""),
        ("p", "Copies to: Mrs Adaeze Okoye (Barnholme Brook Primary); Tasha Greene (Bluebell Day Nursery); Bryony "
              "Hale (Barnholme Family Hub); Dev Sandhu (Barnholme Recovery Service); Nadia Crewe (health "
              "visitor); Dr Hannah Bird (GP, Barnholme Health Centre); Patricia Dunne; Ruth Alder (conference "
              "chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print of an initial conference plan for a 7-week-old baby:
#    owners as initials in a key, times by the baby's age and by stage,
#    evidence as results and records, a trigger table; meetings in a
#    details box and every page's footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_birkwater_case_print_baby_age_key_initials_quinlan.pdf",
    "doc_title": "BeaconView print - Child Protection Plan - Rosie Quinlan",
    "split": "tune",
    "actions": 12,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Birkwater City Council · BeaconView print · QUINLAN, Rosie (ID 4471032)",
    "footer": "Core group every 3 weeks from 20/01/2026 · Review conference 07/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-paged-header-footer-with-meeting-dates-details-box-key-of-worker-initials-why-rosies-cues-as-carers-see-them-table-going-well-then-one-table-per-outcome-for-rosie-ref-task-who-initials-when-by-babys-age-or-stage-evidence-then-contingency-table-trigger-what-happens-who-rings",
    "description": (
        "Exemplary initial conference plan, printed from an invented case system, for a 7-week-old "
        "baby whose mother has postnatal depression (she stopped her sertraline and told the health "
        "visitor Rosie 'would be better off without me'), whose weight has dropped from the 25th to "
        "the 9th centile, and whose father works nights while his mother stays over. Owners are "
        "initials explained in a key; times are the baby's age, stages and recurrences ('when Rosie "
        "is 8 weeks old', 'weekly until Rosie is 16 weeks old', 'every feed, from 13/01/2026'); "
        "evidence is weights in the red book, signed charts, a GP letter, pharmacy records and "
        "written reports. 'Rosie's cues, as the people who care for her see them' is her voice. The "
        "perinatal mental health team and the parent-infant therapist report on the mother's "
        "capacity to change and the likely timescale; the GP owns actions. The contingency is a "
        "trigger / what happens / who rings table with a fallback for the grandmother's nights and a "
        "legal planning meeting after named triggers; core group and review dates are in a details "
        "box and every page's footer."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "BeaconView | Birkwater City Council Children's Social Care | Printed 15/01/2026 14:22 by AHADDAD"),
        ("table", {
            "rows": [
                ["Child", "Rosie QUINLAN, born 24/11/2025 (7 weeks at conference), ID 4471032"],
                ["Address", "Flat 3, 41 Beacon Road, Birkwater BW2 5LT"],
                ["Lives with", "Chloe Quinlan (mother, 24) and Dan Reilly (father, 27)"],
                ["Plan type", "Initial child protection plan. Category: neglect"],
                ["Conference", "Initial child protection conference, 13/01/2026. Chair: Beverley Ansah"],
                ["Core group", "Every 3 weeks at Birkwater Children's Centre, 2pm: 20/01/2026, 10/02/2026, "
                               "03/03/2026, 24/03/2026"],
                ["Review conference", "07/04/2026, 10am, Birkwater Civic Offices"],
                ["Team", "Birkwater Infant and Family Team (team manager: Paul Sefton)"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h2", "Key to the people in this plan"),
        ("p", "BeaconView prints the person responsible for each task by their initials. They are:"),
        ("table", {
            "header": ["Initials", "Name and role"],
            "widths": [2.4, 14.6],
            "rows": [
                ["AH", "Amira Haddad, social worker, Birkwater Infant and Family Team"],
                ["PS", "Paul Sefton, team manager, Birkwater Infant and Family Team"],
                ["JO", "Jenna Oduya, health visitor, Birkwater 0-19 Service"],
                ["GA", "Grace Adeyemi, community perinatal mental health nurse, Birkwater Perinatal Mental "
                       "Health Service"],
                ["LM", "Dr Lena Morrow, consultant perinatal psychiatrist, Birkwater Perinatal Mental Health "
                       "Service"],
                ["OB", "Dr Omar Baig, GP, Birkwater Health Centre"],
                ["RC", "Ruth Castle, parent-infant therapist, Birkwater Parent-Infant Partnership"],
                ["CQ", "Chloe Quinlan, Rosie's mum"],
                ["DR", "Dan Reilly, Rosie's dad"],
                ["MR", "Maureen Reilly, Dan's mum (\"Nana Mo\")"],
            ],
        }),
        ("h2", "Why Rosie has a plan"),
        ("p", "Chloe has postnatal depression, diagnosed by Dr Baig on 15/12/2025. She stopped taking her sertraline "
              "after a week because it made her feel sick. On 06/01/2026 she told Jenna that she felt \"numb\" and "
              "that Rosie \"would be better off without me\"; she said she had thought about walking out and "
              "leaving Rosie in the flat. Rosie was born on the 25th centile and is now on the 9th. Jenna found "
              "her asleep on the sofa cushions beside Chloe at 11am on 06/01/2026. Dan works nights (Monday to "
              "Thursday) at the Birkwater distribution centre, and Chloe has been on her own with Rosie on those "
              "nights. Chloe has no history of harming anyone, and she agreed to every part of this plan."),
        ("h2", "Rosie's cues, as the people who care for her see them"),
        ("p", "Rosie cannot tell us how her days are, so the people who care for her told the conference what they "
              "see her do and what they think it means."),
        ("table", {
            "header": ["Who sees it", "What Rosie does", "What they think she is telling them"],
            "widths": [3.4, 7.0, 6.6],
            "rows": [
                ["Dan", "Roots and sucks her fists about 20 minutes before she cries for a feed",
                 "\"She's hungry, and if you catch it then she feeds better.\""],
                ["Nana Mo", "Goes stiff, turns her head away and hiccups when the telly is loud or too many "
                            "people hold her", "\"She's had enough, she wants her basket and a quiet room.\""],
                ["Chloe", "Cries for a long time in the evening and Chloe cannot settle her",
                 "\"I don't know what her cries mean. I think she doesn't like me.\""],
                ["Jenna (HV)", "Watches Chloe's face and goes quiet when Chloe talks to her; fed 60ml, then "
                               "fell asleep before finishing", "Rosie is looking for her mum and responds to her; "
                                                               "she tires during feeds and needs smaller, more "
                                                               "frequent bottles"],
                ["Amira (SW)", "Settled in under two minutes on Dan's chest on 12/01/2026; cried when put on the "
                               "sofa", "Rosie is calmed by being held close and needs a safe place to sleep"],
            ],
        }),
        ("h2", "What is going well"),
        ("bullets", [
            "Chloe went back to Dr Baig herself on 08/01/2026 and has started a new prescription.",
            "Dan and Nana Mo know Rosie's cues well and Rosie settles quickly with them.",
            "Dan's manager has agreed to move him to day shifts from 02/02/2026.",
            "Everyone at the conference saw how much Chloe wants to get better for Rosie.",
        ]),
        ("h2", "Outcome 1: Rosie is fed when she is hungry and grows well"),
        ("p", "What we want for Rosie: by the time she is 16 weeks old (16/03/2026) her weight is back on the 25th "
              "centile."),
        ("table", {
            "header": ["Ref", "Task", "Who", "When", "Evidence"],
            "widths": [1.2, 6.2, 1.4, 3.8, 4.4],
            "rows": [
                ["1.1", "Home visit to weigh Rosie and watch a whole feed", "JO",
                 "Weekly until Rosie is 16 weeks old (16/03/2026), then every 2 weeks to the review conference",
                 "Weight plotted in the red book and on BeaconView; copy of the centile chart sent to AH after "
                 "each visit"],
                ["1.2", "Write the time and amount of every feed on the feed chart (Nana Mo writes it on the "
                        "nights she stays)", "CQ and DR", "Every feed, from 13/01/2026",
                 "Chart read by JO at each weekly visit; photo of the week's chart sent to AH every Friday"],
                ["1.3", "Rosie's 8-week baby check and first immunisations, and Chloe's postnatal check at the "
                        "same appointment", "OB", "When Rosie is 8 weeks old (booked for 21/01/2026)",
                 "Red book entries; Dr Baig's letter to AH and JO within a week of the appointment"],
            ],
        }),
        ("h2", "Outcome 2: Every night Rosie is cared for by an adult who is well, awake to her cues and sleeps "
               "her safely"),
        ("table", {
            "header": ["Ref", "Task", "Who", "When", "Evidence"],
            "widths": [1.2, 6.2, 1.4, 3.8, 4.4],
            "rows": [
                ["2.1", "Stay overnight at the flat on the nights Dan works and do Rosie's night feeds", "MR",
                 "Every Monday to Thursday night until Dan starts day shifts on 02/02/2026",
                 "Night feed chart signed by MR each morning; AH reads it at each visit"],
                ["2.2", "Move to day shifts and do Rosie's night feeds from Friday to Sunday", "DR",
                 "Night feeds every Friday, Saturday and Sunday from 16/01/2026; day shifts from 02/02/2026",
                 "Letter from Dan's employer confirming the day-shift rota, given to AH by 02/02/2026; night "
                 "feed chart"],
                ["2.3", "Safe sleep check of Rosie's Moses basket and cot, and talk through with Chloe, Dan and "
                        "Nana Mo why Rosie must not sleep on the sofa", "JO",
                 "At the next visit (by 20/01/2026) and again when Rosie is 12 weeks old",
                 "Safe sleep checklist signed by each adult and scanned to BeaconView"],
                ["2.4", "Home visits seeing Rosie awake and being handled; one visit in three unannounced and at "
                        "least one a fortnight after 7pm", "AH", "Weekly until the review conference",
                 "Visit record on BeaconView within 48 hours, saying what Rosie did and who was caring for her"],
            ],
        }),
        ("h2", "Outcome 3: Rosie's cries and cues are noticed and answered by a mum who is well enough to "
               "enjoy her"),
        ("table", {
            "header": ["Ref", "Task", "Who", "When", "Evidence"],
            "widths": [1.2, 6.2, 1.4, 3.8, 4.4],
            "rows": [
                ["3.1", "Home visits to Chloe and a medication review with Dr Morrow; a written view on how "
                        "Chloe's illness affects her care of Rosie, whether she is making the changes Rosie "
                        "needs, and how long further change is likely to take", "GA with LM",
                 "Visits weekly; medication review by 27/01/2026; a report 3 days before each core group",
                 "Written reports on BeaconView, read at each core group"],
                ["3.2", "Prescribe Chloe's sertraline a week at a time and ask Bridge Street Pharmacy to tell "
                        "the surgery if a week's tablets are not collected", "OB",
                 "Every week until the review conference; medication review at 4 weeks (by 10/02/2026)",
                 "Pharmacy collection record and Dr Baig's review letter, sent to GA and AH"],
                ["3.3", "Take her sertraline every day, and tell GA, JO or AH the same day if she has thoughts of "
                        "leaving or harming Rosie or herself", "CQ", "Every day from 13/01/2026",
                 "Pharmacy collection record; Chloe's own account to GA at each visit, in GA's report"],
                ["3.4", "Video interaction guidance with Chloe and Rosie: film a feed or play, watch it back "
                        "together and pick out the moments Chloe answered Rosie's cues", "RC",
                 "Every 2 weeks from 27/01/2026 (five sessions before the review conference)",
                 "Chloe's own rating of each clip; RC's summary to the core group by 24/03/2026 on what has "
                 "changed in Chloe's responses to Rosie, what still needs to change and how long it is "
                 "likely to take"],
            ],
        }),
        ("h2", "Outcome 4: Rosie can stay safely at home, and by the review conference there is a clear view of "
               "what she needs from Chloe and Dan"),
        ("table", {
            "header": ["Ref", "Task", "Who", "When", "Evidence"],
            "widths": [1.2, 6.2, 1.4, 3.8, 4.4],
            "rows": [
                ["4.1", "Parenting assessment of Chloe and Dan, looking at night care and at how each of them "
                        "notices and answers Rosie's cues", "AH", "Start 20/01/2026; report by 20/03/2026",
                 "Assessment report shared with Chloe, Dan and the core group at least 5 working days before "
                 "the review conference"],
            ],
        }),
        ("h2", "Contingency"),
        ("table", {
            "header": ["If this happens", "This is what happens straight away", "Who rings whom"],
            "widths": [5.0, 8.2, 3.8],
            "rows": [
                ["Chloe says she has thoughts of harming Rosie or herself, or she is too unwell to care for "
                 "Rosie",
                 "Chloe is not left alone with Rosie: Dan or Nana Mo cares for her. GA arranges a perinatal "
                 "crisis assessment that day (the Birkwater Crisis Team out of hours). AH holds a strategy "
                 "discussion with the police and health the same day.",
                 "Whoever hears it rings AH (the Emergency Duty Team, 01632 960777, out of hours)"],
                ["Nana Mo cannot stay on a night Dan is working",
                 "Dan does not go to work that night (his employer has agreed emergency leave), or Chloe and Rosie "
                 "stay at Nana Mo's house at 14 Brook Lane. If neither is possible, AH or the Emergency Duty Team "
                 "arranges for Rosie to stay with approved foster carers that night.",
                 "Dan rings AH before 5pm that day"],
                ["Rosie's weight falls below the 9th centile, or she misses a weekly weigh",
                 "JO sees Rosie within 24 hours and, if she has lost weight, refers her to the paediatric "
                 "assessment unit at Birkwater General that day. AH visits the same day.",
                 "JO rings AH"],
                ["Anyone sees a bruise or mark on Rosie that nobody can explain",
                 "AH holds a strategy discussion that day and Rosie has a child protection medical at Birkwater "
                 "General.", "Whoever sees it rings AH or the Emergency Duty Team"],
                ["By the core group on 03/03/2026 Rosie is still below the 9th centile, or Chloe has been left "
                 "alone with Rosie overnight against this plan twice, or GA's report says Chloe is unlikely to "
                 "make the changes in Rosie's timescale",
                 "PS holds a legal planning meeting within 5 working days to decide whether to start "
                 "pre-proceedings under the Public Law Outline.", "AH tells PS the same day"],
            ],
        }),
        ("h2", "Review"),
        ("p", "The core group meets every 3 weeks from 20/01/2026 (dates in the details box). The review child "
              "protection conference is on 07/04/2026 at 10am. Chloe and Dan have a copy of this print, and "
              "Chloe's copy of Outcome 3 was read through with her by GA on 14/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. First review conference minutes: Ellie's own words, an outcome under
#    each worry, a "So that ..." column, a Plan A / Plan B table for each
#    arrangement, meetings in a table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_bowmerstead_rcpc_minutes_so_that_plan_b_varga.md",
    "split": "tune",
    "actions": 11,
    "template": "rcpc1-minutes-md-present-table-purpose-progress-since-icpc-by-agency-ellies-own-words-written-by-her-noahs-worry-monster-rachel-and-sarah-views-analysis-decision-then-worry-heading-with-what-we-want-for-ellie-and-noah-over-a-what-will-happen-who-when-so-that-well-know-because-table-then-plan-a-plan-b-table-per-arrangement-then-if-things-do-not-change-then-meetings-table",
    "description": (
        "Exemplary minutes of a first review conference for a 13-year-old young carer and her "
        "8-year-old brother, whose mother has bipolar disorder, stopped her lithium and was detained "
        "in hospital for three weeks in October after leaving the children alone for two nights; "
        "their aunt had them then and helps now. The minutes give each agency's progress, 'Ellie's "
        "own words' written by Ellie, Noah's worry monster, the adults' views, the analysis and the "
        "decision; the plan is an outcome under each worry ('What we want for Ellie and Noah') over a "
        "'What will happen / Who / When / So that ... / We'll know because' table in which every "
        "'So that' is about the children. The care coordinator, with the consultant, reports on the "
        "mother's relapse risk, capacity to change and likely timescale; the GP owns the lithium "
        "tests. The contingency is a 'Plan A / Plan B' table for each arrangement (the aunt's help "
        "included) with relapse signs as triggers, then a legal planning meeting after named "
        "triggers; the core group and review dates are in a table."
    ),
    "text": """\
# Bowmerstead Council Children's Services
## Review Child Protection Conference: minutes and plan

**Children:** Ellie Varga (13, born 02/05/2012, Year 8, Bowmerstead Academy) and Noah Varga (8, born
19/09/2017, Year 4, Beech Lane Primary)
**Address:** 7 Kestrel Walk, Bowmerstead BM6 3RN, with their mum, Rachel Varga (38)
**Date:** Tuesday 27/01/2026, 10am, Bowmerstead Town Hall, Committee Room 2
**Chair:** Gillian Okon, child protection chair
**Minutes:** Dawn Preece, business support
**Category at the initial conference (04/11/2025):** Neglect

### 1. Present

| Name | Role |
|---|---|
| Gillian Okon | Chair |
| Rachel Varga | Ellie and Noah's mum |
| Sarah Holt | Rachel's sister (Aunt Sarah) |
| Ellie Varga | For the first 20 minutes, with her advocate |
| Fran Lister | Advocate, Bowmerstead Children's Advocacy Service |
| Priya Desai | Social worker, Bowmerstead Family Safeguarding Team (team manager: Neil Bramwell) |
| Tom Achebe | Care coordinator (community psychiatric nurse), Bowmerstead Community Mental Health Team |
| Mrs Joanna Blake | Designated Safeguarding Lead, Bowmerstead Academy |
| Mrs Hannah Bell | Learning mentor, Beech Lane Primary |
| Kate Dunn | School nurse, Bowmerstead 0-19 Service |
| Leah Frost | Young carers worker, Bowmerstead Young Carers |

Apologies: Dr Farah Qureshi (consultant psychiatrist), report sent; Dr Imran Shah (GP, Beech Lane
Surgery), report sent.

### 2. Purpose

To review the children's safety since the initial conference, decide whether they still need a child
protection plan, and agree the plan for the next six months.

### 3. Progress since the initial conference

**Social care (Priya):** Rachel came home from Birch Ward, Bowmerstead Hospital, on 04/11/2025 after
three weeks detained under section 2 of the Mental Health Act. Ellie and Noah stayed with Sarah while she
was in hospital and came home on 10/11/2025. Priya has visited every two weeks and seen both children
alone at every visit. The house is clean and there is food; Rachel has kept every appointment. Ellie is
still doing much of the cooking and gets Noah up for school most days.

**Mental health (Tom, with Dr Qureshi's report):** Rachel has taken her lithium since November and her
blood levels have been in range at both tests. She has insight into her October episode, which followed
her stopping her lithium in the summer without telling anyone. Her early warning signs are sleeping
less than four hours, spending, talking fast and staying up cleaning at night. Tom and Dr Qureshi
think the risk of relapse is moderate over the winter and want a written relapse prevention plan that
the children's adults can use.

**GP (Dr Shah's report):** lithium levels 0.6 and 0.7 mmol/L (December and January); kidney and thyroid
tests normal.

**Bowmerstead Academy (Mrs Blake):** Ellie's attendance is 93% this term (81% last term). She is tired
on Mondays and has told her tutor she "does all the tea".

**Beech Lane Primary (Mrs Bell):** Noah's attendance is 96%. He asks most days whether Mum is "going to
the hospital again", and has been sleeping in Rachel's bed.

**Young carers (Leah):** Ellie has been referred and Leah met her once; the assessment is not done yet.

### 4. Ellie's own words

Ellie wrote this herself on the "My views" form and asked for it to go in the minutes word for word.

> When Mum was in hospital it was scary but Aunt Sarah's was OK, she let me have my own room. I don't
> want that to happen again. Mum is loads better now, she laughs again. But I still have to do
> everything. I do the tea and I get Noah up because Mum's tired from her tablets. I don't mind
> sometimes but I never get to go to netball. I want someone to tell me what the signs are if Mum is
> getting ill, because last time I knew something was wrong but I didn't know who to tell. I don't
> want to be taken away. I want the social worker to keep coming but not in my school uniform at
> school because people ask.

Ellie scored things at home as 6 out of 10 ("it was 2 in October").

### 5. Noah's views

Mrs Bell used Noah's "worry monster" with him on 22/01/2026. His worries were: "Mum going away in the
ambulance", "Ellie being cross", and "the dark". His happy things were "Aunt Sarah's dog", "football"
and "Mum making pancakes on Sunday". He said he sleeps in Mum's bed "so I know she's there".

### 6. Rachel's and Sarah's views

Rachel said: "I know I scared them. I'm not stopping my lithium again, ever. I want Ellie to be a kid
and I want to know the signs too, so I can get help before it gets bad." Sarah said she will have the
children whenever Rachel is unwell and will keep doing Wednesday teas, but she works full time and
"can't be there every day".

### 7. Analysis

Rachel has made real progress: she is taking her medication, has insight, and the home is safe day to
day. The worries are that a relapse could come quickly and that the adults might not notice in time, as
in October; that Ellie is carrying too much; and that Noah is anxious and not sleeping in his own bed.
Both children have a strong, safe relationship with their mum and with Sarah.

### 8. Decision

Ellie and Noah remain subject to a child protection plan under the category of neglect. The chair asked
that the plan is written so that every adult, and Ellie, knows what the early warning signs are and
what to do.

### 9. The plan

Each worry has what we want for Ellie and Noah, then the work. "So that ..." says what the work is for
in the children's lives; "We'll know because ..." says what someone will see, read or be told.

#### Worry 1: Mum could become unwell again without the adults noticing in time, and Ellie and Noah could be left without an adult, as in October

**What we want for Ellie and Noah:** they are never left without a well adult; if Mum starts to become
unwell, the adults around them spot it early and the children go to Aunt Sarah's before things get bad.

| What will happen | Who | When | So that ... | We'll know because ... |
|---|---|---|---|---|
| Write a relapse prevention plan with Rachel (her early warning signs, and who she and the children will tell), and report on her relapse risk, how her illness affects her care of Ellie and Noah, what still needs to change and how long that is likely to take | Tom Achebe, care coordinator, Bowmerstead CMHT, with Dr Farah Qureshi | Relapse plan at the CPA review on 13/02/2026; a written report a week before each core group and the next review conference | So that Ellie and Noah are cared for by a mum whose warning signs every adult around them knows | Relapse plan copied to Priya, Sarah, Mrs Blake and Mrs Bell by 20/02/2026; Tom's reports on the social care file |
| Take her lithium every evening and go to every blood test; tell Sarah or Tom the same day if she notices any early warning sign | Rachel | Every evening from 27/01/2026 | So that Ellie and Noah have a mum who stays well and asks for help early | Blood test results in range (Dr Shah sends them to Tom); Rachel shows Priya her sleep and mood diary at each visit |
| Lithium blood level test, with kidney and thyroid checks; tell Tom the same day if a level is out of range or a test is missed | Dr Imran Shah, GP, Beech Lane Surgery | Next test by 20/02/2026, then every 3 months | So that Ellie and Noah's mum stays on a dose that keeps her well | Results letter to Tom and Priya within a week of each test |
| Visit at home and see Ellie and Noah each on their own (never at school in front of Ellie's friends); one visit in three unannounced | Priya Desai, social worker | Every 2 weeks until the next review conference | So that Ellie and Noah have someone outside the family they can tell if Mum is getting unwell | Visit records within 3 working days, with each child's own words |
| Tea at Sarah's house every Wednesday after school, and a phone call to Rachel every evening at 7pm | Aunt Sarah | Wednesdays 4pm to 7.30pm, and every evening, from 28/01/2026 | So that Ellie has a night off cooking and the children have an adult who would notice early if Mum was getting unwell | Sarah texts Priya each Wednesday when the children are home; Sarah tells Priya at each visit whether any evening call worried her |

#### Worry 2: Ellie is carrying too much at home and misses out on being 13

**What we want for Ellie:** she does what a 13-year-old does (school, friends, netball), and her jobs at
home are helping out, not running the house.

| What will happen | Who | When | So that ... | We'll know because ... |
|---|---|---|---|---|
| Young carer's assessment with Ellie, then a place at the Thursday young carers' club | Leah Frost, Bowmerstead Young Carers | Assessment by 20/02/2026; club every Thursday, 5pm to 7pm, from 26/02/2026 | So that Ellie has time for herself and friends her own age who understand | Ellie's young carer's plan sent to Priya by 20/02/2026; the club register |
| Write a "who does what at home" list with Ellie and Noah, in which Ellie cooks no more than one tea a week and Rachel gets Noah up | Rachel, with Priya | List by 10/02/2026, then kept every week | So that Ellie's jobs at home are the ones a 13-year-old would usually do | List on the fridge; Ellie tells Priya at each visit, on her own, whether it is being kept |
| Check in with Ellie once a week, and hold a place for her at Tuesday netball club after school | Mrs Joanna Blake, DSL, Bowmerstead Academy | Check-ins every Monday at 8.40am; netball every Tuesday from 03/02/2026 | So that Ellie has an adult at school who knows about home, and gets to netball | Check-in notes on CPOMS and the netball register, sent to Priya every other Friday |

#### Worry 3: Noah is frightened Mum will go away again and is not sleeping in his own bed

**What we want for Noah:** he understands Mum's illness in words he can manage, knows it is not his
fault, sleeps in his own bed and is in school every day.

| What will happen | Who | When | So that ... | We'll know because ... |
|---|---|---|---|---|
| Six sessions with Noah using the "When Mum is poorly" story book and his worry monster | Mrs Hannah Bell, learning mentor, Beech Lane Primary | Friday mornings from 30/01/2026 to 06/03/2026 | So that Noah knows what bipolar disorder is, that it is not his fault, and what happens if Mum is poorly | Noah's worry monster notes and his own words at sessions 1 and 6, sent to Priya |
| Sleep plan with Rachel and Noah (a night light, a bedtime story in his room, a star chart) | Kate Dunn, school nurse, Bowmerstead 0-19 Service | First home visit by 06/02/2026, then every 4 weeks until the review | So that Noah sleeps in his own bed through the night | Rachel's sleep diary for Noah, read by Kate at each visit: nights in his own bed counted each week |
| First-day calling if Noah is not in by 9am | Mr Dave Corley, attendance lead, Beech Lane Primary | Every school day by 9.15am | So that Noah is in school every day and is found quickly if he is not | Register and call log sent to Priya every Friday; attendance at 96% or above at Easter |

### 10. If things go wrong: Plan A and Plan B

Ellie asked for this part. She has her own copy of the early warning signs: sleeping less than four hours
two nights running, spending a lot of money, talking very fast, cleaning all night, or not answering Aunt
Sarah's 7pm call.

| Arrangement | Plan A | Plan B, if Plan A cannot happen |
|---|---|---|
| If Rachel shows any early warning sign | Ellie, Rachel or Sarah rings Tom (the CMHT crisis line, 01632 960123, out of hours); Tom sees Rachel within 24 hours, and Ellie and Noah stay at Sarah's until Tom and Priya agree it is safe for them to come home | If Sarah cannot have the children, Priya (or the Emergency Duty Team, 01632 960555) places them together with foster carers that night |
| If the children are left without an adult overnight, or Rachel is admitted to hospital | Whoever knows rings Priya or the Emergency Duty Team; the children go to Sarah's that night, and Priya holds a strategy discussion the same day | As above: foster carers that night, together, if Sarah cannot have them |
| Wednesday teas and the 7pm call | Aunt Sarah | If Sarah is away or ill, she tells Priya by 12 noon that day; the children go to Beech Lane's after-school club (Ellie collects Noah at 5.30pm), and Priya rings Rachel that evening instead of Sarah |
| Lithium and blood tests | Rachel takes it every evening and goes to every test | If a test is missed or out of range, Dr Shah tells Tom that day and Tom sees Rachel within 2 working days |
| Ellie's young carers' club | Leah's Thursday club | If the club has no place from 26/02/2026, Leah sees Ellie one-to-one every other Thursday until a place is free |

**If things do not change:** if Rachel stops her lithium, is admitted to hospital again, or the children
are left without an adult overnight before the next review conference, Neil Bramwell (team manager) will
hold a legal planning meeting within 5 working days to decide whether to start pre-proceedings under the
Public Law Outline.

### 11. Meetings

| Meeting | Dates | Where |
|---|---|---|
| Core group, every 4 weeks | 10/02/2026, 10/03/2026, 07/04/2026, 05/05/2026, 02/06/2026, 30/06/2026, all at 3.45pm | Bowmerstead Academy, meeting room 1 |
| Rachel's CPA review | 13/02/2026, 2pm | Bowmerstead CMHT, Bridge House |
| Next review child protection conference | 21/07/2026, 10am | Bowmerstead Town Hall |

Minutes and plan sent to Rachel, Sarah, Ellie (her own copy, talked through with Fran) and everyone
present on 29/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A Welsh council's bilingual plan: headings and labels in Welsh and
#    English, a header box with the meetings, a day in Osian's life, an
#    outline whose lead-ins own lettered items with From / Check lines, a
#    contingency paragraph. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_brynhafod_bilingual_outline_lead_ins_morgan.txt",
    "split": "tune",
    "actions": 14,
    "template": "welsh-council-bilingual-cp-plan-txt-welsh-then-english-headings-and-field-labels-header-box-with-core-group-and-review-dates-about-us-why-cerys-words-a-day-in-osians-life-working-well-then-numbered-outline-parts-with-nod-aim-line-then-lead-in-x-will-over-lettered-items-each-with-o-from-and-gwirio-check-lines-then-contingency-paragraph",
    "description": (
        "Exemplary initial conference plan from a Welsh council, written with headings and field "
        "labels in Welsh and English, for a 9-year-old and a 5-year-old after the younger child's "
        "father strangled their mother in front of them (he is on bail, the family was heard at "
        "MARAC). A header box holds the core group and review conference dates. Cerys's words and "
        "'A day in Osian's life' give the children's voice. The plan is a numbered outline: each part "
        "opens with a 'Nod / Aim' line for the children, and lead-ins ('1.1 Carys Morgan (Mam / Mum) "
        "will:', '2.1 Sioned Prys, social worker, will:', '3.3 Taid (Gareth Morgan, Carys's father) "
        "will:') own lettered items, each with an 'O / From' line of start dates and recurrences and "
        "a 'Gwirio / Check' line of records kept and shared. The father's own items include a "
        "perpetrator programme and supervised contact at a contact centre. The contingency paragraph "
        "covers bail breaches, release without conditions (the grandfather's house or a refuge), a "
        "fallback for the grandfather's school collections, and a legal planning meeting after named "
        "triggers."
    ),
    "text": """\
+------------------------------------------------------------------------------+
| CYNGOR SIR BRYNHAFOD / BRYNHAFOD COUNTY COUNCIL                              |
| Gwasanaethau Plant / Children's Services                                     |
|                                                                              |
| CYNLLUN AMDDIFFYN PLANT / CHILD PROTECTION PLAN                              |
|                                                                              |
| Plant / Children ......... Cerys Morgan (9, born 14/06/2016)                 |
|                            Osian Probert (5, born 02/11/2020)                |
| Cyfeiriad / Address ...... 11 Heol y Bryn, Brynhafod BH9 2DW                 |
| Categori / Category ...... Emotional abuse                                   |
| Cynhadledd / Conference .. Initial child protection conference, 20/01/2026   |
| Cadeirydd / Chair ........ Alun Beddoe                                       |
| Gweithiwr cymdeithasol /                                                     |
| Social worker ............ Sioned Prys (team manager: Gethin Price)          |
| Grwp craidd /                                                                |
| Core group ............... Every 4 weeks, Tuesdays 3.30pm, Bryn Teg Primary: |
|                            03/02/2026, 03/03/2026, 31/03/2026                |
| Cynhadledd adolygu /                                                         |
| Review conference ........ 21/04/2026, 10am, County Hall, Brynhafod          |
| Iaith / Language ......... Cerys and Carys prefer Welsh; Osian is bilingual; |
|                            Lee prefers English. Copies in both languages.    |
+------------------------------------------------------------------------------+


1. AMDANOM NI / ABOUT US
------------------------
Cerys (9) and Osian (5) live with their mum, Carys Morgan (29), in Brynhafod. Both go to Bryn Teg
Primary School (Cerys in Year 4, Osian in Reception). Osian's dad is Lee Probert (31), who lived with
them until 28/12/2025 and now lives at his brother's flat in Brynhafod town centre. Cerys's dad lives in
England and has not been in touch for three years. Carys's father, Gareth Morgan, lives five minutes
away; the children call him Taid.


2. PAM MAE CYNLLUN / WHY THERE IS A PLAN
----------------------------------------
On the night of 28/12/2025 Lee held Carys by the throat against the kitchen wall after an argument about
money. Cerys saw it from the stairs and rang Taid, who rang 999. Osian was in the room and wet himself.
Lee was arrested and charged with non-fatal strangulation and is on bail until his trial: he must not
contact Carys, go to Heol y Bryn, or contact the children except through arrangements the social worker
agrees. Carys told the police that Lee had pushed and slapped her "four or five times" before. The case
was heard at the Brynhafod MARAC on 08/01/2026. Carys does not want to get back together with Lee. Lee
says he "lost it once" and wants to see Osian.


3. GEIRIAU CERYS / CERYS'S WORDS
--------------------------------
Cerys talked to Sioned in Welsh at school on 15/01/2026 (Sioned's translation):
  "I was on the stairs. I thought Mam was going to die. I rang Taid because his number is the first
   one in Mam's phone."
  "I check the door is locked every night, two times. Sometimes three."
  "I don't want Lee to come back to our house. Osian can see him if he wants, but not at our house."
  "I like it at Taid's, he has the chickens. I want to go to Welsh club at Brynhafod Youth Centre
   again on Wednesdays."
She scored feeling safe at home as 5 out of 10, and 9 out of 10 at Taid's.


4. DIWRNOD YM MYWYD OSIAN / A DAY IN OSIAN'S LIFE
------------------------------------------------
Put together by Sioned from what Carys, Taid and Osian's teacher, Mrs Eleri Hughes, see:
  Morning: Osian wakes early, often at 5am, and gets into Mam's bed. He wants the landing light on.
  School: he is quiet, plays on his own with the cars, and cries if a door bangs. He told his teaching
    assistant "Dadi squeezed Mam's neck" and then asked for his car back.
  After school: on Taid's days he feeds the chickens and chats all the way home; Taid says he is "a
    different boy" there.
  Evening: he asks for Dadi most nights at bedtime ("Where's Dadi sleeping?") and sometimes wets the bed.
  What Osian said to Sioned, with his toy cars: "This is Dadi's car. It's in the garage. It's not
    allowed at our house." He wants "to see Dadi at the park".


5. BETH SY'N GWEITHIO'N DDA / WHAT IS WORKING WELL
-------------------------------------------------
  - Carys acted to protect the children: she supported the charge and has not let Lee in.
  - Cerys knew how to get help and did.
  - Taid is close by, the children feel safe with him, and he collects them three days a week.
  - Lee has kept to his bail conditions so far and has asked for help with his anger.
  - Bryn Teg Primary know both children well and act quickly.


6. Y CYNLLUN / THE PLAN
-----------------------
Each part opens with its aim for Cerys and Osian (Nod / Aim). Each lead-in names the person or service
who does every item under it. "O / From" says when the item starts and how often it happens;
"Gwirio / Check" says what record will show it has happened and who it is shared with.

RHAN 1 / PART 1: CADW'N DDIOGEL GARTREF / KEEPING SAFE AT HOME
Nod / Aim: Cerys and Osian live in a home Lee does not come to, and are not hurt or frightened there
again.

  1.1 Carys Morgan (Mam / Mum) will:
      a) Keep the doors locked, not let Lee into the house or garden, and ring 999 straight away if he
         comes to Heol y Bryn.
         O / From ....... 20/01/2026, every day while his bail conditions or any court order last
         Gwirio / Check . Carys tells Sioned at each visit; any 999 call is logged by Brynhafod Police
                          and shared with Sioned the next working day
      b) Go with Nia to her appointment with Bevan Lloyd Solicitors to apply for a non-molestation order.
         O / From ....... Appointment on 27/01/2026
         Gwirio / Check . Copy of the order, or the court's hearing date, given to Sioned

  1.2 Nia Roberts, IDVA, Brynhafod Domestic Abuse Service, will:
      a) Write a safety plan with Carys and the children (a code word Cerys can say or text, which door
         to leave by, who to ring) and keep in touch with Carys every week.
         O / From ....... Safety plan by 30/01/2026; weekly calls until the review conference
         Gwirio / Check . Copy of the safety plan to Sioned by 30/01/2026; Carys's DASH risk checklist
                          done again by Nia on 03/03/2026 and shared with Sioned and the MARAC

  1.3 PC Owain Rhys, Brynhafod Police Domestic Abuse Unit, will:
      a) Put an urgent-response marker on 11 Heol y Bryn, so that any call from the address is treated
         as an emergency.
         O / From ....... By 23/01/2026
         Gwirio / Check . Marker reference e-mailed to Sioned and written into this plan at the first
                          core group
      b) Tell Carys and Sioned if Lee's bail conditions change, or when his trial date is set.
         O / From ....... The same day as any change, from 20/01/2026
         Gwirio / Check . Police contact log; e-mail to Sioned the same day

RHAN 2 / PART 2: HELPU'R PLANT / HELPING CERYS AND OSIAN WITH WHAT THEY SAW
Nod / Aim: Cerys stops checking the locks at night, Osian sleeps through in his own bed, and both can
talk about what happened with an adult they trust.

  2.1 Sioned Prys, social worker, will:
      a) Visit at home and see Cerys and Osian each on their own (Cerys in Welsh), one visit in three
         unannounced.
         O / From ....... From 22/01/2026, every 2 weeks until the review conference
         Gwirio / Check . Visit record within 2 working days, with each child's own words
      b) Do four sessions of "Fy ngofidiau a fi / My worries and me" with Cerys.
         O / From ....... Weekly from 29/01/2026 (four sessions, ending 19/02/2026)
         Gwirio / Check . Cerys's worry scale at sessions 1 and 4, kept in the visit record and shown
                          to the core group on 03/03/2026
      c) Refer Cerys and Osian to the Brynhafod Domestic Abuse Service children's recovery group.
         O / From ....... By 30/01/2026
         Gwirio / Check . Acceptance letter on the children's file

  2.2 Mrs Eleri Hughes, Designated Safeguarding Person, Bryn Teg Primary, will:
      a) Check in with Cerys at 8.50am, and give Osian ten quiet minutes with his teaching assistant
         after lunch.
         O / From ....... Every school day from 20/01/2026
         Gwirio / Check . Notes on the school's safeguarding system, sent to Sioned every Friday

  2.3 Ffion Lewis, children's worker, Brynhafod Domestic Abuse Service, will:
      a) Run the ten-week children's recovery group for Cerys, and six one-to-one play sessions for
         Osian.
         O / From ....... Group on Tuesdays 4pm to 5.30pm from 24/02/2026; Osian's sessions on
                          Thursdays from 26/02/2026
         Gwirio / Check . Attendance register; Ffion's letter to Sioned after session 6 with each
                          child's own words about the group

RHAN 3 / PART 3: OSIAN A'I DAD / OSIAN AND HIS DAD
Nod / Aim: Osian sees his dad only where it is safe, comes back from contact calm, and Cerys and Osian
never see their mum hurt again.

  3.1 Lee Probert (Osian's dad) will:
      a) Go to every session of the Brynhafod Change programme for men who have been abusive to a
         partner.
         O / From ....... Assessment on 03/02/2026; weekly sessions from 10/02/2026 for 26 weeks
         Gwirio / Check . Attendance sent to Sioned every month; the facilitator's written reports to
                          Sioned at weeks 6 and 12
      b) Not contact Carys, Cerys or Osian in any way outside the contact centre (no calls, texts,
         messages or social media, and no messages through other people).
         O / From ....... Every day from 20/01/2026
         Gwirio / Check . Carys tells Nia and Sioned of any contact the same day; PC Rhys checks the
                          police log before each core group

  3.2 Brynhafod Family Contact Centre (manager: Gwen Pugh) will:
      a) Supervise Lee's contact with Osian, with arrivals and leavings 15 minutes apart so that Carys
         and Lee do not meet.
         O / From ....... Every other Saturday, 10am to 11am, from 07/02/2026
         Gwirio / Check . The centre's written record of each session, saying how Osian was before,
                          during and after, sent to Sioned within 3 working days

  3.3 Taid (Gareth Morgan, Carys's father) will:
      a) Collect Cerys and Osian from Bryn Teg Primary at 3.15pm and look after them at his house until
         Carys finishes work at 5.30pm.
         O / From ....... Every Monday, Tuesday and Thursday in term time, from 20/01/2026
         Gwirio / Check . The school's collection log; Taid texts Carys when they arrive and Carys
                          shows Sioned the texts at each visit


7. CYNLLUN WRTH GEFN / CONTINGENCY PLAN
---------------------------------------
If Lee comes to the house or to Heol y Bryn, contacts Carys or the children outside the contact centre,
or breaks his bail in any other way, Carys (or whoever sees it) rings 999; Brynhafod Police attend and
arrest him for the breach, and Sioned (or the Emergency Duty Team, 01632 960444, out of hours) holds a
strategy discussion with the police the same day. If Lee is released without bail conditions before a
non-molestation order is made, PC Rhys tells Carys and Sioned the same day, and Carys and the children
stay at Taid's house until the order is in place; if Taid's house is not safe because Lee knows it, Nia
finds them a place at the Brynhafod refuge that day. If Taid cannot collect the children on one of his
days, he rings Carys by 12 noon and Carys leaves work at 3pm (her manager has agreed this); if she cannot,
the children go to the Bryn Teg after-school club until 5.30pm, where Mrs Hughes keeps two places for
them. If a contact session is stopped because Osian is frightened or Lee breaks the centre's rules, the
next session does not go ahead until Sioned has talked with Gwen and Lee. If Carys lets Lee back into the
home, if contact is stopped twice, or if either child tells anyone of new harm before the review
conference, Gethin Price (team manager) will hold a legal planning meeting within 5 working days to
decide whether to start pre-proceedings under the Public Law Outline.


8. CYFARFODYDD / MEETINGS
-------------------------
The core group and review conference dates are in the box at the top of this plan. The core group will go
through the plan part by part at each meeting.

Cytunwyd gan / Agreed by: Carys Morgan, Lee Probert (his own parts, by Sioned's visit on 21/01/2026),
Gareth Morgan, Sioned Prys, 20/01/2026. Copies in Welsh and in English to the family and every service
named in the plan.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A child protection plan built from a family group conference: a details
#    box with the meetings, Jayden's words in a quote box, goals in the
#    family's words with "By the review ..." sentences, work as cards two to
#    a row, "What if ...?" questions and answers. Exemplary (docx)
# ---------------------------------------------------------------------------
def _goal(text):
    return [text, H]


PLANS.append({
    "name": "b212_blandersby_fgc_goals_cards_what_if_dacosta.docx",
    "doc_title": "Jayden and Mia's plan - our family's plan and the child protection plan together",
    "split": "tune",
    "actions": 12,
    "template": "fgc-based-cp-plan-docx-details-box-with-meetings-whos-in-our-network-table-what-happened-jaydens-words-quote-box-mias-day-quote-box-then-goals-in-the-familys-words-each-with-by-the-review-sentence-then-card-grid-two-cards-a-row-under-goal-banner-rows-cards-with-what-who-when-how-well-know-lines-or-passive-sentences-with-agents-then-what-if-questions-and-answers",
    "description": (
        "Exemplary plan for a 5-year-old and a 10-month-old, made by adding the professionals' part to "
        "the family plan from a family group conference, after their father grabbed and smacked "
        "Jayden, leaving finger-tip bruises; the father now lives with his mother. A details box at "
        "the top holds the core group dates and the review conference; a 'Who's in our network' table "
        "introduces Grandma Bev, Aunty Keisha, Nanna Jean and Uncle Marcus once. Jayden's words are in "
        "a quote box and Mia's day, as her nanna and the health visitor see it, in another. The "
        "outcomes are four goals in the family's words, each with a 'By the review on 02/04/2026 ...' "
        "sentence about the children; the work is a grid of cards two to a row under each goal, "
        "owned by relatives, the parents and agencies, some written in the passive with their agent "
        "('Jayden will be checked in with each morning by Mrs Parr'). The contingency is 'What if "
        "...?' questions and answers with a fallback for every relative's part and a legal planning "
        "meeting after named triggers."
    ),
    "blocks": [
        ("title", "Jayden and Mia's plan"),
        ("p", "Our family's plan and the child protection plan, together. Blandersby Council Children's Services "
              "with the Blandersby Family Group Conference Service."),
        ("table", {
            "rows": [
                ["Children", "Jayden Dacosta (5, born 11/10/2020, Reception, Blandersby Fields Primary) and Mia "
                             "Dacosta (10 months, born 14/03/2025)"],
                ["Live with", "Shanice Dacosta (Mum, 26), 5 Orchard Rise, Blandersby BD4 8NE"],
                ["Dad", "Andre Dacosta (29), staying with his mum (Grandma Bev) at 62 Mill Lane, Blandersby, "
                        "since 03/01/2026"],
                ["Plan", "Child protection plan from the initial conference on 08/01/2026 (physical abuse). "
                         "This version adds the family plan agreed at the family group conference on "
                         "17/01/2026, and was agreed by the core group on 21/01/2026."],
                ["Social worker", "Leanne Cole, Blandersby Family Safeguarding Team (team manager: Tariq "
                                  "Hussain)"],
                ["Core group", "Every 4 weeks at Blandersby Fields Primary, 4pm: 18/02/2026 and 18/03/2026 "
                               "(the family come to every one)"],
                ["Family review", "The family meet with Ruth Anand (FGC coordinator) on 11/03/2026 to check "
                                  "their part"],
                ["Review conference", "02/04/2026, 1.30pm, Blandersby Council House"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h1", "Who's in our network"),
        ("p", "We use these names in the rest of the plan."),
        ("table", {
            "header": ["We call them", "Who they are", "Where they live"],
            "widths": [3.6, 8.4, 5.0],
            "rows": [
                ["Grandma Bev", "Beverley Dacosta, Andre's mum (58)", "62 Mill Lane, Blandersby"],
                ["Aunty Keisha", "Keisha Dacosta, Andre's sister (32), nurse at Blandersby General", "Flat 9, "
                                                                                                  "Weaver Court, "
                                                                                                  "Blandersby"],
                ["Nanna Jean", "Jean Walsh, Shanice's mum (55)", "14 Orchard Rise, Blandersby (nine doors "
                                                                "down)"],
                ["Uncle Marcus", "Marcus Walsh, Shanice's brother (30), has a car", "Bramley Street, Blandersby"],
                ["Ruth", "Ruth Anand, coordinator, Blandersby Family Group Conference Service", "-"],
            ],
        }),
        ("h1", "What happened"),
        ("p", "On 02/01/2026 Jayden came to school with four finger-tip bruises on his upper left arm and a red mark "
              "on his cheek. He told his teacher, Mrs Parr: \"Daddy squeezed me because I spilled the juice.\" "
              "Andre told the police and Leanne that he grabbed Jayden's arm and smacked his face because he was "
              "\"stressed out\" after losing his job, and that he has smacked him before. Shanice did not know "
              "about the earlier smacks. Andre moved to Grandma Bev's on 03/01/2026, and the police took no "
              "further action on condition that he works with this plan. Nobody has worried about Mia being "
              "hurt, but she was in the room."),
        ("h1", "What Jayden and Mia tell us"),
        ("table", {
            "rows": [
                ["\"I love Daddy but I don't like it when he shouts. His hand squeezed really hard.\"\n"
                 "\"I want to see Daddy at Grandma Bev's because she has the big telly and she doesn't let him "
                 "shout.\"\n"
                 "\"Mummy cried. I gave her my dinosaur.\"\n"
                 "Jayden, aged 5, to Mrs Parr and Leanne at school, 15/01/2026. He drew a thumbs up for Grandma "
                 "Bev's house and for Nanna Jean's, and a \"wobbly face\" for when Daddy is cross."],
            ],
            "widths": [17.0],
        }),
        ("table", {
            "rows": [
                ["Mia's day, as Nanna Jean and the health visitor see it: Mia crawls to the door and claps when "
                 "Jayden comes home from school. She reaches for Shanice and stops crying as soon as she is "
                 "picked up. At Grandma Bev's she sat on Andre's knee and played with his keys, but she cried "
                 "and pulled away when he raised his voice at the television. She babbles \"da-da\" and "
                 "\"nan-nan\" and pulls herself up on the sofa."],
            ],
            "widths": [17.0],
        }),
        ("h1", "Our goals"),
        ("p", "At the family group conference the family wrote their goals in their own words. Under each goal is "
              "what everyone wants to see by the review conference on 02/04/2026."),
        ("numbers", [
            "\"Nobody hurts Jayden or Mia, ever.\" (Shanice) By the review on 02/04/2026 Jayden and Mia have had "
            "no new marks or injuries, and Jayden tells Mrs Parr and Leanne he feels safe at home and at Grandma "
            "Bev's.",
            "\"Jayden sees his dad every week and comes home happy, not scared.\" (Jayden and Andre) By the "
            "review on 02/04/2026 Jayden and Mia have seen their dad every Saturday with Grandma Bev or Aunty "
            "Keisha there, and the contact notes say Jayden was relaxed.",
            "\"Jayden and Mia only have Dad back home when everyone can see he stays calm with them.\" (Grandma "
            "Bev) By the review on 02/04/2026 Jayden and Mia have only seen their dad with a supervisor there, and "
            "the core group knows from Andre's course worker and Leanne's assessment what has changed in how he "
            "parents them and what still needs to.",
            "\"Mia is crawling, babbling and growing like she should.\" (Nanna Jean) By the review on "
            "02/04/2026 Mia has had her one-year review and is on track for her age.",
        ]),
        ("h1", "The cards"),
        ("p", "Each card is one piece of work. It says what will happen, whose job it is, when, and how we will "
              "all know it has happened. Some cards are written the way the family said them at the family "
              "group conference."),
        ("table", {
            "widths": [8.5, 8.5],
            "rows": [
                _goal("Goal 1: \"Nobody hurts Jayden or Mia, ever.\""),
                ["Card 1\n"
                 "What: Andre lives at Grandma Bev's and does not stay at 5 Orchard Rise, or go there, unless "
                 "Leanne has agreed it first.\n"
                 "Who: Andre\n"
                 "When: every day until the review conference decides\n"
                 "How we'll know: Grandma Bev tells Leanne at each visit that Andre has slept at hers; Shanice and "
                 "Jayden tell Leanne too.",
                 "Card 2\n"
                 "Jayden will be checked in with each morning by Mrs Parr, his class teacher, who will note any "
                 "mark she sees and how he seems, every school day at 8.50am from 12/01/2026. Mr Fenwick, the "
                 "school's DSL, will send Leanne the week's notes every Friday."],
                ["Card 3\n"
                 "What: home visits to see Jayden on his own and Mia awake; at least one visit a fortnight "
                 "unannounced.\n"
                 "Who: Leanne Cole, social worker\n"
                 "When: every week until the review conference\n"
                 "How we'll know: visit record within 2 working days, with Jayden's words and what Leanne saw "
                 "of Mia.",
                 "Card 4\n"
                 "What: look after Jayden and Mia after school and nursery while Shanice is at college.\n"
                 "Who: Nanna Jean\n"
                 "When: every Tuesday and Thursday, 3.15pm to 6pm, from 20/01/2026\n"
                 "How we'll know: Nanna Jean writes the times in the family diary; Leanne reads it at each "
                 "visit."],
                _goal("Goal 2: \"Jayden sees his dad every week and comes home happy, not scared.\""),
                ["Card 5\n"
                 "What: Jayden and Mia see their dad at Grandma Bev's, with Grandma Bev or Aunty Keisha in the "
                 "room all the time (never Andre on his own with them).\n"
                 "Who: Grandma Bev, with Aunty Keisha when Grandma Bev is at work\n"
                 "When: every Saturday, 10am to 1pm, from 24/01/2026\n"
                 "How we'll know: the supervisor fills in the contact note (how Jayden and Mia were, anything "
                 "said) and sends Leanne a photo of it the same day.",
                 "Card 6\n"
                 "Jayden and Mia will be driven to Grandma Bev's at 9.45am and home at 1pm by Uncle Marcus every "
                 "Saturday from 24/01/2026, so that Shanice and Andre do not hand them over. Uncle Marcus will "
                 "text Shanice at drop-off and pick-up, and Shanice will show Leanne the texts."],
                ["Card 7\n"
                 "What: watch one Saturday contact a month at Grandma Bev's and talk it through with the "
                 "supervisors afterwards.\n"
                 "Who: Dionne Hart, contact worker, Blandersby Family Centre\n"
                 "When: one Saturday a month from 31/01/2026\n"
                 "How we'll know: Dionne's written observation to Leanne and the family within 5 working days.",
                 "Card 8\n"
                 "What: six sessions with Jayden using his \"feelings fan\" to talk about home, Dad and "
                 "contact.\n"
                 "Who: Miss Amrit Kaur, ELSA, Blandersby Fields Primary\n"
                 "When: Thursdays from 29/01/2026 to 05/03/2026\n"
                 "How we'll know: Miss Kaur sends Leanne Jayden's own words and his feelings fan choices after "
                 "each session."],
                _goal("Goal 3: \"Jayden and Mia only have Dad back home when everyone can see he stays calm with "
                      "them.\""),
                ["Card 9\n"
                 "What: go to every session of the Blandersby Caring Dads programme (17 weeks) and practise at "
                 "contact what he learns.\n"
                 "Who: Andre\n"
                 "When: Wednesdays 6pm to 8pm from 28/01/2026\n"
                 "How we'll know: attendance sent to Leanne each month; the programme worker's mid-point report "
                 "to the core group by 18/03/2026 on what Andre has learnt and what still needs to change.",
                 "Card 10\n"
                 "A parenting assessment of Andre, and of how Shanice keeps the children safe, will be completed "
                 "by Leanne between 21/01/2026 and 20/03/2026. Her report will be shared with Shanice, Andre and "
                 "the core group at least 5 working days before the review conference."],
                _goal("Goal 4: \"Mia is crawling, babbling and growing like she should.\""),
                ["Card 11\n"
                 "What: Mia's one-year review, with an ASQ-3 and her weight and length.\n"
                 "Who: Sam Okeke, health visitor, Blandersby 0-19 Service\n"
                 "When: at her first birthday review, booked for 17/03/2026\n"
                 "How we'll know: ASQ-3 scores and measurements in Mia's red book and in Sam's letter to Leanne "
                 "within a week.",
                 "Card 12\n"
                 "What: take Mia to the Little Movers baby group at Blandersby Family Hub.\n"
                 "Who: Shanice\n"
                 "When: every Monday at 10am from 26/01/2026\n"
                 "How we'll know: the group register; the group leader tells Sam if Mia misses two weeks in a "
                 "row."],
            ],
        }),
        ("h1", "What if ...?"),
        ("p", "The family asked these questions at the family group conference. These are the answers everyone "
              "agreed."),
        ("bullets", [
            "What if anyone sees a mark on Jayden or Mia that nobody can explain, or Jayden says he has been "
            "hurt? They ring Leanne straight away (the Emergency Duty Team, 01632 960222, out of hours). Saturday "
            "contact stops, Leanne holds a strategy discussion with the police that day, and the children stay "
            "with Shanice, or with Nanna Jean if Shanice cannot keep them safe; if neither can, Leanne (or the "
            "Emergency Duty Team) places them together with foster carers that night.",
            "What if Andre turns up at 5 Orchard Rise? Shanice does not let him in and rings Leanne; if he will "
            "not leave, she rings 999.",
            "What if Grandma Bev and Aunty Keisha cannot supervise on a Saturday? That Saturday's contact does "
            "not happen at Grandma Bev's; Grandma Bev rings Leanne by Friday at 5pm, and Leanne books a "
            "supervised session at Blandersby Family Centre within the next week.",
            "What if Uncle Marcus cannot drive on a Saturday? Nanna Jean takes the children to Grandma Bev's by "
            "taxi, which Leanne has agreed to pay for.",
            "What if Nanna Jean cannot have the children on a Tuesday or Thursday? Shanice misses college that "
            "afternoon (her tutor has agreed), and if that is not possible Jayden stays at the school's "
            "after-school club and Mia at nursery until Shanice collects them.",
            "What if things do not get better? If contact is stopped twice, Andre misses three Caring Dads "
            "sessions, or Andre is found to have stayed at 5 Orchard Rise before the review conference, Tariq "
            "Hussain (team manager) will hold a legal planning meeting within 10 working days to decide whether "
            "to start pre-proceedings under the Public Law Outline.",
        ]),
        ("p", "Agreed by Shanice, Andre, Grandma Bev, Aunty Keisha, Nanna Jean and Uncle Marcus at the family group "
              "conference on 17/01/2026, and by the core group on 21/01/2026. Copies to the family and every "
              "agency named in the cards."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in a landscape "No. / Worry / What will happen /
#    Lead / Timescale / Evidence of progress" table, worries merged down.
#    Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_brantingfield_rcpc_worry_merged_evidence_nowak.pdf",
    "doc_title": "Review Child Protection Plan - Zuzanna and Tomek Nowak",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "check_vmerge": 4,
    "header": "OFFICIAL-SENSITIVE · Brantingfield Borough Council · Review Child Protection Plan",
    "footer": "Zuzanna and Tomek Nowak · Review conference 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc1-plan-pdf-landscape-paged-header-footer-details-kv-since-the-first-conference-childrens-words-going-well-what-we-want-to-be-different-numbered-then-no-worry-merged-down-what-will-happen-lead-timescale-evidence-of-progress-table-then-contingency-bullets-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old whose mother has "
        "depression and anxiety and spends whole days in bed; the 11-year-old gives her brother his "
        "asthma inhalers and gets him to school, and their grandfather does the school run three "
        "mornings a week and has them after school twice a week. A landscape table (No. / Worry "
        "merged down / What will happen / Lead / Timescale / Evidence of progress), page header and "
        "footer. Much is good: the children's words, named leads, real dates, registers and letters "
        "as evidence, the GP reviewing medication, a dated core group and review, and legal planning "
        "after named triggers. Faults: the talking therapy service's CBT only treats the mother and "
        "is measured by attendance (H001); the young carers' assessment 'As soon as possible' "
        "(T002); 'All professionals' sharing worries (W002); the family hub's sessions measured by "
        "'Kasia's engagement' (M002); an outcome about the mother's mood and confidence only (F002); "
        "and a contingency that says nothing of the grandfather's help failing (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Zuzanna Nowak (11, born 07/11/2014, Year 6) and Tomek Nowak (7, born 23/06/2018, "
                         "Year 3), both at Brantingfield Meadows Primary"),
            ("Address", "24 Larch Grove, Brantingfield BF3 6HU, with their mum, Kasia Nowak (34)"),
            ("Dad", "Piotr Nowak, 8 Tanner's Row, Brantingfield; the children see him every Sunday"),
            ("Grandfather", "Jan Wisniewski, Kasia's father, 3 Larch Grove"),
            ("Conference", "First review child protection conference, 03/02/2026 (initial conference "
                           "04/11/2025). Category: neglect. Chair: Margaret Lindsay"),
            ("Social worker", "Laura Brennan, Brantingfield Children's Services, Locality Team South (team "
                              "manager: Simon Ayodele)"),
        ]),
        ("h1", "Since the first conference"),
        ("p", "Kasia has had depression and anxiety since Tomek was born. Last autumn she was in bed for days at a "
              "time; the children were late or absent on 22 days, and Zuzanna was giving Tomek his inhalers and "
              "making meals. Tomek went to Brantingfield General twice with asthma attacks, and his brown inhaler "
              "was found to be out of date. Since the first conference Jan has done the school run three "
              "mornings a week and the children's attendance has risen from 82% to 91%. Kasia went back to her "
              "GP in December and has been referred for talking therapy. She says the mornings are still the "
              "hardest part of the day."),
        ("h1", "What Zuzanna and Tomek say"),
        ("p", "Zuzanna (to Laura, on her own, 27/01/2026): \"I do Tomek's inhaler because Mum forgets, and I know "
              "how many puffs.\" \"It's better since Dziadek does the mornings.\" \"I don't want anyone to know "
              "at school, it's embarrassing.\" \"I worry about Mum when I'm at school.\" She scored home as 6 out "
              "of 10."),
        ("p", "Tomek drew his family for Laura: Mum in bed \"because she's tired\", Zuzanna \"doing the cooking\", "
              "and Dziadek with a big car \"to take us to school\". He said the best day is Sunday \"at Tata's, we "
              "play FIFA\"."),
        ("h1", "What is going well"),
        ("bullets", [
            "Attendance is up to 91%, and the children are in school on time on Jan's mornings.",
            "Kasia has kept every appointment with Laura and went back to her GP.",
            "The children have a warm, safe relationship with their dad and see him every Sunday.",
            "Tomek has not needed hospital treatment since November.",
        ]),
        ("h1", "What we want to be different"),
        ("numbers", [
            "Zuzanna and Tomek get to school on time every day, having had breakfast.",
            "Tomek's asthma is managed by the adults: his inhalers are in date and given on time, and he has no "
            "more hospital visits for attacks.",
            "Zuzanna has time to be 11 and is not responsible for Tomek's medicines or meals.",
            "Kasia's mood will improve and she will feel more confident in herself.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Worry", "What will happen", "Lead", "Timescale", "Evidence of progress"],
            "widths": [1.2, 4.0, 7.5, 4.0, 3.8, 5.2],
            "rows": [
                ["1", "Zuzanna and Tomek are late or miss school on the days Kasia cannot get up",
                 "Collect Zuzanna and Tomek at 8.15am and take them to school",
                 "Jan Wisniewski (grandfather)", "Every Monday, Wednesday and Friday from 04/02/2026",
                 "School register shows both children in by 8.45am on those days; Mr Hart sends it to Laura "
                 "each Friday"],
                ["2", V,
                 "Get the children up, give them breakfast and walk them to school",
                 "Kasia Nowak (Mum)", "Every Tuesday and Thursday from 05/02/2026",
                 "School register; the children tell Laura at her visits whether they had breakfast"],
                ["3", V,
                 "Have the children at his house after school for tea and homework until Kasia collects them",
                 "Jan Wisniewski (grandfather)", "Every Tuesday and Thursday, 3.15pm to 6pm, from 05/02/2026",
                 "Jan writes the times in the home diary; Laura reads it at each visit"],
                ["4", V,
                 "First-day calling if either child is not in by 9am: ring Kasia, then Laura if there is no "
                 "answer",
                 "Mr Neil Hart, DSL, Brantingfield Meadows Primary", "Every school day by 9.20am",
                 "Call log and weekly attendance e-mailed to Laura every Friday; 95% by the Easter holidays"],
                ["5", "Kasia's depression and anxiety mean she spends whole days in bed",
                 "Twelve sessions of cognitive behavioural therapy for Kasia's low mood and anxiety",
                 "Brantingfield Talking Therapies (Mark Ellis, therapist)",
                 "Weekly from 10/02/2026 for 12 weeks",
                 "Attendance at sessions, confirmed to Laura each month"],
                ["6", V,
                 "Review Kasia's antidepressant and write to Laura on how her mood is affecting the children's "
                 "mornings",
                 "Dr Ruth Adeyinka, GP, Brantingfield Health Centre", "By 17/02/2026",
                 "GP letter on the children's file"],
                ["7", V,
                 "Weekly home sessions with Kasia on morning routines, meals and getting Tomek's inhalers into "
                 "a routine",
                 "Gemma Lowe, family support worker, Brantingfield Family Hub",
                 "Thursdays at 10am from 05/02/2026 for 10 weeks", "Kasia's engagement with the sessions"],
                ["8", "Tomek's asthma has not been managed: two hospital visits in the autumn and inhalers out "
                      "of date",
                 "Write an asthma care plan for Tomek with Kasia and check that his inhalers at home and at "
                 "school are in date",
                 "Lucy Ward, school nurse, Brantingfield 0-19 Service", "By 20/02/2026",
                 "Asthma plan copied to the school, Kasia and Laura; inhaler expiry dates written on it"],
                ["9", V,
                 "Take Tomek to his asthma review with the practice nurse",
                 "Kasia Nowak (Mum)", "24/02/2026 at 4pm, Brantingfield Health Centre",
                 "Practice nurse's letter to Laura confirming the review and any change to his inhalers"],
                ["10", "Zuzanna looks after Tomek and her mum, and nobody outside the family hears about it "
                       "quickly enough",
                 "Young carer's assessment for Zuzanna and a place at the young carers group",
                 "Amy Fox, Brantingfield Young Carers", "As soon as possible",
                 "Assessment and Zuzanna's young carer's plan sent to Laura"],
                ["11", V,
                 "Home visits, seeing Zuzanna and Tomek each on their own; one visit in three before school",
                 "Laura Brennan, social worker", "Every 2 weeks until the next review conference",
                 "Visit records within 3 working days, with each child's own words"],
                ["12", V,
                 "Share any worry about Zuzanna and Tomek with the social worker, including Zuzanna giving "
                 "medicines or cooking",
                 "All professionals", "The same day",
                 "Worry logged on the children's file by Laura"],
                ["13", "The children miss their dad",
                 "Have the children every Sunday, 10am to 5pm, and bring them home for their tea",
                 "Piotr Nowak (Dad)", "Every Sunday",
                 "Piotr texts Kasia when they leave his house; the children tell Laura about their Sundays at "
                 "her visits"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kasia cannot get up to care for the children, or tells anyone she has thoughts of harming "
            "herself, whoever knows rings Laura (the Emergency Duty Team, 01632 960666, out of hours). Laura "
            "visits that day and contacts the GP or the Brantingfield crisis team the same day, and the children "
            "stay with Piotr until Laura agrees it is safe for them to come home.",
            "If Tomek has an asthma attack that needs hospital treatment, the ward tells Laura the same day, and "
            "Laura holds a strategy discussion if his medicines have not been given.",
            "If either child is not in school by 9.30am and nobody has rung in, Mr Hart rings Kasia and then "
            "Laura, who visits that day.",
            "If by the core group on 17/03/2026 the children's attendance is below 90%, or Tomek has missed his "
            "asthma review, Simon Ayodele (team manager) will hold a legal planning meeting within 10 working "
            "days to decide whether to start pre-proceedings under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every 6 weeks at Brantingfield Meadows Primary, 3.30pm: 17/03/2026, 28/04/2026, 09/06/2026 "
              "and 21/07/2026. Next review child protection conference: 04/08/2026 at 10am, Brantingfield Civic "
              "Offices."),
    ],
    "findings": [
        F("H001", "Twelve sessions of cognitive behavioural therapy for Kasia"),
        F("T002", "assessment for Zuzanna and a place at the young carers group"),
        F("W002", "Share any worry about Zuzanna and Tomek with the social worker"),
        F("M002", "Weekly home sessions with Kasia on morning routines"),
        F("F002", "mood will improve and she will feel more confident in herself"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group minutes with an action log, for a family about to move to
#    another council. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b212_bellsworth_core_group_minutes_move_action_log_whitlock.md",
    "split": "tune",
    "actions": 12,
    "template": "core-group-2-minutes-md-present-list-with-initials-key-then-numbered-minutes-childrens-news-agency-updates-the-move-to-another-council-outcomes-from-the-icpc-then-action-log-table-no-action-who-by-when-how-well-know-then-contingency-next-meetings",
    "description": (
        "Minutes of a second core group for a 6-year-old and a 2-year-old on a plan for neglect: their "
        "father uses cocaine at weekends and people have come to the flat about a drug debt; the "
        "family have a tenancy in another council's area from 16/02/2026. The minutes give Harley's "
        "words and Poppy's day, each agency's update, the discussion of the move and the outcomes "
        "from the initial conference, then an action log (No. / Action / Who (initials in the "
        "present list) / By when / How we'll know). Much is good: the social worker keeps visiting "
        "until the transfer-in conference and sends the records by a date, a joint visit with the "
        "receiving social worker, the school and health visitor with clear checks, a specific "
        "contingency with legal planning. Faults: the parenting assessment handed to the receiving "
        "council 'within four weeks of the transfer-in conference' (X001); a passive speech and "
        "language referral with '-' for who (W001); the nursery's daily notes with nothing under "
        "'How we'll know' (M001); the dental registration with no date (T001); the father's cocaine "
        "use with no adult service owning any action, the recovery service only somewhere he is to "
        "book himself (F004); and the review conference 'to be arranged by Brackstone' (R001)."
    ),
    "text": """\
# Bellsworth City Council - Children's Services

## Core group meeting 2: minutes and action log

**Children:** Harley Whitlock (6, Year 1, Bellsworth Park Infants) and Poppy Whitlock (2, Buttercups
Nursery, Bellsworth)
**Parents:** Jade Whitlock (27) and Ryan Whitlock (30), 16 Cobden House, Bellsworth BW7 1AX
**Plan:** Child protection plan since the initial conference on 11/12/2025 (neglect)
**Meeting:** Thursday 22/01/2026, 2pm, Bellsworth Park Infants (family room)
**Chaired and minuted by:** Kerry Booth, social worker

### Present (initials used in these minutes)

- KB - Kerry Booth, social worker, Bellsworth Children's Services (team manager: Dean Morley)
- JW - Jade Whitlock, Mum
- RW - Ryan Whitlock, Dad
- KA - Mr Kwame Asante, DSL, Bellsworth Park Infants
- MD - Mel Dean, Poppy's key person, Buttercups Nursery
- TM - Tina Marsh, health visitor, Bellsworth 0-19 Service
- SO - PC Sam Oduya, Bellsworth Police Neighbourhood Team

Apologies: none.

### 1. The children's news

Harley told KB on his own at school on 20/01/2026: "Daddy sleeps all day on Sunday and I'm not allowed
to wake him." "The men banged on the door and Mummy hid us in the bathroom." "I want to go to Auntie
Amy's new house, she has a trampoline." He drew the new flat with "a room for me and a room for Poppy".

MD said Poppy is happy at nursery and runs to the sand tray. She has about ten words. On Mondays she is
very hungry and falls asleep after lunch, and she cries when a door bangs. At home KB saw her take
Jade's hand and pull her to the fridge when she wanted a drink.

### 2. Updates

- **KB:** four home visits since the conference, two unannounced; the children seen alone each time.
  The flat was tidy on three visits. On 10/01/2026 Ryan was asleep at 2pm and Jade said he had been "out
  all night". Ryan says he uses cocaine "most weekends" and owes money to "a lad from the estate"; he has
  not yet been to any service about it.
- **KA:** Harley's attendance is 88%. He is tired and hungry on Mondays, and told his teacher "Daddy's
  poorly on Sundays".
- **MD:** Poppy attends Monday, Wednesday and Friday; she missed four sessions in January.
- **TM:** Poppy's two-year review is overdue; her weight is on the 25th centile.
- **SO:** two calls to the address since November about men shouting at the door, one on 03/01/2026.
  No arrests.

### 3. The move to Brackstone

Jade and Ryan have been offered a council tenancy at 8 Linden Court, Brackstone, from 16/02/2026, near
Jade's sister, Amy. They want a fresh start "away from the people Ryan owes". KB explained that
Bellsworth stays responsible for the plan until Brackstone Children's Services hold a transfer-in
conference, and that she will send the records and ask for that conference once the family have a date
to move. The meeting discussed whether to start the assessment of Jade's and Ryan's parenting now or
leave it for the Brackstone social worker, and agreed on the second (action 9).

### 4. Outcomes from the initial conference

1. Harley and Poppy live in a home free of drugs, and of people who come to the door about drug debts.
2. Harley and Poppy are in school and nursery every day they should be, fed and rested on Mondays.
3. Poppy's talking catches up, and her health checks are up to date.
4. The move to Brackstone does not break the children's care: every worker there knows them before
   they arrive.

### 5. Action log

| No. | Action | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Visit at home and see Harley and Poppy on their own; one visit in two unannounced, including a Monday morning | KB | Every week until the transfer-in conference | Visit records within 2 working days, with Harley's words and what KB saw of Poppy |
| 2 | Send Brackstone Children's Services the transfer request and the full records, and ask for a transfer-in conference within 15 working days of the move | KB | By 30/01/2026 | Brackstone's acknowledgement e-mail on the children's file |
| 3 | Joint home visit with the Brackstone social worker at the new flat, to introduce her to the children | KB | Within 5 working days of the move (by 23/02/2026) | Joint visit record, copied to Brackstone |
| 4 | Check in with Harley at 8.50am on Mondays and ask whether he has had breakfast; breakfast club place held for him | KA | Every Monday until the move | Check-in notes on CPOMS sent to KB every Friday |
| 5 | Write a daily note of Poppy's arrival time, clothes and any marks, and of how hungry and tired she is | MD | Every day Poppy attends | |
| 6 | Poppy's two-year review with an ASQ-3, and a handover to the Brackstone health visitor before the move | TM | Review by 06/02/2026; handover by 13/02/2026 | ASQ-3 scores and handover letter sent to KB |
| 7 | A referral will be made to speech and language therapy for Poppy, to follow her to Brackstone | - | By 06/02/2026 | Acceptance letter on the children's file |
| 8 | Register Harley and Poppy with a dentist and book their first check-ups | JW | | Registration letter shown to KB |
| 9 | Parenting assessment of Jade and Ryan to be completed by Brackstone Children's Services | Brackstone Children's Services | Within four weeks of the transfer-in conference | Assessment report shared with the core group |
| 10 | Book and go to a first appointment at Bellsworth Recovery Hub about his cocaine use | RW | By 30/01/2026 | Appointment letter shown to KB |
| 11 | Put a warning marker on 16 Cobden House and pass it to Brackstone's neighbourhood team before the move | SO | By 06/02/2026 | Marker reference e-mailed to KB |
| 12 | Take Poppy to the Chatterbox group at Bellsworth Family Hub | JW | Every Tuesday at 10am until the move | Group register; KB checks it with the group leader every fortnight |

### 6. If things go wrong

- If Ryan has used cocaine while he is looking after the children, or anyone comes to the door about a
  debt, Jade rings 999 if anyone is in danger, and rings KB (the Emergency Duty Team, 01632 960888, out of
  hours) the same day; the children stay with Jade, and Ryan leaves the home that night. KB holds a
  strategy discussion with the police the same day.
- If Harley or Poppy is not in school or nursery by 9.30am and nobody has rung, KA or MD rings Jade,
  then KB, who visits that day.
- If the family move before the transfer-in conference, KB keeps visiting weekly in Brackstone until it
  is held.
- If Ryan has not been to the Recovery Hub by 30/01/2026, or there is another call to the police about
  the door before the move, Dean Morley (team manager) will hold a legal planning meeting within 10
  working days.

### 7. Next meetings

- Core group 3: Thursday 12/02/2026, 2pm, Bellsworth Park Infants (the last before the move).
- Core group 4: to be held with Brackstone after the move, on 05/03/2026.
- Review child protection conference: to be arranged by Brackstone after the transfer-in conference.

Minutes sent to everyone present on 23/01/2026.
""",
    "findings": [
        F("X001", "Parenting assessment of Jade and Ryan to be completed by Brackstone"),
        F("W001", "A referral will be made to speech and language therapy"),
        F("M001", "Write a daily note of Poppy's arrival time"),
        F("T001", "Register Harley and Poppy with a dentist and book"),
        F("F004"),
        F("R001"),
    ],
})
