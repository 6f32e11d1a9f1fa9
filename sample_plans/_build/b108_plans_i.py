"""Batch 108, module i: seven fictional plans (held-out material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans whose owners and timescales are given in ways a linter
rarely meets, each in a layout of its own. Five plans are exemplary: a Word
plan whose headings say whose part it is ("Chloe's part", "What Alfie's
school will do") with lines that never name the owner again and times given
by the baby's age and the school year; a PDF letter from a named team in
"we" and "you", with passive lines whose agent comes at the end and times
given as counts and standing rules; a Markdown plan whose owners are
initials explained in a signature block, with shared tasks split between two
people and each timescale in the sentence after the action; a plain-text
print for a looked-after teenager on a hospital ward whose owners are job
titles alone and whose timescales come from stage headings, counts and
standing rules; and a PDF table whose shaded bands give the school-calendar
timescale of the rows under them. The other two (a Word pre-birth plan set
out in stages with passive lines, and a Markdown review plan of home rules
and jobs) carry a realistic mix of faults among rows that look odd but are
sound.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, baby and 6-year-old, mother with postnatal depression.
#    Word plan whose headings say whose part it is; the lines under a heading
#    never name the owner again. Timescales by the baby's age and the school
#    year. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ibbotsfold_icpc_whose_part_headings_baby_age_harker.docx",
    "doc_title": "Child Protection Plan - Ivy and Alfie Harker",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-word-plan-details-list-worries-what-alfie-says-and-ivys-day-outcomes-then-the-plan-with-a-heading-per-owner-whose-part-it-is-bullets-never-naming-the-owner-times-by-baby-age-and-school-year-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-week-old losing weight and her 6-year-old brother, "
        "whose mother has postnatal depression. The plan is split under headings that say whose part "
        "it is (Chloe's part, Ryan's part, What Nan Denise will do, What the perinatal mental health "
        "team will do, What Alfie's school will do...), and the bullets under each never name the "
        "owner again. Timescales are given by Ivy's age (by 12 weeks old, until she is six months "
        "old, until her first birthday) and by the school year (each school holiday, every Monday "
        "of the autumn term). Every line has a measure; the perinatal team assesses change, the "
        "grandmother's part has a fallback, legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ibbotsfold Metropolitan Borough Council · Children's Services · Safeguarding Team 2"),
        ("kv", [
            ("Children", "Ivy Harker, born 28/07/2025 (7 weeks old at conference); Alfie Harker (6), "
                         "DOB 03/02/2019, Year 2 at St Aidan's Primary School"),
            ("Address", "22 Wrenfield Road, Ibbotsfold IB4 7HN"),
            ("Mother", "Chloe Harker (25)"),
            ("Ivy's father", "Ryan Pell (29), lives with the family; works nights, Wednesday to Saturday"),
            ("Alfie's father", "Not involved; no contact since 2020"),
            ("Maternal grandmother", "Denise Harker (Nan Denise), 12 Cobden Street, Ibbotsfold"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "16/09/2025, Ibbotsfold Civic Centre. Chair: Margaret Ollerenshaw"),
            ("Social worker", "Beth Kendrick (team manager: Asif Rana)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Ivy was born at 39 weeks on the 25th centile. By her 6-week check her weight had fallen to just "
              "below the 9th centile. Chloe had depression before and stopped her sertraline when she found out "
              "she was pregnant. Since Ivy was born she has spent most days in bed, and on 05/09/2025 the health "
              "visitor found Alfie, who is six, making up a bottle for Ivy with cold tap water while Chloe was "
              "asleep upstairs. Ryan works four nights a week and sleeps in the day. Alfie was late on six of "
              "his first nine days back at school and twice told his teacher he had not had breakfast. The GP "
              "restarted Chloe's sertraline on 12/09/2025 and referred her to the perinatal mental health team, "
              "who saw her for the first time on 15/09/2025."),
        ("h1", "What Alfie has told us, and what we have seen of Ivy's day"),
        ("p", "Alfie (seen on his own at school, 10/09/2025): “Mummy is sad and stays in bed. I gave Ivy her "
              "bottle because she was crying and nobody came. I like Nan's because she does fish fingers and we "
              "watch the cartoons.” He scored home 5 out of 10 and Nan's house 10 out of 10. He wants his mum "
              "“to get up and take me to school like before”."),
        ("p", "Ivy is too young to tell us, so this is what the health visitor and the social worker saw on four "
              "visits. Ivy is alert and has a strong cry. When Ryan or Nan Denise picks her up she stops crying "
              "quickly and looks at their faces. When Chloe feeds her, Chloe often looks away and Ivy pulls off "
              "the bottle after a few sucks. On 11/09/2025 Chloe sang to her while feeding and Ivy took the "
              "whole bottle."),
        ("h1", "What we want for Ivy and Alfie"),
        ("bullets", [
            "Ivy is fed at least every four hours, day and night, and by the time she is 12 weeks old her "
            "weight is back on the 25th centile.",
            "Ivy is cared for every day by an adult who is well enough to notice when she is hungry, cold or "
            "upset and to comfort her.",
            "Alfie gets to school on time every day with breakfast inside him, and no longer makes Ivy's "
            "bottles or looks after her.",
            "Alfie knows which adult to tell if his mum is too poorly to get up, and feels able to do it.",
        ]),
        ("h1", "The plan"),
        ("p", "Each heading below says whose part it is. The lines under a heading are that person's or that "
              "service's jobs, so their name is not repeated. Times are given by Ivy's age (she was born on "
              "28/07/2025) or by Alfie's school year, with the date in brackets where it helps."),
        ("h2", "Chloe's part (Mum)"),
        ("bullets", [
            "Feed Ivy at least every three hours, day and night, and write every feed on the feed chart on "
            "the kitchen door, from today until Ivy is six months old (28/01/2026); the health visitor counts "
            "any gap of more than four hours at each visit.",
            "Take Ivy to her 8, 12 and 16-week immunisations and to baby clinic every other Thursday until her "
            "first birthday, so that every weight and every jab is written in her red book.",
            "Take sertraline every day as the GP prescribed it on 12/09/2025, from the pharmacy blister pack, "
            "so as to be well enough to get up for Ivy in the night and get Alfie ready for school; the "
            "perinatal nurse checks the pack at each home visit.",
        ]),
        ("h2", "Ryan's part (Ivy's dad)"),
        ("bullets", [
            "Do Ivy's 10pm and 2am feeds on every night off work (Sunday, Monday and Tuesday nights) and write "
            "them on the feed chart; the health visitor checks those entries at each visit.",
            "Walk Alfie to school for the 8.45am bell every Monday and Tuesday of the autumn term; the school "
            "register shows him there on time on those days.",
        ]),
        ("h2", "What Nan Denise will do"),
        ("bullets", [
            "Collect Alfie from school every Wednesday and Friday of the autumn term and give him his tea at "
            "Cobden Street until Ryan or Chloe fetches him at 6pm; she signs the school's collection book, "
            "which the social worker looks at each month.",
            "Have Alfie to stay for three nights in each school holiday, starting at October half-term (27/10/2025 "
            "to 31/10/2025), and text the social worker the dates a week before; Alfie tells the social worker "
            "how the stay went at the next visit.",
        ]),
        ("h2", "What the health visitor will do (Kerry Mannion, Ibbotsfold Community Health)"),
        ("bullets", [
            "Visit Ivy at home every week until she is 12 weeks old (20/10/2025), then every fortnight until "
            "she is six months old, weighing her each time; each weight is plotted in the red book and emailed "
            "to the social worker the same day.",
            "Complete the Edinburgh Postnatal Depression Scale with Chloe at Ivy's 8-week and 12-week contacts, "
            "and send the scores to the social worker and the perinatal team within two working days.",
        ]),
        ("h2", "What the perinatal mental health team will do (Dr Sunita Vyas, consultant, and Gareth Lowe, "
               "perinatal nurse)"),
        ("bullets", [
            "See Chloe at home every fortnight with Ivy there, treat her depression and anxiety, and assess at "
            "each visit whether she is getting better at noticing and answering Ivy's cues; a written note of "
            "each visit goes to the social worker within a week.",
            "Write a report on Chloe's capacity to change: what has improved, what still has to change for Ivy "
            "and Alfie, and how long that is likely to take; the report reaches the social worker by "
            "24/11/2025, two weeks before the review conference.",
        ]),
        ("h2", "What Alfie's school will do (Mrs Helen Barraclough, DSL, St Aidan's Primary)"),
        ("bullets", [
            "Check every school day whether Alfie arrives on time, has had breakfast and is in clean uniform, "
            "and phone the social worker the same day if he is late, hungry or not collected; an attendance "
            "printout goes to the social worker every Friday.",
            "Give Alfie twenty minutes with his teaching assistant, Mrs Orme, every Thursday afternoon of the "
            "autumn term to talk and draw about home, and write what he says on CPOMS for the social worker.",
        ]),
        ("h2", "What the social worker will do (Beth Kendrick)"),
        ("bullets", [
            "Visit Ivy and Alfie at home every week, at least one visit a month unannounced and one at Ivy's "
            "bedtime feed, seeing Alfie on his own; each visit record says how Ivy was fed and what Alfie said.",
            "Complete a parenting assessment of Chloe and Ryan, focused on Ivy's feeds and nights and on "
            "Alfie's mornings, by the time Ivy is 16 weeks old (17/11/2025); the report is shared with Chloe, "
            "Ryan and every core group member.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Ivy's feed chart shows a gap of more than four hours twice in one week, her weight drops at two "
              "visits in a row, Alfie is not collected from school, or Chloe tells anyone she has thoughts of "
              "harming herself or Ivy, Beth will hold a strategy discussion the same day, and Ivy and Alfie will "
              "stay with Nan Denise at 12 Cobden Street until it has taken place."),
        ("p", "If Nan Denise cannot have the children or cannot do her school days (she is ill or away), Beth will "
              "ask Ryan to take leave from work that day and, if he cannot, will place Ivy and Alfie together "
              "with Ibbotsfold foster carers the same day."),
        ("p", "If Ivy's weight is not back on the 25th centile by the time she is 12 weeks old, or the perinatal "
              "team's report says Chloe cannot make the changes Ivy needs in time, Beth will ask Asif Rana for a "
              "legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Wrenfield Children's Centre: 30/09/2025, "
            "28/10/2025 and 25/11/2025.",
            "Review child protection conference: Monday 08/12/2025, 10am, Ibbotsfold Civic Centre.",
            "Before each core group Beth will ask Alfie what has been better or worse at home and bring his "
            "answer to the meeting.",
        ]),
        ("p", "Plan agreed at conference on 16/09/2025. Copies to Chloe, Ryan, Denise and each service named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. RCPC plan written as a letter from a named team to the parents: "we"
#    is the team, "you" the parent named at the start of the line; other
#    services' lines are passive with the agent at the end. Counts and
#    standing rules as timescales. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_idrencombe_rcpc_team_letter_we_you_passive_agents_cadogan.pdf",
    "doc_title": "Plan letter - Tia and Reggie Cadogan",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-letter-to-parents-printed-to-pdf-page-header-footer-address-block-why-still-on-plan-what-children-showed-us-outcomes-then-the-plan-in-three-parts-we-the-team-you-the-named-parent-other-services-passive-with-agent-last-contingency-meetings-signature",
    "description": (
        "Exemplary first review conference plan for a 4-year-old and a 14-month-old whose father "
        "drinks heavily, written as a letter to the parents from the Family Safeguarding Team and "
        "printed to PDF with a page header and footer. The letter says that 'we' is the named team "
        "and 'you' the parent named at the start of the line; other services' lines are passive "
        "with the agent at the end ('...will be checked at each of the next three clinic visits by "
        "the health visitor'). Timescales include counts (the next three visits) and standing rules "
        "(never, every night). Every line has a measure; the alcohol service reports on change; "
        "the contingency names a same-night carer, a fallback and a legal planning meeting; dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Idrencombe Council – Family Safeguarding Team (Riverside)",
    "footer": "Tia and Reggie Cadogan – plan letter after the review conference of 02/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Idrencombe Council"),
        ("pl", "Family Safeguarding Team (Riverside)"),
        ("pl", "Riverside House, 4 Quay Street, Idrencombe ID2 5LP"),
        ("pr", "6 October 2025"),
        ("p", ""),
        ("pl", "Kerry Cadogan and Dean Foley"),
        ("pl", "31 Larkspur Way"),
        ("pl", "Idrencombe ID4 8BE"),
        ("p", ""),
        ("p", "Dear Kerry and Dean,"),
        ("boldp", "Tia and Reggie's child protection plan, agreed at the review conference on 02/10/2025"),
        ("p", "Thank you both for coming to the review conference and for being so honest about the last three "
              "months. The conference decided that Tia and Reggie still need a child protection plan, under the "
              "category of neglect. This letter is that plan. Please keep it somewhere you can find it."),
        ("p", "When this letter says “we”, it means the Family Safeguarding Team at Riverside House: Laura Osei, "
              "your social worker, and Femi Adeyinka, your family practitioner, with Gail Price as our team "
              "manager. When it says “you”, it means the person named at the start of that line."),
        ("h2", "Why Tia and Reggie are still on a plan"),
        ("p", "Tia and Reggie have had a plan since the initial conference on 10/07/2025. On 21/06/2025 Dean fell on "
              "the stairs while carrying Reggie after drinking most of the afternoon, and Reggie was taken to "
              "hospital with a bruise to his head. A week later the police were called to an argument at the "
              "house at 1am. Since July Dean has gone to the Idrencombe Alcohol Service every week. He had two "
              "positive breath tests in August and none in September. Kerry has kept to the children's bedtimes "
              "and Tia has been at nursery nearly every day. Things are better, but they have not been better "
              "for long enough for us to be sure they will last."),
        ("h2", "What Tia and Reggie have shown and told us"),
        ("p", "Tia (seen at nursery on 24/09/2025, with her key worker): “Daddy was poorly and fell down the "
              "stairs with Reggie. Now Daddy drinks juice.” In her “house of good things” she put Mummy, Daddy, "
              "Reggie, Auntie Nicola and the park. In her “house of worries” she put “shouting” and “the police "
              "car”. Her wish was “for Daddy to stay not poorly”."),
        ("p", "Reggie is 14 months old. He started walking in September. At our last two visits he toddled to "
              "Dean as soon as he came in and held his arms up to be lifted, and he settled for his nap in his "
              "cot after Kerry sang to him. He says “Da”, “Mama” and “dog”."),
        ("h2", "What we all want for Tia and Reggie"),
        ("bullets", [
            "Tia and Reggie are looked after every day and every night by a parent who is sober.",
            "Tia and Reggie never see or hear arguments or fighting at home again.",
            "Reggie keeps growing and learning to talk at the rate he should, and Tia goes to nursery every "
            "weekday.",
        ]),
        ("h2", "The plan"),
        ("h3", "What we will do"),
        ("bullets", [
            "We will visit Tia and Reggie at home every week, with at least one visit a month unannounced and "
            "one after 6pm, and we will write down what Tia tells us and how Reggie is; our visit notes go to "
            "every core group.",
            "We will do six sessions with you both on how drinking and arguments affect small children, on "
            "Tuesday mornings from 07/10/2025 to 11/11/2025, and each of you will sign the sheet from every "
            "session.",
            "At the next three visits we will do a “three houses” picture with Tia, so that her worries, good "
            "things and wishes are kept in her own words and brought to each core group.",
        ]),
        ("h3", "What we are asking you to do"),
        ("bullets", [
            "Dean, you will never drink alcohol while you are looking after Tia or Reggie, or bring alcohol "
            "into the house; your breath tests at the alcohol service and at our visits will show it.",
            "Dean, you will go to your key-work session at the Idrencombe Alcohol Service every Thursday at "
            "2pm, so that Tia and Reggie are cared for by a sober dad, and you will show us your appointment "
            "card stamped each week.",
            "Kerry, you will put Reggie in his cot by 7pm and Tia in bed by 7.30pm every night, and tick the "
            "bedtime chart on the fridge, which we will look at on every visit.",
            "Kerry, you will take Tia to Little Acorns Nursery by 9.15am every weekday, and the nursery "
            "register will show it.",
        ]),
        ("h3", "What other services will do"),
        ("bullets", [
            "Reggie's weight, walking and first words will be checked at each of the next three clinic visits "
            "by the health visitor, Amira Shah, and written in his red book, with a copy to us.",
            "Tia's attendance, and how she is when she arrives, will be checked every nursery day by the "
            "nursery manager at Little Acorns, Jo Pettifer, who will email us a summary every Friday.",
            "Dean's breath will be tested at every Thursday session by his recovery worker at the Idrencombe "
            "Alcohol Service, Marcus Hale, and each result will be emailed to us the next day.",
            "A written report on whether Dean is making and keeping the changes Tia and Reggie need, and how "
            "long any further change is likely to take, will be sent to us two days before each core group by "
            "Marcus Hale.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Dean drinks while he is looking after the children, has a positive breath test, or the police "
              "are called to an argument at your home, Kerry will take Tia and Reggie to her sister, Nicola "
              "Cadogan, at 5 Orchard Rise that same evening, Dean will stay away from the house until we have "
              "met you both, and we will hold a strategy discussion with Idrencombe Police the same day."),
        ("p", "If Nicola cannot have the children (she is away or ill), we will place Tia and Reggie together with "
              "Idrencombe foster carers that evening, and arrange for you both to see them the next day."),
        ("p", "If Dean has two positive breath tests in any four weeks, or Marcus's report says he is not making "
              "the changes the children need, we will ask Gail Price for a legal planning meeting within five "
              "working days, to decide whether to start the Public Law Outline."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 10am at Larkspur Children's Centre: 22/10/2025, "
            "19/11/2025 and 17/12/2025.",
            "Next review child protection conference: Thursday 26/03/2026 at 2pm, Idrencombe Civic Hall.",
        ]),
        ("p", "If anything in this letter is not clear, or you do not agree with it, please ring Laura on "
              "01632 960 418. You can bring a friend or an advocate to any meeting."),
        ("p", "Yours sincerely,"),
        ("pl", "Laura Osei"),
        ("pl", "Social worker, for the Family Safeguarding Team (Riverside), Idrencombe Council"),
        ("p", ""),
        ("p", "Copies: Marcus Hale, Idrencombe Alcohol Service; Amira Shah, health visitor; Jo Pettifer, Little "
              "Acorns Nursery; Rashida Khan, conference chair."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, mother's depression and drinking, 12-year-old young carer
#    and her 5-year-old brother. Markdown: owners are initials explained in
#    the signature block; two tasks shared between two people with who does
#    which half; each bullet gives the timescale in the sentence after the
#    action. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ilkerbrook_icpc_initials_signature_block_next_sentence_novak.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-markdown-initials-owners-explained-only-in-closing-signature-table-family-worries-childrens-words-numbered-outcomes-then-bullets-action-sentence-then-when-sentence-then-how-we-will-know-sentence-shared-tasks-split-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old young carer and her 5-year-old brother "
        "whose mother has depression and drinks most days. A markdown plan whose owners are written "
        "only as initials, explained in the signature block at the end. Each bullet gives the action "
        "in its first sentence, the timescale in the next sentence and the measure in the last; two "
        "tasks are shared between two people, saying who does which half (the social worker refers "
        "and drives, the young carers worker meets and stays; dad does two mornings, the aunt the "
        "rest). The psychologist assesses capacity to change, the alcohol service and GP own "
        "actions, the aunt's part has a fallback, legal planning follows named triggers, dates set."
    ),
    "text": """\
# Child Protection Plan — Lena and Kuba Novak

**Ilkerbrook Borough Council · Children's Services · Safeguarding Team (West)**
Initial child protection conference, Tuesday 14/10/2025 · Chair: Patrick Odell · Category: neglect

People in this plan are written as initials. Who each set of initials stands for is in the
signature block at the end, which everyone with a part in the plan signed at the conference.

## 1. Family

- **Lena Novak**, 12 (DOB 22/03/2013) — Year 8, Ilkerbrook Academy
- **Kuba Novak**, 5 (DOB 09/06/2020) — Year 1, Brookfold Infant School
- **Ewa Novak**, 38 — mum
- **Piotr Novak**, 41 — dad; lorry driver, away on long-distance routes Monday to Thursday nights until 31/10/2025
- **Anna Wójcik**, 36 — Piotr's sister, lives at 8 Cedar Row, two streets away
- Home: 27 Brookfold Road, Ilkerbrook IK6 3SL

## 2. What we are worried about

Ewa has had depression since 2023 and has been drinking most days since the spring. When Piotr is away
on his routes Lena gets Kuba up, takes him to school, makes the tea and puts him to bed. On 29/09/2025 a
neighbour found Kuba in the street at 7.30pm in his pyjamas, looking for Lena, who was at the shop; Ewa
was asleep on the sofa and could not be woken properly when the police came. Lena has been late to
school 11 times this term and her form tutor says she falls asleep in lessons. Ewa's GP prescribed
sertraline in 2024 but Ewa says she stopped taking it in the summer.

## 3. What Lena and Kuba have told us

Lena (seen on her own at school, 06/10/2025): *"I do Kuba's tea and his bath because Mum's tired. I don't
mind, but I'm scared someone will take Kuba away if I get it wrong. I don't want Mum to get in trouble."*
She gave home 4 out of 10 and Aunt Anna's 8 out of 10. She wants to go back to netball on Wednesdays and
for her mum "to be like she was before".

Kuba (seen at home, 08/10/2025) drew his family with Lena as the biggest person, holding his hand. He said
Mum "sleeps on the sofa" and that Lena makes "the best pasta". He showed the social worker his reading
book and wanted Lena, not his mum, to sit with him.

## 4. What must be true for Lena and Kuba

1. Lena and Kuba are looked after every evening and every night by an adult who is sober.
2. Lena gets to school on time, goes to netball on Wednesdays and is no longer Kuba's carer.
3. Kuba arrives at school fed, clean and on time, and is collected by an adult named in this plan.

## 5. The plan

Each bullet is one action. The first sentence says who does what. The next sentence says when. The last
sentence says how we will know it has happened.

- **HR** will visit Lena and Kuba at home and see each of them on their own. This happens every week, on a
  different weekday each time, from Monday 20/10/2025. Her visit notes will record what each child says,
  who was looking after them and what food is in the house.
- **HR and TW** will get Lena started at Ilkerbrook Young Carers: HR makes the referral and drives Lena to
  her first session, and TW meets her there and stays with her for the first hour. The referral goes in
  by 17/10/2025 and the first session is on Tuesday 28/10/2025. TW writes Lena's young carer's plan with
  her and sends it to HR within two weeks of that session.
- **PN and AW** will share Kuba's school run: PN takes him in on Monday and Friday mornings, and AW takes
  him in on the other mornings and collects him at 3.15pm every day. This covers every school day from
  Monday 20/10/2025. Brookfold Infant School's register and collection book show who brought and
  collected Kuba each day.
- **AW** will give Lena and Kuba their tea at 27 Brookfold Road and stay until Kuba is asleep. This is
  every weeknight until PN starts his local day routes on 03/11/2025. AW texts HR each night when she
  leaves, and Lena tells HR at each visit who was there.
- **PN** will be home by 6pm to make the children's tea and put Kuba to bed. This is every weeknight from
  03/11/2025, when his employer moves him to local day routes, and every weekend. PN gives HR the rota
  letter from his employer by 03/11/2025, and Lena tells HR at each visit who made tea.
- **EN** will not drink at all while she is the only adult at home with Lena or Kuba, and will keep no
  alcohol in the house. This applies at all times, from the day of the conference. Her breath tests at
  OB's sessions and at HR's visits will be clear, and HR will see no alcohol in the house at any visit.
- **OB** will see EN for key-work about her drinking, with a breath test at every session. The sessions
  are every Monday at 11am from 20/10/2025. OB emails HR each breath test result the same afternoon and
  sends a written update on EN's progress to each core group.
- **DM** will give EN twelve sessions of therapy for her depression and assess her capacity to change:
  whether she can get well enough to care for Lena and Kuba on her own, what has to happen first and how
  long that is likely to take. The sessions are fortnightly from Wednesday 22/10/2025, and the written
  assessment is due by 28/11/2025. DM sends the assessment to HR, who shares it with the core group and
  the review conference.
- **AF** will review EN's antidepressant and check her liver function. This is done by 31/10/2025. AF
  writes to HR and DM with the results and the medication plan.
- **KB** will meet Lena with her key adult, Miss Hughes, and log anything she says about home on CPOMS.
  The meetings are every Wednesday morning of the autumn term, before netball. KB sends HR a summary
  before each core group, with Lena's attendance and lateness for the weeks since the last one.
- **SG** will check that Kuba has had breakfast, is in clean clothes and is on time, and will phone HR
  the same day if he is not. The check is made every school morning. SG emails HR the week's attendance
  every Friday.
- **HR** will complete a parenting assessment of EN and PN, focused on Lena's and Kuba's evenings and
  mornings. The assessment is finished by 28/11/2025. The report is shared with EN, PN and the core
  group before the review conference.

## 6. If things go wrong

- If **EN** is found to have been drinking while she is alone with the children (a positive breath test,
  a call from Lena, or anything seen at a visit), or Kuba is not collected from school, **HR** will hold a
  strategy discussion with Ilkerbrook Police the same day, and Lena and Kuba will stay with **AW** at
  8 Cedar Row that night.
- If **AW** cannot look after the children (she is ill, away, or it has become too much for her) and **PN**
  is not home, **HR** will place Lena and Kuba together with Ilkerbrook foster carers the same day.
- If **EN** has two positive breath tests in any four weeks, or **DM**'s assessment says she cannot make
  the changes the children need in time, **HR** will ask her team manager, Colin Prest, for a legal
  planning meeting within 5 working days.

## 7. Core group and review

- Core group every four weeks, Thursdays at 4pm, Brookfold Family Hub: 23/10/2025, 20/11/2025 and
  18/12/2025.
- Review child protection conference: Tuesday 13/01/2026, 10am, Ilkerbrook Town Hall.
- Before each core group **HR** will ask Lena what she wants the meeting to know, and Lena can come for
  the first half hour if she wants to.

## 8. Signature block

Agreed and signed at the initial conference, 14/10/2025.

| Initials | Name and role | Signed |
|---|---|---|
| HR | Hannah Reilly, social worker, Ilkerbrook Children's Services (lead professional) | H. Reilly |
| TW | Tamsin Walsh, young carers worker, Ilkerbrook Young Carers | T. Walsh |
| EN | Ewa Novak, mum | E. Novak |
| PN | Piotr Novak, dad | P. Novak |
| AW | Anna Wójcik, paternal aunt | A. Wójcik |
| OB | Olu Bello, recovery worker, Ilkerbrook Alcohol Recovery Service | O. Bello |
| DM | Dr Dana Marsh, clinical psychologist, Ilkerbrook Community Mental Health Team | D. Marsh |
| AF | Dr Aisha Farooq, GP, Brookfold Medical Practice | A. Farooq |
| KB | Kieran Boyd, designated safeguarding lead (DSL), Ilkerbrook Academy | K. Boyd |
| SG | Sarah Grey, designated safeguarding lead (DSL), Brookfold Infant School | S. Grey |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan for a 15-year-old accommodated under section 20 and on an
#    adolescent ward after an overdose; mother dependent on alcohol.
#    Plain-text print: owners are job titles alone (names in a contacts
#    list), timescales from stage headings, counts and standing rules.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_immerdale_lac_ward_job_titles_standing_rules_thorne.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plain-text-print-aligned-field-header-why-keiras-words-outcomes-then-what-will-happen-under-stage-headings-until-she-leaves-the-ward-from-discharge-until-the-review-lines-owned-by-job-title-alone-contingency-meetings-contacts-list",
    "description": (
        "Exemplary initial conference plan for a 15-year-old accommodated under section 20 and still "
        "on an adolescent ward after an overdose, whose mother is dependent on alcohol. A plain-text "
        "print: every line is owned by a job title alone (the social worker, the ward sister, the "
        "IRO, the DSL, the foster carer, the alcohol worker), with names only in the contacts list at "
        "the end; stage headings (until Keira leaves the ward, from the day she leaves hospital) give "
        "the time of lines that have none of their own, and others use counts (the next three ward "
        "rounds) and standing rules (never, at all times). The social worker visits the ward three "
        "times a week; the alcohol service reports on change; contingency and legal planning are set."
    ),
    "text": """\
IMMERDALE COUNCIL                              CHILDREN IN CARE AND PROTECTION SERVICE
CHILD PROTECTION PLAN                                INITIAL CONFERENCE 21/10/2025
-------------------------------------------------------------------------------------

Young person    Keira THORNE, 15 (DOB 04/01/2010), Year 11, Immerdale High School
Legal status    Looked after under section 20 Children Act 1989 since 14/10/2025,
                with her mother's agreement
Where now       Kingfisher Ward (adolescent unit), Immerdale General Hospital, bay 3
                Medically fit; expected to leave hospital on 24/10/2025 to foster carers
Mother          Lorraine Thorne (41), 6 Kiln Lane, Immerdale IM3 2RT
Father          Lives in Spain; no contact since 2016
Category        Emotional abuse and neglect
Chair           Fiona Garside, child protection chair

WHY KEIRA HAS A PLAN
-------------------------------------------------------------------------------------
Lorraine has been dependent on alcohol for several years. Keira has told school
staff since Year 9 that her mum drinks every evening and shouts at her, and that she
often buys the food and pays the electric with her mum's card. On 12/10/2025, after
Lorraine came home drunk and told her to get out, Keira took an overdose of
paracetamol. A friend's mother found her and called an ambulance. Keira has been on
Kingfisher Ward since then. She said she would not go home while her mum is
drinking, and Lorraine agreed to her being accommodated. Foster carers have been
found near Keira's school and she has met them once on the ward.

WHAT KEIRA SAYS
-------------------------------------------------------------------------------------
Seen on her own on the ward, 16/10/2025 and 20/10/2025:
"I don't want to go home while Mum's drinking. I love her but I can't do it any more.
I want to see her, just not at the flat. I want to stay at Immerdale High and do my
GCSEs, because that's the one thing that's mine." She said she felt "a bit safer"
on the ward than at home, and that she wants to be told what is happening and not
find out afterwards. She scored how safe she feels now at 6 out of 10.

WHAT WE WANT FOR KEIRA
-------------------------------------------------------------------------------------
1. Keira is kept safe from harming herself, on the ward and after she leaves it.
2. Keira lives somewhere she feels safe and cared for, and stays at Immerdale High
   for her GCSEs.
3. Keira sees her mum safely, only when her mum is sober, and knows what has to
   happen before she could go home.

WHAT WILL HAPPEN
-------------------------------------------------------------------------------------
Each line starts with the job title of the person who does it; the names are in the
CONTACTS list at the end. A line with no time of its own happens within the stage
in the heading above it.

A. UNTIL KEIRA LEAVES KINGFISHER WARD (EXPECTED 24/10/2025)

A1  The social worker will visit Keira on the ward every Monday, Wednesday and
    Friday, see her on her own, and write what she says about where she wants to
    live in her case record.
A2  The ward sister will keep Keira's visitors to the list agreed with the social
    worker at all times, write every visitor in the ward visitors' book, and phone
    the social worker the same day if anyone not on the list asks to see her.
A3  The CAMHS liaison nurse will see Keira at each of the next three ward rounds
    and write a risk assessment and safety plan for her discharge, copied to the
    social worker and the foster carer.
A4  The IRO will meet Keira on the ward to hear her views on where she lives next,
    and will write them into the minutes of her first looked-after child review.

B. FROM THE DAY KEIRA LEAVES HOSPITAL

B1  The foster carer will never leave any medicine, including paracetamol, where
    Keira can reach it, and will hand her each dose as it is due; every dose goes
    in the medication log, which the social worker checks at each visit.
B2  The social worker will visit Keira at the foster home every week for the first
    six weeks and every fortnight after that, see her alone each time, and record
    how she is settling and her own score for how safe she feels.
B3  The CAMHS practitioner will see Keira every Thursday after school at Linden
    House and send the social worker a short written update after each session.
B4  The DSL will meet Keira before registration on her first day back at Immerdale
    High and then every Monday morning until the Christmas holidays, and log each
    meeting and her attendance on CPOMS for the social worker.
B5  The family support worker will supervise family time for Keira and her mother
    at Immerdale Family Centre every Tuesday and Saturday afternoon, never at the
    flat, and write a record of each session, including whether her mother was sober.

C. EVERY WEEK FROM NOW UNTIL THE REVIEW CONFERENCE (13/01/2026)

C1  The alcohol worker will see Keira's mother every Thursday at Immerdale Alcohol
    Service, breath-test her at each session, and report in writing to each core
    group on whether she is drinking less, what still has to change before Keira
    could go home and how long that is likely to take.

IF THINGS GO WRONG
-------------------------------------------------------------------------------------
- If Keira leaves the ward or the foster home without an adult knowing where she is,
  the ward sister or the foster carer will phone the police and the social worker
  (the Emergency Duty Team out of hours) straight away, and she will be reported
  missing under the missing from care procedure.
- If Keira says she is thinking of hurting herself, or is found with tablets or
  anything sharp, the adult with her will stay with her, call the CAMHS crisis line
  at once and tell the social worker the same day, and the CAMHS liaison nurse or
  practitioner will see her within 24 hours.
- If Keira's mother comes to the ward or to family time after drinking, the visit
  ends at once, the social worker is told the same day, and the next visit goes
  ahead only with the social worker there.
- If Keira's mother withdraws her section 20 agreement and tries to take Keira home
  while she is still drinking, the social worker will call the police, hold a
  strategy discussion the same day and request a legal planning meeting the next
  working day. If by the review conference her mother has had two or more positive
  breath tests, the social worker will request a legal planning meeting within 5
  working days.

MEETINGS
-------------------------------------------------------------------------------------
Core group ........... every 3 weeks, Thursdays 3.30pm: 30/10/2025, 20/11/2025,
                       11/12/2025 (Immerdale Family Centre)
First LAC review ..... 04/11/2025, 4pm, at the foster home (IRO)
Review conference .... 13/01/2026, 10am, Immerdale Civic Centre, Room 2

CONTACTS
-------------------------------------------------------------------------------------
Social worker ............ Nadia Chowdhury, Children in Care Team 2
                           (team manager: Rob Ellery)
Ward sister .............. Sister Julie Fenn, Kingfisher Ward
CAMHS liaison nurse ...... Owen Prichard, Immerdale General Hospital
CAMHS practitioner ....... Dr Mel Arkwright, Immerdale CAMHS, Linden House
IRO ...................... Martin Dowd
Foster carer ............. Jackie Beal (with Tom Beal), Immerdale Fostering
DSL ...................... Mrs Carol Ainsworth, Immerdale High School
Family support worker .... Liam Stroud, Immerdale Family Centre
Alcohol worker ........... Priya Sandhu, Immerdale Alcohol Service
-------------------------------------------------------------------------------------
END OF PLAN
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, mother's cannabis use and low mood, 10-year-old in Year 6
#    and a 2-year-old. Word table printed to PDF whose shaded bands give the
#    school-calendar timescale of the rows under them; shared tasks say who
#    does which part. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ingolsby_icpc_school_calendar_band_rows_shared_tasks_mulvey.pdf",
    "doc_title": "Child Protection Plan - Caleb and Poppy Mulvey",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-word-plan-printed-to-pdf-page-header-footer-details-list-worries-childrens-words-outcomes-then-three-column-table-what-who-how-we-will-know-with-shaded-band-rows-giving-school-calendar-timescales-shared-who-cells-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 10-year-old in Year 6 and his 2-year-old sister whose "
        "mother uses cannabis every day and has low mood. A Word plan printed to PDF with a page "
        "header and footer. The action table has no When column: shaded band rows say when the rows "
        "under them happen, in school-calendar terms (every school day of the spring term, each "
        "school holiday, before Caleb starts Year 7); Who cells give job titles with names and, "
        "where two people share a job, which part each does. The talking therapist assesses "
        "capacity to change, the substance misuse service reports, the grandmother's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ingolsby Borough Council – Children's Social Care",
    "footer": "Caleb and Poppy Mulvey – Child Protection Plan (ICPC 16/12/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ingolsby Borough Council · Children's Social Care · Locality Team East"),
        ("kv", [
            ("Children", "Caleb Mulvey (10), DOB 14/05/2015, Year 6 at Ingolsby Junior School; Poppy Mulvey "
                         "(2), DOB 02/08/2023, Little Wrens Nursery"),
            ("Address", "17 Foundry Lane, Ingolsby IG2 9TF"),
            ("Mother", "Shanice Mulvey (30)"),
            ("Fathers", "Caleb's father, Lee Harte, has no contact. Poppy's father, Jordan Pike, has no contact; "
                        "Shanice ended the relationship in 2024 after domestic abuse"),
            ("Maternal grandmother", "Pauline Mulvey, 4 Thistle Court, Ingolsby (five minutes' walk)"),
            ("Category", "Neglect"),
            ("Conference", "16/12/2025, Ingolsby Council House. Chair: Dev Sharma"),
            ("Social worker", "Priya Nand (team manager: Owen Latham)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Shanice smokes cannabis every day and has had low mood since the end of her relationship with "
              "Jordan. Caleb was late 22 times in the autumn term, his attendance is 84% and he has often come "
              "to school hungry. He told his teacher that he gets Poppy up and gives her breakfast. Poppy went "
              "to nursery on only 60% of her funded sessions this term and has had a bad nappy rash twice. On "
              "26/11/2025 the health visitor called at 11am and found Shanice asleep and hard to wake, Poppy "
              "awake in her cot in a full nappy, and a strong smell of cannabis in the flat."),
        ("h1", "What Caleb and Poppy have told us"),
        ("p", "Caleb (seen on his own at school, 03/12/2025): “Mum sleeps a lot in the mornings. I make Poppy's "
              "Weetabix and then I'm late. Nan's is good because there's always food and she takes me to "
              "football.” He wants his mum to “get up in the mornings” and he wants to go to Ingolsby Academy "
              "in September with his friend Dev."),
        ("p", "Poppy is 2. At nursery she is quiet in the mornings and brightens after her snack. At home she "
              "followed Caleb everywhere and held his hand when the social worker arrived. She says only a few "
              "words (“Cay-Cay”, “Nana”, “juice”)."),
        ("h1", "What we want for Caleb and Poppy"),
        ("bullets", [
            "Caleb and Poppy are got up, fed and taken to school and nursery every weekday by an adult who is "
            "awake and not under the influence of cannabis.",
            "Caleb is on time every day, his attendance is 95% or more, and he no longer gets Poppy up or "
            "feeds her.",
            "Poppy goes to every nursery session, her nappy rash clears and her speech is catching up.",
            "Caleb starts Year 7 at Ingolsby Academy in September 2026 with a key adult who knows him.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out by the school calendar, because Caleb's and Poppy's days are built around it. "
              "Each shaded band says when the rows under it happen; each row says what will happen, who does it "
              "and how we will know. Where two people share a job, the Who column says which part each does."),
        ("table", {
            "header": ["What will happen", "Who does it", "How we will know"],
            "widths": [7.0, 4.6, 5.4],
            "rows": [
                ["Every week, in term time and in the holidays, from 17/12/2025 until the plan ends", H, H],
                ["Visit Caleb and Poppy at home, with one visit a month unannounced and one before school, and "
                 "see Caleb on his own",
                 "Social worker – Priya Nand",
                 "Visit records show both children seen every week and Caleb seen alone, with what he said"],
                ["Key-work with Shanice about her cannabis use, with a urine screen at every session, so that "
                 "Caleb and Poppy have a sober carer every morning",
                 "Recovery worker – Joel Amos, Ingolsby Substance Misuse Service",
                 "Screen results emailed to the SW every Friday; a written update to each core group on whether "
                 "Shanice's use is falling"],
                ["Every other Wednesday from 07/01/2026 until the review conference", H, H],
                ["Talking therapy sessions with Shanice for her low mood, and a written assessment of her "
                 "capacity to change: whether she can get up and care for the children every morning, what "
                 "must change first and how long that is likely to take",
                 "Psychological wellbeing practitioner – Rhian Moss, Ingolsby Talking Therapies",
                 "Attendance sent to the SW after each session; written assessment to the SW by 20/02/2026 "
                 "and to the review conference"],
                ["Every school day of the spring term (05/01/2026 to 27/03/2026)", H, H],
                ["Get Caleb to school for 8.40am with breakfast, and Poppy to nursery for 9am",
                 "Shared: Nan (Pauline Mulvey) walks Caleb to school; Mum (Shanice) takes Poppy to nursery",
                 "Registers show Caleb in before the 8.45am bell and Poppy in by 9.15am; the SW checks both "
                 "each Friday"],
                ["Check Caleb's attendance, whether he has eaten and how he presents, and phone the SW the same "
                 "day if he is late, hungry or absent without a call",
                 "DSL – Mr Ade Bello, Ingolsby Junior School",
                 "Same-day calls logged on CPOMS; attendance printout to the SW each Friday"],
                ["Check Poppy's attendance, nappy and clothes each morning, and phone the SW the same day if "
                 "she is absent without a call or her rash is back",
                 "Nursery manager – Gill Royce, Little Wrens Nursery",
                 "Daily register, and a weekly email to the SW noting any concern"],
                ["Each school holiday: Christmas (22/12/2025 to 02/01/2026), February half-term and Easter", H, H],
                ["Have Caleb and Poppy to stay for two nights in each holiday, and take Caleb to football "
                 "training on the Saturday",
                 "Nan (Pauline Mulvey)",
                 "Dates texted to the SW before each holiday; Caleb tells the SW about the stay at the next "
                 "visit"],
                ["Book Caleb a place at the Ingolsby Youth Hub holiday club and get him there each day of it",
                 "Shared: family support worker (Kelly Drummond) books the place; Mum (Shanice) takes him "
                 "each day",
                 "Youth Hub register shows Caleb there on every day booked"],
                ["Before the review conference (10/03/2026)", H, H],
                ["Complete a parenting assessment of Shanice, focused on Caleb's and Poppy's mornings and "
                 "evenings",
                 "Social worker – Priya Nand",
                 "Report shared with Shanice and every core group member, and given to the review conference"],
                ["Do Poppy's 2½-year development review, including her speech, weight and teeth, and refer her "
                 "to speech and language therapy if her speech is still behind",
                 "Health visitor – Sam Kerr, Ingolsby Community Health",
                 "Ages and Stages scores and weight in the red book, copied to the SW; any referral letter on "
                 "file"],
                ["Before Caleb starts Year 7 (by 02/09/2026)", H, H],
                ["Arrange three extra visits for Caleb to Ingolsby Academy in the summer term, and send his "
                 "safeguarding file to the Academy's DSL",
                 "Shared: DSL Mr Ade Bello arranges the visits and sends the file; Year 6 teaching assistant "
                 "Mrs Jan Carr goes with Caleb on each visit",
                 "Visit dates logged on CPOMS; the Academy's DSL confirms by email that the file has arrived"],
                ["Make a “My move to big school” book with Caleb, naming the adults he can go to at the "
                 "Academy",
                 "Social worker – Priya Nand",
                 "Caleb shows the SW the finished book at a visit; a copy goes to the Academy's DSL"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shanice is found under the influence of cannabis, or asleep and hard to wake, while she is caring "
              "for Poppy, or Caleb is late or hungry on two days in one week, Priya will visit the same day, "
              "Caleb and Poppy will stay with Pauline at 4 Thistle Court that night, and Priya will hold a "
              "strategy discussion the same day if the children were left without a sober adult."),
        ("p", "If Pauline cannot do the school run or have the children (she is ill, working or away), Priya will "
              "arrange that day for Kelly Drummond to do the morning run and, if no safe adult can be found for "
              "the night, will place Caleb and Poppy together with Ingolsby foster carers."),
        ("p", "If Shanice's screens are not clear of cannabis by the review conference, or Rhian's assessment says "
              "she cannot make the changes in the children's timescale, Priya will ask Owen Latham for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm at Ingolsby Children's Centre: 06/01/2026, "
            "03/02/2026 and 03/03/2026.",
            "Review child protection conference: Tuesday 10/03/2026, 10am, Ingolsby Council House.",
            "Priya will ask Caleb before each core group what has changed at home, and bring his words to "
            "the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth ICPC plan, mother's anxiety and self-harm history, father's
#    cannabis use, 2-year-old sibling. Word plan set out in stages whose
#    headings give the time; many lines passive with the agent at the end.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_isenthorpe_prebirth_stage_subheadings_passive_lines_whitcombe.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Whitcombe and Mason Whitcombe",
    "split": "heldout",
    "actions": 16,
    "template": "prebirth-icpc-word-plan-details-list-worries-masons-day-working-well-outcomes-then-plan-in-stages-subheadings-give-the-time-bullets-many-passive-with-agent-last-plus-other-help-section-with-no-time-contingency-meetings",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and her 2-year-old brother; the mother "
        "has anxiety and a history of self-harm, the father smokes cannabis daily. The plan is set "
        "out in stages whose headings give the time (from now until the baby is born; while in "
        "hospital; the first six weeks at home), and many lines are passive with the agent at the end, "
        "which are sound. Faults: the perinatal team only offers support, measured by engagement; a "
        "passive referral with no agent; a pre-birth assessment with no output; 'the family' to keep "
        "an eye on Mum; and under an 'Other help' heading with no time, a parenting group 'when she "
        "feels ready', a course with no time and housing help with no owner or time. The aunt carries "
        "nights, nursery runs and the contingency, with no fallback."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Isenthorpe County Council – Children's Services – Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Unborn baby", "Baby Whitcombe, a girl, due 14/01/2026 (Leanne was 32 weeks pregnant at conference)"),
            ("Brother", "Mason Whitcombe (2), DOB 19/09/2023"),
            ("Mother", "Leanne Whitcombe (22), care leaver"),
            ("Father", "Connor Dale (24), father of both children; lives with Leanne and Mason"),
            ("Maternal aunt", "Gemma Whitcombe (27), 3 Bramley Court, Isenthorpe"),
            ("Address", "Flat 5, Lowther House, Station Road, Isenthorpe IS2 4NW (one bedroom)"),
            ("Category", "Neglect (Mason and the unborn baby)"),
            ("Conference", "Pre-birth initial conference, 18/11/2025, Isenthorpe Council Offices. Chair: Derek Almond"),
            ("Social worker", "Ruth Abara (team manager: Clare Fenton)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Leanne has had anxiety since she was in care and self-harmed as a teenager. In August 2025, after an "
              "argument with Connor, she cut her arm and went to A&E. Connor smokes cannabis every day, in the "
              "flat. On 14/09/2025 police were called when neighbours heard shouting; Connor had pushed Leanne "
              "while she was holding Mason. Mason's nursery attendance has been 55% since September and the "
              "health visitor found him with severe nappy rash in October. The flat has one bedroom and damp "
              "in the bathroom."),
        ("h1", "Mason's day: what we have seen"),
        ("p", "Mason cannot tell us about his life yet, so this is what the social worker, the health visitor and "
              "his nursery have seen. At 11am on 03/11/2025 he was still in his pyjamas, eating dry cereal from "
              "the box in front of the television. He runs to Connor when he comes in and climbs on his knee. "
              "He calls his aunt “Mimi” and holds his arms up to her as soon as she arrives. At nursery he is "
              "quiet and tired on Mondays and playful by Thursday."),
        ("h1", "What is going well"),
        ("p", "Leanne has been to every antenatal appointment since 20 weeks and has bought clothes for the baby. "
              "Connor came to conference and agreed to go to the drug service. Gemma sees the family most days "
              "and wants to help."),
        ("h1", "What needs to be different for Mason and the baby"),
        ("bullets", [
            "The baby is born safely, is fed on time and sleeps on her back in her own cot.",
            "Mason and the baby are looked after every day by an adult who is well and not under the "
            "influence of cannabis.",
            "Mason and the baby never see or hear violence at home.",
            "Mason goes to nursery every Tuesday, Wednesday and Thursday and his nappy rash clears.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in stages. The heading of each stage says when the actions under it happen."),
        ("h2", "From now until the baby is born"),
        ("bullets", [
            "Leanne's blood pressure, the baby's growth and how Leanne is feeling will be checked at every "
            "antenatal appointment by the community midwife, Jo Farrell, who will email the social worker a "
            "summary after each one.",
            "Leanne will be offered support for her anxiety by the Isenthorpe Perinatal Mental Health Team, and "
            "her engagement with the team will be fed back to the core group.",
            "A referral to the Isenthorpe Family Nurse Partnership will be made, and the acceptance letter will "
            "be kept on the baby's file.",
            "The social worker will complete a pre-birth assessment of Leanne and Connor.",
            "A Moses basket and a cot for the baby will be delivered by the family support worker, Dean Holt, "
            "who will photograph them set up in the bedroom for the social worker.",
        ]),
        ("h2", "While Leanne and the baby are in hospital"),
        ("bullets", [
            "The baby's feeds, nappy changes and sleep position will be checked at every shift by the midwife "
            "caring for them, and written on the baby's care chart, which the social worker reads before "
            "discharge.",
            "A discharge planning meeting will be chaired by the ward manager, Sister Aileen Pryor, at least two "
            "days before Leanne and the baby go home, and the written discharge plan sent to the social worker "
            "and the health visitor.",
        ]),
        ("h2", "The first six weeks at home"),
        ("bullets", [
            "The baby will be weighed every week by the health visitor, Tanya Oakes, who will plot each weight "
            "in the red book and email it to the social worker the same day.",
            "Gemma will stay at the flat for the first three nights after discharge and do the 2am feed, texting "
            "the social worker each morning to say how the night went.",
            "Mason will be taken to nursery every Tuesday and Thursday by Aunt Gemma, who signs him in; the "
            "nursery register shows each day.",
            "The family will keep an eye on Leanne and help with the baby's night feeds.",
        ]),
        ("h2", "From now until the review conference (12/02/2026)"),
        ("bullets", [
            "The social worker will visit Mason every week until the birth, and Mason and the baby twice a week "
            "after it, seeing them awake and writing down in the visit record where the baby sleeps.",
            "Connor's cannabis use will be assessed, and tested at each weekly appointment, by his recovery "
            "worker at Isenthorpe Drug and Alcohol Service, Reece Mahon, who will send the results and a "
            "written view on whether Connor is cutting down to each core group.",
        ]),
        ("h2", "Other help for the family"),
        ("bullets", [
            "Leanne will go to the Baby Steps parenting group at Isenthorpe Children's Centre when she feels "
            "ready, and the group leader will send her attendance to the social worker.",
            "Connor will complete the Making Changes domestic abuse course, and the course worker's "
            "end-of-course report will go to the social worker.",
            "Help with a move to a two-bedroom flat, with the housing offer letter put on the family's file.",
        ]),
        ("h1", "Contingency plan"),
        ("p", "If Connor uses cannabis in the flat or while caring for the children, Leanne self-harms, or the baby "
              "misses two feeds in a row, the social worker will hold a strategy discussion the same day, and "
              "Mason and the baby will go to stay with Gemma at 3 Bramley Court until it is safe for them to go "
              "home."),
        ("p", "If it is not safe for the baby to go home when she is ready to leave hospital, she will stay on the "
              "ward until the strategy discussion has been held, and the ward will tell the social worker (the "
              "Emergency Duty Team out of hours) at once if Leanne or Connor try to take her."),
        ("p", "If by the review conference Connor's tests still show cannabis, or Leanne has not started work with "
              "the perinatal team, the social worker will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm at Station Road Children's Centre: 02/12/2025, "
            "30/12/2025 and 27/01/2026.",
            "Review child protection conference: Thursday 12/02/2026, 10am, Isenthorpe Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Leanne will be offered support for her anxiety"),
        F("M002", "Leanne will be offered support for her anxiety"),
        F("W001", "A referral to the Isenthorpe Family Nurse Partnership will be made"),
        F("M001", "will complete a pre-birth assessment of Leanne and Connor"),
        F("W002", "The family will keep an eye on Leanne"),
        F("M002", "The family will keep an eye on Leanne"),
        F("T002", "Leanne will go to the Baby Steps parenting group"),
        F("T001", "Connor will complete the Making Changes domestic abuse course"),
        F("W001", "Help with a move to a two-bedroom flat"),
        F("T001", "Help with a move to a two-bedroom flat"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. RCPC plan, father (sole carer) with depression who drinks, two
#    primary-age children. Markdown plan of "rules at home" (a standing
#    timescale in the heading) and "jobs". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ivrington_rcpc_home_rules_and_jobs_quarrie.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-markdown-family-friendly-since-last-conference-what-ellie-and-sam-say-outcomes-then-plan-split-into-rules-at-home-with-standing-timescale-heading-and-jobs-bullets-contingency-meetings",
    "description": (
        "First review conference plan for a 9-year-old and a 6-year-old whose father, their sole "
        "carer, has depression and drinks in the evenings. A family-friendly markdown plan in two "
        "parts: 'Rules at home' (the heading says they apply every day; lines use never, every "
        "school night, at all times) and 'Jobs' (counts such as the next three visits, job titles "
        "such as the DSL). Most lines are sound. Faults: an outcome about the father only; a "
        "passive house rule with no owner or measure; the CMHT only supports; the GP referral has "
        "no time; 'Everyone in the network' helps 'as often as they can'; the DSL 'will keep an "
        "eye on' the children; the review conference date is to be confirmed."
    ),
    "text": """\
# Our plan for Ellie and Sam

**Ivrington City Council · Children and Families Service**
Review child protection conference, Wednesday 05/11/2025 · Chair: Anthony Kerr · Category: neglect
Social worker: Grace Mwangi (team manager: Ben Lowry)

## Who is in the family

- **Ellie Quarrie**, 9 (Year 5) and **Sam Quarrie**, 6 (Year 2), both at Ivrington Primary School
- **Neil Quarrie**, 40 — Dad, looks after Ellie and Sam on his own since their mum moved to Scotland in 2023
- **Ray Quarrie**, 67 — Grandad, Neil's dad, lives at 2 Mill Court, five minutes away
- Home: 14 Tanners Row, Ivrington IV5 1DG

## What has happened since the first conference

Ellie and Sam have had a plan since 14/08/2025, when Ellie told her teacher that her dad "drinks cans and
cries" and that she had made Sam's tea for a week. Neil has depression and has been seeing the community
mental health team since September. He says he drinks less than he did, but on two of Grace's evening
visits he had been drinking and on one of them there was no food in the house except bread. The children
have been on time for school on most days this term. Grandad Ray has had them every Tuesday and Thursday.

## What Ellie and Sam say

Ellie (on her own at school, 29/10/2025): *"Dad's better than before but sometimes he's sad and has cans,
and then I do Sam's tea. I like it when Grandad comes because he makes proper dinners."* She scored home
6 out of 10, up from 3 in August. She wants her dad "to be happy and not drink" and to go to the Wednesday
art club.

Sam (at home, 30/10/2025): *"I want Daddy to play football with me."* He showed Grace his football cards
and said Grandad's is his "second house".

## What we want to be different

- Ellie and Sam have tea, a bath and a bedtime every night from an adult who is sober.
- Ellie and Sam get to school on time every day, with a packed lunch or dinner money.
- Neil's depression is treated and he stops drinking.
- Ellie no longer looks after Sam or worries about her dad, and has time to be nine.

## The plan

### Rules at home (these apply every day)

- Neil never drinks alcohol when he is the only adult looking after Ellie and Sam; the breath test Grace
  does at each visit is clear.
- Neil puts Sam to bed by 7.30pm and Ellie by 8.15pm every school night, and Ellie ticks the bedtime
  chart, which Grace looks at on each visit.
- Neil keeps his tablets in the locked box in the bathroom at all times, and Grandad Ray checks the box
  on his Tuesday and Thursday visits and tells Grace if it has been left open.
- The house will be kept clean and tidy, with food in the cupboards.

### Jobs

- Grandad Ray will collect Ellie and Sam from school every Tuesday and Thursday and give them their tea
  at Mill Court until 6pm; he signs the school's collection book, which Grace checks each month.
- Grace (SW) will visit every week, including one unannounced visit a month, and see Ellie and Sam on
  their own; her visit notes record what each child says and what food is in the house.
- At the next three visits Grace will do direct work with Ellie using her worry jar, and bring what
  Ellie says to each core group in writing.
- Dawn Eccles, CMHT care co-ordinator, will see Neil every fortnight to support him with his low mood
  and his medication, and will tell Grace if he misses an appointment.
- Neil will see his GP about his drinking and ask to be referred to Ivrington Alcohol Service, and will
  show Grace the referral letter.
- Everyone in the network will help Neil with the school run as often as they can, and the school
  office will note who brings the children.
- The DSL at Ivrington Primary will keep an eye on Ellie and Sam every school day.
- Neil will take Sam to the dentist and the optician before the Christmas holidays start on 19/12/2025,
  and show Grace both appointment cards.

## If things go wrong

- If Neil has been drinking when he is the only adult with the children, or they are not collected from
  school, Grace will hold a strategy discussion the same day, and Ellie and Sam will stay with Grandad
  Ray at 2 Mill Court until it is safe for them to go home.
- If Grandad Ray cannot have them (he is ill or away), Grace will place Ellie and Sam together with
  Ivrington foster carers that day.
- If Neil is found drinking while caring for the children again, or nothing has changed by the next
  review conference, Grace will request a legal planning meeting within 5 working days.

## Meetings

- Core group: every four weeks, Wednesdays at 3.30pm at Ivrington Primary: 19/11/2025, 17/12/2025 and
  14/01/2026.
- Next review child protection conference: date to be confirmed.
""",
    "findings": [
        F("F002", "Neil's depression is treated and he stops drinking."),
        F("W001", "The house will be kept clean and tidy, with food"),
        F("M001", "The house will be kept clean and tidy, with food"),
        F("H001", "will see Neil every fortnight to support him with his low mood"),
        F("T001", "Neil will see his GP about his drinking"),
        F("W002", "Everyone in the network will help Neil with the school run"),
        F("T002", "Everyone in the network will help Neil with the school run"),
        F("M002", "The DSL at Ivrington Primary will keep an eye on"),
        F("R001"),
    ],
})
