"""Batch 24, module 2: seven fictional files (held-out evaluation material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans whose actions are lists or sentences rather than tables, mixed
with other material (updates, worries, strengths, what the child said), and
one document that is not a plan.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. A family's fridge sheet: the plan as bullets grouped by how often, bold
#    owner first, "We'll know because" in each bullet; a who-to-ring table
#    that is not an action table. Exemplary (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_hollinbrae_fridge_sheet_brannan.md",
    "split": "heldout",
    "template": "family-fridge-sheet-every-day-every-fortnight-by-dates-bold-owner-bullets-who-to-ring-table-md",
    "description": (
        "Exemplary short 'fridge sheet' version of an ICPC plan for a 7-year-old and a 10-month-old "
        "(mother's depression, grandmother doing the school pick-up): bullets grouped under Every day / "
        "Every week or fortnight / By these dates, bold owner first and 'We'll know because' in each; "
        "the CMHT care coordinator and psychiatrist report on capacity to change; contingency covers "
        "Nana being unable to help; core group and review dates; legal planning; a who-to-ring table."
    ),
    "text": """\
# Our safety plan – for the fridge

**Mollie Brannan (7) and Finn Brannan (10 months)**
Child protection plan agreed at the initial child protection conference on Monday 12 May 2025 (category: neglect)
Hollinbrae Council Children's Services · Social worker: Priya Nandha

> This is the short version of the plan. Priya wrote it with Leanne and Carol on 14 May so it can go on the
> fridge. The full plan is in the conference minutes. If anything on here doesn't make sense, ring Priya.

---

## Why there is a plan

Leanne has had depression since Finn was born. In March and April she stopped taking her tablets, stayed in
bed most mornings, and Mollie missed 11 days of school. Twice Mollie was found making Finn's bottles on her
own, and Finn had bad nappy rash at two health visitor visits. Carol (Nana) has been doing a lot, but there
was no plan for the days she couldn't.

## What we want for Mollie and Finn

- Mollie gets to school by 8.50am, with breakfast inside her, every school day – and she doesn't have to
  look after Finn or her mum.
- Finn is fed, changed and settled in his cot by an adult who is up and well, and keeps growing along his
  line in the red book.
- On a bad day for Leanne, a grown-up notices early and Mollie and Finn are looked after by someone who is well.

## What Mollie said, and what we've seen of Finn

Mollie talked to Priya on her own at school on 8 May. She said: "When Mummy stays in bed I do Finn's
bottle, I know how much powder." The best days are "when Nana does my plaits and we walk the long way past
the ducks". She wants "Mummy to get up and take me to school like the other mums", and she wants someone
to "check Finn isn't crying" while she is at school. She drew her family with herself holding Finn.

Finn can't tell us, so we watch him: he crawls to Leanne and holds on to her leg, he settles quickly when
Carol picks him up, and at the 9am visit on 2 May he was grizzly and wet through.

## Every day

- **Leanne** – up by 7.30am, gives Mollie breakfast and walks her to school for 8.45am, every school day.
  *We'll know because* the school register shows Mollie in by 8.50am on at least 9 days out of 10.
- **Leanne** – takes her sertraline every morning so that she is well enough to get Mollie and Finn up.
  *We'll know because* Tom (CPN) counts the blister packs with her at each visit and writes it in his notes.
- **Carol (Nana)** – collects Mollie from school at 3.15pm Monday to Friday, gives her tea at her flat and
  brings her home by 6pm. *We'll know because* the school's collection book has Carol's signature each day.

## Every week or fortnight

- **Priya (SW)** – visits every week, at least one visit in three unannounced, and sees Mollie on her own.
  *We'll know because* her visit notes record what Mollie said, where Finn was sleeping and what food was
  in the kitchen.
- **Dee Harlow (family support worker)** – comes at 7.30am every Tuesday and Thursday for 6 weeks from
  20 May to help Leanne with the morning routine. *We'll know because* Dee's session log shows what time
  Mollie and Finn were up, dressed and fed.
- **Mr Adewale (DSL, Brookside Primary)** – checks in with Mollie every Monday morning and emails Priya
  the same day. *We'll know because* his check-in notes say what Mollie told him about home.
- **Sue Kettering (HV)** – sees Finn at home every fortnight and weighs him. *We'll know because* his
  weight is plotted in the red book and stays on or above the 25th centile, and Sue emails Priya after
  each visit.
- **Tom Reeve (CPN, Hollinbrae Community Mental Health Team)** – sees Leanne at home every fortnight,
  checks her mood and her tablets, and tells each core group in writing whether Leanne is making the
  changes Mollie and Finn need. *We'll know because* his written update is read out at every core group.

## By these dates

- **Dr Ama Okeke (consultant psychiatrist, CMHT)** – sees Leanne by 30 May 2025 and writes to the core
  group about how likely Leanne is to get well enough to care for the children, what has to happen first
  and how long it might take. *We'll know because* her letter is shared at the core group on 5 June 2025.
- **Leanne** – takes Finn for his 1-year jabs at Hollinbrae Health Centre by 20 June 2025. *We'll know
  because* they are written in the red book and Sue checks it.
- **Priya (SW)** – finishes the parenting assessment by 11 July 2025. *We'll know because* the report goes
  to the core group and to the review conference.

## If things go wrong

- **If Leanne can't get up, says she can't cope, or misses her tablets two days running:** she rings Carol,
  and Carol comes round straight away, takes Mollie to school and has Finn at her flat for the day. Leanne
  or Carol rings Priya (or Tom) before 10am, and Priya visits that day.
- **If Carol can't come or isn't well herself:** Leanne rings Priya (out of hours, the Emergency Duty Team).
  Mollie and Finn go to Leanne's cousin, Dawn Sealey, who was checked and agreed at conference. If Dawn
  can't have them either, Mollie and Finn go together to foster carers that same day.
- **If Mollie arrives at school hungry or late on 3 days in a fortnight, or Finn's weight drops below the
  9th centile:** Priya visits that day and holds a strategy discussion within 24 hours.
- **If things aren't getting better:** if the children have to stay away from home for more than 2 nights,
  or Dr Okeke's letter says Leanne is unlikely to manage the changes in time, or there is not enough
  progress by the core group on 31 July, Priya's team manager will ask for a legal planning meeting.

## When we meet

- Core group: every 4 weeks at Brookside Primary, 9.30am – Thursday 5 June, 3 July and 31 July 2025.
- Review child protection conference: Thursday 7 August 2025, 10am, Hollinbrae Civic Offices.

## Who to ring

| Who | Number | When |
|---|---|---|
| Priya Nandha (SW) | 01632 960 771 | Mon–Fri, 9am–5pm |
| Emergency Duty Team | 01632 960 990 | evenings, weekends, bank holidays |
| Tom Reeve (CPN) | 01632 960 418 | Mon–Fri, 9am–5pm |
| Hollinbrae crisis line | 0808 157 0392 | any time |
| Carol (Nana) | 07700 900 214 | any time |
| Dawn Sealey | 07700 900 587 | any time |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Letter to the grandparents who are part of the safety network, after an
#    ICPC: their part, then everyone else's part, as paragraphs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_hemblecott_letter_to_grandparents_aldous.docx",
    "doc_title": "Letter to Mr and Mrs Aldous - Leo and Ava's child protection plan",
    "split": "heldout",
    "template": "letter-to-grandparents-in-safety-network-after-icpc-your-part-then-everyone-elses-paragraphs",
    "description": (
        "SW's letter to the maternal grandparents after an ICPC for a 6-year-old and a 2-year-old "
        "(mother's cocaine use and anxiety, domestic abuse by her partner), setting out their part and "
        "everyone else's as one sentence each. Grandparents' tea, contact supervision and 'keep an eye on' "
        "with no measure, 'as and when you can', passive referrals, 'when a place comes up', "
        "'Everyone involved'; an adult-only outcome, no adult service owns an action, the contingency "
        "sends the children to the grandparents with no fallback, and no legal step."
    ),
    "blocks": [
        ("pr", "Hemblecott Borough Council"),
        ("pr", "Children's Services – Safeguarding Team East"),
        ("pr", "Kestrel House, 9 Tanner Street, Hemblecott"),
        ("pr", "12 June 2025"),
        ("p", ""),
        ("pl", "Mrs Pat Aldous and Mr Derek Aldous"),
        ("pl", "14 Briar Close"),
        ("pl", "Hemblecott"),
        ("p", ""),
        ("p", "Dear Pat and Derek,"),
        ("p", "Thank you both for coming to the child protection conference for Leo and Ava on Monday 9 June. "
              "Chantelle asked me to write to you as well as to her, because you are such a big part of the "
              "plan, and I said I would put it in plain words rather than send you the minutes. The minutes "
              "will follow from the conference team in the next couple of weeks."),
        ("boldp", "Why Leo and Ava have a plan"),
        ("p", "Leo (6) and Ava (2) are on child protection plans under the category of emotional abuse. "
              "As you know, the police have been called to Chantelle's flat three times since February "
              "because of arguments with Jason, and in March he pushed her against the kitchen worktop "
              "while Ava was in her high chair. Chantelle told conference that she has been using cocaine "
              "at weekends since Christmas, and that her anxiety and panic attacks have got worse. She is "
              "on medication for her anxiety from her GP."),
        ("boldp", "What Leo told me"),
        ("p", "I saw Leo on his own at school on 4 June. He told me \"Nana's house is the quiet house\" and "
              "that he likes it when Grandad lets him help in the shed. He said that when Mummy and Jason "
              "shout he puts the telly up loud \"so Ava doesn't hear\". He wants \"Mummy to stop being "
              "poorly on Sundays\". Ava was chatty and busy with me at nursery; her keyworker says she "
              "cries when a door bangs and is only just starting to put two words together."),
        ("boldp", "What we all want for Leo and Ava"),
        ("bullets", [
            "Leo and Ava live somewhere with no shouting, pushing or hitting, and Leo stops worrying about "
            "his mum and his sister when he is at school.",
            "Ava goes to nursery most days and her talking keeps coming on.",
            "Chantelle will stop using cocaine and get her anxiety under control.",
        ]),
        ("boldp", "Your part in the plan"),
        ("p", "Pat, you said you would have Leo and Ava after school and nursery every Tuesday and Thursday, "
              "give them their tea and bring them home for bedtime."),
        ("p", "Derek, you agreed to help supervise Jason's time with Ava, as and when you can, so that he is "
              "not on his own with the children."),
        ("p", "You both said you would keep an eye on Chantelle at weekends and ring me if you think she has "
              "used."),
        ("boldp", "What everyone else will do"),
        ("p", "I will visit Leo and Ava at home every two weeks and see Leo on his own at school in between; "
              "my visit notes will record what Leo tells me each time."),
        ("p", "Ava's nursery, Little Owls, will send me her attendance every Friday, and we are looking for her "
              "to be there at least 4 days out of 5."),
        ("p", "Leo's school, Hemblecott Primary, will give him a session with the learning mentor, Mrs Farrant, "
              "every Monday and Thursday morning, and she will send me a short note after each one of what "
              "Leo has said."),
        ("p", "A referral will be made to the Hemblecott Recovery Team so that Chantelle can get help with "
              "her cocaine use."),
        ("p", "Chantelle's GP will be asked to look at her anxiety medication again."),
        ("p", "Jason has agreed to go on the Choices programme for men who have been abusive, when a place "
              "comes up, and the Choices worker will send me a written report at the end of it."),
        ("p", "Rachel Ince, the health visitor, will keep an eye on Ava's speech and her weight."),
        ("p", "Everyone involved will let me know the same day if they are worried about the children."),
        ("boldp", "If something goes wrong"),
        ("p", "If Chantelle has used cocaine while she is looking after Leo and Ava, or Jason comes to the flat "
              "when he has been told not to, please ring me straight away, or 999 if anyone is in danger "
              "(out of hours, the Emergency Duty Team is on 01632 960 200). The children would come and stay "
              "with you at Briar Close, and I would hold a strategy discussion with the police the same day."),
        ("boldp", "Meetings"),
        ("p", "The core group, which you are both welcome to come to, will meet every four weeks at the "
              "Hemblecott Family Centre: the first is on Thursday 19 June at 10am, then 17 July and 14 "
              "August. The review child protection conference will be on Tuesday 2 September 2025 at "
              "1.30pm at Kestrel House."),
        ("p", "I know this is a lot to take on, and I am grateful. If anything in this letter is not right, "
              "please ring me on 01632 960 643."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("pl", "Natalie Ferris"),
        ("pl", "Social Worker, Safeguarding Team East"),
        ("pl", "cc Chantelle Aldous; Sandra Booth (conference chair)"),
    ],
    "findings": [
        F("M001", "you said you would have Leo and Ava after school"),
        F("T002", "you agreed to help supervise Jason's time with Ava"),
        F("M001", "you agreed to help supervise Jason's time with Ava"),
        F("M002", "You both said you would keep an eye on Chantelle"),
        F("W001", "A referral will be made to the Hemblecott Recovery Team"),
        F("T001", "A referral will be made to the Hemblecott Recovery Team"),
        F("M001", "A referral will be made to the Hemblecott Recovery Team"),
        F("W001", "Chantelle's GP will be asked to look at her anxiety medication"),
        F("T001", "Chantelle's GP will be asked to look at her anxiety medication"),
        F("M001", "Chantelle's GP will be asked to look at her anxiety medication"),
        F("T002", "Jason has agreed to go on the Choices programme"),
        F("T001", "the health visitor, will keep an eye on Ava's speech"),
        F("M002", "the health visitor, will keep an eye on Ava's speech"),
        F("W002", "Everyone involved will let me know the same day"),
        F("M001", "Everyone involved will let me know the same day"),
        F("F002", "Chantelle will stop using cocaine and get her anxiety under control"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group notes: who came (initials table), how things are for the
#    children, a round the table with the same two questions for each
#    person, then "Agreed today" numbered sentences that are the plan until
#    the next meeting. Exemplary; PDF with header and page footer.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_harnwick_core_group_notes_two_questions_stannard.pdf",
    "doc_title": "Core group notes - Jack and Poppy Stannard - 17 June 2025",
    "split": "heldout",
    "template": "core-group-notes-whats-better-what-still-worries-per-person-then-agreed-today-numbered-sentences-paged",
    "description": (
        "Exemplary second core group notes for a 9-year-old and a 4-year-old (mother's alcohol misuse and "
        "anxiety): attendance table with initials, the children's views, a round the table answering "
        "'What's better?' and 'What still worries us?' for each person, scaling, then numbered 'Agreed "
        "today' sentences each with owner, timescale and measure; the alcohol service and the CBT "
        "therapist report on change; contingency covers father and grandmother being unable to help; "
        "dates and legal planning. OFFICIAL-SENSITIVE header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE | Harnwick Borough Council | Children's Social Care",
    "footer": "Stannard core group notes, 17/06/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Notes"),
        ("kv", [
            ("Children", "Jack Stannard (9), St Aidan's Primary; Poppy Stannard (4), Tiddlers Nursery"),
            ("Plan", "Child protection plan from the initial conference on 20/05/2025 – neglect"),
            ("Meeting", "Second core group, Tuesday 17 June 2025, 1.30pm, Harnwick Family Hub"),
            ("Chair", "Nadia Fairbairn, social worker"),
            ("Notes", "Lewis Ord, business support"),
        ]),
        ("boldp", "Who came"),
        ("table", {
            "header": ["Name", "Role", "Initials"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["Sophie Stannard", "Mum", "SS"],
                ["Mark Stannard", "Dad – lives in Harnwick, has the children every other weekend", "MS"],
                ["Maureen Stannard", "Paternal grandmother", "MSt"],
                ["Nadia Fairbairn", "Social worker, Harnwick Children's Social Care", "NF"],
                ["Helen Brightmore", "Designated safeguarding lead, St Aidan's Primary", "HB"],
                ["Kerry Doyle", "Room leader, Tiddlers Nursery", "KD"],
                ["Ben Ashworth", "Recovery worker, Harnwick Alcohol and Drug Service (HADS)", "BA"],
                ["Joy Nkemelu", "Health visitor", "JN"],
                ["Apologies: Dr Gareth Rees", "GP, Elm Lane Surgery – written update sent", "GR"],
            ],
        }),
        ("h2", "1. How things are for Jack and Poppy"),
        ("p", "NF saw Jack on his own at school on 12 June. He said home is \"better, Mum's not been sick "
              "in the morning\" and that he likes it when Nana Maureen does his packed lunch on Wednesdays. "
              "He said he still checks on Mum before he goes to sleep \"in case she's fallen over\", and "
              "that he would like to go to football club on Saturdays \"like before\". On a scale of 0 to "
              "10 for how safe home feels he said 7, \"because it's quieter\"."),
        ("p", "Poppy is too young to say much about home. At nursery she is chatty with KD, plays "
              "mummies and babies and puts the baby \"to bed\" with a bottle of \"wine\". She has arrived "
              "hungry twice since the conference and ate two breakfasts on both days. At home on 12 June "
              "she showed NF her bedroom and her new bed sheets and sat on Sophie's knee for the rest of "
              "the visit."),
        ("h2", "2. What we are working towards (agreed at conference)"),
        ("bullets", [
            "Jack and Poppy are looked after every day and night by a sober adult, and Jack no longer "
            "feels he has to check on his mum.",
            "Jack and Poppy get to school and nursery on time, fed and in clean clothes.",
            "Poppy's speech catches up and she is ready to start reception in September 2026.",
        ]),
        ("h2", "3. Round the table"),
        ("boldp", "Sophie (SS)"),
        ("p", "What's better: Sophie said she has not had a drink since 28 May. Her breath tests at HADS "
              "have all been clear. She has walked Jack to school every day he has been with her."),
        ("p", "What still worries us: Sophie said evenings are the hardest time. She had a panic attack "
              "in the supermarket on 10 June and went home without the shopping."),
        ("boldp", "Mark (MS) and Maureen (MSt)"),
        ("p", "What's better: Mark has had the children both weekends as agreed. Maureen has collected "
              "them every Wednesday and says Poppy is \"eating like a horse\"."),
        ("p", "What still worries us: Mark works shifts at the depot and cannot always leave at short "
              "notice. Maureen has a hospital appointment for her hip in July."),
        ("boldp", "School (HB)"),
        ("p", "What's better: Jack's attendance since the conference is 97%, up from 84% last term. He has "
              "been late twice, both on Mondays after Mark's weekends, by less than ten minutes."),
        ("p", "What still worries us: Jack told his class teacher that he \"has to keep an eye on Mum\", "
              "and he is tired on Monday mornings."),
        ("boldp", "Nursery (KD)"),
        ("p", "What's better: Poppy has been in on 8 of 10 days and is settling more quickly."),
        ("p", "What still worries us: Poppy came in hungry twice and in the same clothes three days running "
              "in the week of 2 June. Her speech is behind other children of her age."),
        ("boldp", "HADS (BA)"),
        ("p", "What's better: Sophie has come to 4 of 4 sessions and all 6 breath tests since 2 June have "
              "read zero."),
        ("p", "What still worries us: it is early days. BA explained that the risk of relapse is highest "
              "in the first three months and that Sophie has stopped drinking twice before, in 2022 and "
              "2023, and started again within eight weeks both times."),
        ("boldp", "Health (JN, and GR by email)"),
        ("p", "What's better: Poppy's immunisations are up to date. GR's update says Sophie's liver "
              "function tests in April were raised but not severely."),
        ("p", "What still worries us: Poppy's 4-year check was missed in March and has not been rebooked."),
        ("h2", "4. Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident Jack and Poppy are safe enough for "
              "the plan to end and 0 means they cannot stay at home: SS 7, MS 6, MSt 6, NF 4, HB 5, KD 5, "
              "BA 5, JN 5."),
        ("pagebreak",),
        ("h2", "5. Agreed today – what happens until the next core group"),
        ("numbers", [
            "NF (SW) will visit Sophie, Jack and Poppy at home every week until the review conference, with "
            "at least every other visit unannounced, and will see Jack on his own each time; her visit "
            "records will say what Jack said and what food was in the house.",
            "Sophie will give a breath test at HADS every Monday and Thursday morning, and BA will email the "
            "readings to NF each Friday; every reading should be zero.",
            "BA (HADS) will carry on weekly relapse-prevention sessions with Sophie and write a report for the "
            "review conference by 29 July 2025 on whether she can stay alcohol-free, what still needs to "
            "change and how long that is likely to take.",
            "Rob Inchley, CBT therapist at Harnwick Talking Therapies (agreed by email before the meeting), "
            "will see Sophie for 8 weekly sessions for her anxiety from 24 June and send NF a written view by "
            "5 August 2025 on whether her anxiety is changing and how that affects her care of the children.",
            "HB (DSL) will email NF Jack's attendance and late marks every Friday; the aim is Jack in school "
            "by 8.50am on every day he is in Sophie's care.",
            "KD will note each day what time Poppy arrives, whether she has had breakfast and how she is "
            "dressed, and send the notes to NF every Friday; the aim is Poppy in by 9.15am on at least 9 "
            "days in 10.",
            "JN (HV) will do Poppy's 4-year health and speech check at nursery by 11 July 2025 and send NF "
            "the results, with any speech and language therapy referral letter.",
            "Maureen will collect Jack and Poppy every Wednesday after school and nursery, give them their "
            "tea and bring them home by 7pm; the school and nursery collection books will show her "
            "signature.",
            "Mark will have Jack and Poppy every other weekend from Friday 5pm to Sunday 5pm, and will "
            "collect them on any weekday that Sophie rings him to say she has had a drink; he will text NF "
            "the same day and NF will log each call on the children's file.",
            "NF will book Sophie and Mark onto the Harnwick Parenting Together course that starts on 8 July "
            "2025 (six Tuesday evenings); the course leader will send NF the attendance and a short "
            "end-of-course report.",
        ]),
        ("h2", "6. If things go wrong (contingency from conference, checked today)"),
        ("p", "If Sophie has a breath test that is not zero, misses two tests in a row, is seen to be "
              "drunk or smelling of alcohol while caring for the children, or Jack or Poppy are not "
              "collected from school or nursery, the school or nursery will ring NF at once (the Emergency "
              "Duty Team after 5pm). Jack and Poppy will go to Mark's that day. If Mark is at work and "
              "cannot leave, or cannot have them, they will stay with Maureen. If neither Mark nor Maureen "
              "can have them (for example while Maureen is in hospital in July), Jack and Poppy will go "
              "together to foster carers that evening. NF will hold a strategy discussion within 24 hours."),
        ("p", "If Sophie has a second breath test that is not zero, or the HADS report on 29 July says she is "
              "not managing the changes the children need, NF's team manager, Olu Bankole, will request a "
              "legal planning meeting within 10 working days."),
        ("h2", "7. Dates"),
        ("bullets", [
            "Core group: every 4 weeks, 1.30pm at Harnwick Family Hub – next on 15 July 2025, then "
            "12 August 2025.",
            "Review child protection conference: 19 August 2025, 10am, Harnwick Civic Centre.",
            "These notes go to everyone on the list above, and to the conference chair.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Plan written for a 14-year-old after her review conference as
#    "You asked: ... / We said: ..." pairs, plain text for email (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_hoddlestone_you_asked_we_said_ferriby.txt",
    "split": "heldout",
    "template": "young-person-you-asked-we-said-numbered-pairs-plain-text-letter-txt",
    "description": (
        "RCPC plan written for a 14-year-old at risk of exploitation (mother's depression) as numbered "
        "'You asked' / 'We said' pairs in a plain-text letter, with her words, aims, a contingency and "
        "meetings. 'When he can', a DSL check-in and a counsellor's weekly sessions with no measure (the "
        "counsellor only supports), 'keep an eye on', a CAMHS waiting list, 'over the next few weeks' "
        "and 'improvement', 'Your family' as owner; an adult-only aim and no review conference date."
    ),
    "text": """\
HODDLESTONE COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICE
Exploitation and Missing Team, 2nd Floor, Calder House, Hoddlestone

YOUR PLAN - JADE FERRIBY (14)
Written for you after the review child protection conference on Tuesday 10 June 2025
Your social worker: Kofi Asante, 07700 900 318

Hi Jade,

At the end of the meeting you said you wanted the plan written "like a normal
person would write it, not like a form". So here it is. First, the things you
said. Then what we're all aiming for. Then each thing you asked for at the
meeting, and what we said we'd do about it. Your mum has a copy too.

WHAT YOU SAID
-------------
You told me (and you said I could write it down):
  "I'm not stupid, I know they're not my mates really. But it's better than
   sitting in the house with nobody talking."
  "Mum's either asleep or crying. Darren's alright but he's never in."
  "I want to go back to boxing. I was good at it."
  "I hate having to tell my story again every time there's a new worker."
You said school is "alright apart from maths and Mr Pike", and that the best
bit of your week is Sunday dinner at your Aunt Lorraine's.

WHAT WE'RE ALL AIMING FOR
-------------------------
* You are safe when you're out, you're home by the time agreed, and you are not
  in cars or flats with the older men the police have named.
* You are back in lessons full time by the start of Year 10 in September.
* You have at least one adult you trust that you can ring any time.
* Mum feels better and is able to cope.

YOU ASKED ... WE SAID ...
-------------------------
1. You asked: "Stop changing my social worker every five minutes."
   We said: Kofi will stay your social worker at least until the next review and
   will see you on your own every week, at school or somewhere you pick; his
   visit notes will say what you told him and how your week has been.

2. You asked: "Can I do boxing again?"
   We said: Liam Shaw from the Hoddlestone Youth Service will get you a place at
   Hoddlestone ABC boxing club when he can.

3. You asked: "Don't tell school everything."
   We said: Ms Okoro, the DSL at Hoddlestone Academy, will only share what she has
   to, and will meet you every Monday morning to talk about how the week has gone.

4. You asked: "Tell me who the police think is dangerous."
   We said: PC Dan Hanley from the police exploitation team will meet you and Kofi
   by 27 June 2025 to explain what the police are doing, and will tell Kofi in
   writing which adults have been given warning notices.

5. You asked: "Help Mum."
   We said: Mum's counsellor at the Hoddlestone Wellbeing Service will keep seeing
   her every week to help with her depression.
   We also said: Mum will go back to her GP about changing her tablets.

6. You asked: "Don't ground me forever."
   We said: by 20 June, you, Mum and Kofi will agree what time you need to be
   home, and Kofi will write it into this plan. Mum or Darren will report you
   missing to the police if you are not home by then and not answering your
   phone, and Kofi will get the police missing report the next morning and talk
   to you about it within 3 days.

7. You asked: "I want my phone to work so I can ring someone."
   We said: your family will make sure you have credit on your phone.

8. You asked: "Stop people following me round town."
   We said: the Youth Service detached team will keep an eye on who you're
   hanging around with in the town centre on Friday nights.

9. You asked: "Someone to talk to who isn't a social worker."
   We said: CAMHS will see you for an assessment when your turn comes up on the
   waiting list, and they will send Kofi a letter saying what they think would
   help. Until then, Erin Cole from Safer Futures will do six one-to-one sessions
   with you, once a week from 16 June, and will tell Kofi after each session
   whether you came.

10. You asked: "Less maths."
    We said: school (Mr Pike, head of Year 9) will put you on a part-time
    timetable and build it back up to full time over the next few weeks, and
    we'll see if there's an improvement.

WHAT HAPPENS IF THINGS GO WRONG
-------------------------------
If you go missing overnight, or we find out you have been in a car or a flat with
any of the men the police have named, Kofi (or the Emergency Duty Team at night)
will hold a strategy meeting the same day, and you would go and stay with Aunt
Lorraine in Tadwell while things are sorted out. Lorraine has said yes to this.
If she can't have you, you would stay with foster carers in Hoddlestone so you
can still get to school.

If you are still going missing, or still seeing those men, by the next core
group after the summer holidays, Kofi's manager will ask for a legal planning
meeting to decide whether you need to be looked after by the council to keep you
safe. We'd talk to you about that first.

WHEN WE MEET
------------
Core group (Kofi, Mum, Darren, Ms Okoro, Liam, Erin and you if you want): every
3 weeks, starting Tuesday 24 June 2025 at 4pm at Calder House.
Next review conference: date to be confirmed.

If anything in here is wrong, or you want to change something, text me.

Kofi
""",
    "findings": [
        F("T002", "Liam Shaw from the Hoddlestone Youth Service will get you"),
        F("M001", "Liam Shaw from the Hoddlestone Youth Service will get you"),
        F("M001", "will meet you every Monday morning to talk about how the week"),
        F("H001", "Mum's counsellor at the Hoddlestone Wellbeing Service will keep seeing"),
        F("M001", "Mum's counsellor at the Hoddlestone Wellbeing Service will keep seeing"),
        F("T001", "Mum will go back to her GP about changing her tablets"),
        F("M001", "Mum will go back to her GP about changing her tablets"),
        F("W002", "your family will make sure you have credit on your phone"),
        F("T001", "your family will make sure you have credit on your phone"),
        F("M001", "your family will make sure you have credit on your phone"),
        F("M002", "the Youth Service detached team will keep an eye on who"),
        F("T002", "CAMHS will see you for an assessment when your turn comes up"),
        F("T002", "will put you on a part-time timetable and build it back up"),
        F("M002", "will put you on a part-time timetable and build it back up"),
        F("F002", "Mum feels better and is able to cope"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan set out along the three sides of the assessment triangle:
#    a strengths / worries table (not actions), the children's wishes, then
#    bullets under each side of the triangle. Exemplary (docx).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_halverdine_triangle_sides_bullets_varga.docx",
    "doc_title": "Child Protection Plan - Ellis and Maisie Varga",
    "split": "heldout",
    "template": "icpc-plan-assessment-triangle-sides-strengths-worries-table-then-bullets-per-side",
    "description": (
        "Exemplary ICPC plan for a 13-year-old young carer and a 5-year-old (father's schizophrenia and a "
        "recent relapse, mother on night shifts): two-column strengths / worries table, the children's "
        "wishes, outcomes, then one-sentence bullets under the three sides of the assessment triangle, "
        "each with owner, timescale and measure; the psychosis team gives the depot and reports on early "
        "warning signs and change, the psychiatrist assesses capacity to change; uncle and grandmother "
        "help overnight and in the mornings with a fallback if they cannot; core group and review dates; "
        "legal planning."
    ),
    "blocks": [
        ("pr", "Halverdine City Council"),
        ("pr", "Children's Social Care – Safeguarding and Reviewing Unit"),
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellis Varga, born 19/02/2012 (13), Halverdine Academy, Year 8; "
                         "Maisie Varga, born 30/09/2019 (5), Oakfield Infants, Reception"),
            ("Address", "22 Rowan Court, Halverdine"),
            ("Parents", "Ryan Varga (dad, main carer during the week); Nikki Varga (mum, works nights at the "
                        "Halverdine distribution centre, Sunday to Thursday, 10pm to 6am)"),
            ("Conference", "Initial child protection conference, Tuesday 3 June 2025"),
            ("Category", "Neglect"),
            ("Chair", "Sandra Mulholland, independent reviewing officer"),
            ("Social worker", "Daniel Osei, Halverdine North Safeguarding Team"),
        ]),
        ("h1", "Why the children need a plan"),
        ("p", "Ryan has paranoid schizophrenia. He has been well for most of the last four years, with a "
              "depot injection every two weeks. In April he missed two injections. Over three weeks he "
              "stopped sleeping, covered the windows with foil and kept Maisie off school for eight days "
              "because he believed people were watching the flat. On 1 May Ellis rang 999 when Ryan "
              "blocked the front door with the sofa while Nikki was at work. Ryan was admitted to Larkspur "
              "Ward for 19 days. Ellis has been getting Maisie up, dressed and to school on the mornings "
              "after Nikki's night shifts, and has missed 14 days of school himself this term."),
        ("h1", "Strengths and worries"),
        ("table", {
            "header": ["What is going well", "What we are worried about"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Ryan has been back on his depot since 8 May and says he understands why he became unwell.",
                 "Ryan's last two relapses (2019 and 2025) both started with missed injections that nobody "
                 "outside the family knew about."],
                ["Nikki has told her manager about the family's situation and can take emergency leave.",
                 "Nikki is asleep for much of the day after her night shifts, and Ryan is alone with the "
                 "children overnight five nights a week."],
                ["Ryan's brother Adam and Nikki's mother Rosa live nearby and want to help.",
                 "Ellis is acting as Maisie's carer and as the person who watches his dad's mood."],
                ["Both children are warm and close with both parents; Maisie is doing well in Reception.",
                 "Maisie was frightened by the foil on the windows and still asks if \"the watchers\" are "
                 "coming back."],
            ],
        }),
        ("h1", "What Ellis and Maisie want"),
        ("p", "Ellis (seen alone at school, 28 May): \"I don't mind helping but I don't want to be the one "
              "who has to notice.\" He wants to \"go to school and not worry about what I'll find when I get "
              "back\", and to get back into the school football team. He said he would like someone to "
              "tell him \"what to look out for with Dad and who to ring, so it's not just on me\"."),
        ("p", "Maisie (seen at home with her toys, 29 May) drew her family \"at the park, with the windows "
              "open\". She said she likes it when \"Daddy does the silly voices at bedtime\" and that she "
              "does not like it \"when Ellis has to do my hair because he pulls\". She wants Nana Rosa to "
              "\"come for breakfast every day\"."),
        ("h1", "What needs to be different for Ellis and Maisie"),
        ("bullets", [
            "Ellis goes to school every day and is not the person responsible for Maisie or for spotting "
            "that his dad is becoming unwell.",
            "Maisie is got up, fed and taken to school by an adult every school day, and is never alone "
            "with her dad when he is unwell.",
            "Any sign that Ryan is becoming unwell is picked up early by adults, so that the children are "
            "safe and never frightened in their home again.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan follows the three sides of the assessment triangle. Each step says who will do it, "
              "by when, and how we will know it has happened."),
        ("h2", "Ellis's and Maisie's own needs"),
        ("bullets", [
            "Daniel Osei (SW) will visit every 10 working days, see Ellis and Maisie separately on their own, "
            "and write in his visit record what each child said and how Ryan presented.",
            "Mrs Priya Ghosh (DSL, Oakfield Infants) will email Daniel Maisie's attendance every Friday; the "
            "aim is Maisie in school on at least 95% of days for the rest of this term.",
            "Mr Tom Quayle (pastoral lead, Halverdine Academy) will give Ellis a time-out card and a check-in "
            "every Wednesday from 11 June, and email Daniel a note of each check-in the same day.",
            "Aisha Rahman (Halverdine Young Carers) will complete a young carer's assessment with Ellis by "
            "4 July 2025; her report to the core group will list the caring Ellis does now and who will take "
            "each task off him.",
            "Julie Pratt (school nurse) will check Maisie's height, weight and hearing at school by 27 June "
            "2025 and send the results to Daniel and the GP.",
        ]),
        ("h2", "Parenting – what Ryan and Nikki will do and the help they will get"),
        ("bullets", [
            "Carl Hennessey (care coordinator, Halverdine Early Intervention in Psychosis Team) will give "
            "Ryan his depot every 2 weeks at the Larches clinic, tell Daniel the same day if it is missed, "
            "and report in writing to each core group on Ryan's early warning signs and whether he is making "
            "the changes needed to care for the children safely.",
            "Dr Leonie Barr (consultant psychiatrist, Early Intervention in Psychosis Team) will assess Ryan "
            "by 27 June 2025 and write a report on his capacity to stay well and parent safely, the changes "
            "needed and the likely timescale, to be shared at the core group on 1 July 2025.",
            "Ryan will write a relapse-signs plan with Carl by 20 June 2025, saying what Ellis, Nikki and "
            "Rosa should look out for and who to ring; a signed copy will be on the fridge and with Daniel.",
            "Nikki will give Daniel her shift rota on the first day of each month, with the nights Adam and "
            "Rosa are booked marked on it; each month's marked rota will be on the children's file.",
            "Marta Nowak (family support worker) will do 6 weekly sessions with Ryan and Nikki on routines for "
            "Maisie from 12 June 2025; her session log will show bedtime, breakfast and the school run done "
            "by an adult.",
        ]),
        ("h2", "Family and home"),
        ("bullets", [
            "Adam Varga (uncle) will stay overnight at the flat every Sunday, Monday and Tuesday night while "
            "Nikki is at work, until the review conference, and sign the overnight book kept by the front "
            "door, which Daniel will check at each visit.",
            "Rosa Kovacs (maternal grandmother) will stay overnight every Wednesday and Thursday night while "
            "Nikki is at work and take Maisie to school on Thursday and Friday mornings; the school register "
            "will show Maisie in by 8.50am on those days.",
            "Daniel will refer the family to Halverdine Homes for a ground-floor transfer by 20 June 2025, "
            "with a letter from Carl about Ryan's needs; the referral and the housing officer's reply will "
            "be on the children's file.",
        ]),
        ("h1", "If things start to go wrong"),
        ("p", "If Ryan misses his depot by more than 3 days, stops sleeping, covers the windows or talks about "
              "being watched, Nikki, Adam or Rosa will ring Carl or the Halverdine crisis team straight away "
              "(999 if anyone is at risk), and Ellis knows he can ring Daniel, his Nana or 999. Daniel (or the "
              "Emergency Duty Team out of hours) will visit the same day and hold a strategy discussion within "
              "24 hours. Ellis and Maisie will go to Rosa's house and stay there until the crisis team say "
              "Ryan is well. If Adam or Rosa cannot do a night or a morning they are booked for, Nikki will "
              "take emergency leave and stay at home; if that is not possible, or Rosa cannot have the "
              "children, Ellis and Maisie will go together to foster carers that night."),
        ("p", "If Ryan becomes unwell again while the children are in his care, or Dr Barr's report says the "
              "changes are unlikely to be made in time for Ellis and Maisie, the team manager will request a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: first meeting on Tuesday 17 June 2025 at 4pm at Halverdine Academy, then every "
            "4 weeks – 15 July and 12 August 2025.",
            "Review child protection conference: Thursday 28 August 2025, 2pm, Halverdine Civic Centre.",
        ]),
        ("p", "Plan agreed at conference on 3 June 2025 by Ryan, Nikki and the agencies present. Copies to "
              "everyone who attended, to Adam Varga and Rosa Kovacs, and to Carl Hennessey."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Information sheet for ward staff about a looked-after child with a CP
#    plan: who may visit (a table that is not actions), what she said, then
#    the plan as bullets "while on the ward" and "before she leaves" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_hexenby_ward_information_sheet_whitlock.md",
    "split": "heldout",
    "template": "ward-staff-information-sheet-lac-child-who-may-visit-table-then-while-on-ward-and-before-discharge-bullets-md",
    "description": (
        "SW's information sheet for children's ward staff about an 8-year-old with type 1 diabetes, "
        "accommodated under section 20 while on the ward and on a CP plan (mother's depression and "
        "drinking): a who-may-visit table that is not an action table, her words, aims, then bullets "
        "for while she is on the ward and before discharge. Nobody visits her at a stated frequency "
        "(SW 'when her diary allows', foster carers 'as often as they can'); a passive contact "
        "action, 'keep an eye on', 'All professionals', 'ongoing'/'engagement', 'asap'; an adult-only "
        "aim, no adult service owns an action, and a contingency that only reviews."
    ),
    "text": """\
# Information for Ward 12 staff – Maya Whitlock

**Hexenby Borough Council – Children's Social Care (Children in Care Team 1)**
Written by: Gemma Larch, social worker · 11 June 2025
Please keep this in the front of Maya's ward notes and tell the nurse in charge of each shift.

| | |
|---|---|
| Child | Maya Whitlock, born 14/03/2017 (8) |
| On the ward since | 2 June 2025 (admitted with diabetic ketoacidosis – her third admission this year) |
| Legal status | Looked after (section 20, agreed by her mum on 6 June 2025); also on a child protection plan (neglect) since 11 March 2025 |
| Mum | Kerry-Ann Whitlock |
| Social worker | Gemma Larch, 01632 960 532 (out of hours: Emergency Duty Team, 01632 960 990) |
| Consultant | Dr Farah Said, paediatric diabetes |

## Why Maya is here, and why she is looked after

Maya has type 1 diabetes. Since January she has been admitted three times with DKA because her insulin
was missed at home. Kerry-Ann has depression and has been drinking heavily most evenings; she told the
ward she "couldn't face doing the injections" in the week before this admission. Kerry-Ann agreed on
6 June that Maya should be looked after by foster carers who can manage her diabetes when she leaves
hospital. Maya is not going home to Kerry-Ann from the ward.

## Who may visit Maya

| Name | Who they are | What is agreed |
|---|---|---|
| Kerry-Ann Whitlock | Mum | No visits on the ward for now. Phone or video call each evening, 6pm to 6.30pm, with a nurse in the room. |
| Debbie Whitlock | Aunt (mum's sister) | May visit in normal visiting hours. Please let Gemma know when she has been. |
| Keith Whitlock | Grandad | May visit in normal visiting hours, with Debbie. |
| Sean Pryce | Maya's dad | Not allowed to visit or ring the ward. |
| Mr and Mrs Odell | Foster carers (from discharge) | May visit at any time to get to know Maya and learn her routine. |

## What Maya has told us

Maya told Gemma on 9 June that she likes the ward "because the nurses don't forget my injections". She
says she misses her mum and her cat, Pickle, and wants to "ring Mummy every night, not just sometimes".
She asked who will look after Pickle. She said she is "a bit scared of new people" and wanted to know if
the Odells have a dog (they don't, they have chickens). When asked what would help, she said "someone to
play Uno with after tea".

## What we want for Maya

- Maya's blood sugars stay between 4 and 10, and she has no more admissions with DKA.
- Maya leaves hospital to live with carers who give her insulin on time, every time.
- Maya keeps in touch with her mum safely, and sees her face to face when it is safe.
- Kerry-Ann accepts help with her drinking and her mood.

## While Maya is on the ward

- Ward 12 nurses to give Maya her insulin and record her blood sugars four times a day on the ward chart.
- SW (Gemma Larch) to visit Maya on the ward when her diary allows and see her on her own; what Maya
  says will be written on her visit record.
- Hospital play specialist to spend time with Maya each afternoon.
- Face-to-face contact between Maya and her mum to be arranged.
- Hospital social worker (Anne Fairley) to keep an eye on things on the ward.
- All professionals to tell Gemma the same day about any worries and log them on the hospital
  safeguarding record.
- Kerry-Ann to keep attending her appointments with the mental health team and the alcohol service,
  ongoing; her engagement will be monitored.

## Before Maya leaves hospital

- Anita Ross (diabetes specialist nurse) to write a diabetes care plan for school and for the foster
  home by 20 June 2025, copied to Gemma and the school nurse.
- Ward 12 nurses to teach Mr and Mrs Odell Maya's insulin routine and sign them off as competent before
  discharge, on the ward competency sheet.
- Mr and Mrs Odell (foster carers) to visit Maya on the ward as often as they can to get to know her.
- Hexenby fostering team (Lisa Moran) to confirm the placement with Mr and Mrs Odell asap; the
  placement planning meeting will be minuted and the minutes sent to the ward.
- Dr Farah Said to set a discharge date at the ward round on Monday 16 June and tell Gemma in writing
  the same day.
- Paul Okafor (IRO) to visit Maya on the ward once before discharge to hear her views; her views will
  be written into the record of her first looked after review.

## If there are worries

If there are any further concerns about Maya's care, or about contact with her mum, please let Gemma
know and the plan will be reviewed with her manager.

## Meetings

- Core group: every 4 weeks; next on Tuesday 24 June 2025, 2pm, Ward 12 seminar room.
- First looked after review: 3 July 2025 (Paul Okafor, IRO).
- Review child protection conference: Thursday 4 September 2025.
- If Kerry-Ann withdraws her agreement to Maya being looked after, or the Odells' placement is not
  agreed by the discharge date, Gemma's team manager will request a legal planning meeting that week.
""",
    "findings": [
        F("T002", "to visit Maya on the ward when her diary allows"),
        F("M001", "Hospital play specialist to spend time with Maya each afternoon"),
        F("W001", "Face-to-face contact between Maya and her mum to be arranged"),
        F("T001", "Face-to-face contact between Maya and her mum to be arranged"),
        F("M001", "Face-to-face contact between Maya and her mum to be arranged"),
        F("T001", "Hospital social worker (Anne Fairley) to keep an eye on things"),
        F("M002", "Hospital social worker (Anne Fairley) to keep an eye on things"),
        F("W002", "All professionals to tell Gemma the same day about any worries"),
        F("T002", "Kerry-Ann to keep attending her appointments with the mental health team"),
        F("M002", "Kerry-Ann to keep attending her appointments with the mental health team"),
        F("T002", "to visit Maya on the ward as often as they can"),
        F("M001", "to visit Maya on the ward as often as they can"),
        F("T002", "to confirm the placement with Mr and Mrs Odell asap"),
        F("F002", "Kerry-Ann accepts help with her drinking and her mood"),
        F("L001"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a safeguarding partnership's "7 minute briefing" on writing
#    child protection plans, with a before / after table of example actions
#    and the partnership's own next steps (PDF with header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b24_hobbenford_seven_minute_briefing_tremayne.pdf",
    "doc_title": "7 Minute Briefing 14 - Making child protection plans work",
    "split": "heldout",
    "template": "not-a-plan-partnership-seven-minute-briefing-before-after-examples-paged",
    "description": (
        "Not a plan: a safeguarding partnership's seven-section '7 minute briefing' after a rapid review, "
        "with what a good plan contains, a before / after table of example plan actions, supervision "
        "questions and the partnership's own dated next steps; no child's plan, so no findings."
    ),
    "not_a_plan": True,
    "header": "Hobbenford Safeguarding Children Partnership | 7 Minute Briefing No. 14",
    "footer": "Please share with your team – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "7 Minute Briefing: Making child protection plans work"),
        ("kv", [
            ("From", "Learning and Improvement Group, Hobbenford Safeguarding Children Partnership"),
            ("Date", "June 2025"),
            ("Written by", "Dr Ruth Tremayne, Partnership Business Manager"),
            ("For", "Everyone who writes, chairs or contributes to child protection plans: social workers, "
                    "IROs and conference chairs, health visitors, midwives, school DSLs, police, adult mental "
                    "health and substance misuse services"),
        ]),
        ("p", "7 minute briefings are short pieces of learning to use at the start of a team meeting or in "
              "supervision. Read it together, talk about the questions in section 6, and send us your "
              "team's ideas."),
        ("h2", "1. Background"),
        ("p", "In late 2024 the partnership held a rapid review after a nine-month-old baby, whom we call "
              "Child M, was admitted to hospital with a serious injury while on a child protection plan. "
              "The review did not find that anyone could have predicted the injury. It did find that the "
              "plan had drifted for four months: the actions were the same at the review conference as at "
              "the initial one, nobody could say whether anything had changed, and the family had moved to "
              "Hobbenford from a neighbouring authority halfway through."),
        ("h2", "2. Why it matters"),
        ("p", "A child protection plan is the only document that tells everyone, including the family, what "
              "has to change for the child to be safe, who is doing what, and what will happen if it does "
              "not work. National reviews, including the Child Z review, keep finding the same gaps: no "
              "contingency, plans that lean on relatives without saying what happens if they cannot cope, "
              "adult services left out of the plan, and no legal planning when nothing changes."),
        ("h2", "3. What the review found"),
        ("bullets", [
            "Eleven of the fourteen actions in Child M's plan had no date, or said \"ongoing\".",
            "Two actions belonged to \"all professionals\" and one to \"the family\".",
            "The plan relied on the maternal grandmother staying over most nights. When she went into "
            "hospital in October, nobody had agreed what would happen instead.",
            "Mum's mental health team offered her support sessions but were never asked whether she "
            "could make the changes her baby needed, or how long that might take.",
            "Parts of the plan were put on hold \"until the transfer-in conference\", which took seven "
            "weeks to arrange.",
            "The baby's own day – feeding, sleeping, who held him – was hardly described anywhere.",
        ]),
        ("h2", "4. What a good plan has"),
        ("bullets", [
            "Outcomes that describe what will be different for the child, not only for the parent.",
            "The child's wishes and feelings, or for a baby what professionals have seen of their day.",
            "For every action: one named person or role, a real date or frequency, and something you "
            "could see or count to know it has worked.",
            "Adult services owning their own actions, and mental health services asked to assess the "
            "parent's capacity to change and the likely timescale.",
            "A contingency with a clear trigger, a protective response, and a fallback if family support "
            "breaks down.",
            "Core group dates, the review conference date, and the point at which legal planning will be "
            "requested if there is not enough progress.",
            "No action paused while a case transfers: the sending authority keeps the plan going until "
            "the transfer-in conference.",
        ]),
        ("h2", "5. Before and after"),
        ("p", "These examples are made up for this briefing. They are not from Child M's plan."),
        ("table", {
            "header": ["What we often see", "What would be better"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Mum to engage with mental health services – ongoing.",
                 "Perinatal mental health practitioner (named) to see Mum every two weeks and write to each "
                 "core group on whether she is making the changes the baby needs."],
                ["Home conditions to be monitored.",
                 "SW (named) to visit weekly, at least one visit in three unannounced, and record the state "
                 "of the baby's sleeping space on the visit record."],
                ["Family to support Mum with the baby.",
                 "Grandmother (named) to stay overnight Monday to Thursday; if she cannot, the SW arranges a "
                 "foster placement or a mother and baby placement the same day."],
                ["If things do not improve, the plan will be reviewed.",
                 "If the baby misses two health visitor weighs, the SW will visit the same day and request a "
                 "legal planning meeting."],
            ],
        }),
        ("h2", "6. Questions for your team or supervision"),
        ("numbers", [
            "Pick one plan you are working on. Could someone who has never met the family tell from the plan "
            "what will be different for the child by the review?",
            "Which actions in that plan belong to \"everyone\"? Who would actually do them?",
            "If the relative the plan depends on rang tomorrow to say they could not help, what would happen?",
            "Has the adult mental health or substance misuse worker been asked for a view on change, in "
            "writing?",
            "What would make you ask for a legal planning meeting in this case, and does the plan say so?",
        ]),
        ("h2", "7. What the partnership will do next"),
        ("bullets", [
            "The Learning and Improvement Group will audit 25 child protection plans from across Hobbenford "
            "by 31 October 2025 and publish the findings to partners in November.",
            "The IRO service will add a contingency and legal planning check to the conference chair's "
            "checklist from 1 September 2025.",
            "The partnership's training lead will run four half-day workshops on writing plans between "
            "September and December 2025; dates are on the partnership website.",
            "Hobbenford and Castlebury councils will agree a joint protocol for transfer-in conferences by "
            "30 September 2025.",
        ]),
        ("p", "Questions or ideas: hscp.learning@hobbenford.example.gov.uk"),
    ],
    "findings": [],
})
