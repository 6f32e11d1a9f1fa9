"""Batch 55, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: how progress is measured, written every way practitioners write it -
a "How will we know?" column sitting between the owner and the date and
merged down over two rows, an "Evidence" column last, "What will be
different" in the family's own words, "Success looks like" in small tables
under each outcome, a child-friendly "How we'll know it's working" column in
the child's words, and measures written into the action sentence ("so that
... as shown by", "evidenced by", "confirmed in writing to", "attendance
records shared with", "report to the core group by"): counts, records,
observations, reports, test results and the child's own account. In the four
plans with faults, some actions have no measure at all (M001) and some have
only an unobservable one - "monitored", "reviewed at core group",
"improvement", "engagement", "feel better", "mood is stable", "keep an eye
on" (M002), labelled by conventions 2 and 3. Three plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, baby and toddler: Outcome | No. | Action | Lead | How will we
#    know? | By when - the measure column BETWEEN owner and date, merged down
#    over the two feeding rows; outcomes merged down (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_almsworth_icpc_how_will_we_know_between_lead_and_date_pritchard.docx",
    "doc_title": "Child Protection Plan - Esme and Jack Pritchard",
    "split": "tune",
    "actions": 14,
    "template": "icpc-baby-toddler-docx-kv-details-then-outcome-merged-down-no-action-lead-person-how-will-we-know-between-lead-and-by-when-measure-merged-over-two-feeding-rows",
    "description": (
        "Initial conference plan for a 14-week-old and a 2-year-old (neglect, faltering weight, mother's "
        "postnatal depression under the perinatal mental health team). Outcome | No. | Action | Lead "
        "person | How will we know? | By when: the measure column sits between the lead and the date and "
        "is merged down over the two feeding rows; the four outcome cells are merged down over their "
        "actions (five real Word merges). Measures are weights on the centile chart, feed charts "
        "photographed at visits, registers, signed checklists, written reports and what Jack shows and "
        "says. The perinatal team reports on change and its timescale; the grandmother's help has a "
        "fallback; dates and legal step set. Exemplary."
    ),
    "check_vmerge": 5,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Almsworth Borough Council - Children's Services - Safeguarding and Assessment Team (South)"),
        ("kv", [
            ("Children", "Esme Pritchard, born 05/11/2024 (14 weeks); Jack Pritchard, born 21/05/2022 (2 years "
                         "8 months)"),
            ("Mother", "Leanne Pritchard (26)"),
            ("Father", "Dale Hurst (30), father of both children, lives at the address and works shifts at "
                       "the Almsworth distribution centre"),
            ("Address", "41 Kestrel Way, Almsworth"),
            ("Conference", "Initial child protection conference, Thursday 13/02/2025, Almsworth Civic Offices"),
            ("Category", "Neglect"),
            ("Social worker", "Hannah Lowe"),
            ("Conference chair", "Derek Mulholland"),
        ]),
        ("h1", "Why the children need a plan"),
        ("p", "Esme was born at term weighing 3.2 kg, on the 50th centile. At her 8-week check she had dropped "
              "to the 9th centile and on 3 February she was just above the 2nd. Leanne was diagnosed with "
              "postnatal depression in December; in January she told her GP she had thoughts of not wanting "
              "to be here and was referred urgently to the Almsworth Perinatal Mental Health Team. She started "
              "sertraline on 20 January. Leanne says she sleeps through some of Esme's night feeds and that "
              "Dale is often on nights. When the health visitor called on 31 January Jack was in the garden "
              "on his own in a vest, the stair gate was off its hinges and Leanne's tablets were on the arm of "
              "the sofa. Jack has missed his two-year review twice and says only a few words."),
        ("h1", "Esme's and Jack's days"),
        ("p", "Esme: the health visitor and social worker have seen her three times. She roots and sucks her "
              "hands before feeds and cries hard until the bottle comes, then feeds fast. She settles well on "
              "her grandmother Sandra's shoulder and tracks Sandra's face. On 31 January she had been in the "
              "same sleepsuit since the day before and had a sore nappy rash."),
        ("p", "Jack: he led the social worker by the hand to show her his toy tractors and said \"Nanny "
              "Sandra\" and \"Daddy car\". He climbed onto the kitchen worktop to reach the biscuits. When "
              "asked with picture cards, he pointed to the happy face for Nanny's house and for nursery "
              "(he has had two taster sessions at Bramblewood Nursery) and to the sad face for \"Mummy in "
              "bed\"."),
        ("h1", "What is working well"),
        ("bullets", [
            "Leanne asked for help herself and has gone to every appointment since her GP referral.",
            "Dale came to conference, took the day off work, and said he will change shifts to be home at night.",
            "Sandra Pritchard (maternal grandmother) lives in the next street and sees the children most days.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Esme and Jack", "No.", "Action", "Lead person", "How will we know?",
                       "By when"],
            "widths": [3.0, 0.9, 4.4, 2.6, 3.9, 2.2],
            "rows": [
                ["Esme is fed enough, day and night, and gains weight steadily.", "1",
                 "Weigh Esme at home, watch a full feed and check how the bottles are made up and stored",
                 "HV Claire Denby",
                 "Esme's weight plotted in the red book at every weigh; on or above the 9th centile by the "
                 "first core group and back towards the 25th by the review conference",
                 "Weekly until the review conference"],
                [V, "2",
                 "Watch a whole feed with Leanne and Dale together and write a feeding plan for Esme (amounts, "
                 "times and how to wind her)",
                 "Bev Okoro, infant feeding specialist",
                 V,
                 "By 28/02/2025"],
                [V, "3",
                 "Fill in the feed chart on the fridge for every feed: the time, how much Esme took, and who "
                 "fed her",
                 "Leanne (daytime) and Dale (evenings and nights)",
                 "Chart photographed by the HV or SW at each visit; no daytime gap longer than 4 hours",
                 "Every feed, from 14/02/2025"],
                [V, "4",
                 "16-week check for Esme, including her weight and a look at the nappy rash",
                 "Dr Amir Rahman, GP, Almsworth Road Surgery",
                 "Findings on the GP record; letter to the HV and the SW within a week of the check",
                 "W/c 24/02/2025"],
                ["Esme and Jack are looked after by a mum whose depression is treated and understood, and who "
                 "notices and answers their cues.", "5",
                 "See Leanne every fortnight, review her medication, and assess whether her depression is "
                 "lifting enough for her to meet Esme's and Jack's needs, and how long that is likely to take",
                 "Dr Kavita Shah (consultant psychiatrist) and Lorna Beck (CPN), Almsworth Perinatal Mental "
                 "Health Team",
                 "Written report to the SW before each core group saying what has changed and the likely "
                 "timescale",
                 "Fortnightly; first report by 24/02/2025"],
                [V, "6",
                 "Come to the house on weekday mornings to help with Jack's breakfast and Esme's morning feeds",
                 "Sandra Pritchard (maternal grandmother)",
                 "Sandra signs the visitors' sheet in the hall; the SW checks it at each visit",
                 "Monday to Friday, 8am to 12 noon, until the review conference"],
                [V, "7",
                 "Have Jack at her house each Saturday so that Leanne can sleep and spend the day with Esme",
                 "Sandra Pritchard (maternal grandmother)",
                 "Sandra texts the SW a photo of Jack's Saturday diary page each week",
                 "Every Saturday, 10am to 4pm"],
                ["Jack is safe at home, goes to nursery and gets help with his talking.", "8",
                 "Fit the stair gate properly and put a lockable medicine box in the kitchen for Leanne's "
                 "tablets",
                 "FSW Nadia Qureshi, with Dale",
                 "Home safety checklist signed by Dale and the FSW; SW sees the box locked at each visit",
                 "By 21/02/2025"],
                [V, "9",
                 "Arrange Jack's funded place at Bramblewood Nursery, Monday, Wednesday and Friday mornings",
                 "SW Hannah Lowe",
                 "Nursery register sent to the SW monthly; Jack in at least 11 of 12 sessions a month",
                 "Place to start by 03/03/2025"],
                [V, "10",
                 "Speech and language assessment of Jack at nursery, with Leanne or Dale there",
                 "Priya Mistry, speech and language therapist",
                 "SALT report with Jack's targets sent to the parents, the nursery and the SW",
                 "By 31/03/2025"],
                [V, "11",
                 "Take Jack to nursery on days off and do bath and bedtime for both children when not on "
                 "shift",
                 "Dale Hurst",
                 "Bedtime chart on the bedroom door ticked each night; seen by the FSW at her weekly session",
                 "Each weekday Dale is not on shift"],
                ["Esme and Jack are seen, and what their days are like is known to the people who help them.",
                 "12",
                 "Visit at home, at least one visit in three unannounced; see both children awake, see where "
                 "Esme sleeps and check the medicine box",
                 "SW Hannah Lowe",
                 "Visit records say where Esme slept, how she was fed and what Jack said or showed",
                 "Weekly"],
                [V, "13",
                 "Spend time with Jack at nursery using picture cards and puppets about home, Nanny's and "
                 "nursery",
                 "SW Hannah Lowe",
                 "Jack's choices and words written up and added to the review conference report",
                 "Twice before 25/04/2025"],
                [V, "14",
                 "Six home sessions with Leanne and Dale on a morning and bedtime routine that fits Dale's "
                 "shifts",
                 "FSW Nadia Qureshi",
                 "6 of 6 sessions held (FSW record); the FSW writes up one bedtime she has watched",
                 "Weekly from w/c 24/02/2025"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Esme's weight falls below the 2nd centile, or she misses two weighs in a row, the HV will "
              "ask the GP to see her the same day and will tell the SW; the GP will refer her to the "
              "children's assessment unit at Almsworth General if she has not gained weight."),
        ("p", "If Leanne tells anyone she is having thoughts of harming herself or the children, or is found "
              "alone with the children and not able to care for them, the adult present will call the "
              "Perinatal Mental Health Team's crisis line (or 999), and the SW or the emergency duty team will "
              "arrange for Esme and Jack to go to Sandra's that day. A strategy discussion will be held the "
              "same day."),
        ("p", "If Sandra cannot come in the mornings or have Jack on Saturdays (if she is ill or away), Dale "
              "will take unpaid leave for those days, agreed with his manager in advance; if neither of them "
              "can be there, the FSW will visit that morning and the SW will arrange a childminder for Jack "
              "through the Early Help fund."),
        ("p", "If Esme has not gained weight by the first core group, or the perinatal team's report at the "
              "second core group says Leanne's depression is not lifting, the SW will ask the team manager "
              "for a legal planning meeting to be held within 10 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, 1.30pm at Almsworth Family Hub: Wednesday 26/02/2025, Wednesday "
            "26/03/2025 and Wednesday 23/04/2025.",
            "Review child protection conference: Thursday 08/05/2025, 10am, Almsworth Civic Offices.",
        ]),
        ("p", "Plan typed by Hannah Lowe (SW) on 14/02/2025 and given to Leanne, Dale and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family-friendly plan written with the parents: the last column is "What
#    will be different (in your words)", mostly quotes from the family (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_ardenmoss_family_words_what_will_be_different_thornley.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-family-friendly-md-whos-who-worries-going-well-girls-words-then-number-what-will-happen-who-when-what-will-be-different-in-your-words-last-column-quotes",
    "description": (
        "Initial conference plan for an 11-year-old and a 7-year-old (domestic abuse when the mother's "
        "partner drinks), written with the parents in plain words. The last column, 'What will be "
        "different (in your words)', mostly quotes Stacey, Ryan or Kacey: charts on the fridge, "
        "attendance sheets, breath-test readings, what Kacey tells the social worker. Faults: two empty "
        "or dashed measures (M001), 'I'll feel better in myself' and 'you'll see an improvement' as the "
        "only measures (M002), a programme starting 'when Ryan is ready' (T002), weekends owned by the "
        "'Family network' (W002), an outcome only about Stacey (F002), and a review conference 'date to "
        "be confirmed' (R001)."
    ),
    "text": """\
# Our Child Protection Plan: Kacey and Maisie

**Ardenmoss Council – Children and Families – Central Safeguarding Team**

This plan was made at the initial child protection conference on Tuesday 4 March 2025.
Stacey and Ryan helped to write it, and the words in the last column of the plan are
mostly theirs. Abi Kerr (social worker) typed it up on 5 March 2025.

## Who's who

- **Kacey Thornley**, 11, Year 6 at Fernhill Primary
- **Maisie Cole**, 7, Year 2 at Fernhill Primary
- **Stacey Thornley**, mum (33)
- **Ryan Cole**, Maisie's dad and Stacey's partner (35). Ryan lives with Stacey and the girls at 8 Weaver's Close.
- **Pauline Thornley**, Nan (Stacey's mum), and **Michelle ("Shell") Thornley**, Stacey's sister, both in Ardenmoss

Social worker: Abi Kerr. Conference chair: Naveed Aslam. Category: emotional abuse.

## What everyone is worried about

The police have been called to Weaver's Close three times since October. Each time Ryan
had been drinking. On 18 January Kacey rang 999 herself because Ryan was shouting at
Stacey and had thrown the TV remote at the wall next to her. Maisie was hiding in the
bathroom. Ryan says he drinks "most nights, maybe eight cans, more at the weekend" and
that he wants to stop. Stacey has not been hurt badly but says she is "always on eggshells".

## What's going well

- Stacey and Ryan both came to conference and said sorry to the girls in a card.
- Ryan has not drunk in the house since 18 January, Stacey says.
- Nan and Shell see the girls a lot and the girls love going there.
- Both girls go to school every day.

## What Kacey and Maisie told us

Kacey (to Abi at school, 26 February): "When Ryan's had a drink I stay awake till they go
to bed in case I need to ring someone. I look after Maisie." She said she likes Ryan when
he is sober because "he does funny voices". She wants "no more police at our house".

Maisie drew her family with everyone smiling and Ryan holding a can "because he always
has one". She told her teacher the best bit of the week is "Nan's on Saturday".

## What we want for Kacey and Maisie

1. Kacey and Maisie live in a home where nobody shouts, throws things or hurts anyone,
   and they can go to sleep without worrying.
2. Kacey gets to be 11: she is not the one keeping Maisie safe or ringing the police.
3. Stacey feels safe and confident in her own home.

## Our plan

| # | What will happen | Who | When | What will be different (in your words) |
|---|---|---|---|---|
| 1 | Ryan will book and go to his first appointment at the Ardenmoss Recovery Service, then go to key work every week | Ryan | First appointment by 14/03/2025, then weekly | Ryan: "Sean will tell Abi I've been to every session, it's all on their attendance sheet." |
| 2 | Breath test Ryan at every key work session and write to Abi each month about whether his drinking is changing and what that means for the girls | Sean Doyle, keyworker, Ardenmoss Recovery Service | Monthly letter, first by 04/04/2025 | Sean's letter, with every breath test reading, goes to Abi and is read out at core group |
| 3 | Ryan will go on the Change Ahead course for men who have been abusive to a partner | Ryan (Abi to make the referral) | When Ryan is ready | Change Ahead attendance list sent to Abi each month, and the facilitator's end-of-course report |
| 4 | Stacey will go to the Freedom Programme at the Ardenmoss Women's Centre on Wednesday mornings | Stacey | 12 weeks from 19/03/2025 | Stacey: "I'll feel better in myself and more confident." |
| 5 | Sit down with Stacey to write a safety plan for her and the girls, and ask the police to put a marker on the address | Carla Benn, IDVA, Ardenmoss Domestic Abuse Service | By 14/03/2025 | Written safety plan, copies for Stacey and Abi; police confirm the marker by email |
| 6 | See Kacey and Maisie on their own at school, using the worry jar and three houses | Abi Kerr, social worker | Every 2 weeks | Kacey: "I'll tell Abi if home has been shouty or calm, and she writes it down." |
| 7 | Kacey will have a Friday afternoon check-in with Miss Dunne, learning mentor at Fernhill Primary | Miss Dunne (Mrs Okeke, DSL, to set it up) | Every Friday from 07/03/2025 | |
| 8 | Have Kacey and Maisie to stay every other weekend so Stacey and Ryan get a break and the girls get time away from home | Family network | Every other weekend from 08/03/2025 | Stacey: "The weekend calendar on the fridge is filled in, so Abi can see when they've been." |
| 9 | Tea together at the table at six and Maisie in bed by eight on school nights, with a routine chart for the girls to tick | Stacey and Ryan | Every school night from 05/03/2025 | Stacey: "The chart on the fridge will show tea at six and Maisie in bed by eight, and Abi can look at it when she comes." |
| 10 | Refer Kacey to Ardenmoss Young Carers so she has a group of her own and someone to talk to | Abi Kerr, social worker | By 21/03/2025 | - |
| 11 | Ryan will not drink at home or at any time when he is looking after the girls | Ryan | From 04/03/2025 | Ryan: "You'll see an improvement, I promise." |

## If things go wrong

- If Ryan drinks at home or while he is caring for the girls, or there is shouting or anything thrown, Stacey will ring 999, Ryan will leave that night to stay with his brother Carl in Lowmoor Road, and Abi (or the emergency duty team) will hold a strategy discussion the next working day at the latest.
- If Nan or Shell cannot have the girls at the weekend, the girls stay at home and Abi will ring Stacey on the Friday to check the weekend plan; Ryan will not be on his own with the girls that weekend.
- If the police are called to the house again before the review conference, or Ryan has not started at the Recovery Service by 14 March, Abi will ask her manager for a legal planning meeting.

## Meetings

- Core group meetings at Fernhill Primary, 3.30pm, every 4 weeks: Tuesday 18 March, Tuesday 15 April and Tuesday 13 May 2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("F002", "Stacey feels safe and confident in her own home."),
        F("T002", "go on the Change Ahead course for men who have been abusive"),
        F("M002", "Stacey will go to the Freedom Programme at the Ardenmoss Women's Centre"),
        F("M001", "Kacey will have a Friday afternoon check-in with Miss Dunne"),
        F("W002", "Have Kacey and Maisie to stay every other weekend"),
        F("M001", "Refer Kacey to Ardenmoss Young Carers so she has"),
        F("M002", "Ryan will not drink at home or at any time"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan as a plain-text export: numbered one-sentence
#    actions, each with its measure written into the sentence ("evidenced
#    by", "confirmed in writing to", "attendance records shared with",
#    "report to the core group by", "so that ... shows") (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_ashbrinkley_rcpc_export_measure_in_sentence_mcallister.txt",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-case-system-text-export-numbered-sections-then-sixteen-numbered-one-sentence-actions-owner-first-measure-written-into-sentence-evidenced-by-confirmed-in-writing",
    "description": (
        "First review conference plan for a 13-year-old at risk of criminal exploitation (missing "
        "episodes, county lines links; mother's bipolar disorder under the CMHT), exported from the case "
        "system as plain text. Sixteen numbered one-sentence actions, owner first, each with its measure "
        "written into the sentence: 'evidenced by the police missing log', 'confirmed in writing to', "
        "'attendance records shared with', 'report to the core group by', 'so that ... shows', tablet "
        "counts, session notes with Kieran's own account. The care coordinator reports on change and "
        "timescale, the uncle's weekends have a fallback, dates and legal step set. Exemplary."
    ),
    "text": """\
ASHBRINKLEY METROPOLITAN BOROUGH COUNCIL
Children's Social Care - Adolescent Safeguarding Team
Case record export: CHILD PROTECTION PLAN (REVIEW)            Printed 03/06/2025 16:12
--------------------------------------------------------------------------------

1. DETAILS
   Child ............... Kieran McAllister, DOB 14/09/2011 (13), Year 8, Ashbrinkley Academy
   Mother .............. Donna McAllister (39), 22 Glebe Walk, Ashbrinkley (Kieran lives with her)
   Father .............. Not named on the birth certificate; no contact
   Uncle ............... Paul McAllister (44), Donna's brother, 5 Pennant Road, Stennard
   Meeting ............. Review child protection conference 1, Monday 02/06/2025
   Category ............ Neglect (plan started 10/03/2025)
   Outcome of review ... Kieran to remain subject to a child protection plan
   Social worker ....... Priya Nair
   Chair ............... Janice Oyelaran

2. WHY KIERAN STILL HAS A PLAN
   Kieran has been reported missing eleven times since January, four of them since the
   initial conference. Twice he was found in Harlby, 30 miles away, once with £340 in cash
   and two phones. Police believe he is being used to carry drugs by a group from outside
   the area. Donna has bipolar disorder. She stopped taking lithium in February and was
   unwell for several weeks, sleeping through the day; she restarted in April and the
   CMHT say she is more settled. School attendance this term is 71%. Kieran was referred
   to the National Referral Mechanism on 18/03/2025.

   Some things have got better since March: Donna now reports Kieran missing every time,
   she is back on her medication, and Kieran goes to boxing club most Tuesdays.

3. WHAT KIERAN SAYS
   Kieran met Priya at the chippy on 28/05/2025 and talked to her on his own. He said:
   "I'm not a grass. I go out because it's boring at home and Mum's always in bed."
   He said the older lads "look after you, buy you stuff", and then that he got "a slap"
   in Harlby when he lost a bag. He said he feels safe at Uncle Paul's and at boxing, and
   "not really" safe in town at night. Asked what he wants, he said: "For Mum to be
   normal, and to do boxing properly, like competitions."

4. OUTCOMES FOR KIERAN BY THE NEXT REVIEW
   a) Kieran is at home or somewhere safe and known every night, and is not taken out of
      Ashbrinkley by the people exploiting him.
   b) Kieran is in school for at least 90% of sessions and has help with his reading.
   c) Kieran has an adult at home who is well enough to know where he is and to act when
      he is late.
   d) Kieran has people and things in his life he likes and trusts (boxing, Uncle Paul,
      his youth worker) and can talk to them about what is happening.

5. WHAT WILL HAPPEN
   1) Priya Nair (social worker) will see Kieran on his own every week, at least every
      other visit away from the house, and her visit records, shared with each core group,
      will set out in Kieran's own words where he has been and who with.
   2) Donna will ring Ashbrinkley Police on 101 every time Kieran is not home by 9pm and
      she cannot reach him, evidenced by the police missing log that PC Owen Batty sends
      to Priya each Monday.
   3) Jade Fowler (missing from home worker, Ashbrinkley Youth Service) will offer Kieran
      a return home interview within 72 hours of each missing episode, evidenced by the
      interview record sent to Priya and the Exploitation Hub within 24 hours of it.
   4) PC Owen Batty (Ashbrinkley Police Exploitation Hub) will map the addresses, cars and
      people linked to Kieran and report to the core group by 16/06/2025, in writing,
      with an update before each core group after that.
   5) Priya Nair will chase the NRM decision every month until it is made, confirmed in
      writing to Donna and the core group each time she has had a reply.
   6) Mr Tom Kerrigan (DSL, Ashbrinkley Academy) will ring Donna by 9.30am on any day
      Kieran is not in, with attendance records shared with Priya every Friday, so that
      the core group can see the figure rising toward 90% by October half-term.
   7) Mrs Farida Anwar (SENCo, Ashbrinkley Academy) will assess Kieran's reading and
      attention by 11/07/2025, evidenced by a written report with recommendations given
      to Donna, Kieran and the core group.
   8) Callum Reid (youth worker, Ashbrinkley Youth Service) will meet Kieran at Stennard
      Boxing Club every Tuesday evening, and his session notes, including what Kieran
      says about his week, will be sent to Priya monthly.
   9) Dr Rhiannon Price (CAMHS clinical psychologist) will assess Kieran's sleep and low
      mood by 18/07/2025 and send a written report to Donna and Priya saying what help
      she will offer.
  10) Gareth Lyle (care coordinator, Ashbrinkley North Community Mental Health Team) will
      see Donna every fortnight and send a written report before each core group, the
      first by 16/06/2025, on whether her illness is stabilising, how it affects her
      supervision of Kieran and how long any further change is likely to take.
  11) Dr Simon Okafor (GP, Larch Street Surgery) will do Donna's lithium blood tests every
      three months, the next in the week of 09/06/2025, confirmed in writing to Gareth
      Lyle and Priya within a week of each result.
  12) Donna will take her lithium every evening and keep every blister pack, so that the
      tablet count Gareth does at each fortnightly visit shows no doses missed.
  13) Paul McAllister (uncle) will have Kieran to stay from Friday after school to Sunday
      6pm every other weekend, starting 06/06/2025, and will text Priya a photo of Kieran
      at his house each Saturday so that she knows he is there.
  14) Donna and Kieran will agree a written home-time agreement with Priya by 13/06/2025
      (9pm on school nights, 10pm on Fridays and Saturdays), signed by both of them, and
      Donna will write the time Kieran gets in on the kitchen calendar, checked by Priya
      at every visit.
  15) Lorraine Beck (family group conference coordinator) will hold a family group
      conference by 25/07/2025, so that a written family plan naming who Kieran can stay
      with when Donna is unwell is shared with the core group.
  16) Priya Nair will write the report for the next review with Kieran's views in his own
      words and share it with Donna and Kieran at least five working days before the
      conference.

6. CONTINGENCY
   - If Kieran is missing overnight, or is found outside Ashbrinkley, Priya (or the
     emergency duty team) will hold a strategy discussion with the police the same day,
     and Kieran will stay with Paul in Stennard for at least the following weekend.
   - If Donna stops taking her lithium, or Gareth tells Priya she is becoming unwell,
     the CMHT crisis team will see Donna that day and Kieran will stay with Paul until
     the crisis team says Donna is well enough to care for him.
   - If Paul cannot have Kieran (when he is working away, or if he is ill), Kieran will
     stay with Donna's friend Marie Coles at 14 Glebe Walk, who has agreed and has been
     checked by Priya; if neither can, Priya will arrange an emergency foster placement
     the same day.
   - If Kieran goes missing three or more times before the next core group, or is found
     with drugs or money again, Priya will request a legal planning meeting within 5
     working days to consider care proceedings and a secure or specialist placement.

7. CORE GROUP AND REVIEW
   Core group every three weeks, 4pm at Ashbrinkley Academy: 16/06/2025, 07/07/2025,
   28/07/2025, 18/08/2025, then every three weeks until the review.
   Next review child protection conference: Tuesday 25/11/2025, 10am, Ashbrinkley Town
   Hall, Committee Room 2.

--------------------------------------------------------------------------------
End of export. Record owner: Priya Nair. Plan shared with Donna, Kieran and agencies
03/06/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Paged landscape ICPC plan: Ref | Action | Lead agency and worker |
#    Target date | Evidence - the measure LAST, headed "Evidence" (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_axelby_icpc_paged_evidence_last_column_osei.pdf",
    "doc_title": "Child Protection Plan - Zara and Eli Osei",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-paged-landscape-header-footer-numbered-sections-then-ref-action-lead-agency-and-worker-target-date-evidence-last-column",
    "description": (
        "Initial conference plan for an 8-year-old and a 4-year-old (neglect; widowed father's depression "
        "and drinking), printed landscape with a header and page footer. Ref | Action | Lead agency and "
        "worker | Target date | Evidence, with the evidence last: visit records, breath tests, registers, "
        "written results. Faults: 'Michael's engagement with sessions', 'Monitored by GP' and 'Reviewed "
        "at core group' as the only evidence (M002), two empty evidence cells (M001), Talking Therapies "
        "only supporting Michael (H001), an 'Ongoing' row (T002), an outcome only about Michael (F002), "
        "and a contingency with specific steps but no legal planning (R002)."
    ),
    "header": "OFFICIAL - SENSITIVE · Axelby District Council · Children's Services",
    "footer": "Zara and Eli Osei · Child protection plan · ICPC 10/09/2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Zara Osei (8), Year 4, and Eli Osei (4), Reception, both at St Cuthbert's RC Primary, "
                         "Axelby"),
            ("Father", "Michael Osei (41), sole carer since the children's mother, Abena, died in May 2023"),
            ("Address", "17 Foundry Lane, Axelby"),
            ("Conference", "Initial child protection conference, Wednesday 10/09/2025, Axelby Council House"),
            ("Category", "Neglect"),
            ("Social worker", "Rachel Tennant, Axelby Children's Safeguarding Team 2"),
            ("Chair", "Imran Qadir"),
        ]),
        ("h1", "1. Reasons for the plan"),
        ("p", "Since the start of the summer term Zara and Eli have often come to school hungry, in the same "
              "clothes for several days, and late. Eli has several decayed teeth and has been in pain. On "
              "29 August a neighbour rang the police because the children were playing in the street at 10pm; "
              "officers found Michael asleep and smelling of alcohol and no food in the house except bread. "
              "Michael told conference he has been depressed since Abena died, that he drinks \"a bottle of "
              "wine most nights, sometimes more\" to sleep, and that he stopped his antidepressants in the "
              "spring. He was referred to Axelby Talking Therapies by his GP in July."),
        ("h1", "2. What Zara and Eli have said and shown"),
        ("p", "Zara (seen alone at school, 4 September): \"I make Eli's breakfast, like cereal, if there is "
              "some. Daddy is sad about Mummy and has his wine to help.\" She said she gets Eli dressed and "
              "brushes his hair. She likes her teacher and wants \"Daddy to come to my assembly\". She said "
              "she worries that \"Daddy won't wake up\"."),
        ("p", "Eli told the social worker his tooth \"hurts when I eat sweets\". In class he eats quickly "
              "and asks for more fruit at snack time. He brightens when his dad collects him and runs to him."),
        ("h1", "3. What is going well"),
        ("bullets", [
            "Michael is honest about his drinking and wants help. He came to conference and stayed throughout.",
            "The children are warm and affectionate with their dad.",
            "Michael's sister, Efua Mensah, lives in Lowbridge and has said the children can stay with her in "
            "an emergency.",
        ]),
        ("h1", "4. Outcomes"),
        ("bullets", [
            "Zara and Eli have breakfast, tea and clean clothes every day and get to school on time.",
            "Eli's teeth are treated and both children's health needs are met.",
            "Michael's mental health will improve and he will drink less.",
            "Zara can be an 8-year-old: she is not the one getting Eli ready or worrying that her dad won't "
            "wake up.",
        ]),
        ("h1", "5. Action plan"),
        ("table", {
            "header": ["Ref", "Action", "Lead agency and worker", "Target date", "Evidence"],
            "widths": [1.2, 9.0, 5.2, 3.8, 6.5],
            "rows": [
                ["5.1",
                 "Home visits to see Zara and Eli, at least one in three unannounced; see each child alone and "
                 "check there is food in the fridge and cupboards",
                 "Children's Social Care - Rachel Tennant, SW",
                 "Weekly",
                 "Visit records show the children seen alone, what they said, and what food was in the house"],
                ["5.2",
                 "Michael to refer himself to the Axelby Recovery Hub and go to the first assessment",
                 "Michael Osei",
                 "By 19/09/2025",
                 "Hub confirms in writing to the SW that the assessment took place"],
                ["5.3",
                 "Alcohol key work with Michael including a breath test at every session; report on whether "
                 "his drinking is changing and what this means for his care of Zara and Eli",
                 "Axelby Recovery Hub - Femi Adeyemi, recovery worker",
                 "Weekly from 22/09/2025; written update before each core group",
                 "Breath test results and the written update sent to the SW"],
                ["5.4",
                 "Weekly CBT sessions to support Michael with his low mood and grief",
                 "Axelby Talking Therapies - Nicola Hurst, psychological wellbeing practitioner",
                 "Weekly, 8 sessions from 17/09/2025",
                 "Michael's engagement with sessions"],
                ["5.5",
                 "Review Michael's antidepressant medication and how he is sleeping",
                 "GP - Dr Helen Marsh, Foundry Lane Medical Centre",
                 "By 30/09/2025",
                 "Monitored by GP"],
                ["5.6",
                 "Breakfast club place for Zara and Eli, free of charge, every school day",
                 "St Cuthbert's RC Primary - Mrs Joy Addo, DSL",
                 "From 15/09/2025",
                 "Breakfast club register emailed to the SW every Friday"],
                ["5.7",
                 "Check Zara's and Eli's attendance, punctuality and how they arrive (clean, fed, dressed for "
                 "the weather) and tell the SW the same day of any worry",
                 "St Cuthbert's RC Primary - Mrs Joy Addo, DSL",
                 "Daily",
                 "Reviewed at core group"],
                ["5.8",
                 "Take Eli to the Axelby Community Dental Service for treatment of his decayed teeth",
                 "Michael Osei",
                 "By 31/10/2025",
                 ""],
                ["5.9",
                 "Health assessment for both children by the school nurse: height, weight, eyesight and "
                 "hearing",
                 "School Nursing - Kerry Lund, school nurse",
                 "By 17/10/2025",
                 "Results sent in writing to the GP, Michael and the SW"],
                ["5.10",
                 "Work with Michael on a meal plan for the week, a budget and a bedtime routine for the children",
                 "Family Support Service - Liam Shore, FSW",
                 "Ongoing",
                 "Meal plan on the fridge, checked by the FSW at each session and noted in his record"],
                ["5.11",
                 "Refer Zara to the Little Lanterns child bereavement service so she has help to grieve for "
                 "her mum",
                 "Children's Social Care - Rachel Tennant, SW",
                 "By 26/09/2025",
                 ""],
                ["5.12",
                 "Direct work with Zara and Eli on their wishes and feelings (worry monsters, three houses)",
                 "Children's Social Care - Rachel Tennant, SW",
                 "Three sessions before 21/11/2025",
                 "Children's own words and drawings written up in the SW's report for the review conference"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Michael is found under the influence of alcohol while he is caring for Zara and Eli, the "
              "professional who finds this will call the police and the SW (or the emergency duty team out of "
              "hours). The children will go to their aunt, Efua Mensah, in Lowbridge that evening, and a "
              "strategy discussion will be held the same day."),
        ("p", "If Zara or Eli arrive at school hungry or without having washed on two days in any week, Mrs "
              "Addo will ring the SW that day and the SW will visit the home the same afternoon."),
        ("h1", "7. Core group and review"),
        ("p", "Core group meetings every four weeks at St Cuthbert's RC Primary, 3.30pm: Wednesday 24/09/2025, "
              "Wednesday 22/10/2025 and Wednesday 19/11/2025."),
        ("p", "Review child protection conference: Wednesday 03/12/2025, 10am, Axelby Council House."),
        ("p", "Distribution: Michael Osei; St Cuthbert's RC Primary; Foundry Lane Medical Centre; Axelby "
              "Recovery Hub; Axelby Talking Therapies; School Nursing; Family Support Service; Axelby Police "
              "Public Protection Unit."),
    ],
    "findings": [
        F("F002", "Michael's mental health will improve and he will drink less."),
        F("H001", "Weekly CBT sessions to support Michael with his low mood"),
        F("M002", "Weekly CBT sessions to support Michael with his low mood"),
        F("M002", "Review Michael's antidepressant medication and how he is sleeping"),
        F("M002", "tell the SW the same day of any worry"),
        F("M001", "Take Eli to the Axelby Community Dental Service"),
        F("T002", "Work with Michael on a meal plan for the week"),
        F("M001", "Refer Zara to the Little Lanterns child bereavement service"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group record with the plan updated: one small table per outcome
#    heading, Action | Who | By when | Success looks like (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_amberfold_core_group_success_looks_like_per_outcome_harrop.docx",
    "doc_title": "Core Group 3 - Updated Child Protection Plan - Ellie and Finn Harrop",
    "split": "tune",
    "actions": 11,
    "template": "core-group-3-record-docx-present-list-updates-since-last-meeting-then-h2-outcome-headings-each-with-own-action-who-by-when-success-looks-like-table",
    "description": (
        "Third core group record with the plan updated, for a 10-year-old and a 5-year-old (neglect, poor "
        "attendance, mother's depression under the CMHT). Each outcome is a heading with its own small "
        "Action | Who | By when | Success looks like table. Faults: 'Improvement in Ellie's attendance', "
        "'SW to keep an eye on home conditions' and 'Jodie's mood is stable' as the only success measure "
        "(M002), an empty and a dashed success cell (M001), a row owned by the 'Core group' (W002), and "
        "nothing anywhere of what Ellie or Finn say, feel or experience (F003)."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 and Updated Plan"),
        ("p", "Amberfold County Council · Children and Family Services · Safeguarding Team East"),
        ("table", {
            "header": None,
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Ellie Harrop (10), Year 5; Finn Harrop (5), Reception; both at Amberfold Primary"],
                ["Parents", "Jodie Harrop (34), mother, children live with her at 62 Mill Lane, Amberfold; "
                            "Steven Harrop (37), father, lives at 3 Hawthorne Drive and has the children every "
                            "weekend"],
                ["Plan start", "Initial child protection conference 06/03/2025, category neglect"],
                ["This meeting", "Core group 3, Thursday 01/05/2025, Amberfold Primary"],
                ["Present", "Jodie Harrop; Steven Harrop; Tom Fairclough, SW (chair); Carol Ince, DSL; Amira "
                            "Khan, FSW; Sarah Quinn, care coordinator, Amberfold CMHT"],
                ["Apologies", "Moira Walsh, Citizens Advice Amberfold"],
            ],
        }),
        ("h1", "Updates since core group 2"),
        ("bullets", [
            "Attendance since Easter: Ellie 84%, Finn 81% (up from 78% and 74% in the spring term). Most "
            "absences are Mondays and Fridays.",
            "SW visited 10/04 and 24/04 (unannounced). Kitchen cleaner on the second visit; no bedding on "
            "one of the beds; fridge had milk, bread and yoghurts.",
            "Jodie has seen Sarah Quinn three times since March and restarted sertraline on 28/03. She says "
            "she is getting up earlier.",
            "The Household Support Fund application for beds was not made; Tom to do this now.",
        ]),
        ("h1", "Updated plan"),
        ("h2", "Outcome 1: Ellie and Finn go to school every day and arrive on time"),
        ("table", {
            "header": ["Action", "Who", "By when", "Success looks like"],
            "widths": [6.8, 3.6, 2.8, 3.8],
            "rows": [
                ["Phone Jodie by 9.15am on any day Ellie or Finn is not in school, and tell the SW if there is "
                 "no answer",
                 "Mr Gareth Pyke, attendance officer",
                 "Every school day",
                 "Call log kept by the office and sent to the SW each Friday"],
                ["Offer Ellie and Finn a free breakfast club place from 8am",
                 "Mrs Carol Ince, DSL",
                 "From 06/05/2025",
                 "Improvement in Ellie's attendance"],
                ["Take the children to school on Monday mornings after his weekend with them",
                 "Steven Harrop",
                 "Every Monday",
                 "Late book shows both children in before 8.50am on Mondays"],
                ["Put up a morning routine chart with Ellie and Finn and use it every school day",
                 "Jodie Harrop",
                 "From 02/05/2025",
                 "-"],
            ],
        }),
        ("h2", "Outcome 2: Ellie and Finn live in a clean, safe home, with beds, bedding and food"),
        ("table", {
            "header": ["Action", "Who", "By when", "Success looks like"],
            "widths": [6.8, 3.6, 2.8, 3.8],
            "rows": [
                ["Deep clean of the kitchen and bathroom with Jodie, then a weekly cleaning rota",
                 "Amira Khan, FSW",
                 "Clean by 23/05/2025; rota from then",
                 "Before and after photos taken by the FSW; rota ticked each week"],
                ["Unannounced visits to check the children's bedrooms, bedding and food in the house",
                 "Tom Fairclough, SW",
                 "Fortnightly",
                 "SW to keep an eye on home conditions"],
                ["Apply to the Household Support Fund for two beds, mattresses and bedding",
                 "Tom Fairclough, SW",
                 "By 09/05/2025",
                 ""],
                ["Help Jodie with a food bank referral and a budget for her Universal Credit",
                 "Moira Walsh, Citizens Advice Amberfold",
                 "By 16/05/2025",
                 "Written budget agreed with Jodie, copy to the SW"],
            ],
        }),
        ("h2", "Outcome 3: Ellie and Finn have a mum who is well enough to get them up and ready each morning"),
        ("table", {
            "header": ["Action", "Who", "By when", "Success looks like"],
            "widths": [6.8, 3.6, 2.8, 3.8],
            "rows": [
                ["See Jodie and assess how her depression affects getting Ellie and Finn up and to school, and "
                 "how long any change is likely to take",
                 "Sarah Quinn, care coordinator, Amberfold CMHT",
                 "Fortnightly",
                 "Written report to the SW before each core group"],
                ["Jodie to take her sertraline every day and keep her CMHT appointments",
                 "Jodie Harrop",
                 "Daily",
                 "Jodie's mood is stable"],
                ["Share any worry about the children's care, food or clothes with the SW",
                 "Core group",
                 "Same day",
                 "Each worry logged on the children's file"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Ellie or Finn miss two days of school in a week without a reason, or the SW finds no food or "
              "no bedding at a visit, the SW will visit that day and the children will stay with their dad at "
              "3 Hawthorne Drive until the SW has seen that the home is safe again."),
        ("p", "If Jodie tells anyone she is thinking of harming herself, the person she tells will ring the "
              "CMHT crisis team straight away, and Steven will collect the children from school that day."),
        ("p", "If either child's attendance is below 85% at the review conference, or there are two more "
              "visits with no food in the house, the SW will ask his manager for a legal planning meeting."),
        ("h1", "Next meetings"),
        ("p", "Core group 4: Thursday 22/05/2025, 3.30pm, Amberfold Primary, then every three weeks. Review child "
              "protection conference: Thursday 05/06/2025, 10am, Amberfold County Hall."),
    ],
    "findings": [
        F("M002", "Offer Ellie and Finn a free breakfast club place"),
        F("M001", "Put up a morning routine chart with Ellie and Finn"),
        F("M002", "Unannounced visits to check the children's bedrooms, bedding"),
        F("M001", "Apply to the Household Support Fund for two beds"),
        F("M002", "Jodie to take her sertraline every day"),
        F("W002", "Share any worry about the children's care, food or clothes"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child-friendly plan written to a 10-year-old: What's going to happen |
#    Who | When | How we'll know it's working - measures often in Jayden's
#    own words; paged PDF with header and footer (pdf, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_anvilton_child_friendly_how_well_know_its_working_kaminski.pdf",
    "doc_title": "Jayden's Plan - Child Protection Plan for Jayden Kaminski",
    "split": "tune",
    "actions": 10,
    "template": "icpc-child-friendly-plan-paged-written-to-child-second-person-then-whats-going-to-happen-who-when-how-well-know-its-working-table-with-grown-ups-box",
    "description": (
        "Initial conference plan for a 10-year-old (father's cocaine and alcohol use at weekends, left "
        "alone at night) written to Jayden in the second person, printed with a header and page footer. "
        "What's going to happen | Who | When | How we'll know it's working: measures are Jayden's own "
        "account written down at each visit, test results, photos, a call list, police logs and the "
        "safety card in his bag. The drug service reports on change; Auntie Ania's part has a fallback; "
        "dates and legal step set, with a short box for grown-ups. Exemplary."
    ),
    "header": "Anvilton City Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Jayden's plan · agreed 15 July 2025 · page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Verdana",
    "font_size": 11,
    "blocks": [
        ("title", "Jayden's Plan"),
        ("p", "Hi Jayden. This is your plan. It was made at a meeting on Tuesday 15 July 2025 called a child "
              "protection conference, where the grown-ups who look out for you talked about how to keep you "
              "safe. Your dad was there, and Sam read out what you wanted everyone to know. Sam will go "
              "through this with you and you can ask him anything about it."),
        ("h1", "Why you have a plan"),
        ("p", "Some weekends your dad has been using drugs (cocaine) and drinking, and his friends have been "
              "coming to the flat to do the same. On Saturday 28 June you were left on your own at night and "
              "the police found you walking to the garage shop at 11 o'clock to get something to eat. That "
              "was not your fault. Children your age need a grown-up who is awake, sober and there for them, "
              "all the time. Your dad has said he wants to stop and that he wants to keep looking after you."),
        ("h1", "What you told us"),
        ("p", "You told Sam: \"Dad's fun when it's just us. When his mates come round they're loud and I stay "
              "in my room with my headphones on.\" You said you got scared when you woke up and the flat was "
              "empty, and that you \"didn't want to ring anyone and get Dad in trouble\". You said the best "
              "things are football on Thursdays, Auntie Ania's pierogi and your dog Biscuit. You want to stay "
              "living with your dad and you want his friends \"to not come any more\"."),
        ("h1", "What we want for you"),
        ("bullets", [
            "You are looked after every day and every night by a grown-up who is sober and not on drugs.",
            "You are never left in the flat on your own at night.",
            "You always know who to ring, and you feel OK about ringing them.",
            "You keep going to school every day and to football on Thursdays.",
        ]),
        ("h1", "Who is going to do what"),
        ("table", {
            "header": ["What's going to happen", "Who", "When", "How we'll know it's working"],
            "widths": [6.2, 3.2, 3.0, 4.6],
            "rows": [
                ["Sam will come and see you at home and talk to you on your own in your room. Some visits will "
                 "be a surprise for Dad.",
                 "Sam Achebe, your social worker",
                 "Every week",
                 "Sam writes down what you tell him and what he sees in the flat, and takes it to every "
                 "grown-ups' meeting."],
                ["Dad will see his worker at the Bridge team and do a drug test each time.",
                 "Dad (Tomasz Kaminski)",
                 "Every Thursday, from 17 July",
                 "The Bridge team send Sam every test result."],
                ["Lisa will write to Sam about whether Dad has stopped using drugs and drinking, and what that "
                 "means for how he looks after you.",
                 "Lisa Brandt, Dad's worker at the Bridge team (Anvilton Drug and Alcohol Service)",
                 "Before every grown-ups' meeting",
                 "Lisa's letter is read at the meeting, and Sam tells you what it says."],
                ["Dad won't let anyone who uses drugs into the flat, and he won't drink or use drugs when he "
                 "is looking after you.",
                 "Dad",
                 "Every day, from 15 July",
                 "You tell Sam at his visits who has been round, and Sam writes it down. All Dad's tests come "
                 "back clear."],
                ["You go to Auntie Ania's for tea on Fridays and stay the night on Saturdays.",
                 "Auntie Ania (Anna Kaminska, Dad's sister)",
                 "Every Friday after school and every Saturday night",
                 "Auntie Ania texts Sam a photo of you at her house, and you tell Sam what you did."],
                ["Auntie Ania will be the person you can ring any time. If you ring her at night, she will come "
                 "round or fetch you.",
                 "Auntie Ania",
                 "Day or night; she answers or rings back within 10 minutes",
                 "Auntie Ania writes down every call on a list, and Sam looks at the list at his visits."],
                ["Sam will help you make a safety card with the numbers to ring (Auntie Ania, Sam, 999) and put "
                 "them in your phone.",
                 "Sam Achebe",
                 "By 25 July",
                 "You have the card in your school bag and can show Sam the numbers in your phone."],
                ["Mrs Hughes will have a chat with you first thing on Monday about your weekend.",
                 "Mrs Sian Hughes, learning mentor, Anvilton Juniors",
                 "Every Monday in term time, from 21 July",
                 "Mrs Hughes writes down how your weekend was, in your words, and sends it to Sam that day."],
                ["The police will tell Sam straight away if they are called to the flat or find you out on "
                 "your own.",
                 "PC Dean Moss, Anvilton Neighbourhood Police",
                 "Within one working day of any call",
                 "The police log is sent to Sam."],
                ["You and Dad will go to six family sessions with Ben about what happens in a family when a "
                 "grown-up uses drugs.",
                 "Ben Adeyemi, family worker, Anvilton Family Service",
                 "Every Wednesday, six weeks from 23 July",
                 "After each session you and Dad each write one thing that has changed, and Ben sends them to "
                 "Sam."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Dad uses drugs or drinks when he's looking after you, or you are left on your own at night, "
            "you will go to Auntie Ania's that night, and Sam and the police will have a meeting the same day "
            "(a strategy discussion) to decide what happens next.",
            "If Auntie Ania can't have you, because she is ill or away, Sam will find a foster carer for you "
            "that same day, just until it is safe to go home.",
            "If Dad has a drug test that is not clear two times before the big meeting in October, Sam will "
            "ask for a legal planning meeting. That is a meeting with the council's lawyers to decide whether "
            "the court needs to help keep you safe.",
        ]),
        ("h1", "When the grown-ups will meet"),
        ("bullets", [
            "The core group (Dad, Sam, Lisa, Mrs Hughes, Ben and Auntie Ania) meets every 4 weeks at Anvilton "
            "Juniors: Tuesday 29 July, Tuesday 26 August and Tuesday 23 September 2025.",
            "The big review meeting (review child protection conference) is on Tuesday 7 October 2025 at "
            "Anvilton Civic Centre. You can come to part of it, or send Sam a message or a drawing.",
        ]),
        ("h2", "For the grown-ups"),
        ("kv", [
            ("Child", "Jayden Kaminski, born 02/03/2015, Year 5, Anvilton Juniors"),
            ("Lives with", "Tomasz Kaminski (father, 38), Flat 6, Kelham Court, Anvilton"),
            ("Mother", "Kerry Dunlop, lives in Dundee; phones Jayden on Sundays"),
            ("Category", "Neglect"),
            ("Social worker", "Sam Achebe, Anvilton Children's Safeguarding Team"),
            ("Chair", "Yvonne Castellano"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group notes typed as plain text: "ACTIONS AGREED" as asterisk
#    bullets, owner first, with any measure written into the bullet (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b55_aldrenby_core_group_notes_star_bullets_inline_check_dobson.txt",
    "split": "tune",
    "actions": 10,
    "template": "core-group-2-notes-plain-text-caps-headings-attendees-updates-then-actions-agreed-asterisk-bullets-owner-first-measure-written-into-bullet",
    "description": (
        "Second core group notes for a 6-year-old and a 2-year-old (mother's daily cannabis and weekend "
        "cocaine use), typed as plain text, with the agreed actions as asterisk bullets, owner first and "
        "any measure written into the bullet (visit notes, an appointment card, a contact diary "
        "photo, a nursery start letter). Faults: 'keep an eye on', 'monitored by the HV' and 'measured by "
        "Harvey's engagement' as the only measures (M002), two bullets with no measure (M001), a passive "
        "nursery bullet with no owner (W001), a referral with no timescale (T001), and Chantelle's drug use "
        "recorded while the substance misuse service is only somewhere she goes, owning no action (F004)."
    ),
    "text": """\
ALDRENBY BOROUGH COUNCIL - CHILDREN'S SERVICES
Family Safeguarding Team (West)

CORE GROUP MEETING - NOTES AND ACTIONS
======================================

Children:   Harvey Dobson (6), Year 1, Aldrenby St Mary's CE Primary
            Lily Pike (2), at home
Mother:     Chantelle Dobson (27), 19 Cinder Row, Aldrenby
Lily's dad: Jordan Pike (29), Flat 2, 40 Wharf Street, Aldrenby
Plan:       ICPC 28/05/2025, category neglect
Meeting:    Core group 2, Wednesday 25/06/2025, 1pm, Aldrenby Family Hub

Present: Fiona Grady (SW, chair), Chantelle Dobson, Jordan Pike, Megan Doyle (HV),
Mrs Anjali Patel (DSL, St Mary's), Craig Bell (FSW).
Apologies: none.

WHY THERE IS A PLAN
-------------------
Chantelle told conference she smokes cannabis every day, "mostly after the kids are
in bed", and has used cocaine at weekends since the spring. In May a neighbour found
Lily in the communal hallway in just a nappy while Chantelle was asleep. Harvey has
been late to school on 14 days this year and twice arrived without having eaten. The
flat smelt strongly of cannabis at both SW visits in June. There are no concerns
about Jordan's drug or alcohol use; he works days at the Aldrenby bus depot.

UPDATES
-------
- Fiona: visited 04/06 and 18/06 (unannounced). Cannabis smell both times; a locked
  box has now been bought. Lily was dressed and had eaten; Harvey's room had no
  curtains.
- Chantelle: has been to the Horizon drop-in twice and says she has cut down to
  "a couple of joints at night". She has not used cocaine since the conference.
- Mrs Patel: Harvey late 3 times since the conference (was 14 before). He is reading
  at the expected level.
- Megan: Lily's 2-year review still not done; missed on 10/06.

WHAT HARVEY AND LILY SAY AND SHOW
---------------------------------
Harvey (with Fiona at school, 18/06): "Mummy's smoke smells funny and it makes her
sleepy. I like it when Jordan takes us to the park." He gave home 6 out of 10 and
said he wants "Mummy to get up when I get up". Lily was chatty with Megan, pointed to
her cup and said "juice", and went straight to Jordan for a cuddle when he arrived.

OUTCOMES (FROM THE ICPC)
------------------------
1. Harvey and Lily are cared for by an adult who is awake and not under the
   influence of drugs, day and night.
2. Harvey gets to school on time every day with breakfast.
3. Lily's development is checked and she gets a nursery place.

ACTIONS AGREED
--------------
* Fiona (SW) to visit every week, one in two unannounced, seeing Harvey and Lily and
  their bedrooms; her visit notes will record whether the locked box is being used
  and what Harvey says about home.
* Chantelle to go to the Horizon drop-in every Tuesday and show Fiona her appointment
  card at the next home visit.
* Fiona and Jordan to keep an eye on whether Chantelle is using cannabis around the
  children when they are at the flat, every week.
* Megan (HV) to complete Lily's 2-year review at home by 11/07/2025, with progress to
  be monitored by the HV.
* Mrs Patel (DSL) to set up a Monday and Thursday check-in for Harvey with the
  learning mentor from 30/06/2025, with success measured by Harvey's engagement.
* A funded nursery place to be found for Lily at Little Owls by 14/07/2025,
  confirmed by the nursery's start letter.
* Jordan to have Lily at his flat every Saturday from 10am to 4pm and send Fiona a
  photo of the contact diary page each week.
* Craig (FSW) to do six sessions with Chantelle on bedtimes, mealtimes and safe
  storage of drugs and medicines, weekly from 30/06/2025.
* Fiona to refer Harvey to the Hidden Harm group at Aldrenby Young Carers and send
  the referral acceptance to the core group.
* Chantelle to take Harvey to the optician for the eye test the school asked for,
  by 18/07/2025.

CONTINGENCY
-----------
If Chantelle is found under the influence of drugs while she is caring for Harvey and
Lily, or the children are found unsupervised, the children will go to Jordan's flat
that day and Fiona (or the emergency duty team) will hold a strategy discussion the
same day. If Jordan cannot have them because he is at work, Fiona will arrange for
them to stay with approved foster carers until he can. If a further incident happens
before the review conference, or Harvey is late more than 5 times in a half-term,
Fiona will request a legal planning meeting.

NEXT MEETINGS
-------------
Core group 3: Wednesday 16/07/2025, 1pm, Aldrenby Family Hub, then every three weeks.
Review child protection conference: Wednesday 20/08/2025, 10am, Aldrenby Town Hall.

Notes typed by Fiona Grady 26/06/2025 and sent to everyone present.
""",
    "findings": [
        F("M002", "keep an eye on whether Chantelle is using cannabis"),
        F("M002", "complete Lily's 2-year review at home by 11/07/2025"),
        F("M002", "set up a Monday and Thursday check-in for Harvey"),
        F("W001", "A funded nursery place to be found for Lily"),
        F("M001", "six sessions with Chantelle on bedtimes, mealtimes and safe"),
        F("T001", "refer Harvey to the Hidden Harm group at Aldrenby"),
        F("M001", "take Harvey to the optician for the eye test"),
        F("F004"),
    ],
})
