"""Batch 8, module 2: eight fictional files (held-out test material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review CP plan, five columns with the children's outcome merged down the
#    rows; grandmother and uncle carry part of the plan (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_tamberley_rcpc_merged_outcome_hendricks.docx",
    "doc_title": "Review Child Protection Plan - Kayden and Maisie Hendricks",
    "split": "heldout",
    "template": "rcpc-merged-outcome-five-column",
    "description": (
        "Review CP plan for a 7-year-old and a 2-year-old (domestic abuse, mother's depression) with an "
        "'Outcome for the children' column merged down groups of rows. A 'Reviewed at core group' and an "
        "'Improvement in' measure, two blank measures, 'Ongoing', 'Professionals' 'as and when', one "
        "adult-only outcome; grandmother and uncle carry after-school care with no fallback in the contingency."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Tamberley Borough Council · Children's Social Care · Safeguarding and Family Help (East)"),
        ("kv", [
            ("Children", "Kayden Hendricks (7), born 03/04/2018; Maisie Hendricks (2), born 21/09/2022"),
            ("Address", "19 Fallow Drive, Tamberley"),
            ("Mother", "Leah Hendricks (29)"),
            ("Maisie's father", "Jordan Pike – not living at the address; on police bail not to contact Leah"),
            ("Review conference", "15/05/2025 (initial conference 13/02/2025)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Priya Lockwood"),
            ("Conference chair", "Graham Sutcliffe, IRO"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Kayden and Maisie became subject to child protection plans in February after Jordan assaulted "
              "Leah in the kitchen while both children were at home; Kayden rang his nan. Police had been to "
              "the house three times before that. Leah has depression, treated by her GP with sertraline, and "
              "told conference she had struggled to get up in the mornings over the winter. Maisie's speech "
              "is behind for her age and she has not yet started nursery."),
        ("h1", "What has changed since February"),
        ("p", "Jordan has not been back to the house since his arrest and Leah has kept to the safety plan. "
              "Kayden's attendance has gone up from 82% to 94%. Sandra (Leah's mum) has the children most "
              "Tuesdays and Thursdays, and Craig (Leah's brother) has taken Kayden to school on Thursdays. "
              "Leah has missed two GP reviews and the health visitor has not yet seen Maisie for her "
              "developmental check. Conference agreed that the children still need a child protection plan."),
        ("h1", "What Kayden and Maisie have told us and what we have seen"),
        ("p", "Kayden (seen on his own at school on 8 May) said: \"It's better now because there's no "
              "shouting.\" He still checks the front door is locked before bed, and said he would tell "
              "\"Nan, Miss Greer or the police\" if Jordan came back. He would like to go to the football "
              "club on Saturdays with his cousin. Maisie was seen at home on 12 May: she followed Leah from "
              "room to room, used a few single words (\"juice\", \"Nanny\", \"no\") and pointed for most "
              "things. She settled happily on Sandra's lap at the review meeting."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "Actions", "Lead person", "Timescale",
                       "How will we measure progress"],
            "widths": [3.4, 4.6, 3.0, 2.6, 3.4],
            "rows": [
                ["Kayden and Maisie live in a home free from violence and shouting, and Kayden can name the "
                 "adults he would tell if he felt scared.",
                 "Visit Kayden and Maisie at home (at least one unannounced visit each month) and see Kayden "
                 "on his own",
                 "SW Priya Lockwood",
                 "Every 2 weeks",
                 "Visit records show Kayden seen alone and what he said written down at each visit"],
                [V,
                 "'My safe people' safety planning work with Kayden in school",
                 "Tasha Greer, family support worker, St Mark's Primary",
                 "6 weekly sessions, w/c 19/05/2025 to w/c 23/06/2025",
                 "Kayden's safety hand copied to the SW; he can name three safe adults"],
                [V,
                 "Complete the Freedom Programme",
                 "Leah Hendricks",
                 "Thursday mornings, 12 weeks from 22/05/2025",
                 "Attendance certificate; Leah can explain at core group how the abuse affected Kayden and "
                 "Maisie"],
                [V,
                 "Tell the police and the SW about any contact from Jordan, by phone, social media or in "
                 "person",
                 "Leah Hendricks; Sandra Hendricks (MGM)",
                 "Same day",
                 "Contacts logged on police and children's services records"],
                [V,
                 "Check for breaches of Jordan Pike's bail conditions and tell the SW about any call-out to "
                 "the address",
                 "Tamberley Police, DA Safeguarding Unit – DC Mark Feeney",
                 "Within 24 hours of any call-out",
                 "Reviewed at core group"],
                ["Maisie is healthy, her speech is catching up, and she starts nursery in September ready "
                 "to join in.",
                 "Developmental review for Maisie, and referral to speech and language therapy if needed",
                 "HV Joanne Whitlow",
                 "By 30/05/2025",
                 ""],
                [V,
                 "Take Maisie to her speech and language sessions and practise the activities at home",
                 "Leah Hendricks",
                 "Ongoing",
                 "SALT letter to the SW at the end of each block of sessions"],
                [V,
                 "Home visits to help Leah set up a morning routine so Maisie is up, dressed and has had "
                 "breakfast by 8.30am",
                 "FSW Cara Dunmore, Tamberley Family Hub",
                 "Weekly for 8 weeks from 19/05/2025",
                 "Improvement in the morning routine"],
                ["Leah's mental health and confidence will improve and she will cope better with the house.",
                 "Review Leah's antidepressant medication and tell the SW if she stops taking it",
                 "GP Dr Amir Sethi, Castle Street Surgery",
                 "At each 6-weekly medication review",
                 "GP letter to the SW after each review"],
                ["Kayden and Maisie have safe, familiar adults around them every day, including after "
                 "school and at weekends.",
                 "Have Kayden and Maisie for tea after school on Tuesdays and Thursdays, and overnight on "
                 "Saturdays",
                 "Sandra Hendricks (MGM)",
                 "Every week",
                 ""],
                [V,
                 "Take Kayden to school on Thursdays while Leah is at the Freedom Programme",
                 "Craig Hendricks (maternal uncle)",
                 "Every Thursday",
                 "School register shows Kayden in by 8.50am on Thursdays"],
                [V,
                 "Share any worries about Kayden or Maisie with the SW",
                 "Professionals",
                 "As and when",
                 "Worries logged on the children's file"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jordan comes to the house or contacts the children, or the police are called to another "
              "incident at the address, Leah will ring 999 and the children will go to Sandra's house in "
              "Kestrel Road for the night. The SW will hold a strategy discussion within 24 hours. If Leah "
              "lets Jordan back into the house, the SW will ask the team manager for a legal planning "
              "meeting within 10 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 6 weeks – 26/06/2025, 07/08/2025 and 18/09/2025, at St Mark's Primary.",
            "Next review child protection conference: 06/11/2025, 10am, Tamberley Civic Offices.",
        ]),
        ("p", "Plan agreed at conference and sent to Leah, Sandra and all agencies on 16/05/2025."),
    ],
    "findings": [
        F("M002", "Check for breaches of Jordan Pike's bail conditions"),
        F("M001", "Developmental review for Maisie, and referral to speech and language therapy"),
        F("T002", "Take Maisie to her speech and language sessions"),
        F("M002", "Home visits to help Leah set up a morning routine"),
        F("F002", "Leah's mental health and confidence will improve and she will cope better with the house."),
        F("M001", "Have Kayden and Maisie for tea after school"),
        F("W002", "Share any worries about Kayden or Maisie with the SW"),
        F("T002", "Share any worries about Kayden or Maisie with the SW"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Letter to a parent after the initial conference (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_pellanby_letter_after_icpc_moran.docx",
    "doc_title": "Letter to Kirsty Moran - child protection plan for Tyler and Ruby",
    "split": "heldout",
    "template": "letter-to-parent-after-icpc",
    "description": (
        "Social worker's letter to a mother setting out the ICPC plan for a 10-year-old and a baby "
        "(neglect, mother's cannabis use; the drug service owns an action). Two passives with no agent, "
        "'keep an eye on' with no timescale, 'when you feel able to', 'as much as he can', an adult-only "
        "outcome, and a contingency that only says the plan will be thought about again (no legal step)."
    ),
    "blocks": [
        ("pr", "Pellanby City Council"),
        ("pr", "Children's Services – Safeguarding and Family Help Team (West)"),
        ("pr", "Harcourt House, 2 Tanner Street, Pellanby"),
        ("pr", "Tel: 01632 960 227"),
        ("pr", "3 June 2025"),
        ("p", ""),
        ("pl", "Ms Kirsty Moran"),
        ("pl", "Flat 2, 41 Aspen Road"),
        ("pl", "Pellanby"),
        ("p", ""),
        ("p", "Dear Kirsty,"),
        ("p", "Thank you for coming to the initial child protection conference on 29 May and for bringing "
              "Ruby with you. I know you found parts of it hard to hear. I said I would write to you with "
              "the plan in plain words, so here it is. The chair's full report will follow in the post."),
        ("boldp", "Why Tyler and Ruby have a child protection plan"),
        ("p", "The conference agreed that Tyler (10) and Ruby (8 months) need a child protection plan under "
              "the category of neglect. Ruby has missed her 8-week and 12-week immunisations and has dropped "
              "from the 50th to the 9th centile for her weight. Tyler has been late to school 14 times this "
              "term and told his teacher he makes Ruby's bottles in the morning. When I visited on 9 and 16 "
              "May the flat smelt strongly of cannabis and you told me you smoke every evening to help you "
              "sleep. There is black mould on the wall by Ruby's cot."),
        ("boldp", "What Tyler told me"),
        ("p", "When I saw Tyler on his own at school he said: \"I like looking after Ruby but sometimes I'm "
              "tired at school.\" He said the best thing at home is \"when Mum does pancakes on Sunday\" and "
              "the worst is \"the smell, it gets in my PE kit\". He would like to go back to Cubs and to "
              "stay at his dad's more. Ruby smiled and babbled to me from her bouncer and reached for you "
              "when you came into the room; the health visitor saw that she finished a full bottle "
              "quickly and was still hungry."),
        ("boldp", "What we all want for Tyler and Ruby"),
        ("bullets", [
            "Ruby is fed, warm and clean, is up to date with her immunisations and keeps gaining weight.",
            "Tyler gets to school on time every day and no longer has to make Ruby's bottles or get her up.",
            "You will be free from cannabis and feel more settled in yourself.",
        ]),
        ("boldp", "What will happen now"),
        ("p", "I will visit you, Tyler and Ruby at home every week until the first core group and then every "
              "two weeks, and my visit notes will record what Tyler tells me when I see him on his own."),
        ("p", "Alison Kerr, your health visitor, will weigh Ruby every two weeks at Pellanby Family Hub and "
              "plot her weight in her red book."),
        ("p", "You will take Ruby to the surgery for her missed immunisations by 20 June, and the practice "
              "nurse will send me confirmation."),
        ("p", "Dev Chauhan from Compass, Pellanby's drug and alcohol service, will assess you by 16 June and "
              "then see you weekly, and will send me your attendance and test results each month."),
        ("p", "A referral will be made to Pellanby Young Carers for Tyler."),
        ("p", "Tyler's school, Brook Lane Primary, will keep an eye on his attendance and punctuality."),
        ("p", "You will try to stop smoking cannabis in the flat when you feel able to."),
        ("p", "Zoe Pratt, our family help worker, will do six sessions with you on Ruby's routines and safe "
              "sleep starting in the week of 9 June, and will fill in a home conditions checklist at the "
              "first and last sessions."),
        ("p", "Help with your rent arrears and the damp in Ruby's bedroom will be looked into."),
        ("p", "Shaun has said he will have Tyler at weekends as much as he can."),
        ("boldp", "If things do not get better"),
        ("p", "If things do not get better, I will talk to my manager and we will think again about the "
              "plan."),
        ("boldp", "Meetings"),
        ("p", "The first core group meeting will be on 19 June 2025 at 10am at Pellanby Family Hub, and then "
              "every four weeks. You are part of the core group and I hope you will come. The review child "
              "protection conference will be on 21 August 2025 at 2pm at the Civic Centre."),
        ("p", "Please ring me if anything in this letter is not clear or you think I have got something "
              "wrong."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Olusanya"),
        ("pl", "Social Worker"),
        ("pl", "cc: Shaun Keeble (Tyler's father); core group members"),
    ],
    "findings": [
        F("W001", "A referral will be made to Pellanby Young Carers for Tyler"),
        F("T001", "A referral will be made to Pellanby Young Carers for Tyler"),
        F("M001", "A referral will be made to Pellanby Young Carers for Tyler"),
        F("T001", "will keep an eye on his attendance and punctuality"),
        F("M002", "will keep an eye on his attendance and punctuality"),
        F("T002", "You will try to stop smoking cannabis in the flat"),
        F("M001", "You will try to stop smoking cannabis in the flat"),
        F("W001", "Help with your rent arrears and the damp in Ruby's bedroom"),
        F("T001", "Help with your rent arrears and the damp in Ruby's bedroom"),
        F("M001", "Help with your rent arrears and the damp in Ruby's bedroom"),
        F("T002", "Shaun has said he will have Tyler at weekends"),
        F("M001", "Shaun has said he will have Tyler at weekends"),
        F("F002", "You will be free from cannabis and feel more settled in yourself."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Family about to move to another authority; plan keeps going until the
#    transfer-in conference. PDF with header and footer. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_orlingford_transfer_who_when_castellano.pdf",
    "doc_title": "Child Protection Plan (transfer out) - Sofia and Mateo Castellano",
    "split": "heldout",
    "template": "transfer-out-who-when-paged",
    "description": (
        "Exemplary plan for a 9-year-old and a 4-year-old (domestic abuse) whose mother is moving them to "
        "another authority; OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page. Every action "
        "is done before the move or carried on until the receiving authority's transfer-in conference; "
        "named owners, real dates, observable measures, grandparents' help covered in a specific "
        "contingency, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Orlingford Council Children's Services | Ref ORL/CP/25/1183",
    "footer": "Child protection plan – transfer out – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Updated at the core group on 05/06/2025 because the family are moving to Haddersleigh"),
        ("kv", [
            ("Children", "Sofia Castellano (9), born 27/10/2015; Mateo Castellano (4), born 06/02/2021"),
            ("Mother", "Alicia Castellano"),
            ("Children's fathers", "Sofia – Daniel Ruiz (lives in Spain, phone contact); "
                                   "Mateo – Ryan Doyle (no contact; non-molestation order to 03/2026)"),
            ("Current address", "Withheld – Orlingford (refuge-supported tenancy)"),
            ("Moving to", "Haddersleigh, near Alicia's parents, on 30/06/2025"),
            ("Category / plan since", "Emotional abuse; initial conference 20/03/2025"),
            ("Social worker", "Ines Varley, Orlingford Children's Services"),
            ("Receiving authority", "Haddersleigh Council – SW Tom Akers, Family Safeguarding Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Ryan Doyle assaulted Alicia several times over three years, most recently in January when he "
              "strangled her in front of Sofia. Sofia has told professionals that she saw this and that she "
              "hid Mateo in the bathroom. In May Ryan found the family's address through a friend's "
              "social media post and sat outside in his car for an hour. Alicia has decided to move to "
              "Haddersleigh, where her parents live, and has a tenancy there from 30 June."),
        ("h1", "What is working well"),
        ("p", "Alicia has kept to the safety plan, called the police herself in May and applied for the "
              "non-molestation order. Sofia's school attendance is 97%. Alicia's parents, Rosa and Luis "
              "Navarro, have met the SW twice and want to help with after-school care."),
        ("h1", "What Sofia and Mateo say and what we see"),
        ("p", "Sofia (seen alone at school, 02/06/2025) said: \"I want to live somewhere Ryan can't find "
              "us, but I'm sad about leaving Ellie and Mrs Fenton.\" She likes that Grandma Rosa \"makes "
              "empanadas and lets me stay up for the football\". She is worried the new school will be "
              "\"too big\" and asked if she can keep her counselling. She knows to ring 999 and can say "
              "the safety word. Mateo was seen at nursery and at home: he is chatty and busy, hides behind "
              "the sofa when there is a loud knock at the door, and asks for Sofia at bedtime."),
        ("h1", "What we want for Sofia and Mateo"),
        ("bullets", [
            "Sofia and Mateo live somewhere Ryan cannot find them, are not frightened at home, and know what "
            "to do if he comes near.",
            "Sofia starts her new school in July knowing her teacher and her safe adults, without missing "
            "school because of the move.",
            "Mateo settles at nursery in Haddersleigh and keeps up his speech and play.",
        ]),
        ("h1", "Who stays responsible during the move"),
        ("p", "Orlingford stays responsible for this plan, and for seeing the children, until Haddersleigh "
              "holds its transfer-in conference, which is booked for 17/07/2025 (within 15 working days of "
              "the move). Nothing in this plan stops or waits because of the move."),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["Keep visiting Sofia and Mateo at home, see Sofia on her own each time, and go through the "
                 "safety plan with her",
                 "SW Ines Varley (Orlingford)",
                 "Every 2 weeks until the transfer-in conference on 17/07/2025",
                 "Visit records show both children seen and Sofia's own words written down at each visit"],
                ["Joint visit to the new house with the Haddersleigh social worker: check the children's "
                 "bedrooms, the locks and the route to school, and agree the safety plan for the new address",
                 "SW Ines Varley with SW Tom Akers (Haddersleigh)",
                 "By 27/06/2025, before the move",
                 "Joint visit note on both councils' records; new safety plan signed by Alicia and copied to "
                 "Sofia's new school"],
                ["Send the transfer pack (this plan, conference minutes, chronology, assessment and DASH risk "
                 "assessment) to Haddersleigh",
                 "Team manager Ruth Kinsella (Orlingford)",
                 "By 20/06/2025",
                 "Haddersleigh confirm receipt in writing and confirm the conference date of 17/07/2025"],
                ["Tell Haddersleigh police about the new address and ask for an urgent-response marker on it",
                 "PC Lewis Grant, Orlingford Police DA Unit",
                 "By the day of the move, 30/06/2025",
                 "Marker confirmed in writing to the SW and to Alicia"],
                ["Written handover to the DSL at Sofia's new school, Haddersleigh Brook Primary, including "
                 "what Sofia has said about Ryan and her counselling",
                 "DSL Mrs Jan Fenton, Orlingford Primary",
                 "By 27/06/2025 (Sofia's last day)",
                 "Handover received by the new DSL; Sofia's start date of 02/07/2025 agreed"],
                ["Weekly IDVA calls with Alicia about safety during the move, and a referral to Haddersleigh "
                 "MARAC",
                 "IDVA Noor Siddiqui, Orlingford Women's Aid",
                 "Weekly until the transfer-in conference; MARAC referral by 23/06/2025",
                 "Updated DASH risk assessment sent with the MARAC referral; call notes on the IDVA record"],
                ["Mateo's pre-school health review, done before the move, with the results sent to the "
                 "Haddersleigh health visiting team",
                 "HV Grace Obi",
                 "Review by 20/06/2025; results sent by 01/07/2025",
                 "Results in Mateo's red book and receipt confirmed by the Haddersleigh HV team"],
                ["Collect Sofia and Mateo from school and nursery on Mondays and Wednesdays and give them "
                 "tea until Alicia finishes work",
                 "Rosa and Luis Navarro (maternal grandparents)",
                 "Every Monday and Wednesday from 02/07/2025",
                 "School and nursery pick-up books signed by Rosa or Luis"],
                ["Keep the new address private (not on social media, not shared with Ryan's family) and ring "
                 "999 if Ryan comes near the house, school or nursery",
                 "Alicia Castellano",
                 "Every day from the move on 30/06/2025",
                 "No sightings of Ryan on police records; Sofia can tell the SW what Mum would do"],
            ],
        }),
        ("h1", "If Ryan finds us, or the plan isn't working"),
        ("p", "If Ryan comes to the new house, the school or the nursery, or contacts Alicia or the children, "
              "Alicia will ring 999 and keep the children inside with her until the police arrive. The social "
              "worker holding the case that day (Orlingford until the transfer-in conference) will hold a "
              "strategy discussion with Haddersleigh police the same day. If Rosa or Luis cannot do the "
              "Monday and Wednesday pick-ups, Sofia and Mateo will go to the after-school club at "
              "Haddersleigh Brook Primary, which Orlingford has paid for until the end of term, and Alicia "
              "will finish work at 3pm on those days (her employer has agreed this). If Alicia lets Ryan "
              "have contact with the children, the SW will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 4 weeks – 05/06/2025 (held) and 26/06/2025 (the last in Orlingford; SW Tom "
            "Akers will attend).",
            "Haddersleigh transfer-in conference: 17/07/2025, 10am, Haddersleigh Civic Centre.",
            "Orlingford review child protection conference: 24/07/2025. It stays booked and will only be "
            "stood down once the transfer-in conference has been held.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan where the mother has schizoaffective disorder; landscape
#    numbered table. PDF with header and footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_sallowmere_landscape_smi_danvers.pdf",
    "doc_title": "Initial Child Protection Plan - Harley and Kian Danvers",
    "split": "heldout",
    "template": "smi-landscape-numbered-table-paged",
    "description": (
        "Landscape ICPC plan for a 4-month-old and a 6-year-old whose mother has schizoaffective disorder; "
        "header and 'Page N of M' footer on every page. Seven of eleven rows are the mother's own treatment, "
        "smoking, benefits and housing; the CMHT care coordinator only supports ('mental state remains stable') and "
        "the psychiatrist only reviews medication; 'Ongoing'/'Monitored', 'As needed' with no measure, an "
        "adult-only outcome, and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Sallowmere Metropolitan Borough Council – Children's Social Care",
    "footer": "ICPC plan – Harley and Kian Danvers – Page {PAGE} of {NUMPAGES}",
    "landscape": True,
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Child Protection Plan"),
        ("kv", [
            ("Children", "Harley Danvers, born 30/01/2025 (4 months); Kian Danvers, born 11/12/2018 (6 years)"),
            ("Mother", "Jodie Danvers (26)"),
            ("Mother's partner", "Marcus Holt (31), Harley's father, Kian's stepfather – works nights at "
                                 "the distribution centre"),
            ("Address", "7 Lindley Court, Sallowmere"),
            ("Conference", "05/06/2025, chaired by Anita Ruddock (IRO)"),
            ("Category", "Neglect"),
            ("Key worker", "Ben Castlow, Social Worker, Sallowmere Safeguarding Team 3"),
        ]),
        ("h1", "Reasons for the plan"),
        ("p", "Jodie has schizoaffective disorder and is under the Sallowmere Community Mental Health Team "
              "(North). She stopped her depot injection after Harley was born and on 19 March was admitted "
              "to Hawthorn Ward under section 2 of the Mental Health Act, after neighbours heard her shouting "
              "that the baby was \"not hers\". Kian had been making Harley's bottles and had not been to "
              "school for four days. Jodie was discharged on 2 May on a new depot. Marcus works four nights "
              "a week, so Jodie is the only adult at home at night."),
        ("h1", "Kian's views and Harley's day"),
        ("p", "Kian (seen on his own at school, 28/05/2025) said Mummy \"went to hospital because her brain "
              "was poorly\" and that he \"did Harley's milk and it was a bit too hot\". He said he wants "
              "Marcus to \"stay home at night-time\" and he likes Fridays best because Marcus takes him "
              "swimming. Harley was seen at home on 30 May: he fed well from a bottle given by Marcus, "
              "smiled and tracked faces, and was in a wet, heavy nappy at the start of the visit."),
        ("h1", "Outcomes", ),
        ("bullets", [
            "Harley and Kian are cared for every day and night by an adult who is well enough to feed, "
            "settle and supervise them.",
            "Kian goes to school every day and does not have to look after Harley or his mum.",
            "Jodie's mental health is stable and she takes her medication as prescribed.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Action", "Lead agency / person", "Timescale", "Evidence of progress"],
            "widths": [1.2, 8.5, 5.5, 4.5, 6.0],
            "rows": [
                ["1",
                 "Care coordination – support Jodie with her mental health, her medication and day-to-day "
                 "coping",
                 "Sallowmere CMHT (North) – care coordinator Helen Amadi, CPN",
                 "Fortnightly home visits",
                 "Jodie's mental state remains stable"],
                ["2",
                 "Outpatient review of Jodie's antipsychotic medication and side effects",
                 "Dr Rafael Voss, consultant psychiatrist, Sallowmere CMHT (North)",
                 "Every 3 months; next 14/07/2025",
                 "Clinic letter copied to the GP and the SW"],
                ["3",
                 "Jodie to attend her depot injection clinic",
                 "Jodie Danvers",
                 "Every 4 weeks, Lanyon Clinic",
                 "Depot clinic attendance record"],
                ["4",
                 "Support Jodie and Marcus with a housing transfer application for a two-bedroom flat",
                 "SW Ben Castlow",
                 "By 31/07/2025",
                 "Application registered with Sallowmere Homes"],
                ["5",
                 "Welfare benefits check and help with Jodie's PIP claim",
                 "Kath Pryor, adviser, Sallowmere Money Advice",
                 "Appointment by 20/06/2025",
                 "PIP claim submitted"],
                ["6",
                 "Jodie to attend the Recovery College course 'Living well with psychosis'",
                 "Jodie Danvers",
                 "Tuesdays for 10 weeks from 10/06/2025",
                 "Recovery College attendance register"],
                ["7",
                 "Stop-smoking support for Jodie, with nicotine replacement",
                 "Sallowmere Stop Smoking Service – adviser Nadia Pell",
                 "Weekly for 12 weeks from 16/06/2025",
                 "Carbon monoxide reading recorded at each session"],
                ["8",
                 "Weigh Harley, check his development and talk with Jodie and Marcus about safe sleep and "
                 "night feeds",
                 "HV Alison Fairbank",
                 "Every 2 weeks",
                 "Weights plotted in the red book; Harley stays on or above the 25th centile"],
                ["9",
                 "Visit the family, see Kian on his own, and watch how Harley is fed, changed and settled",
                 "SW Ben Castlow",
                 "Weekly for 6 weeks, then every 2 weeks",
                 "Visit records include Kian's own words and what was seen of Harley's care"],
                ["10",
                 "Keep Kian's attendance and wellbeing under review in school",
                 "Mr Luis Ortega, DSL, Sallowmere Park Juniors",
                 "Ongoing",
                 "Monitored"],
                ["11",
                 "Marcus to share night feeds and the school run with Jodie",
                 "Marcus Holt",
                 "As needed",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Jodie misses her depot, stops sleeping, or tells anyone she is hearing voices again, Marcus "
              "or the professional who notices will ring the CMHT crisis team and the SW the same day. Harley "
              "and Kian will stay with Marcus's mother, Denise Holt, at her home in Sallowmere until Jodie has "
              "been seen by the crisis team, and the SW will hold a strategy discussion the same day."),
        ("h1", "Core group and review"),
        ("p", "Core group: first meeting 19/06/2025 at Sallowmere Park Juniors, then every 4 weeks "
              "(17/07/2025, 14/08/2025). Review child protection conference: 04/09/2025, 1.30pm, Sallowmere "
              "Civic Hall."),
    ],
    "findings": [
        F("H001", "Care coordination – support Jodie with her mental health"),
        F("M002", "Care coordination – support Jodie with her mental health"),
        F("H001", "Outpatient review of Jodie's antipsychotic medication and side effects"),
        F("T002", "Keep Kian's attendance and wellbeing under review in school"),
        F("M002", "Keep Kian's attendance and wellbeing under review in school"),
        F("T002", "Marcus to share night feeds and the school run"),
        F("M001", "Marcus to share night feeds and the school run"),
        F("F002", "Jodie's mental health is stable and she takes her medication as prescribed."),
        F("F001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety review plan built around a family safety network (md).
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_wyndlecote_safety_network_tollan.md",
    "split": "heldout",
    "template": "signs-of-safety-safety-network-table",
    "description": (
        "Exemplary Signs of Safety review plan for a 5-year-old and a toddler (father's drinking) built "
        "around a safety network of grandmother, uncle and neighbour: danger statement, safety goals, "
        "Archie's words, a safety plan table with who / when / how we'll know, the recovery service owning "
        "an action, a contingency that covers the network not being able to help, meeting dates and a "
        "legal planning meeting."
    ),
    "text": """\
# Wyndlecote Council – Children's Services

## Child protection plan: Archie and Poppy's safety plan (review)

**Children:** Archie Tollan (5) and Poppy Tollan (19 months)
**Parents:** Gemma Tollan (mum, care assistant on shifts) and Rob Tollan (dad)
**Review conference:** 10/06/2025 – plan continues, category neglect
**Social worker:** Olu Martins **Team manager:** Carol Byrne

---

### Danger statement

Children's services, school and the health visitor are worried that if Rob drinks
while he is looking after Archie and Poppy, he will fall asleep or not notice
them, and they could get out of the house, be hurt in the kitchen or bath, or go
without food. On 14 February Rob was asleep after drinking while he was the only
adult at home, and a neighbour found Archie, in his pyjamas, at the end of the
road at 8pm.

### Safety goals

- Archie and Poppy are always looked after by a sober adult who is awake and
  watching them, day and night.
- Archie knows who his safe grown-ups are and can tell them if Daddy is "funny
  from beer".
- Poppy is safe at home, fed on time and reaching her milestones.

### What's working well

- Rob has not drunk while caring for the children since February, as far as the
  network knows, and went to his first Recovery Partnership appointment himself.
- Gemma told her manager about the plan and changed her rota so she no longer
  works Sunday nights.
- Pauline, Dean and Bernie all came to the network meeting on 3 June and have
  each said what they will do.

### Archie's words, and what we see for Poppy

Archie drew his "safe hands" with Olu at school on 4 June. On the fingers he put
Mummy, Nanna Pauline, Uncle Dean, Bernie next door and Mrs Hart. He said: "Daddy
is nice but when he has beer he goes to sleep and won't wake up." He said he was
"a bit scared" when he went outside in the dark, and that he likes it when Nanna
Pauline does his bath. Poppy was seen at home on 6 June: she toddled to the door
to greet Olu, babbled, and went straight to Gemma when she bumped her head. Her
nappy was clean and she ate a full tea.

### Who is in Archie and Poppy's safety network

- Pauline Ashby – Gemma's mum, lives a five-minute walk away
- Dean Tollan – Rob's brother, lives on Harrow Lane
- Bernie Walsh – next-door neighbour, has known the family for six years
- Gemma and Rob
- Professionals: Olu Martins (SW), Rachael Boyce (HV), Mrs Lena Hart (DSL,
  Wyndlecote Infants), Joe Kiernan (Wyndlecote Recovery Partnership)

### Safety plan – who does what

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| Rob does not drink at all when he is looking after Archie or Poppy, and keeps no alcohol in the house | Rob Tollan (dad) | Every day | Breath test clear at every Recovery Partnership appointment; no alcohol seen at unannounced visits |
| Assess Rob's drinking, agree a treatment plan with him, breath-test him at each appointment and send the results to the SW | Joe Kiernan, Wyndlecote Recovery Partnership | Assessment by 20/06/2025, then weekly appointments | Monthly letter to the SW with Rob's attendance and every breath-test result |
| Be at the house whenever Gemma is on a late or night shift, so Rob is never the only adult with the children | Pauline Ashby (maternal grandmother) | Every late and night shift on Gemma's rota (rota sent to Pauline each Sunday) | Pauline signs the shift sheet on the fridge; the SW checks it at each visit |
| Call in at 6pm on any Saturday that Gemma works and check Rob is sober and the children have had tea | Dean Tollan (Rob's brother) | Every Saturday that Gemma works | Dean posts "all OK" or "come now" in the network WhatsApp group by 6.15pm; messages shown to the SW at visits |
| Ring Gemma, then 999, if Archie is outside alone or Poppy is crying with no adult answering | Bernie Walsh (neighbour) | The same day, every time it happens | Any call is recorded on the WhatsApp group and in police logs; SW asks Bernie before each core group |
| Fit a chain and a high bolt on the front door so Archie cannot let himself out | Gemma Tollan (mum) | By 13/06/2025 | SW sees the chain and bolt fitted at the next visit |
| Make a "words and pictures" book with Archie, Gemma and Rob about what happened and who keeps him safe | SW Olu Martins | Finished by 11/07/2025 | Archie shows the SW and Mrs Hart his book and can name his safe grown-ups |
| See Archie and Poppy at home, one visit in three unannounced and one early-evening visit each month, and talk to Archie on his own | SW Olu Martins | Every 2 weeks | Visit records show both children seen and what Archie said on his own |
| Poppy's 2-year development check at home, including a home safety check of the kitchen, stairs and bath | HV Rachael Boyce | By 25/07/2025 | ASQ-3 scores and the home safety checklist sent to the SW |
| Check in with Archie each morning and tell the SW anything he says about home | Mrs Lena Hart, DSL, Wyndlecote Infants | Every school day | Check-in log kept; anything Archie says is passed to the SW the same day |

### If the safety plan isn't kept

- If Rob drinks while he is looking after the children, or a breath test is not
  clear, Gemma or whoever finds out will ring Pauline, who will come to the house
  straight away (Dean if Pauline can't), and Rob will go and stay at Dean's flat.
  The SW will be told the same day and will hold a strategy discussion within
  24 hours.
- If Pauline or Dean cannot cover one of Gemma's shifts, Gemma will swap the shift
  (her manager at Elmcroft Care Home has agreed to this at short notice) and Rob
  will not be left alone with the children. If nobody in the network can be
  there, Gemma will not go to work.
- If the network can no longer keep the plan going, or Rob has a second breath
  test that is not clear, the SW will ask the team manager for a legal planning
  meeting within 5 working days.

### Checking how the plan is going

- Core group every 4 weeks: 19/06/2025, 17/07/2025 and 14/08/2025. The safety
  network meets at Pauline's house in the week before each one.
- Review child protection conference: 25/09/2025, 10am, Wyndlecote Town Hall.

Scaling at the review (0 = children will be hurt, 10 = safe enough to close):
Olu 5, Gemma 8, Rob 7, Pauline 6, Mrs Hart 6.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Child in need plan, Need | What will happen | Who | By when | How (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_vexhampton_cin_need_table_rowntree.md",
    "split": "heldout",
    "template": "cin-need-action-table-md",
    "description": (
        "Child in need plan for a 13-year-old young carer and her 9-year-old brother (mother has multiple "
        "sclerosis). 'Ongoing' mentoring measured by Jess 'feeling less stressed', a blank measure, a blank "
        "timescale, 'All professionals'; no adult health service owns an action; CIN reviews only and no "
        "legal step (stepping up to child protection does not count). Contingency is specific."
    ),
    "text": """\
# CHILD IN NEED PLAN

Vexhampton County Council – Children's Services, Family Support and Protection (South)

**Children:** Jessica ("Jess") Rowntree, 13 (Year 8) · Leo Rowntree, 9 (Year 4)
**Address:** 8 Lapwing Close, Hurstleigh
**Parent:** Karen Rowntree (mum). Dad (Paul Rowntree) lives in Spain; video calls most Sundays.
**Plan agreed at:** Child in need meeting, 16/06/2025 (section 17)
**Social worker:** Martin Ebdon

## Why Jess and Leo need a plan

Karen has relapsing-remitting multiple sclerosis. She had a bad relapse in March
and now uses a wheelchair outside the house; on bad days she cannot manage the
stairs. Since then Jess has helped her to wash and dress, does the shopping, and
gives Leo his ADHD medication before school. Jess's attendance has dropped to 81%
and she has fallen asleep in lessons. Leo has been sent home twice for
behaviour. There are no concerns about how much Karen loves and cares about the
children; she asked for help herself.

## What Jess and Leo say

Jess (seen on her own at school, 10/06/2025): "I don't mind helping Mum, it's just
everything. I'm always tired and I never see my friends." She would like "someone
else to do the shopping" and to go back to netball. She does not want people at
school to know "all of it".

Leo (seen at home with Karen, 12/06/2025) said he likes it when Auntie Michelle
takes him to football and that "Jess is bossy about my tablets". He wants a dog.

## What we want to be different

- Jess is a teenager first: she is in school every day, has time with her friends
  and is not doing Karen's personal care.
- Leo gets his medication every morning from an adult and is settled in class.
- The house works for the family, so that Karen's care does not depend on Jess.

## The plan

| Need | What will happen | Who | By when | How we will know it's working |
|---|---|---|---|---|
| Jess – young carer | Refer Jess to Vexhampton Young Carers for a young carer's assessment and a place at the Thursday group | SW Martin Ebdon | 27/06/2025 | Assessment shared with Jess and the SW; Jess going to the Thursday group |
| Jess – school | 1:1 mentoring sessions with Jess about school and home | Ms Dawn Yeo, pastoral lead, Vexhampton Academy | Ongoing | Jess feeling less stressed |
| Jess – school | Ring home the same morning if Jess is not in by 9am | Attendance officer, Vexhampton Academy | Every school day | Jess's attendance 90% or above by the CIN review |
| Karen's health | Karen to ask her GP to refer her back to the MS nurse specialist | Karen Rowntree | By 11/07/2025 | |
| Home | Apply for a Disabled Facilities Grant for a downstairs shower room and a stairlift | SW Martin Ebdon | | Application submitted to the council |
| Leo – health | ADHD medication review and a letter to school about Leo's needs | Dr Sunita Rahman, community paediatrician | Clinic 09/07/2025 | Clinic letter sent to school and the SW |
| Leo – mornings | Give Leo his morning medication so Jess doesn't have to | Karen Rowntree | Every school day | Leo's daily report card shows medication given before school |
| Jess – a break | Have Jess and Leo on Saturdays so Jess has time off from caring | Michelle Rowntree (Karen's sister) | Every Saturday, 10am–4pm | Jess tells the SW she is seeing friends at weekends |
| Home | Help Karen plan meals and set up an online food shop so Jess is not doing the shopping | FSW Lorraine Cook | Fortnightly for 8 weeks from 23/06/2025 | Weekly online shop delivered; Jess no longer doing the shopping |
| Everyone | Tell the SW about any worries about Jess or Leo | All professionals | Same day | Worries recorded on the children's file |

## If things get worse

- If Karen is admitted to hospital, or cannot get out of bed for more than a day,
  Jess and Leo will stay with Michelle in Hurstleigh. If Michelle cannot have
  them, the SW will arrange short-break foster care (section 20, with Karen's
  agreement) the same day.
- If Jess's attendance falls below 75%, or she tells anyone she is not coping,
  the SW will hold a strategy discussion within 2 working days about whether a
  child protection conference is needed.

## Reviewing the plan

CIN meetings every 6 weeks (28/07/2025 and 08/09/2025); CIN review 15/09/2025.
Jess has asked to come to the first 20 minutes of each meeting.
""",
    "findings": [
        F("T002", "1:1 mentoring sessions with Jess about school and home"),
        F("M002", "1:1 mentoring sessions with Jess about school and home"),
        F("M001", "Karen to ask her GP to refer her back"),
        F("T001", "Apply for a Disabled Facilities Grant for a downstairs shower room"),
        F("W002", "Tell the SW about any worries about Jess or Leo"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system export: objectives with numbered actions and labelled fields
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_ruddlestow_objective_export_kilbride.txt",
    "split": "heldout",
    "template": "case-system-objective-action-export",
    "description": (
        "Case-system print of a first core group plan for a 14-year-old at risk of criminal exploitation "
        "(mother's heavy drinking), one Objective with numbered actions and Responsible / Target date / "
        "Success measure lines. 'TBC', 'Engagement', a blank Responsible, a blank measure, 'when a place "
        "becomes available', 'All agencies', a blank date, an adult-only objective; the child's views are "
        "'to be obtained', only the mother owns the alcohol action, contingency 'considered', RCPC TBC."
    ),
    "text": """\
RUDDLESTOW BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
ChildView Case Management v4.2                Form: CP PLAN (CORE GROUP)
Form ID: CPCG-2025-00931        Status: FINALISED
Finalised by: MOSEI (Marcus Osei, Social Worker)  05/06/2025 14:37
Printed:      05/06/2025 14:41
==============================================================================
SUBJECT
  Person ID:        7723310
  Name:             KILBRIDE, Tyreese
  DOB / Age:        22/08/2010 / 14y
  Address:          14 Saddler Row, Ruddlestow
  School:           Ruddlestow Academy (Yr 9) - reduced timetable since 03/2025

HOUSEHOLD
  KILBRIDE, Lorraine      Mother      DOB 03/02/1984

PLAN DETAILS
  Plan type:        Child Protection
  Category:         Neglect
  ICPC date:        22/05/2025
  Core group:       No. 1 - held 04/06/2025, Ruddlestow Academy
  Lead SW:          Marcus Osei
  Team manager:     Dionne Farrell
------------------------------------------------------------------------------
SUMMARY OF CONCERNS
  Tyreese reported missing x6 since Feb 2025, longest episode 3 nights.
  Found by BTP at Kellbrook station 05/04/25 with GBP340 cash and 2 phones.
  Police intel links him to the 'R-Block' line supplying Kellbrook.
  Fixed-term exclusions x2 (possession of cannabis). Lorraine (mum)
  drinks heavily most days - self-reports 2 bottles of wine a day - and
  is often asleep or intoxicated when T comes home late. Police attended
  17/04/25: Lorraine too intoxicated to collect T from custody suite;
  T released to EDT.

CHILD'S VIEWS / WISHES AND FEELINGS
  T declined to speak to SW at school visit 29/05/2025.
  Views to be obtained at next visit.

------------------------------------------------------------------------------
PLAN OBJECTIVES AND ACTIONS
------------------------------------------------------------------------------
Objective 1:  Tyreese is safe from criminal exploitation and is home by
              9pm every night.

  1.1  Action:           Return home interview after every missing
                         episode
       Responsible:      RYJET - Rochelle Baptiste (exploitation worker)
       Target date:      Within 72 hrs of each return
       Success measure:  RHI recorded on ChildView within 72 hrs; intel
                         form submitted to police

  1.2  Action:           Disruption - identify adults linked to Tyreese
                         and serve CAWNs where grounds are met
       Responsible:      Ruddlestow Police Exploitation Hub - DS P Lomax
       Target date:      TBC
       Success measure:  CAWNs served on named adults (copies to SW)

  1.3  Action:           Report Tyreese missing to police if he is not
                         home by 10pm
       Responsible:      Lorraine Kilbride (mother)
       Target date:      By 10pm on any night T is not home
       Success measure:  Missing reports logged by police with time of
                         call

  1.4  Action:           1:1 sessions with Tyreese on exploitation and
                         safety planning
       Responsible:      RYJET - Rochelle Baptiste
       Target date:      Weekly
       Success measure:  Engagement

Objective 2:  Tyreese is back in full-time education.

  2.1  Action:           Agree a full-time education place (Ruddlestow
                         Academy or Larkfield PRU) at inclusion panel
       Responsible:
       Target date:      20/06/2025
       Success measure:  25-hr timetable sent to SW and Lorraine

  2.2  Action:           Same-day welfare call if Tyreese is not in
                         school by 9.30am
       Responsible:      Ruddlestow Academy - attendance team
       Target date:      Daily
       Success measure:

Objective 3:  Lorraine will reduce her alcohol intake and engage with
              support.

  3.1  Action:           Self-refer to Ruddlestow Alcohol Recovery Service
                         (RARS) and attend assessment
       Responsible:      Lorraine Kilbride
       Target date:      13/06/2025
       Success measure:  Confirmation of assessment from RARS to SW

  3.2  Action:           Attend the Ruddlestow Parenting Teens course
       Responsible:      Lorraine Kilbride
       Target date:      When a place becomes available
       Success measure:  Certificate of completion

  3.3  Action:           Share any information about missing episodes or
                         exploitation concerns
       Responsible:      All agencies
       Target date:      Same day
       Success measure:  Logged on ChildView

Objective 4:  Tyreese's health needs are met.

  4.1  Action:           Sessions on cannabis use and harm reduction
       Responsible:      Ruddlestow Young People's Substance Service
                         (YPSS) - Aidan Nolan
       Target date:      Fortnightly
       Success measure:  Session summary to SW after each session

  4.2  Action:           Register Tyreese with a GP and book a health
                         assessment
       Responsible:      Marcus Osei (SW)
       Target date:
       Success measure:  GP registration confirmed

------------------------------------------------------------------------------
CONTINGENCY PLAN
  If risk escalates a strategy meeting will be considered.

------------------------------------------------------------------------------
REVIEW ARRANGEMENTS
  Core group frequency:   4-weekly
  Next core groups:       02/07/2025; 30/07/2025
  RCPC date:              To be confirmed

==============================================================================
END OF FORM                                                   Page 1 of 1
""",
    "findings": [
        F("T002", "Disruption - identify adults linked to Tyreese"),
        F("M002", "1:1 sessions with Tyreese on exploitation and safety planning"),
        F("W001", "Agree a full-time education place (Ruddlestow Academy"),
        F("M001", "Same-day welfare call if Tyreese is not in school"),
        F("F002", "Lorraine will reduce her alcohol intake and engage with support."),
        F("T002", "Attend the Ruddlestow Parenting Teens course"),
        F("W002", "Share any information about missing episodes or exploitation concerns"),
        F("T001", "Register Tyreese with a GP and book a health assessment"),
        F("F003"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Not a plan: invitation to an initial child protection conference (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_nethercairn_icpc_invitation_lowther.txt",
    "split": "heldout",
    "template": "not-a-plan-icpc-invitation",
    "description": (
        "Not a plan: the conference team's invitation to professionals for an initial child protection "
        "conference, with report deadlines and arrangements but no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
NETHERCAIRN DISTRICT COUNCIL
Children's Services - Safeguarding and Quality Assurance Unit
Conference and Review Team, Level 2, Abbotsgate House, Nethercairn

Our ref: CPC/25/0644                                   Date: 9 June 2025

To: the professionals on the distribution list below

INVITATION TO AN INITIAL CHILD PROTECTION CONFERENCE

Children:     Freya LOWTHER, born 14/01/2021
              Oscar LOWTHER, born 02/09/2023
Address:      22 Millrace Terrace, Nethercairn
Parents:      Chloe Lowther (mother); Kyle Dobson (father)

Date:         Monday 23 June 2025
Time:         10.00am to 12.30pm (parents' pre-meeting with the chair 9.30am)
Venue:        Meeting Room 4, Abbotsgate House, or join by video - link to
              follow from the conference administrator
Chair:        Simone Achebe, Child Protection Conference Chair
Social worker: Rhys Pennant, Nethercairn Assessment Team 1

Dear colleague,

Following section 47 enquiries, an initial child protection conference has
been arranged for the children named above. You are invited because your
agency knows the family. The conference will consider all the information
and decide whether the children need a child protection plan.

YOUR REPORT
- Please send a written report on the agency template (attached) to
  conferences@nethercairn.example by 12 noon on Wednesday 18 June 2025.
- Please share your report with the parents before the conference. If you
  cannot do this, tell the administrator and the social worker by 18 June so
  that it can be arranged.
- Reports should set out what your agency knows, what is going well, what
  you are worried about, and what the children have said or how they seem to
  you.
- If you cannot attend, send your report and, where you can, a colleague who
  knows the family. Reports sent without anyone attending will be read out
  by the chair.

THE PARENTS
Chloe Lowther and Kyle Dobson have been invited and have been told they can
bring a supporter or advocate. An interpreter is not needed. Please do not
discuss the content of the conference with the family before the meeting
unless the social worker has agreed this.

CONFIDENTIALITY
The conference report and minutes are confidential and must be stored on
your agency's secure system. Do not forward this invitation outside your
organisation.

PRACTICAL ARRANGEMENTS
- Visitor parking is in the Abbotsgate House car park (level -1).
- Please sign in at reception by 9.50am.
- Tea and water will be provided.

DISTRIBUTION
Rhys Pennant (SW); Jenny Carew (Team Manager); Dr Hamid Aslan (GP, Millrace
Surgery); Lisa Tait (HV); Mrs Pauline Gray (Manager, Little Owls Nursery);
DC Sam Whitcombe (Nethercairn Police, Safeguarding Hub); Marie Okon
(Midwifery safeguarding lead - for information)

If you have any questions, please ring me on 01632 960 815.

Tanya Bright
Conference Administrator, Conference and Review Team
""",
    "findings": [],
})
