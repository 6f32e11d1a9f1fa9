"""Batch 214, module b: seven fictional plans (tuning material), places beginning with "b".

Batch: 214. Letter: b. Split: tune (every plan).

Everything here is made up: children, families, professionals, schools,
surgeries, hospitals, services, charities, police forces and councils
(Birkholt, Bradenfell, Bexleaze, Brindlestead, Bramshallow, Barrowstoke,
Bowhaven and the places and services in them). Any resemblance to real
people, places or cases is a coincidence. The labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: good plans where the owner and the check sit somewhere unusual.
Five of the seven plans are exemplary. Their owners are written where real
templates put them: one column per person or agency in a grid of periods,
"I" in a letter the social worker signs and "you" to named parents, "I" in
a young person's own plan with the adults' names in brackets after their
work, initials in a key with a "Signed off by" column, a "Lead for this
part:" line over a group of items, a person named once in a lead-in and
then "she" or "they", a team named by its service, a relative introduced by
relationship ("Nan (Pat Morley)"), and the agent of a passive sentence.
Their checks are a numbered "How we will know" list matched to numbered
boxes, a "How we will know" paragraph under each part keyed by item number,
a "Show me" column, an "Evidence for sign-off" column, a "We'll see it:"
sentence closing each item, records sent or shown to someone named,
results and readings, a worker seeing something on a visit, the child
telling a named adult and a checklist ticked and shared. The two plans that
are not exemplary are written as plainly as the good ones; their faults are
mostly in owners and checks (a "Family network" banner, "All agencies",
"the family", "Monitored", "keep an eye on"), with a few others.

1. Birkholt (docx, landscape, exemplary): initial conference plan for a
   9-week-old baby (the mother's postnatal depression, faltering weight,
   unsafe sleep, the father on nights) as a grid of periods down the side
   and one column per person or agency (health visitor, perinatal team,
   GP practice, Mum, Dad, social worker), each box numbered; "How we will
   know" is a numbered list matched to the boxes; "Theo's day" as the
   people who care for him see it; the perinatal team reports on the
   mother's capacity to change.
2. Bradenfell (pdf, header and footer, exemplary): the social worker's plan
   letter to the parents of a 7-year-old and a 4-year-old (the father's
   drinking, arguments with a push, late to school, a 4-year-old's decayed
   teeth): "I" is the social worker who signs, named parents are "you",
   "Nan (Pat Morley)" collects the children (a passive with its agent);
   items numbered 1.1 to 4.3 and a "How we will know" paragraph under each
   part keyed by item number; the recovery service reports on the father's
   capacity to change; a fallback for Nan.
3. Bexleaze (md, exemplary): a 14-year-old young carer's own plan (her
   father's bipolar disorder after a hospital admission, her self-harm):
   "I" is Skye in "What I'll do", the adults' names in brackets after their
   work in "What the adults will do", and a "Show me" column; the care
   coordinator reports on the father's capacity to change; Auntie Dee's
   part has a fallback.
4. Brindlestead (txt, exemplary): core group 1 minutes for a 9-year-old and
   a 5-year-old after domestic abuse by the younger child's father, an
   attendance list that is the key of initials, numbered minutes, then a
   pipe-separated action log whose last column "Signed off by" names the
   owner, with an "Evidence for sign-off" column; the grandfather's school
   mornings have a fallback.
5. Bramshallow (docx, exemplary): a pre-birth plan for a 19-year-old care
   leaver's first baby (the father's daily cannabis use and a past assault
   on an ex-partner), typed outline 1.1 to 4.3 under parts timed by
   pregnancy and the baby's age, each part with a "Lead for this part:"
   line naming a person once ("she") or a team ("they"), each item closing
   with a "We'll see it:" sentence (drug screen results, a discharge
   checklist ticked and shared, what the health visitor sees); the former
   foster carer's help has a fallback.
6. Barrowstoke (pdf, header and footer): a review conference plan for a
   6-year-old and a 2-year-old (the mother's depression, home conditions,
   the 2-year-old's speech) in a table whose first row is a group banner
   and whose owners are "Responsible:" banner rows, with a "Proof" column.
   Faults: a "Responsible: Family network" banner over the grandmother's
   and aunt's rows (W002 twice), the health visitor's visits proved by
   "Monitored by HV" (M002), the social worker's "keep an eye on" home
   conditions (M002), a passive speech and language referral under an
   "Also agreed" banner with no one named (W001), the talking therapy
   service's CBT measured by attendance only (H001), and no fallback if
   the family network's help fails (C003).
7. Bowhaven (md): a core group plan for an 8-year-old and a 3-year-old (the
   mother's drinking, her partner in the home) as two-column cards
   ("What / Who / When / How we'll know"). Faults: "All agencies" telling
   the social worker about drinking (W002), "The family" keeping a sober
   adult with Poppy (W002), the school's checks measured by "Monitored by
   school" (M002), the family support worker's sessions measured by
   "Danielle's engagement" (M002), a dental registration card with "-" for
   how we'll know (M001), the alcohol service's key-work "as and when
   Danielle is ready" (T002), and the review conference "date to be
   confirmed" (R001).

Plans 1 to 5 are exemplary: every action has a named owner however it is
said, a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers
and concrete protective responses and says what happens if a relative's or
friend's help fails; each records the child's words or observed days, core
group dates or frequency and a dated review conference, and a legal
planning meeting after named triggers; where a parent is ill or uses
alcohol or drugs an adult service owns an action, and any adult mental
health service is asked to report on the parent's capacity to change and
how long it is likely to take. The two other plans hold 14 expected
findings between them (7 and 7).

Counting convention used for "actions" (README convention 1): each
numbered box of the grid ("-" boxes are none), each numbered item of a
letter's parts or an outline, each row of an action table or action log
(banner and header rows excepted) and each card counts once, whatever
number of sentences it holds. Details, keys, attendance lists, who's who,
worries, what is going well, the children's words and days, outcomes, the
numbered "How we will know" lists and paragraphs, minutes' discussion and
agency updates, scaling, the contingency, meeting dates and signatures are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan for a 9-week-old baby as a grid of periods by
#    person; numbered boxes; "How we will know" numbered list. Exemplary
#    (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_birkholt_icpc_grid_by_person_numbered_checks_hallam.docx",
    "doc_title": "Child Protection Plan - Theo Hallam",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "font_size": 9.5,
    "template": "icpc-baby-plan-docx-landscape-details-kv-why-theo-has-a-plan-theos-day-as-carers-see-it-chloe-and-ryan-say-going-well-what-theo-needs-numbered-then-grid-periods-down-the-side-one-column-per-person-or-agency-hv-perinatal-team-gp-practice-mum-dad-sw-numbered-boxes-dash-for-none-then-how-we-will-know-numbered-list-matched-to-boxes-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-week-old baby whose weight has fallen from the 50th to "
        "below the 9th centile, who was found asleep on the sofa on his mother's chest, and whose mother "
        "has postnatal depression and stopped her antidepressant; his father works nights. The plan is a "
        "grid with periods down the side ('All through the plan', 'Weeks 1 and 2', 'Weeks 3 to 8', "
        "'Weeks 9 to 12') and one column per person or agency (health visitor, perinatal mental health "
        "team, GP practice, Mum, Dad, social worker): each box is numbered, owned by its column and timed "
        "by its row unless it gives its own time; '-' boxes hold nothing. The checks are a numbered 'How "
        "we will know' list under the grid matched to the boxes (weights on the red book chart, the feed "
        "diary, what workers see at visits, letters and reports, a thermometer reading, ASQ-3 scores). "
        "Theo's day is told as the people who care for him see it; the perinatal team assesses and "
        "reports on the mother's capacity to change and how long it is likely to take; the contingency "
        "has named triggers, the paternal grandmother with a foster placement if she cannot, and a legal "
        "planning meeting; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Birkholt Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 21/01/2026 and typed by the social worker on 22/01/2026."),
        ("kv", [
            ("Child", "Theo Hallam, born 17/11/2025 (9 weeks old at the conference)"),
            ("Address", "Flat 4, 19 Mercer Street, Birkholt BK2 7TS, with his mum and dad"),
            ("Mum", "Chloe Hallam (22)"),
            ("Dad", "Ryan Dixon (25), forklift driver at Birkholt Distribution Park, on nights Tuesday to "
                    "Friday"),
            ("Category", "Neglect"),
            ("Conference chair", "Andrea Fell, independent reviewing officer"),
            ("Social worker", "Dev Sharma, Infant and Family Team, Birkholt Children's Services (team "
                              "manager: Joanne Ripley)"),
            ("Health visitor", "Ruth Adair, Birkholt 0-19 Team"),
            ("Perinatal mental health", "Becky Lowther (nurse) and Dr Nadia Rahman (consultant "
                                        "psychiatrist), Birkholt Perinatal Mental Health Team"),
            ("GP practice", "Dr Simon Farrow, Birkholt Medical Centre"),
        ]),
        ("h1", "Why Theo has a plan"),
        ("p", "Theo was born at 40 weeks weighing 3.5kg, on the 50th centile. By his weighing on 12/01/2026 "
              "he had dropped below the 9th centile. Chloe and Ryan had missed three health visitor contacts "
              "in December. On 08/01/2026, at 11am, Ruth found Chloe asleep on the sofa with Theo asleep on "
              "her chest, and the flat was cold because the electricity meter had run out overnight. Chloe "
              "was diagnosed with postnatal depression in December; she stopped taking sertraline after two "
              "weeks because it made her sick, and told Ruth that some days she \"can't feel anything\" for "
              "Theo. Ryan works nights from Tuesday to Friday and sleeps in the day, so Chloe is on her own "
              "with Theo most of the time."),
        ("h1", "Theo's day, as the people who care for him see it"),
        ("p", "Theo wakes at about 6am. On the days Ruth and Dev have visited he has been fed by bottle, but "
              "Chloe could not say how much he had drunk in the last 24 hours. On 13/01/2026 Dev saw Theo in "
              "the same sleepsuit he had on two days before; he cried in his Moses basket for about 15 "
              "minutes while Chloe sat with her back to him on her phone. When Ryan came in and picked him up "
              "he stopped crying within a minute, held Ryan's gaze and fed well. On 15/01/2026 Ruth saw Theo "
              "smile at Chloe when she sang to him during his nappy change, and Chloe smiled back. Theo "
              "sleeps in a Moses basket in the living room; the cot Ryan's mum bought is in the bedroom, "
              "still in its box."),
        ("h1", "What Chloe and Ryan say"),
        ("p", "Chloe: \"I love him, I just feel like a zombie. I didn't mean to fall asleep. I stopped the "
              "tablets because I was being sick, I didn't know I could ask for different ones.\" Ryan: \"I "
              "didn't realise how bad it was getting because I'm asleep all day. I'll do whatever it takes. "
              "I've asked about days.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe went back to her GP on 15/01/2026 on her own and told him how she was feeling.",
            "Theo had his 8-week immunisations on time, and his last two weighings were kept.",
            "Ryan is warm and confident with Theo, and Theo settles quickly with him.",
            "Chloe and Ryan came to the conference together and agreed this plan.",
        ]),
        ("h1", "What Theo needs"),
        ("numbers", [
            "Theo is fed enough to gain weight steadily and is back on or above the 25th centile by the "
            "review conference.",
            "Theo sleeps safely, on his back in his own cot, for every sleep.",
            "Theo is warm and clean and gets all his health appointments and immunisations.",
            "Theo is cared for by a mum whose mood is well enough for her to notice and answer his cues, and "
            "both his parents know what to do if her mood drops.",
        ]),
        ("h1", "Who does what, and when"),
        ("p", "Read down a column for one person's part of the plan, and across a row for a period. Each box "
              "is numbered. The person or service at the top of the column does the work in the box, in the "
              "period in the left-hand column unless the box gives its own time. A \"-\" means nothing for "
              "that person in that period. The numbered list under the grid says how we will know each box "
              "is done and working."),
        ("table", {
            "header": ["When",
                       "Health visitor (Ruth Adair, Birkholt 0-19 Team)",
                       "Perinatal team (Becky Lowther and Dr Nadia Rahman, Birkholt Perinatal Mental Health "
                       "Team)",
                       "GP practice (Dr Simon Farrow, Birkholt Medical Centre)",
                       "Chloe (Mum)",
                       "Ryan (Dad)",
                       "Social worker (Dev Sharma)"],
            "widths": [2.9, 3.8, 3.9, 3.4, 3.8, 3.8, 4.0],
            "bold_first_col": True,
            "rows": [
                ["All through the plan: 22/01/2026 to the review conference on 15/04/2026",
                 "-",
                 "-",
                 "-",
                 "(1) Put Theo to sleep on his back in his own cot for every sleep, day and night, and never "
                 "doze with him on the sofa or in her bed.",
                 "(2) Do Theo's 10pm and 2am feeds every Saturday, Sunday and Monday night, when he is not at "
                 "work, and write them in the feed diary.",
                 "(3) Visit twice a week, at least one visit in three unannounced, and see Theo awake, "
                 "undressed for a nappy change, and where he sleeps."],
                ["Weeks 1 and 2: 22/01/2026 to 04/02/2026",
                 "(4) Weigh Theo at home every Tuesday and plot it in his red book; write a feeding plan "
                 "with Chloe and Ryan by 28/01/2026 (how much, how often, night feeds) and give them a feed "
                 "diary.",
                 "(5) Becky sees Chloe at home by 30/01/2026 to assess her mood, her sleep and her bond with "
                 "Theo: what needs to change for Chloe to care for Theo safely, and how long that is likely "
                 "to take.",
                 "(6) Dr Farrow reviews Chloe's antidepressant with her by 29/01/2026, agrees one she can "
                 "take, and tells Dev how her mood is affecting her care of Theo.",
                 "(7) Write every feed in the feed diary from 22/01/2026: the time, how much Theo took, and "
                 "who fed him.",
                 "(8) Top up the electricity meter by at least £20 every Friday so the flat stays warm when "
                 "Theo is home.",
                 "(9) Refer Chloe and Ryan to Birkholt Money Advice for a benefits check and help with the "
                 "energy debt by 30/01/2026."],
                ["Weeks 3 to 8: 05/02/2026 to 18/03/2026",
                 "(10) Weigh Theo every other Wednesday at the Birkholt Family Hub baby clinic, and on the "
                 "weeks in between visit at home to see a feed, his sleep space, and Chloe and Theo "
                 "together.",
                 "(11) Becky sees Chloe at home every fortnight, including video interaction guidance with "
                 "Theo; Dr Rahman writes a report on Chloe's capacity to change, the steps needed and the "
                 "likely timescale, by 11/03/2026.",
                 "(12) The practice nurse gives Theo his 12-week and 16-week immunisations on 10/02/2026 and "
                 "10/03/2026.",
                 "(13) Go with Theo to the Birkholt Family Hub \"Baby Steps\" group every Thursday at 10am "
                 "for six weeks from 05/02/2026.",
                 "(14) Write to his manager by 13/02/2026 asking to move to day shifts, and bring the reply "
                 "to Dev.",
                 "(15) Parenting assessment with Chloe and Ryan together, six sessions, on feeding, safe "
                 "sleep, Theo's cues, and how they share his care when Ryan is on nights."],
                ["Weeks 9 to 12: 19/03/2026 to the review conference on 15/04/2026",
                 "(16) Check Theo's development with the Ages and Stages Questionnaire (ASQ-3) at home by "
                 "08/04/2026, with Chloe and Ryan.",
                 "(17) Dr Rahman and Becky update their report on Chloe's capacity to change for the review "
                 "conference, and one of them attends it.",
                 "-",
                 "-",
                 "-",
                 "-"],
            ],
        }),
        ("h2", "How we will know (the numbers match the boxes)"),
        ("pi", "(1) Ruth and Dev see where Theo is sleeping at every visit and Chloe shows them the cot; "
               "any time he is found asleep anywhere else is written in the visit record and rung through to "
               "Dev the same day."),
        ("pi", "(2) The feed diary shows Ryan's night feeds in his handwriting; Dev reads it at his visits."),
        ("pi", "(3) Dev's visit records on the Birkholt CareFile within 48 hours, saying what he saw of Theo "
               "and where he sleeps; Dev reads them out at each core group."),
        ("pi", "(4) Theo's weights plotted in his red book and sent by Ruth to Dev every Tuesday afternoon; "
               "the feeding plan is on the fridge and a copy is on file."),
        ("pi", "(5) Becky's assessment letter and care plan, sent to Dev and Dr Farrow by 04/02/2026."),
        ("pi", "(6) Dr Farrow's letter on Theo's file by 04/02/2026, copied to Becky."),
        ("pi", "(7) The feed diary, read by Ruth at every weighing: at least six feeds and 750ml in 24 hours."),
        ("pi", "(8) Dev reads the meter balance and the room thermometer Ruth gave the family at each visit; "
               "we want 16 to 20°C in the room where Theo sleeps."),
        ("pi", "(9) Birkholt Money Advice's e-mail accepting the referral, then their benefits check letter, "
               "both on file."),
        ("pi", "(10) Clinic weights on the red book chart, and Ruth's notes of each home visit, sent to Dev "
               "every other week; Theo's weight climbing back towards the 25th centile."),
        ("pi", "(11) Becky's fortnightly contact notes to Dev, and Dr Rahman's report by 11/03/2026, shared "
               "with Chloe and the core group."),
        ("pi", "(12) Immunisations recorded in the red book and on the practice system; the practice e-mails "
               "Dev if either is missed."),
        ("pi", "(13) The Baby Steps register, and the group leader's note to Dev after the sixth session."),
        ("pi", "(14) Ryan shows Dev his letter and his manager's reply by 20/02/2026."),
        ("pi", "(15) Dev's parenting assessment report, shared with Chloe and Ryan and the core group by "
               "18/03/2026."),
        ("pi", "(16) The ASQ-3 scores, sent to Dev and the GP and read out at the review conference."),
        ("pi", "(17) The updated report with the conference chair five working days before 15/04/2026."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Theo loses weight between two weighings, or drops below the 2nd centile, Ruth rings Dev the "
            "same day and Theo is seen that day at the children's assessment unit at Birkholt General "
            "Hospital; Dev holds a strategy discussion within 24 hours.",
            "If Theo is found asleep with an adult who is asleep, or anywhere but his cot, or the room he "
            "sleeps in is below 16°C, Dev (or the Birkholt Emergency Duty Team out of hours) visits that day. "
            "Until a strategy discussion decides what happens next, Theo stays with Ryan at Ryan's mum's, "
            "Lorraine Dixon (7 Cole Lane, Birkholt), who agreed to this at the conference. If Lorraine "
            "cannot have them, Dev or the Emergency Duty Team finds Theo a foster placement that night.",
            "If Chloe tells anyone she has thoughts of harming herself or Theo, or stops her medication and "
            "her mood drops, she or Ryan rings Becky (or the Birkholt Crisis Team out of hours), and the "
            "perinatal team sees her within 24 hours (within 4 hours if she has thoughts of harm). Theo is "
            "not left alone with Chloe until Becky and Dev agree it is safe: Ryan takes the carer's leave his "
            "employer has agreed, or Theo goes with Ryan to Lorraine's, or to a foster placement if neither "
            "can happen.",
            "If Theo is not back on at least the 9th centile by 18/03/2026, or he is found sleeping unsafely "
            "again, or Chloe and Ryan stop letting workers see him, Joanne Ripley (team manager) will hold "
            "a legal planning meeting within 5 working days to decide whether to start pre-proceedings "
            "under the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Birkholt Family Hub, Wednesdays at 10am: 04/02/2026, 04/03/2026 "
            "and 01/04/2026.",
            "Review child protection conference: 15/04/2026 at 1.30pm, Birkholt Town Hall.",
        ]),
        ("p", "Plan sent to Chloe, Ryan and every agency named in the grid on 22/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. The social worker's plan letter to the parents: "I" is the social
#    worker, "you" the named parents, items 1.1 to 4.3 and a "How we will
#    know" paragraph under each part. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_bradenfell_plan_letter_keyed_how_we_will_know_carter.pdf",
    "doc_title": "Child protection plan letter - Mia Carter and Jake Stokes",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Bradenfell Council Children's Services · Plan letter",
    "footer": "Mia Carter and Jake Stokes · Review conference 29/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-parents-pdf-paged-header-footer-letterhead-address-dear-jade-and-liam-i-is-the-sw-who-signs-you-named-parents-why-there-is-a-plan-what-mia-and-jake-told-me-what-you-told-me-going-well-then-four-parts-each-what-will-be-different-then-typed-items-1-1-to-4-3-owner-in-the-sentence-nan-introduced-by-relationship-passive-with-agent-then-how-we-will-know-paragraph-keyed-by-item-number-then-if-things-go-wrong-bullets-closing-paragraph-with-meetings-signature",
    "description": (
        "Exemplary plan letter from the social worker to the parents of a 7-year-old and a 4-year-old "
        "after their initial conference (neglect and emotional abuse): the father's drinking since losing "
        "his job, arguments with a push that the 7-year-old saw, late to school, and the 4-year-old's "
        "decayed teeth. 'I' is the social worker who signs the letter, and the named parents are 'you' "
        "('Jade, you will ...', 'Liam, you will ...'); the maternal grandmother is introduced as 'Nan (Pat "
        "Morley)' and collects the children in a passive sentence with her as the agent; each of four "
        "parts opens with 'What will be different', then numbered items 1.1 to 4.3 with their own times, "
        "then a 'How we will know' paragraph keyed by item number (registers and call logs, the home-school "
        "diary, attendance records, breath test readings, visit records with the children's words, dental "
        "letters, a brushing chart Jake shows the social worker). The recovery service reports on the "
        "father's drinking and capacity to change; the contingency has named triggers, a fallback for Nan, "
        "and a legal planning meeting; core group and review dates are in the closing paragraph and the "
        "footer."
    ),
    "blocks": [
        ("pl", "Bradenfell Council Children's Services"),
        ("pl", "Family Safeguarding Team, Bradenfell Civic Offices, Wharf Street, Bradenfell BD3 1AQ"),
        ("pl", "Telephone 01632 960 552"),
        ("p", ""),
        ("pl", "Jade Carter and Liam Stokes"),
        ("pl", "14 Tenter Row"),
        ("pl", "Bradenfell BD6 4HS"),
        ("pr", "6 February 2026"),
        ("p", "Dear Jade and Liam,"),
        ("p", "Mia and Jake's child protection plan"),
        ("p", "At the conference on 04/02/2026 I said I would write the plan out for you in plain words, and "
              "this letter is that plan. When I say \"I\", I mean me, Hannah Reid, your social worker. When I "
              "say \"you\", I have put the name of whichever of you it is for. Everyone at the conference has "
              "a copy, and anyone can ask me to change a word that doesn't make sense."),
        ("h2", "Why there is a plan"),
        ("p", "Liam, you have been drinking six to eight cans most nights since you lost your job in "
              "September. The police came to the house twice in December after arguments, and on 12/12/2025 "
              "you pushed Jade and she hit her head on the kitchen door frame. Mia saw it from the stairs. "
              "Mia and Jake were late to school on 19 days last term, and Jake has four decayed teeth that "
              "hurt him when he eats. The conference decided that Mia and Jake need a child protection plan "
              "under the categories of neglect and emotional abuse."),
        ("h2", "What Mia and Jake told me"),
        ("p", "I saw Mia on her own at school on 29/01/2026. She said: \"When Daddy Liam shouts I put my "
              "headphones on and Jake gets in my bed.\" \"I like Nan's on Tuesdays because we have fish "
              "fingers and nobody is cross.\" She wants \"everyone to be nice in the mornings\". Jake drew me "
              "his house with a big black scribble in the kitchen; he said it was \"the noise\". He told me "
              "\"my teeth hurt when I eat apples\" and that he likes it when Daddy plays football with him."),
        ("h2", "What you told me"),
        ("p", "Jade: \"I want the kids to have a normal life. I'm not leaving Liam, but I'm not having that "
              "again.\" Liam: \"I know the drink's got out of hand. I've never touched the kids and I never "
              "would. I'll go to whatever you want.\""),
        ("h2", "What is going well"),
        ("bullets", [
            "Mia and Jake love you both, and Jake lights up when Liam plays with him.",
            "Nan (Pat Morley), Jade's mum, has collected the children from school on Tuesdays and Thursdays "
            "since October and they love going to hers.",
            "Liam booked his own appointment at Bradenfell Recovery Service before the conference.",
            "There has been no call to the police since 12/12/2025.",
        ]),
        ("h2", "Part 1: Mornings and school"),
        ("p", "What will be different: Mia and Jake get to school on time every day, having had breakfast, in "
              "clean uniform, and are collected by someone they know."),
        ("pi", "1.1  Jade, you will get Mia and Jake up by 7.15am and walk them to the breakfast club at "
               "Bradenfell St Anne's Primary for 8am, every school day."),
        ("pi", "1.2  Mia and Jake will be collected from school by Nan (Pat Morley) every Tuesday and Thursday "
               "at 3.15pm, and given their tea at her house until Jade or Liam fetches them by 6pm."),
        ("pi", "1.3  Mrs Gail Rowntree, the school's designated safeguarding lead, will ring Jade if either "
               "child is not in by 9.10am, and ring me if she cannot reach Jade by 9.30am, every school day."),
        ("p", "How we will know: For 1.1, the school register, which Mrs Rowntree sends me every Friday; we "
              "want Mia and Jake both at 95% or more by the Easter holidays, with no late marks, and the "
              "breakfast club list showing them in by 8.15am. For 1.2, Nan writes the time she collected the "
              "children and the time she handed them over in the home-school diary in Jake's book bag, and I "
              "read it at my visits. For 1.3, Mrs Rowntree's call log comes to me with the register each "
              "Friday."),
        ("h2", "Part 2: Keeping everyone safe at home"),
        ("p", "What will be different: Mia and Jake live in a home where nobody is hurt or frightened, and they "
              "no longer lie awake listening to shouting."),
        ("pi", "2.1  Liam, you will go to the assessment for the Bradenfell Choices programme (a course for men "
               "who have hurt or frightened a partner) on 16/02/2026, and then to every group, on Mondays from "
               "6pm to 8pm for 24 weeks from 23/02/2026."),
        ("pi", "2.2  Jade, you will meet Sian Price, the independent domestic violence adviser at Bradenfell "
               "Women's Aid, every fortnight from 10/02/2026 for 12 weeks, to make a safety plan for you, Mia "
               "and Jake."),
        ("pi", "2.3  I will visit you at home every week until the review conference, at least one visit in "
               "three after 6pm, and see Mia and Jake each on their own."),
        ("pi", "2.4  Mr Idris Shah, Mia's class teacher, will have a ten-minute check-in with Mia every Monday "
               "morning before lessons, using her worry box."),
        ("pi", "2.5  Sergeant Rachel Amos of the Bradenfell Police Domestic Abuse Unit will tell the school and "
               "me about any police call-out to your house by 9am the next morning."),
        ("p", "How we will know: For 2.1, Neil Grady, the Choices facilitator, sends me Liam's attendance every "
              "month and a mid-point report at week 12 on what Liam has understood and what he has changed at "
              "home. For 2.2, Sian writes to me after the sixth session with the safety plan she and Jade have "
              "made, and Jade keeps a copy at home. For 2.3, my visit records on the Bradenfell case file "
              "within 48 hours, with Mia's and Jake's words written as they said them; I read them out at "
              "each core group. For 2.4, Mr Shah writes each check-in on the school's safeguarding record and "
              "e-mails me the same day anything Mia says about home. For 2.5, Sergeant Amos's e-mail, with the "
              "police log number, is on the school's safeguarding record and my case file; we want there to "
              "be no call-outs at all."),
        ("h2", "Part 3: Liam's drinking"),
        ("p", "What will be different: Mia and Jake are only ever looked after by adults who are sober."),
        ("pi", "3.1  Liam, you will go to Bradenfell Recovery Service for your assessment on 11/02/2026, then to "
               "your key-work session every Wednesday and the Thursday evening group, so that you are sober "
               "whenever you look after Mia and Jake."),
        ("pi", "3.2  Bradenfell Recovery Service (Tom Oduya, Liam's key worker) will breath-test Liam at every "
               "key-work session, and write to me by 25/03/2026 on how much Liam is drinking, what still needs "
               "to change for him to care for Mia and Jake safely, and how long that is likely to take, with an "
               "update before the review conference."),
        ("pi", "3.3  Liam, you will not look after Mia or Jake on your own, or drive them anywhere, on any day "
               "you have had a drink, from today until the review conference."),
        ("p", "How we will know: For 3.1, the Recovery Service's attendance record, sent to me at the end of "
              "every month. For 3.2, Tom's letter by 25/03/2026 and his update by 22/04/2026, each with every "
              "breath test reading; we want 0.00 at every session from March. For 3.3, Jade rings me the same "
              "day if Liam has had a drink and has been left with the children, and Mia and Jake tell me at "
              "each visit who looked after them and who drove them, which I write down."),
        ("h2", "Part 4: Jake's teeth and the children's health"),
        ("p", "What will be different: Jake's teeth stop hurting so he can eat and sleep properly, and both "
              "children have had their health checks."),
        ("pi", "4.1  Jade, you will take Jake to Bradenfell Community Dental Service for his pre-assessment on "
               "17/02/2026, and to Bradenfell Royal Infirmary on 10/03/2026 for the extractions under general "
               "anaesthetic that the dental service has booked."),
        ("pi", "4.2  Jade and Liam, you will brush Mia's and Jake's teeth with the toothpaste the dentist gave "
               "you, every morning and every bedtime."),
        ("pi", "4.3  Kerry Bamford, school nurse (Bradenfell 0-19 Service), will do a health assessment for "
               "each child at school by 06/03/2026: sight, hearing, height and weight."),
        ("p", "How we will know: For 4.1, the dental service's letter after each appointment, copied to me and "
              "the GP. For 4.2, the brushing chart on the bathroom door, which Jake shows me with his stickers "
              "at my visits. For 4.3, Kerry's summary of each assessment, sent to you, me and the GP by "
              "13/03/2026."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Liam has been drinking and is looking after the children, or there is shouting, pushing or "
            "anything else that frightens them: Jade, you ring 999. Liam leaves the house that night and stays "
            "with his brother Craig Stokes in Bradenfell, as he agreed at the conference. I (or the Bradenfell "
            "Emergency Duty Team out of hours) will hold a strategy discussion with the police within 24 hours. "
            "If it is not safe for the children to stay at home, they go to Nan's that night; if Nan cannot "
            "have them, I or the Emergency Duty Team will find them a foster placement that night.",
            "If Nan cannot collect the children on a Tuesday or Thursday, she rings Jade and the school office "
            "by 12 noon. Jade collects them herself; if she cannot, the children stay at the school's "
            "after-school club until 6pm (I have booked and paid for those days) and Jade collects them from "
            "there.",
            "If there is another incident of violence, or Liam's breath tests show he has been drinking at "
            "three sessions, or Mia's or Jake's attendance is below 90% at the Easter holidays, my manager, "
            "Paul Okafor, will hold a legal planning meeting within 10 working days to decide whether to start "
            "pre-proceedings under the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("p", "The core group (you both, Nan if she wants to come, Mrs Rowntree, Kerry Bamford, Sian Price, Tom "
              "Oduya and me) will meet every four weeks at Bradenfell St Anne's Primary on Thursdays at "
              "3.45pm: 19/02/2026, 19/03/2026 and 16/04/2026. The review child protection conference is on "
              "29/04/2026 at 10am at Bradenfell Civic Offices."),
        ("p", "If anything in this letter worries you, please ring me on 01632 960 552."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Reid"),
        ("pl", "Social worker, Family Safeguarding Team (team manager: Paul Okafor)"),
        ("p", ""),
        ("p", "Copies to: Pat Morley; Mrs Gail Rowntree (Bradenfell St Anne's Primary); Kerry Bamford "
              "(Bradenfell 0-19 Service); Sian Price (Bradenfell Women's Aid); Tom Oduya (Bradenfell Recovery "
              "Service); Neil Grady (Bradenfell Choices programme); Sergeant Rachel Amos (Bradenfell Police); "
              "Dr Helen Marsh (GP, Bradenfell Health Centre); Lynne Crossley (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A young carer's own plan: "I" is Skye; the adults' names in brackets
#    after their work; a "Show me" column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_bexleaze_my_own_plan_bracket_owners_show_me_walters.md",
    "split": "tune",
    "actions": 13,
    "template": "young-persons-own-cp-plan-md-i-is-skye-about-me-people-in-my-plan-whos-who-why-theres-a-plan-what-i-want-people-to-know-what-dad-and-auntie-dee-say-whats-going-ok-what-i-want-to-be-different-then-what-ill-do-table-what-when-show-me-then-what-the-adults-will-do-table-owner-in-brackets-after-the-work-when-show-me-then-if-things-go-wrong-meetings-signatures",
    "description": (
        "Exemplary child protection plan written with and by a 14-year-old young carer after her initial "
        "conference (neglect): her father has bipolar disorder and came home in December after five weeks "
        "in hospital; she missed school to look after him, there was no food in, and she has been cutting "
        "her arms. 'I' is Skye throughout. 'What I'll do' is a What / When / Show me table; 'What the "
        "adults will do' puts each adult's name in brackets after their work ('(Mel, my social worker)', "
        "'(Jo Pritchard, Dad's care coordinator, Bexleaze Community Mental Health Team)', '(Dad)', '(Auntie "
        "Dee)'), and the 'Show me' column says how Skye and everyone else will see it happening (registers, "
        "letters, visit records with her words, Skye telling named adults, blood results in a report, the "
        "fridge seen at visits). The care coordinator reports on the father's capacity to change and how "
        "long it is likely to take; the contingency has named triggers, a fallback if Auntie Dee cannot have "
        "her, and a legal planning meeting; core group and review dates are set."
    ),
    "text": """\
# Bexleaze Council Children's Services

## Skye's plan: my child protection plan

I wrote this plan with Mel (my social worker) on 29/01/2026, two days after my child protection
conference on 27/01/2026. Where it says "I", "me" or "my", it means me, Skye. In the adults' part, the
person who will do each thing is in brackets at the end. The "Show me" column is how I, and everyone else,
will be able to see that it is really happening.

### About me

- **Name:** Skye Walters, born 09/05/2011 (14). Year 10 at Bexleaze Academy.
- **Home:** 3 Quarry Lane, Bexleaze BX4 2RW, with my dad.
- **My mum:** lives in Spain. I talk to her on FaceTime on Sundays.
- **Conference category:** neglect.

### People in my plan

| Who | Who they are |
|---|---|
| Dad | Gary Walters (44) |
| Auntie Dee | Deanna Walters, Dad's sister, 41 Hollins Road, Bexleaze |
| Mel | Melanie Osei, my social worker, Bexleaze Children's Services (her manager is Richard Hale) |
| Jo | Joanne Pritchard, Dad's care coordinator, Bexleaze Community Mental Health Team |
| Mrs Akhtar | Mrs Farah Akhtar, designated safeguarding lead, Bexleaze Academy |
| Priya | Priya Mistry, my worker at Bexleaze CAMHS |
| Lou | Louise Keane, school nurse, Bexleaze 0-19 School Nursing Team |
| Sam | Sam Tait, Bexleaze Young Carers |

### Why there's a plan

Dad has bipolar disorder. In November he stopped sleeping, spent all his money and stopped taking his
lithium, and on 14/11/2025 he was admitted to Bexleaze Park Hospital for five weeks. Before he went in I
missed 19 days of school looking after him, and there wasn't any food in the house. I stayed at Auntie
Dee's while he was in hospital. Lou found out in January that I have been cutting my arms. The adults at
the conference are worried that I am looking after Dad when an adult should be looking after me, and that
if Dad gets ill again nobody will know until it is really bad.

### What I want people to know

- "I'm not a baby. I've been doing Dad's tablets since I was eleven."
- "I don't want to live anywhere else. Dad's all right when he's well. He's funny."
- "When I cut it's because I can't stop my head going. I don't want to die."
- "I hate people at school knowing. Only Mrs Akhtar and Lou."
- "Friday nights at Auntie Dee's are the best bit of my week. She doesn't ask loads of questions."
- How safe I feel at home right now: 6 out of 10. When Dad was ill: 2 out of 10.

### What Dad and Auntie Dee say

Dad: "I let her down. She shouldn't have had to do what she did. I want to stay well for her." Auntie Dee:
"She can come to me any time, she knows that. I just need someone to tell me when things are going
wrong, because Gary won't."

### What's going OK

- Dad has been home since 19/12/2025 and has taken his lithium every night since (his last blood test was
  in range).
- I've been in school every day since we went back in January.
- Jo has seen Dad every two weeks since he came home.
- I've told Lou and Priya about the cutting, and I haven't cut since 20/01/2026.

### What I want to be different

1. I'm in school every day and I'm not worrying about Dad all day.
2. I stop cutting, and I always have someone to talk to when my head is bad.
3. There's food in the house, and I'm not the one who has to sort Dad's tablets.
4. If Dad starts to get ill again, an adult notices straight away and I'm looked after.

## What I'll do

| What I'll do | When | Show me |
|---|---|---|
| Be in school every day; if I've been up in the night worrying about Dad, go to Mrs Akhtar's office at 8.40am instead of staying at home | Every school day | The register, and Mrs Akhtar's check-in sheet that she e-mails to Mel on Fridays |
| Use the safety plan I made with Lou when I feel like hurting myself: ring Auntie Dee, text Mel, or ring the Bexleaze Teen Line number on my card | Every time I feel like hurting myself | I tell Priya at my CAMHS session each week how many times I used it and whether I hurt myself, and she writes it down |
| Go to the Bexleaze Young Carers group | Every Wednesday, 4pm to 6pm, from 04/02/2026 | The group register, which Sam sends to Mel at the end of every month |
| Tell Mel, Auntie Dee or Mrs Akhtar if Dad stops sleeping, stops his tablets or starts spending lots of money (it's not my job to sort it) | The same day I notice | Whoever I tell writes it down and rings Jo that day; Mel asks me at every visit and writes down what I say |

## What the adults will do

| What they'll do (who) | When | Show me |
|---|---|---|
| See me on my own, at school, at Auntie Dee's or at home, and ask me how things really are (Mel, my social worker) | Every week until the review conference on 21/04/2026 | Mel's visit record with my words in it, on the file within 2 days; I can read it if I want |
| Sessions with me about the cutting and feeling low, with a risk assessment at the first one (Priya Mistry, Bexleaze CAMHS) | Tuesdays at 4.15pm from 03/02/2026 for 12 weeks | Priya's letters to Mel and my GP after session 6 and session 12, saying how often I've hurt myself, from my own record |
| Check in with me every morning at 8.40am, and ring Mel if I'm not in by 9.15am (Mrs Farah Akhtar, designated safeguarding lead) | Every school day | The register and the check-in sheet, e-mailed to Mel every Friday; my attendance at 90% or more by the Easter holidays |
| A young carer's assessment with me, and a plan for what I need (Sam Tait, Bexleaze Young Carers) | By 20/02/2026 | My young carer's assessment and plan, with a copy for me and one for Mel |
| See Dad at home, and write to Mel about whether Dad can stay well enough to look after me, what has to change and how long that is likely to take (Jo Pritchard, Dad's care coordinator, Bexleaze Community Mental Health Team) | Visits every two weeks; report by 13/03/2026, and an update by 14/04/2026 | Jo's reports, with Dad's lithium blood results in them; Mel goes through them with me |
| Take his lithium every night and have his blood test at the surgery every month, and tell me honestly how he's feeling so I don't have to guess (Dad) | Every night; blood tests monthly, the next on 12/02/2026 | Jo sees every blood result; Dad shows Mel his tablet box at her visits |
| Do a food shop so there's food in for my tea and my packed lunches (Dad) | Every Saturday | Mel looks in the fridge and cupboards at her visits; I tell Mel if I've had to buy food with my own money |
| Have me at hers from Friday night to Saturday lunchtime, and have me to stay whenever Dad is unwell (Auntie Dee) | Every Friday, 5pm to 1pm on Saturday; and the same day Dad is unwell | Auntie Dee texts Mel every Saturday when I'm back home; I tell Mel at her visits |
| See me at her drop-in, check my arms are healing and my safety plan is up to date (Lou Keane, school nurse) | Every other Thursday at 12.30pm from 05/02/2026 | Lou e-mails Mel after each drop-in with what she saw; she tells Priya the same day if there is a new cut |

## If things go wrong

- **If Dad stops taking his lithium, stops sleeping, or Jo thinks he is getting ill:** Jo (or the
  Bexleaze Crisis Team out of hours) sees Dad within 24 hours, and I go to Auntie Dee's that night and stay
  there until Jo and Mel agree it is safe for me to come home.
- **If Auntie Dee can't have me** (she sometimes works nights at Bexleaze Royal Hospital): Mel, or the
  Bexleaze Emergency Duty Team out of hours, finds me a foster carer near my school that night, and I can
  take my phone and my own things.
- **If Dad is admitted to hospital again:** I go to Auntie Dee's (or a foster carer if she can't have me),
  and Mel holds a strategy discussion with Jo and the police within 24 hours.
- **If I hurt myself badly enough to need a hospital, or say I want to die:** whoever I tell rings 999 or
  takes me to A&E at Bexleaze Royal Hospital, and Priya or the CAMHS duty worker sees me within 24 hours.
- **If things don't get better:** if Dad is admitted again, or stops his lithium twice, or I'm out of
  school for five days in a row before the review conference, Richard Hale (Mel's manager) will hold a
  legal planning meeting within 10 working days to decide whether I should be looked after by Bexleaze
  Council and whether to start pre-proceedings.

## Meetings

- **Core group:** every four weeks at Bexleaze Academy, Tuesdays at 3.30pm: 10/02/2026, 10/03/2026 and
  07/04/2026. I can come to the last half hour, or send my views with Mel.
- **Review child protection conference:** 21/04/2026 at 10am, Bexleaze Town Hall.

Signed: Skye Walters. Gary Walters (Dad). Deanna Walters (Auntie Dee). Melanie Osei (social worker).
29/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: attendance list as key of initials, numbered
#    minutes, then an action log whose "Signed off by" column is the owner.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_brindlestead_core_group_minutes_signed_off_by_fenwick.txt",
    "split": "tune",
    "actions": 12,
    "template": "core-group-1-minutes-txt-underlined-headings-meeting-details-then-attendance-list-that-is-the-key-of-initials-then-numbered-minutes-purpose-updates-by-agency-childrens-views-sarahs-and-micks-views-outcomes-scaling-contingency-agreed-dates-then-pipe-separated-action-log-no-action-by-when-evidence-for-sign-off-signed-off-by-initials-owner-column",
    "description": (
        "Exemplary first core group minutes for a 9-year-old and a 5-year-old after domestic abuse by the "
        "younger child's father, who has left the home, is on police bail not to contact the mother, and "
        "has supervised contact with his son. The attendance list is the key of initials ('AN  Amrit "
        "Nagra, social worker'); numbered minutes hold updates, the children's views, the mother's and "
        "grandfather's views, the outcomes, scaling and the contingency; the plan is a pipe-separated "
        "action log (No. / Action / By when / Evidence for sign-off / Signed off by) whose last column "
        "names, by initials, the person who does the work and signs it off. Evidence is records and "
        "reports sent to the social worker, a signed safety plan and re-scored risk checklist, a "
        "job sheet with photos, a star chart photo, registers, contact records. The contingency has named "
        "triggers, a fallback for the grandfather's school mornings, and a legal planning meeting; core "
        "group dates and the review conference are set. No parent's ill health is recorded."
    ),
    "text": """\
BRINDLESTEAD CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES AND ACTION LOG
===========================================

Children:          Ruby Fenwick (9, born 03/07/2016), Year 5, Brindlestead Park Primary
                   Leo Hollis (5, born 19/10/2020), Reception, Brindlestead Park Primary
Address:           22 Hopyard Close, Brindlestead BN5 8EJ, with their mum, Sarah Fenwick (31)
Plan:              Child protection plan, category emotional abuse, from the initial conference on
                   14/01/2026
Meeting:           Core group 1, Wednesday 28/01/2026, 2pm to 3.30pm, Brindlestead Family Hub
Minutes taken by:  Kath Dyson, business support


ATTENDANCE (this list is also the key to the initials in the action log)
------------------------------------------------------------------------
AN   Amrit Nagra, social worker, Brindlestead Children's Services (chair)
SF   Sarah Fenwick, Ruby and Leo's mum
MF   Mick Fenwick, Sarah's dad ("Grandad")
JC   Jess Colley, designated safeguarding lead, Brindlestead Park Primary
OB   Olivia Bray, independent domestic violence adviser, Brindlestead Domestic Abuse Service
LP   Lisa Pardoe, children's worker, Brindlestead Domestic Abuse Service
PW   PC Paul Wray, Domestic Abuse Unit, Brindlestead Police
TH   Tanya Hughes, family support worker, Brindlestead Family Hub
CK   Carla King, contact supervisor, Brindlestead Family Centre
DR   Dan Rourke, facilitator, Brindlestead Change Project
GB   Gavin Burke, Sanctuary Scheme officer, Brindlestead Homes (sent an update, did not attend)

Not invited: Dean Hollis (Leo's dad), because of his bail conditions. AN saw him on his own on
26/01/2026 and his views are in minute 5.


1. PURPOSE OF THE MEETING
-------------------------
AN explained that this is the first core group since the conference. The core group turns the
conference's outline plan into a detailed plan: the action log at the end of these minutes is that
plan. Each action is signed off at the next core group by the person whose initials are in its last
column; that person does the work and brings the evidence.

2. WHY THERE IS A PLAN
----------------------
On 21/12/2025 Dean Hollis, Leo's dad, grabbed Sarah by the throat in the kitchen after an argument about
money. Ruby rang 999. Dean was arrested and released on bail with conditions not to contact Sarah or go
to Hopyard Close; his bail return date is 25/02/2026. There had been three earlier police call-outs in
2025. Ruby has been checking the doors at night and Leo has started wetting the bed again.

3. UPDATES
----------
3.1 School (JC): Ruby's attendance is 96% and Leo's 93% this term. Ruby has been quiet and tearful in
    the mornings; she told her teacher she "can't sleep till Mum's locked up".
3.2 Police (PW): Dean has kept to his bail so far. A marker has been on the address since 22/12/2025, so
    any call from it is treated as an emergency.
3.3 IDVA (OB): Sarah was assessed as high risk at MARAC on 08/01/2026. OB has met Sarah twice.
3.4 Family Hub (TH): TH has met Sarah and Leo once; Leo wets the bed about five nights a week and wakes
    most nights.
3.5 Sanctuary Scheme (GB, by e-mail): survey done on 23/01/2026; the work is ordered.
3.6 Change Project (DR): Dean has been referred by AN and has an assessment date.

4. RUBY AND LEO'S VIEWS
-----------------------
AN saw Ruby at school on 26/01/2026. She said: "I liked it when it was just us. I don't want Dean to come
back. I still check the back door every night even though Mum does." She scored how safe she feels at
home at 6 out of 10, and said "it would be 9 if the door had a camera".

AN saw Leo at home on 27/01/2026 with his toy cars. He said: "I want to see Daddy at the playroom. I
don't like shouting. I'm not a baby, I just have accidents." TH has seen Leo run to Sarah and hide his
face when a door slams.

5. SARAH'S, MICK'S AND DEAN'S VIEWS
-----------------------------------
SF said she is exhausted but "it's calmer without him", and she does not want Dean back in the house.
She wants Leo to keep seeing his dad "somewhere safe". MF said he will do the school run on Sarah's
early shifts "for as long as it takes". Dean (seen by AN on 26/01/2026) said he wants to see Leo and
"will do the course if that's what it takes".

6. WHAT WE WANT FOR RUBY AND LEO (FROM THE CONFERENCE)
------------------------------------------------------
- Ruby and Leo live in a home where they are not hurt, frightened or woken by shouting, and Ruby no
  longer feels she has to keep watch.
- Leo sees his dad safely and comes back from contact settled.
- Ruby and Leo get help to understand what happened, and Leo's sleep and wetting get better.
- Ruby and Leo are in school on time every day.

7. SCALING (0 = the children are not safe, 10 = the plan can end)
-----------------------------------------------------------------
SF 7, MF 7, JC 6, OB 5, PW 5, TH 6, AN 5. The difference is mostly about what will happen when Dean's
bail ends.

8. CONTINGENCY (AGREED)
-----------------------
- If Dean comes to the house or the school, contacts Sarah or the children outside supervised contact,
  or breaks his bail: Sarah rings 999 and the police attend as an emergency because of the marker
  (PW). JC keeps the children in school and rings AN. AN holds a strategy discussion with PW the same
  day. If Sarah and the children cannot stay safely at Hopyard Close, OB arranges a place at the
  Brindlestead refuge that day.
- If Dean arrives at contact smelling of alcohol, talks to Leo about Sarah or the court case, or is more
  than 15 minutes late: CK ends that session, and contact is suspended until AN has written to Dean
  with the conditions for restarting it (within 2 working days).
- If Mick cannot do a Monday or Wednesday school run: he rings Sarah by 7pm the night before, and the
  children go to the school's breakfast club from 7.45am (JC is holding two places; Brindlestead
  Children's Services pays). If Sarah cannot take them to breakfast club before her shift, her manager
  has agreed she can start at 9am that day.
- If Dean breaks his bail or the contact agreement, or there is another incident in front of the
  children before the review conference, Sue Garside (AN's team manager) will hold a legal planning
  meeting within 5 working days.

9. DATES
--------
Core group every four weeks, Wednesdays at 2pm, Brindlestead Family Hub: 25/02/2026 and 25/03/2026.
Review child protection conference: Tuesday 14/04/2026 at 10am, Brindlestead Civic Centre.

10. ACTION LOG
--------------
The person in the "Signed off by" column owns the action: they do it, and they bring the evidence to
sign it off at the next core group. Initials are explained in the attendance list above.

No. | Action | By when | Evidence for sign-off | Signed off by
A1 | See Ruby and Leo each on their own, at school or at home, and talk with them about what home is like now | Every week until the review conference on 14/04/2026 | Visit records on CareFile within 48 hours, with their own words; read out at each core group | AN
A2 | Go through the plan with Ruby and Leo in words they understand, and give Ruby a "who I can tell" card | By 06/02/2026 | Ruby shows JC the card in her reading folder; AN's visit record of what Ruby and Leo said about the plan | AN
A3 | Safety planning sessions with Sarah: the house, the school run, phones, and what to do if Dean comes to the door | Fortnightly from 02/02/2026 for 12 weeks | Written safety plan signed by Sarah, copy to AN by 16/02/2026; DASH risk checklist re-scored at session 6 and sent to AN | OB
A4 | Fit a video doorbell, window locks and a door chain at 22 Hopyard Close under the Sanctuary Scheme | By 13/02/2026 | Job sheet signed by Sarah, and photos of the work sent to AN | GB
A5 | Tell AN, SF and JC if Dean's bail conditions change, if he is charged, or if he is seen near the house or the school | The same day as any change or sighting; bail return date 25/02/2026 | Police log entry, and an e-mail to AN, SF and JC with the log number | PW
A6 | Worry time with Ruby: 15 minutes with Miss Colley before lessons | Every Monday and Thursday at 8.50am | Notes on CPOMS; anything Ruby says about home e-mailed to AN the same day | JC
A7 | A place for Ruby on the "Butterflies" group for children who have lived with domestic abuse | Tuesdays at 4pm for 8 weeks from 17/02/2026 | Group register, and an end-of-group letter with Ruby's own evaluation sheet, sent to AN by 10/04/2026 | LP
A8 | Bedtime routine sessions at home with Sarah and Leo (his wetting and night waking), with a star chart | Tuesday evenings at 6pm for 6 weeks from 03/02/2026 | Photo of the star chart sent to AN every Friday, with the number of dry nights that week | TH
A9 | Take Leo to see Dr Amin at Brindlestead Health Centre about his bedwetting and night waking | 05/02/2026 at 4.10pm | Dr Amin's letter to AN, copied to TH, by 19/02/2026 | SF
A10 | Take Ruby and Leo to school for 8.40am on Sarah's early-shift days | Every Monday and Wednesday | Register shows both children in by 8.45am; JC sends it to AN every Friday | MF
A11 | Supervise Dean's contact with Leo at the Family Centre, and write it up | Fortnightly on Saturdays, 10am to 11.30am, from 07/02/2026 | Contact record to AN within 2 working days, with how Leo was before, during and after | CK
A12 | Assess Dean for the Change Project, then run his place on the 26-week group | Assessment by 13/02/2026; group every Thursday from 26/02/2026 | Assessment letter to AN; attendance every month; a mid-point report at week 13 on what Dean has understood and changed | DR

Minutes and action log sent to everyone on the attendance list, and to Dean (action log only, with
the addresses taken out), on 30/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan as a typed outline: parts timed by pregnancy and the
#    baby's age, a "Lead for this part:" line naming a person ("she") or a
#    team ("they"), each item closing with "We'll see it:". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_bramshallow_prebirth_outline_lead_for_this_part_blake.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Courtney Blake",
    "split": "tune",
    "actions": 17,
    "template": "prebirth-icpc-plan-docx-details-kv-why-there-is-a-plan-babys-world-now-courtney-and-kieran-say-going-well-what-we-want-for-baby-then-typed-outline-parts-timed-by-weeks-of-pregnancy-birth-and-babys-age-each-part-with-lead-for-this-part-line-person-then-she-or-team-then-they-items-1-1-to-4-3-naming-others-where-they-own-it-each-closing-with-well-see-it-sentence-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Exemplary pre-birth plan for the first baby of a 19-year-old care leaver who lives in supported "
        "housing, made at 29 weeks of pregnancy: the baby's father (21) has used cannabis daily since he "
        "was 14 and has a conviction for assaulting a former partner; the mother stopped cannabis at 20 "
        "weeks. The plan is a typed outline in four parts timed by the pregnancy, the birth and the "
        "baby's age ('now to 36 weeks', 'from 36 weeks to the day Courtney and Baby go home', 'from "
        "discharge until Baby is 8 weeks old', Kieran's part to the review conference). Each part opens "
        "with a 'Lead for this part:' line: a specialist midwife named once and then 'she', the hospital "
        "maternity team and the 0-19 team as 'they', and the father as 'he'; items that belong to someone "
        "else name them (the social worker, the mother, the former foster carer 'Auntie Bev (Bev Mason)', "
        "the drug and alcohol service). Each item closes with a 'We'll see it:' sentence (drug screen "
        "results, a birth plan signed, a discharge checklist ticked and sent, weights and what the health "
        "visitor sees, registers, letters). The drug and alcohol service reports on the father's capacity "
        "to change; 'Baby's world' records the unborn baby's experience; the contingency has named "
        "triggers, a fallback if Bev cannot help, and a legal planning meeting at 37 weeks; core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Bramshallow City Council, Children's Services, Pre-birth and Infant Team. Plan agreed at the "
              "pre-birth child protection conference on 22/01/2026."),
        ("kv", [
            ("Unborn baby", "Baby of Courtney Blake; due 10/04/2026 (29 weeks at the conference)"),
            ("Mum", "Courtney Blake (19), care leaver. Room 12, Bramshallow Foyer, Canal Side, Bramshallow "
                    "BM2 5DU. A mother-and-baby flat at the Foyer (Flat 3, The Nest) is kept for her from "
                    "36 weeks."),
            ("Dad", "Kieran Lowe (21), lives with his mum at 8 Garth Road, Bramshallow"),
            ("Courtney's support", "Bev Mason (\"Auntie Bev\"), Courtney's foster carer from age 12 to 18; "
                                   "Zoe Hunt, personal adviser, Bramshallow Leaving Care Team"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Kim Harte, Pre-birth and Infant Team (team manager: Lorraine Akers)"),
            ("Conference chair", "David Oyelaran"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kieran has smoked cannabis every day since he was 14 and says he spends about £60 a week on it. "
              "In 2023 he was convicted of assaulting a former girlfriend. Courtney smoked cannabis until she "
              "was 20 weeks pregnant and says she has stopped; her drug screens since then have been "
              "negative. Courtney was in care from the age of 12 because of neglect, and has not looked after "
              "a baby before. Courtney and Kieran want to bring the baby up together."),
        ("h1", "Baby's world now, and what Baby will need"),
        ("p", "At the 28-week scan Baby was growing on the 40th centile. Courtney says Baby kicks \"like mad\" "
              "when she lies down after tea and goes quiet when Kieran talks to the bump; Anna saw Baby's "
              "heartbeat speed up when Courtney laughed. Courtney's room at the Foyer smells of cannabis on "
              "the days Kieran visits, and he smoked in the car with Courtney on 09/01/2026. Baby will need "
              "a smoke-free home, a safe cot, feeds every three to four hours, and adults who are awake and "
              "sober enough to hear Baby cry in the night."),
        ("h1", "What Courtney and Kieran say"),
        ("p", "Courtney: \"I want to be the mum I didn't have. I stopped for the baby and I'm not going back.\" "
              "Kieran: \"Weed helps me sleep, it's not like I'm on the hard stuff. But I'll get tested if that's "
              "what it takes to be there for my kid.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Courtney has been to every antenatal appointment since 20 weeks, and every drug screen since "
            "then has been negative.",
            "Bev has stayed close to Courtney since she left care and has offered to stay with her after "
            "the birth.",
            "Kieran went to his first appointment at Bramshallow Drug and Alcohol Service on 19/01/2026, "
            "before the conference.",
            "The Foyer has kept a mother-and-baby flat with night staff on site for Courtney from 36 weeks.",
        ]),
        ("h1", "What we want for Baby"),
        ("numbers", [
            "Baby is born healthy, having grown well, and is not exposed to cannabis smoke before or after "
            "the birth.",
            "Baby goes home to a warm, smoke-free flat with a safe sleep space, and is never in the sole care "
            "of an adult who has used cannabis.",
            "Baby is fed, gains weight, and is seen by a professional every week for the first eight weeks.",
            "Baby has a mum who knows how to care for a newborn and who has help she can rely on at night.",
        ]),
        ("h1", "The plan"),
        ("p", "Each part has a lead. The lead does every item in that part unless the item names someone else. "
              "Each item ends with \"We'll see it:\", which says how the core group will know it is done and "
              "working."),
        ("h2", "Part 1: Before Baby is born (now to 36 weeks, 13/03/2026)"),
        ("boldp", "Lead for this part: Anna Kowal, specialist midwife, Bramshallow Maternity Vulnerabilities "
                  "Team."),
        ("pi", "1.1  She will see Courtney for her antenatal care at the Foyer every two weeks until 36 weeks, "
               "checking Baby's growth and asking Courtney about cannabis each time. We'll see it: Baby's growth "
               "chart in the maternity notes, and Anna's summary e-mailed to Kim after each appointment."),
        ("pi", "1.2  She will write the birth plan with Courtney, Kieran and Kim by 34 weeks (27/02/2026), "
               "including who may visit on the ward and the discharge checklist. We'll see it: the birth plan, "
               "signed by Courtney and Kim, on the maternity system and in the red folder Courtney takes to "
               "hospital."),
        ("pi", "1.3  Courtney will give a urine drug screen at each of Anna's appointments. We'll see it: each "
               "result in the maternity notes, sent by Anna to Kim the same week; we want every one negative."),
        ("pi", "1.4  Courtney will go to the Bramshallow \"Bump to Baby\" antenatal course, with Bev, on "
               "Wednesdays at 1pm for six weeks from 28/01/2026. We'll see it: the course register, and Courtney "
               "shows Anna her baby-care workbook at 36 weeks."),
        ("pi", "1.5  Kim Harte (social worker) will complete a pre-birth parenting assessment with Courtney "
               "and Kieran, in seven sessions, by 36 weeks. We'll see it: Kim's report, shared with Courtney, "
               "Kieran and the core group by 13/03/2026."),
        ("h2", "Part 2: Birth and the ward (from 36 weeks to the day Courtney and Baby go home)"),
        ("boldp", "Lead for this part: the Bramshallow General Hospital maternity team (the Ward 14 midwives "
                  "and Carol Ince, safeguarding midwife). They will:"),
        ("pi", "2.1  Tell Kim within 2 hours of Courtney being admitted in labour, and again when Baby is born "
               "(the Bramshallow Emergency Duty Team out of hours). We'll see it: the calls logged in the "
               "maternity notes and on Kim's case record."),
        ("pi", "2.2  Keep to the visiting list in the birth plan for every visit to the ward, and ask any "
               "visitor who smells of cannabis to leave. We'll see it: the ward's visitor log, sent to Kim "
               "on the day of discharge."),
        ("pi", "2.3  Go through the discharge checklist with Courtney before discharge (safe sleep, feeding, "
               "the car seat, the Moses basket, Baby's red book, GP registration), tick each item, and send the "
               "ticked checklist to Kim and the health visitor on the day of discharge. We'll see it: the ticked "
               "checklist on Kim's file and in the health visitor's records that day."),
        ("pi", "2.4  Kim Harte (social worker) will see Courtney and Baby on the ward within 24 hours of the "
               "birth, and hold a discharge planning meeting on the ward before discharge. We'll see it: "
               "Kim's visit record and the meeting note on file before Baby goes home."),
        ("h2", "Part 3: The first eight weeks at home (from discharge until Baby is 8 weeks old)"),
        ("boldp", "Lead for this part: the Bramshallow 0-19 Team (Gemma Firth, health visitor, with the "
                  "community midwives until day 10). They will:"),
        ("pi", "3.1  Visit at home on days 1 and 5 after discharge (community midwife), then Gemma's new birth "
               "visit by day 14, then weekly until Baby is 8 weeks old, weighing Baby and seeing where Baby "
               "sleeps. We'll see it: weights on the red book chart, and each visit's notes sent to Kim saying "
               "where Baby was sleeping."),
        ("pi", "3.2  Bev Mason (Auntie Bev) will stay at the flat for the first 14 nights after discharge and "
               "help with the night feeds. We'll see it: Bev signs the Foyer's night register each night, and "
               "Gemma sees the feed chart in Bev's and Courtney's writing at her visits."),
        ("pi", "3.3  Bev will visit Courtney and Baby every afternoon from day 15 until Baby is 8 weeks old. "
               "We'll see it: Bev writes each visit in Baby's diary, and Kim reads it every week."),
        ("pi", "3.4  Kim Harte (social worker) will visit Courtney and Baby at home twice a week until Baby is "
               "8 weeks old, one visit in three unannounced, seeing Baby awake and undressed. We'll see it: "
               "Kim's visit records on the case file within 48 hours."),
        ("pi", "3.5  Courtney will register Baby with Bramshallow Health Centre within 7 days of discharge and "
               "take Baby to the 6-8 week check with Dr Lena Ward. We'll see it: the practice confirms the "
               "registration to Kim, and the check's results are in the red book for Gemma to see."),
        ("h2", "Part 4: Kieran's part (from now until the review conference on 22/04/2026)"),
        ("boldp", "Lead for this part: Kieran Lowe (Dad). He will:"),
        ("pi", "4.1  Go to his key-work session with Matt Okon at Bramshallow Drug and Alcohol Service every "
               "Monday and give a urine drug screen each time, with no cannabis at all from 36 weeks. We'll see "
               "it: Matt sends Kim every result the same week; every screen negative from 13/03/2026."),
        ("pi", "4.2  Do the six-session \"Respectful Relationships\" course with the Bramshallow Family Safety "
               "Service, on Thursdays from 12/02/2026. We'll see it: the attendance record and the course's "
               "end report to Kim by 27/03/2026."),
        ("pi", "4.3  Matt Okon (Bramshallow Drug and Alcohol Service) will write to Kim by 27/02/2026, and "
               "again by 15/04/2026, on Kieran's cannabis use, whether he can stop and stay stopped, and how "
               "long that is likely to take. We'll see it: Matt's letters on file, shared with Kieran and the "
               "core group."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any of Courtney's drug screens shows cannabis, or Kieran's screens are not negative from 36 "
            "weeks, or he misses two sessions with Matt: Kim holds a strategy discussion within 24 hours, and "
            "Kieran does not visit the ward or the flat except with Bev or a worker there until it has been "
            "held.",
            "If Bev cannot stay for the first 14 nights, or stops her afternoon visits: Courtney and Baby "
            "stay in the Foyer flat with the Foyer's night staff checking on them at 11pm and 3am (agreed by "
            "Jenny Tuck, Foyer manager), and Gemma visits twice a week instead of weekly until Baby is 8 "
            "weeks old.",
            "If Baby is found sleeping anywhere but the Moses basket or cot with an adult asleep, loses weight "
            "after day 14, or there is any violence between Courtney and Kieran: Kim (or the Emergency Duty "
            "Team) holds a strategy discussion the same day, and Courtney and Baby move to a parent and baby "
            "foster placement that day if it is not safe for them to stay at the Foyer.",
            "If Kieran's drug screens are still showing cannabis at 36 weeks, or the parenting assessment "
            "finds that Courtney cannot keep Baby safe even with the help in this plan, Lorraine Akers (team "
            "manager) will hold a legal planning meeting by 20/03/2026 (37 weeks) to decide whether to issue "
            "care proceedings when Baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Bramshallow Foyer, Thursdays at 11am: 05/02/2026 and 05/03/2026, "
            "then within 10 working days of Baby's birth.",
            "Review child protection conference: 22/04/2026 at 2pm, Bramshallow Civic Centre.",
        ]),
        ("p", "Plan sent to Courtney, Kieran, Bev and every agency named in it on 23/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan in a table whose first row is a group banner,
#    owners as "Responsible:" banner rows, a "Proof" column. Page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_barrowstoke_rcpc_responsible_banners_proof_pearce.pdf",
    "doc_title": "Review Child Protection Plan - Macy and Noah Pearce",
    "split": "tune",
    "actions": 15,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Barrowstoke Council · Review Child Protection Plan",
    "footer": "Macy and Noah Pearce · Review conference 05/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc1-plan-pdf-paged-header-footer-details-kv-since-the-first-conference-what-macy-says-and-noahs-days-amys-and-jasons-views-going-well-what-needs-to-be-different-then-table-first-row-group-banner-then-ref-what-needs-to-happen-by-proof-heading-row-then-responsible-banner-rows-per-agency-person-family-network-and-also-agreed-then-contingency-bullets-meetings",
    "description": (
        "First review conference plan for a 6-year-old and a 2-year-old (neglect): their mother has "
        "depression and spends days in bed, the house was found with dog mess and no bed for the "
        "2-year-old, the 6-year-old was often late with untreated headlice, and the 2-year-old has few "
        "words. One table: its first row is a banner for the whole plan, then a Ref / What needs to happen "
        "/ By / Proof heading row, then 'Responsible:' banner rows that own the rows under them (the "
        "social worker, the health visitor, the talking therapy service, the school, Mum, the family "
        "network, and 'Also agreed at the conference'). Much is good: the children's words and days, "
        "named leads, real dates, registers, ASQ-3 scores and letters as proof, the GP reviewing "
        "medication, dated meetings and legal planning after named triggers. Faults: the 'Responsible: "
        "Family network' banner over the school runs and the Saturday help (W002 twice), the health "
        "visitor's visits proved by 'Monitored by HV' (M002), the social worker's checks on the house "
        "proved by 'keep an eye on' (M002), a passive speech and language referral under the 'Also "
        "agreed' banner with no one named (W001), the talking therapy service's CBT that only treats the "
        "mother, proved by attendance (H001), and a contingency that says nothing of the family network's "
        "help failing (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Macy Pearce (6, born 12/09/2019), Year 1, Barrowstoke Primary Academy; Noah Pearce "
                         "(2, born 03/12/2023)"),
            ("Address", "41 Alder Walk, Barrowstoke BW7 3NL, with their mum, Amy Pearce (27)"),
            ("Dad", "Jason Whitley, 9 Mill Lane, Barrowstoke; sees the children every other Sunday"),
            ("Family network", "Susan Pearce (\"Nanna Sue\"), Amy's mum; Kelly Pearce, Amy's sister"),
            ("Conference", "First review child protection conference, 05/02/2026 (initial conference "
                           "06/11/2025). Category: neglect. Chair: Graham Tolley"),
            ("Social worker", "Laura Kemp, Barrowstoke Children's Services, Family Safeguarding North (team "
                              "manager: Owen Price)"),
        ]),
        ("h1", "Since the first conference"),
        ("p", "Amy has had depression since Noah was born and is on sertraline from her GP. In the autumn she "
              "spent whole days in bed. At the first conference the house had dog mess on the floors, there "
              "was no food in, and Noah was sleeping on a sofa cushion because he had no bed. Macy was late "
              "on 23 days and had headlice that had not been treated for weeks. Noah, at 23 months, had five "
              "words. Since then the house has been clean at most of Laura's visits, Macy's attendance has "
              "risen from 86% to 92%, and Amy has been referred for talking therapy. Amy says mornings are "
              "still the hardest part of the day."),
        ("h1", "What Macy says, and Noah's days"),
        ("p", "Macy (to Laura, on her own at school, 29/01/2026): \"Mummy is sad in the mornings so I get Noah "
              "his milk.\" \"Nanna Sue does plaits.\" \"I don't like it when the dog does poos inside.\" She "
              "drew her house with a sun over Nanna's car. She scored home at 7 out of 10."),
        ("p", "Noah's days, as Kirsty and Laura see them: he is up at about 6.30am and is often still in his "
              "night nappy when Laura visits at 10am. He points and pulls adults by the hand instead of "
              "talking; he said \"dog\", \"Macy\" and \"more\" at the last visit. He lights up when Macy "
              "comes home, and he sleeps better since the bed from the Household Support Fund arrived."),
        ("h1", "What Amy and Jason say"),
        ("p", "Amy: \"I know it got bad. Mum and Kelly have been amazing. I want to feel like me again so I can "
              "do it all myself.\" Jason: \"I'll have the kids more if it helps. I just want them looked "
              "after.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "The house has been clean and there has been food in at five of Laura's last six visits.",
            "Macy's attendance is up to 92%, and she is on time on the days Nanna Sue takes her.",
            "Noah has his own bed and bedding.",
            "Amy went back to her GP in December and has been referred to Barrowstoke Talking Therapies.",
        ]),
        ("h1", "What needs to be different for Macy and Noah"),
        ("numbers", [
            "Macy and Noah live in a clean, safe home with food in and their own beds.",
            "Macy gets to school on time every day and is not looking after Noah in the mornings.",
            "Noah's speech is assessed and he gets the help he needs to talk, and he goes to nursery.",
            "Macy and Noah have a mum who is well enough to get up and care for them every day.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "widths": [1.3, 8.2, 3.4, 4.1],
            "rows": [
                ["THE PLAN FROM 05/02/2026 UNTIL THE NEXT REVIEW CONFERENCE ON 07/05/2026", H, H, H],
                ["Ref", "What needs to happen", "By", "Proof"],
                ["Responsible: Laura Kemp, social worker, Barrowstoke Children's Services", H, H, H],
                ["1", "See Macy and Noah at home, Macy on her own, one visit in three unannounced",
                 "Every two weeks until the next review",
                 "Visit records on the case file within 48 hours, with Macy's own words"],
                ["2", "Check the state of the house at each visit: Noah's bed and bedding, food in, the floors "
                      "clear of dog mess, rubbish out",
                 "At every visit (every two weeks)",
                 "SW to keep an eye on home conditions at visits"],
                ["3", "Apply to the Barrowstoke Household Support Fund for a cooker, as the oven has not worked "
                      "since December",
                 "By 20/02/2026",
                 "Award letter on file; Laura sees the cooker in use at her next visit"],
                ["Responsible: Kirsty Holt, health visitor, Barrowstoke 0-19 Team", H, H, H],
                ["4", "Home visits to look at Noah's development, eating and sleep, and to help Amy with a "
                      "bedtime routine for him",
                 "Every four weeks from 12/02/2026",
                 "Monitored by HV"],
                ["5", "Ages and Stages Questionnaire (ASQ-3) with Noah and Amy at home",
                 "By 26/02/2026",
                 "ASQ-3 scores sent to Laura and the GP"],
                ["Responsible: Barrowstoke Talking Therapies, Sanjay Rao, therapist", H, H, H],
                ["6", "Twelve weekly sessions of CBT for Amy's depression",
                 "Weekly from 10/02/2026 for 12 weeks",
                 "Amy's attendance at her sessions, confirmed to Laura each month"],
                ["Responsible: Barrowstoke Primary Academy, Mrs Denise Ogden, designated safeguarding lead",
                 H, H, H],
                ["7", "First-day call if Macy is not in by 9am, and a call to Laura if Amy has not answered by "
                      "9.30am",
                 "Every school day",
                 "Call log and register sent to Laura every Friday; 95% attendance by the Easter holidays"],
                ["8", "Nurture group for Macy with Mrs Kaur, the learning mentor",
                 "Tuesday and Thursday afternoons for six weeks from 10/02/2026",
                 "Boxall profile at the start and the end, sent to Laura"],
                ["Responsible: Amy Pearce (Mum)", H, H, H],
                ["9", "Get Macy to school by 8.50am, with breakfast and her hair brushed",
                 "Every school day",
                 "School register, sent to Laura by Mrs Ogden every Friday"],
                ["10", "Take Noah to Barrowstoke Little Acorns nursery for his funded hours",
                 "Monday, Wednesday and Friday mornings from 09/02/2026",
                 "Nursery register, sent to Laura at the end of each month"],
                ["Responsible: Family network", H, H, H],
                ["11", "Take Macy to school and Noah to nursery on Mondays and Tuesdays",
                 "Every Monday and Tuesday",
                 "School and nursery registers show both in on time"],
                ["12", "Help Amy with the housework and a weekly food shop",
                 "Every Saturday morning",
                 "Laura sees food in the cupboards and a clean kitchen at her next visit"],
                ["Also agreed at the conference", H, H, H],
                ["13", "Noah to be referred to Barrowstoke Speech and Language Therapy for an assessment",
                 "By 20/02/2026",
                 "Referral acceptance letter on file"],
                ["14", "Dr Farah Malik, GP, to review Amy's sertraline and write to Laura on how her mood is "
                       "affecting her care of Macy and Noah",
                 "By 27/02/2026",
                 "GP letter on the children's file"],
                ["15", "Jason to have Macy and Noah every other weekend from Saturday at 10am to Sunday at 5pm",
                 "Every other weekend from 14/02/2026",
                 "Jason texts Amy and Laura when the children arrive and when they are home"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Macy is not in school and Amy cannot be reached by 9.30am, Mrs Ogden rings Laura, and Laura "
            "(or the duty social worker) visits that morning.",
            "If Laura or Kirsty find the children without food, Noah without a clean bed, or Amy unable to get "
            "up to care for them, the children go to Jason's that day (he agreed at the conference), and "
            "Laura holds a strategy discussion within 24 hours. If Jason cannot have them, Laura or the "
            "Barrowstoke Emergency Duty Team finds them a foster placement that day.",
            "If Amy tells anyone she has thoughts of harming herself, she or they ring her GP or the "
            "Barrowstoke Crisis Team the same day, and the children stay with Jason that night.",
            "If by the next review Macy's attendance is below 90%, or the house has been found in a poor "
            "state at two visits, Owen Price (team manager) will hold a legal planning meeting within 10 "
            "working days.",
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks at Barrowstoke Primary Academy, Thursdays at 3.30pm: 05/03/2026, "
              "02/04/2026 and 30/04/2026. Second review child protection conference: 07/05/2026 at 10am, "
              "Barrowstoke Civic Centre."),
        ("p", "Plan sent to Amy, Jason, Susan Pearce, Kelly Pearce and every agency in the table on 06/02/2026."),
    ],
    "findings": [
        F("M002", "Check the state of the house at each visit"),
        F("M002", "Home visits to look at Noah's development, eating and sleep"),
        F("H001", "Twelve weekly sessions of CBT for Amy's depression"),
        F("W002", "Take Macy to school and Noah to nursery on Mondays"),
        F("W002", "Help Amy with the housework and a weekly food shop"),
        F("W001", "Noah to be referred to Barrowstoke Speech and Language Therapy"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan as two-column cards (What / Who / When / How we'll
#    know). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b214_bowhaven_core_group_two_column_cards_nolan.md",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-plan-md-details-table-why-there-is-a-plan-harveys-words-poppy-at-nursery-danielles-and-marcs-views-going-well-what-we-want-for-harvey-and-poppy-then-one-h3-card-per-action-two-column-table-what-who-when-how-well-know-then-if-things-go-wrong-bullets-meetings",
    "description": (
        "Core group plan for an 8-year-old and a 3-year-old (neglect) whose mother drinks vodka daily "
        "and twice came to collect the 3-year-old from nursery drunk; her partner lives in the home and "
        "works days, and the maternal grandmother lives nearby. Each action is a card: a heading, then "
        "a two-column table of What / Who / When / How we'll know. Much is good: the children's words and "
        "the nursery's observations, named owners, real times, breath tests, registers and letters, the "
        "GP and the alcohol service both owning work, a contingency with a fallback if no sober adult is "
        "at home, and legal planning after named triggers. Faults: 'All agencies' telling the social "
        "worker about signs of drinking (W002); 'The family' keeping a sober adult at home (W002); the "
        "school's check-ins measured by 'Monitored by school' (M002); the family support worker's "
        "sessions measured by 'Danielle's engagement' (M002); the dental registration card with '-' for "
        "how we'll know (M001); the alcohol service's key-work sessions 'As and when Danielle is ready' "
        "(T002); and the review conference 'date to be confirmed' (R001)."
    ),
    "text": """\
# Bowhaven Borough Council: Children's Services

## Child protection plan: Harvey and Poppy Nolan

Updated at the first core group on 27/01/2026. The plan is set out as cards: one card for each thing that
needs to happen, saying what, who, when, and how we'll know.

| | |
|---|---|
| **Children** | Harvey Nolan (8, born 21/03/2017), Year 4, Bowhaven Juniors; Poppy Nolan (3, born 15/08/2022), Bowhaven Little Stars Nursery |
| **Address** | 17 Ferry Road, Bowhaven BH4 9QA |
| **Living at home** | Danielle Nolan (30), Mum; Marc Dyer (35), Danielle's partner since 2024, a scaffolder who works 8am to 4pm |
| **Nana Jean** | Jean Hurst, Danielle's mum, 5 Ferry Close, Bowhaven |
| **Children's dad** | Scott Nolan; no contact since 2023 |
| **Plan** | Child protection plan from the initial conference on 13/01/2026, category neglect |
| **Social worker** | Rachel Dunn, Bowhaven Children's Services, Safeguarding Team 2 (team manager: Colin Beck) |

### Why there is a plan

Danielle drinks about half a bottle of vodka a day, more at weekends. On 04/12/2025 and 08/01/2026 she
came to collect Poppy from nursery smelling of alcohol and unsteady, and staff kept Poppy until Marc came
from work. Harvey told his teacher that he makes his and Poppy's tea "when Mum's sleeping on the settee".
On 31/12/2025 a neighbour called the police after shouting at the house; officers found Danielle drunk and
the children awake at 1am. Danielle says she started drinking more after her dad died last year.

### What Harvey says

Harvey (to Rachel, on his own at school, 22/01/2026): "I don't like it when Mum talks funny. I can do
beans on toast and Poppy's fish fingers." "Marc's all right, he does the Xbox with me." "I want Mum to
stop the drinks and come to my football." He scored home at 5 out of 10, and Nana Jean's at 10.

### Poppy at nursery

Poppy is talkative and busy at nursery. Staff see her flinch and go quiet when adults raise their voices,
and she often arrives hungry and asks for toast. On the two days Danielle came to collect her drunk, Poppy
hid under the art table and would not come out until Marc arrived.

### What Danielle and Marc say

Danielle: "I know I've been drinking too much since Dad. I don't drink in front of the kids." Marc: "I can't
be there in the day. I need to know what to do if I come home and she's had a drink."

### What is going well

- Marc has collected Poppy every day since 08/01/2026.
- Danielle went to Bowhaven Recovery Partnership for an assessment on 20/01/2026.
- Harvey's attendance this term is 97%.
- Nana Jean lives two streets away and the children love going to hers.

### What we want for Harvey and Poppy

1. Harvey and Poppy are only ever looked after by adults who are sober.
2. Harvey is not making meals or looking after Poppy, and has time to play football and see his friends.
3. Poppy arrives at nursery fed, and is collected by a sober adult every day.
4. Harvey and Poppy understand what is happening with Mum's drinking and know who to tell if they are
   worried.

## The plan, card by card

### Card 1: Seeing Harvey and Poppy

| | |
|---|---|
| **What** | Home visits, seeing Harvey on his own and Poppy with Danielle, one visit in three after 5pm |
| **Who** | Rachel Dunn (social worker) |
| **When** | Every week from 28/01/2026 |
| **How we'll know** | Visit records on the case file within 48 hours, with Harvey's own words |

### Card 2: Danielle's drinking

| | |
|---|---|
| **What** | Key-work sessions on Danielle's drinking, with a breath test at each one |
| **Who** | Bowhaven Recovery Partnership (Gary Pike, key worker) |
| **When** | As and when Danielle is ready |
| **How we'll know** | Breath test readings from every session, and Gary's letter to Rachel on how much Danielle is drinking and whether she can change |

### Card 3: Telling Rachel

| | |
|---|---|
| **What** | Tell Rachel the same day about any sign that Danielle has been drinking while she is caring for the children |
| **Who** | All agencies |
| **When** | The same day |
| **How we'll know** | Written on each agency's safeguarding record and e-mailed to Rachel |

### Card 4: A sober adult at home

| | |
|---|---|
| **What** | Make sure there is always a sober adult at home with Poppy and Harvey, and that Danielle does not look after them alone after drinking |
| **Who** | The family |
| **When** | Every day |
| **How we'll know** | Harvey tells Rachel at her visits who was at home; the nursery writes down who brought and collected Poppy each day and sends it to Rachel every Friday |

### Card 5: Harvey at school

| | |
|---|---|
| **What** | Check-ins with Harvey twice a week with Mrs Angela Shaw, the learning mentor, about how things are at home |
| **Who** | Mr Tom Fry, designated safeguarding lead, Bowhaven Juniors |
| **When** | Monday and Thursday mornings at 9am |
| **How we'll know** | Monitored by school |

### Card 6: Routines at home

| | |
|---|---|
| **What** | Family support sessions at home with Danielle and Marc on morning and bedtime routines, meals, and Poppy's toilet training |
| **Who** | Jodie Ash, family support worker, Bowhaven Family Hub |
| **When** | Thursdays at 10am for eight weeks from 29/01/2026 |
| **How we'll know** | Danielle's engagement with the sessions |

### Card 7: Teeth

| | |
|---|---|
| **What** | Register Harvey and Poppy with a dentist and take them for a check-up |
| **Who** | Danielle (Mum) |
| **When** | By 27/02/2026 |
| **How we'll know** | - |

### Card 8: Nursery mornings

| | |
|---|---|
| **What** | Take Poppy to nursery at 7.30am on his way to work, and collect her at 4.15pm when he finishes |
| **Who** | Marc Dyer (Danielle's partner) |
| **When** | Every Tuesday, Wednesday and Friday from 27/01/2026 |
| **How we'll know** | The nursery's signing-in book, sent to Rachel every Friday |

### Card 9: The GP

| | |
|---|---|
| **What** | See Danielle about her drinking, do liver function blood tests, and write to Rachel about how her drinking is affecting her care of Harvey and Poppy |
| **Who** | Dr Simran Kaur, GP, Bowhaven Medical Practice |
| **When** | Appointment by 10/02/2026; letter by 24/02/2026 |
| **How we'll know** | The GP's letter, with the blood test results, on the children's file |

### Card 10: Harvey's worries

| | |
|---|---|
| **What** | Sessions with Harvey about his mum's drinking: what it is, that it is not his fault, and who he can tell |
| **Who** | Leanne Moss, children's worker, Bowhaven Hidden Harm Project |
| **When** | Every other Tuesday after school for six sessions from 03/02/2026 |
| **How we'll know** | Leanne's notes after each session, with Harvey's worry score, sent to Rachel |

### Card 11: Danielle's promise

| | |
|---|---|
| **What** | Not drink at all on any day she is looking after Harvey or Poppy on her own |
| **Who** | Danielle (Mum) |
| **When** | Every day from 27/01/2026 |
| **How we'll know** | Harvey tells Rachel at her visits; Marc rings Rachel the same day if he comes home to find Danielle has been drinking with the children there |

## If things go wrong

- If Danielle is drunk while looking after the children, Marc or whoever finds her rings Rachel (or the
  Bowhaven Emergency Duty Team out of hours), and the children go to Nana Jean's that night. If Nana Jean
  cannot have them, Rachel or the Emergency Duty Team finds them a foster placement that night, and Rachel
  holds a strategy discussion within 24 hours.
- If there is no sober adult at home for the children on any day, Marc or Danielle rings Nana Jean, who
  collects them; if she cannot, Marc leaves work and Rachel is told the same day.
- If Danielle comes to collect Poppy after drinking, the nursery keeps Poppy, rings Marc and Rachel, and
  does not let her leave with Danielle.
- If Danielle is found drunk looking after the children again, or she has not started key-work sessions
  by the second core group on 24/02/2026, Colin Beck (team manager) will hold a legal planning meeting
  within 10 working days.

## Meetings

- Core group every four weeks at Bowhaven Juniors, Tuesdays at 3.30pm: 24/02/2026 and 24/03/2026.
- Review child protection conference: date to be confirmed by the conference team.

Plan sent to Danielle, Marc, Jean Hurst and every agency in the cards on 28/01/2026.
""",
    "findings": [
        F("T002", "Key-work sessions on Danielle's drinking, with a breath test"),
        F("W002", "about any sign that Danielle has been drinking while she"),
        F("W002", "Make sure there is always a sober adult at home"),
        F("M002", "Check-ins with Harvey twice a week with Mrs Angela Shaw"),
        F("M002", "Family support sessions at home with Danielle and Marc"),
        F("M001", "Register Harvey and Poppy with a dentist and take"),
        F("R001"),
    ],
})
