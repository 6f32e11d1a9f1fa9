"""Batch 168, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the when and the how-we-will-know of good plans, each plan in a
template of its own. Times are tied to the child's life ("before Ruby starts
reception in September 2026", "by the time she is 16 weeks old", "every
school day", "at her 2-year review", "the first Monday of each month") or to
the plan ("by the second core group (21/04/2026)", "within two weeks of this
conference", "every week until the review conference"), written in a
"Target", "Frequency / end date", "Review by" or "Timeline" column or line,
or keyed by action number in a separate timeline. Measures are what someone
will see, count or read (a register, a centile chart, a breath test, a
tidy-home checklist score agreed by two workers, a letter on file, the
child's own words and scores to a named worker), given per action, once for
an outcome's actions, or keyed by task number in a separate "How we will
know" part. In the four faulty plans a few times and measures only look like
one ("Ongoing", "as and when", "asap", "TBC", "when appropriate", "when he
is ready", "Monitor", "monitored by nursery and discussed at core group",
"feedback at core group", "discuss progress at CG3", "we'll see how it
goes"), and a few actions have no time or measure at all.

1. an initial conference plan for a 4-year-old and a 7-month-old (mother's
   postnatal depression, her partner's drinking, the grandmother helping),
   a Word table with columns named "No. / What has to happen / Who is doing
   it / Target / What we should see" (docx): faults are the grandmother's
   help "Ongoing", the nursery's watching "monitored by nursery and
   discussed at core group", a dentist row with "-" for its target, Talking
   Therapies' CBT only treating the mother, a housing request with an empty
   measure cell, and an outcome about the mother only (T002, M002, T001,
   H001, M001, F002);
2. a review conference plan for a 9-year-old and a 6-year-old after their
   father's violence, written as bullets under each outcome, each bullet
   with a bold owner, a "Frequency / end date" and a "How we'll know", and
   one outcome whose "How we'll know" is given once for the bullets under it
   (md, exemplary);
3. the social worker's letter to a 19-year-old mother after an initial
   conference for her 11-week-old baby (faltering weight, the father's
   cannabis use, the mother's anxiety), the plan a two-column table inside
   the letter, "What will happen" and "When, and how we will check",
   printed to PDF with a letterhead header and page footer (pdf): faults
   are a passive referral with no one named, the perinatal nurse's support
   sessions only, the father cutting down "when he is ready" and "we'll see
   how it goes", the paternal grandmother's help "as and when", a heating
   request with no check, a contingency that only says the social worker
   will talk to her manager if things get worse, and no legal planning
   (W001, H001, T002 x2, M002, M001, C002, R002);
4. second core group minutes for three children whose mother drinks, with
   numbered minutes and an action log whose blocks give "Lead", "Review by"
   and "Check" lines (txt): faults are the health visitor's check measured
   by "discuss progress at CG3", a dentist visit with "-" for review by, a
   young carers referral "asap", the learning mentor's sessions measured by
   "feedback at core group", the grandfather's teas "as and when", "ALL"
   sharing worries, and no fallback if the grandfather cannot help (M002 x2,
   T001, T002 x2, W002, C003);
5. an initial conference plan for a 7-year-old and a 22-month-old whose
   mother has a personality disorder and took an overdose at home, printed
   from a case system with page headers and footers: a task table with
   "Frequency" and "Review by" columns and a separate "How we will know"
   table keyed by task ID, then trigger / response / lead contingency
   fields (pdf, exemplary);
6. an initial conference plan for three children living with neglect, as a
   numbered outline (1 to 9, actions numbered 6.1.1 to 6.4.2 with the
   owner and "We'll know" in each item) and a separate timeline table that
   gives each action's time by its number (docx, exemplary);
7. a one-page plan written to a 15-year-old at risk of exploitation whose
   mother drinks, with a "Timeline" and a "How we'll know it's working"
   column (md): faults are a warning notice "TBC", CAMHS's assessment with
   "-" for how we'll know, the school's check-ins measured by "Monitor", a
   school nurse chat "when appropriate", "Everyone in your network" passing
   on sightings, and the mother's drinking recorded with no adult service
   owning any action (T002 x2, M001, M002, W002, F004).

Three plans (2, 5 and 6) are exemplary: every live action has a named
owner, a real timescale and something that can be seen or counted; the
outcomes are about the children; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the children's voice, core group dates and a dated review
conference, and legal planning after named triggers; adult services own
actions where a parent is ill, and every mental health service is asked for
its view of the parent's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table, each bullet of the bullet plan, each row of the letter's
plan table, each block of the minutes' action log and each numbered item
of the outline's plan part counts once, whatever number of sentences it
holds. Outcome headings and their "How we'll know" lines, the timeline and
"How we will know" tables (which only key times and measures to actions),
notes above tables, the contingency, meeting dates, views, scaling and the
minutes' updates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect: mother's postnatal depression, her
#    partner's drinking, grandmother helping. Word table with the council's
#    own column names: No. / What has to happen / Who is doing it / Target /
#    What we should see. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_anstruby_icpc_target_column_what_we_should_see_pennington.docx",
    "doc_title": "Child Protection Plan - Ruby and Alfie Pennington",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-council-template-kv-details-why-going-well-what-ruby-says-and-alfies-day-numbered-outcomes-then-no-what-has-to-happen-who-is-doing-it-target-what-we-should-see-table-targets-tied-to-the-childrens-lives-and-core-groups-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Initial conference plan for a 4-year-old and a 7-month-old living with neglect: their "
        "mother has postnatal depression, her partner drinks most evenings and the maternal "
        "grandmother helps with mornings. The plan is a landscape Word table with the council's own "
        "column names (No. / What has to happen / Who is doing it / Target / What we should see), "
        "targets tied to the children's lives ('every two weeks until Alfie is 12 months old', "
        "'before Ruby starts reception in September 2026') and to the plan ('by the second core "
        "group (21/04/2026)'). Most rows are sound. Faults: the grandmother's help is 'Ongoing'; "
        "the nursery's watching is only 'monitored by nursery and discussed at core group'; the "
        "dentist row has '-' for its target; Talking Therapies only treats the mother, measured by "
        "attendance; the housing request has an empty measure cell; and one outcome is about the "
        "mother's mood only."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Anstruby Borough Council · Children's Services · Safeguarding and Family Support Team (North)"),
        ("kv", [
            ("Children", "Ruby Pennington, born 14/11/2021 (4), Little Acorns Nursery; Alfie Grant-Pennington, "
                         "born 02/08/2025 (7 months)"),
            ("Address", "22 Kestrel Walk, Anstruby AN4 2JT"),
            ("Mother", "Kayleigh Pennington (27)"),
            ("Mother's partner", "Lewis Grant (31), Alfie's father, lives at the address"),
            ("Ruby's father", "Jordan Ashe; no contact with Ruby since 2023"),
            ("Maternal grandmother", "Pat Pennington (“Nanna Pat”), 5 Heron Road, ten minutes' walk away"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 10/03/2026. Chair: Ann-Marie Coyle (IRO)"),
            ("Social worker", "Hannah Dobbs (team manager: Rav Sandhu)"),
        ]),
        ("h1", "Why Ruby and Alfie have a plan"),
        ("p", "Kayleigh has been low since Alfie was born. Her GP diagnosed postnatal depression in October 2025 "
              "and prescribed sertraline, and she was assessed by Anstruby Talking Therapies on 19/02/2026. "
              "Kayleigh says that most days she cannot get out of bed until the afternoon. Lewis drinks six to "
              "eight cans most evenings; the police were called to loud arguments at the flat on 04/01/2026 "
              "and 23/01/2026, and on the second night Lewis was drunk and alone with Alfie while Kayleigh "
              "was at her mother's."),
        ("p", "At an unannounced visit on 12/02/2026 Hannah found bags of dirty nappies in the kitchen, no "
              "food in the fridge for Ruby's tea, and Alfie in a soaked nappy with a red, broken rash. "
              "Alfie's weight has dropped from the 50th to just above the 25th centile since his 8-week "
              "check, and he has missed his 16-week immunisations. Ruby went to 58% of her nursery sessions "
              "this term, often arriving late, hungry and in yesterday's clothes. The back bedroom window is "
              "broken and taped up and there is black mould above Ruby's bed."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kayleigh told the health visitor herself how low she felt, and she wants help; she has taken her "
            "sertraline every day since January.",
            "Nanna Pat comes most mornings, gives Ruby breakfast and has kept Ruby's nursery place going.",
            "Lewis has agreed to see Anstruby Alcohol Service and has not been drunk at a visit since "
            "23/01/2026.",
            "Ruby is a bright, chatty girl who loves the nursery's role-play corner, and Alfie smiles, "
            "babbles and reaches for his mum.",
        ]),
        ("h1", "What Ruby says, and Alfie's day"),
        ("p", "Ruby (seen at nursery with her key worker on 03/03/2026): “Mummy stays in bed. Nanna Pat makes my "
              "toast.” “Lewis shouts at the telly and I go under my blanket with Bunny.” She drew her house "
              "with a sad face at the bedroom window and said it was Mummy. Ruby wants “to go to big school "
              "with Isla” and to have “a bedroom with no black on the wall”."),
        ("p", "Alfie cannot tell us about his day, so we have written down what we have seen. On visits he was "
              "often in his bouncer in the front room with the television on, and twice his bottle was propped "
              "on a cushion. He cried when he was changed because of his rash. When Kayleigh picked him up and "
              "sang to him on 26/02/2026 he settled at once and fed well."),
        ("h1", "What we want for Ruby and Alfie"),
        ("numbers", [
            "Ruby and Alfie have three meals a day (and Alfie his feeds), clean clothes and nappies, and a "
            "clean, warm, dry home every day.",
            "Alfie's weight climbs back towards the 50th centile and he has every health check and "
            "immunisation on time.",
            "Ruby goes to every nursery session on time and starts reception in September 2026 ready to learn.",
            "Ruby and Alfie are looked after, day and night, by an adult who is sober and well enough to care "
            "for them.",
            "Kayleigh's mood will improve and she will feel more able to cope.",
        ]),
        ("h1", "The plan"),
        ("p", "The Target column says by when each step is done, or for regular work how often it happens and "
              "until when."),
        ("table", {
            "header": ["No.", "What has to happen", "Who is doing it", "Target", "What we should see"],
            "widths": [1.1, 8.2, 4.6, 4.8, 7.0],
            "rows": [
                ["1",
                 "Visit Ruby and Alfie at home, at least one visit in three unannounced; see Ruby on her own and "
                 "Alfie awake and undressed, and check the fridge, cupboards and beds",
                 "Hannah Dobbs, SW",
                 "Every week from 11/03/2026 until the review conference",
                 "A visit record on file for every week, noting what food was in and what Ruby said"],
                ["2",
                 "Weigh Alfie and plot his weight on his centile chart; go through his feeds and weaning with "
                 "Kayleigh",
                 "Jo Whitlock, HV",
                 "Every two weeks until Alfie is 12 months old (02/08/2026)",
                 "Weights plotted in Alfie's red book and e-mailed to the SW; Alfie at or above the 50th "
                 "centile by his 1-year review"],
                ["3",
                 "Give Alfie his missed 16-week immunisations",
                 "Practice nurse, Marsh Lane Surgery",
                 "By 31/03/2026",
                 "Immunisations on the GP record and written in Alfie's red book"],
                ["4",
                 "Get Ruby to nursery for every morning session, by 8.45am",
                 "Kayleigh Pennington (Mum)",
                 "Every nursery day",
                 "Nursery register e-mailed to the SW each Friday; 95% attendance by the second core group "
                 "(21/04/2026)"],
                ["5",
                 "Help Kayleigh with Ruby's breakfasts, the nursery run and the washing",
                 "Pat Pennington (Nanna Pat)",
                 "Ongoing",
                 "Nursery register shows Ruby in on time on the mornings Pat brings her"],
                ["6",
                 "Watch for signs that Ruby is hungry, tired or wearing the same clothes as the day before",
                 "Little Acorns Nursery (Sophie Kerr, key worker)",
                 "Every nursery session",
                 "Monitored by nursery and discussed at core group"],
                ["7",
                 "Register Ruby and Alfie with a dentist and take them for a check-up",
                 "Kayleigh Pennington (Mum)",
                 "-",
                 "Registration letter seen by the SW at a home visit"],
                ["8",
                 "Guided self-help, then CBT, with Kayleigh for her postnatal depression",
                 "Anstruby Talking Therapies (Priya Lal, psychological wellbeing practitioner)",
                 "Weekly for 12 weeks from 18/03/2026",
                 "Attendance confirmed to the SW by e-mail each month"],
                ["9",
                 "Review Kayleigh's sertraline and write to the SW on how her mood is affecting her care of "
                 "Ruby and Alfie",
                 "Dr Imran Shah, GP, Marsh Lane Surgery",
                 "By 07/04/2026, and again before the review conference",
                 "GP letters on the children's file by 07/04/2026 and by 26/05/2026"],
                ["10",
                 "Assess Lewis's drinking, then key-work sessions with a breath test each time; report on "
                 "whether he is cutting down and can stay sober whenever he is caring for Ruby and Alfie",
                 "Nadia Osei, recovery worker, Anstruby Alcohol Service",
                 "Assessment by 27/03/2026, then weekly sessions until the review conference",
                 "Breath test results and a written report to the SW two working days before each core group"],
                ["11",
                 "Drink no alcohol from 4pm until the children are in bed, and never look after Alfie on his "
                 "own after drinking",
                 "Lewis Grant",
                 "Every day from 10/03/2026",
                 "Clear breath tests at the SW's unannounced evening visits (one a fortnight)"],
                ["12",
                 "Ask Anstruby Homes to repair the broken back-bedroom window and the mould in Ruby's room",
                 "Hannah Dobbs, SW",
                 "Request made by 17/03/2026",
                 ""],
                ["13",
                 "Six sessions at home with Kayleigh on a daily routine for the children: meals, bath, bedtime, "
                 "and keeping the kitchen and nappy bin clean",
                 "Tom Reddy, family support worker, Anstruby Family Hub",
                 "Weekly from 16/03/2026; all six by 27/04/2026",
                 "Tidy-home checklist scored with Kayleigh at each session; the routine chart on the fridge, "
                 "seen by the SW"],
                ["14",
                 "Plan Ruby's move to school with Kayleigh: visit Anstruby St Mary's Primary together, pass on "
                 "Ruby's nursery records and book her transition sessions",
                 "Sophie Kerr, key worker, Little Acorns Nursery",
                 "Before Ruby starts reception in September 2026 (school visit by 22/05/2026)",
                 "Transition record signed by the nursery and the school; Ruby has been to her new classroom "
                 "twice before the summer holidays"],
                ["15",
                 "Three-houses work with Ruby about home, her worries and her wishes",
                 "Hannah Dobbs, SW",
                 "Three sessions by the second core group (21/04/2026)",
                 "Ruby's drawings and her own words on file and shared at the second core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Alfie's weight drops to the 25th centile line or below, or he misses two weigh-ins in a row, Jo "
            "will tell Hannah the same day and Alfie will be seen by the GP within 24 hours; if the GP is worried "
            "he will be sent to the children's assessment unit at Anstruby General Hospital.",
            "If Lewis is found drunk while looking after the children, or the police are called to the flat, "
            "Lewis will leave that night to stay with his brother at 8 Calverley Road, and Hannah (or the "
            "Emergency Duty Team out of hours) will hold a strategy discussion with the police the same day.",
            "If Pat cannot help because she is ill, away or can no longer manage it, she or Kayleigh will ring "
            "Hannah that day. Ruby will go to Little Acorns' breakfast club (a funded place is being held for "
            "her) and Tom Reddy will add a morning visit each week until another helper is agreed at the next "
            "core group.",
            "If Ruby or Alfie are again found hungry, unwashed or without a sober adult, or if by the second "
            "core group (21/04/2026) Alfie's weight, Ruby's attendance and the state of the home have not "
            "improved, Hannah will ask Rav Sandhu for a legal planning meeting within ten working days to "
            "decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am, Anstruby Family Hub: 24/03/2026, 21/04/2026 and "
            "19/05/2026.",
            "Review child protection conference: 02/06/2026, 2pm, Anstruby Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 10/03/2026 and sent to Kayleigh, Lewis, Pat and every agency on "
              "12/03/2026."),
    ],
    "findings": [
        F("T002", "Help Kayleigh with Ruby's breakfasts, the nursery run and the washing"),
        F("M002", "Watch for signs that Ruby is hungry, tired or wearing"),
        F("T001", "Register Ruby and Alfie with a dentist and take them"),
        F("H001", "Guided self-help, then CBT, with Kayleigh for her postnatal depression"),
        F("M001", "Ask Anstruby Homes to repair the broken back-bedroom window"),
        F("F002", "Kayleigh's mood will improve and she will feel more able to cope."),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan after the father's violence: bullets under each
#    outcome heading, each bullet with a bold owner, "Frequency / end date"
#    and "How we'll know"; outcome 3 gives its "How we'll know" once for the
#    bullets under it. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_applebarrow_rcpc_bullets_under_each_outcome_whitcombe.md",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-plan-md-bold-details-lines-why-still-a-plan-what-has-changed-childrens-words-then-plan-as-bullets-under-four-outcome-headings-bold-owner-action-frequency-end-date-and-how-well-know-in-each-bullet-one-outcome-with-a-shared-how-well-know-line-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 9-year-old and a 6-year-old whose father pushed their "
        "mother down the stairs and is now under a non-molestation order; their paternal grandmother "
        "supervises his Saturday contact and their mother has anxiety and panic attacks. The plan is "
        "written as bullets under four outcome headings, each bullet giving a bold owner, the action, a "
        "'Frequency / end date' and a 'How we'll know' (marker checks on the first Monday of each month, "
        "a Hope group from 05/02/2026 to 26/03/2026, 'every school day until the review conference'); "
        "the school outcome gives one 'How we'll know' for both bullets under it. Talking Therapies "
        "reports on the mother's capacity to change, the GP owns an action, the grandmother's part has "
        "a fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Applebarrow City Council – Children and Families Service

## Child protection plan – Ellis and Poppy Whitcombe

**Updated at the first review child protection conference, 15/01/2026**

- **Children:** Ellis Whitcombe, born 22/05/2016 (9, Year 4); Poppy Whitcombe, born 03/10/2019 (6, Year 1).
  Both at Birchwood Primary School, Applebarrow.
- **Home:** 9 Fernhill Close, Applebarrow AB7 3LW, with their mum, Gemma Whitcombe (34)
- **Dad:** Craig Whitcombe (37), living with his mother at 41 Quarry Lane. A non-molestation order protects
  Gemma and the children until 14/09/2026.
- **Paternal grandmother:** Maureen Whitcombe ("Nana Mo"), 41 Quarry Lane
- **Category:** Emotional abuse (both children). Initial conference 16/10/2025.
- **Chair:** Rachel Onyango (IRO) · **Social worker:** Chloe Fenwick (team manager: Martin Gale)
- **Decision today:** Ellis and Poppy stay on a child protection plan.

### Why there is still a plan

On 27/09/2025 Craig pushed Gemma down the stairs and kicked her while she was on the floor. Ellis rang 999
from the landing; Poppy was in the bath. Craig was arrested, has since pleaded guilty to assault, and is
waiting to be sentenced. There had been shouting and smashed plates for at least two years before that,
and Ellis told the police he "always" went to Poppy's room when it started.

Since October Gemma has had panic attacks most mornings, and on bad days the children have been late or
not gone to school. Ellis has started wetting the bed again and has nightmares. Poppy cries at the school
gate and will not let go of Gemma's coat. On 24 and 25/12/2025 Craig sent Gemma eleven messages from a new
number, breaking the order; Gemma reported them herself the same day.

### What has changed since October

- No violence since 27/09/2025. Craig started the Turning Point programme on 07/01/2026 after a wait for a
  place, and went to the first two sessions.
- Contact at Nana Mo's on Saturday mornings has gone well; Maureen has kept every rule, and the contact
  records show the children happy to go and happy to come home.
- Gemma has been assessed by Applebarrow Talking Therapies and starts trauma-focused CBT on 20/01/2026.
  She is taking the propranolol her GP prescribed.
- Ellis's attendance was 88% in the autumn term; Poppy's was 90%.

### What Ellis and Poppy say

**Ellis** (seen on his own at school by Chloe, 08/01/2026): "I don't want Dad to live with us again, but I
like seeing him at Nana's because Nana is there." "When Mum has her breathing thing I do Poppy's cereal."
He scored feeling safe at home 7 out of 10; in October he said 4.

**Poppy** (at home, 12/01/2026, drawing with Chloe): "Mummy cries in the kitchen sometimes and I give her a
cuddle." She drew Nana Mo's kitchen and "Daddy doing pancakes". She doesn't like going into school
"because Mummy might be sad on her own". She wants "a sticker every day like Ellis had".

### The plan

Each part below starts with what we want for Ellis and Poppy. Under it, each bullet says who will do
what, how often and until when, and how we will know it is happening and working.

#### Outcome 1 – Ellis and Poppy are safe from violence: their dad has no contact with their mum, and sees them only at contact that is supervised.

- **Gemma (Mum):** keep to the non-molestation order and her safety plan, block any new number Craig uses,
  and ring 999 if he comes to the house, the school or near either of them. *Frequency / end date:* every
  day until the order ends on 14/09/2026. *How we'll know:* no breach in police records that Gemma has not
  reported herself; Gemma and Leanne go through her phone's blocked list together at each IDVA session.
- **Sergeant Mark Tolley, Applebarrow Police Domestic Abuse Unit:** keep the warning marker on
  9 Fernhill Close and tell Chloe within 24 hours of any call-out, sighting or breach. *Frequency / end
  date:* marker checked the first Monday of each month until the next review conference. *How we'll know:*
  monthly confirmation e-mail from Sgt Tolley on the children's file; every call-out or breach on the
  chronology within 24 hours.
- **Leanne Booth, IDVA, Applebarrow Women's Aid:** safety-planning sessions with Gemma, with a new plan for
  the school run and for the day Craig is sentenced. *Frequency / end date:* every two weeks until
  30/04/2026; sentencing plan agreed a week before the hearing. *How we'll know:* signed safety plans on
  Chloe's file; Leanne's session notes sent to Chloe after each session.
- **Craig Whitcombe (Dad):** finish the 24-week Turning Point domestic abuse programme. *Frequency / end
  date:* every Wednesday evening until the last session on 17/06/2026. *How we'll know:* the attendance
  register and the facilitator's mid-point report to Chloe by 25/03/2026, and the end report by
  01/07/2026.
- **Maureen Whitcombe (Nana Mo):** supervise Craig's time with Ellis and Poppy at her house, staying in
  the room the whole time, with no talk about Gemma or the court case. *Frequency / end date:* every
  Saturday, 10am to 12 noon, until the next review conference. *How we'll know:* Maureen fills in the
  contact record after every contact and Chloe reads it at her next visit; Chloe watches one contact a
  month and writes it up.

#### Outcome 2 – Ellis and Poppy understand that what happened was not their fault, can say how they feel, and sleep through the night.

- **Chloe Fenwick (SW):** see Ellis and Poppy, each on their own, at home or at school, and ask them about
  home and contact. *Frequency / end date:* every two weeks until the next review conference; one visit in
  three unannounced. *How we'll know:* visit records with each child's own words and their "safe at home"
  score out of 10.
- **Kerry Lowe, children's worker, Applebarrow Women's Aid:** the eight-week Hope group for Ellis, about
  domestic abuse, feelings and staying safe. *Frequency / end date:* Thursdays after school, 05/02/2026 to
  26/03/2026. *How we'll know:* group register; Ellis's "My safe people" sheet and Kerry's end-of-group
  report to Chloe by 02/04/2026.
- **Maria Santos, school nurse, Applebarrow 0-19 Service:** see Ellis about his bedwetting and agree a plan
  with him and Gemma. *Frequency / end date:* first appointment by 27/02/2026, follow-up six weeks later.
  *How we'll know:* Ellis's dry-nights chart (he fills it in and brings it); the plan on the school
  nursing record and copied to Chloe.
- **Sara Quinn, family support worker, Applebarrow Family Centre:** six sessions with Gemma on a calm
  bedtime routine and on how to talk to Ellis and Poppy about what happened. *Frequency / end date:*
  weekly from 02/02/2026, all six by 16/03/2026. *How we'll know:* a bedtime chart agreed by the second
  session; both children in bed by 8pm on Sara's two evening visits, written in her notes.

#### Outcome 3 – Ellis and Poppy are in school every day and on time, and Poppy can say goodbye at the gate without crying.

*How we'll know, for both bullets under this outcome:* Birchwood Primary's register shows each child in at
least 96% of sessions, with no more than one late mark a fortnight; the school office e-mails it to Chloe
every Friday. Poppy's "brave goodbye" sticker chart is kept in class and photographed for Chloe each
Friday.

- **Gemma (Mum):** walk Ellis and Poppy to school so they are in the playground by 8.45am, with Poppy's
  goodbye said at the gate. *Frequency / end date:* every school day until the next review conference.
- **Mrs Denise Ahmed, learning mentor, Birchwood Primary:** meet Poppy at the gate, walk her in and give
  her a ten-minute settling time with a sticker if she said goodbye calmly. *Frequency / end date:* every
  school morning until the May half term, then three mornings a week until the next review conference.

#### Outcome 4 – Ellis and Poppy are looked after by a mum who is well enough to keep them safe and keep their days calm.

- **Sam Reid, high intensity therapist, Applebarrow Talking Therapies:** trauma-focused CBT with Gemma for
  her anxiety and panic attacks, and a written view before each core group on whether Gemma is making the
  changes Ellis and Poppy need (calm mornings, keeping the safety plan) and how long further change is
  likely to take. *Frequency / end date:* weekly, 16 sessions from 20/01/2026 to 12/05/2026; written view
  two working days before each core group. *How we'll know:* Sam's written view on Chloe's file before
  every core group, with Gemma's GAD-7 score each session.
- **Dr Aisha Patel, GP, Riverside Medical Practice:** review Gemma's propranolol and sleep, and write to
  Chloe about how her health is affecting her care of Ellis and Poppy. *Frequency / end date:* by
  27/02/2026 and again by 09/04/2026. *How we'll know:* two GP letters on the children's file by those
  dates.
- **Gemma (Mum):** use the morning plan she wrote with Chloe on 12/01/2026 (breathing exercise, clothes
  and bags ready the night before) so that a panic attack does not stop the school run. *Frequency / end
  date:* every school morning from 19/01/2026. *How we'll know:* Gemma's morning log, which she and Sam
  score together at each weekly session; no school day missed because of a panic attack on the Friday
  register.

### If things go wrong

- **If Craig comes to the house, the school or near Gemma or the children, or contacts them in any way
  outside contact:** Gemma rings 999 and the police respond as a priority because of the marker. Chloe,
  or the Emergency Duty Team out of hours, holds a strategy discussion with the police the same day, and
  contact stops until the core group has met.
- **If Maureen cannot supervise** (she is ill, away, or feels she cannot carry on), or if she leaves Craig
  alone with the children even once, she or Gemma tells Chloe that day. Saturday contact stops at once,
  and Chloe arranges supervised contact at Applebarrow Contact Centre within ten working days instead.
- **If Gemma has a panic attack and cannot get the children to school,** she rings Mrs Ahmed by 8.15am and
  Gemma's friend Lauren Shaw (two doors away, agreed with Gemma and Chloe on 12/01/2026) walks them in. If
  Lauren cannot, Mrs Ahmed collects them from home.
- **If Gemma lets Craig back into the house, or the children see or hear any more violence,** Chloe will
  ask Martin Gale for a legal planning meeting within five working days to decide whether to start the
  Public Law Outline. Chloe will also ask for one if Sam's written view before the core group on
  30/04/2026 is that Gemma cannot make the changes in the time the children need.

### Meetings

- Core group every four weeks, Thursdays at 9.30am at Birchwood Primary: 05/02/2026, 05/03/2026,
  02/04/2026, 30/04/2026, 28/05/2026 and 25/06/2026.
- Next review child protection conference: 09/07/2026, 10am, Applebarrow Civic Centre.

Plan written by Chloe Fenwick and agreed at the review conference on 15/01/2026; copies to Gemma, Craig (his
part and the contact rules only), Maureen and every agency on 16/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. The social worker's letter to a 19-year-old mother after the initial
#    conference for her 11-week-old baby: plain headings, then the plan as a
#    two-column table inside the letter ("What will happen" / "When, and how
#    we will check"), owners named in the first cell. Letterhead header and
#    page footer. Faulty (pdf)
# ---------------------------------------------------------------------------
_HOLLINGS_ROWS = [
    ["I will visit you and Mia-Rose at the flat every week, and one visit in three will be unannounced. I "
     "will see Mia-Rose awake and undressed at least once a fortnight.",
     "Every week until the review conference on 22/04/2026. I write up each visit the same day, with how "
     "Mia-Rose looked, what she was wearing and when she last fed."],
    ["Jess Moran, your health visitor, will weigh Mia-Rose and plot her weight on the centile chart in her "
     "red book.",
     "Every week until she is back up on the 25th centile line, then every two weeks. We will know she is "
     "doing well when her weight is on the 25th centile by the time she is 16 weeks old (04/03/2026)."],
    ["You will feed Mia-Rose every three to four hours in the day, and at least twice in the night, and write "
     "every feed in the feed diary Jess gave you.",
     "Every feed, from today. Jess and I will read the diary at every visit and count the feeds and how much "
     "she took."],
    ["A referral will be made to the Ardencroft Infant Feeding Team so that someone can watch Mia-Rose feed "
     "and check her latch and her bottles.",
     "By 06/02/2026. The appointment date will be written in Mia-Rose's red book."],
    ["Dr Nasreen Akhtar, your GP, will see Mia-Rose to find out why she is not gaining weight and do any "
     "tests she needs.",
     "By 04/02/2026. Dr Akhtar will write to me with what she found and any test results."],
    ["You will take Mia-Rose to the surgery for her 12-week immunisations.",
     "On 04/02/2026, the same day as Dr Akhtar's appointment. The practice nurse will write them in the red "
     "book, and I will look at it on my next visit."],
    ["Ruth Ives, perinatal mental health nurse, will see you every two weeks to help you with your anxiety "
     "and panic attacks.",
     "Every two weeks from 05/02/2026. Ruth will send me a note of each appointment you go to."],
    ["Lee Harper, recovery worker at Compass (Ardencroft Drug and Alcohol Service), will assess Kyle's "
     "cannabis use, see him every week with a urine test, and write to me before each core group about "
     "whether he has stopped smoking cannabis at home and can stay off it.",
     "Assessment by 13/02/2026, then every week. Test results and Lee's letter on my file before each core "
     "group."],
    ["Kyle will cut down his cannabis and stop smoking it in the flat or near Mia-Rose.",
     "When he is ready. We'll see how it goes."],
    ["Tina (Kyle's mum) will come round to help you with the feeds and give you a break.",
     "As and when you need her. Tina will text me after each time she comes."],
    ["I will apply to the Household Support Fund for electricity credit, and ask Ardencroft Homes to fix the "
     "storage heater in Mia-Rose's room.",
     "By 13/02/2026."],
    ["You and Kyle will keep Mia-Rose's room between 16 and 20 degrees, using the room thermometer Jess gave "
     "you.",
     "Every day from today. Jess and I will read the thermometer at every visit and write it down."],
    ["You will take Mia-Rose to the Little Steps baby group at Ardencroft Family Hub, where Mel Carter "
     "(family support worker) will work with you on feeding, play and settling her.",
     "Every Thursday morning for eight weeks from 05/02/2026. Mel keeps the register and sends me a short "
     "note each month on how you and Mia-Rose are playing together."],
    ["Sam Patel, your personal adviser from the Leaving Care Team, will help you set up a weekly budget so "
     "that the electricity never runs out.",
     "Budget set up by 27/02/2026, then checked at each monthly pathway visit. You will show Sam and me the "
     "meter credit and the budget sheet."],
]

PLANS.append({
    "name": "b168_ardencroft_icpc_letter_to_mum_two_column_plan_hollings.pdf",
    "doc_title": "Letter to Shannon Hollings - Mia-Rose's child protection plan",
    "split": "tune",
    "actions": 14,
    "min_pages": 2,
    "header": "Ardencroft Council · Children's Services · Greenway House, Ardencroft AR1 4DS",
    "footer": "Letter to Shannon Hollings, 30/01/2026 · Mia-Rose's plan · Page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-19-year-old-mother-after-icpc-paged-letterhead-header-footer-address-lines-dear-shannon-plain-headings-why-we-met-what-is-going-well-mia-roses-days-what-we-want-then-two-column-plan-table-inside-the-letter-what-will-happen-owner-in-the-sentence-when-and-how-we-will-check-then-if-things-get-worse-meetings-signed",
    "description": (
        "The social worker's letter to a 19-year-old care leaver after the initial conference for her "
        "11-week-old daughter, whose weight has fallen from the 50th to the 9th centile; the baby's father "
        "smokes cannabis daily and the mother has anxiety and panic attacks. After plain headings (why "
        "we met, what is going well, Mia-Rose's days, what we want for her) the plan is a two-column "
        "table inside the letter, 'What will happen' (owner named in the sentence: I, you, named "
        "workers) and 'When, and how we will check', with times tied to the baby ('by the time she is "
        "16 weeks old', 'every feed'). Faults: a passive referral with no one named; the perinatal "
        "nurse only supports the mother; the father will cut down 'when he is ready' and 'we'll see how "
        "it goes'; the paternal grandmother helps 'as and when'; a heating request has only a date; "
        "the contingency is that the social worker will talk to her manager if things get worse; and "
        "nothing says legal planning follows."
    ),
    "blocks": [
        ("pl", "Shannon Hollings"),
        ("pl", "Flat 6, Linden Court"),
        ("pl", "Ardencroft AR3 8NB"),
        ("pr", "30/01/2026"),
        ("p", "Copy to: Kyle Dawson, and the agencies at the conference"),
        ("p", "Dear Shannon,"),
        ("p", "Thank you for coming to the conference about Mia-Rose on Wednesday 28/01/2026, and for staying "
              "to the end when I know it was hard. This letter says what was decided and what the plan is, in "
              "the words we used in the meeting. Please ring me if anything in it is not clear."),
        ("h2", "What was decided"),
        ("p", "The conference decided that Mia-Rose needs a child protection plan, under the category of neglect. "
              "I am her social worker. The conference was chaired by Deborah Walsh, an independent reviewing "
              "officer."),
        ("h2", "Why we met"),
        ("p", "Mia-Rose was born on 12/11/2025 weighing 3.1kg, on the 50th centile. By 19/01/2026 she had "
              "dropped to the 9th centile. She missed two health visitor appointments in December, and on two "
              "of my visits the flat was very cold because the electricity had run out. Kyle smokes cannabis "
              "every day, and the flat smelled of it on three visits, once with Mia-Rose asleep in the front "
              "room. You told the conference you have panic attacks most days, and that on bad days you feel "
              "you cannot cope with Mia-Rose's crying."),
        ("h2", "What is going well"),
        ("p", "You love Mia-Rose and it shows: you talk to her all the time and she watches your face. You have "
              "been to every appointment since the conference was booked, you have kept the flat tidy, and you "
              "asked for help with your anxiety yourself. Kyle came to the conference and said he wants to be "
              "a good dad. Tina has been coming round twice a week."),
        ("h2", "Mia-Rose's days"),
        ("p", "Mia-Rose cannot tell us how her days are, so I have written what Jess and I have seen. When I "
              "visited on 20/01/2026 she was in her Moses basket in a vest and a thin blanket, and her hands "
              "were cold. She fed hungrily when you gave her a bottle, and she settled on your chest. Jess saw "
              "her on 22/01/2026 go four and a half hours without a feed while you were asleep after a bad "
              "night. She smiles at you and at Tina, and she startles and cries when the door bangs."),
        ("h2", "What we want for Mia-Rose"),
        ("bullets", [
            "Mia-Rose is fed enough, often enough, and gains weight so that she is back on the 25th centile "
            "by the time she is 16 weeks old and keeps climbing.",
            "Mia-Rose lives in a warm flat with no cannabis smoke in it.",
            "Mia-Rose has all her health checks and immunisations on time.",
            "Mia-Rose is cared for by a mum who gets help for her anxiety and can respond to her crying, "
            "day and night.",
        ]),
        ("h2", "The plan"),
        ("p", "In the table, “I” means me, Caroline Oduya, your social worker, and “you” means you, Shannon."),
        ("table", {
            "header": ["What will happen", "When, and how we will check"],
            "widths": [9.5, 7.5],
            "rows": _HOLLINGS_ROWS,
        }),
        ("h2", "If things get worse"),
        ("p", "If things get worse for Mia-Rose, or the plan is not being followed, I will talk to my manager "
              "about what needs to happen next, and we may need to bring the meeting forward."),
        ("h2", "When we will meet"),
        ("p", "The core group (you, Kyle, Tina, me, Jess, Ruth, Lee, Mel and Sam) will meet every four weeks at "
              "Ardencroft Family Hub at 10.30am: on 10/02/2026, 10/03/2026 and 07/04/2026. The review "
              "conference will be on Wednesday 22/04/2026 at 1pm at Greenway House."),
        ("p", "You can bring someone with you to any of these meetings. My number is 01632 960 418, and out of "
              "hours you can ring the Emergency Duty Team on 01632 960 000."),
        ("p", "Yours sincerely,"),
        ("pl", "Caroline Oduya"),
        ("pl", "Social worker, Ardencroft Children's Services, Assessment and Safeguarding Team"),
    ],
    "findings": [
        F("W001", "A referral will be made to the Ardencroft Infant Feeding Team"),
        F("H001", "Ruth Ives, perinatal mental health nurse, will see you"),
        F("T002", "Kyle will cut down his cannabis and stop smoking it"),
        F("M002", "Kyle will cut down his cannabis and stop smoking it"),
        F("T002", "Tina (Kyle's mum) will come round to help you"),
        F("M001", "apply to the Household Support Fund for electricity credit"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Second core group minutes, neglect, mother's drinking, grandfather
#    helping: numbered minutes, then an action log of blocks, each with a
#    "Lead" and "Review by" line over "Action" and "Check" lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_ashbeckton_core_group_minutes_lead_review_by_check_log_mulroney.txt",
    "split": "tune",
    "actions": 17,
    "template": "core-group-2-minutes-txt-caps-header-present-list-of-initials-numbered-minutes-updates-childrens-views-scaling-outcomes-contingency-next-meetings-then-action-log-of-blocks-ref-lead-review-by-line-over-action-and-check-lines",
    "description": (
        "Minutes of the second core group for a 14-year-old, an 11-year-old and a 3-year-old whose mother "
        "drinks vodka daily; their maternal grandfather has the youngest two afternoons a week and the "
        "children for tea. Numbered minutes (updates, the children's views, scaling, outcomes, "
        "contingency, next meetings), then an action log of blocks, each with a 'Lead' and a 'Review by' "
        "line over an 'Action' and a 'Check' line, with times such as 'weekly to RCPC 12/05/2026', "
        "'before CG3 (14/04/2026)' and 'Tues + Thurs, 12-5pm, to RCPC'. Most blocks are sound. Faults: "
        "the health visitor's overdue development check is measured by 'discuss progress at CG3'; the "
        "dentist visit has '-' for review by; the young carers referral is 'asap'; the learning mentor's "
        "sessions are measured by 'feedback at core group'; the grandfather's teas are 'as and when'; "
        "'ALL' owns sharing worries; and the contingency sends the children to the grandfather with "
        "nothing said about him being unable."
    ),
    "text": """\
ASHBECKTON METROPOLITAN BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - LOCALITY TEAM EAST

CORE GROUP MEETING 2 - MINUTES AND ACTION LOG
==============================================

Children:  Tyler MULRONEY, DOB 02/09/2011 (14), Year 9, Ashbeckton High School
           Kacey MULRONEY, DOB 17/06/2014 (11), Year 6, St Oswald's RC Primary
           Mason MULRONEY, DOB 25/01/2023 (3), Little Stars Nursery
Address:   48 Millbeck Road, Ashbeckton AS2 9PF
Category:  Neglect (all three children). ICPC held 10/02/2026.
Meeting:   Tuesday 10/03/2026, 1.30pm, Ashbeckton Family Hub, Room 2
Chair:     Naomi Hale (SW)          Minutes: Lisa Carr (business support)

PRESENT (initials used in these minutes and the log)
  NH   Naomi Hale, social worker, Locality Team East
  DM   Donna Mulroney, Mum
  RM   Ron Mulroney, maternal grandfather
  PW   Paul Wragg, recovery worker, Ashbeckton Recovery Service (alcohol)
  SK   Sarah Kent, DSL, Ashbeckton High School
  JT   Janice Tate, learning mentor, St Oswald's RC Primary
  AB   Amina Begum, health visitor, Ashbeckton 0-19 Service
  CF   Chris Foley, family support worker, Ashbeckton Family Hub
APOLOGIES
  Dr Kwame Osei, GP, Beck Lane Surgery (written report sent, see 2.8)
  Gemma Hart, key worker, Little Stars Nursery (update by phone to NH on 09/03/2026, see 2.6)

----------------------------------------------------------------------
1. WELCOME AND THE LAST LOG
1.1 NH welcomed everyone. Tyler and Kacey were invited; both chose to give their views to NH
    beforehand (see 3).
1.2 CG1 log (17/02/2026) gone through. Done and closed: DM's referral to Ashbeckton Recovery
    Service (accepted 19/02); Mason's nursery hours raised to 30 (from 02/03); gas safety
    check (passed 26/02). Everything still live is in the new log at 8, which replaces the CG1
    log.

2. UPDATES
2.1 DM: says she has cut down to "a few cans at night" and has had no vodka since 20/02. Has
    been to 3 of 4 Tuesday groups. Finds mornings hard. Wants the children to "see I'm trying".
2.2 PW: DM at 3 of 4 key-work sessions. Breath tests 0.00 on 24/02 and 03/03; 0.12 at an
    afternoon session on 27/02, which DM put down to "last night". PW has explained the
    difference between cutting down and stopping. Detox not recommended yet.
2.3 SK: Tyler's attendance 84% this half term (target 95%), late 9 times. He told SK he "has to
    get Mason ready" because "Mum can't get up". Asleep in two lessons last week.
2.4 JT: Kacey's attendance 91%. Quiet and tired in class, eats two breakfasts at breakfast club.
    Asked JT last week "why people drink when it makes them sad".
2.5 AB: Mason's development check was missed in October and again in January (no one in).
    From what AB saw at the visit on 03/03 he has about ten words. She saw decay on his front
    teeth. He has never been to a dentist.
2.6 Little Stars (by phone): Mason at 11 of 15 sessions since 16/02. Twice collected late by
    Tyler, who is not on the collection list. Arrives hungry most mornings.
2.7 CF: 2 of 3 home sessions done (one cancelled by DM, ill). Kitchen cleaner at the last visit,
    food in the fridge on 03/03. Kacey's and Mason's beds have no sheets; Kacey sleeps on a
    mattress on the floor.
2.8 GP (written report): DM's liver function tests raised in January. Thiamine prescribed.
    Dr Osei is willing to repeat the bloods and to write to NH.
2.9 RM: has had Mason every Tuesday and Thursday afternoon since the ICPC and the three children
    for tea most Fridays. Says he "will do whatever it takes" but is 64 and has a bad hip.

3. CHILDREN'S VIEWS
3.1 Tyler (seen on his own by NH at school, 05/03/2026): "If Mum's been drinking I just take
    Mason in our room and put a film on." "I don't mind doing stuff for Mason but I'm
    knackered." Scored home 4/10 ("it's better than before Christmas").
3.2 Kacey (seen on her own by NH at school with JT present, 06/03/2026): "I like Fridays at
    Grandad's because it's calm and he does chips." Wants Mum "to be how she was before Nana
    died". Scored home 5/10.
3.3 Mason (seen at home by NH, 03/03/2026): ran to Tyler, not DM, when he banged his head.
    Said "hungry" and "Ty-Ty" and pointed to the fridge. Settled on Ron's knee when Ron came.

4. SCALING (0 = the children will be harmed by neglect and Mum's drinking; 10 = safe enough
   for the plan to end)
   NH 3, DM 6, RM 5, PW 4, SK 3, JT 4, AB 3, CF 4.

5. OUTCOMES FOR THE CHILDREN (from the ICPC, unchanged)
5.1 Tyler, Kacey and Mason are cared for every day and night by an adult who is sober.
5.2 Mason's health and development needs are met: his missed check done, his speech helped and
    his teeth treated.
5.3 Tyler and Kacey are in school every day and on time, and Tyler no longer has to get Mason
    ready or look after him at night.
5.4 The children have food, clean clothes, their own beds and a clean, warm home.

6. CONTINGENCY (agreed at the ICPC, gone through again today)
6.1 If DM is found drunk while caring for the children, or blows over 0.00 at a daytime
    visit: the children go to RM's house (12 Ings Lane) that day and stay until NH has seen DM
    sober; NH holds a strategy discussion with the police the same day if DM cannot be roused
    or the children are alone.
6.2 If DM is admitted to hospital or has a withdrawal seizure: RM has the children at his
    house until DM is home and a plan is agreed with NH.
6.3 If DM is drunk in charge of the children twice, or by the RCPC her breath tests and PW's
    report show no real change, NH will ask the team manager (Grant Ellison) for a legal
    planning meeting within 10 working days to decide whether to start the PLO.

7. NEXT MEETINGS
7.1 CG3: Tuesday 14/04/2026, 1.30pm, Ashbeckton Family Hub. Then every 4 weeks.
7.2 RCPC: Tuesday 12/05/2026, 10am, Ashbeckton Town Hall, Committee Room 1.

----------------------------------------------------------------------
8. ACTION LOG (live actions from 10/03/2026)
   "Review by" is when the action is done, or how often and until when.
   "Check" is how the core group will know it has happened and is working.

A1   Lead: NH     Review by: weekly to RCPC 12/05/2026
     Action: Home visits, one in three unannounced. See Tyler and Kacey on their own and Mason
             awake; look in the fridge and at the beds.
     Check:  Visit record on file within 48 hrs with each child's own words and a home
             conditions score.

A2   Lead: PW     Review by: weekly key-work; report 2 working days before CG3 and the RCPC
     Action: Key-work with DM with a breath test each session, and a written report on whether
             she is cutting down or stopping and can stay sober when the children are home.
     Check:  Breath test results and PW's report on file before CG3 and the RCPC.

A3   Lead: DM     Review by: every Tuesday, to RCPC
     Action: Go to the Tuesday morning group at Ashbeckton Recovery Service and to every
             key-work session.
     Check:  PW e-mails NH each Friday with DM's attendance for the week.

A4   Lead: DM     Review by: every day from 10/03/2026
     Action: No alcohol from 3pm, when the children come home, until they are all in bed.
     Check:  Breath test 0.00 at CF's and NH's afternoon visits.

A5   Lead: Dr K Osei (GP)     Review by: bloods by 27/03/2026; letter by CG3 (14/04/2026)
     Action: Repeat DM's liver function tests and write to NH on DM's physical health and
             whether it is affecting her care of the children.
     Check:  GP letter on the children's file by 14/04/2026.

A6   Lead: AB     Review by: by 24/03/2026
     Action: Mason's overdue 2-year development check (ASQ-3) at home with DM, and a speech
             and language referral if it is needed.
     Check:  Discuss progress at CG3.

A7   Lead: DM     Review by: -
     Action: Take Mason to Beck Lane Dental Practice to have his teeth looked at.
     Check:  Appointment card or dentist's letter seen by NH.

A8   Lead: Little Stars (Gemma Hart)     Review by: every session; record to NH each Friday
     Action: Record Mason's arrival time, how he presents and whether he eats lunch, and ring NH
             the same day if he is collected by anyone not on the collection list.
     Check:  Weekly record on file; Mason at 14 of 15 sessions by CG3.

A9   Lead: SK     Review by: every school day; mentor sessions weekly from 16/03/2026
     Action: Tyler on the morning late-gate list, and a weekly mentor session with Mr Lowe
             about school and home.
     Check:  Attendance and lates e-mailed to NH every Friday; Tyler at 95% by the RCPC.

A10  Lead: NH     Review by: asap
     Action: Referral to Ashbeckton Young Carers for Tyler (young carer's assessment).
     Check:  Assessment on file and the date of Tyler's first session.

A11  Lead: JT     Review by: weekly (Wednesdays) to RCPC
     Action: 1:1 worry time sessions with Kacey about home and Mum's drinking.
     Check:  Feedback at core group.

A12  Lead: CF     Review by: twice weekly (Mon + Thurs) for 8 weeks, to 07/05/2026
     Action: Home sessions with DM on the morning routine, meal planning and laundry, and the
             tidy-home checklist done with DM at each session.
     Check:  Checklist scores on the Hub record, shared with NH each Friday; 8/10 or more by
             CG3.

A13  Lead: RM     Review by: Tues + Thurs, 12-5pm, to RCPC
     Action: Have Mason at his house so that DM can get to her group and key-work.
     Check:  RM signs Mason out of nursery at 12 (signing-out sheet); RM texts NH each Thursday
             night.

A14  Lead: RM     Review by: as and when
     Action: Have the children for tea and a break from home.
     Check:  RM texts NH after each tea.

A15  Lead: ALL     Review by: same day
     Action: Share any sign that DM has been drinking while caring for the children (smell,
             slurring, a missed pick-up) with NH.
     Check:  Logged on the children's chronology by NH.

A16  Lead: NH     Review by: by 20/03/2026
     Action: Apply to the Ashbeckton Local Welfare Fund for beds and bedding for Kacey and Mason.
     Check:  Grant letter on file; NH sees both beds made up at a visit.

A17  Lead: NH     Review by: before CG3 (14/04/2026)
     Action: Family network meeting with DM, RM and DM's sister Claire, to agree who else can
             help with the mornings and the school run.
     Check:  Network meeting notes on file, with each helper's name and days.

Minutes and log sent to all present and apologies on 12/03/2026 (LC for NH).
""",
    "findings": [
        F("M002", "Mason's overdue 2-year development check (ASQ-3) at home"),
        F("T001", "Take Mason to Beck Lane Dental Practice to have his"),
        F("T002", "Referral to Ashbeckton Young Carers for Tyler"),
        F("M002", "1:1 worry time sessions with Kacey about home"),
        F("T002", "Have the children for tea and a break from home."),
        F("W002", "Share any sign that DM has been drinking while caring"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan printed from a case system: field tables, then
#    a task table with "Frequency" and "Review by" columns, a separate "How
#    we will know" table keyed by task ID, and trigger / response / lead
#    contingency rows. Landscape, page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_FERRIS_TASKS = [
    ["T01",
     "Visit Noah and Isla at home; see Noah on his own and Isla awake, and go through Jade's crisis plan with "
     "her",
     "Sana Qureshi, SW",
     "Weekly; one visit in three unannounced",
     "RCPC 19/05/2026"],
    ["T02",
     "See Jade at home, check her mood, self-harm and medicines, keep her crisis plan up to date, and report "
     "on whether she is making and keeping the changes Noah and Isla need and how long further change is "
     "likely to take",
     "Femi Adeyemi, CPN and care coordinator, Astwyke CMHT",
     "Weekly; report two working days before each core group",
     "Each core group (first 10/03/2026)"],
    ["T03",
     "DBT skills group and individual DBT sessions for Jade, and a written review of her progress, her "
     "capacity to change and the likely timescale, for the review conference",
     "Dr Karin Olsen, clinical psychologist, Astwyke CMHT",
     "Group every Tuesday and individual every Thursday, from 03/03/2026",
     "Written review by 05/05/2026"],
    ["T04",
     "Hand her medicines to Stacey to keep, collecting one day's dose at a time, and ring Femi or the crisis "
     "line when her distress is 7 or more on her scale",
     "Jade Ferris (Mum)",
     "Every day from 25/02/2026",
     "RCPC 19/05/2026"],
    ["T05",
     "Prescribe Jade's medicines one week at a time, and ring the SW the same day if a prescription is not "
     "collected",
     "Dr Leon Marsh, GP, Wyke Lane Surgery",
     "Weekly",
     "RCPC 19/05/2026"],
    ["T06",
     "Do Isla's 2-year review with the ASQ-3, and refer her to speech and language therapy if her words are "
     "below the expected range",
     "Bethan Lloyd, HV, Astwyke 0-19 Service",
     "Once, at her 2-year review (Isla is 2 on 18/04/2026)",
     "24/04/2026"],
    ["T07",
     "Assess Isla's speech and language and give Jade, Ryan and Little Owls a plan of play activities to use "
     "with her",
     "Ruth Kemp, speech and language therapist, Astwyke Children's Therapies",
     "Once, within six weeks of the HV's referral",
     "05/06/2026"],
    ["T08",
     "Take Isla for three mornings a week, and keep a note of her new words and how she is when she arrives",
     "Kerry Platt, key worker, Little Owls Nursery",
     "Every Monday, Wednesday and Friday morning",
     "RCPC 19/05/2026"],
    ["T09",
     "A check-in with Noah when he arrives, and six ELSA sessions about worry and Mum's illness",
     "Mrs Gill Dale, ELSA, St Aidan's C of E Primary",
     "Check-in every school day; ELSA weekly from 02/03/2026",
     "Six sessions by 24/04/2026"],
    ["T10",
     "Young carer's assessment with Noah, and a place at the Saturday young carers' club",
     "Amir Shah, Astwyke Young Carers",
     "Assessment once; club every Saturday after that",
     "Assessment by 27/03/2026"],
    ["T11",
     "Collect Noah from school and have Noah and Isla for tea until 7pm, so that Jade can go to her DBT group",
     "Stacey Ferris, maternal aunt",
     "Every Tuesday",
     "RCPC 19/05/2026"],
    ["T12",
     "Have Isla at his flat, and take her to her speech and language appointments once they start",
     "Ryan Benn (Isla's dad)",
     "Every Sunday, 10am to 4pm",
     "RCPC 19/05/2026"],
    ["T13",
     "Four sessions of direct work with Noah about Mum's illness, using the “Mum's worried days” storybook, "
     "ending with Noah's own safety card (who he rings)",
     "Sana Qureshi, SW",
     "Weekly from 02/03/2026",
     "27/03/2026"],
    ["T14",
     "Family network meeting to agree a second adult, besides Stacey, who will have the children if Jade is "
     "unwell",
     "Sana Qureshi, SW",
     "Once",
     "20/03/2026"],
]

_FERRIS_EVIDENCE = [
    ["T01", "A visit record on CaseLink within 48 hours of every visit, with Noah's own words, his worry score "
            "(0-10) and what Isla was doing."],
    ["T02", "Femi's written report on CaseLink two working days before each core group, giving his view on "
            "change and its likely timescale."],
    ["T03", "DBT attendance register sent to the SW each month; Dr Olsen's written review on file by "
            "05/05/2026."],
    ["T04", "Stacey's medicines log, signed at every handover; calls to Femi or the crisis line recorded in "
            "Jade's CMHT notes and listed in Femi's report."],
    ["T05", "GP prescription record; any prescription not collected phoned to the SW and logged the same day."],
    ["T06", "ASQ-3 scores in Isla's red book and e-mailed to the SW; the referral letter on file if one is "
            "made."],
    ["T07", "Speech and language report and activity plan sent to the SW, Jade, Ryan and Little Owls."],
    ["T08", "Register and Isla's words log e-mailed to the SW each Friday; Isla at 11 or more of 12 sessions "
            "each month."],
    ["T09", "Check-ins logged on CPOMS; Noah's own worry scale at the first and the sixth ELSA session; "
            "attendance e-mailed to the SW each Friday."],
    ["T10", "Young carer's assessment on file by 27/03/2026; the club register."],
    ["T11", "School signing-out sheet; Stacey texts the SW every Tuesday night to say the children were with "
            "her and what they ate."],
    ["T12", "Ryan texts the SW each Sunday evening; the speech and language attendance record."],
    ["T13", "Noah's storybook and safety card on file; Noah tells the SW, in his own words, who he would ring "
            "and what he would say."],
    ["T14", "Meeting notes on file with the second adult's name and address and the days and nights they can "
            "do."],
]

PLANS.append({
    "name": "b168_astwyke_icpc_case_print_review_by_keyed_evidence_ferris.pdf",
    "doc_title": "CaseLink plan print - Noah Ferris and Isla Ferris-Benn",
    "split": "tune",
    "actions": 14,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Astwyke Council Children's Services · CaseLink plan print",
    "footer": "Ferris N / Ferris-Benn I · CP plan (ICPC 24/02/2026) · printed 26/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-case-system-print-paged-landscape-header-footer-field-tables-case-household-parental-health-reason-strengths-childs-voice-outcomes-then-task-table-id-task-assigned-to-frequency-review-by-then-separate-how-we-will-know-table-keyed-by-task-id-then-trigger-response-lead-contingency-table-review-fields",
    "description": (
        "Exemplary initial conference plan, printed from a case system with page header and footer, for "
        "a 7-year-old and a 22-month-old whose mother has a personality disorder and took an overdose at "
        "home, found by her son. Field tables give the case, household, parental health, reason, "
        "strengths, the children's voice and outcomes; the plan is a task table with 'Frequency' and "
        "'Review by' columns ('Once, at her 2-year review', 'Weekly; report two working days before "
        "each core group'), and the measures sit in a separate 'How we will know' table keyed by task "
        "ID, every task covered. The CMHT nurse and psychologist both report on capacity to change, the "
        "GP owns an action, the aunt's part has a fallback (a second adult, then foster carers), legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CaseLink › Plans › Child Protection › ICPC plan (current) · Plan ID CP-26-0093"),
        ("h2", "Case"),
        ("table", {
            "header": ["Field", "Value"],
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Children", "Noah Ferris, born 12/07/2018 (7), Year 3, St Aidan's C of E Primary\n"
                             "Isla Ferris-Benn, born 18/04/2024 (22 months), Little Owls Nursery"],
                ["Address", "3 Orchard Row, Astwyke AW5 2EN"],
                ["Category", "Neglect (both children)"],
                ["Conference", "Initial child protection conference, 24/02/2026, Astwyke Civic Centre. "
                               "Chair: Paul Whitley (IRO)"],
                ["Allocated worker", "Sana Qureshi, social worker, Astwyke Safeguarding Team 2 "
                                     "(team manager: Joanna Reeve)"],
            ],
        }),
        ("h2", "Household and family"),
        ("table", {
            "header": ["Person", "Relationship", "Notes"],
            "widths": [5.5, 5.0, 15.2],
            "rows": [
                ["Jade Ferris (26)", "Mother", "Lives at the address with both children"],
                ["Ryan Benn (29)", "Isla's father", "Own flat, 17b Mill Street; has Isla every Sunday"],
                ["Dale Kirby", "Noah's father", "No contact since 2020; whereabouts not known"],
                ["Stacey Ferris (31)", "Maternal aunt", "40 Orchard Row, on the same street; the children know "
                                                        "her house well"],
            ],
        }),
        ("h2", "Parental health"),
        ("table", {
            "header": ["Field", "Value"],
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Jade – mental health", "Emotionally unstable personality disorder, diagnosed 2022. Overdoses "
                                         "in June 2025 and on 18/01/2026; cuts her arms when distressed. Under "
                                         "Astwyke Community Mental Health Team since 2022; care coordinator "
                                         "Femi Adeyemi since July 2025. Prescribed sertraline and quetiapine "
                                         "by her GP."],
                ["Jade – alcohol and drugs", "None known; Jade and the CMHT say she does not drink or use "
                                             "drugs."],
                ["Ryan", "No health concerns known."],
            ],
        }),
        ("h2", "Reason for the plan"),
        ("p", "At about 7pm on 18/01/2026 Jade took an overdose of her quetiapine while she was alone with the "
              "children. Noah found her asleep on the bathroom floor, could not wake her, and rang Stacey, who "
              "called 999. Isla was in her cot in a soaked nappy and had not had her tea. Jade was in Astwyke "
              "General Hospital for two nights. Isla's 1-year review was missed, and the nursery says she has "
              "only a few words. Noah tells his teacher he checks on his mum at night, and he has been late to "
              "school eleven times this term."),
        ("h2", "Strengths"),
        ("bullets", [
            "Jade rang the crisis line herself twice in February when her distress rose, and she agreed at the "
            "conference to hand her medicines to Stacey.",
            "Stacey lives four doors away, has looked after the children many times and acted quickly on "
            "18/01/2026.",
            "Ryan has had Isla every Sunday for a year without missing one.",
            "Noah is doing well in his reading and loves football; Isla is settled at Little Owls.",
        ]),
        ("h2", "Child's voice"),
        ("table", {
            "header": ["Child", "What we have heard and seen"],
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Noah", "Seen on his own at school on 11/02/2026: “I thought Mummy was dead. I rang Auntie "
                         "Stacey because she's the quickest.” “I check Mummy's breathing at night, just in "
                         "case.” He scored his worry about Mum 8 out of 10. He wants to stay with Mummy and "
                         "Isla and for Mummy “not to be sad all the time”."],
                ["Isla", "Seen at home and at nursery. Isla babbles, says “Mama”, “No-No” (Noah) and “dog”, and "
                         "runs to Noah, not to her mum, when she is upset. At Little Owls she settles quickly "
                         "with Kerry and copies the other children's songs."],
            ],
        }),
        ("h2", "Outcomes"),
        ("numbers", [
            "Noah and Isla are always looked after by an adult who is well enough to care for them, and are "
            "never alone with their mum when she is in crisis.",
            "Noah knows what to do and who to ring if his mum is unwell, stops checking on her at night, and "
            "his worry score comes down.",
            "Isla's speech and development are checked and helped, and she has every health review on time.",
            "Noah is in school every day and on time, and Isla goes to every nursery session.",
        ]),
        ("h2", "Plan tasks"),
        ("p", "Frequency says how often a task is done; Review by says when it must be done or, for regular "
              "tasks, until when. The evidence for each task is in the next table, by task ID."),
        ("table", {
            "header": ["Task ID", "Task", "Assigned to", "Frequency", "Review by"],
            "widths": [1.7, 10.0, 5.4, 5.0, 3.6],
            "rows": _FERRIS_TASKS,
        }),
        ("h2", "How we will know"),
        ("table", {
            "header": ["Task ID", "Evidence (what will be seen, counted or read)"],
            "widths": [1.7, 24.0],
            "rows": _FERRIS_EVIDENCE,
        }),
        ("h2", "Contingency"),
        ("table", {
            "header": ["Trigger", "Response", "Lead"],
            "widths": [7.0, 14.0, 4.7],
            "rows": [
                ["Jade self-harms, takes an overdose or says she plans to, or the children find her unwell",
                 "Noah rings Auntie Stacey or 999 (both numbers are on his safety card). Stacey takes both "
                 "children to her house that day. The CMHT crisis team assesses Jade the same day, and the SW "
                 "holds a strategy discussion with the police and health within 24 hours.",
                 "Stacey Ferris; Femi Adeyemi; Sana Qureshi"],
                ["Stacey cannot have the children (she is ill, away, or can no longer do it)",
                 "Stacey or Jade tells the SW that day. The second adult agreed at the family network meeting "
                 "(T14) steps in. Until that adult is agreed, or if they cannot, the SW (or the Emergency Duty "
                 "Team) places Noah and Isla together with Astwyke foster carers that night.",
                 "Sana Qureshi"],
                ["Jade misses two CMHT appointments in a row, or a prescription is not collected",
                 "Femi visits within one working day; the SW visits the same day if Femi cannot see Jade.",
                 "Femi Adeyemi; Sana Qureshi"],
                ["Another overdose while the children are in Jade's care, or Femi's or Dr Olsen's written view "
                 "is that Jade cannot keep the children safe in the time they need",
                 "The SW asks Joanna Reeve for a legal planning meeting within five working days, to decide "
                 "whether to start PLO pre-proceedings.",
                 "Sana Qureshi"],
            ],
        }),
        ("h2", "Review"),
        ("table", {
            "header": ["Field", "Value"],
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Core group", "Every four weeks, Tuesdays 3.30pm, Astwyke Family Hub: 10/03/2026, 07/04/2026 and "
                               "05/05/2026"],
                ["Review conference", "19/05/2026, 10am, Astwyke Civic Centre"],
                ["Plan sent to", "Jade, Ryan, Stacey and every agency named above, 26/02/2026"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, neglect of three children, mother's chronic
#    pain and medicines: a numbered outline (parts 1 to 9, plan items 6.1.1
#    to 6.4.2, each with its owner and a "We'll know" sentence) and a
#    separate timeline table giving each item's time by its number.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_aulderbrook_icpc_numbered_outline_timeline_by_item_hargreaves.docx",
    "doc_title": "Child Protection Plan - Kai, Lacey and Bobby Hargreaves",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-docx-typed-numbered-outline-parts-1-to-9-about-why-going-well-childrens-words-what-must-change-then-plan-part-6-items-6-1-1-to-6-4-2-under-theme-subheadings-owner-and-well-know-sentence-no-time-then-part-7-timeline-table-when-by-item-number-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 12-year-old, an 8-year-old and a 5-year-old living with "
        "neglect (dog mess and rubbish in the house, no beds, untreated head lice and tooth decay, the "
        "eldest getting his siblings to school); their mother has chronic back pain and takes codeine "
        "and pregabalin, their father works nights. Written as a typed numbered outline, parts 1 to 9; "
        "the plan's items (6.1.1 to 6.4.2, under theme subheadings) each say who does what and 'We'll "
        "know ...', and part 7 is a timeline table that gives each item its time by number ('Within two "
        "weeks of this conference', 'Every school day', 'Before the Easter holidays (by 27/03/2026)', "
        "'Twice a week until the school nurse has found no live lice on three checks in a row'). Every "
        "item has a time in the timeline. The GP and the pain management service own actions, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aulderbrook Metropolitan Council · Children's Social Care · Moorside Locality Team"),
        ("boldp", "1. About this plan"),
        ("pi", "1.1 Children: Kai Hargreaves, born 30/09/2013 (12), Year 7, Aulderbrook Academy; Lacey Hargreaves, "
               "born 11/05/2017 (8), Year 3, and Bobby Hargreaves, born 19/01/2021 (5), Reception, both at "
               "Moorside Primary School."),
        ("pi", "1.2 Parents: Michelle Hargreaves (38) and Lee Hargreaves (40), 27 Colliery Row, Aulderbrook AU6 "
               "1RJ. Both have parental responsibility for all three children."),
        ("pi", "1.3 Initial child protection conference: 05/03/2026, category neglect (all three children). "
               "Chair: Hazel Norbury (IRO)."),
        ("pi", "1.4 Social worker: Rachel Moore. Team manager: Farah Iqbal."),
        ("boldp", "2. Why the children have a plan"),
        ("pi", "2.1 Moorside Primary referred the family on 14/01/2026. Bobby had come to school with toothache "
               "for a week, Lacey's and Bobby's head lice had not been treated since October, and their "
               "attendance was 81% and 78%."),
        ("pi", "2.2 At home visits on 21/01/2026 and 27/02/2026 there was dog mess on the landing and in the "
               "children's room, bags of rubbish filled the back bedroom, and no bed had sheets. Bobby sleeps "
               "on a mattress on the floor beside Lacey. There was little food in the house. Kai gets Lacey "
               "and Bobby up and walks them to school, and has been late to his own school fourteen times "
               "this term."),
        ("pi", "2.3 Michelle has had chronic back pain since a fall at work in 2023. She takes codeine and "
               "pregabalin and says she is “dopey” most afternoons. Lee works nights at a warehouse and sleeps "
               "during the day."),
        ("boldp", "3. What is going well"),
        ("pi", "3.1 Michelle and Lee came to the conference together and agreed that the house needs sorting "
               "and that Kai has been doing too much."),
        ("pi", "3.2 Lee has changed his shifts to finish at 6am from 09/03/2026 so that he can do the school "
               "run."),
        ("pi", "3.3 The children are close and kind to each other, and Michelle reads with Bobby at bedtime "
               "most nights."),
        ("boldp", "4. What Kai, Lacey and Bobby say"),
        ("pi", "4.1 Kai (seen on his own at school, 26/02/2026): “I do Bobby's breakfast because Mum's back is "
               "bad and Dad's asleep. I don't mind, but I get told off for being late.” “I'd like to go to "
               "football after school but I have to get Bobby.” He scored home 5 out of 10."),
        ("pi", "4.2 Lacey (at home, 27/02/2026, with her three houses): in her house of worries, “the dog does "
               "poos upstairs and my room smells” and “people at school say I've got nits”. In her house of "
               "dreams, “my own bed with unicorn covers”."),
        ("pi", "4.3 Bobby (at home, 27/02/2026) held his cheek and said “my tooth hurts when I eat”. He showed "
               "Rachel his mattress and said “Lacey's got the best bit”."),
        ("boldp", "5. What must change for the children"),
        ("pi", "5.1 Kai, Lacey and Bobby live in a clean, safe home where each has a bed with clean bedding and "
               "there is food in the house every day."),
        ("pi", "5.2 Lacey and Bobby are in school every day and on time, clean and free of head lice."),
        ("pi", "5.3 Bobby's teeth are treated and he is no longer in pain, and all three children have their "
               "health checks."),
        ("pi", "5.4 Kai gets to be a 12-year-old, not a carer: he is in school every day on time and has time "
               "for himself."),
        ("boldp", "6. The plan"),
        ("p", "Each item says who will do it and how we will know it is happening and working. When each item "
              "happens is in the timeline at part 7, by item number."),
        ("pi", "6.1 Home"),
        ("pi2", "6.1.1 Lee and Michelle will clear the rubbish, dog mess and broken furniture from the back "
                "bedroom and the garden, using the skip the Family Hub has booked, so that Lacey and Bobby can "
                "have the back bedroom. We'll know when Rachel sees the room and the garden clear and the skip "
                "gone."),
        ("pi2", "6.1.2 Michelle will keep the kitchen, the bathroom and the children's bedrooms to the standard "
                "on the tidy-home checklist agreed with Dawn on 05/03/2026 (no dog mess indoors, bins emptied, "
                "clean sheets on every bed). We'll know from the checklist score: 8 out of 10 or more, agreed "
                "by Dawn and Rachel, on four visits in a row."),
        ("pi2", "6.1.3 Dawn Ashcroft, family support worker at Aulderbrook Family Hub, will work with Michelle "
                "and Lee at home on a cleaning, laundry and meals routine, and score the tidy-home checklist "
                "with them at the end of each session. We'll know from the scores on the Family Hub record, "
                "sent to Rachel every Friday."),
        ("pi2", "6.1.4 Rachel Moore (social worker) will visit the children at home, one visit in three "
                "unannounced, see each child on their own, and look at the bedrooms, the fridge and the "
                "cupboards. We'll know from a visit record on the file for every visit, with each child's own "
                "words and Rachel's own checklist score."),
        ("pi2", "6.1.5 Rachel will apply to the Aulderbrook Community Trust for a bed, a mattress and bedding "
                "for Bobby, and Lee will put the bed up the day it arrives. We'll know when Rachel sees Bobby's "
                "bed made up in the back bedroom."),
        ("pi", "6.2 School and health"),
        ("pi2", "6.2.1 Lee will walk Lacey and Bobby to Moorside Primary after his night shift, so that they are "
                "in class by 8.50am. We'll know from Moorside's register, e-mailed to Rachel every Friday: 95% "
                "or more for each child, with no more than one late mark a fortnight."),
        ("pi2", "6.2.2 Mrs Karen Doyle, attendance lead at Moorside Primary, will ring Michelle by 9.15am on any "
                "day Lacey or Bobby is not in school, and make a home visit that morning if no one answers. "
                "We'll know from the school's call and visit log, sent to Rachel with the register."),
        ("pi2", "6.2.3 Michelle will take Bobby to Aulderbrook Community Dental Service for his assessment for "
                "fillings and extractions under general anaesthetic. We'll know from the clinic's letter, "
                "copied to Rachel, giving a date for Bobby's treatment."),
        ("pi2", "6.2.4 Michelle and Lee will comb through all three children's hair with the nit comb and "
                "conditioner, and treat any live lice with the lotion from the pharmacy. We'll know when the "
                "school nurse's checks at 6.2.5 find no live lice on three checks in a row."),
        ("pi2", "6.2.5 Sue Barlow, school nurse, Aulderbrook 0-19 Service, will check all three children's hair "
                "for lice, and weigh and measure Bobby. We'll know from the school nursing record, copied to "
                "Rachel after each check."),
        ("pi", "6.3 Kai"),
        ("pi2", "6.3.1 Jordan Blake, Aulderbrook Young Carers, will complete a young carer's assessment with Kai "
                "and offer him a place at the Thursday club. We'll know when the assessment is on file and Kai "
                "is on the club register."),
        ("pi2", "6.3.2 Mr Sean Pryor, pastoral lead at Aulderbrook Academy, will see Kai for a mentoring session "
                "about school, home and what he would like to do. We'll know from Mr Pryor's notes of Kai's own "
                "words, sent to Rachel, and Kai's attendance rising from 86% to 95%."),
        ("pi2", "6.3.3 Lee and Michelle will get Lacey and Bobby up, dressed and fed themselves, so that Kai no "
                "longer does it. We'll know when Kai tells Mr Pryor or Rachel that he has not had to, and the "
                "Academy's register shows him in by 8.40am."),
        ("pi", "6.4 Mum's health"),
        ("pi2", "6.4.1 Dr Fiona Grant, GP at Moorside Surgery, will review Michelle's pain medicines (codeine and "
                "pregabalin) and write to Rachel about whether they make her too drowsy to look after Bobby "
                "after school. We'll know when Dr Grant's letter is on the children's file."),
        ("pi2", "6.4.2 Nicola Fry, physiotherapist at Aulderbrook Pain Management Service, will run the "
                "eight-week pain management programme with Michelle and write to Rachel at the end about what "
                "Michelle can now manage at home with the children. We'll know from the programme register and "
                "Nicola's end-of-programme letter."),
        ("boldp", "7. Timeline"),
        ("p", "Every item in part 6 is in this table once. The conference was on 05/03/2026."),
        ("table", {
            "header": ["When", "Plan items"],
            "widths": [11.0, 6.0],
            "rows": [
                ["Within two weeks of this conference (by 19/03/2026)", "6.1.1, 6.1.5, 6.3.1"],
                ["Every day from 06/03/2026", "6.1.2"],
                ["Every school day", "6.2.1, 6.2.2, 6.3.3"],
                ["Tuesdays and Fridays for eight weeks, 10/03/2026 to 01/05/2026", "6.1.3"],
                ["Every week until the review conference on 04/06/2026", "6.1.4, 6.3.2"],
                ["Twice a week (Sunday and Wednesday evenings) until the school nurse has found no live lice on "
                 "three checks in a row", "6.2.4"],
                ["Every other Monday in term time, from 16/03/2026 until the review conference", "6.2.5"],
                ["Before the Easter holidays (by 27/03/2026)", "6.2.3, 6.4.1"],
                ["Starting by the second core group (23/04/2026), then weekly for eight weeks", "6.4.2"],
            ],
        }),
        ("boldp", "8. If things go wrong"),
        ("pi", "8.1 If the tidy-home checklist score falls below 5 on two visits in a row, or a child is found "
               "with no clean bed to sleep in or no food in the house, Rachel will visit that day. If the "
               "children cannot safely sleep at home that night they will stay with their maternal "
               "grandmother, Brenda Walsh, at 9 Pit Lane; if Brenda cannot have them, Rachel (or the "
               "Emergency Duty Team) will place the three children together with Aulderbrook foster carers."),
        ("pi", "8.2 If Lacey's or Bobby's attendance falls below 90% in any four-week period, or Kai misses school "
               "to look after them, Mrs Doyle will hold an attendance meeting with Lee and Michelle within five "
               "school days and Rachel will visit within two working days."),
        ("pi", "8.3 If Michelle is found asleep or too drowsy to look after Bobby when he gets home from school, "
               "Moorside will keep Bobby at its after-school club until Lee collects him, and Rachel will ask "
               "Dr Grant for an urgent medicines review that week."),
        ("pi", "8.4 If by the second core group (23/04/2026) the tidy-home score is not at 8 or more, or "
               "Lacey's and Bobby's attendance is still below 95%, or if at any time the children are found "
               "without food, beds or an adult able to look after them, Rachel will ask Farah Iqbal for a "
               "legal planning meeting within ten working days to decide whether to start PLO "
               "pre-proceedings."),
        ("boldp", "9. Core group and review"),
        ("pi", "9.1 Core group every four weeks, Thursdays at 3.45pm at Moorside Primary: 19/03/2026, 23/04/2026 "
               "and 21/05/2026."),
        ("pi", "9.2 Review child protection conference: 04/06/2026, 10am, Aulderbrook Town Hall."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. One-page plan written to a 15-year-old at risk of sexual exploitation
#    who goes missing and self-harms; her mother drinks. Short sections in
#    "you" and "we" words, then a plan table with "Whose job", "Timeline" and
#    "How we'll know it's working" columns. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b168_avonthwaite_one_page_plan_for_teenager_timeline_column_rafferty.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-one-page-plan-md-written-to-15-year-old-you-means-jess-about-you-line-why-theres-a-plan-going-well-what-you-told-us-what-we-want-for-you-then-hash-the-plan-whose-job-timeline-how-well-know-its-working-table-then-if-things-go-wrong-next-meetings",
    "description": (
        "A one-page initial conference plan written to a 15-year-old at risk of sexual exploitation by a "
        "19-year-old man, who goes missing and cuts herself; her mother has been drinking heavily since "
        "the grandmother died. Short sections in plain words ('you' is Jess), then a plan table with "
        "'Whose job', 'Timeline' and 'How we'll know it's working' columns, timelines tied to her life "
        "('every night from 12/03/2026', 'within 72 hours of every return', 'open evening 26/03/2026; "
        "application in by 30/04/2026'). Most rows are sound. Faults: the police warning notice is "
        "'TBC'; CAMHS's assessment has '-' for how we'll know; the school's morning check-ins and "
        "'keep an eye on' are measured only by 'Monitor'; the school nurse's sexual health chat is "
        "'when appropriate'; 'Everyone in your network' passes on sightings; and the mother's drinking "
        "is recorded but no adult service owns any action."
    ),
    "text": """\
# My plan – Jess Rafferty

**Avonthwaite Council · Children's Services · Adolescent Safeguarding Team**
**Child protection plan from the initial conference on 11/03/2026 · written for Jess by Hana Bright, her social worker**

This is your plan on (nearly) one page. "You" means you, Jess. If a word doesn't make sense, ask me or
Tasha and we'll change it.

**About you:** Jess Rafferty, 15 (born 03/08/2010), Year 11 at Avonthwaite High School. You live with your
mum, Claire Rafferty (41), at 6 Tern Close, Avonthwaite AV2 5HP. The plan is under the category of sexual
abuse, because of the risk that you are being sexually exploited.

## Why there's a plan

- Since November you've been missing from home six times, twice overnight. On 21/02/2026 the police found
  you at 2am in a flat on Quayside Road with Kieran (19) and two older men you didn't know.
- Kieran buys you vapes, food and phone credit, and he has asked you for pictures.
- You've been cutting your arms since January.
- Your attendance this year is 72%.
- Mum has told us she has been drinking a lot more since your nan died in September, most nights a bottle
  of wine or more, and that some nights she is asleep on the sofa before you get in.

## What's going well

- You came to part of the conference and said what you think, even when it was hard to hear.
- You get on with Tasha, and you've been to every session with her since January.
- Mum wants to help, and you and she agreed a curfew together at the conference.
- You want to do hair and beauty at Avonthwaite College in September, and your teachers think you can.

## What you told us

- "Kieran isn't who you think he is. He actually cares about me, not like people at home."
- "I go out because the house is dead quiet and Mum's just asleep on the sofa."
- "I cut because it stops my head being loud. I don't want CAMHS telling Mum everything."
- You scored how safe you are 5 out of 10. You want "to finish school, get into college, and for Mum to
  stop drinking".

## What we want for you

1. You're safe from adults who want to use you: no contact with Kieran or the men at Quayside Road.
2. You're home every night, and if you do go missing you're found quickly and someone talks with you after.
3. You get help with the cutting, and you have someone you trust to talk to.
4. You're in school every day, you sit your GCSEs and you get a college place.
5. You have a mum who is sober in the evenings and there for you when you get home.

## The plan

| # | The plan | Whose job | Timeline | How we'll know it's working |
|---|---|---|---|---|
| 1 | See you on your own, one week at school and the next at home, and talk about where you've been, who with, and how you're feeling | Hana Bright (SW) | Every week until the review conference (10/06/2026) | Your own words and your safety score written up after every visit |
| 2 | Be home by 9.30pm on school nights and 10.30pm on Fridays and Saturdays, and text Mum if you're going to be late | You | Every night from 12/03/2026 | Mum's curfew log, which Hana reads at each visit |
| 3 | Ring 101 (or 999 if she thinks you're in danger) and text Hana if you're not home and not answering your phone | Mum (Claire) | Every time you're more than 30 minutes past curfew | A police log number on Hana's file each time |
| 4 | 1:1 sessions on healthy relationships, grooming and staying safe online | Tasha Reid, youth worker, Safe Steps (Avonthwaite Exploitation Service) | Every Wednesday after school, eight sessions, 18/03/2026 to 06/05/2026 | Tasha's session notes to Hana; your own "safe or not safe" score at each session |
| 5 | Talk with you after any time you've been missing (a return home interview) | Tasha Reid | Within 72 hours of every return | Return home interview form sent to Hana and the police within 72 hours |
| 6 | Serve a child abduction warning notice on Kieran | PC Dan Frost, Avonthwaite Police Exploitation Team | TBC | Copy of the served notice on Hana's file |
| 7 | Assessment of your cutting and low mood, then sessions if you want them | Dr Leah Mensah, Avonthwaite CAMHS | Assessment by 27/03/2026 | - |
| 8 | Check in with you each morning and keep an eye on your attendance | Mr Adeel Qasim, DSL, Avonthwaite High | Every school day | Monitor |
| 9 | A sexual health chat with you, including contraception | Amy Chen, school nurse | When appropriate | The appointment on the school nursing record, confirmed to Hana |
| 10 | Tell Hana the same day if they hear you've been with Kieran or in a car with adults you don't know | Everyone in your network | Same day | Logged on your chronology |
| 11 | No drinking on school nights, and be awake and sober when you get home | Mum (Claire) | Every school night from 12/03/2026 | Mum's drinking diary, which she shows Hana each week, and what you tell Hana |
| 12 | Help you apply to Avonthwaite College for hair and beauty, and go with you to the open evening | Hana Bright (SW) | Open evening 26/03/2026; application in by 30/04/2026 | The college's e-mail confirming your application, on file |
| 13 | Go through your phone together and block Kieran and the Quayside Road numbers | Tasha Reid, with you | By 18/03/2026, then at each Wednesday session | Tasha checks the blocked list with you each session; any new contact reported to the police within 24 hours |

## If things go wrong

- **If you go missing,** Mum rings 101 (or 999) straight away, and the police treat it as high risk
  because of Quayside Road. Tasha does your return home interview within 72 hours.
- **If you're found with Kieran or at Quayside Road,** Hana and the police hold a strategy discussion the
  same day.
- **If you tell anyone you've cut badly or want to end your life,** they take you to A&E at Avonthwaite
  General or ring 999, and Hana rings the CAMHS crisis team the same day.
- **If Mum is drunk, or asleep and can't be woken, when you get in,** ring Hana (or the Emergency Duty
  Team after 5pm). They will come out, and if Mum can't look after you that night you'll stay with your
  aunt Lou in Hebden Way; if Lou can't have you, you'll stay with foster carers that night.
- **If you go missing three times in a month, or you're found with Kieran after the notice is served,**
  Hana will ask her manager, Steve Ojo, for a legal planning meeting within five working days.

## Next meetings

- Core group every three weeks, Wednesdays at 4pm at Avonthwaite Youth Hub: 25/03/2026, 15/04/2026,
  06/05/2026 and 27/05/2026. You're welcome at all of them.
- Review conference: Wednesday 10/06/2026, 10am, Avonthwaite Civic Centre. You can come to all or part of
  it, or tell Tasha or me what you want said.

Hana Bright, social worker · 07700 900 614 · Emergency Duty Team (after 5pm and weekends) 01632 960 999
""",
    "findings": [
        F("T002", "Serve a child abduction warning notice on Kieran"),
        F("M001", "Assessment of your cutting and low mood, then sessions"),
        F("M002", "Check in with you each morning and keep an eye"),
        F("T002", "A sexual health chat with you, including contraception"),
        F("W002", "Tell Hana the same day if they hear you've been"),
        F("F004"),
    ],
})
