"""Batch 82, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: health-heavy plans. A premature baby whose discharge from the neonatal
unit depends on the plan, a child with cystic fibrosis and missed clinics,
medicines given at home, a looked-after toddler on a children's ward, a mother
with a learning disability supported by adult social care, a mother with
multiple sclerosis, parents under the crisis team and early intervention in
psychosis. Adult services are named by abbreviations and local names (AMHT,
CRHT, EIP, CGL, "the Hub", Turning Point), sometimes owning actions and
sometimes only mentioned. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Discharge planning meeting record on the neonatal unit with the plan
#    table that decides when the baby goes home (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_ulvercombe_nnu_discharge_planning_record_hartigan.docx",
    "doc_title": "Discharge Planning Meeting Record and Child Protection Plan - Baby Freya Hartigan-Breen",
    "split": "heldout",
    "actions": 10,
    "template": "nnu-discharge-planning-meeting-record-docx-kv-details-present-then-no-what-who-when-how-we-will-know-table",
    "description": (
        "Discharge planning meeting record for a baby born at 30 weeks, on a child protection plan "
        "(neglect) and still on the neonatal unit; her mother has a mild learning disability and is "
        "supported by the adult community learning disability team ('the Hub'), her father smokes "
        "cannabis and is open to CGL. The plan table sets what must happen before and after discharge "
        "('before discharge', 'three sessions before discharge', 'twice a week for the first 2 weeks "
        "home, then weekly'). The Hub and CGL own actions, CGL reports on change, the baby's days on the "
        "unit are recorded, the grandmother's nights have a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting – Record and Child Protection Plan"),
        ("p", "Ulvercombe City Council Children's Services and Ulvercombe Hospitals NHS Trust · Wren Ward "
              "Neonatal Unit, Ulvercombe General Hospital"),
        ("kv", [
            ("Baby", "Freya Hartigan-Breen, born 02/06/2025 at 30+4 weeks; now 36+6 weeks corrected, in "
                     "nursery 2 on Wren Ward"),
            ("Mother", "Chloe Hartigan (21). Chloe has a mild learning disability. She has been supported "
                       "since she was 18 by the Ulvercombe Community Learning Disability Team, which "
                       "everyone calls \"the Hub\"."),
            ("Father", "Callum Breen (24). Chloe and Callum live together at Flat 6, Ferry Lane, Ulvercombe, "
                       "and both have parental responsibility."),
            ("Legal status", "Freya is not looked after. She is a patient on the unit and the plan is for her "
                             "to go home with her parents."),
            ("Child protection plan", "Since the initial conference on 24/06/2025; category neglect"),
            ("Meeting", "Discharge planning meeting, Thursday 17/07/2025, 10am, Wren Ward parents' room"),
            ("Expected discharge", "Week of 28/07/2025, once items 1 to 4 of the plan below are done"),
            ("Present", "Chloe Hartigan; Callum Breen; Tina Hartigan (maternal grandmother); Sister Lorna "
                        "McAllister, discharge coordinator (chair); Harriet Ogundipe, SW; Bethan Lloyd-Rees, HV; "
                        "Dean Mottram, support worker, the Hub; Gemma Price, social worker, Ulvercombe Adult "
                        "Social Care; Ravi Chandran, recovery worker, CGL Ulvercombe; Kim Yates, nursery nurse"),
        ]),
        ("h1", "Why Freya has a child protection plan"),
        ("p", "Chloe went to 5 of her 14 antenatal appointments. When the social worker visited Ferry Lane in "
              "June the flat was cold, the bedroom wall was black with mould and there was a strong smell of "
              "cannabis. Callum told conference he smokes cannabis most evenings \"to sleep\", usually in the "
              "flat. On the unit Chloe has found it hard to make up feeds at the right strength and to keep to "
              "Freya's feed times; twice in the first week she left the unit without telling the nurses that "
              "a feed was due. There are no concerns about alcohol. Chloe reads short words and does best with "
              "pictures and being shown things more than once."),
        ("h1", "Freya's days on the unit"),
        ("p", "Freya cannot tell us what she feels, so this is what the nurses, the health visitor and the "
              "social worker have seen. She came out of the incubator on 8 July and now takes 55 ml of "
              "formula every three hours from a bottle. She tires towards the end of a feed and needs to be "
              "winded and rested before she will finish. She settles best swaddled, on her back, with the "
              "room lights down, and startles at sudden noise. She calms when Callum holds her against his "
              "chest and hums, and she fixes on Chloe's face when Chloe talks to her during feeds. The nurses "
              "have noticed that when Chloe is tired she props the bottle on a rolled blanket, and that Freya "
              "then stops feeding."),
        ("h1", "What has happened since conference"),
        ("bullets", [
            "The Hub finished Chloe's Care Act review on 8 July and has agreed extra hours of support.",
            "Callum has been to CGL four times and his June drug screen was positive for cannabis only.",
            "Ulvercombe Homes treated the mould in the bedroom on 14 July; the heating was repaired the same week.",
        ]),
        ("h1", "What needs to be true for Freya"),
        ("bullets", [
            "Freya goes home to a warm flat with her own cot in her parents' room, and sleeps on her back in "
            "it for every sleep.",
            "Freya is fed the right amount at the right times, day and night, and keeps growing along her "
            "centile.",
            "Freya lives in a home free of cannabis smoke and is fed at night by a parent who is awake and "
            "alert enough to hold her for the whole feed.",
            "Freya goes to every hospital follow-up and is seen at home by her health visitor and social "
            "worker.",
        ]),
        ("h1", "Discharge and protection plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.6, 3.6, 3.2, 3.6],
            "rows": [
                ["1",
                 "Room in with Freya for 48 hours in the unit's parents' bedroom, doing all her feeds, nappies "
                 "and settling, with the nurses stepping in only if asked",
                 "Chloe and Callum, with the night nurse on call",
                 "Before discharge",
                 "Feed chart shows each feed made up correctly and given within 30 minutes of its time; "
                 "nursing notes say how Freya was settled and laid down"],
                ["2",
                 "Teach Chloe to make up feeds and sterilise bottles using the Hub's picture cards, then watch "
                 "her do it without prompts",
                 "Dean Mottram, support worker, the Hub, with Kim Yates, nursery nurse",
                 "Three sessions before discharge",
                 "Picture checklist signed by Dean; three unprompted feeds recorded on the ward feed chart"],
                ["3",
                 "Update Chloe's Care Act support plan so a support worker is at the flat every morning for "
                 "Freya's first 6 weeks home, to go through the day's feeds and appointments with Chloe",
                 "Gemma Price, social worker, Ulvercombe Adult Social Care",
                 "By 24/07/2025",
                 "Updated support plan sent to the SW and HV; support worker's visit sheet kept in the flat"],
                ["4",
                 "Visit the flat with Callum to check it is ready: cot in the parents' room, heating on, no "
                 "mould, no cannabis or smoking indoors",
                 "SW Harriet Ogundipe",
                 "By 24/07/2025",
                 "Room-by-room checklist on file; photo of the cot set-up shared at the core group"],
                ["5",
                 "Key-work with Callum on his cannabis use, with a drug screen each month and a written view on "
                 "whether he is cutting down and what that means for his care of Freya at night",
                 "Ravi Chandran, recovery worker, CGL Ulvercombe",
                 "Key-work fortnightly; screens monthly; written view before each core group",
                 "Screen results and CGL's written view sent to the SW and read at each core group"],
                ["6",
                 "See Freya at home, awake and with her parents; look at where she sleeps, the feed chart and "
                 "the fridge; see Chloe and Callum on their own at least once a month",
                 "SW Harriet Ogundipe",
                 "Twice a week for the first 2 weeks home, then weekly until the review conference",
                 "Visit records note where Freya slept, the last 24 hours of the feed chart and what each "
                 "parent said"],
                ["7",
                 "Weigh Freya and check her feeding, how she is laid down to sleep and the temperature of "
                 "her room",
                 "HV Bethan Lloyd-Rees, Ulvercombe 0-19 Service",
                 "Weekly at home for the first 8 weeks after discharge",
                 "Weight plotted in the red book for her corrected age, on or above the 9th centile"],
                ["8",
                 "Neonatal outreach visits to check Freya's feeding, weight and breathing in her first "
                 "fortnight at home",
                 "Sandra Kerr, neonatal outreach nurse",
                 "Three times a week for 2 weeks from discharge",
                 "Outreach notes, with each weight, sent to the HV after every visit"],
                ["9",
                 "Stay at the flat overnight and do the 2am feed with Chloe",
                 "Tina Hartigan (maternal grandmother)",
                 "Every night for the first 14 nights after discharge",
                 "Tina signs the night feed chart on the fridge; the SW checks it at each visit"],
                ["10",
                 "Book Freya's neonatal follow-up clinic and eye screening, give Chloe picture appointment "
                 "cards, and text her two days before each appointment",
                 "Sister Lorna McAllister, discharge coordinator",
                 "Booked before discharge; text two days before each appointment",
                 "Appointment cards given to Chloe; clinic confirms to the HV that Freya attended"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "While Freya is on the unit: if during rooming-in a feed is more than an hour late, or Freya is "
              "found asleep in the adult bed, her discharge will be put back and the SW will hold a "
              "strategy discussion with the unit and the HV within 2 working days. Freya stays on the unit "
              "until that discussion has agreed what happens next."),
        ("p", "Once Freya is home: if she has gone more than four hours without a feed, is found asleep on a "
              "sofa or in an adult bed, or there is cannabis smoke in the flat, the SW (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day. Chloe and Freya will go to "
              "stay with Tina at 22 Larch Close, Ulvercombe, that day and stay there until the strategy "
              "discussion has agreed what happens next."),
        ("p", "If Tina cannot stay at the flat on any of the first 14 nights (for example if she is ill or "
              "called in to work), she will tell the SW the day before. The Hub will send its night support "
              "worker that night instead, and if neither can be there Chloe and Freya will sleep in the unit's "
              "parents' bedroom on Wren Ward that night."),
        ("p", "If Freya's weight falls below the 2nd centile, or there are two unsafe sleep incidents before "
              "the review conference, the SW will ask her team manager for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("p", "The core group meets every 4 weeks: next on Tuesday 05/08/2025 at 2pm at Ferry Lane, then "
              "Tuesday 02/09/2025 at the same time. The review child protection conference is on Tuesday "
              "16/09/2025 at 10am at Ulvercombe Civic Centre."),
        ("p", "Record taken by Kim Yates and agreed by Sister McAllister and the SW on 18/07/2025. A copy was "
              "read through with Chloe and Callum, with the Hub's picture summary, before they signed it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. "My plan": a child protection plan written with a 10-year-old in her own
#    voice; mum under early intervention in psychosis (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_upwickham_my_plan_child_voice_adeyemi.md",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-plan-md-my-plan-child-friendly-first-person-voice-bold-owner-bullets-who-is-going-to-do-what",
    "description": (
        "Initial conference plan for a 10-year-old and a 4-year-old written with the older child in her own "
        "voice ('my plan'). Mum had a first episode of psychosis in the spring and is under the early "
        "intervention in psychosis team (EIP), which is asked to tell the core group whether she is getting "
        "well in the ways that keep the children safe and how long that may take; mum's tablets are taken "
        "at home with a chart. Every bullet names who, when and how we will know; the crisis team is only "
        "mentioned in the contingency; Nan's after-school help has a fallback; dates and legal step set. "
        "Exemplary."
    ),
    "text": """\
# My plan – Zara and Theo

*Upwickham Borough Council · Children's Services · Safeguarding Team West*

*This is the child protection plan agreed at the initial child protection conference on
Tuesday 3 June 2025. Zara helped to write this copy with Jess Holloway, her social worker,
so most of it is in Zara's words. Zara keeps a copy in her plan folder at home and Jess
sent a copy to everyone named in it on 5 June.*

## About me and my family

My name is Zara Adeyemi and I am 10. I am in Year 5 at Upwickham Juniors. My brother Theo
is 4 and goes to Little Owls Nursery in the mornings. We live with Mum (Nicola Clarke) at
31 Bramble Walk. My dad lives in Upwickham too and we see him every other weekend. My Nan,
Joy Clarke, lives on Quarry Road, which is five minutes away.

## Why there is a plan

This is the grown-ups' part. In April Mum became very unwell. She believed the neighbours
were putting things in our food, she kept Zara and Theo at home for nine school days and
locked the front door, and she did not let them answer it. Zara rang Nan, who called the
police. Mum was in hospital on Beech Ward for three weeks and the children stayed with Nan.
Mum came home on 16 May. She is now under the Upwickham Early Intervention in Psychosis team
(EIP) and takes tablets every morning. She has been open with everyone and came to the
conference with Nan.

## What I think and feel

- "When Mum was poorly it was scary because she kept whispering and she wouldn't let us go
  to school. I had to make Theo's breakfast and I didn't know who to tell."
- "I like it now Mum is home but sometimes I check she has taken her tablets. I don't
  want to be the one who has to check."
- "I want to go to school every day and go to Brownies on Wednesdays again."
- "If Mum gets poorly again I want to go to Nan's."

Theo is too little to say much about it. Jess and his nursery have seen that he is chatty
and bouncy in the mornings, he cries when Mum leaves him at nursery and wants a cuddle, and
he loves his scooter. When he stayed at Nan's he wet the bed most nights, and he asked Nan
"is Mummy whispering still?" He has not wet the bed since Mum came home.

## What is going well

- Mum has been to every EIP appointment since she came home.
- Nan sees us nearly every day.
- Zara has been at school every day since 19 May.

## What we want to be different by the review meeting

- Theo and I are looked after every day by a grown-up who is well enough to do it, and we
  are never locked in or kept off school.
- I go to school and Brownies, and I do not have to look after Mum or Theo or check on Mum's
  tablets.
- I know who to ring and where to go if Mum starts to get poorly again, and so does Nan.
- Theo has his health check and starts Reception in September ready to learn.

## Who is going to do what

- **Jess (my social worker)** will come to see Theo and me at home every Tuesday after school until the review meeting, and see me on my own each time; she writes down what I say in my words and I can read it.
- **Dr Priya Shah and Marcus Bell (Mum's care coordinator) from the EIP team** will see Mum every week and write to Jess before every core group meeting about whether Mum is getting well in the ways that keep Theo and me safe, and how long that is likely to take.
- **Mum** will take her tablets every morning at breakfast and tick them on the chart on the fridge, and Nan and Jess will look at the chart every time they come round.
- **Nan (Joy Clarke)** will pick me up from school every weekday at 3.15pm, come home with me and stay until tea is made; she writes in the family diary how Mum was that day.
- **Miss Okoro, the learning mentor at Upwickham Juniors**, will have "worry time" with me every Thursday at lunch, keep notes in my worry book, and tell Jess the same day if I say anything about home.
- **Sadie, Theo's key person at Little Owls Nursery**, will write down how Theo is when he arrives each morning and email it to Jess every Friday.
- **Kayleigh from Upwickham Young Carers** will meet me at school by Friday 27 June to talk about the jobs I do at home and send Jess a letter saying what help I can have.
- **Jess**, with Mum, will make a "what to do if Mum gets poorly" card with me by the first core group on 17 June; one copy goes in my school bag and one goes on the fridge.
- **Leanne Price (Theo's health visitor)** will do Theo's missed 3-year health check at home by Monday 30 June and send the results to Jess and Little Owls.

## If things go wrong

- If Mum stops taking her tablets for two days, starts saying the neighbours are putting
  things in our food, or keeps us home from school, Nan or I will ring the EIP team (in the
  day) or the crisis team (at night and at weekends) on the number on my card. Theo and I
  will go to Nan's that day, and Jess (or the emergency duty team) will hold a strategy
  meeting the same day.
- If Nan cannot pick me up because she is ill or away, she will ring school by 12 o'clock
  and I will stay at after-school club until Auntie Bisi collects me. If Nan cannot have us
  to stay, we will go to Auntie Bisi's, and if she cannot have us either, Jess will find a
  foster carer for us that night.
- If Mum has to go back into hospital, or we are kept home from school again, before the
  review meeting, Jess will ask her manager for a legal planning meeting within 5 working
  days.

## When the grown-ups meet

- The core group (Mum, Nan, Jess, the EIP team, school, Little Owls and Leanne) meets every
  3 weeks at Upwickham Family Hub at 4pm: Tuesday 17 June, Tuesday 8 July and Tuesday 29 July.
- The review child protection conference is on Tuesday 26 August 2025 at 10am at Upwickham
  Town Hall. Zara can come for the first part or send a letter.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after toddler on a children's ward: case-system PDF export with a
#    header and page footer on every page and the plan table running over a
#    page break (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_ushcott_lac_toddler_ward_paged_export_brennan.pdf",
    "doc_title": "Review Child Protection Plan - Kian Brennan",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-case-system-pdf-export-numbered-sections-action-responsible-timescale-how-progress-measured-table-split-over-pages-header-footer",
    "description": (
        "Case-system export of a review conference plan for a 23-month-old accommodated under section 20 "
        "with foster carers and now on a children's ward with weight loss, being fed by nasogastric tube. "
        "The social worker only phones the ward and no one is set to visit Kian there at a stated frequency "
        "(L001); the foster carer visits 'when she is able' (T002). Mother's drinking: Turning Point is only "
        "somewhere she goes (F004, 'engagement' as measure, M002). Also a blank timescale for the "
        "dietitian (T001), 'Professionals' as owner (W002), an empty measure (M001), a '-' owner (W001), an "
        "outcome about the mother only (F002), and grandparents supervising contact with no fallback in the "
        "contingency (C003). The table's header row repeats over the page break; header and page footer "
        "on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Ushcott County Council · Children in Care and Safeguarding Service",
    "footer": "CareFile export – CP plan – Kian Brennan (CF-228190) – page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Exported from CareFile on 24/07/2025 by R. Price. This export shows the plan as agreed at the "
              "review child protection conference; the full minutes are held separately."),
        ("h1", "1. Child and family"),
        ("kv", [
            ("Child", "Kian Brennan, born 19/08/2023 (23 months), CareFile CF-228190"),
            ("Where Kian is now", "Kestrel Ward (children's ward), Ushcott Royal Infirmary, since 02/07/2025"),
            ("Legal status", "Looked after, accommodated under section 20 since 14/03/2025"),
            ("Foster carers", "Lorraine and Tony Pereira, Ushcott County Council foster carers, Ferndale "
                              "Road, Ushcott"),
            ("Mother", "Shannon Brennan (26), Flat 3, 18 Chapel Street, Ushcott"),
            ("Father", "Jordan Lacey (29), not involved; his whereabouts are not known"),
            ("Maternal grandparents", "Pat and Gerry Brennan, Mill Lane, Ushcott"),
            ("Conference", "First review child protection conference, Tuesday 22/07/2025; plan continues "
                           "under the category of neglect"),
            ("Social worker", "Rhiannon Price, Ushcott Children in Care Team"),
            ("Independent reviewing officer / chair", "Graham Tully"),
        ]),
        ("h1", "2. Why there is a plan"),
        ("p", "Kian was made subject to a child protection plan in January 2025 after he was found alone in "
              "the flat while Shannon was at a neighbour's, drunk. In March Shannon agreed to Kian being "
              "accommodated with the Pereiras while she got help with her drinking. Kian was born with a cleft "
              "palate, repaired in 2024, and has always struggled to feed and gain weight. Before he was "
              "accommodated he missed 6 of 8 appointments with the paediatrician and the dietitian, and his "
              "reflux medicine (omeprazole) was often not given. Shannon has been going to Turning Point "
              "Ushcott for her alcohol use since April and says she has cut down to weekends."),
        ("p", "On 02/07/2025 Kian was admitted to Kestrel Ward with dehydration after a sickness bug. He has "
              "lost weight (from the 9th to below the 2nd centile) and is being fed through a nasogastric "
              "tube. The ward expects him to stay for two to three more weeks, and the surgeons are assessing "
              "him for a gastrostomy. Shannon's contact on the ward was stopped on 05/07/2025 after she "
              "arrived drunk and shouted at a nurse; contact is planned to restart at the family centre once "
              "Kian is discharged to the Pereiras."),
        ("h1", "3. Kian's views and daily life"),
        ("p", "Kian has a few words (\"Mama\", \"Lolo\" for Lorraine, \"car\", \"no\"). At the Pereiras' he "
              "was settled: he followed Lorraine around the kitchen, liked bath time with Tony and his "
              "stacking cups, and slept through most nights. The ward nurses say he is quiet and watchful, "
              "pulls at his tube when he is tired, and cries for a long time after his evening feed. He "
              "brightened and held his arms out when Lorraine came to the ward on 10 July, and cried when she "
              "left."),
        ("h1", "4. Outcomes"),
        ("bullets", [
            "Kian gains weight steadily and is back on or above the 9th centile.",
            "Kian gets every feed and every dose of his reflux medicine, whoever is caring for him.",
            "Kian goes to all his hospital and clinic appointments.",
            "Shannon is alcohol free and attends all her Turning Point sessions.",
        ]),
        ("h1", "5. Plan"),
        ("table", {
            "header": ["Ref", "Action", "Responsible", "Timescale", "How progress will be measured"],
            "widths": [1.3, 5.5, 3.3, 2.9, 4.0],
            "rows": [
                ["5.1",
                 "Phone Kestrel Ward for an update on Kian's weight, his feeding and the expected discharge date",
                 "SW Rhiannon Price",
                 "Every Monday while Kian is on the ward",
                 "Update recorded on CareFile case notes each week"],
                ["5.2",
                 "Visit Kian on the ward and stay for his lunchtime feed so that he sees a familiar face",
                 "Lorraine Pereira, foster carer",
                 "When she is able",
                 "Visits written in the foster carer's daily log"],
                ["5.3",
                 "Attend the ward's discharge planning meeting and agree who will be trained in Kian's tube "
                 "feeds",
                 "SW Rhiannon Price, with Sue Okafor, supervising social worker",
                 "Before discharge",
                 "Written discharge plan on CareFile and sent to the foster carers"],
                ["5.4",
                 "Train both foster carers to give Kian's tube feeds and his omeprazole, and sign them off as "
                 "competent",
                 "Abi Walsh, children's community nurse, Ushcott CCN Team",
                 "Before discharge",
                 "Competency forms signed for Lorraine and Tony Pereira and copied to the SW"],
                ["5.5",
                 "Dietitian review of Kian's feeding plan and weight",
                 "Ushcott Paediatric Dietetics",
                 "",
                 "Weight plotted on Kian's centile chart at each review and sent to the SW"],
                ["5.6",
                 "Shannon to attend Turning Point sessions for her alcohol use",
                 "Shannon Brennan",
                 "Weekly",
                 "Engagement with Turning Point"],
                ["5.7",
                 "Supervise Shannon's contact with Kian at Ushcott Family Centre once he is back with the "
                 "Pereiras",
                 "Pat Brennan (MGM)",
                 "Twice a week, from the first week after discharge",
                 "Contact record signed by Pat and sent to the SW after each contact"],
                ["5.8",
                 "Check Shannon is sober before each contact and cancel the contact if she is not",
                 "Pat and Gerry Brennan (MGPs)",
                 "Before every contact",
                 "Breath test reading written on the contact record"],
                ["5.9",
                 "Share any information about Shannon's drinking or Kian's health with the SW",
                 "Professionals",
                 "The same day",
                 "Information logged on CareFile by the SW"],
                ["5.10",
                 "Complete Kian's review health assessment as a looked-after child",
                 "Dawn Ellery, nurse for looked-after children",
                 "By 30/09/2025",
                 ""],
                ["5.11",
                 "Referral for a gastrostomy assessment at Ushcott Children's Surgical Unit",
                 "-",
                 "By 31/07/2025",
                 "Referral acknowledgement letter on file"],
                ["5.12",
                 "Parenting assessment of Shannon, including whether she can learn and keep up Kian's feeding "
                 "and medicine routine",
                 "Claire Hinds, independent social worker",
                 "Start by 11/08/2025; report by 19/09/2025",
                 "Report shared with Shannon and the core group"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Shannon arrives at contact smelling of alcohol or with a breath test reading above zero, the "
              "contact will not go ahead, Kian will stay with the Pereiras, and the SW will hold a strategy "
              "discussion with the police and the family centre the same day."),
        ("p", "If Kian's weight falls again after discharge, the foster carers will take him to the children's "
              "assessment unit at Ushcott Royal Infirmary that day and ring the SW."),
        ("p", "If Shannon has not had 8 weeks without a positive breath test by the next review conference, or "
              "the parenting assessment finds she cannot keep up Kian's routine, the SW will request a legal "
              "planning meeting to consider care proceedings."),
        ("h1", "7. Core group and review"),
        ("p", "Core group every 4 weeks at Ushcott Family Centre, 1.30pm: Tuesday 05/08/2025, Tuesday "
              "02/09/2025 and Tuesday 30/09/2025. Next review child protection conference: Tuesday 21/10/2025, "
              "10am, County Hall, Ushcott."),
        ("h1", "8. Agreement"),
        ("p", "Plan agreed by the IRO, Graham Tully, on 23/07/2025 and sent to Shannon, the foster carers, the "
              "ward and every agency named above."),
    ],
    "findings": [
        F("T002", "Visit Kian on the ward and stay for his lunchtime feed"),
        F("T001", "Dietitian review of Kian's feeding plan and weight"),
        F("M002", "Shannon to attend Turning Point sessions for her alcohol"),
        F("W002", "Share any information about Shannon's drinking or Kian's health"),
        F("M001", "Complete Kian's review health assessment as a looked-after child"),
        F("W001", "Referral for a gastrostomy assessment at Ushcott Children's"),
        F("F002", "Shannon is alcohol free and attends all her Turning Point sessions."),
        F("L001"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Health visitor's write-up of the plan after core group 2: a "Health
#    need" column merged down over each group of actions; mother with
#    multiple sclerosis, toddler's epilepsy medicine given at home (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_uttlebridge_health_visitor_plan_merged_need_dossett.docx",
    "doc_title": "Child Protection Plan (health visitor's plan) - Ruby and Alfie Dossett",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-written-up-by-health-visitor-docx-health-need-column-merged-down-what-will-happen-who-by-when-how-we-will-know",
    "description": (
        "Health visitor's write-up of the plan after core group 2 for a 3-year-old with epilepsy whose "
        "medicine is given at home and a 7-month-old whose weight has dropped and who has missed his "
        "immunisations; their mother has multiple sclerosis and uses a wheelchair outdoors. A 'Health "
        "need' column is merged down over each group of rows (four real vertical merges). The MS nurse "
        "and the adult social care OT own actions. Faults: 'As and when' and 'Ongoing' as the only "
        "timescale (T002), 'Engagement with the health visiting service' (M002), 'Family' as owner "
        "(W002), an outcome about the mother only (F002), a contingency of 'further concerns' and "
        "'consider next steps' (C002) with no legal step (R002), and the review conference 'to be "
        "confirmed' (R001). The SW's 'Every 2 weeks, ongoing' is a real timescale."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Health Visitor's Plan"),
        ("p", "Uttlebridge Community Health Services · 0-19 Health Visiting Team (Uttlebridge North), "
              "working with Uttlebridge Borough Council Children's Social Care"),
        ("kv", [
            ("Children", "Ruby Dossett, 3 years 4 months (born 14/03/2022); Alfie Dossett, 7 months (born "
                         "28/12/2024)"),
            ("Parents", "Kerry Dossett (30) and Liam Dossett (32), 12 Weir View, Uttlebridge"),
            ("Plan", "Child protection plan since 08/07/2025, category neglect"),
            ("This version", "Agreed at core group 2, Monday 28/07/2025, Uttlebridge Family Hub"),
            ("Health visitor", "Naomi Birch (lead for health)"),
            ("Social worker", "Marcus Tait"),
            ("GP", "Dr Sunil Rao, Uttlebridge Health Centre"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Ruby has epilepsy and takes levetiracetam twice a day. Since January she has missed 5 of 7 "
              "appointments at the children's epilepsy clinic, and pharmacy records show her prescription was "
              "collected late three times, so doses were missed. In May and June she had two long seizures "
              "at home and went to hospital by ambulance both times. Alfie has not had any of his baby "
              "immunisations, and his weight has dropped from the 50th to the 9th centile since March."),
        ("p", "Kerry has relapsing multiple sclerosis and had a bad relapse in the spring. She is very tired, "
              "her legs are weak, and she uses a wheelchair outside the house. She cannot carry Alfie up the "
              "stairs. She is under the MS specialist nurse at Uttlebridge Neurology Service. Liam drives "
              "lorries and is often away two nights a week. Kerry and Liam both said at conference that "
              "they are struggling and want help."),
        ("h1", "What Ruby and Alfie's days are like"),
        ("p", "Ruby told the HV \"Mummy's legs are poorly\" and \"I help with Alfie's bottle\". She showed "
              "the HV how she fetches nappies from upstairs and said she is \"a big helper\". She loves "
              "Tiddlers Nursery and asks every day if it is a nursery day; on the days she misses nursery "
              "she is at home watching her tablet. Alfie is a smiley baby who babbles and reaches for Ruby. "
              "He sleeps downstairs in his pram because Kerry cannot get him up to the cot, and on two visits "
              "he had been left with a propped bottle while Kerry rested."),
        ("h1", "What we want for Ruby and Alfie"),
        ("bullets", [
            "Ruby has every dose of her epilepsy medicine on time and goes to every clinic appointment.",
            "Alfie is fed and held for every feed, grows back towards his own centile and is fully "
            "immunised.",
            "Alfie sleeps in a safe cot for every sleep.",
            "Kerry's MS is better controlled and she feels less tired.",
        ]),
        ("h1", "Plan"),
        ("table", {
            "header": ["Health need", "What will happen", "Who", "By when", "How we will know"],
            "widths": [2.4, 5.2, 3.3, 2.9, 3.2],
            "rows": [
                ["Ruby's epilepsy and her medicine",
                 "Give Ruby her levetiracetam at 8am and 8pm and tick each dose on the medicine chart on the "
                 "fridge",
                 "Liam (8am) and Kerry (8pm)",
                 "Twice a day, every day",
                 "Chart checked by the HV at each visit; the pharmacy confirms each monthly prescription is "
                 "collected"],
                [V,
                 "Book Ruby's epilepsy clinic appointments, text Kerry two days before each one and arrange "
                 "hospital transport",
                 "Jo Farrant, epilepsy nurse specialist, Uttlebridge Children's Hospital",
                 "Before each clinic; next clinic 19/08/2025",
                 "Clinic letter copied to the HV and SW showing Ruby attended"],
                [V,
                 "Seizure care plan training for Liam, Kerry and Ruby's nursery staff, including when to give "
                 "buccal midazolam",
                 "Jo Farrant, epilepsy nurse specialist",
                 "As and when",
                 "Training record signed by each person trained"],
                ["Alfie's weight and immunisations",
                 "Home visits to go through Alfie's feeds with Kerry and show her how to hold him for a "
                 "feed instead of propping the bottle",
                 "HV Naomi Birch",
                 "Fortnightly",
                 "Engagement with the health visiting service"],
                [V,
                 "Give Alfie his missed 8, 12 and 16 week immunisations",
                 "Hayley Jukes, practice nurse, Uttlebridge Health Centre",
                 "By 30/09/2025",
                 "Immunisations recorded in the red book and on the GP record"],
                [V,
                 "Refer Alfie to the paediatric dietitian",
                 "Dr Sunil Rao, GP",
                 "Within 1 week of any weight below the 9th centile",
                 "Referral letter copied to the HV"],
                ["Kerry's MS and help at home",
                 "Review Kerry's fatigue, mobility and relapse treatment, and write to the HV and SW about "
                 "what help she needs to lift, bath and carry Ruby and Alfie safely",
                 "Gill Armitage, MS specialist nurse, Uttlebridge Neurology Service",
                 "By 29/08/2025",
                 "Letter on the children's health records and the SW's file"],
                [V,
                 "Home assessment for equipment so Kerry can care for Alfie safely: a cot she can reach from "
                 "her wheelchair, a bath seat and stair gates",
                 "Occupational therapist, Uttlebridge Adult Social Care",
                 "By 12/09/2025",
                 "Equipment fitted and seen by the HV at the next home visit"],
                [V,
                 "Take Ruby to Tiddlers Nursery on Monday, Wednesday and Friday mornings",
                 "Family",
                 "Every week",
                 "Nursery register"],
                [V,
                 "Help Kerry and Liam plan meals and a weekly shop so there is always food in for the "
                 "children",
                 "Family support worker, Uttlebridge Family Hub",
                 "Ongoing",
                 "Meal planner on the fridge, checked by the FSW"],
                ["Seeing Ruby and Alfie",
                 "See Ruby and Alfie at home, awake; check the medicine chart and where Alfie sleeps",
                 "SW Marcus Tait",
                 "Every 2 weeks, ongoing",
                 "Visit record notes the chart, where Alfie slept and what Ruby said"],
                [V,
                 "Make sure Tiddlers Nursery holds Ruby's seizure care plan and an in-date buccal midazolam kit",
                 "Sam Hewitt, manager, Tiddlers Nursery",
                 "By Ruby's first day back, 01/09/2025",
                 "Care plan and kit seen by the HV on her nursery visit"],
            ],
        }),
        ("h1", "If things get worse"),
        ("p", "If there are further concerns about Ruby's seizures or Alfie's weight, the HV will discuss them "
              "with the named nurse for safeguarding and the core group will consider next steps."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Uttlebridge Family Hub, next on Monday 25/08/2025 at 10am. Review "
              "child protection conference: date to be confirmed."),
        ("p", "Written up by Naomi Birch, HV, 29/07/2025, and sent to Kerry, Liam, the SW and everyone named "
              "in the plan."),
    ],
    "findings": [
        F("T002", "Seizure care plan training for Liam, Kerry and Ruby's nursery"),
        F("M002", "Home visits to go through Alfie's feeds with Kerry"),
        F("W002", "Take Ruby to Tiddlers Nursery on Monday, Wednesday and Friday"),
        F("T002", "Help Kerry and Liam plan meals and a weekly shop"),
        F("F002", "Kerry's MS is better controlled and she feels less tired."),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group plan as plain text with the actions as numbered paragraphs,
#    one sentence each; child with cystic fibrosis, mother under the crisis
#    team after an overdose (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_umbermoss_numbered_paragraph_plan_kowalczyk.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-txt-numbered-sections-actions-as-numbered-paragraphs-one-sentence-each",
    "description": (
        "Plain-text core group plan for a 7-year-old with cystic fibrosis (missed CF clinics, nebulisers, "
        "physio and enzymes given at home and at school) and her 12-year-old brother; their mother took an "
        "overdose in May and is under the crisis team (CRHT) until handover to the AMHT. The actions are "
        "numbered paragraphs, one sentence each. The AMHT psychiatrist reports on whether mum can make the "
        "changes needed (no H001 there) but the CRHT only visits to support her mood (H001, 'so that her "
        "mood improves', M002). Also a passive clinic check with no agent (W001), the GP/sertraline "
        "sentence with no time or measure (T001, M001), 'when a worker is free' (T002), 'All professionals "
        "will keep an eye on' (W002, M002), asking about a shift change with no measure (M001), an outcome about the "
        "mother only (F002), and a contingency with a clear trigger whose only response is to discuss and "
        "consider (C002) and no legal step (R002). The child may be admitted for IV antibiotics but is not "
        "looked after."
    ),
    "text": """\
UMBERMOSS METROPOLITAN BOROUGH COUNCIL
CHILDREN AND FAMILIES SERVICE - CHILD PROTECTION PLAN
Core group plan, updated at core group 1 on Wednesday 30 July 2025

1. DETAILS

Children:      Lena Kowalczyk, 7 (born 11/02/2018), Year 2, Umbermoss Moor Primary
               Oskar Kowalczyk, 12 (born 04/10/2012), Year 7, Umbermoss Academy
Parents:       Agnieszka Kowalczyk (38) and Tomasz Kowalczyk (41)
Address:       27 Slate Row, Umbermoss
Plan:          Initial child protection conference 16/07/2025, category neglect
Social worker: Hannah Blythe, Umbermoss Safeguarding Team 2
Interpreter:   Polish interpreter used for Tomasz at conference

2. WHY THERE IS A PLAN

Lena has cystic fibrosis. She needs chest physio and a nebuliser twice a day, and
Creon capsules with every meal and snack. She has missed 4 of her last 6 CF clinic
appointments at Umbermoss Children's Hospital, her weight has fallen from the 25th
to the 9th centile, and she has been admitted twice this year with chest infections.
Her CF team found that her nebuliser had not been cleaned and that her treatment
diary had not been filled in since April.

On 14 May Agnieszka took an overdose of her tablets while the children were at
school; Oskar found her when he got home and rang 999. She was in hospital for two
days. Since then she has been under the Crisis Resolution and Home Treatment team
(CRHT), who visit her at home, and she is due to be handed over to the Adult Mental
Health Team (AMHT) in August. Tomasz works nights at a food factory and sleeps in
the day, so most of Lena's treatment has fallen to Agnieszka and to Oskar.

3. WHAT LENA AND OSKAR SAY

Lena (seen at school, 24/07/2025, with her teacher): "The nebuliser is boring and
it makes my mouth taste funny. Mummy was sad and in bed so Oskar did it." She said
she likes swimming and wants to be "a vet for horses". She asked if she would have
to "go in hospital again with the drip".

Oskar (seen on his own at home, 28/07/2025): "I do Lena's physio when Mum's not up
to it. I don't mind, I just don't want her to get ill again because of me." He said
he has stopped going to football training so that he can be home after school. He
does not want to talk to a counsellor but said he would talk to "someone from
school".

4. OUTCOMES

4.1 Lena has all her physio, nebulisers and Creon every day and her weight goes
    back up towards the 25th centile.
4.2 Lena goes to every CF clinic appointment.
4.3 Oskar does not have to do Lena's treatment and goes back to football training.
4.4 Agnieszka is well and no longer needs the crisis team.

5. ACTIONS

5.1  Tomasz will give Lena her physio and nebuliser every morning before school
     and every evening at 7pm and fill in the CF treatment diary, which Sister
     Hughes checks at each clinic.

5.2  Umbermoss Moor Primary (Mrs Dale, school office) will give Lena her Creon
     with lunch every school day and record each dose on the school medicines
     sheet, sending a copy to the SW every Friday.

5.3  Sister Carys Hughes, CF nurse specialist, will book Lena's clinic
     appointments and ring Agnieszka the day before each one, and will email the
     SW after each clinic to say whether Lena attended.

5.4  Lena's weight and lung function will be checked at each CF clinic, every 6
     weeks, and the results sent to the SW.

5.5  The CRHT will continue to visit Agnieszka at home daily to support her with
     her mood until she is handed over to the AMHT, so that her mood improves.

5.6  Dr Imran Siddiqui, consultant psychiatrist, Umbermoss AMHT, will assess
     Agnieszka by 29 August 2025 and write to the SW on whether she can make the
     changes Lena and Oskar need and how long that is likely to take.

5.7  Agnieszka will see her GP about her sleep and keep taking her sertraline.

5.8  Umbermoss Young Carers will offer Oskar a young carer's assessment when a
     worker is free and send the assessment to the SW.

5.9  Hannah Blythe (SW) will visit the home every week, see Lena and Oskar on
     their own, look at the CF treatment diary and the medicines cupboard, and
     write down what the children say in her visit record.

5.10 If Lena is admitted for IV antibiotics, Hannah Blythe (SW) will visit her on
     the ward at least once a week and record how she is in the visit record.

5.11 All professionals will keep an eye on Agnieszka's mood at every contact and
     tell the SW if they are worried.

5.12 Tomasz will ask his manager at Umbermoss Foods about moving onto day shifts
     by the next core group.

6. CONTINGENCY

If Lena misses another CF clinic appointment, or her treatment diary shows two
days with no nebuliser, the SW will discuss the case with her team manager and the
core group will consider next steps.

7. CORE GROUP AND REVIEW

Core group every 4 weeks, Wednesdays at 4pm, at Umbermoss Moor Primary:
27/08/2025, 24/09/2025. Review child protection conference: Thursday 09/10/2025,
10am, Umbermoss Town Hall.

Plan typed by Hannah Blythe (SW) on 31/07/2025 and sent to both parents (with a
Polish translation for Tomasz) and every agency named above.
""",
    "findings": [
        F("W001", "Lena's weight and lung function will be checked"),
        F("H001", "The CRHT will continue to visit Agnieszka at home daily"),
        F("M002", "The CRHT will continue to visit Agnieszka at home daily"),
        F("T001", "Agnieszka will see her GP about her sleep"),
        F("M001", "Agnieszka will see her GP about her sleep"),
        F("T002", "Umbermoss Young Carers will offer Oskar a young carer's assessment"),
        F("W002", "All professionals will keep an eye on Agnieszka's mood"),
        F("M002", "All professionals will keep an eye on Agnieszka's mood"),
        F("M001", "Tomasz will ask his manager at Umbermoss Foods"),
        F("F002", "Agnieszka is well and no longer needs the crisis team."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group plan for a baby with a heart condition before a move to
#    another local authority; mother with a learning disability supported by
#    "the Hub" (adult social care); landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_ulmerby_core_group_transfer_paged_quinn.pdf",
    "doc_title": "Core Group Plan - Maisie Quinn-Dobson",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-plan-landscape-pdf-numbered-sections-action-lead-person-by-when-how-we-will-know-header-footer",
    "description": (
        "Core group plan for a 5-month-old with a hole in the heart (furosemide twice a day and "
        "high-calorie feeds at home, cardiology follow-up) before the family moves to another local "
        "authority. Mother, 19, has a learning disability and is supported by adult social care's "
        "community team ('the Hub'), which owns actions; she also has low mood under the AMHT, whose only "
        "row is appointments and prescribing (H001); father's cocaine use is worked on by CGL. Faults: the "
        "PAMS assessment left to the receiving authority and a referral put on hold until the case "
        "transfers (X001 twice), 'Family network' as owner (W002), 'Improvement in home conditions' "
        "(M002), an empty measure (M001), an outcome about the mother only (F002), the grandmother and "
        "aunt carrying care with no fallback in the contingency (C003), and no review conference date "
        "(R001). The social worker's visits carry on until the transfer-in conference (not X001). Header "
        "and page footer on every page."
    ),
    "header": "Ulmerby Borough Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Core group plan – Maisie Quinn-Dobson – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Core Group Plan"),
        ("kv", [
            ("Child", "Maisie Quinn-Dobson, 5 months (born 21/02/2025)"),
            ("Mother", "Amy Quinn (19), 4 Lowther Court, Ulmerby"),
            ("Father", "Jake Dobson (23), lives with Amy and Maisie"),
            ("Family", "Denise Quinn (maternal grandmother) and Kelly Quinn (maternal aunt), both living in "
                       "Ussingham"),
            ("Plan", "Child protection plan since 24/06/2025, category neglect"),
            ("Meeting", "Core group 3, Tuesday 22/07/2025, Ulmerby Family Hub"),
            ("Social worker", "Tom Reddy, Ulmerby Children's Services"),
            ("Moving", "Amy, Jake and Maisie have been offered a council flat in Ussingham, near Denise, and "
                       "expect to move on 01/09/2025. Ussingham Children's Services have been sent the "
                       "transfer-in request."),
        ]),
        ("h1", "1. Why Maisie has a plan"),
        ("p", "Maisie was born with a ventricular septal defect (a hole in the heart) and is waiting for "
              "surgery at Ulmerby Children's Heart Service, which is planned for the autumn if she reaches "
              "6 kg. Until then she needs furosemide twice a day and high-calorie feeds made up to a recipe. "
              "In May and June she missed two cardiology appointments, her weight fell from the 9th to the "
              "2nd centile, and the HV found feeds being made up with too much water. Amy has a learning "
              "disability; she reads a little and relies on pictures and reminders. She has had low mood "
              "since Maisie was born and is seen by the Ulmerby Adult Mental Health Team (AMHT). Jake uses "
              "cocaine at weekends and is open to CGL Ulmerby."),
        ("h1", "2. Maisie's day"),
        ("p", "The HV and SW have seen that Maisie is a small, pale baby who tires quickly and sweats when she "
              "feeds. She takes about 90 ml before she falls asleep on the bottle and needs waking gently to "
              "finish. She smiles at Amy and quietens when Amy sings to her. On one visit in July she had been "
              "asleep in her car seat for most of the afternoon, and on another the flat was cold and the "
              "bathroom had black mould. Denise says Maisie \"perks right up\" when she has her for the day."),
        ("h1", "3. What we want for Maisie"),
        ("bullets", [
            "Maisie has every dose of her heart medicine and every high-calorie feed, and gains weight so "
            "she is ready for her operation.",
            "Maisie goes to every cardiology appointment, before and after the move.",
            "Maisie is looked after by adults who are not using drugs.",
            "Amy will manage her own tenancy and money.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead person", "By when", "How we will know"],
            "widths": [1.2, 8.4, 5.2, 4.6, 6.3],
            "rows": [
                ["1",
                 "Give Maisie her furosemide at 8am and 8pm and mark each dose on the picture medicine chart",
                 "Amy Quinn",
                 "Twice a day, every day",
                 "Chart checked by the HV at each visit"],
                ["2",
                 "Weigh Maisie and watch Amy make up a high-calorie feed to the recipe card",
                 "HV Sian Madoc",
                 "Weekly, until a joint handover visit with the Ussingham HV",
                 "Weight plotted on the centile chart; feed made up correctly in front of the HV"],
                ["3",
                 "Book Maisie's cardiology appointments and send Amy easy-read reminder letters with pictures",
                 "Paula Venn, cardiac liaison nurse, Ulmerby Children's Heart Service",
                 "Two weeks before each appointment; next clinic 21/08/2025",
                 "Attendance confirmed to the SW after each clinic"],
                ["4",
                 "Support visits to help Amy plan her week on her picture planner, keep Maisie's feeds and "
                 "medicine stocked, and get to appointments",
                 "Danny Fox, support worker, the Hub (Ulmerby Adult Social Care)",
                 "Monday, Wednesday and Friday mornings",
                 "Picture planner filled in each week; support log copied to the SW monthly"],
                ["5",
                 "Appointments for Amy's low mood and review of her sertraline",
                 "Dr Louise Park, psychiatrist, Ulmerby AMHT",
                 "Monthly",
                 "Appointment letters copied to the GP and SW"],
                ["6",
                 "Drug key-work with Jake and oral fluid drug tests",
                 "Priya Mann, recovery worker, CGL Ulmerby",
                 "Key-work fortnightly; tests monthly",
                 "Test results sent to the SW each month"],
                ["7",
                 "Parenting assessment (PAMS) of Amy and Jake",
                 "Ussingham Children's Services",
                 "To start once the case has transferred",
                 "PAMS report"],
                ["8",
                 "Help Amy with Maisie's night feeds",
                 "Denise Quinn (MGM)",
                 "Every Friday and Saturday night",
                 "Denise signs the night feed chart"],
                ["9",
                 "Look after Maisie for the day so Amy can rest and catch up on sleep",
                 "Kelly Quinn (maternal aunt)",
                 "Every Sunday, 10am to 4pm",
                 "Kelly texts the SW a photo of the feed chart at the end of each Sunday"],
                ["10",
                 "Tell the SW about any missed dose or missed appointment for Maisie",
                 "Family network",
                 "The same day",
                 "Each call logged on Maisie's case file"],
                ["11",
                 "See Maisie at home, awake and with Amy; check the medicine chart, the feeds in the fridge "
                 "and where she sleeps",
                 "SW Tom Reddy",
                 "Every 2 weeks until the transfer-in conference in Ussingham",
                 "Visit records note the chart, the feeds and how Amy handled Maisie"],
                ["12",
                 "Refer Amy to the Ussingham community learning disability team",
                 "SW Tom Reddy",
                 "On hold until the case has transferred",
                 "Referral accepted letter on file"],
                ["13",
                 "Help Amy keep the flat warm and free of mould, and keep the bins and bathroom clean",
                 "Danny Fox, support worker, the Hub",
                 "Weekly",
                 "Improvement in home conditions"],
                ["14",
                 "Apply for a council tenancy transfer to Ussingham",
                 "Amy Quinn, with Danny Fox",
                 "By 31/08/2025",
                 ""],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Maisie misses two doses of furosemide in a week, misses a cardiology appointment, or loses "
              "weight at two weigh-ins in a row, the SW will hold a strategy discussion the same day and Maisie "
              "will stay with Denise while it is looked into. If Jake uses cocaine while he is caring for "
              "Maisie, he will leave the flat that day and the police will be called if he will not go."),
        ("p", "If Maisie misses another cardiology appointment before the move, or is not gaining weight by "
              "the next core group, the SW will ask his team manager for a legal planning meeting."),
        ("h1", "6. Meetings"),
        ("p", "Core group every 2 weeks until the move, at Ulmerby Family Hub, 10am: Tuesday 12/08/2025 and Tuesday "
              "26/08/2025 (the last in Ulmerby). Transfer-in conference and review child protection "
              "conference: to be arranged by Ussingham after the move."),
        ("p", "Plan agreed at core group 3 and sent by Tom Reddy (SW) on 23/07/2025 to Amy, Jake and every "
              "person named above, with an easy-read copy for Amy made by the Hub."),
    ],
    "findings": [
        F("H001", "Appointments for Amy's low mood and review of her sertraline"),
        F("X001", "Parenting assessment (PAMS) of Amy and Jake"),
        F("W002", "Tell the SW about any missed dose or missed appointment"),
        F("X001", "Refer Amy to the Ussingham community learning disability team"),
        F("M002", "Help Amy keep the flat warm and free of mould"),
        F("M001", "Apply for a council tenancy transfer to Ussingham"),
        F("F002", "Amy will manage her own tenancy and money."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan built around the parents: father under early intervention in
#    psychosis, mother's drinking with CGL; no outcomes, no contingency, no
#    child's voice (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b82_urswold_parent_needs_table_fenwick.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-family-concerns-then-no-action-who-when-how-we-will-know-table-meetings-no-outcomes-no-contingency",
    "description": (
        "Initial conference plan for a 6-year-old and a 2-year-old: father had a first episode of "
        "psychosis and a hospital admission in the spring and is under the early intervention in "
        "psychosis team (EIP); mother drinks heavily and is open to CGL. Eight of the thirteen rows are "
        "about the parents' own treatment, support, work and money with no link to the children (F001); the "
        "EIP care coordinator only supports (H001); the AMHT and the crisis team are only mentioned. No "
        "outcomes (O001), no contingency (C001), nothing on the children's wishes, feelings or days "
        "(F003), no legal step (R002). Also 'Engagement with CGL' and 'Home conditions monitored' (M002), "
        "'ASAP' and 'When she feels ready' (T002) and 'All agencies' (W002). The parenting group row does "
        "not count towards F001; the meetings are set."
    ),
    "text": """\
# Child Protection Plan – Mason and Evie Fenwick

**Urswold District Council – Children's Services – Family Safeguarding Team East**

Initial child protection conference: Thursday 24 July 2025, Urswold Civic Offices
Category: neglect · Social worker: Kelly Marsh · Chair: Andrew Pike

## Family

| Name | Relationship | Age | Notes |
|---|---|---|---|
| Mason Fenwick | child | 6 | Year 2, Urswold Primary |
| Evie Fenwick | child | 2 | at home |
| Ryan Fenwick | father | 27 | under the Urswold EIP team since April |
| Leah Fenwick | mother | 26 | open to CGL Urswold since June |

The family live at 9 Kestrel Way, Urswold.

## Concerns

In March Ryan became convinced that he was being followed and that the house was being
watched. Police were called twice after he was seen shouting in the street at night. He
was detained on the Hazel Unit for four weeks and, after discharge, was seen at home by
the crisis team (CRHT) until the Urswold Early Intervention in Psychosis team (EIP) took
over in April. He takes aripiprazole and says he feels "much more settled".

Leah told conference she drinks two bottles of wine most nights, and more since Ryan was
in hospital. She was assessed by the Adult Mental Health Team (AMHT) in June for low
mood and was not taken on; she was referred to CGL Urswold instead. The family are £1,900
behind on their rent and Ryan has not worked since March. On two unannounced visits in
July the house was dirty and Leah smelled of alcohol at 11am.

## Plan

| No | Action | Who | When | How we will know |
|---|---|---|---|---|
| 1 | Ryan to take his aripiprazole every day and collect each prescription on time | Ryan Fenwick | Daily; prescription monthly | Pharmacy collection record seen by the SW |
| 2 | Care coordination and support for Ryan with his mental health, including a relapse prevention plan | Joe Ashdown, care coordinator, Urswold EIP team | Weekly | Relapse prevention plan written and a copy given to the SW |
| 3 | Leah to attend CGL and cut down her drinking | Leah Fenwick | Weekly | Engagement with CGL |
| 4 | Alcohol key-work and breath tests for Leah | Sam Okoye, recovery worker, CGL Urswold | Weekly | Breath test results sent to the SW each month |
| 5 | Blood tests for Leah's liver function and a review of her sleep | Dr Ewa Nowak, GP, Urswold Medical Practice | By 15/09/2025 | Results letter sent to the SW |
| 6 | Help Ryan apply for PIP and agree a repayment plan for the rent arrears | Mo Rahman, money adviser, Urswold Citizens Advice | ASAP | Claim reference and arrears agreement on file |
| 7 | Leah to join the women's wellbeing group at Urswold Family Hub | Leah Fenwick | When she feels ready | Group attendance register |
| 8 | Ryan to meet his Jobcentre work coach about going back to work | Ryan Fenwick | By 29/08/2025 | Work coach's appointment letter seen by the SW |
| 9 | Home visits to check home conditions | SW Kelly Marsh | Fortnightly | Home conditions monitored |
| 10 | Send Mason's attendance and punctuality figures to the SW | Mrs Helen Grant, DSL, Urswold Primary | Every Friday | Attendance figures emailed to the SW |
| 11 | Apply for a funded two-year-old nursery place for Evie | HV Rosa Lind | By 30/09/2025 | Nursery place confirmed in writing |
| 12 | Share any concerns about Ryan's mental health or Leah's drinking | All agencies | The same day | Each concern logged on the case file by the SW |
| 13 | Triple P parenting group | Ryan and Leah | Tuesdays 10am for 8 weeks from 09/09/2025 | Certificate of completion |

## Meetings

- Core group every 6 weeks at Urswold Family Hub, 1pm: Thursday 7 August and Thursday
  18 September 2025.
- Review child protection conference: Thursday 23 October 2025, 10am, Urswold Civic Offices.
""",
    "findings": [
        F("H001", "Care coordination and support for Ryan with his mental health"),
        F("M002", "Leah to attend CGL and cut down her drinking"),
        F("T002", "Help Ryan apply for PIP and agree a repayment plan"),
        F("T002", "Leah to join the women's wellbeing group at Urswold"),
        F("M002", "Home visits to check home conditions"),
        F("W002", "Share any concerns about Ryan's mental health or Leah's drinking"),
        F("O001"),
        F("C001"),
        F("F001"),
        F("F003"),
        F("R002"),
    ],
})
