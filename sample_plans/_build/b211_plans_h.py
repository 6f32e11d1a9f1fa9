"""Batch 211, module h: seven fictional plans (held-out material), places beginning with "h".

Batch: 211. Letter: h. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, health and adult services, housing providers,
police teams and councils (Harkenby, Hesselmoor, Holdenrigg, Hulmscote,
Hawlingdon, Hornsgarth, Hevingstoke and every service named after them).
Any resemblance to real people, places or cases is a coincidence. The
labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: outcomes and owners said in ordinary words, in unusual places.
None of the seven plans has a section headed "Outcomes": what should be
different for the child is said as a goal sentence opening each part
("What will be different for Kai"), as "By the review we want Mia to ..."
in a letter, as "Worry / What we want instead" pairs in a Signs of Safety
plan, as "We will know Ivy is safer when ...", as a girl's own hoped-for
good day with "Success will look like" lines, and as "The aim of this
plan is that ..." statements; in the faulty plans some of these are only
the adults' changes (F002), and one set of core group minutes states no
outcome for the child anywhere (O001). Owners are named in many ways: a
role ("the family's social worker", "the school nurse"), a team or
service ("Harkenby Early Help", "the staff of Harebell Ward"), a relative
introduced once ("Nan (Pat Hughes, maternal grandmother)") and then by
the family's name for her, the person a letter is written to ("you") and
the social worker who signs it ("I"), an owner's lead-in over a list
("The community midwife will:"), a passive with its agent ("will be
taken by the community midwife"), and two people together ("Mum and Dad
together", "the health visitor with the GP"); in the faulty plans some
owners are collective ("all the professionals", "the family", "all
agencies", "professionals") and some are missing ("Leo's bedroom will be
made safe"). Times and checks are mostly present and clear, so the faults
sit mostly in owners and outcomes.

1. Harkenby (docx, exemplary): initial conference plan for a 2-year-old
   and a 7-year-old (neglect; the father's weekend drinking, with the
   recovery service reporting on his capacity to change; the maternal
   grandmother doing school runs and Saturdays), in four parts, each
   opening with "What will be different for Kai" (or Lacey, or both) and
   then a "Who's doing it / What they'll do / When / How we'll see it"
   table; a who's who introduces "Nan" and "the family's social worker".
2. Hesselmoor (pdf, header and footer): the social worker's plan letter
   to a mother after the initial conference for a 4-year-old and a
   5-month-old (the mother's postnatal depression under the perinatal
   mental health team, her father doing nursery runs and teas): "By the
   review we want Mia to ..." sentences, then "What will happen now"
   bullets where "you" is Shauna and "I" is Naomi. Faults: an aim that is
   only the mother feeling better and going to her appointments (F002);
   the perinatal nurse's visits that only support the mother (H001);
   Mia's bedroom "will be made safe" with no one named (W001); the baby
   group "when you feel ready" (T002); "all the professionals" sharing
   worries (W002); and no fallback if Grandad's help stops (C003).
3. Holdenrigg (md): a Signs of Safety plan for a 9-year-old and a
   6-year-old after domestic abuse (the father's cocaine use), with
   "Worry: ... / What we want instead: ..." pairs for outcomes and next
   steps as bullets with Who / When / How we'll know sub-bullets. Faults:
   a "what we want instead" that is only the father's change (F002);
   "The family" making sure contact happens only at Nana's (W002); a
   school nursing referral with no Who line (W001); the father's cocaine
   use recorded with no adult service owning any action (F004); and no
   legal planning anywhere (R002).
4. Hulmscote (txt, exemplary): a discharge and child protection plan for a
   newborn on a postnatal ward (a 19-year-old care leaver mother with
   learning needs, the father's cannabis use with the drug and alcohol
   service reporting on change, the mother's former foster carer helping),
   typed as a case-system print: "We will know Ivy is safer when ..."
   lines, then owners' lead-ins over dash lists ("THE COMMUNITY MIDWIFE
   (RACHEL DOYLE) WILL:"), a passive with its agent, and a fallback for
   the foster carer.
5. Hawlingdon (docx): core group 2 minutes for a 6-year-old and a
   3-year-old (neglect; the mother's depression under the community
   mental health team; the paternal aunt helping), agency updates, the
   children's words, then numbered actions where the owner is said in the
   sentence before the work. Faults: no expected outcome for the children
   anywhere (O001); "Leo's bedroom will be made safe" with no one named
   (W001); "professionals" checking Leo's lunchbox (W002); "the family"
   making sure the children are never left with the mother's ex-partner
   (W002); the care coordinator's visits that only support the mother
   (H001); and no fallback if the aunt or the family cannot help (C003).
6. Hornsgarth (pdf, header and footer, exemplary): review conference plan
   for an 11-year-old young carer (emotional harm; the father's
   depression under the community mental health team, which reports on
   his capacity to change), opening with "My good day", Skye's own words
   for the day she hopes for, and a "Success will look like" line for each
   part, then a table (Part / Who / What / When / How we'll know) with
   owners as roles, services and "Mum and Dad together".
7. Hevingstoke (md): review conference plan for a 13-year-old and a
   10-year-old (neglect; the mother's heroin use with the drug and alcohol
   service), with "The aim of this plan is that ..." statements and an
   action list by agency. Faults: two aims that are only the mother's or
   the father's change (F002 x2); "All agencies" sharing information
   (W002); a passive referral for Paige's dental treatment (W001); the
   youth worker's sessions with Tyler checked by "engagement" (M002); and
   the review conference "to be arranged" (R001).

Three plans (1, 4 and 6) are exemplary: every action has an owner a reader
can identify (a named person, a single role, a single team or service, a
relative the plan introduces, "you" the parent a letter is written to,
"I" the social worker who signs it, or two named people together), a
real timescale and something that can be seen, counted or read; every
outcome, however it is placed, is about the child; each contingency has
specific triggers and concrete protective responses, and says what
happens if a relative's help fails; each records the child's words or
observed day, core group dates or frequency and a dated review
conference, and a legal planning meeting after named triggers; where a
parent drinks, uses drugs or is unwell an adult service owns an action,
and each adult mental health service is asked for its view of the
parent's capacity to change.

Counting convention used for "actions" (README convention 1): each row of
an action table, each bullet of a "what will happen" list, each dash item
under an owner's lead-in and each numbered action of the minutes counts
once, whatever number of sentences it holds; Who / When / How we'll know
sub-bullets belong to the bullet above them. Who's who tables, background,
the children's words, what is going well, worries, goal sentences,
"what we want instead" lines, "My good day", contingencies, meeting dates
and agency updates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan in four parts, each opening with "What will be
#    different for ..." and a Who's doing it / What / When / How we'll see
#    it table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_harkenby_icpc_what_will_be_different_parts_brennan.docx",
    "doc_title": "Child Protection Plan - Kai and Lacey Brennan",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-docx-whos-who-table-introducing-nan-and-the-familys-social-worker-why-there-is-a-plan-what-lacey-told-us-kais-day-as-we-have-seen-it-going-well-then-four-parts-each-opening-with-what-will-be-different-for-kai-or-lacey-goal-sentence-then-whos-doing-it-what-theyll-do-when-how-well-see-it-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-year-old boy and his 7-year-old sister (neglect: a "
        "cold, mouldy bedroom, missed immunisations, tooth decay, lateness, and their father caring "
        "for them after drinking at weekends). There is no Outcomes heading: each of four parts opens "
        "with a goal sentence, 'What will be different for Kai' (or Lacey, or both), then a table "
        "headed Who's doing it / What they'll do / When / How we'll see it. Owners are 'Mum and Dad "
        "together', 'Nan' (introduced once in the who's who as Pat Hughes, maternal grandmother), 'the "
        "family's social worker', 'the health visitor with the GP', 'Harkenby Early Help', the "
        "housing provider, the nursery, the school's DSL, the school nurse and the recovery service, "
        "which reports on the father's capacity to change and the likely timescale. Lacey's words and "
        "Kai's observed day are recorded; the contingency has specific triggers, a fallback if Nan "
        "cannot help and a legal planning meeting after named triggers; core group and review dates "
        "are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Kai and Lacey Brennan"),
        ("p", "Harkenby Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 14/01/2026 (chair: Susan Marr, child protection chair). Kai and Lacey are each "
              "subject to a child protection plan under the category of neglect."),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Who they are"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Kai Brennan", "Born 12/09/2023 (2 years 4 months). Goes to Little Harts Nursery, Harkenby, on "
                                "Mondays, Wednesdays and Thursdays."],
                ["Lacey Brennan", "Born 03/05/2018 (7). Year 3 at Hollybank Primary School."],
                ["Mum", "Chantelle Brennan (27). Works evening shifts at Heathfield Lodge care home."],
                ["Dad", "Jordan Price (30), Kai's and Lacey's dad. Lives at home, 18 Hazel Row, Harkenby HK4 7DT."],
                ["Nan", "Pat Hughes (58), maternal grandmother, 4 Heron Walk, five minutes' walk away. Called "
                        "\"Nan\" in this plan, as the children call her."],
                ["The family's social worker", "Megan Tully, Safeguarding Team 2, Harkenby Children's Services "
                                               "(team manager: Rob Ellery)"],
                ["The health visitor", "Anita Rowe, Harkenby 0-19 Service"],
                ["The GP", "Dr Farid Hassan, Hartsgrove Medical Centre"],
                ["Kai's key person", "Kayleigh Mason, Little Harts Nursery"],
                ["Lacey's school", "Mrs Jo Fenwick, designated safeguarding lead (DSL), Hollybank Primary"],
                ["The school nurse", "Gemma Platt, Harkenby school nursing team (Hollybank cluster)"],
                ["Harkenby Early Help", "Sadie Kerr, family support worker"],
                ["Dad's recovery worker", "Dean Okoro, Harkenby Recovery Service"],
                ["Housing", "Jas Whitby, housing officer, Harkenby Homes"],
            ],
        }),
        ("h1", "Why Kai and Lacey have a plan"),
        ("p", "On 28/11/2025 the police were called to an argument at 18 Hazel Row at 11pm. Jordan had been "
              "drinking and was the only adult at home while Chantelle was at work. Officers found Kai in his "
              "cot in a cold bedroom with black mould around the window, in a soaked nappy, and there was "
              "little food in the house. Lacey had let the officers in. Since September Lacey has been late "
              "to school 23 times and has twice come in without a coat or lunch. Kai has missed his 12-month "
              "immunisations and his one-year review, and the health visitor saw decay in his front teeth in "
              "December. Jordan told the conference he drinks six to eight cans a night from Friday to Sunday, "
              "and that he has looked after the children on those nights."),
        ("h1", "What Lacey told us"),
        ("p", "Megan saw Lacey on her own at school on 08/01/2026. Lacey said: \"I get Kai his breakfast "
              "because Mummy's asleep after work. He likes Coco Pops.\" \"When Daddy has his cans he's shouty "
              "and I go in Kai's room and shut the door.\" \"Nan's house is warm and she does proper tea.\" "
              "Lacey wants \"to not be late so Mr Dale doesn't put me on the board\", and she wants Kai's room "
              "\"to not smell\". She drew her house with her, Kai and Mummy inside and Daddy in the garden."),
        ("h1", "Kai's day, as we have seen it"),
        ("p", "Kai is a smiley boy who runs to the door to see who is there. At the health visitor's visit on "
              "06/01/2026 he was still in his pyjamas at 11am, had a full nappy, and ate a packet of crisps "
              "quickly when given it. He says about ten single words (\"Nan\", \"juice\", \"no\", \"car\"). At "
              "nursery he settles well with Kayleigh and eats everything at lunch. He goes to Lacey when he "
              "is upset, more often than to his mum or dad."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle and Jordan both came to the conference and agreed the plan.",
            "Nan sees the children most days and her house is warm and well stocked.",
            "Kai's nursery attendance has been 100% since he started on 05/01/2026.",
            "Jordan has already booked his first appointment with the recovery service, for 21/01/2026.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in four parts. Each part starts with what will be different for the children by the "
              "review conference on 14/04/2026, and then says who is doing what, when, and how we will all "
              "see that it is happening."),
        ("h2", "Part 1: Kai's room, meals and sleep"),
        ("boldp", "What will be different for Kai: by the review Kai sleeps in his own cot in a warm, dry room, "
                  "is changed and dressed each morning, and has breakfast, lunch and tea every day."),
        ("table", {
            "header": ["Who's doing it", "What they'll do", "When", "How we'll see it"],
            "widths": [3.6, 6.4, 3.2, 3.8],
            "rows": [
                ["Mum and Dad together",
                 "Put Kai to bed in his own cot at 7.30pm with a clean nappy, and fill in the bedtime and "
                 "meals chart on the fridge",
                 "Every night from 15/01/2026",
                 "The chart, read by Megan at each visit; Kai in his cot at evening visits"],
                ["Harkenby Early Help (Sadie Kerr)",
                 "Home sessions with Chantelle and Jordan on a morning routine for both children, a weekly "
                 "meal plan and a shopping list that fits their budget",
                 "Tuesdays and Fridays, 9am to 11am, for 10 weeks from 20/01/2026",
                 "Sadie's session records; the meals chart shows three meals a day on at least 6 days a week "
                 "by 27/03/2026"],
                ["Harkenby Homes (Jas Whitby, housing officer)",
                 "Repair the boiler, treat the mould and replace the rotten window frame in Kai's bedroom",
                 "Boiler by 23/01/2026; window and mould by 13/02/2026",
                 "Job completion sheets sent to Megan; Kai's room dry and warm at Megan's next visit"],
                ["The family's social worker",
                 "Visit at home, see Kai's room and Lacey on her own; at least one visit in three after "
                 "6pm on a Friday or Saturday",
                 "Every week until the review conference",
                 "Visit records within 48 hours, with Lacey's own words and what Kai's room was like"],
            ],
        }),
        ("h2", "Part 2: Kai's health and talking"),
        ("boldp", "What will be different for Kai: by the review Kai has had every immunisation he missed, has "
                  "seen a dentist, and is using more words each month."),
        ("table", {
            "header": ["Who's doing it", "What they'll do", "When", "How we'll see it"],
            "widths": [3.6, 6.4, 3.2, 3.8],
            "rows": [
                ["The health visitor with the GP",
                 "Give Kai his missed 12-month immunisations, at the surgery or at home, and book the rest of "
                 "his catch-up course",
                 "First immunisations by 06/02/2026",
                 "Red book and GP record show each immunisation given; Anita tells Megan the same day"],
                ["The health visitor",
                 "Kai's two-year review with an ASQ-3, and a referral to speech and language therapy if his "
                 "communication score is below the cut-off",
                 "Review by 30/01/2026; referral within 5 working days of it",
                 "ASQ-3 scores in the health visitor's report to the first core group; a copy of the "
                 "referral on file"],
                ["Mum",
                 "Take Kai to Hawthorn Lane Dental Practice for a check-up and fluoride varnish, and brush "
                 "his teeth with him morning and night",
                 "Appointment by 27/02/2026; brushing twice every day",
                 "Appointment card seen by Anita; brushing ticked on the fridge chart"],
                ["Little Harts Nursery (Kayleigh Mason, key person)",
                 "Ring Megan if Kai is not in by 10am on a nursery day, and keep a weekly note of his new "
                 "words and how he arrives (clean, fed, dressed)",
                 "Every Monday, Wednesday and Thursday",
                 "Attendance register and the weekly note e-mailed to Megan every Friday"],
            ],
        }),
        ("h2", "Part 3: Lacey at school"),
        ("boldp", "What will be different for Lacey: by the review Lacey gets to school on time every day "
                  "with her coat and lunch, and has an adult at school she can tell if things are hard at "
                  "home."),
        ("table", {
            "header": ["Who's doing it", "What they'll do", "When", "How we'll see it"],
            "widths": [3.6, 6.4, 3.2, 3.8],
            "rows": [
                ["Nan",
                 "Walk Lacey to school for 8.45am, with her coat and packed lunch",
                 "Every Monday and Thursday from 19/01/2026",
                 "Hollybank's late book; Nan texts Megan if Lacey was not ready"],
                ["Mrs Fenwick (DSL, Hollybank Primary)",
                 "A check-in with Lacey in the nurture room, using her worry box, and a call to Megan the "
                 "same day about anything she says about home",
                 "Every Wednesday at 9.15am",
                 "Check-in notes on the school's safeguarding record, sent to Megan every fortnight"],
                ["The school nurse",
                 "Health review for Lacey: height and weight, eyesight, teeth, and head lice treatment if "
                 "needed, with a letter to Chantelle",
                 "By 20/02/2026",
                 "Health review summary sent to Megan and the GP"],
            ],
        }),
        ("h2", "Part 4: Dad's drinking and what the children see"),
        ("boldp", "What will be different for Kai and Lacey: they are never looked after by an adult who has "
                  "been drinking, and weekends at home are calm and safe."),
        ("table", {
            "header": ["Who's doing it", "What they'll do", "When", "How we'll see it"],
            "widths": [3.6, 6.4, 3.2, 3.8],
            "rows": [
                ["Dad",
                 "Not drink at all on any day he is looking after Kai or Lacey; if he has had a drink, ring "
                 "Chantelle or Nan to come and take over",
                 "Every day from 15/01/2026",
                 "Chantelle's and Nan's reports to Megan; breath tests at Dad's recovery sessions"],
                ["Harkenby Recovery Service (Dean Okoro, recovery worker)",
                 "Assess Jordan's drinking, give him weekly key work, and report to the core group on his "
                 "progress, his capacity to stay sober when he has the children, and how long change is "
                 "likely to take",
                 "Assessment by 30/01/2026; key work every Wednesday; report before each core group",
                 "Written reports with attendance and breath test results, sent to Megan"],
                ["Nan",
                 "Have Kai and Lacey at her house on Saturdays, so that they are away from home on the "
                 "day Jordan used to drink most",
                 "Every Saturday, 10am to 4pm, from 17/01/2026",
                 "Nan texts Megan when the children arrive and when she takes them home; Lacey tells Megan "
                 "about her Saturdays"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan has been drinking while he is the only adult with the children, Chantelle or Nan takes "
            "over and Jordan leaves the house for the night; if he will not leave, they ring 999. Megan (or "
            "the Emergency Duty Team out of hours) holds a strategy discussion with the police the same day.",
            "If Nan cannot do her Monday and Thursday school walks or her Saturdays (because she is ill, away "
            "or feels she cannot carry on), she tells Megan that day. Chantelle walks Lacey to school herself, "
            "Megan books Lacey into Hollybank's breakfast club within 3 school days, and Sadie books the "
            "children into Harkenby Family Hub's Saturday play sessions instead.",
            "If Kai or Lacey is found alone, cold or without food, or with an injury no one can explain, "
            "Megan (or the Emergency Duty Team) holds a strategy discussion that day; the children stay with "
            "Nan, or with emergency foster carers found by Megan if Nan cannot have them.",
            "If Kai's room is still cold or mouldy at the core group on 25/02/2026, or Jordan looks after the "
            "children after drinking again, Rob Ellery (team manager) will hold a legal planning meeting "
            "within 10 working days to decide whether to start pre-proceedings under the PLO.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Hollybank Primary, Wednesdays at 1.30pm: 28/01/2026, 25/02/2026 "
            "and 25/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Harkenby Civic Centre.",
        ]),
        ("p", "Plan sent to Chantelle, Jordan, Nan and every agency named in it on 16/01/2026. Lacey has her own "
              "picture copy of Part 3, talked through with Megan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The social worker's plan letter to a mother: "By the review we want Mia
#    to ..." and "What will happen now" bullets ("you" is Shauna, "I" is
#    Naomi). Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_hesselmoor_plan_letter_by_the_review_we_want_dawson.pdf",
    "doc_title": "Letter to Shauna Dawson - Mia and Ellis's child protection plan",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Hesselmoor Council Children's Services",
    "footer": "Letter to Shauna Dawson about Mia and Ellis's plan · 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-mother-paged-header-footer-address-block-dear-shauna-why-there-is-a-plan-what-mia-told-me-how-ellis-is-where-we-want-to-be-by-the-review-sentences-we-want-mia-to-then-what-will-happen-now-bullets-you-is-shauna-i-is-the-social-worker-grandad-introduced-once-then-if-things-go-wrong-meetings-signature",
    "description": (
        "The social worker's letter to a mother after the initial conference for a 4-year-old girl and "
        "a 5-month-old boy (neglect: the mother's postnatal depression, mornings when no one gets up, "
        "Mia late or absent from nursery, a slow weight gain for the baby, an unsafe bedroom). The "
        "outcomes are sentences under 'Where we want to be by the review' ('By the review we want Mia "
        "to ...'), and the plan is 'What will happen now' bullets in which 'you' is Shauna, 'I' is "
        "Naomi the social worker who signs, and Grandad is introduced once as Tony Dawson. Faults: an "
        "aim that is only the mother feeling better and going to her appointments; the perinatal "
        "nurse's visits that only support the mother; Mia's bedroom 'will be made safe' with no one "
        "named; the baby group 'when you feel ready'; 'all the professionals' sharing worries; and a "
        "contingency that says nothing of what happens if Grandad's nursery runs and teas stop."
    ),
    "blocks": [
        ("pr", "Hesselmoor Council Children's Services"),
        ("pr", "Family Safeguarding Team, Hesselmoor House, Harbour Street, Hesselmoor HS1 2QA"),
        ("pr", "22/01/2026"),
        ("pl", "Ms Shauna Dawson"),
        ("pl", "Flat 3, 27 Hollins Road"),
        ("pl", "Hesselmoor HS3 5LN"),
        ("p", ""),
        ("p", "Dear Shauna,"),
        ("p", "Thank you for coming to Mia and Ellis's child protection conference on 20/01/2026, and for "
              "talking so openly about how hard the last few months have been. I said I would write down the "
              "plan we agreed in a letter, so that you have it in one place. Everyone at the conference has a "
              "copy. If anything in it is not clear, ring me on 01632 960 418."),
        ("h2", "Why there is a plan"),
        ("p", "Mia (4) and Ellis (5 months) are on child protection plans under the category of neglect. Since "
              "Ellis was born you have had postnatal depression, and you are under the Hesselmoor Perinatal "
              "Mental Health Team. On many mornings no one has been up to get Mia ready: she missed 19 nursery "
              "sessions last term and was late for 14 more. Ellis has been slow to put on weight and has "
              "dropped from the 25th to below the 9th centile. When I visited on 09/01/2026, the window catch "
              "in Mia's bedroom was broken and there were loose wires behind her bed."),
        ("h2", "What Mia told me"),
        ("p", "I saw Mia at nursery on 15/01/2026. She said: \"Mummy is sad and stays in bed.\" \"I give Ellis "
              "his dummy when he cries.\" \"I like it at Grandad's, we have fish fingers.\" She told me she "
              "wants \"to go to nursery every day like Amelie\" and to have \"a light in my room that's a "
              "star\"."),
        ("h2", "How Ellis is"),
        ("p", "Ellis smiles and follows faces, and settles quickly when you or Grandad hold him. At my visit on "
              "09/01/2026 he had been in his bouncer for most of the morning and his bottle had been propped "
              "on a cushion. His skin was sore in the nappy area."),
        ("h2", "Where we want to be by the review"),
        ("bullets", [
            "By the review on 14/04/2026 we want Mia to be at nursery every weekday morning by 9am, washed, "
            "dressed and having had breakfast.",
            "We want Ellis to be back on his centile line, with a clean, dry bottom, and picked up and "
            "talked to when he cries.",
            "We want Mia to sleep in a safe bedroom and to be able to tell us that she feels happy at home.",
            "We also want you to be feeling better in yourself and going to all of your appointments.",
        ]),
        ("h2", "What will happen now"),
        ("p", "Everyone agreed these at the conference. Where it says \"you\", it means you, and where it says "
              "\"I\", it means me, Naomi."),
        ("bullets", [
            "You will take Mia to Hazelwood Nursery for 9am on Mondays, Wednesdays and Fridays, starting "
            "on 23/01/2026; Mrs Kelly Bray at the nursery writes her arrival time in the register and "
            "e-mails it to me every Friday.",
            "Grandad (Tony Dawson, your dad) has agreed to collect Mia from your flat at 8.15am every Tuesday "
            "and Thursday and take her to nursery; the nursery register will show who brought her in.",
            "Tony will also have Mia for tea at his house every Wednesday from 3pm to 6pm, starting on "
            "28/01/2026, and text me when she is home.",
            "You will use the picture bedtime chart with Mia every night from 23/01/2026 (bath, story, bed by "
            "7.30pm) and show it to me at each visit.",
            "Ellis's health visitor, Bev Clarke, will weigh Ellis at home every fortnight until he is 9 months "
            "old, plot his weight in his red book and send me each weight on the day.",
            "Dr Anjali Sharma, your perinatal psychiatrist, will review your medication with you by 13/02/2026 "
            "and write to me about how your mood is affecting your care of Mia and Ellis, what needs to "
            "change, and how long that is likely to take.",
            "Carys Lloyd, your perinatal nurse, will keep visiting you every two weeks to talk through how "
            "you are feeling and to support you with your low mood; her visits are recorded in the "
            "perinatal team's notes and she sends me their dates each month.",
            "Jodie Marsh, family support worker at Hesselmoor Family Hub, will do home sessions with you "
            "on Tuesday mornings for 8 weeks from 27/01/2026 on feeds, nappy changes and getting both children "
            "up and ready; her session notes and Ellis's feed chart will show how it is going.",
            "Mia's bedroom will be made safe by 06/02/2026: the broken window catch will be fixed and the "
            "loose wires behind her bed covered, and this will be seen at the next home visit after that "
            "date.",
            "You will go to the Little Steps baby group at Hesselmoor Family Hub with Ellis when you feel "
            "ready, and the group leader will send me the register.",
            "I will visit every week until the review, see Mia on her own and see Ellis awake, and write up "
            "each visit within two working days with what Mia said and how Ellis was.",
            "All the professionals working with your family will tell me the same day about any worry about "
            "Mia or Ellis, and each worry will be written on the children's records.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Mia is not at nursery by 10am on a nursery day and you have not rung them, Mrs Bray rings you "
            "and then me; if no one can reach you by 11am, I (or the duty social worker) will visit that "
            "morning.",
            "If Ellis loses weight, or drops below the 2nd centile, Bev will arrange for him to be seen by the "
            "GP or at Hesselmoor General's children's assessment unit that day, and I will hold a strategy "
            "discussion the same day.",
            "If your mood drops so that you cannot get up for the children, or you have thoughts of harming "
            "yourself or them, ring Carys (or the perinatal crisis line, 0300 555 0122, out of hours). I will "
            "visit the same day, and the children will stay with Grandad until you and the perinatal team "
            "agree you are well enough.",
            "If by the core group on 03/03/2026 Mia is still missing more than one nursery day a week, or "
            "Ellis's weight has not started to come back up, my manager, Gail Ferris, will hold a legal "
            "planning meeting within 10 working days.",
        ]),
        ("h2", "Meetings"),
        ("p", "The core group (you, me, Tony if you want him there, Bev, Carys, Jodie and Mrs Bray) will meet "
              "every four weeks at Hazelwood Nursery at 1pm: on 03/02/2026, 03/03/2026 and 31/03/2026. The "
              "review child protection conference will be on 14/04/2026 at 10am at Hesselmoor House."),
        ("p", "Yours sincerely,"),
        ("pl", "Naomi Fairley"),
        ("pl", "Social worker, Family Safeguarding Team, Hesselmoor Council Children's Services"),
        ("pl", "Copies to: everyone at the conference on 20/01/2026"),
    ],
    "findings": [
        F("F002", "We also want you to be feeling better in yourself and going to all of your appointments."),
        F("H001", "Carys Lloyd, your perinatal nurse, will keep visiting you"),
        F("W001", "Mia's bedroom will be made safe by 06/02/2026"),
        F("T002", "go to the Little Steps baby group at Hesselmoor Family Hub"),
        F("W002", "All the professionals working with your family will tell me"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A Signs of Safety plan with "Worry / What we want instead" pairs as its
#    outcomes and next steps as bullets with Who / When / How we'll know
#    sub-bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_holdenrigg_sos_worry_what_we_want_instead_cole.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-cp-plan-md-family-and-network-table-introducing-nana-what-happened-worry-and-what-we-want-instead-pairs-as-outcomes-working-well-scaling-jaydens-three-houses-rubys-wizard-then-next-steps-bullets-with-who-when-how-well-know-sub-bullets-then-if-the-plan-is-not-keeping-the-children-safe-network-meetings",
    "description": (
        "Signs of Safety child protection plan for a 9-year-old boy and a 6-year-old girl after their "
        "father assaulted their mother in front of the boy; the father, who uses cocaine and drinks at "
        "weekends, lives with his mother (Nana), where the children see him on Saturdays. The outcomes "
        "are 'Worry: ... / What we want instead: ...' pairs; the next steps are bullets with Who / When "
        "/ How we'll know sub-bullets; Nana is introduced once in the network table. Faults: a 'what we "
        "want instead' that is only the father stopping cocaine and finishing a programme; 'The family' "
        "owning the rule that the children see their father only at Nana's; a school nursing referral "
        "with no Who line; the father's cocaine use recorded with no adult service owning any action; "
        "and nothing about legal planning if the plan does not keep the children safe."
    ),
    "text": """\
# Holdenrigg Children's Services: Signs of Safety child protection plan

**Children:** Jayden Cole (9, born 14/06/2016) and Ruby Cole (6, born 02/02/2019)
**Home:** 9 Hawes Close, Holdenrigg HD6 3RW, with their mum
**Plan made at:** initial child protection conference, 15/01/2026 (category: emotional abuse)
**Social worker:** Jade Armitage, Holdenrigg Children's Services, Assessment and Safeguarding Team 1
**Team manager:** Paul Whitworth

## The family and the safety network

| Person | Who they are to Jayden and Ruby |
|---|---|
| Leanne Cole | Mum (33). Works mornings at Harrow's bakery. |
| Craig Cole | Dad (36). Moved out on 03/12/2025 and lives with his mum at 22 Heather Drive. |
| Nana (Brenda Cole) | Dad's mum (61), 22 Heather Drive. Called "Nana" in this plan, as the children call her. |
| Auntie Gemma (Gemma Lister) | Mum's sister (29), lives two streets away. |
| Mrs Sana Patel | Learning mentor, Holdenrigg Junior School (Jayden) |
| Miss Chloe Hale | Ruby's class teacher, Holdenrigg Infant School |
| Kerry Walsh | IDVA, Holdenrigg Domestic Abuse Service |
| PC Dan Holt | Holdenrigg Police, Domestic Abuse Unit |

## What happened

On 03/12/2025 Craig came home at 1am after drinking and taking cocaine. He and Leanne argued, and he
pushed her against the kitchen door and held her by the throat. Jayden came downstairs and tried to pull
his dad away, and was pushed over. Leanne rang 999. Craig was arrested and released on bail not to go to
9 Hawes Close; the bail ended on 09/01/2026 when the police decided to take no further action because
Leanne did not want to give a statement. Leanne says there were two other times in the last year when
Craig hurt her after a night out. Craig told the conference that he uses cocaine "most weekends" and
drinks "a fair bit", and that he does not need help with either.

## What we are worried about, and what we want instead

**Worry 1:** Jayden and Ruby have seen and heard their dad hurt their mum, and Jayden was hurt when he
tried to stop it. If Craig comes back to the house after drinking or taking cocaine, it could happen again
and the children could be hurt.
**What we want instead:** Jayden and Ruby live in a home where nobody gets hurt, and they only see their
dad when Nana is with them and he has not been drinking or using.

**Worry 2:** Since December Jayden has been waking up screaming, and has hit other children at school
three times. He says he has "a volcano" in his tummy.
**What we want instead:** Jayden sleeps through most nights, stays in his class, and has a grown-up at
school he goes to when the volcano starts.

**Worry 3:** Ruby has started wetting the bed again and will not go to sleep unless Mum is in her bed.
**What we want instead:** Ruby goes to sleep in her own bed without being frightened, and the wetting is
looked at by a nurse.

**Worry 4:** Craig uses cocaine and drinks at weekends, and he has been violent to Leanne after using.
**What we want instead:** Craig stops using cocaine and completes a programme about his violence.

## What is working well

- Leanne rang 999 straight away on 03/12/2025 and has kept Craig out of the house since.
- Nana has had the children every Saturday since December and they love going.
- Auntie Gemma picks Ruby up from school on Wednesdays and the children are happy with her.
- Jayden's teacher says he is "a different boy" on the days he has seen Mrs Patel.

## Scaling

On a scale of 0 to 10, where 10 means everyone is sure the children are safe enough for the plan to end
and 0 means they cannot stay at home: Jade 4, Leanne 7, Nana 6, Kerry Walsh 4, Mrs Patel 5.

## Jayden's Three Houses (with Jade, 12/01/2026)

- **House of worries:** "Dad shouting and Mum crying." "When Dad squeezed Mum's neck." "That Dad comes back
  at night."
- **House of good things:** "Nana's, she does chips." "Football on Saturday." "Mrs Patel's room."
- **House of dreams:** "Dad being nice all the time and not doing that stuff that makes him angry." "Mum
  being happy." "Me being in the school team."

## Ruby's wishes (the Wizard, with Jade, 12/01/2026)

Ruby asked the wizard for "a night light like a unicorn" and "for Daddy to say sorry to Mummy". She drew
her family holding hands with Nana, and said she gets "scared at night when it's dark and there's
banging".

## Next steps: who will do what

- Keep the front door locked at night, not let Craig into the house, and ring 999 if he comes to the
  house or will not leave.
  - Who: Leanne (Mum)
  - When: every day until the review conference
  - How we'll know: police logs of any call; Jayden and Ruby tell Jade at her visits whether Dad has been
    to the house
- Make sure Jayden and Ruby only see their dad at Nana's house on Saturday mornings, and never at home or
  on their own with him.
  - Who: The family
  - When: every Saturday, 10am to 12 noon
  - How we'll know: Nana's contact book, read by Jade every week
- Stay in the room for the whole of every contact, and write in the contact book how it went and what the
  children said.
  - Who: Nana
  - When: every Saturday, 10am to 12 noon, from 17/01/2026
  - How we'll know: the contact book, read by Jade every week
- End the contact straight away if Craig arrives smelling of drink or seeming high, and take the children
  home to Leanne.
  - Who: Nana
  - When: at every contact
  - How we'll know: Nana rings Jade the same day and writes it in the contact book
- Go to the Holdenrigg Change Project, a domestic abuse perpetrator programme, starting with the
  assessment session.
  - Who: Craig (Dad)
  - When: assessment on 23/01/2026, then every Tuesday 6pm to 8pm for 26 weeks from 27/01/2026
  - How we'll know: attendance record and the facilitator's mid-point report to Jade by 28/04/2026
- Safety planning with Leanne, and a new domestic abuse risk assessment (DASH) after six sessions.
  - Who: Kerry Walsh (IDVA, Holdenrigg Domestic Abuse Service)
  - When: weekly for 8 weeks from 20/01/2026
  - How we'll know: written safety plan and the new DASH score sent to Jade by 03/03/2026
- Go to the Freedom Programme group at Holdenrigg Women's Aid.
  - Who: Leanne (Mum)
  - When: Thursdays 10am to 12 noon for 12 weeks from 29/01/2026
  - How we'll know: the group's register, sent to Jade every month
- Put a marker on 9 Hawes Close so that any 999 call from the address is treated as urgent.
  - Who: PC Dan Holt, Holdenrigg Police Domestic Abuse Unit
  - When: by 23/01/2026
  - How we'll know: marker reference e-mailed to Jade
- See Jayden and Ruby on their own at home or school, and redo Jayden's Three Houses and Ruby's Wizard
  with them after six weeks.
  - Who: Jade Armitage (social worker)
  - When: every week until the review conference; the Three Houses and Wizard again by 27/02/2026
  - How we'll know: visit records within 48 hours with the children's own words; the new Three Houses and
    Wizard pictures on file
- A morning check-in with Jayden and a "calm card" he can use to leave the class and go to Mrs Patel's
  room.
  - Who: Mrs Sana Patel (learning mentor, Holdenrigg Junior School)
  - When: every school morning at 8.50am
  - How we'll know: behaviour incident log sent to Jade every Friday; no more than one incident a week by
    the Easter holidays
- Assessment of Jayden's sleep, nightmares and anger, with recommendations for any treatment.
  - Who: Dr Lucy Grant, Holdenrigg CAMHS Getting Help team
  - When: first appointment by 06/02/2026; letter by 06/03/2026
  - How we'll know: assessment letter with recommendations sent to Jade and the GP
- Referral to the school nursing service for Ruby's bedwetting and her fear of going to sleep.
  - When: by 30/01/2026
  - How we'll know: the school nursing service's letter accepting the referral, on Ruby's file

## If the plan is not keeping the children safe

- If Craig comes to 9 Hawes Close, Leanne rings 999 and the police attend. Jade (or the Emergency Duty
  Team out of hours) holds a strategy discussion with the police the same day, and Saturday contact stops
  until the network has met.
- If Craig turns up to contact drunk or high, or is violent to anyone at Nana's, Nana ends the contact and
  takes the children home, and Jade holds a strategy discussion with the police the same day.
- If Nana or anyone in the family cannot supervise a Saturday, there is no contact that week, and Jade
  arranges supervised contact at Holdenrigg Family Centre within 7 days.
- If Leanne lets Craig back into the house, Jade visits that day and the children go to stay with Auntie
  Gemma while the network meets within 2 working days; if Gemma cannot have them, Jade finds an emergency
  foster placement that night.

## Network meetings

- Core group (the safety network) every four weeks at Holdenrigg Junior School, Tuesdays at 3.30pm:
  03/02/2026, 03/03/2026 and 31/03/2026.
- Review child protection conference: 09/04/2026 at 10am, Holdenrigg Town Hall.

Plan written by Jade Armitage with Leanne, Nana and Auntie Gemma on 16/01/2026 and sent to everyone in the
network.
""",
    "findings": [
        F("F002", "Craig stops using cocaine and completes a programme about his violence."),
        F("W002", "Make sure Jayden and Ruby only see their dad at Nana's house"),
        F("W001", "Referral to the school nursing service for Ruby's bedwetting"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. A discharge and child protection plan for a newborn on a postnatal
#    ward, typed as a case-system print: "We will know Ivy is safer when"
#    lines, owners' lead-ins over dash lists. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_hulmscote_newborn_discharge_print_owner_lead_ins_barker.txt",
    "split": "heldout",
    "actions": 15,
    "template": "case-system-print-txt-newborn-discharge-and-cp-plan-dot-leader-details-whos-who-why-ivys-days-on-the-ward-observed-tasha-and-kierans-words-going-well-we-will-know-ivy-is-safer-when-lines-then-owners-caps-lead-ins-over-dash-lists-the-ward-will-the-community-midwife-will-passive-with-agent-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary discharge and child protection plan for a newborn girl on a postnatal ward, whose "
        "mother is a 19-year-old care leaver with learning needs and whose father smokes cannabis "
        "daily; the mother's former foster carer will stay for the first nights. Typed as a case-system "
        "print. There is no Outcomes heading: the outcomes are 'We will know Ivy is safer when ...' "
        "lines. The plan is set out by owner, each a capitals lead-in over a dash list ('THE STAFF OF "
        "HAREBELL WARD WILL, UNTIL IVY GOES HOME:', 'THE COMMUNITY MIDWIFE (RACHEL DOYLE) WILL:', 'JAN "
        "(JANET MORLEY, TASHA'S FORMER FOSTER CARER) WILL:'), with one passive whose agent is named "
        "('will be taken by the community midwife'). The drug and alcohol service reports on the "
        "father's capacity to change and the likely timescale; Ivy's days on the ward are observed; "
        "the contingency has specific triggers, a fallback if Jan cannot do the nights and a legal "
        "planning meeting after named triggers; core group and review dates are set."
    ),
    "text": """\
HULMSCOTE CHILDREN'S SERVICES                                   CareView print 21/01/2026 09:14
CHILD PROTECTION PLAN - NEWBORN DISCHARGE                        Printed by: Owen Price
=============================================================================================

Child ...................... Baby Ivy BARKER, born 09/01/2026 at 36+2 weeks, 2.41kg
Where now .................. Harebell Ward (postnatal), Hulmscote General Hospital, with Tasha
Going home to .............. Flat 12, Hartley Court, Hulmscote HM2 8PE (Tasha's flat)
Planned discharge .......... 23/01/2026, if the discharge checklist below is complete
Plan ....................... Child protection plan from birth (category: neglect), made at the
                             pre-birth conference on 11/12/2025 and updated at the discharge
                             planning meeting on Harebell Ward on 20/01/2026
Social worker .............. Owen Price, Hulmscote Children's Services, Children and Families
                             Team 3 (team manager: Claire Ibbotson)

WHO'S WHO
---------
  Tasha Barker ............. Ivy's mum, 19. A care leaver; she has a mild learning disability
                             and reads best with pictures and short sentences.
  Kieran Roper ............. Ivy's dad, 22. Lives with his brother in Hulmscote; visits daily.
  Jan (Janet Morley) ....... Tasha's former foster carer (Tasha lived with her from 12 to 18).
                             Called "Jan" in this plan, as Tasha calls her.
  Ruth Okafor .............. Tasha's personal adviser, Hulmscote Leaving Care Service
  Rachel Doyle ............. Community midwife, Hulmscote General Hospital
  Nicola Ford .............. Health visitor, Hulmscote 0-19 Service
  Sam Ellis ................ Recovery worker, Hulmscote Horizons (drug and alcohol service)
  Sister Amy Chowdhury ..... Ward manager, Harebell Ward

WHY THERE IS A PLAN
-------------------
  Tasha's first child, Ivy, was born three weeks early. Tasha has had little help to learn how to
  look after a baby, and at the pre-birth assessment she did not know how often a newborn needs
  feeding or how to make up a bottle. Kieran smokes cannabis every day, including in Tasha's flat,
  and both have fallen asleep on the sofa after smoking. In October the police were called to the
  flat after an argument between Tasha and Kieran; neither was hurt.

IVY'S DAYS ON HAREBELL WARD (observed by the ward staff and by Owen, 10/01/2026 to 20/01/2026)
-------------------------------------------------------------------------------------------
  Ivy is a small, sleepy baby who needs waking for her feeds. She feeds best when she is held
  upright and talked to. When Tasha holds her close and hums, Ivy settles within a few minutes;
  when she is passed quickly between visitors she cries and takes longer to feed. On 14/01/2026
  Tasha fell asleep while feeding Ivy on the bed, and a midwife moved Ivy to her cot. Ivy lost 9%
  of her birth weight by day 4 and was 2.29kg on 20/01/2026, gaining again.

WHAT TASHA AND KIERAN SAY
-------------------------
  Tasha: "I want to do it right. I just need people to show me, not tell me." "Jan's the only one
  who never gave up on me." Kieran: "I'll smoke outside. I'm not giving it up completely, but
  not near her." Both want Ivy home and said they will "do whatever the plan says".

WHAT IS GOING WELL
------------------
  - Tasha has done every feed herself since 16/01/2026 and writes each one on the feed chart.
  - Kieran has visited every day and has learned to change nappies and wind Ivy.
  - Jan has been on the ward every afternoon and has agreed to stay at the flat at night.
  - Ruth has bought a Moses basket, a steriliser and a car seat through the leaving care grant.

WE WILL KNOW IVY IS SAFER WHEN
------------------------------
  - Ivy is fed at least every 3 to 4 hours, day and night, and is back to her birth weight by 14
    days old and growing along her centile after that.
  - Ivy always sleeps on her back in her own Moses basket, never in an adult's bed or on the sofa.
  - Ivy lives in a flat with no cannabis smoke, and is never cared for on her own by an adult who
    has used cannabis that day.
  - When Ivy cries or roots, a calm adult picks her up and feeds or settles her.
  - Ivy is seen by a midwife, health visitor or social worker at least twice a week until she is
    8 weeks old.

THE PLAN
--------
  Each part of the plan is set out under the person or service who will do it. Every line says
  when, and how we will know it has happened.

  THE STAFF OF HAREBELL WARD WILL, UNTIL IVY GOES HOME:
  - Be with Tasha for every feed and nappy change, showing her how and then watching her do it,
    and write what they see on the parenting observation chart; a copy of the chart goes to Owen
    before discharge.
  - Show Tasha and Kieran how to put Ivy down to sleep safely and how to make up a bottle, and
    watch each of them do it back before discharge; the signed teach-back checklist goes in Ivy's
    notes and to Rachel.

  THE COMMUNITY MIDWIFE (RACHEL DOYLE) WILL:
  - Visit Ivy and Tasha at home on days 1, 3, 5 and 10 after discharge, weighing Ivy and checking
    her feeds, and ring Owen with each weight the same day; weights go in Ivy's red book.
  - Hand Ivy's care to the health visitor at a joint visit before she is 14 days old, and send
    the handover record to Nicola and Owen the same day.
  - Ivy's newborn blood spot test will be taken by the community midwife at the day 5 visit after
    discharge, and the result letter will be filed in Ivy's red book.

  THE HEALTH VISITOR (NICOLA FORD) WILL:
  - Do the new birth visit by the time Ivy is 14 days old, then visit every week until she is 8
    weeks old, weighing her and plotting her weight on the centile chart; each weight is e-mailed
    to Owen on the day.
  - Look at where Ivy sleeps at every visit, and write on the safe sleep checklist whether she was
    on her back in her own basket; the checklist is shared at each core group.

  THE SOCIAL WORKER (OWEN PRICE) WILL:
  - Visit Tasha, Kieran and Ivy at home twice a week until Ivy is 8 weeks old (one visit each week
    unannounced), and see where Ivy sleeps; visit records on CareView within 48 hours, with what
    Tasha said and how Ivy was.
  - Complete a parenting assessment adapted for Tasha's learning needs, with pictures and practice
    sessions, by 27/02/2026; the report is shared with Tasha and the core group before the review
    conference.

  HULMSCOTE HORIZONS (SAM ELLIS, RECOVERY WORKER) WILL:
  - Assess Kieran's cannabis use by 28/01/2026, see him every Thursday after that with a urine
    screen each week, and write to each core group on his screen results, whether he has stopped
    smoking in the flat, his capacity to change and how long that is likely to take.

  TASHA WILL:
  - Feed Ivy at least every 3 to 4 hours, day and night, and write each feed on the feed chart,
    from discharge until Ivy is 8 weeks old; Rachel, Nicola and Owen read the chart at every
    visit.
  - Put Ivy to sleep on her back in her Moses basket for every sleep, day and night; Nicola and
    Owen see where Ivy is sleeping at each visit.

  KIERAN WILL:
  - Not smoke cannabis in the flat or on any day he will be alone with Ivy, and not be left alone
    with her until he has had four weeks of negative urine screens, starting from discharge; Sam
    sends the screen results to Owen every week.

  JAN (JANET MORLEY, TASHA'S FORMER FOSTER CARER) WILL:
  - Stay at the flat overnight for the first 14 nights after discharge and help Tasha with the
    night feeds; Jan initials each night feed on the feed chart and texts Owen each morning.
  - Visit every afternoon from 2pm to 4pm from night 15 until Ivy is 8 weeks old; Jan texts Owen
    when she leaves to say how Tasha and Ivy were.

IF THINGS GO WRONG
------------------
  - If Ivy loses weight between two weighings, or has not regained her birth weight by 14 days
    old, Rachel or Nicola arranges for Ivy to be seen at Hulmscote General's children's assessment
    unit that day, and Owen holds a strategy discussion the same day.
  - If Ivy is found asleep in an adult's bed or on the sofa, or the flat smells of cannabis while
    Ivy is there, Owen (or the Emergency Duty Team) visits that day; if anyone caring for Ivy is
    under the influence, Tasha and Ivy go to Jan's house that night.
  - If Jan cannot stay on any of the first 14 nights, or has to stop her afternoon visits, she rings
    Owen by 5pm that day. Owen books an overnight family support worker from Hulmscote Family
    Support for that night; if none is free, Tasha and Ivy stay at Hollybrook Mother and Baby
    Unit, where a place has been agreed as the fallback.
  - If Kieran and Tasha argue so that the police are called, or anyone hurts Ivy or Tasha, the
    police attend, Kieran leaves the flat, and Owen holds a strategy discussion that day.
  - If Ivy has not regained her birth weight by 3 weeks old, or Kieran's screens are still
    positive after 6 weeks, or Ivy is found in an unsafe sleep place twice, Claire Ibbotson (team
    manager) will hold a legal planning meeting within 5 working days to decide whether to start
    the pre-proceedings stage of the PLO.

CORE GROUP AND REVIEW
---------------------
  Core group every three weeks at Hartley Court Family Hub, Tuesdays at 1pm: 03/02/2026 and
  24/02/2026, then every three weeks after the review. Review child protection conference:
  10/03/2026 at 2pm, Hulmscote Civic Centre.

  Plan read through with Tasha using the picture version on 20/01/2026, with Ruth present.
  Copies to Tasha, Kieran, Jan, Ruth, Harebell Ward, Rachel, Nicola, Sam and the GP.

--- End of print ---
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 2 minutes: agency updates, the children's words, then
#    numbered actions where the owner is said in the sentence before the
#    work. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_hawlingdon_core_group_minutes_owner_sentence_before_ashworth.docx",
    "doc_title": "Core Group 2 Minutes - Leo and Bella Ashworth",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-minutes-docx-meeting-details-kv-attendance-table-name-role-agency-progress-since-core-group-1-prose-agency-updates-numbered-paragraphs-what-leo-and-bella-have-said-and-shown-us-then-actions-agreed-today-numbered-list-owner-said-in-the-sentence-before-the-work-then-contingency-next-meetings-no-outcomes-anywhere",
    "description": (
        "Minutes of the second core group for a 6-year-old boy and a 3-year-old girl (neglect: "
        "hunger, lateness, an unsafe bedroom, the mother's depression and anxiety under the community "
        "mental health team, and the mother's violent ex-partner, who is not to be with the children); "
        "the paternal aunt does school runs and Sunday teas. After progress since core group 1, agency "
        "updates and the children's words, the actions agreed are numbered items in which the owner is "
        "often said in the sentence before the work ('Kerry said she can keep helping. She will ...'). "
        "Faults: nothing anywhere says what should be different for the children; 'Leo's bedroom will "
        "be made safe' with no one named; 'Professionals' checking Leo's lunch and uniform; 'The family' "
        "making sure the children are never left with the ex-partner; the care coordinator's visits "
        "that only support the mother; and a contingency that says nothing of what happens if the aunt's "
        "or the family's help stops."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2: Minutes"),
        ("p", "Hawlingdon Borough Council, Children's Social Care. Child protection plans for Leo and Bella "
              "Ashworth (category: neglect), made at the initial child protection conference on 13/01/2026."),
        ("kv", [
            ("Date and place", "04/02/2026, 10am, Hawlingdon Brook Infant School, meeting room 2"),
            ("Children", "Leo Ashworth (born 21/07/2019, 6), Year 2 at Hawlingdon Brook Infant School; Bella "
                         "Ashworth (born 30/08/2022, 3), Hawlingdon Tots Nursery"),
            ("Address", "31 Harcourt Street, Hawlingdon HW5 2NB"),
            ("Chair and minutes", "Amy Chen, social worker (minutes typed by Amy)"),
        ]),
        ("h2", "Present"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.0, 6.5],
            "rows": [
                ["Amy Chen", "Social worker", "Hawlingdon Children's Social Care, Safeguarding Team"],
                ["Danielle Ashworth", "Mum", "-"],
                ["Kerry Ashworth", "Paternal aunt", "-"],
                ["Mr Gareth Evans", "Designated safeguarding lead", "Hawlingdon Brook Infant School"],
                ["Hayley Brook", "Bella's key worker", "Hawlingdon Tots Nursery"],
                ["Helen Burke", "Health visitor", "Hawlingdon 0-19 Service"],
                ["Steve Marsh", "CPN and care coordinator", "Hawlingdon Community Mental Health Team"],
                ["Nadia Shah", "Family support worker", "Hawlingdon Family Support Service"],
            ],
        }),
        ("p", "Apologies: Dr Paul Kaye (GP, Highfield Surgery), who sent a written update."),
        ("h2", "1. Progress since core group 1 (20/01/2026)"),
        ("p", "Bella's nursery place has started and she has been at every session. The broken front door lock "
              "was repaired by Hawlingdon Homes on 26/01/2026. Leo's attendance this half term is 88%, up from "
              "79%, but he has been late on 7 days. Ryan Birch, Danielle's ex-partner, was seen outside the "
              "house on 30/01/2026; Danielle did not let him in and rang Amy. The referral to the family support "
              "service was made and Nadia has met the family once."),
        ("h2", "2. Updates from each agency"),
        ("p", "2.1 School (Mr Evans): Leo has come to school without a packed lunch on 5 days and in the same "
              "uniform all week twice. He is hungry in the mornings and has been given breakfast in the nurture "
              "room. He is friendly and loves drawing, but cries if he is told off."),
        ("p", "2.2 Nursery (Hayley): Bella is quiet and watches the other children. She has eaten well at every "
              "session. She has had nappy rash on two mornings. She says about 20 words."),
        ("p", "2.3 Health visitor (Helen): Bella's two-and-a-half-year review was missed in November. Helen "
              "saw Bella at home on 28/01/2026; her weight is on the 25th centile."),
        ("p", "2.4 Mental health (Steve): Danielle has depression and anxiety and has been under the CMHT since "
              "2024. She takes sertraline. She told Steve she has struggled to get up in the mornings since "
              "Christmas."),
        ("p", "2.5 GP (written update): Danielle has been seen twice since the conference and her sertraline "
              "dose was increased on 22/01/2026."),
        ("p", "2.6 Family support (Nadia): one home visit so far, on 30/01/2026. The house was cold and there "
              "was little food in the cupboards."),
        ("h2", "3. What Leo and Bella have said and shown us"),
        ("p", "Amy saw Leo on his own at school on 29/01/2026. He said: \"Mummy sleeps a lot. I make Bella's "
              "cereal.\" \"I don't like Ryan, he shouted at Mummy and kicked the door.\" \"Auntie Kerry's house is "
              "my favourite because we do baking.\" He drew himself and Bella in their bedroom with \"the "
              "window that doesn't shut\"."),
        ("p", "Bella was seen at nursery and at home. She runs to Kerry when she arrives and holds on to Leo's "
              "hand at home. At home on 28/01/2026 she was still in a wet nappy at 11am."),
        ("h2", "4. Actions agreed today"),
        ("numbers", [
            "Kerry Ashworth (paternal aunt) said she can keep helping with the school run. She will take Leo to "
            "school and Bella to nursery every Tuesday and Friday for 8.45am, and the school's late book and "
            "the nursery register will show what time they arrived.",
            "Kerry will also have Leo and Bella at her house every Sunday from 12 noon to 5pm. She will text "
            "Amy when they are home and tell her how the day went.",
            "Danielle agreed to get Leo and Bella up, washed, dressed and fed by 8.15am on Mondays, "
            "Wednesdays and Thursdays. She will tick the morning chart each day, and Amy will read it at "
            "every visit.",
            "Nadia Shah (family support worker) will work with Danielle at home on morning and bedtime "
            "routines and a weekly shop. She will come on Mondays and Thursdays from 7.45am to 9.30am for 6 "
            "weeks from 09/02/2026, and her session notes and the morning chart will show how it is going.",
            "Leo's bedroom will be made safe before the next core group on 04/03/2026. The window will be "
            "fixed so that it shuts and locks, the broken bed frame will be replaced, and photos will be "
            "added to Leo's file.",
            "Professionals will check that Leo arrives at school with a packed lunch and clean uniform every "
            "day, and note any day he does not on the school's safeguarding record, which is sent to Amy "
            "every Friday.",
            "The family will make sure Leo and Bella are never left with Ryan Birch and that he is not let "
            "into the house, every day until the review conference. Amy will ask Leo at each visit whether "
            "he has seen Ryan, and write down what he says.",
            "Steve Marsh (CPN) said he will keep seeing Danielle. He will visit her at home every fortnight "
            "to support her with her low mood and anxiety and to help her with her medication, and will send "
            "Amy the dates of his visits.",
            "Amy Chen (social worker) will visit every week until the review conference, with at least one "
            "visit in three unannounced before 8.30am, and see Leo and Bella on their own. Her visit records "
            "will be on the system within 48 hours, with what the children said and what their bedroom was "
            "like.",
            "Hayley Brook (Bella's key worker) will ring Amy if Bella is not at nursery by 9.30am, and write "
            "a weekly note of Bella's new words, her nappy and how she arrives. The note and the register "
            "will be e-mailed to Amy every Friday.",
            "Helen Burke (health visitor) will do Bella's two-and-a-half-year review with an ASQ-3 at home by "
            "20/02/2026. The ASQ-3 scores will be shared at the next core group, with a speech and language "
            "referral within 5 working days if Bella's communication score is below the cut-off.",
            "Mr Evans (DSL) will see Leo in the nurture room every Monday at 9am for a check-in with his "
            "feelings cards. He will put the notes on the school's safeguarding record and send them to Amy "
            "every fortnight.",
        ]),
        ("h2", "5. Contingency"),
        ("p", "If Ryan Birch comes to the house or is found with the children, Danielle or Kerry will ring 999. "
              "Amy (or the Emergency Duty Team out of hours) will hold a strategy discussion with the police the "
              "same day, and the children will stay with Kerry that night."),
        ("p", "If Leo or Bella is found alone, hungry or in an unsafe room, or Danielle cannot get up to care for "
              "them, Amy will visit the same day and the children will stay with Kerry until Danielle and Steve "
              "agree she is well enough."),
        ("p", "If Leo's attendance falls below 85% this half term, or the children are found with Ryan, Amy's "
              "manager (Tom Ridley) will hold a legal planning meeting within 10 working days."),
        ("h2", "6. Next meetings"),
        ("p", "Core group 3: 04/03/2026 at 10am, Hawlingdon Brook Infant School. Core group 4: 01/04/2026, same "
              "time and place. Review child protection conference: 14/04/2026 at 1.30pm, Hawlingdon Civic Centre."),
        ("p", "Minutes sent to everyone present, to Dr Kaye and to Danielle on 05/02/2026."),
    ],
    "findings": [
        F("O001"),
        F("W001", "Leo's bedroom will be made safe before the next core group"),
        F("W002", "Professionals will check that Leo arrives at school with a packed lunch"),
        F("W002", "The family will make sure Leo and Bella are never left"),
        F("H001", "Steve Marsh (CPN) said he will keep seeing Danielle"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan for an 11-year-old young carer, opening with her
#    own "My good day" and a "Success will look like" line for each part,
#    then a Who / What / When / How we'll know table per part. Page header
#    and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_hornsgarth_rcpc_my_good_day_success_looks_like_pennington.pdf",
    "doc_title": "Child Protection Plan - Skye Pennington (review conference 03/02/2026)",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Hornsgarth City Council · Children and Families",
    "footer": "Skye Pennington · Plan from the review conference on 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-details-table-my-good-day-in-skyes-words-what-has-changed-since-november-what-we-are-still-worried-about-what-mum-and-dad-say-then-four-parts-each-with-success-will-look-like-line-and-who-what-when-how-well-know-table-then-if-things-get-worse-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old girl who is a young carer for her "
        "father (severe depression, an overdose she found him after in October, under the community "
        "mental health team) and who hears her parents' rows; she has scratched her arms and missed "
        "school. There is no Outcomes heading: the plan opens with 'My good day', Skye's own words "
        "for the day she hopes for, and each of four parts opens with 'Success will look like' and a "
        "sentence about Skye, then a Who / What / When / How we'll know table. Owners are 'Mum and Dad "
        "together', the care coordinator, the psychiatrist, the family's social worker, the form "
        "tutor, the academy's young carers lead, a young carers service, the school nurse, CAMHS, a "
        "family relationships service and Skye herself; the mental health service reports on the "
        "father's capacity to change and the likely timescale. The contingency has specific triggers, "
        "a named carer with a fallback and a legal planning meeting after named triggers; core group "
        "and review dates are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Skye Pennington"),
        ("p", "Plan agreed at Skye's first review child protection conference on 03/02/2026 (chair: Lorna "
              "Sykes). Skye's plan continues under the category of emotional abuse."),
        ("table", {
            "rows": [
                ["Skye", "Skye Pennington, born 19/03/2014 (11). Year 7, Hornsgarth Academy."],
                ["Home", "7 Hillcrest Avenue, Hornsgarth HG3 4EJ, with Mum and Dad"],
                ["Mum", "Claire Pennington (41), staff nurse, works three long days a week"],
                ["Dad", "Mark Pennington (44), at home since losing his job in June 2025"],
                ["The family's social worker", "Tom Heaton, Hornsgarth Children and Families, Central Team "
                                               "(team manager: Nasreen Bibi)"],
                ["Dad's care coordinator", "Rosie Grant, Hornsgarth Community Mental Health Team"],
                ["Dad's psychiatrist", "Dr Femi Okonjo, consultant psychiatrist, Hornsgarth CMHT"],
                ["At school", "Mr Adil Ali (form tutor) and Mrs Fiona Reid (young carers lead), Hornsgarth "
                              "Academy"],
                ["The school nurse", "Bethany Cole, Hornsgarth school nursing team"],
            ],
            "widths": [4.5, 12.5],
            "bold_first_col": True,
        }),
        ("h1", "My good day"),
        ("p", "Skye wrote this with Tom on 27/01/2026, for the start of her plan:"),
        ("p", "\"On a good day I wake up and Dad is already up and has put the kettle on. I don't have to check "
              "if he's OK. I go to school and I'm not late, and I don't think about home all through maths. At "
              "lunch I sit with Ella and Mia. After school it's netball, and when I get home someone else has "
              "made the tea. Mum and Dad don't shout. I do my homework and watch something with Dad. I go to bed "
              "and I don't lie there listening.\""),
        ("p", "Skye scored how close her days are to her good day at 4 out of 10 (it was 2 in November)."),
        ("h1", "What has changed since November"),
        ("bullets", [
            "Dad has a care coordinator and sees her every week, and his medication was changed in December.",
            "Skye's attendance went from 81% in the autumn term to 91% this term.",
            "Mum changed to day shifts so that she is home three evenings more each week.",
            "Skye goes to the young carers' club and says it is \"the only place everyone gets it\".",
        ]),
        ("h1", "What we are still worried about"),
        ("p", "Skye found her dad after he took an overdose on 14/10/2025 and rang 999 herself. Since then she "
              "has been checking on him before school and at lunchtime by phone, giving him his tablets and "
              "cooking tea on the days Mum works. She hears her parents argue most weekends, and on 10/01/2026 "
              "she told the school nurse she had scratched her arms \"to stop thinking\". Dad has said he still "
              "has dark days when he stays in bed."),
        ("h1", "What Mum and Dad say"),
        ("p", "Claire: \"I didn't realise how much Skye was carrying. I want her to be a kid.\" Mark: \"I hate "
              "that she found me. I'm doing everything Rosie asks. The rows are about money and me being stuck "
              "at home, and Skye shouldn't hear them.\""),
        ("h1", "The plan"),
        ("p", "The plan is in four parts. Each part starts with what success will look like for Skye, and then "
              "who will do what, when, and how we will all know."),
        ("h2", "Part A: Home and Dad's health"),
        ("boldp", "Success will look like: Skye comes home from school to an adult who is up and coping; she "
                  "never gives Dad his tablets or makes the tea on her own; and she knows who to ring if she "
                  "is worried about him."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.8, 6.4, 3.2, 3.6],
            "rows": [
                ["Rosie Grant (Dad's care coordinator)",
                 "Visit Mark at home, review his crisis plan with him and Claire, and write to the core group "
                 "on his mood and risk, his capacity to look after Skye after school, and how long his "
                 "recovery is likely to take",
                 "Every week; a report before each core group",
                 "Rosie's written reports to Tom and the core group"],
                ["Dr Femi Okonjo (Dad's psychiatrist)",
                 "Review Mark's medication, and give the review conference his view on Mark's prognosis, his "
                 "capacity to change, and how long that is likely to take",
                 "Outpatient review by 27/02/2026; letter by 17/04/2026",
                 "Dr Okonjo's letter to Tom, shared at the review conference"],
                ["Mum and Dad together",
                 "Keep Dad's tablets in the locked box, with Mum holding the key and giving them to him; "
                 "Skye never handles them",
                 "Every day from 04/02/2026",
                 "Rosie checks the box and the medication record at each visit; Skye tells Tom"],
                ["Mum and Dad together",
                 "Write a tea and jobs rota on the fridge each Sunday, so that an adult cooks tea every "
                 "night and Skye's jobs suit an 11-year-old",
                 "Every Sunday from 08/02/2026",
                 "Rota seen by Tom at visits; Skye's young carers diary"],
                ["The family's social worker",
                 "See Skye on her own at home or school, see Mark at each visit, and redo the \"My good "
                 "day\" score with Skye",
                 "Every two weeks until the review conference",
                 "Visit records within 48 hours, with Skye's words and her 0-10 score"],
            ],
        }),
        ("h2", "Part B: School and friends"),
        ("boldp", "Success will look like: Skye is in school every day and on time, goes to netball club, and "
                  "sees her friends at weekends."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.8, 6.4, 3.2, 3.6],
            "rows": [
                ["Mr Adil Ali (form tutor)",
                 "Check Skye in at registration, and ring Mum if she is not in by 9am",
                 "Every school day",
                 "Register and call log sent to Tom every Friday; attendance 95% or more by the Easter "
                 "holidays"],
                ["Mrs Fiona Reid (young carers lead)",
                 "Give Skye a young carer's card so she can ring home at lunchtime, and brief her teachers "
                 "on how to help her",
                 "By 13/02/2026",
                 "Card given to Skye; briefing e-mail to staff, copied to Tom"],
                ["Hornsgarth Young Carers (Priya Nair, young carers worker)",
                 "A young carer's needs assessment with Skye, and a place at the Saturday young carers' club",
                 "Assessment by 27/02/2026; club every other Saturday from 14/02/2026",
                 "Assessment report to Tom and Claire; club register"],
            ],
        }),
        ("h2", "Part C: Skye's feelings"),
        ("boldp", "Success will look like: Skye stops hurting herself, sleeps well, and tells an adult when she "
                  "feels low."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.8, 6.4, 3.2, 3.6],
            "rows": [
                ["The school nurse",
                 "One-to-one sessions with Skye on worries, sleep and self-harm, and a safety plan written "
                 "with her",
                 "Every Tuesday lunchtime for 8 weeks from 10/02/2026",
                 "Session notes; Skye's safety plan, with copies to Mum and Tom by 24/02/2026"],
                ["Hornsgarth CAMHS (Dr Ewan Price, clinical psychologist)",
                 "Assessment of Skye's low mood and self-harm, with recommendations for any treatment",
                 "First appointment by 20/02/2026; letter by 20/03/2026",
                 "Assessment letter with recommendations to Tom, the GP and the school nurse"],
                ["Skye",
                 "\"I will bring my safety plan card to every session with Bethany, and tell Mum, Mrs Reid "
                 "or Bethany straight away if I feel like hurting myself.\"",
                 "Every Tuesday session, and straight away if she feels like hurting herself",
                 "Bethany asks Skye at each session and records what she says"],
            ],
        }),
        ("h2", "Part D: Mum and Dad together"),
        ("boldp", "Success will look like: Skye lives in a home without shouting and slammed doors, and is not "
                  "in the middle of her parents' arguments."),
        ("table", {
            "header": ["Who", "What", "When", "How we'll know"],
            "widths": [3.8, 6.4, 3.2, 3.6],
            "rows": [
                ["Hornsgarth Family Relationships Service (Jo Clarke)",
                 "Six sessions with Claire and Mark on arguing without Skye hearing, and on parenting "
                 "together while Mark is unwell",
                 "Fortnightly from 11/02/2026",
                 "Attendance and Jo's short report to the core group on 24/03/2026"],
                ["Mum and Dad together",
                 "Talk about money and hard things when Skye is out or asleep; if a row starts, one of them "
                 "leaves the room until they are both calm",
                 "Every day from 04/02/2026",
                 "Skye's \"home weather\" score at Tom's visits; Claire and Mark tell Jo at each session"],
            ],
        }),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Mark talks about ending his life, takes an overdose or goes missing, Claire (or Skye) rings 999; "
            "Claire rings Rosie or the CMHT crisis line the same day; Tom (or the Emergency Duty Team) holds a "
            "strategy discussion the same day.",
            "If Mark is too unwell to be at home with Skye after school, Skye goes to Mum's sister, Lorraine "
            "Hale, at 2 Harrier Close; if Lorraine cannot have her, Tom (or the Emergency Duty Team) finds an "
            "emergency foster placement that day.",
            "If Skye hurts herself so that she needs medical treatment, Mum or school takes her to Hornsgarth "
            "Royal's emergency department, and CAMHS sees her within 48 hours.",
            "If Skye finds her dad after an overdose again, needs hospital treatment for self-harm, or her "
            "attendance falls below 85% by the core group on 24/03/2026, Nasreen Bibi (team manager) will hold "
            "a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Hornsgarth Academy, Tuesdays at 3.30pm: 24/02/2026, 24/03/2026 and "
            "21/04/2026.",
            "Review child protection conference: 05/05/2026 at 10am, Hornsgarth Civic Centre.",
        ]),
        ("p", "Plan sent to Claire, Mark, Skye (her own copy, talked through with Tom) and every agency named in "
              "it on 05/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan with "The aim of this plan is that ..."
#    statements and actions under a heading per person or agency. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b211_hevingstoke_rcpc_aim_of_this_plan_by_agency_doyle.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-bold-field-lines-why-we-have-a-plan-and-the-aim-of-this-plan-is-that-numbered-statements-progress-since-icpc-what-tyler-and-paige-say-what-mum-and-dad-say-then-what-each-person-and-agency-will-do-h3-heading-per-owner-over-bullets-with-when-and-well-know-then-other-things-that-need-to-happen-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for a 13-year-old boy and a 10-year-old girl (neglect: the "
        "mother's heroin use on top of her methadone script, needles found by the girl, lateness, "
        "hunger and untreated tooth decay). The outcomes are numbered 'The aim of this plan is that "
        "...' statements; the actions are bullets under a heading per person or agency, each with "
        "its own when and 'we'll know'. The drug and alcohol service reports on the mother's "
        "capacity to change. Faults: two aims that are only the mother's or the father's change; 'All "
        "agencies' sharing signs of drug use; a passive referral for the girl's dental treatment "
        "under a heading that names no one; the youth worker's sessions checked only by 'Tyler's "
        "engagement'; and the next review conference 'to be arranged'."
    ),
    "text": """\
# Hevingstoke Council: Child Protection Plan (review)

**Children:** Tyler Doyle (13, born 08/05/2012, Year 9, Hevingstoke Park School) and Paige Doyle (10, born
22/11/2015, Year 5, Hevingstoke St Mary's Primary)
**Address:** 44 Holt Lane, Hevingstoke HV2 9TS
**Parents:** Gemma Doyle (Mum, 35) and Wayne Doyle (Dad, 39), who live together with the children
**Category:** Neglect. Plan made at the initial conference on 21/10/2025 and continued at the first review
conference on 20/01/2026 (chair: Graham Oakes)
**The family's social worker:** Joanne Pike, Hevingstoke Children's Services, Family Safeguarding Team
(team manager: Sarah Kent)

## Why we have a plan and what it is for

Gemma has used heroin since 2019. She has been on a methadone script with Hevingstoke Recovery
Partnership since 2023, but she started using heroin on top again in the summer of 2025. In October Paige
found a used needle on the bathroom windowsill and took it to school to show her teacher. Tyler and Paige
were often late, Paige was coming to school hungry, and she has two decayed back teeth that hurt when she
eats. Wayne has not worked since hurting his back in 2024; he says he did not know Gemma was using again.

The aim of this plan is that:

1. Tyler and Paige are never cared for by a parent who is under the influence of drugs, and never find
   needles, foil or drugs in their home.
2. Tyler and Paige are in school every day, on time, fed and in clean uniform.
3. Paige's teeth are treated and she can eat without pain.
4. Gemma stays on her methadone script and stops using heroin on top.
5. Wayne gets back into work and manages the family's money without borrowing.

## Progress since the initial conference

- Gemma's last three weekly urine screens (December and January) were negative for heroin.
- Paige has been at breakfast club every day since 05/01/2026, and her attendance is 96% this term.
- Tyler has been late 11 times this term, and there were two days in January when no one knew where he was
  after school until 9pm.
- The dental referral has not been made; Paige still has toothache.

## What Tyler and Paige say

Tyler (seen at school on 14/01/2026): "I'm not a baby, I get myself up. It's just Mum's alarm doesn't go
off." "I don't want to talk about Mum's stuff, it's private." He likes football and going to the youth
club on Fridays.

Paige (seen at home on her own on 15/01/2026): "I was scared of the needle but I knew not to touch the
pointy end." "Mum's better now, she gets up." "My tooth hurts when I eat crisps." She wants "a sleepover
at Lily's" and for "Mum to not go back poorly".

## What Mum and Dad say

Gemma: "I know I let them down. I'm clean on top now and I want to stay that way." Wayne: "I should have
seen it. I'll do the mornings, I'm up anyway with my back."

## What each person and agency will do

### Gemma (Mum)

- Keep her methadone in the locked box in the bedroom, and never use or keep heroin, needles or foil in the
  house. When: every day. We'll know: Joanne sees the locked box at each visit; negative weekly screens.
- Go to every key work session and weekly urine screen at Hevingstoke Recovery Partnership. When: every
  Monday at 11am. We'll know: the attendance and screen results in the Partnership's report.

### Wayne (Dad)

- Get Tyler and Paige up, fed and off to school every weekday, and walk Paige to breakfast club for 8am.
  When: every school day from 21/01/2026. We'll know: both schools' registers and Paige's breakfast club
  register, sent to Joanne every Friday.

### Hevingstoke Recovery Partnership (Lee Marsh, recovery worker)

- Weekly key work with Gemma with a supervised urine screen, and a written report to each core group on
  her screen results, whether she is using on top, what this means for her care of Tyler and Paige, her
  capacity to stay off heroin and how long that is likely to take. When: every Monday; a report before
  each core group. We'll know: Lee's written reports to Joanne.

### The family's social worker (Joanne Pike)

- Visit the family at home, see Tyler and Paige each on their own, and look in the bathroom and bedrooms.
  When: every two weeks until the next review conference, one visit in three unannounced. We'll know:
  visit records within 48 hours, with the children's own words.
- Refer Wayne to Hevingstoke Works, the council's employment support service. When: by 06/02/2026. We'll
  know: the service's letter offering Wayne a first appointment.

### Hevingstoke Park School (Mrs Dawn Ireland, DSL)

- Check Tyler is in by registration and ring Wayne by 9.15am if he is not, and ring Joanne if he is not in
  by 10am. When: every school day. We'll know: the register and call log sent to Joanne every Friday.

### Hevingstoke St Mary's Primary (Mr Kevin Ross, DSL)

- Keep Paige's free breakfast club place and ring Joanne the same day if Paige says anything about needles
  or Mum being poorly. When: every school day at 8am. We'll know: the breakfast club register and any
  concern logged on the school's safeguarding record, sent to Joanne every Friday.

### Hevingstoke Youth Service (Dean Price, youth worker)

- One-to-one sessions with Tyler on staying safe, drugs, and what it is like at home, with a lift home
  after. When: every Wednesday after school for 10 weeks from 04/02/2026. We'll know: Tyler's engagement
  with the sessions.

### All agencies

- Tell Joanne the same day about any sign that Gemma is under the influence while caring for the
  children, and record it on their own agency's file. When: the same day as any sign. We'll know: each
  concern is on the children's chronology.

### Other things that need to happen

- Paige will be referred to the Hevingstoke Community Dental Service for her two decayed back teeth by
  13/02/2026, and the acceptance letter will go on Paige's file.
- A young carer's assessment for Tyler will be completed by Hevingstoke Young Carers by 27/02/2026, and
  the assessment report will be sent to Joanne and Wayne.

## If things go wrong

- If Gemma is found under the influence while caring for the children, or heroin, needles or foil are
  found in the house, Wayne takes over the children's care and Gemma leaves the house until she is sober.
  Joanne (or the Emergency Duty Team out of hours) holds a strategy discussion the same day; if Wayne is
  not there or cannot care for them, Joanne finds the children an emergency foster placement that day.
- If Tyler is not home by 8pm and no one knows where he is, Wayne reports him missing to the police on 101
  and tells Joanne (or the Emergency Duty Team).
- If Gemma's screen shows heroin twice in a row, or she misses two key work sessions in a month, Sarah
  Kent (team manager) will hold a legal planning meeting within 10 working days.

## Meetings

- Core group every four weeks at Hevingstoke Park School, Thursdays at 2pm: 19/02/2026, 19/03/2026 and
  16/04/2026.
- Next review child protection conference: to be arranged by the conference team.

Plan sent to Gemma, Wayne, Tyler and Paige (their own copies, talked through with Joanne) and every agency
on 22/01/2026.
""",
    "findings": [
        F("F002", "Gemma stays on her methadone script and stops using heroin on top."),
        F("F002", "Wayne gets back into work and manages the family's money without borrowing."),
        F("W002", "Tell Joanne the same day about any sign that Gemma"),
        F("W001", "Paige will be referred to the Hevingstoke Community Dental Service"),
        F("M002", "One-to-one sessions with Tyler on staying safe, drugs"),
        F("R001"),
    ],
})
