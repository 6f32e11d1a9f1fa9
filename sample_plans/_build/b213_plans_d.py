"""Batch 213, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 213. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals, police forces and councils (Dorringhurst,
Darrowdale, Dimsbury, Dunchapel, Dolwern, Dashwick, Duskwater, Drennanford
and the rest). Any likeness to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
labelling conventions in sample_plans/README.md (1 to 13), without running,
importing or reading planlint.

Focus: good plans written in unusual ways, in every part. Five of the seven
plans are exemplary, each written the way a particular council, service or
worker writes rather than in the usual template: outcomes said as "what
will be different for Theo" at the head of each part, "By the review ..."
sentences, an outcome per worry, goals in the family's words and a "So that
..." line or column; owners as "I" in a signed letter and "you" to a named
mother, initials in an attendance key, lead-ins over lists ("Mr Rahman will:"),
teams named by their service and relatives introduced once; times as the
baby's age, school terms, meetings, recurrences, start dates and stages;
checks as someone telling, sending, showing or seeing something, records
kept and shared, results, and the child's own account to a named worker;
the child's voice as a baby's cues as the carers see them, a drawing
described, a quote box, a day in the life and a young person's own words;
contingencies as "If ... then ..." lines, a "Plan B" table per arrangement,
a paragraph and a table; review arrangements in a closing paragraph, a PDF
page header, a table and a case print's header. The two faulty plans hold a
handful of realistic faults each, spread across the rules.

The seven plans:

1. b213_dorringhurst_plan_letter_i_and_you_what_will_be_different_marsh.docx
   The social worker's signed letter to a mother after the initial
   conference for her 7-week-old son (her severe postnatal depression, his
   weight falling, his nan staying at weekends): who's who, why, Theo as
   the people who care for him see him (his cues), what Kayleigh and Jordan
   said, then four parts each opened by "What will be different for Theo:"
   with numbered paragraphs in which "I" is the social worker and "you" is
   Kayleigh; the perinatal team reports on her capacity to change and how
   long it will take; "If ... then ..." lines with a fallback for the nan
   and legal planning after named triggers; the core group and review
   conference in the closing paragraph. Exemplary.
2. b213_darrowdale_core_group_minutes_initials_key_plan_b_table_tranter.pdf
   Minutes of the first core group for a 6-year-old and a 3-year-old
   (domestic abuse by the younger child's father, now on bail and on a
   perpetrator programme; the mother's drinking and cocaine use; the
   grandmother collecting and having them on Saturdays): an attendance key
   of initials, updates, Maisie's drawing described, Riley as nursery sees
   him, "By the review ..." outcomes, an action log owned by initials with
   times by school term and event, a "Plan B" table per arrangement, and
   the review arrangements in the page header and at the end. Exemplary.
3. b213_dimsbury_outline_outcome_per_worry_lead_ins_kowalczyk.md
   A numbered outline for a 10-year-old young carer and her 2-year-old
   brother (the mother's bipolar disorder, two nights the children were
   left alone, the father working away): a quote box and Maya's own words,
   then one part per worry, each with "What we want instead" and lead-ins
   ("Mr Rahman will:") over lettered items that carry their own times and
   checks; the community mental health team reports on capacity to change;
   a contingency paragraph with a fallback for the aunt; review
   arrangements in a table. Exemplary.
4. b213_dunchapel_case_print_stages_so_that_family_words_kerr.txt
   A case-management system's print of a plan for a 2-year-old (neglect;
   her father's learning disability; a grandmother next door doing bath
   time): review arrangements in the print header, goals in the parents'
   own words, a day in Lily-Mae's life, task records grouped under two
   dated stages with Owner (teams and named workers) / When / So that /
   Evidence fields, and a contingency table. Exemplary.
5. b213_dolwern_bilingual_two_column_so_that_own_words_pritchard.pdf
   A Welsh council's bilingual plan for a 13-year-old and an 8-year-old
   (their father's drinking, drink-driving with them in the car, their
   taid driving them to school): Welsh and English lines, Cerys's own
   words section, a two-column table per part ("What will happen" holding
   who, when and how we'll know, beside "So that ..."), a contingency with
   a fallback for taid and legal planning, page header and footer.
   Exemplary.
6. b213_dashwick_worry_grid_lead_start_finish_evidence_hollis.docx
   An initial conference plan for a 7-year-old and a 4-year-old (neglect:
   the mother's depression and anxiety, the younger child's father violent
   and kept away, the grandmother doing the school run and Wednesday teas)
   in a grid with the worry merged down each group (What we will do / Lead
   / Start - finish / Evidence we will look for). Faults: the young carers
   referral "ASAP" (T002); the CPN's weekly support visits to the mother,
   checked only by attendance (H001); the family support worker's routine
   sessions measured by "Stacey's engagement with the sessions" (M002); the
   dentist registration with an empty evidence cell (M001); "Family"
   keeping the children away from the father (W002); a contingency that
   sends the children to the grandmother with nothing if she cannot help
   (C003); and no legal planning anywhere (R002).
7. b213_duskwater_action_cards_move_to_drennanford_brennan.md
   A first review conference plan for a 15-year-old and a 9-year-old
   (neglect: the mother's drinking, the boy's cannabis use, the girl caring
   for her mother) written as action cards (What / Who / When / We'll know
   because) a month before the family moves to Drennanford; Kian's words
   in a quote box. Faults: the parenting assessment put on hold for the
   receiving council after its transfer-in conference (X001); the drug
   service referral left to the new social worker "once the family are
   settled" (X001, T002); a passive school nursing referral with "-" for
   who (W001); the youth worker to "keep an eye on" Kian (M002); an outcome
   about the mother's recovery and housing only (F002); the mother's
   drinking with no adult service owning any action (F004); and a
   transfer-in conference "date to be confirmed" with no review date
   (R001).

Plans 1 to 5 are exemplary: every action has a named owner (a person, a
role, a single agency or team, initials a key explains, "I" in the letter
the social worker signs, "you" said to the named mother, a lead-in over
the items under it), a real timescale (a date, a frequency, an event, the
baby's age, a school term, a start date, a dated stage) and something that
can be seen, counted, read or told to a named person; every outcome is
about the children; every contingency has specific triggers and concrete
protective responses, and says what happens if a relative's help fails;
every plan records the child's voice or observed day, core group dates or
frequency and a dated review conference, and legal planning after named
triggers; where a parent is ill or uses drink or drugs an adult service
owns an action, and any adult mental health service is asked to report on
the parent's capacity to change and the likely timescale. The two faulty
plans hold 15 expected findings between them (7 and 8).

Counting convention used for "actions" (README convention 1): each
numbered paragraph of the letter's plan, each row of an action log or plan
table, each lettered item under a lead-in, each task record of the case
print and each action card counts once. Who's who lists, keys, updates,
the children's and parents' words, outcomes and "So that" lines, scaling,
contingencies, "Plan B" tables, meeting dates, signatures and copy lists
are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. The social worker's signed plan letter to the mother of a 7-week-old:
#    "I" and "you", four parts each opened by "What will be different for
#    Theo:", "If ... then ..." lines, dates in the closing paragraph.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_dorringhurst_plan_letter_i_and_you_what_will_be_different_marsh.docx",
    "doc_title": "Theo Marsh - child protection plan letter",
    "split": "heldout",
    "actions": 11,
    "template": "plan-letter-docx-signed-by-social-worker-i-and-you-letterhead-address-dear-kayleigh-people-in-theos-plan-kv-why-theo-has-a-plan-theo-as-people-who-care-for-him-see-him-baby-cues-bullets-what-you-told-me-what-jordan-said-then-four-parts-each-opened-by-what-will-be-different-for-theo-numbered-paragraphs-1-1-to-4-2-then-if-then-lines-then-closing-paragraph-with-core-group-and-review-dates-signature-copies",
    "description": (
        "Exemplary plan written as the social worker's signed letter to a 23-year-old mother after the "
        "initial conference for her 7-week-old son: severe postnatal depression since early December, "
        "sertraline stopped, Theo's weight down from the 50th to just under the 9th centile, found twice "
        "in a soaked nappy in a cold room. After who's who, why, Theo's cues as the health visitor, his "
        "nan and the social worker see them, and what Kayleigh and Jordan said, the plan has four parts "
        "each opened by 'What will be different for Theo:' with numbered paragraphs where 'I' is the "
        "social worker who signs and 'you' is Kayleigh; times are the baby's age ('until he is 16 weeks "
        "old'), rhythms and start dates; checks are the feed chart read at visits, the red book, an "
        "e-mailed weight, blister packs seen, a photo of the week's plan and a register. The perinatal "
        "team treats Kayleigh and writes before each core group on her capacity to change and how long "
        "it will take. 'If ... then ...' lines cover missed feeds, Kayleigh's safety, the nan being "
        "unable to stay (Jordan, then a foster carer) and legal planning after named triggers; the "
        "closing paragraph gives the core group dates and the review conference."
    ),
    "blocks": [
        ("pl", "Dorringhurst Council"),
        ("pl", "Children's Services - Infant and Family Safeguarding Team"),
        ("pl", "Civic Centre, Market Street, Dorringhurst DH2 4AX"),
        ("pr", "12 January 2026"),
        ("p", ""),
        ("pl", "Ms Kayleigh Marsh"),
        ("pl", "Flat 3, 18 Alder Court"),
        ("pl", "Dorringhurst DH5 7RP"),
        ("p", ""),
        ("p", "Dear Kayleigh,"),
        ("boldp", "Theo's child protection plan"),
        ("p", "Thank you for coming to Theo's initial child protection conference on Thursday 8 January 2026, "
              "and for bringing your mum with you. The conference decided that Theo needs a child protection "
              "plan, under the category of neglect. As I promised, this letter is the plan, written so that "
              "you can read it at home and keep it. Everything in it was agreed at the conference or when I "
              "visited you on 10 January. Where I write \"I\", it means me, Hannah Oyelaran, Theo's social "
              "worker. Where I write \"you\", it means you, Kayleigh. Jordan, Sandra and every worker named "
              "below have their own copy."),
        ("h2", "The people in Theo's plan"),
        ("kv", [
            ("Theo", "Theo Marsh, born 17 November 2025, who lives with you"),
            ("You", "Kayleigh Marsh (23), Theo's mum"),
            ("Jordan", "Jordan Price (25), Theo's dad, who lives at 9 Kestrel Way, Dorringhurst"),
            ("Sandra", "Sandra Marsh, your mum and Theo's nan, 44 Moor Lane, Dorringhurst"),
            ("Lorraine", "Lorraine Pike, your health visitor, Dorringhurst Health Visiting Team"),
            ("The perinatal team", "Dorringhurst Perinatal Mental Health Team: Dr Farah Qureshi, consultant "
                                   "psychiatrist, and Grace Mwangi, community perinatal nurse"),
            ("Mel", "Mel Townsend, family support worker, Dorringhurst Family Hub"),
            ("Dr Ellis", "Dr Owen Ellis, your GP at Dorringhurst Road Surgery"),
            ("Simon", "Simon Oakes, my team manager"),
        ]),
        ("h2", "Why Theo has a plan"),
        ("p", "Theo was born at 38 weeks weighing 3.1kg, on the 50th centile. Since the beginning of December "
              "you have had severe postnatal depression, and at the end of November you stopped taking your "
              "sertraline because you thought it made you too sleepy to hear him at night. By 30 December "
              "Theo's weight had dropped to just under the 9th centile. On 2 and 5 January Lorraine found "
              "Theo in a soaked nappy in a bedroom that was 15 degrees, and you told her you had not been able "
              "to get out of bed since the morning. On 5 January you told Lorraine that you \"couldn't feel "
              "anything\" for Theo and that he would be \"better off with someone else\". The conference was "
              "worried that while you are this unwell Theo is not getting the feeds, the warmth and the "
              "attention a baby of his age needs."),
        ("h2", "Theo, as the people who care for him see him"),
        ("p", "Theo cannot tell us what his days are like, so this is what Lorraine, Sandra, Grace and I have "
              "seen."),
        ("bullets", [
            "When Theo is hungry he turns his head, roots and sucks his fist, and if nobody comes he cries hard "
            "within a few minutes. On 5 January he had been crying for about twenty minutes before he was "
            "picked up; he fed very fast and brought a lot of it back.",
            "He settles quickest against Sandra's shoulder with his cheek on her neck, and at her house he "
            "sleeps for three hours after a feed.",
            "With you, he watches your face very closely. When I visited on 10 January you sang to him while "
            "you changed him; he went still, then smiled, and you said it was the first time you had noticed "
            "his smile.",
            "He has a flat patch at the back of his head from lying on his back for long spells, and Lorraine "
            "has shown you how to give him tummy time when he is awake.",
        ]),
        ("h2", "What you told me, and what Jordan said"),
        ("p", "You said: \"I love him, I just can't feel it at the moment. I want to get better for him.\" You "
              "told me the worst time is the early evening, and that you want help at night \"so I'm not on "
              "my own with him at 3am\". You do not want Theo to go and live anywhere else, and you said you "
              "would take your tablets again if the doctor explained how they help."),
        ("p", "Jordan said he wants to be \"a proper dad\" and to have Theo every Sunday. He said he had not "
              "known how unwell you were until the conference, and he wants to be told if you are struggling."),
        ("h2", "The plan"),
        ("p", "There are four parts. Each one starts with what will be different for Theo. Under it is what "
              "each of us will do, by when or how often, and how we will all know it is happening."),
        ("h3", "1. Theo's feeds and his weight"),
        ("boldp", "What will be different for Theo: Theo is fed every three to four hours, day and night, keeps "
                  "his feeds down, and is back on or above the 25th centile by the time he is 16 weeks old "
                  "(9 March 2026)."),
        ("pi", "1.1 You will feed Theo every three to four hours, day and night, and write the time and how much "
               "he took on the feed chart on the fridge, every day from today until the review conference. I "
               "will read the chart with you at each of my visits."),
        ("pi", "1.2 Lorraine will weigh Theo at home every Tuesday morning until he is 16 weeks old, plot his "
               "weight in his red book, and e-mail me his weight the same day."),
        ("pi", "1.3 Sandra will stay at your flat on Friday and Saturday nights, from 9 January 2026 until the "
               "review conference, and do the 2am feed so that you can sleep; she will write that feed on the "
               "same chart."),
        ("h3", "2. Your health, and what it means for Theo"),
        ("boldp", "What will be different for Theo: Theo has a mum who is well enough to get up for him, to "
                  "notice when he is hungry, cold or upset, and to comfort him."),
        ("pi", "2.1 The perinatal team will see you every week from 12 January 2026 (Grace at home on Thursdays, "
               "and Dr Qureshi at the clinic every other Monday), review your medication with you, and write to "
               "me before each core group saying how your depression is affecting your care of Theo, whether "
               "you are making the changes he needs, and how long they think those changes will take."),
        ("pi", "2.2 You will take your sertraline every morning and keep the empty blister packs for Grace to "
               "see at her Thursday visits, so that you are well enough to do Theo's early morning feeds."),
        ("pi", "2.3 Dr Ellis will see you at the surgery every four weeks from 19 January 2026 to check your "
               "sleep and physical health and how they affect your night-time care of Theo, and will send me "
               "a short note before each core group, or ring me the same day if you miss an appointment."),
        ("h3", "3. Theo's nights and his safety"),
        ("boldp", "What will be different for Theo: Theo sleeps on his back in his own Moses basket, in a room "
                  "kept between 16 and 20 degrees, and is never left to cry for long."),
        ("pi", "3.1 I will visit Theo at home every week until the review conference, and at least one visit in "
               "three will be unannounced. I will see him awake, being fed and being changed, write up what I "
               "see and anything you tell me within two working days, and bring a summary to each core "
               "group."),
        ("pi", "3.2 Lorraine will go through safe sleep with you and Jordan, give you a room thermometer and "
               "check Theo's Moses basket and bedding at her visit on or before 20 January 2026; after that she "
               "will write the room temperature in the red book at every visit."),
        ("pi", "3.3 Mel will come to your flat every Monday morning for eight weeks from 12 January 2026 and "
               "plan Theo's week with you (feeds, baths, tummy time and a walk each day), and will send me a "
               "photo of the plan you made together the same day."),
        ("h3", "4. Time with his dad and his nan"),
        ("boldp", "What will be different for Theo: Theo gets to know his dad well and has more than one adult "
                  "he can rely on."),
        ("pi", "4.1 Jordan will have Theo at his flat every Sunday from 10am to 4pm, starting on 11 January "
               "2026, feed him at the times on the chart and write those feeds on the chart when he brings him "
               "back; he will text me each Sunday when Theo is home."),
        ("pi", "4.2 Jordan will go to the Dad Matters group at Dorringhurst Family Hub every Wednesday evening "
               "for six weeks from 14 January 2026, and Mel will send me the register each Friday."),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Theo misses two feeds in a row on the chart, or has lost weight at a Tuesday weigh-in, then "
            "Lorraine rings me that day, I visit the same day, and Dr Ellis sees Theo within 24 hours.",
            "If you tell anyone that you cannot keep Theo safe, or that you are thinking of harming yourself, "
            "then you or they ring the perinatal team (the Dorringhurst mental health crisis line out of "
            "hours) straight away, and Theo goes to stay with Sandra at her house until the perinatal team and "
            "I agree it is safe for him to come home.",
            "If Sandra cannot stay on a Friday or Saturday night, or cannot have Theo in an emergency, then she "
            "rings me (or the Emergency Duty Team) as soon as she knows; Jordan does that night at your flat "
            "instead, and if neither of them can, I will arrange for a foster carer to look after Theo that "
            "night.",
            "If Theo is found on his own, cold or unfed, then I or the Emergency Duty Team will hold a strategy "
            "discussion with the police that day.",
            "If Theo's weight is still below the 9th centile at the core group on 19 February 2026, or you stop "
            "your medication again, or there is another day when Theo is left unfed, then Simon will hold a "
            "legal planning meeting within five working days to decide whether to start the pre-proceedings "
            "stage of the Public Law Outline, and I will tell you the outcome in writing.",
        ]),
        ("p", "We will all meet as Theo's core group every four weeks at Dorringhurst Family Hub, at 10am on "
              "22 January, 19 February and 19 March 2026, and you, Jordan and Sandra are part of it. At each "
              "one we will look at the feed chart, the red book and the perinatal team's letter together. "
              "Theo's review child protection conference will be on Thursday 2 April 2026 at 1.30pm at "
              "Dorringhurst Civic Centre. If anything in this letter is wrong, or you want to change something, "
              "please ring me and we will talk it through before the first core group."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Oyelaran"),
        ("pl", "Social Worker, Infant and Family Safeguarding Team, Dorringhurst Council"),
        ("p", ""),
        ("p", "Copies to: Jordan Price; Sandra Marsh; Lorraine Pike; Dr Farah Qureshi and Grace Mwangi; Mel "
              "Townsend; Dr Owen Ellis; Simon Oakes; Angela Brightwell (conference chair)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First core group minutes: an attendance key of initials, a drawing
#    described, "By the review ..." outcomes, an action log owned by
#    initials, a "Plan B" table per arrangement, review arrangements in the
#    page header. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_darrowdale_core_group_minutes_initials_key_plan_b_table_tranter.pdf",
    "doc_title": "Core group 1 minutes and child protection plan - Maisie Tranter and Riley Bennett",
    "split": "heldout",
    "actions": 15,
    "min_pages": 2,
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE · Darrowdale Borough Council · Core group every 4 weeks, next 24/02/2026 · Review conference 31/03/2026",
    "footer": "Maisie Tranter and Riley Bennett · Core group 1 minutes, 27/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-minutes-pdf-page-header-with-core-group-frequency-and-review-date-footer-page-x-of-y-details-kv-attendance-key-of-initials-table-then-numbered-minute-items-updates-childrens-views-drawing-described-and-nursery-observations-gemmas-and-paulines-views-by-the-review-outcomes-then-action-log-no-what-will-happen-who-initials-when-how-well-know-then-plan-b-table-arrangement-if-it-breaks-down-plan-b-then-next-meetings",
    "description": (
        "Exemplary plan held in the minutes of the first core group for a 6-year-old girl and her "
        "3-year-old half-brother (emotional abuse: domestic abuse by the boy's father, now on bail with "
        "conditions and on a perpetrator programme; the mother's weekend drinking and cocaine use; the "
        "maternal grandmother collecting twice a week and having the children on Saturday nights). An "
        "attendance key of initials names every owner; updates are in reported speech; Maisie's drawing "
        "of her house is described with her words, and Riley is seen through his key person's "
        "observations. Outcomes are 'By the review conference ...' sentences. The action log (No. / What "
        "will happen / Who / When / How we'll know) is owned by initials, timed by school terms, events "
        "and start dates, and checked by records sent, results and registers; the recovery service "
        "reports on change. A 'Plan B' table gives each arrangement its fallback, with police, a "
        "same-day strategy discussion, foster carers and legal planning after named triggers. The core "
        "group frequency and the review date are in the page header and at the end."
    ),
    "blocks": [
        ("title", "Core Group 1: Minutes and Child Protection Plan"),
        ("p", "Darrowdale Borough Council, Children's Safeguarding Service. The first core group after the "
              "initial child protection conference on 13/01/2026 (category: emotional abuse). The actions "
              "agreed at item 6 are Maisie's and Riley's child protection plan and replace the outline plan "
              "from the conference."),
        ("kv", [
            ("Children", "Maisie Tranter (6), Year 2, Darrowdale St Anne's Primary School; Riley Bennett (3), "
                         "Little Acorns Nursery"),
            ("Home", "11 Wharf Terrace, Darrowdale DW3 8LN, with their mum"),
            ("Meeting", "Tuesday 27/01/2026, 10am to 11.45am, Darrowdale Family Hub"),
            ("Chair and minutes", "Ellie Nkemelu, social worker"),
        ]),
        ("h2", "1. Attendance, and the key to initials"),
        ("p", "Initials below are used in the rest of these minutes and in the action log."),
        ("table", {
            "header": ["Initials", "Name and role"],
            "widths": [2.5, 14.5],
            "rows": [
                ["EN", "Ellie Nkemelu, social worker, Darrowdale Children's Safeguarding Service (chair)"],
                ["GT", "Gemma Tranter, Maisie's and Riley's mum"],
                ["PT", "Pauline Tranter, Gemma's mum (Nan)"],
                ["RH", "Rachel Hendry, health visitor, Darrowdale Health Visiting Team"],
                ["MS", "Mrs Mandy Sowerby, designated safeguarding lead, Darrowdale St Anne's Primary School"],
                ["LQ", "Laura Quinn, learning mentor, Darrowdale St Anne's Primary School (not present; her "
                       "part agreed by MS)"],
                ["JO", "Jas Oduya, Riley's key person and room leader, Little Acorns Nursery"],
                ["TK", "Tom Kirwan, recovery worker, Darrowdale Recovery Partnership (drug and alcohol service)"],
                ["FA", "Farida Anwar, independent domestic violence adviser, Darrowdale Domestic Abuse Service"],
                ["DB", "Dan Brierley, group facilitator, Darrowdale Safer Choices (sent a written update)"],
                ["AW", "Ann Whitby, contact supervisor, Darrowdale Family Contact Centre (not present)"],
                ["DH", "DC Sam Harlow, Domestic Abuse Investigation Unit, Darrowdale Police (not present)"],
                ["MG", "Marie Gillespie, team manager, Children's Safeguarding Service (not present)"],
                ["KB", "Kyle Bennett, Riley's dad. Not invited while his bail conditions stop him contacting GT; "
                       "EN met him on 23/01/2026 and took his views."],
            ],
        }),
        ("h2", "2. What has happened since the conference"),
        ("bullets", [
            "EN said KB has stayed at his brother's flat in Low Darrowdale since 04/01/2026. His bail "
            "conditions (no contact with GT, not to come to Wharf Terrace) run until 10/03/2026. DH had told EN "
            "that the charging decision is expected before then.",
            "GT said she has not had a drink since 16/01/2026 and has not used cocaine since New Year. TK said "
            "GT has been to both key-work sessions offered, and her urine screen on 20/01/2026 was clear.",
            "MS said Maisie's attendance this term is 88%, with four late marks, all on Mondays. Maisie has "
            "been quieter in class and asked her teacher twice whether Mum would \"be there at home time\".",
            "JO said Riley has settled better since starting five days a week on 12/01/2026, but still hides under "
            "the table in the home corner when other children shout.",
            "DB's written update said KB has had his assessment for the Safer Choices programme and starts the "
            "group on 04/02/2026.",
        ]),
        ("h2", "3. Maisie's and Riley's views and days"),
        ("p", "EN saw Maisie on her own at school on 22/01/2026 and asked her to draw her house. She drew Mum, "
              "herself and Riley in the front window, coloured the window yellow \"because it's quiet now\", "
              "and drew Kyle outside the gate next to a black scribble which she said was \"the shouting\". "
              "Next to it she drew Nan's house with a big bed \"where me and Riley sleep on Saturdays\". She "
              "said: \"I don't want Kyle to come back in our house. He can see Riley at the place with the "
              "toys.\" She said she gets worried when Mum \"has the wine and goes to sleep on the settee\", "
              "and that she likes it best \"when Nan does tea\"."),
        ("p", "Riley is three and uses a few words. JO has seen him cover his ears and hide when children shout, "
              "and come out when she sits down on the floor and sings his bus song. He runs to Nan at "
              "collection time. At home he has started saying \"Daddy car\" when he hears an engine outside, "
              "and GT says he goes to the window to look."),
        ("h2", "4. What GT and PT said"),
        ("p", "GT said: \"I know the kids saw too much. I've stopped the drink and I'm not going back to Kyle. "
              "I just want Maisie to stop worrying about me.\" PT said she will help \"as long as my legs hold "
              "out\", but that she has hospital appointments for her knee in February and may not manage every "
              "collection."),
        ("h2", "5. What we want by the review"),
        ("numbers", [
            "By the review conference, Maisie and Riley will not have seen or heard any more fighting at home, "
            "and Riley will only see his dad at the contact centre.",
            "By the review conference, Maisie will be in school every day, on time (attendance of 96% or more "
            "this half term), and able to tell MS or EN what home is like.",
            "By the review conference, Riley will be using more words and will come out from hiding at nursery "
            "within a few minutes when there is noise.",
            "By the review conference, Maisie and Riley will be looked after every evening and weekend by a mum "
            "who is sober and has not used cocaine.",
        ]),
        ("h2", "6. Actions agreed: Maisie's and Riley's plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.0, 6.2, 1.6, 3.8, 4.4],
            "rows": [
                ["6.1", "Visit the children at home and see Maisie on her own; at least one visit in three "
                        "unannounced and after 5pm", "EN", "Every week until the review conference",
                 "Visit records on CareDesk within 2 working days, with Maisie's own words and what Riley was "
                 "doing"],
                ["6.2", "Check in with Maisie in the nurture room before the register and fill in her "
                        "\"feelings faces\" chart with her", "MS", "Every school day until the Easter holidays",
                 "Feelings chart and the week's attendance e-mailed to EN every Friday"],
                ["6.3", "Six \"Helping Hands\" sessions with Maisie on feeling safe and the people she can tell",
                 "LQ", "Thursdays at 2pm, from 29/01/2026 to 05/03/2026",
                 "Maisie's own \"five people I can tell\" hand, copied to EN after session 6"],
                ["6.4", "Note each time Riley hides or covers his ears, what set it off and what helped him "
                        "come out", "JO", "Every nursery day, Monday to Friday, 9am to 3pm",
                 "Observation log sent to EN every other Friday and read out at each core group"],
                ["6.5", "Riley's 3-year development review, with his WellComm language screen and a speech and "
                        "language referral if he scores in the red", "RH", "By 20/02/2026",
                 "Review summary and WellComm score sent to EN; a copy of any referral on Riley's file"],
                ["6.6", "Key-work sessions with GT on her drinking and cocaine use, a urine screen at every "
                        "session, and a written view on whether she is making the changes the children need "
                        "and how long that is likely to take", "TK", "Every Tuesday from 03/02/2026",
                 "Screen results and TK's written report to EN before each core group"],
                ["6.7", "Arrange a hair strand test for alcohol and cocaine covering the three months since "
                        "the conference", "EN", "Sample taken by 06/03/2026; results before the review",
                 "Laboratory results shared with GT and the core group"],
                ["6.8", "No alcohol or drugs while caring for Maisie and Riley, and keep the drink diary TK gave "
                        "her", "GT", "Every day; diary shown at every EN visit",
                 "Diary seen and signed by EN; clear screens at 6.6"],
                ["6.9", "Safety planning with GT about KB, including what she will do and who she will ring if "
                        "he comes to the house", "FA", "Every two weeks from 29/01/2026 until the review",
                 "Written safety plan and DASH score sent to EN after each session"],
                ["6.10", "Tell EN and GT the charging decision and any change to KB's bail conditions", "DH",
                 "Within 24 hours of any decision, and before bail ends on 10/03/2026",
                 "E-mail to EN on the day; EN tells GT and records it"],
                ["6.11", "KB goes to the Safer Choices group and DB reports on his attendance and on the "
                         "changes he is making", "DB", "Weekly group from 04/02/2026 (24 weeks)",
                 "Monthly progress report to EN listing the sessions attended"],
                ["6.12", "Supervised contact between Riley and KB at the contact centre", "AW",
                 "Every other Saturday, 10am to 11.30am, from 07/02/2026",
                 "Contact record, with how Riley was before and after, sent to EN within 2 days"],
                ["6.13", "Collect Maisie and Riley on Tuesdays and Thursdays and give them tea at Nan's",
                 "PT", "Tuesdays and Thursdays, 3.15pm to 6pm, until the review",
                 "School and nursery collection logs; PT texts EN when the children are home"],
                ["6.14", "Have Maisie and Riley to stay on Saturday nights", "PT",
                 "Every Saturday 4pm to Sunday 11am, until the review",
                 "PT texts EN on Sunday when the children are home; EN asks Maisie at visits"],
                ["6.15", "Book Maisie into St Anne's after-school club on Tuesdays and Thursdays as the "
                         "back-up to 6.13, paid for by Children's Services", "EN", "By 02/02/2026",
                 "Booking confirmation from the school office on CareDesk"],
            ],
        }),
        ("h2", "7. Plan B"),
        ("p", "For each arrangement the meeting agreed what happens if it breaks down."),
        ("table", {
            "header": ["Arrangement or worry", "If it breaks down, or if this happens", "Plan B"],
            "widths": [4.0, 5.5, 7.5],
            "rows": [
                ["Nan's Tuesday and Thursday collections (6.13)",
                 "PT is unwell, at a hospital appointment or cannot collect",
                 "PT rings GT and EN by 12 noon. GT collects. If GT cannot, Maisie stays at the after-school club "
                 "(6.15), Riley stays in the nursery's late room, and EN or the duty social worker collects them "
                 "both by 5.30pm."],
                ["Nan's Saturday nights (6.14)",
                 "PT cannot have the children on a Saturday",
                 "The children stay at home with GT, with no alcohol in the house; EN or the duty social worker "
                 "makes an unannounced visit that evening."],
                ["KB's bail conditions and contact (6.10, 6.12)",
                 "KB comes to Wharf Terrace, the school or the nursery, or contacts GT",
                 "GT, MS or JO ring 999; the police attend and deal with the bail breach. EN (or the Emergency "
                 "Duty Team) holds a strategy discussion that day, contact at the centre stops, and the children "
                 "stay at PT's that night."],
                ["GT sober while caring (6.6, 6.8)",
                 "GT is found drunk or under the influence while caring for the children, or a screen is "
                 "positive",
                 "The children go to PT's that day. If PT cannot have them, EN (or the Emergency Duty Team) "
                 "places them with foster carers the same day, and holds a strategy discussion that day."],
                ["Progress by the review",
                 "The hair strand test is positive for cocaine, KB moves back in, or the children see or hear "
                 "another incident",
                 "MG holds a legal planning meeting within 5 working days to decide whether to start the "
                 "pre-proceedings stage of the Public Law Outline."],
            ],
        }),
        ("h2", "8. Next meetings"),
        ("bullets", [
            "Core group every four weeks at Darrowdale Family Hub, 10am: 24/02/2026 and 24/03/2026.",
            "Review child protection conference: 31/03/2026 at 2pm, Darrowdale Town Hall.",
        ]),
        ("p", "Minutes written by EN and agreed with GT and PT at the end of the meeting. Copies to everyone in "
              "the key except KB, who will be sent the parts about contact and about Safer Choices."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. A numbered outline with one part per worry: "What we want instead",
#    then lead-ins ("Mr Rahman will:") over lettered items; a quote box and
#    Maya's own words; a contingency paragraph; review arrangements in a
#    table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_dimsbury_outline_outcome_per_worry_lead_ins_kowalczyk.md",
    "split": "heldout",
    "actions": 19,
    "template": "numbered-outline-md-details-table-quote-box-of-childs-words-then-mayas-own-words-bullets-oskars-days-as-others-see-them-what-mum-and-dad-say-then-one-part-per-worry-each-with-what-we-want-instead-and-numbered-lead-ins-x-will-over-lettered-items-each-with-own-time-and-check-then-contingency-paragraph-then-review-arrangements-table",
    "description": (
        "Exemplary initial conference plan for a 10-year-old young carer and her 2-year-old brother "
        "(neglect): their mother has bipolar disorder, stopped her lithium in October and twice went out "
        "at night while high, leaving the children alone (the police found them at 1am on 22/11/2025); "
        "their father drives lorries and is away Monday to Friday; their aunt stays two nights a week and "
        "takes the toddler to nursery. A quote box and Maya's own words open the plan, with Oskar's days "
        "as his aunt, nursery and health visitor see them. The plan is an outline with one part per "
        "worry, each opened by 'What we want instead' (an outcome for the children) and holding numbered "
        "lead-ins ('Mr Rahman will:', 'Agata will:') over lettered items, each with its own time "
        "(recurrences, start dates, half terms, events) and check (call logs, a check-in book Maya shows "
        "the social worker, lithium levels sent, a report, registers, Maya's own account). The community "
        "mental health team reports on the mother's capacity to change and the likely timescale. The "
        "contingency is a paragraph with early warning signs, a fallback for the aunt and legal planning "
        "after named triggers; review arrangements are a table."
    ),
    "text": """\
# Dimsbury Council Children's Services

## Child protection plan: Maya and Oskar Kowalczyk

| | |
|---|---|
| **Children** | Maya Kowalczyk, born 02/04/2015 (10), Year 5 at Dimsbury Church Lane Primary School; Oskar Kowalczyk, born 30/10/2023 (2), Little Stars Nursery, Dimsbury |
| **Home** | 27 Saxon Rise, Dimsbury DM4 2HG |
| **Parents** | Agata Kowalczyk (36) and Tomasz Kowalczyk (39) |
| **Plan made** | Initial child protection conference, 08/01/2026. Category: neglect |
| **Social worker** | Claire Fenwick, Dimsbury Family Safeguarding Team (team manager: Adam Price) |
| **Interpreting** | Tomasz prefers Polish for meetings; Agata and the children speak English and Polish |

> "I don't mind looking after Oskar. I just don't want to be the one who has to ring the ambulance
> again."
>
> Maya, talking to Claire in the school library, 09/01/2026

### Maya's own words

Maya wrote these with Claire on 09/01/2026 and asked for them to go at the front of her plan:

- "The best thing about home is Saturdays when Tata makes pancakes and we go to the park."
- "When Mama is high she talks really fast and she doesn't sleep and she buys loads of stuff.
  Then she goes out and she doesn't say where."
- "When she's sad she stays in bed and I do Oskar's breakfast and then I'm late for school."
- "I want someone to check on Mama who isn't me."
- "I'd like to go to the young carers club because Lena from my class goes."

Maya scored home 5 out of 10 ("10 is when Mama is well and Tata is home") and school 8 out of 10.

### Oskar's days, as the people around him see them

Oskar is two and says about twenty words, in Polish and English. His aunt Beata says he wakes at
6am and goes straight to Maya's room, not his mum's. His key person at Little Stars, Hannah Boateng,
says he arrives hungry on most days, eats two breakfasts and is "a different boy" by mid-morning;
he points and pulls adults by the hand rather than asking. On 22/11/2025 the police found him asleep
on the sofa in a wet nappy with Maya beside him at 1am. The health visitor has not seen him since
his one-year check: his two-year review and a hearing test were missed.

### What Agata and Tomasz say

Agata: "When I'm well I'm a good mum. I stopped the lithium because I felt flat and I missed feeling
like me. I know now what it does to the kids." Tomasz: "I am on the road all week. I didn't know she
had stopped. I want to be home more, and I want Maya to be a child."

## The plan

There is one part for each worry. Each part says what we want instead for Maya and Oskar, then who
will do what. Where an item begins "X will:", X does every lettered item under it unless an item
names someone else. Every item says when, and how we will all know it has happened.

### Worry 1. When Mama is unwell, Maya looks after Oskar and is late for or misses school

**What we want instead:** Maya gets to school every day on time, is a 10-year-old and not Oskar's
carer, and has somewhere of her own to talk about home.

1.1 Mr Imran Rahman, deputy head and designated safeguarding lead at Dimsbury Church Lane Primary,
will:

  a) ring Agata, and then Claire, if Maya is not in school by 9am, every school day; the call log
     goes to Claire every Friday.
  b) meet Maya for a ten-minute check-in every Monday at 8.45am from 12/01/2026, and write her
     "home weather" (sunny, cloudy or stormy) in her check-in book, which Maya shows Claire at her
     visits.
  c) send Claire Maya's attendance and late marks at the end of each half term (13/02/2026 and
     27/03/2026); we are aiming for 96% or more with no more than two late marks a half term.

1.2 Claire Fenwick (social worker) will:

  a) refer Maya to Dimsbury Young Carers by 23/01/2026, and put the service's acceptance letter on
     Maya's file.
  b) visit Maya and Oskar at home every two weeks, and see Maya on her own at school in the weeks
     in between, until the review conference, writing Maya's own words into the visit record
     within two working days.

1.3 Kasia Nowak, young carers worker at Dimsbury Young Carers, will:

  a) complete a young carer's assessment with Maya within four weeks of the referral being
     accepted, and give Maya and Claire a copy of Maya's young carer's plan.
  b) pick Maya up from school for the Thursday young carers club, 3.30pm to 6pm, every week from
     the first Thursday after the assessment, and send Claire the club register at the end of each
     month.

### Worry 2. When Mama stops her medication and becomes high, the children have been left alone at night

**What we want instead:** Maya and Oskar are never left alone at night. There is always an adult
at home who is well and sober, and Maya never has to decide on her own what to do.

2.1 The Dimsbury Community Mental Health Team (Agata's care coordinator, Nadia Sheikh, community
psychiatric nurse) will see Agata at home every week from 14/01/2026, check her lithium level by a
blood test every four weeks, and write to the core group before each meeting with her latest
lithium level, how her illness is affecting her care of Maya and Oskar, whether she is making the
changes the children need, and how long that is likely to take.

2.2 Agata will:

  a) take her lithium every evening at 8pm so that she stays well enough to look after Maya and
     Oskar, and tick the chart on the kitchen cupboard; Nadia checks the chart at each weekly
     visit, and the four-weekly blood level shows whether it is being taken.
  b) write a relapse plan with Nadia by 06/02/2026, listing her early warning signs and who she and
     the children will ring, and give copies to Tomasz, Beata, Mr Rahman and Claire.
  c) never go out at night leaving Maya and Oskar without another adult at home, from today; if
     she needs to go out after 7pm she will ask Beata or Tomasz first. Maya tells Claire at each
     visit whether anyone went out at night, and Claire records what she says.

2.3 Tomasz will:

  a) ring home every evening at 7pm on the nights he is away, and speak to Agata and to Maya; he
     shows Claire his call list on his phone at each of her visits.
  b) ask his employer, Dimsbury Haulage, for local routes so that he can be home with the children
     every night, and show Claire the company's written reply by 13/02/2026.

2.4 Beata Zielinska, Agata's sister (Ciocia Beata to the children), will stay at 27 Saxon Rise on
Monday and Wednesday nights from 12/01/2026 until the review conference, and text Claire at 9pm on
those nights to say she is there.

### Worry 3. Oskar's health checks were missed and he is slow to talk

**What we want instead:** Oskar has his missed health checks and hearing test, is at nursery on
all his days, arrives fed, and is using more words by the summer.

3.1 Jo Barraclough, health visitor, Dimsbury Health Visiting Team, will:

  a) do Oskar's two-year review with an ASQ-3 at home by 30/01/2026 and send Claire the scores.
  b) refer Oskar for a hearing test, and to speech and language therapy if his ASQ-3 communication
     score is below the cut-off, by 13/02/2026; copies of the referrals go on his health record and
     to Claire.

3.2 Hannah Boateng, Oskar's key person at Little Stars Nursery, will:

  a) ring Claire by 9.30am if Oskar is not in on one of his nursery mornings (Tuesday, Wednesday
     and Thursday), and send Claire his attendance on the last Friday of each month.
  b) write Oskar's new words, in both languages, in his learning journal every week, and share the
     list with Agata and Claire on the first Friday of each month.

3.3 Beata will take Oskar to nursery on Tuesday and Thursday mornings from 13/01/2026, and the
nursery records who brought him in the signing-in book, which Hannah checks against the register
she sends Claire.

## If things go wrong

If Agata shows two or more of the early warning signs in her relapse plan (sleeping less than five
hours, spending a lot, talking very fast, going out late), or misses her lithium on two evenings,
whoever notices rings Nadia that day (the Dimsbury crisis team out of hours) and rings Claire;
Nadia sees Agata within 24 hours, and Tomasz comes home or Beata stays with the children until
Nadia and Claire agree that Agata is well enough to care for them on her own. If the children are
found alone at night, the police are called on 999, Claire or the Emergency Duty Team holds a
strategy discussion the same day, and the children stay with Beata. If Beata cannot stay on one
of her nights, she rings Claire by 5pm that day; Dimsbury Haulage has agreed that Tomasz can come
home that night, and if neither of them can be there, Claire (or the Emergency Duty Team) will
arrange for the children to be looked after by foster carers that night. If Beata cannot take
Oskar to nursery, Agata takes him, and Hannah rings Claire by 9.30am if he has not arrived.
If the children are left alone again, or Agata stops her lithium again before the review
conference, Adam Price (team manager) will hold a legal planning meeting within five working days
to decide whether to start pre-proceedings under the Public Law Outline.

## Review arrangements

| Meeting | When | Where |
|---|---|---|
| Core group (every four weeks) | 27/01/2026, 24/02/2026 and 24/03/2026, 10am | Dimsbury Church Lane Primary School |
| Review child protection conference | 14/04/2026, 10am | Dimsbury Council House, Committee Room 2 |

Plan sent to Agata, Tomasz (with a Polish translation), Beata and every worker named above on
12/01/2026. Maya has her own copy of her words and of Worry 1, talked through with Claire.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A case-management system's print: review arrangements in the print
#    header, goals in the parents' own words, a day in Lily-Mae's life, task
#    records under two dated stages with Owner / When / So that / Evidence
#    fields, a contingency table. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_dunchapel_case_print_stages_so_that_family_words_kerr.txt",
    "split": "heldout",
    "actions": 14,
    "template": "case-management-system-print-txt-caretrack-header-block-with-core-group-dates-and-rcpc-date-repeated-on-page-2-plan-details-dot-leaders-family-members-why-goals-in-parents-own-words-a-day-in-lily-maes-life-observed-then-task-records-under-stage-1-and-stage-2-banners-with-dates-fields-task-goal-owner-team-and-worker-when-so-that-evidence-then-contingency-fixed-width-if-then-table-then-sign-off",
    "description": (
        "Exemplary initial conference plan for a 2-year-old girl (neglect: a dirty and unsafe house, four "
        "teeth taken out under anaesthetic, missed immunisations, found outside alone in her pyjamas), "
        "printed from an invented case-management system. Her father has a learning disability and is "
        "known to the adult learning disability team; her paternal grandmother lives next door and does "
        "bath time three evenings a week and has her on Saturday mornings. The print header carries the "
        "core group dates and the review conference date on each page. Goals are in the parents' own "
        "words; a day in Lily-Mae's life is told from nursery and visits. Task records sit under two "
        "dated stage banners, each with Task / Goal / Owner (a team with its named worker, or a person) / "
        "When / So that / Evidence fields; the adult learning disability team assesses the father's "
        "support needs and joins a parenting assessment adapted for him. A fixed-width contingency table "
        "gives triggers and responses, a fallback for the grandmother, and legal planning after named "
        "triggers."
    ),
    "text": """\
================================================================================
DUNCHAPEL COUNCIL  | CareTrack 5 | CHILD PROTECTION PLAN       Printed 21/01/2026
Child: Lily-Mae KERR (ID 7730412)  DOB 19/09/2023 (2y 4m)   Plan v1  Page 1 of 2
Core group: 4-weekly - 29/01/2026, 26/02/2026, 26/03/2026 (10:00, Dunchapel
Family Hub)  |  Review conference (RCPC): 16/04/2026 10:00, Dunchapel Town Hall
================================================================================

PLAN DETAILS
  Plan start ............ 15/01/2026 (initial child protection conference)
  Category .............. Neglect
  Allocated worker ...... Aisha Bello, Social Worker, Family Safeguarding Team
  Team manager .......... Rob Tierney
  Conference chair ...... Margaret Holt, Child Protection Chair
  Address ............... 12 Cinder Lane, Dunchapel DC6 1QT

FAMILY MEMBERS
  Lily-Mae Kerr ......... Child, 2y 4m
  Shannon Kerr .......... Mother, 24
  Dean Kerr ............. Father, 27. Has a learning disability; known to the
                          Dunchapel Adult Learning Disability Team (worker:
                          Priya Shah, social worker)
  Irene Kerr ............ Paternal grandmother ("Nana"), 14 Cinder Lane (next door)

WHY THERE IS A PLAN (summary from conference)
  Lily-Mae had four teeth removed under general anaesthetic at Dunchapel General
  Hospital on 18/11/2025 because of decay. She has missed her 12-month
  immunisations. On 03/12/2025 a neighbour found her in the street at 7.40am in
  her pyjamas; the front door was open and both parents were asleep. At visits
  the house has had dog mess on the floors, no stair gate, a broken front-room
  window and little food. Shannon and Dean love Lily-Mae and want to learn;
  Dean needs things shown to him step by step and in pictures.

GOALS, IN SHANNON AND DEAN'S OWN WORDS (agreed at conference)
  G1  "Lily-Mae is clean and fed and her teeth don't hurt any more."
  G2  "Our house is safe for her: a gate on the stairs, the front door locked,
       no mess from the dog."
  G3  "She goes to nursery every day she's meant to and starts talking more."
  G4  "Lily-Mae gets looked after right every day, not just on the days the
       workers come."

A DAY IN LILY-MAE'S LIFE (from nursery, the health visitor and home visits)
  Lily-Mae wakes at about 8am. On the unannounced visit on 12/01/2026 she was
  in a full nappy from the night before and had dry cereal from the box on
  the floor. At nursery she eats everything put in front of her and asks for
  "more" with her hand. She has about thirty words. She says "Nana bath" and
  pulls workers by the hand to Irene's door; Irene says she sits in the bath
  "singing to her ducks". She is wary of the dog and climbs onto the settee
  when it barks. She reaches for Dean when she is tired and he rocks her;
  Shannon says "she's a daddy's girl". She cried and held her cheek at the
  dentist in November, and at nursery she now lets staff look in her mouth.

--------------------------------------------------------------------------------
TASKS
Each task record gives its owner, when it happens, what it is for and the
evidence the core group will see. A stage's dates apply to every task in it.
--------------------------------------------------------------------------------

== STAGE 1: WEEKS 1 TO 6 (19/01/2026 TO 27/02/2026) ==========================

TASK 1.01
  Task .......... Fit a stair gate and a door chain set high on the front
                  door, and replace the broken front-room window
  Goal .......... G2
  Owner ......... Dunchapel Homes Repairs Team (officer: Gary Lister)
  When .......... Stage 1, by 06/02/2026
  So that ....... Lily-Mae cannot fall down the stairs or get out of the
                  house on her own
  Evidence ...... Completed job sheet uploaded to CareTrack; Aisha sees the
                  gate, chain and window at her next visit

TASK 1.02
  Task .......... Home visits: see Lily-Mae awake, check her nappy, her room
                  and the food in the house, and go through the home
                  conditions checklist with Shannon and Dean
  Goal .......... G1, G2, G4
  Owner ......... Aisha Bello, Social Worker
  When .......... Every week in Stages 1 and 2; at least one visit in three
                  unannounced and before 9am
  So that ....... Lily-Mae's days are seen as they really are, not only
                  when visits are planned
  Evidence ...... Checklist score (0-20, lower is better) recorded on
                  CareTrack at each visit; target 5 or below by 27/02/2026

TASK 1.03
  Task .......... Give Lily-Mae her missed 12-month immunisations
  Goal .......... G1
  Owner ......... Dunchapel Health Visiting Team (health visitor: Sian Pugh)
  When .......... First appointment by 06/02/2026; second dose booked at
                  that appointment
  So that ....... Lily-Mae is protected against serious childhood illness
  Evidence ...... Immunisations entered in her red book and on the GP
                  record; Sian e-mails Aisha the dates given

TASK 1.04
  Task .......... Dental check and fluoride varnish, and a toothbrushing
                  demonstration with both parents
  Goal .......... G1
  Owner ......... Dunchapel Community Dental Service (dentist: Dr Oliver Hart)
  When .......... First visit by 13/02/2026, then every three months
  So that ....... Lily-Mae has no more decay and no more teeth taken out
  Evidence ...... Dental letter to Aisha after each visit, saying whether
                  there is any new decay

TASK 1.05
  Task .......... Assess what support Dean needs to learn Lily-Mae's daily
                  care, and give him the routine in easy-read pictures
  Goal .......... G4
  Owner ......... Dunchapel Adult Learning Disability Team (Priya Shah)
  When .......... Assessment by 20/02/2026
  So that ....... Lily-Mae gets the same care from her dad as from her
                  mum, shown to him in a way he understands and remembers
  Evidence ...... Written assessment with recommendations, shared at the
                  core group on 26/02/2026; the picture routine on the
                  kitchen wall, seen by Aisha

TASK 1.06
  Task .......... "Step by Step" parenting sessions at home with Shannon and
                  Dean: bath, teeth, meals and nappies, using the picture
                  routine and practising each step together
  Goal .......... G1, G4
  Owner ......... Dunchapel Family Hub (family support worker: Tanya Moss)
  When .......... Tuesdays and Fridays at 9am in Stage 1
  So that ....... Lily-Mae gets the same care every day
  Evidence ...... Tanya's session record, sent to Aisha every Friday, with
                  which steps the parents did without prompting

TASK 1.07
  Task .......... Lily-Mae's funded two-year-old place; on arrival, note her
                  nappy, clothes, teeth and whether she has had breakfast
  Goal .......... G1, G3
  Owner ......... Little Owls Nursery, Dunchapel (key person: Becky Lam)
  When .......... Monday, Tuesday and Wednesday, 9am to 3pm, from 19/01/2026
  So that ....... Lily-Mae is fed, clean and learning with other children
  Evidence ...... Arrival checklist and attendance sent to Aisha every
                  Friday; Becky rings Aisha by 10am if Lily-Mae is not in

TASK 1.08
  Task .......... Bath Lily-Mae or wash her, change her, and brush her teeth
                  morning and night, ticking the picture chart
  Goal .......... G1, G4
  Owner ......... Shannon and Dean, jointly
  When .......... Every morning and every bedtime
  So that ....... Lily-Mae is clean, comfortable and her teeth are brushed
                  twice a day
  Evidence ...... Picture chart ticked each day and seen by Tanya and Aisha;
                  Becky's arrival checklist (1.07)

TASK 1.09
  Task .......... Bath time at Nana's, with Dean doing each step while Irene
                  shows him
  Goal .......... G1, G4
  Owner ......... Irene Kerr (Nana)
  When .......... Monday, Wednesday and Friday at 6pm, from 19/01/2026 until
                  the review conference
  So that ....... Lily-Mae has a calm bath and bedtime, and Dean learns it
                  by doing it
  Evidence ...... Irene ticks the bath box on the picture chart; Aisha asks
                  Irene and Dean how it went at each visit

TASK 1.10
  Task .......... Have Lily-Mae at Nana's on Saturday mornings while Shannon
                  and Dean clean the house together
  Goal .......... G2
  Owner ......... Irene Kerr (Nana)
  When .......... Every Saturday, 9am to 12 noon, from 24/01/2026 until the
                  review conference
  So that ....... Lily-Mae comes home to a clean, safe house
  Evidence ...... Irene texts Aisha at 12 noon when Lily-Mae goes home;
                  Aisha's checklist score on her next visit

================================================================================
DUNCHAPEL COUNCIL  | CareTrack 5 | CHILD PROTECTION PLAN       Printed 21/01/2026
Child: Lily-Mae KERR (ID 7730412)  DOB 19/09/2023 (2y 4m)   Plan v1  Page 2 of 2
Core group: 4-weekly - 29/01/2026, 26/02/2026, 26/03/2026 (10:00, Dunchapel
Family Hub)  |  Review conference (RCPC): 16/04/2026 10:00, Dunchapel Town Hall
================================================================================

== STAGE 2: WEEKS 7 TO 12 (02/03/2026 TO 10/04/2026) ==========================

TASK 2.01
  Task .......... Sessions drop to once a week: Shannon and Dean lead the
                  routine while Tanya watches
  Goal .......... G4
  Owner ......... Dunchapel Family Hub (family support worker: Tanya Moss)
  When .......... Every Friday at 9am in Stage 2
  So that ....... Lily-Mae's care keeps going without a worker prompting
  Evidence ...... Tanya's observation checklist, scored each week and sent
                  to Aisha; every step done unprompted by 10/04/2026

TASK 2.02
  Task .......... Parenting assessment of Shannon and Dean using PAMS,
                  adapted for Dean's learning disability
  Goal .......... G4
  Owner ......... Aisha Bello, Social Worker, with Priya Shah (Adult
                  Learning Disability Team)
  When .......... Starts 02/03/2026; report by 03/04/2026
  So that ....... Lily-Mae gets the help at home she needs, for as long as
                  she needs it, based on what her parents can really do
  Evidence ...... PAMS report, with an easy-read summary for the parents,
                  sent to the review conference

TASK 2.03
  Task .......... Lily-Mae's two-and-a-half year review, with an ASQ-3
  Goal .......... G1, G3
  Owner ......... Dunchapel Health Visiting Team (health visitor: Sian Pugh)
  When .......... By 20/03/2026
  So that ....... Any delay in her talking or development is found early
  Evidence ...... ASQ-3 scores sent to Aisha and discussed at the core group
                  on 26/03/2026

TASK 2.04
  Task .......... WellComm language screen, and three word targets agreed
                  with Shannon and Dean to practise at home
  Goal .......... G3
  Owner ......... Little Owls Nursery (key person: Becky Lam)
  When .......... By 27/03/2026
  So that ....... Lily-Mae uses more words and can ask for what she needs
  Evidence ...... WellComm score and the targets sent to Aisha; new words
                  written in her learning journal each week

--------------------------------------------------------------------------------
CONTINGENCY
--------------------------------------------------------------------------------
 IF ...                                 THEN ...
 Lily-Mae is found outside on her own,  Whoever finds her keeps her safe and
 or the front door is open and the      rings 999; Aisha (or the Emergency
 parents are asleep                     Duty Team) holds a strategy discussion
                                        that day; Lily-Mae stays with Irene
                                        next door until it is held
 The checklist score is over 12 at two  Aisha visits the next morning with
 visits in a row, or there is no food   Tanya, food parcel from the Family Hub
 in the house                           that day, and Rob Tierney holds a
                                        legal planning meeting within 5
                                        working days
 Lily-Mae misses two nursery days in a  Becky rings Aisha, who visits that
 row without a reason                   day and sees Lily-Mae
 Irene is ill, away or cannot do bath   Irene tells Aisha by 12 noon; Tanya
 night or Saturday morning              does that evening's bath with Dean, or
                                        Aisha visits that evening; Lily-Mae
                                        stays at home on Saturday and Aisha
                                        visits on Monday before 9am
 Lily-Mae needs to be away from home    She stays with Irene. If Irene cannot
 for her safety                         have her, Aisha (or the Emergency Duty
                                        Team) places her with foster carers
                                        that day
 The checklist target is not met by     Rob Tierney holds a legal planning
 27/02/2026, Lily-Mae has new decay,    meeting within 5 working days to decide
 or she is found outside alone again    whether to start pre-proceedings under
                                        the Public Law Outline

--------------------------------------------------------------------------------
Plan agreed at ICPC 15/01/2026. Entered on CareTrack by Aisha Bello 19/01/2026.
Approved by Rob Tierney (Team Manager) 20/01/2026.
Copies: Shannon and Dean Kerr (with easy-read version), Irene Kerr, all agencies
named above.
--- END OF PRINT ---
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A Welsh council's bilingual plan: Welsh and English lines, Cerys's own
#    words, a two-column table per part ("What will happen" holding who,
#    when and how we'll know, beside "So that ..."), an "If / Then" table,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _row5(what, who, when, know, so_that):
    return [f"{what}\nPwy / Who: {who}\nPryd / When: {when}\nSut byddwn ni'n gwybod / How we'll know: {know}",
            so_that]


_HEAD5 = ["Beth fydd yn digwydd / What will happen", "Er mwyn i ... / So that ..."]

PLANS.append({
    "name": "b213_dolwern_bilingual_two_column_so_that_own_words_pritchard.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys and Osian Pritchard",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE · Cyngor Sir Dolwern / Dolwern County Council",
    "footer": "Cerys ac Osian Pritchard · Tudalen {PAGE} o {NUMPAGES} / Page {PAGE} of {NUMPAGES}",
    "template": "bilingual-welsh-english-cp-plan-pdf-paged-header-footer-welsh-and-english-headings-and-lines-whos-who-two-column-table-why-cerys-in-my-own-words-bilingual-osian-mam-and-dad-outcomes-then-a-two-column-table-per-part-what-will-happen-cell-holding-who-when-how-well-know-lines-beside-so-that-column-then-if-then-two-column-table-then-meetings",
    "description": (
        "Exemplary bilingual (Welsh and English) plan from a Welsh council for a 13-year-old girl and "
        "her 8-year-old brother on the child protection register (neglect): their father drinks "
        "heavily, was stopped by the police driving them while over the limit, and is alone with them "
        "on the two nights their mother works; the girl hides his car keys and puts her brother to "
        "bed. Headings and key lines are in Welsh and English; Cerys's own words (partly in Welsh), "
        "Osian's and the parents' views come before the outcomes. Each part is a two-column table: "
        "'What will happen' holds the action with its Who / When / How we'll know lines, beside a "
        "'So that ...' column about the children. Their grandparents drive them to school and have "
        "them on the mother's night shifts until she moves to days; the drug and alcohol team reports "
        "on the father's capacity to change and the likely timescale, and the GP owns an action. An "
        "'If / Then' table covers drink-driving, each grandparent arrangement failing, what the "
        "children say, and legal planning after named triggers; meetings are dated; page header and "
        "footer are bilingual."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cerys ac Osian Pritchard / Cerys and Osian Pritchard"),
        ("p", "Cytunwyd yn y gynhadledd amddiffyn plant gychwynnol, 14/01/2026. / Agreed at the initial child "
              "protection conference on 14/01/2026, when Cerys's and Osian's names were placed on the child "
              "protection register under the category of neglect."),
        ("p", "Mae'r cynllun hwn yn ddwyieithog. / This plan is bilingual. The family's first language is Welsh; "
              "core groups are held in Welsh, with English for any worker who needs it."),
        ("h1", "Pwy sy'n bwy / Who's who"),
        ("table", {
            "header": ["Enw / Name", "Pwy / Who they are"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Cerys Pritchard (13)", "Year 8, Ysgol Gyfun Dolwern (Dolwern Comprehensive School)"],
                ["Osian Pritchard (8)", "Year 3, Ysgol Gynradd Dolwern (Dolwern Primary School)"],
                ["Rhian Pritchard (41)", "Mam. Care assistant at Dolwern Nursing Home"],
                ["Gareth Pritchard (44)", "Dad"],
                ["Emyr and Glenys Jones", "Rhian's parents: Taid and Nain. Ffordd y Llan, Dolwern"],
                ["Sioned Evans", "Social worker, Dolwern Children's Services (team manager: Bethan Hughes)"],
                ["Huw Bevan", "Recovery worker, Dolwern Community Drug and Alcohol Team (CDAT)"],
                ["Dr Elin Rowlands", "GP, Dolwern Health Centre"],
                ["Mrs Angharad Lloyd", "Head of Year 8 and designated safeguarding person, Ysgol Gyfun Dolwern"],
                ["Mr Dafydd Owen", "Osian's class teacher, Ysgol Gynradd Dolwern"],
                ["Non Griffiths", "Counsellor, Dolwern School Counselling Service"],
                ["Lowri Parry", "Young carers worker, Dolwern Young Carers"],
                ["Gwion Morgan", "Family worker, Dolwern Family Alcohol Service"],
            ],
        }),
        ("h1", "Pam mae angen cynllun / Why there is a plan"),
        ("p", "Gareth drinks most evenings, often two bottles of wine or more. On 06/12/2025 the police stopped "
              "his car on the Dolwern bypass with Cerys and Osian in the back; he was three times over the "
              "limit. He has been charged and is due at Dolwern Magistrates' Court on 19/02/2026. Rhian works "
              "nights on Tuesdays and Wednesdays, so on those nights Gareth has been alone with the children. "
              "Cerys told Mrs Lloyd that on those nights she hides his car keys and puts Osian to bed, and "
              "that Dad \"shouts at the telly and then falls asleep in the chair\". Osian's attendance this "
              "year is 85%, and he has been late eleven times."),
        ("h1", "Yn fy ngeiriau fy hun: Cerys / In my own words: Cerys"),
        ("p", "Cerys wrote this with Sioned on 12/01/2026 and chose which lines to put in Welsh."),
        ("bullets", [
            "\"Dw i'n caru Dad ond dw i ddim eisiau bod yn y car pan mae o wedi bod yn yfed.\" / \"I love Dad "
            "but I don't want to be in the car when he's been drinking.\"",
            "\"I hide his keys on the nights Mam is at work. I don't want to do that any more, it's not my "
            "job.\"",
            "\"Please don't make Dad leave. Make him stop.\"",
            "\"I'd like to talk to someone at school who isn't a teacher.\"",
            "\"Mae'n iawn mynd at Nain a Taid. / It's fine going to Nain and Taid's. Taid makes bacon "
            "butties.\"",
        ]),
        ("p", "Cerys scored home 4 out of 10 on Mam's work nights and 8 out of 10 at Nain and Taid's."),
        ("h1", "Beth mae Osian yn ei ddweud / What Osian says"),
        ("p", "Osian told Sioned in his classroom on 09/01/2026 that Dad \"goes wobbly and loud\" at night, that "
              "he likes Taid taking him to school \"in the big car\", and that he gets scared when Cerys "
              "cries. He said the best thing is \"football with Dad on Saturday mornings\"."),
        ("h1", "Beth mae Mam a Dad yn ei ddweud / What Mam and Dad say"),
        ("p", "Rhian: \"I didn't see how bad it had got because I was at work. I've asked for days.\" Gareth: "
              "\"I'm ashamed of the car. I've told Huw I want to stop, not cut down. I don't want the kids "
              "hiding keys from me.\""),
        ("h1", "Beth rydyn ni eisiau i Cerys ac Osian / What we want for Cerys and Osian"),
        ("numbers", [
            "Cerys and Osian are never driven by, or left in the care of, an adult who has been drinking.",
            "There is a sober adult at home with them every night, and Cerys no longer hides keys or puts "
            "Osian to bed.",
            "Osian is in school every day and on time (95% or more by the summer half term), and Cerys has "
            "someone of her own to talk to.",
            "Cerys and Osian can go on living with both parents because Dad's drinking is no longer a danger "
            "to them.",
        ]),
        ("h1", "Beth fydd yn digwydd / What will happen"),
        ("p", "Each part is a table. The left-hand column says what will happen, who will do it, when, and how "
              "we will know; the right-hand column says what it is for."),
        ("h2", "Rhan 1: Diogel yn y car ac yn y cartref / Part 1: Safe in the car and at home"),
        ("table", {
            "header": _HEAD5,
            "widths": [11.0, 6.0],
            "rows": [
                _row5("Gareth will not drive Cerys or Osian anywhere, and will not look after them on his own on "
                      "any day he has had a drink.",
                      "Gareth",
                      "every day, from 14/01/2026 until the review conference",
                      "Sioned asks Cerys and Osian, each on their own, at every visit and writes down what they "
                      "say; Rhian or Taid tell Sioned the same day if it happens.",
                      "So that Cerys and Osian are never in a car with, or left with, a parent who has been "
                      "drinking."),
                _row5("Taid drives Cerys and Osian to school every morning.",
                      "Emyr Jones (Taid)",
                      "every school day at 8.15am, from 15/01/2026 until the review conference",
                      "both schools' registers show the children in on time; Taid texts Rhian when he has "
                      "dropped them off.",
                      "So that the children get to school safely, and on time."),
                _row5("Cerys and Osian sleep at Nain and Taid's on the nights Rhian works.",
                      "Emyr and Glenys Jones (Taid and Nain)",
                      "every Tuesday and Wednesday night until Rhian starts day shifts on 02/02/2026",
                      "Taid texts Sioned by 8pm on each of those nights to say the children are there; Cerys "
                      "tells Sioned at her visits.",
                      "So that the children are never alone at night with Dad while he is drinking."),
                _row5("Rhian moves to day shifts at Dolwern Nursing Home, so that she is at home with the "
                      "children every night.",
                      "Rhian",
                      "from 02/02/2026",
                      "Rhian shows Sioned her new rota, and each month's rota after that.",
                      "So that there is a sober adult at home with Cerys and Osian every night."),
                _row5("Home visits, seeing Cerys and Osian each on their own; at least one visit in three "
                      "unannounced and after 7pm.",
                      "Sioned Evans (social worker)",
                      "every week until the review conference",
                      "visit records within two working days, with each child's own words and what Sioned saw "
                      "of Gareth.",
                      "So that someone outside the family sees what evenings at home are really like for the "
                      "children."),
            ],
        }),
        ("h2", "Rhan 2: Yfed Dad / Part 2: Dad's drinking"),
        ("table", {
            "header": _HEAD5,
            "widths": [11.0, 6.0],
            "rows": [
                _row5("An assessment of Gareth's drinking, then key-work sessions with a breath test at each "
                      "one, and a written report to each core group on whether he is making the changes Cerys "
                      "and Osian need and how long that is likely to take.",
                      "Huw Bevan, recovery worker, CDAT",
                      "assessment on 20/01/2026, then every Thursday at 4pm",
                      "breath test readings and Huw's report, sent to Sioned before each core group.",
                      "So that decisions about Cerys and Osian rest on what is really changing in Dad's "
                      "drinking."),
                _row5("Gareth goes to every CDAT session and to the Monday evening recovery group at Dolwern "
                      "Community Centre.",
                      "Gareth",
                      "Thursdays at 4pm and Mondays at 7pm, from 19/01/2026",
                      "attendance sheets signed by Huw and by the group leader, sent to Sioned at the end of "
                      "each month.",
                      "So that Cerys and Osian have a dad who is sober when he is with them."),
                _row5("Liver function blood tests, and a review of medication to help Gareth stop drinking "
                      "safely.",
                      "Dr Elin Rowlands, GP",
                      "first appointment by 23/01/2026, then every four weeks",
                      "blood results and Dr Rowlands' letter sent to Huw and Sioned after each appointment.",
                      "So that Cerys and Osian are cared for by a dad who has stopped drinking safely and stays "
                      "stopped."),
                _row5("Four sessions for Rhian on keeping the children safe when Gareth drinks, and writing her "
                      "own safety plan for them.",
                      "Rhian, with Gwion Morgan (Dolwern Family Alcohol Service)",
                      "Fridays at 10am, 23/01/2026 to 13/02/2026",
                      "Rhian's written safety plan for the children, shared with Sioned after the fourth "
                      "session.",
                      "So that Cerys and Osian know Mam has a plan for them if Dad drinks again."),
            ],
        }),
        ("h2", "Rhan 3: Ysgol a lles / Part 3: School and wellbeing"),
        ("table", {
            "header": _HEAD5,
            "widths": [11.0, 6.0],
            "rows": [
                _row5("A check-in with Cerys at morning break, with her own score (0 to 10) for how the week "
                      "has been.",
                      "Mrs Angharad Lloyd, Head of Year 8",
                      "every Tuesday in term time, from 20/01/2026",
                      "Cerys's scores, with what she says in her own words, e-mailed to Sioned every other "
                      "Friday.",
                      "So that Cerys has an adult at school she trusts and can tell if home is not safe."),
                _row5("Six counselling sessions for Cerys at school, in Welsh.",
                      "Non Griffiths, Dolwern School Counselling Service",
                      "Wednesdays, period 4, for six school weeks from 28/01/2026",
                      "Cerys's YP-CORE score at the first and the last session, shared with Sioned with "
                      "Cerys's agreement.",
                      "So that Cerys has somewhere of her own to talk about Dad and home."),
                _row5("Refer Cerys to Dolwern Young Carers.",
                      "Sioned Evans (social worker)",
                      "by 30/01/2026",
                      "Lowri's acceptance letter, with the date of Cerys's first session, on Cerys's file.",
                      "So that Cerys gets time off from looking after Osian and Dad, with young people who "
                      "understand."),
                _row5("First-day calling if Osian is not in by 9am, and a \"worry box\" chat with Osian.",
                      "Mr Dafydd Owen, Osian's class teacher",
                      "calls every school day; the worry box chat every Friday",
                      "call log and Friday notes sent to Sioned each week; attendance of 95% or more by the "
                      "summer half term.",
                      "So that Osian is in school every day and can say when he is worried."),
                _row5("The \"Kids Too\" group for Osian, for children whose parents drink.",
                      "Gwion Morgan, Dolwern Family Alcohol Service",
                      "Saturdays 10am to 11.30am, for eight weeks from 24/01/2026",
                      "the group register, and Osian's \"all about me\" book shared with Rhian and Sioned after "
                      "week 8.",
                      "So that Osian knows Dad's drinking is not his fault and who he can tell."),
            ],
        }),
        ("h1", "Os aiff pethau o chwith / If things go wrong"),
        ("table", {
            "header": ["Os ... / If ...", "Yna ... / Then ..."],
            "widths": [6.5, 10.5],
            "rows": [
                ["Gareth drives with the children in the car, or is drunk while looking after them",
                 "Whoever sees it rings 999. The children go to Nain and Taid's that night, and Sioned (or the "
                 "Emergency Duty Team) holds a strategy discussion with the police that day."],
                ["Taid cannot drive the children to school (he is ill, or the car is off the road)",
                 "Taid rings Rhian and Sioned by 7.30am. Rhian takes the children; if she cannot, Sioned books a "
                 "taxi paid for by Children's Services. Gareth never drives them."],
                ["Nain and Taid cannot have the children on one of Rhian's night shifts",
                 "Rhian stays at home that night (her manager has agreed she can swap at short notice). If she "
                 "cannot, Sioned (or the Emergency Duty Team) arranges foster carers for the children that "
                 "night. Gareth is never left in charge of them."],
                ["Cerys or Osian tell anyone that Dad has been drinking while looking after them",
                 "That person rings Sioned the same day; Sioned visits that day and tells Huw."],
                ["Gareth drives after drinking again, is drunk while caring for the children, or Huw's report "
                 "at the core group on 25/02/2026 shows no change",
                 "Bethan Hughes (team manager) holds a legal planning meeting within five working days to "
                 "decide whether to start pre-proceedings under the Public Law Outline."],
            ],
        }),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks at Ysgol Gyfun Dolwern, 4pm: 28/01/2026, 25/02/2026 "
            "and 25/03/2026.",
            "Cynhadledd adolygu / Review child protection conference: 14/04/2026 at 10am, Dolwern County Hall.",
        ]),
        ("p", "Copïau / Copies: Rhian and Gareth (Welsh and English), Cerys (her own copy), Emyr and Glenys Jones, "
              "and every worker in the who's who."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A worry grid (Worry merged down each group / What we will do / Lead /
#    Start - finish / Evidence we will look for). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_dashwick_worry_grid_lead_start_finish_evidence_hollis.docx",
    "doc_title": "Child Protection Plan - Jayden and Ellie-Mae Hollis",
    "split": "heldout",
    "actions": 13,
    "check_vmerge": 5,
    "template": "worry-grid-docx-details-kv-why-childrens-words-and-days-stacey-and-carol-views-outcomes-then-grid-worry-merged-down-each-group-what-we-will-do-lead-start-finish-evidence-we-will-look-for-then-contingency-bullets-then-meetings",
    "description": (
        "Initial conference plan for a 7-year-old boy and his 4-year-old sister (neglect): their mother "
        "has depression and anxiety and spends days in bed, Jayden gets his sister ready and misses "
        "school, and Ellie-Mae's father, who was violent to the mother, is not to come to the house. "
        "The maternal grandmother does the school run and Wednesday teas. The plan is a grid with the "
        "worry merged down each group of rows (What we will do / Lead / Start - finish / Evidence we "
        "will look for). Faults: the young carers referral 'ASAP' (T002); the CPN's weekly support "
        "visits that only support the mother, checked by attendance (H001); the family support "
        "worker's home routine sessions measured by 'Stacey's engagement with the sessions' (M002); "
        "the dentist registration with an empty evidence cell (M001); 'Family' owning keeping the "
        "children away from the father (W002); a contingency that sends the children to their "
        "grandmother with nothing said if she cannot help (C003); and nothing about legal planning "
        "if things do not change (R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dashwick Council, Children and Families Service. Plan agreed at the initial child protection "
              "conference on 08/01/2026."),
        ("kv", [
            ("Children", "Jayden Hollis (7), Year 3, Dashwick Park Primary School; Ellie-Mae Hollis (4), "
                         "Sunflowers Nursery, Dashwick"),
            ("Address", "6 Orchard Walk, Dashwick DK2 5TE"),
            ("Mum", "Stacey Hollis (30)"),
            ("Ellie-Mae's dad", "Liam Carver (33), lives in Dashwick; no contact with the family since "
                                "October 2025"),
            ("Jayden's dad", "Not involved; lives abroad"),
            ("Nan", "Carol Hollis, Stacey's mum, 31 Beech Road, Dashwick"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Clarke, Dashwick Children and Families Service"),
            ("Conference chair", "Lynne Mortimer"),
        ]),
        ("h1", "Why Jayden and Ellie-Mae have a plan"),
        ("p", "Stacey has had depression and anxiety since Ellie-Mae was born and is under the Dashwick "
              "Community Mental Health Team. Since the autumn she has spent whole days in bed. Jayden has "
              "been getting himself and Ellie-Mae dressed and giving her cereal, and he has been late or "
              "absent on 19 days this school year. Nursery has seen Ellie-Mae arrive in the same clothes "
              "several days running, with sore eczema on her hands. Liam Carver was arrested in October 2025 "
              "after he assaulted Stacey in front of the children; he was given a caution and has not been "
              "back to the house, but Stacey says he has texted asking to see Ellie-Mae."),
        ("h1", "What the children say and how their days are"),
        ("p", "Jayden, seen on his own at school on 06/01/2026: \"I do Ellie's breakfast because Mum's tired. "
              "I'm good at it.\" \"I don't want Liam to come back. He broke the telly.\" \"I like Wednesdays "
              "because Nan does fish fingers.\" He scored home 6 out of 10 and said it would be 10 \"if Mum "
              "got up every day\"."),
        ("p", "Ellie-Mae chats to nursery staff about her \"Nanny Carol\" and her teddy. Her key person has "
              "seen her scratch her hands until they bleed and ask for toast as soon as she arrives. She hides "
              "behind Jayden when a man comes into the nursery."),
        ("h1", "What Stacey and Carol say"),
        ("p", "Stacey said: \"I know the kids have had to do too much. Some days I can't lift my head.\" Carol "
              "said she will do what she can, but she works part-time at the Co-op and cannot do every day."),
        ("h1", "What we want for Jayden and Ellie-Mae"),
        ("numbers", [
            "Jayden and Ellie-Mae are washed, dressed and fed every morning by an adult, and Jayden no longer "
            "has to look after his sister.",
            "Jayden is in school and Ellie-Mae is in nursery every day, on time.",
            "Ellie-Mae's eczema is treated and her hands are not sore.",
            "The children are kept safe from Liam and do not see any more violence.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Worry", "What we will do", "Lead", "Start / finish", "Evidence we will look for"],
            "widths": [3.0, 5.4, 3.0, 2.6, 3.0],
            "rows": [
                ["Jayden and Ellie-Mae miss school and nursery when Mum cannot get up",
                 "Take Jayden to school and Ellie-Mae to nursery every morning",
                 "Carol Hollis (Nan)",
                 "Every school day from 12/01/2026 until the review",
                 "School and nursery registers sent to Owen every Friday"],
                [V,
                 "First-day call to Stacey, then Owen, if Jayden is not in by 9.10am",
                 "Mrs Kim Pearson, attendance officer, Dashwick Park Primary",
                 "Every school day",
                 "Call log sent to Owen weekly; attendance 95% or more by Easter"],
                [V,
                 "Refer Jayden to Dashwick Young Carers for an assessment of what he does for Mum at home",
                 "Owen Clarke (SW)",
                 "ASAP",
                 "Acceptance letter from the service on Jayden's file"],
                ["Mum's low mood means the children's care is missed",
                 "Weekly support visits to Stacey from the CPN for her low mood and anxiety",
                 "Neil Fraser, CPN, Dashwick Community Mental Health Team",
                 "Weekly from 14/01/2026",
                 "Visits recorded in the CMHT notes; visit dates sent to Owen each month"],
                [V,
                 "Take her mirtazapine every night and tell Neil at his visits about any missed doses",
                 "Stacey",
                 "Every night",
                 "Neil counts the tablets with Stacey at each visit"],
                [V,
                 "Home routine sessions with Stacey using a visual planner: getting up, breakfast, the school "
                 "run, tea and bath nights",
                 "Jade Okoro, family support worker, Dashwick Family Centre",
                 "Tuesdays and Thursdays at 8am, for 8 weeks from 13/01/2026",
                 "Stacey's engagement with the sessions"],
                [V,
                 "Give the children their tea and a bath at Nan's house",
                 "Carol Hollis (Nan)",
                 "Every Wednesday, 3.30pm to 7pm",
                 "Carol texts Owen when the children are home; nursery notes Ellie-Mae's hands and clothes "
                 "on Thursdays"],
                ["Ellie-Mae's health",
                 "Register Ellie-Mae and Jayden with a dentist and take them for a check-up",
                 "Stacey",
                 "By 27/02/2026",
                 ""],
                [V,
                 "Check Ellie-Mae's eczema, weight and height, and go through her cream routine with Stacey",
                 "Amy Clough, health visitor",
                 "Every month from 20/01/2026",
                 "Growth chart in the red book; note to Owen after each visit saying how her skin looks"],
                ["Liam",
                 "Make sure the children are not left with Liam and that he does not come to the house",
                 "Family",
                 "Every day",
                 "Any contact from Liam reported to Owen the same day"],
                [V,
                 "Safety planning with Stacey about Liam, and a doorbell camera fitted",
                 "Tasha Reid, IDVA, Dashwick Domestic Abuse Service",
                 "By 23/01/2026",
                 "Written safety plan and camera fitting receipt, copied to Owen"],
                ["Jayden's worries",
                 "Visit the children at home and see each of them on their own",
                 "Owen Clarke (SW)",
                 "Every week until the review conference",
                 "Visit records within 2 working days, with the children's own words"],
                [V,
                 "Six sessions with Jayden using the \"My Worry Monster\" workbook",
                 "Mrs Bev Thorne, learning mentor, Dashwick Park Primary",
                 "Mondays at 2pm, 19/01/2026 to 23/02/2026",
                 "Jayden's worry score at the first and last sessions; finished workbook shown to Owen"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Stacey tells anyone she cannot cope or is thinking of harming herself, Neil or the Dashwick "
            "crisis team sees her the same day and the children go to Carol's until Neil says Stacey is well "
            "enough to look after them.",
            "If Liam comes to the house or the school or nursery, whoever sees him rings 999, and Owen (or the "
            "Emergency Duty Team) holds a strategy discussion with the police that day.",
            "If Jayden or Ellie-Mae miss two days in a row, the school or nursery rings Owen, who visits that "
            "day and sees both children.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Dashwick Family Centre, 1.30pm: 28/01/2026, 25/02/2026 and "
            "25/03/2026.",
            "Review child protection conference: 21/04/2026 at 10am, Dashwick Civic Centre.",
        ]),
    ],
    "findings": [
        F("T002", "Refer Jayden to Dashwick Young Carers for an assessment"),
        F("H001", "Weekly support visits to Stacey from the CPN"),
        F("M002", "Home routine sessions with Stacey using a visual planner"),
        F("M001", "Register Ellie-Mae and Jayden with a dentist"),
        F("W002", "Make sure the children are not left with Liam"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A plan of action cards for a family about to move to another council:
#    Kian's own words, then one card per action with What / Who / When /
#    We'll know because. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b213_duskwater_action_cards_move_to_drennanford_brennan.md",
    "split": "heldout",
    "actions": 11,
    "template": "action-cards-md-first-review-plan-before-move-to-another-council-details-table-why-kian-in-his-own-words-ruby-mums-views-what-we-want-then-one-card-per-action-heading-what-who-when-well-know-because-lines-then-if-things-go-wrong-bullets-then-meetings-and-transfer",
    "description": (
        "First review conference plan for a 15-year-old boy and his 9-year-old sister (neglect: their "
        "mother's heavy drinking, the boy's cannabis use and late nights, the girl caring for her mother "
        "and wetting the bed), written as action cards (What / Who / When / We'll know because) a month "
        "before the family moves to a council tenancy in another authority near the mother's sister. "
        "Kian's own words come first. Faults: the parenting assessment put on hold for the receiving "
        "authority to pick up after its transfer-in conference (X001); Kian's drug service referral left "
        "to the new social worker 'once the family are settled' (X001, T002); a passive school nursing "
        "referral for Ruby's bedwetting with nobody named (W001); the youth worker's sessions checked by "
        "'keep an eye on' (M002); an outcome about the mother's recovery and housing only (F002); the "
        "mother's drinking recorded with no adult service owning any action (F004); and a transfer-in "
        "conference 'date to be confirmed' with no review conference date (R001)."
    ),
    "text": """\
# Duskwater Borough Council - Children's Services

## Child protection plan (first review): Kian and Ruby Brennan

| | |
|---|---|
| **Children** | Kian Brennan (15), Year 10, Duskwater Academy; Ruby Brennan (9), Year 4, Duskwater St Mark's Primary |
| **Home** | 40 Ferry Lane, Duskwater DW7 3RB, with their mum, Nicola Brennan (38) |
| **Moving to** | 2 Heron Close, Drennanford, from 27/02/2026 (council tenancy near Nicola's sister) |
| **Category** | Neglect (plan since 16/10/2025; continued at the review conference on 15/01/2026) |
| **Social worker** | Leanne Carter, Duskwater Family Safeguarding Team (team manager: Mark Tan) |
| **Family** | Tara Quinn (Nicola's sister, Drennanford); Maureen Brennan (the children's nan, Duskwater) |

### Why Kian and Ruby have a plan

Nicola drinks most days, usually cider and vodka, and has been found asleep and unable to be woken
by Ruby twice since the last conference. Ruby makes her own tea most nights, gets herself to school
and has started wetting the bed again. Kian smokes cannabis every day, is out until after midnight
most weekends and has had two fixed-term exclusions this year. Nicola has been offered help with her
drinking before and went to two sessions in 2024. The family are moving to Drennanford at the end of
February to be near Tara, and Duskwater will ask Drennanford to take over the plan.

### Kian, in his own words

Kian talked to Leanne at the Duskwater Youth Centre on 12/01/2026:

> "I'm not the problem. Everyone goes on about my weed but nobody says anything about Mum's drinking
> till it's too late. I'm out because it's better than being in. I'll go to Drennanford, I don't care.
> I want Ruby to stop having to do everything. If I had a job I'd be alright."

He scored how things are at home at 3 out of 10.

### Ruby

Ruby told her teacher and Leanne that she "does the tea" and that she checks on Mum "to make sure she's
breathing". She is excited about the move "because Auntie Tara has a trampoline". She is embarrassed
about the bedwetting and asked that nobody at school is told apart from Mrs Akers.

### What Nicola says

"I know I drink too much. The move is a fresh start. Tara will help me keep on top of things."

### What we want

1. Kian and Ruby are looked after every evening by an adult who is sober.
2. Ruby gets to school on time every day, is dry at night, and doesn't have to look after her mum.
3. Kian stays in school, has no more exclusions, and uses less cannabis.
4. Nicola is in recovery from her drinking and has a settled home in Drennanford.

## The action cards

### Card 1: Seeing Kian and Ruby

- **What:** Home visits, seeing Kian and Ruby each on their own, at least one visit in three after 6pm.
- **Who:** Leanne Carter (social worker)
- **When:** Every week until the transfer-in conference
- **We'll know because:** Visit records within two working days, with each child's own words.

### Card 2: Parenting assessment

- **What:** The parenting assessment of Nicola will be put on hold and picked up by Drennanford Children's Services after the transfer.
- **Who:** Drennanford Children's Services
- **When:** Within six weeks of Drennanford's transfer-in conference
- **We'll know because:** Assessment report shared with Nicola and the core group.

### Card 3: Kian's cannabis use

- **What:** The new social worker to refer Kian to the Drennanford young people's substance misuse service.
- **Who:** Allocated social worker, Drennanford Children's Services
- **When:** Once the family are settled in Drennanford
- **We'll know because:** Kian's first appointment letter on his file.

### Card 4: Schools in Drennanford

- **What:** Apply for school places for Kian and Ruby in Drennanford, and send both schools' safeguarding files to the new schools.
- **Who:** Leanne Carter, with the designated safeguarding leads at Duskwater Academy and St Mark's
- **When:** Applications by 06/02/2026; files sent by 27/02/2026
- **We'll know because:** School place offer letters, and the new schools' e-mails confirming they have the files.

### Card 5: Ruby's bedwetting

- **What:** A referral will be made to the school nursing service for Ruby's bedwetting.
- **Who:** -
- **When:** By 06/02/2026
- **We'll know because:** Referral acknowledgement on Ruby's file.

### Card 6: Ruby at school

- **What:** A check-in with Ruby each morning, making sure she has had breakfast, with toast from the breakfast club if not.
- **Who:** Mrs Jan Akers, designated safeguarding lead, Duskwater St Mark's Primary
- **When:** Every school day at 8.45am
- **We'll know because:** Check-in sheet and attendance e-mailed to Leanne every Friday.

### Card 7: Kian at school

- **What:** First-day calling if Kian is not in by 9am, and a weekly meeting with his pastoral lead about his exclusions and report card.
- **Who:** Mr Faisal Noor, pastoral lead, Duskwater Academy
- **When:** Calls every school day; meetings every Monday at 10am
- **We'll know because:** Call log and report card scores sent to Leanne every Friday.

### Card 8: Youth club

- **What:** Youth club sessions for Kian at Duskwater Youth Centre, with time one-to-one with Sam.
- **Who:** Sam Pike, youth worker, Duskwater Youth Service
- **When:** Every Friday, 6pm to 9pm
- **We'll know because:** Sam will keep an eye on Kian and how he is getting on.

### Card 9: Kian's curfew

- **What:** "I'll be home by 10pm on school nights and 11pm at weekends, and I'll text Mum at 8pm."
- **Who:** Kian
- **When:** Every night
- **We'll know because:** Nicola writes the time Kian got in on the sheet on the fridge, and Leanne reads it at each visit.

### Card 10: Nicola's drinking

- **What:** Go to the Duskwater Recovery Hub drop-in about her drinking.
- **Who:** Nicola
- **When:** Every Tuesday at 10am
- **We'll know because:** Drop-in attendance slip shown to Leanne at each visit.

### Card 11: Weekends with Auntie Tara

- **What:** Have Kian and Ruby to stay in Drennanford every other weekend, so they get to know the area before the move.
- **Who:** Tara Quinn (aunt)
- **When:** Every other weekend, Friday 6pm to Sunday 5pm, from 23/01/2026
- **We'll know because:** Tara texts Leanne when the children arrive and when they are home.

## If things go wrong

- If Nicola is drunk while she is looking after the children, or cannot be woken, Kian or Ruby ring
  Leanne (the Emergency Duty Team out of hours), and 999 if she cannot be woken. The children go to
  Maureen's that night; if Maureen cannot have them, Leanne or the Emergency Duty Team finds them an
  emergency foster placement that night.
- If Tara cannot have the children on her weekend, she rings Leanne by the Thursday, and the children
  spend the weekend at Maureen's instead; Leanne visits on the Saturday.
- If Kian is not home by midnight and not answering, Nicola reports him missing on 101, and Leanne
  holds a strategy discussion with the police the next working day.
- If Nicola is found drunk in charge of the children again before the move, or Ruby is left alone
  overnight, Mark Tan (team manager) will hold a legal planning meeting within five working days.

## Meetings and the transfer

- Core group every four weeks at Duskwater Family Hub, 2pm: 05/02/2026 and 05/03/2026 (Drennanford's
  social worker will be invited to the second).
- Leanne will send the transfer-in request and the family's records to Drennanford Children's Services
  by 20/02/2026.
- Transfer-in child protection conference: to be held by Drennanford Council, date to be confirmed.
""",
    "findings": [
        F("X001", "The parenting assessment of Nicola will be put on hold"),
        F("X001", "to refer Kian to the Drennanford young people's substance misuse service"),
        F("T002", "to refer Kian to the Drennanford young people's substance misuse service"),
        F("W001", "A referral will be made to the school nursing service"),
        F("M002", "Youth club sessions for Kian at Duskwater Youth Centre"),
        F("F002", "Nicola is in recovery from her drinking and has a settled home in Drennanford."),
        F("F004"),
        F("R001"),
    ],
})
