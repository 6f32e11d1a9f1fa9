"""Batch 183, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Any likeness to real people
or places is a coincidence. Labels were written by hand from docs/rules.md
and the conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: plans typed by hand, in the everyday layouts of Word documents,
e-mails and notes, when no case system shapes them. Each plan is in a
layout of its own: a Word document whose details are tab-aligned lines with
manual line breaks and whose actions each sit under a small bold heading
with "What: / Who: / By when: / How we'll know:" lines broken by hand; a
plan grouped by person ("Ryan (Dad)", "Me - Jo Mensah", "What everyone will
do"), each bullet a sentence closed by a bracket holding when and how we'll
know; a core group plan grouped by worry with nested numbering 1 / 1.1 /
1.1.a, the a-b-c sub-items holding who, when and the check with no labels;
a plan e-mailed as plain text, hard-wrapped, grouped by week ("THIS WEEK",
"NEXT 3 WEEKS", "EVERY WEEK UNTIL THE REVIEW", "ALSO"), each line
"who -> what -> how we'll know", with a signature; an action plan pasted
into a Word document from the team's spreadsheet, initials explained in a
key above it; a plan grouped by child ("For Kacey", "For Reggie", "For both
of them") with roman-numbered items opening on a bold run-in owner; and a
pre-birth plan grouped by stage, each action one paragraph of bold run-in
"Who: / What: / When: / Check:" labels. Headings are in the writers' own
words. Where a group heading gives an owner or a time, the plan makes plain
which items it covers, and in the faulty plans the faulty items sit where no
group gives them what they lack.

1. an initial conference plan for a 5-year-old and a 14-month-old (neglect,
   the father's drinking, the mother's depression), typed in Word: details
   as tab-aligned lines with manual line breaks, bold paragraphs for
   headings, each action under a numbered bold heading with What / Who /
   By when / How we'll know lines in one paragraph (docx, exemplary);
2. a review conference plan for an 8-year-old and a 3-year-old after their
   father's violence, the plan grouped by person under each person's name,
   every bullet a sentence with a bracket "(when; how we'll know)", page
   header and footer (pdf): faults are the father's Caring Dads booking "as
   soon as he can", the DSL's Monday check-in measured by "wellbeing will be
   monitored", the health visitor's 3-year review with no output, a "What
   everyone will do" heading over telling the social worker of sightings,
   a passive Freedom Programme referral under "Also agreed", and an outcome
   about the mother only (T002, M002, M001, W002, W001, F002);
3. a core group plan for a 2-year-old with faltering growth and his
   4-month-old sister (the father's cannabis use), grouped by worry with
   nested numbering 1 / 1.1 / 1.1.a, the a-b-c sub-items giving who, when
   and how we'll know without labels (md, exemplary);
4. the social worker's e-mail after the second core group for an
   11-year-old and a 6-year-old whose mother drinks, plain text wrapped by
   hand with a signature, the plan grouped by week, each line "who -> what
   -> how we'll know" (txt): faults are a young carers referral with no
   check, the class teacher who will "keep an eye on" Skye, "Everyone"
   telling the social worker the same day, dental check-ups under "ALSO (no
   dates agreed yet)" with no time of their own, the grandmother's teas
   "as and when Nat needs a break", a contingency that sends the children
   to the grandmother with nothing said if she cannot have them, and no
   legal planning (M001, M002, W002, T001, T002, C003, R002);
5. an initial conference plan for a 9-week-old with an unexplained bruise
   and her 3-year-old brother (the mother's postnatal depression), typed
   sections then an action plan pasted from the team's spreadsheet (ID /
   Area / Action / Owner / Start / Due or how often / Evidence / Status),
   owners as initials from a key, landscape, page header and footer (pdf,
   exemplary);
6. a review conference plan for a 9-year-old young carer and a 4-year-old
   (the mother's depression and overdose, a damp flat), grouped by child,
   roman-numbered items with a bold run-in owner, typed in Word (docx):
   faults are the nursery's Talk Boost sessions measured by "will be
   monitored", a passive young carers referral with no one named, the
   housing repair with no check, the CPN's visits only supporting the
   mother (the psychiatrist's row asks for her capacity to change), the
   grandfather's school runs "as required", a contingency that only talks
   to the manager and reviews the plan if there are "further concerns",
   and a review conference "date to be confirmed" (M002, W001, M001, H001,
   T002, C002, R001);
7. a pre-birth plan for the baby of a 24-year-old with emotionally unstable
   personality disorder and a history of self-harm, grouped by stage, each
   action one paragraph of bold run-in Who / What / When / Check labels
   (md): faults are the perinatal team's sessions only supporting the
   mother, an antenatal group "when she feels ready", the family support
   worker's sessions measured by "engagement", "Family network" owning the
   first fortnight's rota, the GP's medication review with "When: -" under
   "Also agreed at conference", and an outcome about the mother only
   (H001, T002, M002, W002, T001, F002).

Three plans (1, 3 and 5) are exemplary: every action has an owner (in its
own words, its field line or sub-item, or a key of initials), a real
timescale and something that can be seen, counted or read; every outcome is
about the child; each contingency has specific triggers and protective
responses, says what happens if a relative's help fails, and leads to
legal planning after named triggers; each records the children's words or a
baby's observed day, core group dates and a dated review conference; an
adult service (alcohol or drug service, GP, talking therapies, perinatal
mental health team, leaving care team) owns actions where a parent drinks,
uses drugs or is ill, and every adult mental health service in them is
asked to report on the mother's capacity to change and how long it is
likely to take.

Counting convention used for "actions" (README convention 1): each bold
numbered action with its field lines (plan 1), each bullet under a person's
heading (plan 2), each 1.1-level step with its a-b-c sub-items (plan 3),
each "who -> what" line of the e-mail (plan 4), each row of the pasted
table (plan 5), each roman-numbered item (plan 6) and each numbered
paragraph of the stages (plan 7) counts once, whatever number of sentences
it holds. Details, worries, what is going well, the children's words and
the babies' days, outcomes, the contingency, meeting dates, keys,
signatures and the e-mail's greeting are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Word document typed by the social worker: tab-aligned details with
#    manual line breaks, bold paragraphs as headings, each action under a
#    numbered bold heading with What / Who / By when / How we'll know lines
#    broken by hand in one paragraph. Exemplary (docx)
# ---------------------------------------------------------------------------
def _act(what, who, when, know):
    return ("p", f"What:\t\t{what}\nWho:\t\t{who}\nBy when:\t{when}\nHow we'll know:\t{know}")


PLANS.append({
    "name": "b183_kestleby_icpc_typed_action_headings_what_who_lines_pemberton.docx",
    "doc_title": "Child protection plan - Lily-Mae and Alfie Pemberton",
    "split": "heldout",
    "actions": 15,
    "font": "Calibri",
    "font_size": 11,
    "template": "icpc-plan-typed-in-word-no-styles-bold-paragraph-headings-tab-aligned-details-with-manual-line-breaks-then-numbered-bold-action-headings-each-over-one-paragraph-of-what-who-by-when-how-well-know-lines-broken-by-hand",
    "description": (
        "Exemplary initial conference plan for a 5-year-old and a 14-month-old (neglect; their father "
        "drinks most nights and their mother has depression and stopped her medication), typed by the "
        "social worker in Word without styles: a bold title, details as tab-aligned lines with manual "
        "line breaks, bold paragraphs for headings in her own words, and each action under a numbered "
        "bold heading ('3.  Getting Lily-Mae to school') over one paragraph of 'What: / Who: / By "
        "when: / How we'll know:' lines. Talking Therapies reports on the mother's capacity to change "
        "and its likely timescale, the GP and the alcohol service own actions, the grandmother's teas "
        "have a fallback, legal planning follows named triggers, and core group and review dates are "
        "set; Lily-Mae's words and Alfie's day are recorded."
    ),
    "blocks": [
        ("boldp", "KESTLEBY COUNCIL – CHILDREN'S SERVICES\tSafeguarding Team North"),
        ("boldp", "CHILD PROTECTION PLAN – Lily-Mae and Alfie Pemberton"),
        ("p", "Agreed at the initial child protection conference on Thursday 08/01/2026. Typed up by "
              "Hannah Greaves (social worker) on 09/01/2026 from the chair's notes and the flipchart."),
        ("p", "Children:\tLily-Mae Pemberton, 5 (DOB 14/06/2020), Year 1 at St Aidan's C of E Primary\n"
              "\t\tAlfie Pemberton, 14 months (DOB 02/11/2024), at home\n"
              "Mum:\t\tDanielle Pemberton, 27\n"
              "Dad:\t\tWayne Pemberton, 31\n"
              "Address:\t22 Gorse Lane, Kestleby KB4 7RT\n"
              "Nan:\t\tCarol Haigh (Danielle's mum), 17 Mill Row, Kestleby – 5 minutes' walk\n"
              "Category:\tNeglect (both children)\n"
              "Chair:\t\tSue Marsh, independent chair\n"
              "SW:\t\tHannah Greaves (team manager Andrew Pike), 01632 960 214"),
        ("p", "Others involved:\tRebecca Tait, health visitor, Kestleby 0-19 Service\n"
              "\t\t\tMrs Joanne Birch, attendance officer, and Mr Tom Ridley, class teacher, St Aidan's\n"
              "\t\t\tDr Farah Qureshi, GP, Brookside Surgery\n"
              "\t\t\tMarcus Lee, CBT therapist, Kestleby Talking Therapies\n"
              "\t\t\tDean Ashworth, recovery worker, Kestleby Alcohol and Drug Service (KADS)\n"
              "\t\t\tGemma Holt, family support worker, Kestleby Family Hub"),
        ("boldp", "Why we're here"),
        ("p", "On 27/11/2025 Lily-Mae told Mr Ridley she had had no tea the night before because \"Daddy was "
              "asleep on the floor and Mummy was in bed\". When I visited that afternoon Wayne had been "
              "drinking and was slurring his words, Danielle was in bed, there was no food in the kitchen "
              "apart from a loaf and some cereal, and Alfie was in a nappy that had not been changed for "
              "some hours. Lily-Mae sleeps on a mattress on the floor that is damp and smells of urine. "
              "Alfie's cot has no mattress cover."),
        ("p", "Wayne told me he drinks eight to ten cans most evenings, more at weekends. Danielle was "
              "prescribed sertraline for depression in the spring and stopped taking it in September; she "
              "says most days she \"can't face getting up\". Lily-Mae's attendance in the autumn term was "
              "81%, with 14 late marks, and she has often come to school hungry and in the same clothes "
              "for several days. Alfie's weight has dropped from the 50th centile to just above the 25th "
              "since the summer."),
        ("boldp", "What's going OK"),
        ("p", "Danielle and Wayne both came to the conference and did not argue with the worries. Wayne "
              "said: \"I know the drink's got out of hand and the kids are paying for it.\" Danielle has "
              "already booked to see her GP. Carol sees the children most days and Lily-Mae adores her. "
              "Lily-Mae loves school and her reading has come on since September. Alfie has had all his "
              "immunisations and is a smiley, sociable baby who is pulling himself up to stand."),
        ("boldp", "What Lily-Mae says, and Alfie's day"),
        ("p", "I saw Lily-Mae on her own at school on 06/01/2026 and we did her three houses. In her house "
              "of good things: \"Nanna's fish fingers\", \"my reading book\" and \"Alfie laughing\". In her "
              "house of worries: \"Daddy's cans make him grumpy and sleepy\", \"Mummy stays in bed\" and "
              "\"my bed smells and I get cold\". In her house of dreams: \"a proper bed with a unicorn cover "
              "and Mummy getting up in the morning\". She scored feeling safe at home 5 out of 10."),
        ("p", "Alfie can't tell us, so this is what we have seen. At my visits he crawls to the door when "
              "someone comes in and holds his arms up to Carol. He babbles \"mamama\" and \"dada\". On "
              "06/01/2026 he was still in his sleepsuit at 11am with a full nappy, and he ate two slices of "
              "toast very fast. Rebecca saw him pull to stand at the clinic on 22/12/2025 and says his "
              "development is on track apart from his weight."),
        ("boldp", "What needs to be different for Lily-Mae and Alfie"),
        ("numbers", [
            "Lily-Mae and Alfie get a hot meal every evening and there is food in the house every day; "
            "Alfie's weight goes back up to at least his 25th centile line and stays there.",
            "Lily-Mae is at school every day, on time, clean and with her book bag: at least 95% "
            "attendance between now and the review conference.",
            "Lily-Mae and Alfie are always looked after by a sober adult: nobody who has been drinking "
            "looks after them on their own.",
            "Lily-Mae and Alfie sleep in clean, dry beds of their own in a warm house.",
        ]),
        ("boldp", "The plan – who does what"),
        ("p", "Every part of the plan below has its own number so we can go through it at core group. Each "
              "one says what, who, by when and how we'll know it is happening."),
        ("boldp", "1.  Seeing Lily-Mae and Alfie"),
        _act("Visit at home, see Lily-Mae on her own in her room and Alfie awake, and look in the kitchen "
             "and the children's bedroom. One visit in three unannounced, and at least one a month after "
             "5pm.",
             "Hannah Greaves (SW)",
             "Every week from 12/01/2026 until the review conference on 02/04/2026",
             "Visit record on the file within 2 working days, with what Lily-Mae said in her own words, "
             "what Alfie was wearing and what food was in the kitchen."),
        ("boldp", "2.  Alfie's weight and development"),
        _act("Weigh Alfie and plot his weight on the centile chart in his red book; do his ASQ-3 at 15 "
             "months.",
             "Rebecca Tait (HV)",
             "Every 2 weeks from 15/01/2026 at the Family Hub clinic or at home; ASQ-3 by 13/02/2026",
             "Weights in the red book and e-mailed to Hannah after each weigh; Alfie back on the 25th "
             "centile or above by 19/03/2026; ASQ-3 scores shared at the core group on 19/02/2026."),
        ("boldp", "3.  Getting Lily-Mae to school"),
        _act("Walk Lily-Mae to school so she is in the line by 8.50am in a clean uniform with her book bag.",
             "Danielle (Mum)",
             "Every school day from 12/01/2026",
             "St Aidan's register: at least 95% attendance and no more than one late mark a fortnight, "
             "sent to Hannah by Mrs Birch every Friday (see 4)."),
        ("boldp", "4.  Attendance checks"),
        _act("Ring Danielle by 9.30am on any morning Lily-Mae is not in school, and e-mail Hannah the "
             "week's attendance and late marks.",
             "Mrs Joanne Birch, attendance officer, St Aidan's",
             "First-day calls every school day; e-mail every Friday until the review",
             "Friday e-mails on the children's file; calls written in the school office's first-day call "
             "log."),
        ("boldp", "5.  Lily-Mae's start to the day"),
        _act("A quiet check-in with Lily-Mae when she comes into class: has she had breakfast, is she "
             "clean and warm, is anything worrying her. Breakfast from the breakfast club if she hasn't "
             "eaten.",
             "Mr Tom Ridley, class teacher",
             "Every school morning from 12/01/2026",
             "Anything worrying logged on CPOMS the same day and passed to Hannah; a weekly summary of "
             "the check-ins sent with Mrs Birch's Friday e-mail."),
        ("boldp", "6.  Meals and shopping"),
        _act("Eight sessions at home with Danielle and Wayne on planning meals, shopping on a budget and "
             "cooking simple teas; make a meal plan with them each week.",
             "Gemma Holt, family support worker, Kestleby Family Hub",
             "Wednesdays from 14/01/2026, all eight sessions by 04/03/2026",
             "The week's meal plan on the fridge, photographed at each session; Gemma's session notes "
             "sent to Hannah; food in the cupboards at Hannah's visits."),
        ("boldp", "7.  Keeping the house clean"),
        _act("Keep the kitchen, the bathroom and the children's bedroom clean, put the bins out every "
             "Tuesday, and keep on top of the washing so both children have clean clothes every day.",
             "Danielle and Wayne",
             "Every day from 09/01/2026; scored every 2 weeks",
             "Hannah and Gemma score the house together on the Kestleby home conditions checklist every "
             "2 weeks: 8/20 on 06/01/2026, target 15/20 by 05/03/2026."),
        ("boldp", "8.  Beds and bedding"),
        _act("Apply to the Household Support Fund for a bed and mattress for Lily-Mae, a new cot mattress "
             "for Alfie and bedding for both.",
             "Hannah Greaves (SW)",
             "Application by 16/01/2026; everything delivered by 30/01/2026",
             "Delivery note on the file; Hannah sees both beds made up at her first visit after the "
             "delivery."),
        ("boldp", "9.  Danielle's health – GP"),
        _act("See Danielle about restarting her antidepressant and about her sleep, and write to Hannah "
             "about how Danielle's health is affecting her care of Lily-Mae and Alfie.",
             "Dr Farah Qureshi, GP, Brookside Surgery",
             "Appointment by 23/01/2026; letter by 06/02/2026",
             "GP letter on the children's file by 06/02/2026."),
        ("boldp", "10.  Danielle's depression – talking therapy"),
        _act("Assess Danielle and offer CBT for her depression; before each core group, write a view on "
             "whether Danielle is making the changes the children need (getting up, the school run, "
             "meals) and how long any further change is likely to take.",
             "Marcus Lee, CBT therapist, Kestleby Talking Therapies",
             "Assessment by 21/01/2026, then weekly sessions for 12 weeks; written view 2 working days "
             "before each core group",
             "Marcus's written view on the file before every core group, with Danielle's PHQ-9 score at "
             "each session."),
        ("boldp", "11.  Wayne's drinking – alcohol service"),
        _act("A full alcohol assessment for Wayne, then weekly key work with a breath test at every "
             "session, and a view on whether Wayne can stay sober when he is caring for the children.",
             "Dean Ashworth, recovery worker, KADS",
             "Assessment by 23/01/2026, then weekly until the review; view by the core group on "
             "19/03/2026",
             "Monthly letter to Hannah with Wayne's attendance, every breath test reading and his AUDIT "
             "score (26 at the GP on 05/01/2026); Dean's written view on the file by 19/03/2026."),
        ("boldp", "12.  No drinking when caring for the children"),
        _act("Not drink at home at all, and never look after Lily-Mae or Alfie on his own after he has "
             "had a drink.",
             "Wayne (Dad)",
             "Every day from 08/01/2026",
             "Breath tests at every KADS session, and when Hannah asks at unannounced visits, read 0.00; "
             "no cans in the house or the recycling at Hannah's visits."),
        ("boldp", "13.  Tuesday and Thursday teas at Nan's"),
        _act("Collect Lily-Mae from school, and Alfie from home, and give them both their tea at her "
             "house until Danielle collects them at 6pm.",
             "Carol Haigh (Nan)",
             "Every Tuesday and Thursday from 13/01/2026 until the review",
             "Carol signs the school collection book; she texts Hannah what the children ate each "
             "Thursday night."),
        ("boldp", "14.  Lily-Mae's worries and wishes"),
        _act("Four sessions of direct work with Lily-Mae at school (her three houses, her safe hand, her "
             "bedtime), so her wishes and worries shape the plan.",
             "Hannah Greaves (SW)",
             "Every 2 weeks, all four by 27/02/2026",
             "Lily-Mae's drawings and her safe hand on the file and, with her say-so, shared at the core "
             "group on 19/03/2026."),
        ("boldp", "15.  Teeth"),
        _act("Take Lily-Mae and Alfie for dental check-ups at Kestleby Dental Care.",
             "Danielle (Mum)",
             "Appointments by 27/02/2026",
             "Appointment cards shown to Hannah, and the dentist's note of the check-ups in each child's "
             "red book or school health record."),
        ("boldp", "If things go wrong"),
        ("bullets", [
            "If Wayne has been drinking while he is the only adult with the children, or any breath test "
            "is over 0.00: Danielle, or Carol if Danielle is not there, takes the children to Carol's at "
            "17 Mill Row and rings Hannah (or the Emergency Duty Team out of hours, 01632 960 999) the "
            "same day. Wayne stays at his brother Lee's, 14 Cooper Street, until Hannah has held a "
            "strategy discussion with the police that day.",
            "If Danielle can't get up for the school run: she rings Carol by 8am and Carol takes "
            "Lily-Mae. If Lily-Mae is not in by 9.30am Mrs Birch rings Hannah, who visits the same day.",
            "If Carol can't do a Tuesday or Thursday tea (she is ill, away or can't manage any more), she "
            "tells Danielle and Hannah that morning. Lily-Mae stays at St Aidan's after-school club until "
            "5.30pm (a place is kept for her, paid for by the Family Hub) and Danielle collects her from "
            "there; Alfie stays at home with Danielle and Hannah visits that evening.",
            "If Alfie's weight drops below the 9th centile, or Lily-Mae's attendance is under 90% for two "
            "weeks running: Hannah sees both children within 24 hours and brings the core group forward.",
            "Legal planning: if the first bullet happens at all, or any of the others happens twice, or "
            "if by the core group on 19/03/2026 the home conditions score is below 12/20 or Marcus or "
            "Dean say the changes are not likely in the time Lily-Mae and Alfie need, Hannah will ask "
            "Andrew Pike for a legal planning meeting within 5 working days, to decide whether to start "
            "the Public Law Outline.",
        ]),
        ("boldp", "Core group and review"),
        ("p", "Core group:\tevery 4 weeks, 1.30pm at St Aidan's: 22/01/2026, 19/02/2026, 19/03/2026\n"
              "Review conference:\tThursday 02/04/2026 at 10am, Kestleby Town Hall, Committee Room 3"),
        ("p", "Copies to: Danielle and Wayne (gone through with them on 09/01/2026), Carol (the parts she is "
              "in), and everyone named above.\nHannah Greaves, social worker, 09/01/2026"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan grouped by person: each person's name as a
#    heading, every bullet one sentence closed by a bracket holding when and
#    how we'll know. Word document saved as PDF with a header and a page
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_kerriford_rcpc_grouped_by_person_bracket_when_check_fitzgerald.pdf",
    "doc_title": "Mason and Evie Fitzgerald - child protection plan (review)",
    "split": "heldout",
    "actions": 20,
    "min_pages": 2,
    "header": "Kerriford Borough Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Mason and Evie's plan · review conference 15/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-word-to-pdf-header-footer-details-lines-why-still-a-plan-better-since-october-what-mason-and-evie-say-outcomes-then-plan-grouped-by-person-name-headings-each-bullet-a-sentence-closed-by-bracket-when-and-how-well-know-then-what-everyone-will-do-and-also-agreed-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 8-year-old and a 3-year-old after their father's violence to "
        "their mother; he now sees them on Sundays at his mother's, who supervises. The plan is grouped "
        "by person, each person's name a heading ('Ryan (Dad)', 'Me – Jo Mensah, social worker') over "
        "bullets that are one sentence each, closed by a bracket holding when and how we'll know. Most "
        "bullets are sound, the GP owns an action, the grandmother's part has a fallback and legal "
        "planning follows named triggers. Faults: the father's Caring Dads booking 'as soon as he can'; "
        "the DSL's Monday check-in whose only check is that Mason's 'wellbeing will be monitored'; the "
        "health visitor's 3-year review with no output; a 'What everyone will do' heading over telling "
        "the social worker of sightings; a passive Freedom Programme referral under 'Also agreed'; and "
        "an outcome about the mother only."
    ),
    "blocks": [
        ("title", "Mason and Evie's child protection plan"),
        ("p", "Updated at the first review child protection conference on 15/01/2026. Typed by Jo Mensah "
              "(social worker) and sent to everyone on 16/01/2026."),
        ("kv", [
            ("Children", "Mason Fitzgerald, 8 (DOB 03/04/2017), Year 4, Kerriford Park Primary; Evie "
                         "Fitzgerald, 3 (DOB 21/12/2022), Little Owls Nursery"),
            ("Living with", "Mum, Shannon Fitzgerald (29), 14 Kirk Lane, Kerriford KF3 8NB"),
            ("Dad", "Ryan Cole (33), living with his mother, Maxine Cole (Nan), 6 Slade Close, Kerriford. "
                    "A restraining order stops him going to Kirk Lane, the school or the nursery until "
                    "30/09/2026."),
            ("Category", "Emotional abuse (both children), since the initial conference on 16/10/2025"),
            ("Chair", "Rukhsana Begum, independent reviewing officer"),
            ("Social worker", "Jo Mensah, Family Safeguarding Team 2 (team manager Paul Addo)"),
            ("Decision today", "Mason and Evie stay on a child protection plan"),
        ]),
        ("h2", "Why Mason and Evie are still on a plan"),
        ("p", "On 02/09/2025 Ryan punched Shannon and pushed her into the bathroom door while Mason and Evie "
              "were in the next room. Mason tried to pull Ryan off his mum. Ryan pleaded guilty to assault "
              "in November and the court made a restraining order. Before that there had been shouting, "
              "name-calling and broken things in the house for about three years."),
        ("p", "Since October, Shannon has let Ryan into the house twice \"so he could see the kids at "
              "bedtime\", once on 24/12/2025. She told Jo about it herself. Shannon has anxiety and takes "
              "medication from her GP; she says she finds it hard to say no to Ryan. Mason has been angry "
              "and tearful at school on Mondays after contact, and Evie has had tantrums at bedtime and "
              "has started hitting other children at nursery."),
        ("h2", "What has got better since October"),
        ("bullets", [
            "No violence since 02/09/2025, and Ryan has kept to the contact at Maxine's every Sunday.",
            "Shannon has met Gail Ross (IDVA) six times and has a written safety plan.",
            "Mason's attendance is 97% this year. He has a good friend, Leo, and he has joined the "
            "football club.",
            "Evie's nursery say she is settling better on the days she is in all morning.",
        ]),
        ("h2", "What Mason and Evie say"),
        ("p", "Mason (with Jo at school, 08/01/2026): \"I like Sundays at Nan's because Dad is nice there.\" "
              "\"I don't want Dad to come to our house at night, Mum cries after.\" \"I want to be the one "
              "who keeps Evie safe.\" He put himself at 6 out of 10 for feeling safe at home; in October he "
              "said 3."),
        ("p", "Evie is 3 and only says a few words about home. At nursery she plays \"daddy and mummy\" "
              "with the dolls and makes the daddy doll shout. She runs to Shannon at pick-up and holds her "
              "face. Kim Parry, her key person, says she is calmest on the mornings Shannon brings her on "
              "time."),
        ("h2", "What we want for Mason and Evie"),
        ("numbers", [
            "Mason and Evie live in a home with no violence or shouting, and Dad only sees them at "
            "contact that is supervised.",
            "Mason can talk about what happened and how he feels, and does not feel it is his job to "
            "keep Mum and Evie safe.",
            "Shannon feels more confident and less anxious, and is able to stand up to Ryan.",
            "Evie sleeps well, and plays and talks at nursery without hitting other children.",
        ]),
        ("h2", "Who is doing what"),
        ("p", "Each person's part is under their name. In the brackets after each thing: when it will "
              "happen, and how we will know it has."),
        ("h3", "Shannon (Mum)"),
        ("bullets", [
            "Shannon will keep to the safety plan she made with Gail and ring 999 straight away if Ryan "
            "comes to the house, the school or the nursery (every day until the restraining order ends "
            "on 30/09/2026; police records and Gail's safety plan reviews).",
            "Shannon will take Evie to Little Owls every Monday, Wednesday and Friday morning so she gets "
            "her funded hours (from 19/01/2026; the nursery register, at least 90% of sessions).",
            "Shannon will keep to a bedtime routine of a bath and a story for Evie and "
            "ten minutes' chat for Mason (every night from 19/01/2026; the bedtime chart Mason fills in "
            "and shows Jo at her visits).",
        ]),
        ("h3", "Ryan (Dad)"),
        ("bullets", [
            "Ryan will keep to the restraining order and not go to Kirk Lane, Kerriford Park Primary or "
            "Little Owls (every day until 30/09/2026; no breaches on police records).",
            "Contact Caring Dads and ask for a place on their programme (as soon as he can; Caring "
            "Dads will confirm his place to Jo in writing).",
            "Ryan will only see Mason and Evie at Maxine's house with Maxine in the room (every Sunday "
            "2pm to 4pm; Maxine's contact record).",
        ]),
        ("h3", "Maxine (Nan)"),
        ("bullets", [
            "Maxine will supervise Sunday contact, staying in the room the whole time, with no talk about "
            "Shannon or the court case (every Sunday 2pm to 4pm until the next review conference; the "
            "contact record she fills in after each contact, read by Jo at her next visit).",
            "Maxine will collect Mason from school on Wednesdays and give him his tea before taking him "
            "home by 6pm (every Wednesday from 21/01/2026; signed in the school's collection book).",
        ]),
        ("h3", "Mr Ahmed Khan, DSL, Kerriford Park Primary"),
        ("bullets", [
            "Check in with Mason in the nurture room every Monday morning about his weekend and contact "
            "(every Monday until the review; Mason's wellbeing will be monitored).",
            "Ring Shannon by 9.30am if Mason is not in, and e-mail Jo Mason's attendance for the week "
            "(every school day, and every Friday; the first-day call log and the Friday e-mails on "
            "Mason's file).",
        ]),
        ("h3", "Kim Parry, Evie's key person, Little Owls Nursery"),
        ("bullets", [
            "Use the feelings cards with Evie at each session and write down what she says and plays in "
            "her learning journal (every session she is in; journal pages copied to Jo at the end of "
            "each month, with a count of any hitting incidents).",
        ]),
        ("h3", "Nadia Rahman, health visitor"),
        ("bullets", [
            "See Evie at home with Shannon about her sleep and bedtime tantrums and agree a sleep plan "
            "(visit by 06/02/2026, then every 4 weeks; the sleep plan on Evie's health record with a "
            "copy to Jo, and Shannon's sleep diary read at each visit).",
            "Complete Evie's 3-year development review at home (by 27/02/2026).",
        ]),
        ("h3", "Gail Ross, IDVA, Kerriford Women's Aid"),
        ("bullets", [
            "Review Shannon's safety plan with her, including what she will say and do if Ryan asks to "
            "come round (every two weeks until 31/03/2026; each signed safety plan copied to Jo).",
        ]),
        ("h3", "DS Carl Hughes, Kerriford Police Domestic Abuse Unit"),
        ("bullets", [
            "Keep the warning marker on 14 Kirk Lane and tell Jo within 24 hours of any call-out, sighting "
            "or breach (marker checked on the first working day of each month; DS Hughes' monthly e-mail "
            "and every incident on the chronology within 24 hours).",
        ]),
        ("h3", "Dr Helen Moss, Shannon's GP, Kerriford Health Centre"),
        ("bullets", [
            "Review Shannon's anxiety and her medication, and write to Jo about how her health is "
            "affecting her care of Mason and Evie (appointment by 30/01/2026; letter on the children's "
            "file by 13/02/2026).",
        ]),
        ("h3", "Me – Jo Mensah, social worker"),
        ("bullets", [
            "I will visit Mason and Evie at home and see Mason on his own (every two weeks until the "
            "review, one visit in three unannounced; my visit records with their words and Mason's "
            "safe-at-home score).",
            "I will do six sessions of direct work with Mason at school about what happened and about his "
            "feelings (every two weeks from 22/01/2026, all six by 02/04/2026; his worksheets and his "
            "worry scale on the file).",
        ]),
        ("h3", "What everyone will do"),
        ("bullets", [
            "Tell Jo the same day if Mason or Evie say Ryan has been to the house, or if anyone sees Ryan "
            "near Kirk Lane, the school or the nursery (the same day; each message logged on the "
            "children's chronology).",
        ]),
        ("h3", "Also agreed"),
        ("bullets", [
            "A referral will be made to the Freedom Programme for Shannon (by 30/01/2026; her start date "
            "confirmed to Jo in writing).",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Ryan comes to the house, the school or the nursery, or contacts Shannon or the children "
            "outside Sunday contact: Shannon rings 999 and the police respond as a priority because of "
            "the marker. Jo, or the Emergency Duty Team out of hours, holds a strategy discussion with "
            "the police the same day, and Sunday contact stops until the core group has met.",
            "If Maxine cannot supervise a Sunday (she is ill or away), or if she leaves Ryan alone with "
            "the children even once, there is no contact that week and Jo arranges supervised contact at "
            "the Kerriford Family Contact Centre within 10 working days instead. If Maxine cannot collect "
            "Mason on a Wednesday, he stays at the school's after-school club until Shannon collects him "
            "at 5.30pm (Mr Khan has kept a place for him).",
            "If Shannon lets Ryan into the house again, or Mason or Evie see or hear any more violence, "
            "Jo will ask Paul Addo for a legal planning meeting within 5 working days to decide whether "
            "to start the Public Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks, 9.30am at Kerriford Park Primary: 05/02/2026, 19/03/2026, "
            "30/04/2026 and 11/06/2026.",
            "Next review child protection conference: Thursday 09/07/2026 at 10am, Kerriford Civic "
            "Centre.",
        ]),
        ("p", "Jo Mensah, social worker – 01632 960 733"),
    ],
    "findings": [
        F("F002", "Shannon feels more confident and less anxious, and is able to stand up to Ryan."),
        F("T002", "Contact Caring Dads and ask for a place on their programme"),
        F("M002", "Check in with Mason in the nurture room every Monday morning"),
        F("M001", "Complete Evie's 3-year development review at home"),
        F("W002", "Tell Jo the same day if Mason or Evie say"),
        F("W001", "A referral will be made to the Freedom Programme"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan grouped by worry, nested numbering 1 / 1.1 / 1.1.a,
#    the a-b-c sub-items holding who, when and how we'll know with no
#    labels. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_kendlethorpe_core_group_nested_numbering_by_worry_whitlow.md",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-plan-md-details-list-why-were-worried-whats-working-kayden-and-ellie-graces-days-what-we-want-then-plan-grouped-by-worry-numbered-1-to-5-steps-1-1-with-unlabelled-1-1-a-who-1-1-b-when-1-1-c-how-well-know-sub-items-then-what-if-and-dates",
    "description": (
        "Exemplary core group plan, revised at the first core group, for a 2-year-old with faltering "
        "growth and his 4-month-old sister; their father smokes cannabis every day and their mother is "
        "a care leaver. The plan is grouped by worry with nested numbering: each worry a numbered "
        "heading, each step numbered 1.1, 1.2 ..., and under each step three sub-items 1.1.a, 1.1.b and "
        "1.1.c that say who, when and how we'll know with no labels (a note above the plan says so). "
        "The drug service reports on the father's use and the leaving care team owns a step, the "
        "grandmother's part has a fallback, legal planning follows named triggers, core group and "
        "review dates are set, and both children's days are recorded."
    ),
    "text": """\
# Kendlethorpe Council – Children's Social Care

## Core group plan: Kayden and Ellie-Grace Whitlow

*Revised at the first core group, Tuesday 20/01/2026, from the plan made at the initial child
protection conference on 09/01/2026. Typed up by Ruth Adebayo (SW).*

- Kayden Whitlow, born 18/10/2023 (2 years 3 months)
- Ellie-Grace Whitlow, born 14/09/2025 (4 months)
- Mum: Jodie Whitlow (21). Jodie was in care until she was 18; her personal adviser is Dionne Carr,
  Kendlethorpe Leaving Care Team.
- Dad: Liam Farrow (24)
- Home: Flat 7, Bellhouse Court, Kendlethorpe KD6 2HS (first floor, one bedroom)
- Grandma Sue: Susan Whitlow (Jodie's aunt, who brought her up from 12), 3 Linnet Walk – 10 minutes by bus
- Category: Neglect (both children)
- Social worker: Ruth Adebayo, Children's Safeguarding Team (team manager: Graham Holt)
- Others: Tasha Green (health visitor), Dr Omar Siddiqui (GP, Moor Lane Practice), Jason Bell (recovery
  worker, Pathways – Kendlethorpe Drug and Alcohol Service), Kelly Marsh (family support worker,
  Kendlethorpe Family Hub), Amy Lowe (key person, Bright Beginnings Nursery)

### Why we are worried

Kayden has dropped from the 25th centile at his 1-year check to below the 2nd centile. He eats mostly
crisps and biscuits, often straight from the packet, and there are not regular meals in the flat. Liam
smokes cannabis every day, sometimes in the flat with the children there, and has looked after them on
his own after smoking. Ellie-Grace has been sleeping in the big bed with both parents, and on 05/01/2026
Tasha found her asleep on the sofa next to Liam. The electricity ran out twice in December, once for two
days. Kayden has only a few words for his age and has never been to a nursery or group.

### What is working

- Jodie and Liam love the children and were open with everyone at the conference. Liam said: "I'll cut
  down, I don't want to lose them."
- Jodie has taken both children to every health visitor appointment since November.
- Ellie-Grace is gaining weight well on formula and is on the 50th centile.
- Grandma Sue is close to the family and Kayden eats well at her house.

### Kayden's and Ellie-Grace's days

Kayden can't tell us in words yet, so this is what we have seen. At home he climbs on the kitchen worktop
to reach the biscuit tin, and at Ruth's visit on 13/01/2026 he ate a whole packet of crisps and then cried
for more. At Grandma Sue's he sits at the table and eats a full plate of dinner. He says "more", "nana",
"Dada" and "car". He brings his toy cars to visitors and lines them up on the floor. He lights up when
Jodie sings to him.

Ellie-Grace is a calm baby who smiles at Jodie's face and follows her round the room with her eyes. She
feeds well from her bottle. When Tasha visited on 05/01/2026 the room smelled strongly of cannabis and she
was asleep on the sofa cushions beside Liam.

### What we want for Kayden and Ellie-Grace

1. Kayden eats three meals and two snacks every day, sitting at a table, and is back on or above the 9th
   centile by the review conference.
2. Kayden and Ellie-Grace are never looked after by someone who has used cannabis, and nobody smokes in
   the flat.
3. Ellie-Grace sleeps on her back in her own cot, every sleep, day and night.
4. Kayden goes to nursery, plays with other children and says more words.
5. The flat always has electricity, heat and food in the cupboards.

### The plan

The plan is grouped under the five worries. Every step has three lines under it, always in the same
order: **a** is who will do it, **b** is when, and **c** is how we will know it has happened and is
working.

#### 1. Kayden's eating and growing

1.1  Weigh Kayden and Ellie-Grace and plot their weights in their red books.
     1.1.a  Tasha Green, health visitor
     1.1.b  Every 2 weeks from 27/01/2026 until the review conference, at home or at the Family Hub clinic
     1.1.c  Weights in the red books and e-mailed to Ruth after each weigh; Kayden on the 9th centile or
            above by 31/03/2026

1.2  Give Kayden breakfast, lunch and tea at the table in his high chair, with two snacks, and write down
     what he eats.
     1.2.a  Jodie and Liam
     1.2.b  Every day from 21/01/2026
     1.2.c  Kayden's food diary, read by Tasha at each weigh and by Ruth at each visit; Ruth sees a meal at
            the table at least once a fortnight

1.3  Refer Kayden to the paediatric dietitian and do the blood tests for faltering growth.
     1.3.a  Dr Omar Siddiqui, GP
     1.3.b  Referral and bloods by 30/01/2026
     1.3.c  Referral letter and blood results on Kayden's GP record and copied to Ruth; dietitian
            appointment date written in the red book

1.4  Six sessions at home on mealtimes, easy meals and shopping on a budget.
     1.4.a  Kelly Marsh, family support worker
     1.4.b  Weekly on Thursdays from 22/01/2026, all six by 26/02/2026
     1.4.c  A weekly meal plan on the fridge; Kelly's session notes sent to Ruth each Friday

1.5  Have Kayden for his dinner at her house and write down what he eats.
     1.5.a  Grandma Sue
     1.5.b  Every Tuesday and Saturday, 11am to 3pm, from 24/01/2026 until the review conference
     1.5.c  Sue's notebook of what Kayden ate, which Ruth reads at her visits

#### 2. Cannabis

2.1  Not smoke or keep cannabis in the flat, and never look after Kayden or Ellie-Grace on his own on a
     day he has smoked.
     2.1.a  Liam
     2.1.b  Every day from 20/01/2026
     2.1.c  Urine tests at Pathways showing his cannabis level falling at each test; no smell of cannabis
            at Ruth's or Tasha's unannounced visits (written in their visit notes)

2.2  Assess Liam's cannabis use, then key work with a urine test every two weeks, and a written update
     before each core group on whether his use is falling and whether he can care for the children safely.
     2.2.a  Jason Bell, recovery worker, Pathways
     2.2.b  Assessment by 30/01/2026, then every two weeks until the review conference
     2.2.c  Test results and Jason's written update on Ruth's file two days before each core group

2.3  See Kayden and Ellie-Grace at home, one visit in three unannounced and at least one a month in the
     evening, and see Kayden play.
     2.3.a  Ruth Adebayo, social worker
     2.3.b  Every week until the review conference
     2.3.c  Visit record on file within two working days, with what the children were doing, what food was
            in, and whether the flat smelled of cannabis

#### 3. Ellie-Grace's sleep

3.1  Buy a cot, mattress and baby sleeping bags for Ellie-Grace.
     3.1.a  Ruth Adebayo, social worker
     3.1.b  Delivered by 27/01/2026
     3.1.c  Ruth sees the cot made up in the bedroom at her next visit

3.2  Go through safer sleep and a smoke-free home with Jodie and Liam, using the Lullaby Trust checklist.
     3.2.a  Tasha Green, health visitor
     3.2.b  At her visit on 27/01/2026, and again at Ellie-Grace's 6-month check by 14/03/2026
     3.2.c  Safer sleep checklist signed by both parents and kept on Ellie-Grace's health record

3.3  Put Ellie-Grace down on her back in her own cot for every sleep.
     3.3.a  Jodie and Liam
     3.3.b  Every sleep, day and night, from the day the cot arrives (by 27/01/2026)
     3.3.c  Ellie-Grace seen asleep in her cot, on her back, at Ruth's and Tasha's visits (written in their
            notes)

#### 4. Kayden's talking and playing

4.1  Apply for Kayden's funded 2-year-old place at Bright Beginnings, three mornings a week.
     4.1.a  Ruth Adebayo, social worker
     4.1.b  Application by 23/01/2026, place starting by 09/02/2026
     4.1.c  Start date confirmed in writing by the nursery

4.2  Take Kayden to nursery on Monday, Wednesday and Friday mornings.
     4.2.a  Jodie
     4.2.b  Every Monday, Wednesday and Friday morning from his start date (by 09/02/2026)
     4.2.c  Nursery register, sent to Ruth each month: at least 90% of sessions

4.3  Do the WellComm speech and language screen with Kayden and share it with Jodie and the core group.
     4.3.a  Amy Lowe, key person, Bright Beginnings
     4.3.b  Within 4 weeks of his start date, and by 10/03/2026 at the latest
     4.3.c  WellComm score and Kayden's talking targets shared at the core group on 17/03/2026

#### 5. Money and the flat

5.1  Set up a weekly budget with Jodie and Liam, with the electricity topped up every Monday.
     5.1.a  Dionne Carr, personal adviser, Kendlethorpe Leaving Care Team
     5.1.b  Budget set up by 30/01/2026, then checked at Dionne's visit every month until the review
     5.1.c  Budget sheet and the meter's credit shown to Dionne and Ruth at their visits; no days without
            electricity

5.2  Apply for Healthy Start vouchers and the Warm Home Discount, with Dionne's help.
     5.2.a  Jodie
     5.2.b  Both applications in by 13/02/2026
     5.2.c  The Healthy Start card and the Warm Home Discount letter shown to Dionne at her next visit

### What if things go wrong

- **If Liam smokes cannabis in the flat, or looks after the children after smoking** (seen or smelled by
  anyone, or a test shows his level going up again): the children go to Grandma Sue's for the night, Liam
  stays with his brother, and Ruth (or the Emergency Duty Team out of hours) holds a strategy discussion
  with the police the same day.
- **If Ellie-Grace is found asleep anywhere but her cot, or with an adult**: Tasha or Ruth goes through
  safer sleep again that day and Ruth visits unannounced within 48 hours.
- **If Kayden's weight drops again, or he is not on the 2nd centile or above at the weigh on 24/02/2026**:
  Dr Siddiqui sees him within 48 hours and refers him to the paediatric team at Kendlethorpe General.
- **If Grandma Sue can't have Kayden on a Tuesday or Saturday, or can't take the children in an emergency**
  (she is ill or away): she tells Ruth the same day. Kayden's Tuesday or Saturday dinner is then eaten at
  home with Kelly or Ruth there for the meal; in an emergency the children stay at home with Jodie while
  Liam leaves for the night, and if Jodie can't care for them safely Ruth arranges an emergency foster
  placement with Jodie's agreement that night.
- **Legal planning:** if Liam looks after the children after smoking twice, or if Kayden is still below the
  2nd centile at the core group on 17/03/2026, or Jason's update says Liam's use is not falling, Ruth will
  ask Graham Holt for a legal planning meeting within five working days to decide whether to start the
  Public Law Outline.

### Dates

- Core group every four weeks, 10am at Kendlethorpe Family Hub: 17/02/2026 and 17/03/2026.
- Review child protection conference: Wednesday 08/04/2026 at 1.30pm, Kendlethorpe Civic Centre.

Plan gone through with Jodie and Liam on 21/01/2026; copies to Jodie, Liam, Grandma Sue (1.5 and the
"what if" part) and everyone named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. The social worker's e-mail after the second core group, plain text
#    wrapped by hand, the plan grouped by week, each line "who -> what ->
#    how we'll know", with a signature. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_kyrebrook_core_group_email_plain_text_by_week_arrows_holloway.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-email-plain-text-headers-greeting-hard-wrapped-paragraphs-where-we-are-whats-better-what-the-kids-said-aims-then-plan-grouped-by-week-caps-headings-each-line-dash-who-arrow-what-arrow-how-well-know-then-if-it-goes-wrong-dates-and-signature",
    "description": (
        "The social worker's e-mail to the core group after its second meeting, for an 11-year-old and "
        "a 6-year-old whose mother is alcohol dependent; their grandmother helps. Plain text with e-mail "
        "headers, hard-wrapped paragraphs and a signature. The plan is grouped by week ('THIS WEEK (by "
        "Fri 13/02/26)', 'NEXT 3 WEEKS', 'EVERY WEEK UNTIL THE REVIEW', 'ALSO (no dates agreed yet)'), "
        "each line 'who -> what -> how we'll know', with 'me' the social worker. The alcohol service and "
        "the GP own actions. Faults: a young carers referral with no check; the class teacher who will "
        "'keep an eye on' Skye; 'Everyone' telling the social worker the same day; dental check-ups "
        "under 'ALSO' with no time of their own; the grandmother's teas 'as and when Nat needs a "
        "break'; a contingency that sends the children to the grandmother, who carries two lines, "
        "with nothing said if she cannot have them; and no legal planning anywhere."
    ),
    "text": """\
From:     Laura Quinn <laura.quinn@kyrebrook.gov.uk>
Sent:     Thursday, 12 February 2026 15:42
To:       Ben Okoro (Horizon); Dr Anjali Shah (Harbour Medical Centre); Mrs Claire Dunn (St Bede's
          Primary); Mr Raj Patel (St Bede's Primary); Kim Ashby (School Nursing)
Cc:       Natalie Holloway; Pat Holloway; Steve Rudd (Team Manager)
Subject:  Holloway - core group 2 - the plan as we agreed it today [OFFICIAL-SENSITIVE]

Hi all,

Thanks for coming this morning, and sorry again that we started late. As
promised, here is the plan as we left it on the flipchart, so that we're
all working from the same version. I went through it with Natalie after
the meeting and she has a printed copy. Pat has one too.

WHERE WE ARE

Tyler (11, Year 6) and Skye (6, Year 2) have been on child protection
plans under neglect since the initial conference on 08/01/26. Natalie
has been drinking most days for about two years (a bottle of wine and
more at weekends), and since the summer she has often been too drunk in
the evenings to make tea or put Skye to bed. Tyler has been doing the
cooking, getting Skye up and dressed and walking her to school. On
28/11/25 Skye was found by a neighbour at 9pm looking for her mum in the
street. Natalie has had two falls at home in the last year and the GP
is worried about her liver.

WHAT'S BETTER

- Natalie has been to every session at Horizon (Kyrebrook's alcohol
  service) since the conference, and her breath tests there have all
  been 0.00 since 26/01/26.
- Tyler's attendance is 98% this term and Skye's is 94%.
- The back bedroom has been cleared and the kids each have a bed.
- Pat has had the kids for tea most Sundays and Skye loves going.

WHAT THE KIDS SAID

I saw them both on their own on 09/02/26. Tyler: "It's better now, Mum
cooks more. I still do Skye's hair because Mum can't do plaits." "I
don't want to go to Nan's to live, I want Mum to stay well." He said he
worries about Mum "when I'm at school and she's on her own". Skye: "Mummy
had her juice and fell asleep on the settee", which she said was "ages
ago, before Christmas". She drew her family with "Nanny Pat" holding her
hand. She scored home as a 7 out of 10 "because Mummy does my breakfast
now".

WHAT WE'RE AIMING FOR (for the review)

1. Tyler and Skye are looked after every day and night by a sober adult.
2. Tyler gets to be a child: he isn't doing the cooking or getting Skye
   ready, and he has time for his friends and football.
3. Skye and Tyler are in school every day, on time, clean and fed.
4. The kids know who to ring and where to go if Mum has been drinking.

THE PLAN

I've kept it by week like on the flipchart. Each line is who -> what ->
how we'll know. Where it says "me" that's me, Laura.

THIS WEEK (by Fri 13/02/26)

- Me -> referral to Kyrebrook Young Carers for Tyler (he's still doing a
  lot of Skye's getting ready and he asked about the young carers club)
- Me -> ask Kyrebrook Homes to fix the lock on the back door -> the job
  number sent to Natalie, and I'll check the lock works at my next visit
- Ben (Horizon) -> book Natalie in for the community detox assessment ->
  letter with the date to me and Natalie

NEXT 3 WEEKS (by Fri 06/03/26)

- Natalie -> go to the detox assessment and the two preparation
  sessions at Horizon -> Ben confirms to me by e-mail that she went
- Dr Shah -> repeat Natalie's liver bloods and review her medication,
  and write to me about how her health is affecting her care of the
  kids -> GP letter on file by 06/03/26
- Me -> three sessions with Tyler about being a young carer, what he
  wants and what worries him -> his "my week" sheets on file and shared
  (with his OK) at core group 3
- Kim Ashby (school nurse) -> health check for Skye, who has had a lot
  of headaches and head lice -> summary letter to me and Dr Shah

EVERY WEEK UNTIL THE REVIEW (02/04/26)

- Me -> visit at home at least once a week, one in three unannounced
  and some after 5pm, and see each of the kids on their own -> visit
  notes on file within 2 working days, with what they said and whether
  Natalie seemed to have been drinking
- Ben (Horizon) -> weekly key work with Natalie and a breath test at
  each session -> monthly letter to me with the readings, her
  attendance and her AUDIT score
- Natalie -> no drinking at all while she's looking after the kids, and
  no alcohol kept in the house -> breath tests at Horizon read 0.00, and
  when I ask at my visits
- Mrs Dunn (Skye's class teacher) -> check in with Skye every morning
  when she comes into class -> Mrs Dunn says she'll keep an eye on her
- Mr Patel (DSL) -> ring Natalie by 9.30am on the first day either of
  the kids is off, and e-mail me both kids' attendance every Friday ->
  attendance at 95% or better for both
- Pat -> take Skye to Rainbows on Thursday evenings and bring her home
  afterwards -> Rainbows register, which Pat photographs for me
- Everyone -> let me know the same day if Natalie seems drunk or
  either of the kids says she has been drinking -> I'll put each one on
  the chronology

ALSO (no dates agreed yet)

- Natalie -> book dental check-ups for both kids at Castle Street
  Dental -> shows me the appointment cards
- Pat -> have the kids for tea as and when Nat needs a break -> Pat
  texts me after

IF IT GOES WRONG

If Natalie has been drinking while she's on her own with the kids (a
breath test over 0.00, or Tyler, Skye or anyone else sees her drunk),
the kids go to Pat's (9 Harbour Row) that night and I'll hold a strategy
discussion with the police the same day (the Emergency Duty Team, 01632
960 555, if it's out of hours). If Natalie misses her detox assessment
or two key work sessions in a row, Ben tells me the same day and I'll do
an unannounced visit within 24 hours.

DATES

Next core group: Thursday 12/03/26, 10am, Kyrebrook Family Hub, then
every 4 weeks.
Review conference: Thursday 02/04/26, 1.30pm, Kyrebrook Civic Centre.

Any problems with your bits, let me know by Monday and I'll update it.

Thanks,
Laura

--
Laura Quinn | Social Worker | Child Protection Team (East)
Kyrebrook Council Children's Services
Castle House, 3 Bridge Street, Kyrebrook KY2 1AD
T: 01632 960 418 | M: 07700 900 362
This e-mail and any attachments are confidential and intended for the
named recipients only. If you have received it in error please tell
the sender and delete it.
""",
    "findings": [
        F("M001", "referral to Kyrebrook Young Carers for Tyler"),
        F("M002", "check in with Skye every morning when she comes into class"),
        F("W002", "let me know the same day if Natalie seems drunk"),
        F("T001", "book dental check-ups for both kids at Castle Street Dental"),
        F("T002", "have the kids for tea as and when Nat needs a break"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan typed in Word, the action plan pasted from the
#    team's spreadsheet (ID / Area / Action / Owner / Start / Due or how
#    often / Evidence / Status), owners as initials from a key. Landscape,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_RAINES_ROWS = [
    ["A1", "Safety", "Supervise all care of Nova and Jaxon in the daytime, so that neither parent is ever "
     "alone with Nova; stay in the house 8am to 8pm.", "DR", "09/01/26",
     "Every day until the review (07/04/2026)",
     "Supervision log signed by DR each evening, kept in the kitchen; SW reads it at every visit", "Open"],
    ["A2", "Safety", "Stay overnight, 8pm to 8am, and do or supervise Nova's night feeds.", "SR",
     "09/01/26", "Every night until the review",
     "Supervision log signed by SR each morning; Nova's feed chart filled in for every night feed", "Open"],
    ["A3", "Safety", "Visit Nova and Jaxon at home; see Nova undressed for a skin check and Jaxon on his "
     "own; check the supervision log.", "SW (AY)", "12/01/26",
     "Twice a week until 06/02/2026, then weekly until the review; 1 in 3 unannounced",
     "Visit record on file within 2 working days; body map of any mark and a same-day call to the "
     "police CAIT", "Open"],
    ["A4", "Health", "Weigh Nova, check her skin all over and check her development at home.", "HV (ST)",
     "13/01/26", "Weekly until Nova is 16 weeks (12/02/2026), then every 2 weeks",
     "Weights in the red book; any mark body-mapped and phoned to the SW the same day", "Open"],
    ["A5", "Health", "Nova's 8-week check and first immunisations.", "GP (Dr Kaur)", "16/01/26",
     "By 23/01/2026", "Immunisations in the red book; GP letter to the SW with the check findings", "Open"],
    ["A6", "Mum's health", "Assess Chantelle's postnatal depression and treat it; write a report on how "
     "her mood affects her care of Nova and Jaxon, whether she can make the changes they need, and how "
     "long that is likely to take.", "PMH (JP, Dr LF)", "12/01/26",
     "Assessment by 23/01/2026; report 2 working days before each core group",
     "Written report on file before each CG, with Chantelle's EPDS score; Dr LF's view on the likely "
     "timescale by 20/03/2026", "Open"],
    ["A7", "Mum's health", "Go to every perinatal appointment and take medication as prescribed, so that "
     "she can care for Nova and Jaxon.", "CR", "12/01/26", "Weekly CPN visits from 12/01/2026; medication daily",
     "Attendance recorded in JP's report to each core group", "Open"],
    ["A8", "Crying", "Go through the ICON coping-with-crying programme with the HV and write a plan of "
     "what each of them will do when Nova won't settle.", "CR + KB", "13/01/26", "By 27/01/2026",
     "Signed ICON crying plan on the fridge and a copy on Nova's health record", "Open"],
    ["A9", "Parenting", "Parenting assessment of Chantelle and Kyle, with observations of feeds, "
     "bathtime and bedtime with Nova and Jaxon.", "SW (AY)", "19/01/26", "Report by 27/03/2026",
     "Assessment report shared with CR, KB and the core group by 27/03/2026", "Open"],
    ["A10", "Jaxon", "Jaxon at Little Stars nursery Mon to Wed; key person keeps a daily note and "
     "body-maps any mark.", "Nursery (LM)", "12/01/26", "Every nursery day",
     "Register; any mark or worry phoned to the SW the same day; weekly summary e-mail to the SW", "Open"],
    ["A11", "Jaxon", "Play sessions with Jaxon about home, using puppets and his family drawing.",
     "SW (AY)", "20/01/26", "Every 2 weeks; 4 sessions by 06/03/2026",
     "Session notes with Jaxon's words and his drawings on file", "Open"],
    ["A12", "Jaxon", "Refer Jaxon to speech and language therapy (he has about 20 words).", "HV (ST)",
     "13/01/26", "Referral by 23/01/2026",
     "SALT acceptance letter with an appointment date on file", "Open"],
    ["A13", "Police", "Finish the investigation into Nova's bruise and tell the SW the outcome.",
     "Police (DC RH)", "09/01/26", "Update to each CG; outcome to the SW within 24 hours of the decision",
     "Written update at each core group; outcome e-mail on file", "Open"],
    ["A14", "Family", "Referral for a family group conference to plan longer-term support from the "
     "family.", "SW (AY)", "16/01/26", "Referral by 16/01/2026; FGC held by 20/02/2026",
     "Family plan written at the FGC and shared with the core group", "Open"],
]

PLANS.append({
    "name": "b183_kelsmere_icpc_action_grid_pasted_from_spreadsheet_raines.pdf",
    "doc_title": "Nova and Jaxon Raines - child protection plan",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "font": "Calibri",
    "font_size": 10,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Kelsmere Borough Council · Children's Social Care",
    "footer": "Raines · CP plan from ICPC 08/01/2026 · typed 09/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-word-to-pdf-landscape-header-footer-typed-sections-details-kv-what-happened-strengths-novas-day-jaxons-words-outcomes-then-key-of-initials-then-action-plan-pasted-from-team-spreadsheet-id-area-action-owner-start-due-or-how-often-evidence-status-then-contingency-bullets-meetings",
    "description": (
        "Exemplary initial conference plan for a 9-week-old with an unexplained bruise to her ear and "
        "her 3-year-old brother; their mother has postnatal depression and their father says he gets "
        "frustrated when the baby cries. Typed sections (details, what happened, what is going well, "
        "Nova's day and Jaxon's words, outcomes), then a key of initials and the action plan pasted "
        "into Word from the team's spreadsheet: ID / Area / Action / Owner / Start / Due or how often "
        "/ Evidence / Status, owners as initials from the key, 'Open' in every status cell. The "
        "grandmother and aunt supervise all care, with a named back-up and a foster placement if they "
        "cannot; the perinatal team reports on the mother's capacity to change and its timescale; "
        "legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child protection plan – Nova and Jaxon Raines"),
        ("p", "Initial child protection conference, Thursday 08/01/2026, Kelsmere Civic Centre. Plan typed "
              "by Amina Yusuf (social worker) on 09/01/2026; the action plan is pasted from our team "
              "tracker, so it looks like the spreadsheet."),
        ("kv", [
            ("Children", "Nova Raines, born 06/11/2025 (9 weeks); Jaxon Raines, born 30/09/2022 (3), "
                         "Little Stars Nursery"),
            ("Parents", "Chantelle Raines (23) and Kyle Bramley (26), 19 Ferry Road, Kelsmere KM5 1TY"),
            ("Family helping", "Debbie Raines (Chantelle's mum, \"Nana\"), 44 Alder Street; Stacey Raines "
                               "(Chantelle's sister), same address as Debbie"),
            ("Category", "Physical abuse (Nova); neglect (Jaxon)"),
            ("Chair", "Martin Shaw, independent chair"),
            ("Social worker", "Amina Yusuf, Assessment and Safeguarding Team (team manager Clare Dixon)"),
        ]),
        ("h2", "What happened"),
        ("p", "On 29/12/2025 Chantelle took Nova to the GP with a bruise on her left ear and a small bruise "
              "behind it. Nova was not yet rolling. Chantelle and Kyle said she may have caught her ear on "
              "the side of the Moses basket. The child protection medical at Kelsmere Royal Infirmary on "
              "30/12/2025 found the bruising was unlikely to have been caused that way; the skeletal "
              "survey and eye examination were clear. Kelsmere Police Child Abuse Investigation Team are "
              "investigating and nobody has been charged."),
        ("p", "Chantelle was diagnosed with postnatal depression at 6 weeks and has been referred to the "
              "Kelsmere Perinatal Mental Health Service. She says she sleeps very little and often feels "
              "\"numb\" with Nova. Kyle works nights at a warehouse and told the conference: \"I get "
              "frustrated when she won't stop crying, I've had to walk out.\" Jaxon has around 20 words, "
              "has missed many nursery sessions and has had five missed health appointments."),
        ("p", "Since 31/12/2025 Nova and Jaxon have stayed at home with their parents under a safety plan: "
              "Debbie or Stacey is in the house at all times, and neither parent is alone with Nova."),
        ("h2", "What's going well"),
        ("bullets", [
            "Chantelle and Kyle have kept to the safety plan every day since 31/12/2025 and have been "
            "polite and open with every visitor.",
            "Debbie and Stacey have kept the supervision log every day, and both have been assessed and "
            "agreed as supervisors by Amina.",
            "Nova is feeding well and was on the 50th centile on 06/01/2026.",
            "Jaxon is close to his Nana and is happy and chatty at her house.",
        ]),
        ("h2", "Nova's day and what Jaxon says"),
        ("p", "Nova: at visits Nova is fed every three to four hours, mostly by Stacey at night and by "
              "Chantelle in the day with Debbie there. She settles best when she is held upright against "
              "someone's chest, and cries hard in the early evening. When Kyle holds her, he passes her "
              "back quickly when she cries. She smiled at Debbie for the first time on 02/01/2026."),
        ("p", "Jaxon (with Amina, at Nana's, 06/01/2026, with his toy cars): \"Nova cry loud.\" \"Daddy "
              "shout at Nova.\" \"Nana stay.\" He put the Nana figure in the bed next to the baby figure and "
              "said \"Nana keep baby\"."),
        ("h2", "What we want for Nova and Jaxon"),
        ("numbers", [
            "Nova has no more bruises or injuries and is always cared for by adults who stay calm when she "
            "cries.",
            "Nova and Jaxon are looked after by a mum who is well enough to notice and meet their needs "
            "every day.",
            "Jaxon goes to nursery every day he is booked, says more words each month, and goes to all his "
            "health appointments.",
            "By the review conference we know whether Nova and Jaxon can be safe at home with Chantelle "
            "and Kyle without supervision.",
        ]),
        ("h2", "Action plan"),
        ("p", "Key to the Owner column: CR = Chantelle Raines (Mum); KB = Kyle Bramley (Dad); DR = Debbie "
              "Raines (Nana); SR = Stacey Raines (aunt); SW (AY) = Amina Yusuf, social worker; HV (ST) = "
              "Sophie Taylor, health visitor, Kelsmere 0-19 Service; GP (Dr Kaur) = Dr Simran Kaur, Ferry "
              "Road Surgery; PMH (JP, Dr LF) = Kelsmere Perinatal Mental Health Service, Joanne Price, "
              "perinatal CPN, and Dr Lena Fischer, perinatal psychiatrist; Nursery (LM) = Leanne Moore, "
              "Jaxon's key person, Little Stars; Police (DC RH) = DC Rob Henley, Kelsmere Police CAIT. "
              "\"Status\" is for the core group to update."),
        ("table", {
            "header": ["ID", "Area", "Action", "Owner", "Start", "Due / how often", "Evidence", "Status"],
            "rows": _RAINES_ROWS,
            "widths": [1.1, 2.1, 7.1, 2.0, 2.3, 3.6, 5.6, 1.9],
            "header_fill": "C6E0B4",
        }),
        ("h2", "If something goes wrong"),
        ("bullets", [
            "If anyone sees a new bruise or mark on Nova or Jaxon: they ring Amina (or the Emergency Duty "
            "Team, 01632 960 800) at once. Amina holds a strategy discussion with the police the same "
            "day, Nova has a child protection medical at Kelsmere Royal Infirmary that day, and both "
            "children go to stay with Debbie at 44 Alder Street while that happens.",
            "If the safety plan is broken (Chantelle or Kyle is found alone with Nova): Nova and Jaxon "
            "move to Debbie's house that day, and Amina asks Clare Dixon for a legal planning meeting "
            "within 2 working days.",
            "If Debbie or Stacey cannot supervise (illness, work, or they feel they cannot carry on), they "
            "tell Amina the same day. Kyle's mother, Janet Bramley (assessed and agreed as a back-up on "
            "07/01/2026), supervises instead; if neither she nor anyone else agreed by Amina is free, "
            "Nova and Jaxon go to an emergency foster placement that night, with Chantelle and Kyle's "
            "agreement under section 20.",
            "Legal planning: if the parenting assessment, or Dr Fischer's view, says that Chantelle and "
            "Kyle cannot make the changes in the time Nova and Jaxon need, Amina will ask for a legal "
            "planning meeting within 5 working days of the report, to decide whether to start the Public "
            "Law Outline.",
        ]),
        ("h2", "Meetings"),
        ("p", "Core group: 20/01/2026, then every 3 weeks: 10/02/2026, 03/03/2026 and 24/03/2026, all at "
              "10am at Kelsmere Family Hub. Review child protection conference: Tuesday 07/04/2026 at "
              "10am, Kelsmere Civic Centre."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan grouped by child ("For Kacey", "For Reggie",
#    "For both of them"), roman-numbered items opening on a bold run-in
#    owner, typed in Word. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_kestonbridge_rcpc_by_child_roman_items_bold_runin_owner_mahoney.docx",
    "doc_title": "Kacey and Reggie Mahoney - child protection plan (review)",
    "split": "heldout",
    "actions": 16,
    "template": "rcpc-plan-typed-in-word-address-lines-then-heading-sections-what-weve-been-worried-about-whats-changed-kacey-in-her-own-words-reggie-what-we-want-then-plan-grouped-by-child-for-kacey-for-reggie-for-both-of-them-roman-numbered-items-with-bold-run-in-owner-then-what-if-and-meetings",
    "description": (
        "Review conference plan for a 9-year-old young carer and a 4-year-old; their mother has "
        "depression and took an overdose in November with the children in the house, and the flat is "
        "damp. Typed in Word, the plan is grouped by child ('For Kacey', 'For Reggie', 'For both of "
        "them'), each item roman-numbered and opening on a bold run-in owner, then a sentence or two "
        "saying when and what we will see. Most items are sound and the psychiatrist is asked for the "
        "mother's capacity to change. Faults: the nursery's Talk Boost sessions measured only by "
        "'Reggie's speech and language will be monitored'; a passive young carers referral with no one "
        "named; the housing repair with no check; the CPN's visits only supporting the mother; the "
        "grandfather's school runs 'as required'; a contingency that only talks to the manager and "
        "reviews the plan if there are 'further concerns'; and a review conference 'date to be "
        "confirmed'."
    ),
    "blocks": [
        ("pl", "Kestonbridge City Council"),
        ("pl", "Children and Families – Locality Safeguarding Team West"),
        ("pl", "Hollins House, 2 Market Walk, Kestonbridge KB9 4EU"),
        ("p", ""),
        ("title", "Kacey and Reggie's plan"),
        ("p", "Made at the review child protection conference on Tuesday 20/01/2026 (the initial conference "
              "was on 21/10/2025). I typed this up the next day from the conference notes – Claire Ndlovu, "
              "social worker."),
        ("pl", "Kacey Mahoney, 9 (born 11/05/2016), Year 5, Kestonbridge Road Primary"),
        ("pl", "Reggie Mahoney, 4 (born 02/03/2021), Little Acorns Nursery (Mon to Thu mornings)"),
        ("pl", "Mum: Louise Mahoney (35) · Dad: Mark Mahoney (38), HGV driver, works away two nights a week"),
        ("pl", "Grandad: Terry Walsh (Louise's dad), Flat 3, Tanner Court, Kestonbridge"),
        ("pl", "Home: 27 Brindle Street, Kestonbridge KB9 6RR (housing association flat, Kestonbridge Homes)"),
        ("p", "Category: neglect (both children). Decision today: both children stay on a child protection "
              "plan."),
        ("h2", "What we've been worried about"),
        ("p", "Louise has had depression for many years. On 04/11/2025 she took an overdose of her tablets "
              "while Mark was away and the children were at home; Kacey found her on the bathroom floor and "
              "rang Grandad, who called the ambulance. Louise was in hospital for two days and is now seen "
              "by the Kestonbridge Community Mental Health Team. Kacey has been making Reggie's breakfast, "
              "getting him dressed and sometimes staying off school \"to look after Mum\". Reggie's speech "
              "is behind for his age and his bedroom has black mould on the wall and the window frame. He "
              "has had a chesty cough since October."),
        ("h2", "What's changed since October"),
        ("bullets", [
            "Louise is back on her medication and has seen the CMHT every two weeks. She says she feels "
            "\"a bit more like myself\" and has been getting up for the school run most days.",
            "Mark has changed his shifts so that he is home every night from Sunday to Wednesday.",
            "All tablets in the house are now kept in a locked box in the kitchen.",
            "Kacey's attendance has gone up from 84% to 93% since the conference.",
        ]),
        ("h2", "Kacey, in her own words"),
        ("p", "(With me at school, 13/01/2026.) \"I'm not scared all the time now, only sometimes when Mum "
              "goes quiet.\" \"I like it when Dad's home because then I don't have to do Reggie's "
              "breakfast.\" \"I'd like to go to Brownies like Maisie.\" When I asked her what would make "
              "things better, she said: \"If Mum didn't have to go to hospital ever again, and if Reggie's "
              "room wasn't smelly.\""),
        ("h2", "Reggie"),
        ("p", "Reggie uses short phrases (\"me do it\", \"Kacey come\"). At nursery he plays on his own with "
              "the trains and gets cross when other children come close. At home he follows Kacey "
              "everywhere and goes to her, not his mum, when he hurts himself. He coughs at night, and "
              "Louise says he often ends up in Kacey's bed because his room is cold."),
        ("h2", "What we want for Kacey and Reggie"),
        ("numbers", [
            "Kacey can be a 9-year-old: she doesn't have to look after Mum or Reggie, she goes to school "
            "every day and she has time for friends and clubs.",
            "Kacey and Reggie are never left on their own with Mum when she is unwell, and always know "
            "which adult to go to.",
            "Reggie sleeps in a warm, dry room with no mould, and his cough clears up.",
            "Reggie talks more each month and plays alongside other children at nursery.",
        ]),
        ("h2", "The plan"),
        ("p", "I've set the plan out for each child, then the things that are for both of them. Each item "
              "starts with who is doing it."),
        ("h3", "For Kacey"),
        ("kv", [
            ("(i) Mrs Funmi Osei, Kacey's class teacher",
             "a quiet check-in with Kacey at 8.45am every school morning (how she slept, has she had "
             "breakfast, is she worried about Mum), with breakfast club if she hasn't eaten. Mrs Osei "
             "writes each check-in in her log and sends me a copy every Friday."),
            ("(ii) Claire Ndlovu, SW",
             "six sessions with Kacey about Mum's illness and what to do if Mum is unwell, ending with her "
             "own \"safe card\" of who to ring. Every two weeks at school from 27/01/2026, all six by "
             "14/04/2026. Kacey's safe card in her school bag and a copy on file."),
            ("(iii) Jade Holloway, Mental Health Support Team (Kestonbridge CAMHS)",
             "six sessions with Kacey at school about what happened in November and her worry at night. "
             "Weekly from 03/02/2026. Kacey's RCADS score at the first and last session, written in Jade's "
             "letter to me and to Kacey's GP."),
        ]),
        ("p", "(iv) A referral to Kestonbridge Young Carers will be made for Kacey by 06/02/2026; the letter "
              "confirming her first club night will go on file."),
        ("kv", [
            ("(v) Mark (Dad)",
             "do breakfast, the school run and bedtime on the nights he is home, so that Kacey isn't doing "
             "them. Every Sunday to Wednesday night and the mornings after, from 25/01/2026. Kacey's own "
             "\"jobs diary\", which she shows me at my visits, shows no breakfasts or bedtimes done by "
             "her on those days."),
        ]),
        ("h3", "For Reggie"),
        ("kv", [
            ("(i) Hayley Brooks, Reggie's key person, Little Acorns",
             "use the Talk Boost activities with Reggie in a small group at every nursery session from "
             "26/01/2026. Reggie's speech and language will be monitored."),
            ("(ii) Priya Das, speech and language therapist, Kestonbridge Children's SALT",
             "assess Reggie's speech and understanding at nursery by 27/02/2026, and send a report with his "
             "targets to Little Acorns, Louise and me within two weeks of seeing him."),
            ("(iii) Louise (Mum)",
             "take Reggie to nursery every Monday to Thursday morning, by 9am. From 26/01/2026. Little "
             "Acorns' register (at least 90% of sessions), which Hayley e-mails to me monthly."),
            ("(iv) Kestonbridge Homes, repairs team",
             "treat the damp and black mould in Reggie's bedroom and replace the rotten window frame, by "
             "27/02/2026."),
        ]),
        ("h3", "For both of them"),
        ("kv", [
            ("(i) Claire Ndlovu, SW",
             "visit at home and see Kacey and Reggie, each on their own for part of the visit. Every two "
             "weeks until the next review, one visit in three unannounced. My visit records, with what "
             "each child said and did, on file within two working days."),
            ("(ii) Ravi Sandhu, CPN, Kestonbridge CMHT",
             "visit Louise every two weeks to support her with her mood and her medication. Ravi sends me "
             "a short note after each visit."),
            ("(iii) Dr Alan Pryor, consultant psychiatrist, Kestonbridge CMHT",
             "review Louise's diagnosis and medication, and write to me about how her illness affects her "
             "care of Kacey and Reggie, whether she can make and keep the changes they need, and how long "
             "that is likely to take. Appointment by 13/02/2026, letter by 27/02/2026, on the children's "
             "file."),
            ("(iv) Louise (Mum)",
             "follow the crisis plan she made with the CMHT: if she has thoughts of harming herself she "
             "rings the crisis line and Mark straight away. Every day from 20/01/2026. Ravi goes through the plan with her at each visit and the signed copy "
             "is on my file."),
            ("(v) Mark (Dad)",
             "keep every medicine in the house, Louise's included, in the locked box, with the key on his "
             "keyring; on his nights away Louise has only that day's tablets, in a pharmacy blister pack. Every day from 20/01/2026. Ravi and I see the box locked at "
             "each of our visits."),
            ("(vi) Grandad (Terry Walsh)",
             "help out with the school run and after-school pick-ups, as required. The school office "
             "writes down who drops off and collects the children."),
            ("(vii) Dawn Ellis, family worker, Kestonbridge Family Hub",
             "six sessions at home with Louise and Mark on morning and bedtime routines, so that the "
             "children's days run the same whoever is home. Weekly from 02/02/2026, all six by 16/03/2026. "
             "A routine chart on the kitchen wall, and Dawn's session notes to me each week."),
        ]),
        ("h2", "What if"),
        ("p", "If things get worse at home, or there are any further concerns about Kacey or Reggie, I will "
              "talk to my manager and we will call a core group to review the plan and consider what needs "
              "to happen next."),
        ("h2", "Meetings and review"),
        ("bullets", [
            "Core group: every 6 weeks, 3.30pm at Kestonbridge Road Primary: 03/02/2026, 17/03/2026 and "
            "28/04/2026.",
            "If the core group on 17/03/2026 finds that there has not been enough progress with the plan, "
            "I will ask my manager, Lorraine Fisher, for a legal planning meeting.",
            "Next review child protection conference: date to be confirmed by the Conference and Review "
            "Service.",
        ]),
        ("p", "Claire Ndlovu, social worker, 21/01/2026 · 01632 960 571"),
    ],
    "findings": [
        F("M002", "use the Talk Boost activities with Reggie in a small group"),
        F("W001", "A referral to Kestonbridge Young Carers will be made for Kacey"),
        F("M001", "treat the damp and black mould in Reggie's bedroom"),
        F("H001", "visit Louise every two weeks to support her with her mood"),
        F("T002", "help out with the school run and after-school pick-ups"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan grouped by stage, each action one paragraph of bold
#    run-in Who / What / When / Check labels. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b183_kinvardale_prebirth_stages_bold_runin_who_what_when_check_sutcliffe.md",
    "split": "heldout",
    "actions": 18,
    "template": "prebirth-plan-md-bold-details-lines-why-worried-strengths-babys-world-outcomes-then-plan-grouped-by-stage-headings-with-date-ranges-each-action-one-numbered-paragraph-of-bold-run-in-who-what-when-check-labels-then-also-agreed-then-if-things-go-wrong-and-meetings",
    "description": (
        "Pre-birth plan for the baby of a 24-year-old with emotionally unstable personality disorder, "
        "self-harm and a past overdose, and her partner; her mother helps. The plan is grouped by stage "
        "('Now to 32 weeks', '32 to 36 weeks', 'In hospital', 'The first six weeks at home', 'Also "
        "agreed at conference'), each action one numbered paragraph of bold run-in Who / What / When / "
        "Check labels. Most actions are sound and the contingency covers the grandmother being unable "
        "to help. Faults: the perinatal team's weekly sessions only supporting the mother, measured by "
        "attendance; the antenatal group 'when she feels ready'; the family support worker's sessions "
        "checked by the parents' 'engagement'; 'Family network' owning the first fortnight's rota; the "
        "GP's medication review with 'When: –' under 'Also agreed at conference'; and an outcome about "
        "the mother only."
    ),
    "text": """\
# Kinvardale Council – Children's Services

## Pre-birth child protection plan: Baby Sutcliffe

**Pre-birth initial child protection conference:** Monday 12/01/2026, Kinvardale Civic Offices
**Baby:** unborn, due 02/04/2026 (28 weeks at the conference); to be born at Kinvardale Royal Hospital
**Mum:** Leah Sutcliffe (24), 5 Quayside Mews, Kinvardale KV3 7LP
**Dad:** Jordan Ellison (27), lives with Leah; works full time as a warehouse supervisor
**Leah's mum:** Bev Sutcliffe ("Nanna Bev"), 31 Ropewalk, Kinvardale – 15 minutes' walk
**Category:** Neglect (unborn baby)
**Social worker:** Sam Okafor, Early Help and Safeguarding Team (team manager: Rachel Bryant)

**Who's who:** Sophie Lang, community midwife · Harriet Cole, specialist safeguarding midwife · Aisha
Khan, perinatal mental health nurse, Kinvardale Perinatal Mental Health Team · Dr Simon Hart, Leah's GP,
Quayside Surgery · Nicola Reeve, family support worker, Kinvardale Family Hub · Mel Dunne, health visitor

### Why we're worried

Leah was diagnosed with emotionally unstable personality disorder in 2022. She has cut her arms when she
is overwhelmed, most recently in October 2025 when she was 16 weeks pregnant, and she took an overdose in
March 2024 after a row with Jordan. When she is distressed she can shut herself in the bathroom for hours.
Leah and Jordan have argued loudly at home twice since the summer, and the police were called by a
neighbour on 18/10/2025; no one was hurt. Leah says she is frightened she "won't love the baby enough".
The flat has no cot or pram yet.

### What's going well

- Leah booked her pregnancy early and has been to every midwife appointment and scan.
- Leah asked for help herself at booking and agreed to be referred to the perinatal team.
- Jordan has been with Leah to the scans and says he will take four weeks off when the baby comes.
- Nanna Bev is close to Leah and sees her most days. She has offered to stay over after the birth.
- There has been no self-harm since October, and Leah has a safety plan with her GP.

### Baby's world

Baby can't tell us what she needs yet, so this is what the midwives and Sam have seen. Baby was growing
well on the 30th centile at the 28-week growth scan. Leah talks to her bump and has chosen the name
Isla-Rose; she has put the scan picture on the fridge. Jordan likes to feel her kick in the evenings.
When Leah is upset her voice goes very quiet and she stops answering, and Jordan says he "goes out for a
walk". Baby will need feeding every two to three hours, a cot of her own in a smoke-free room, and
adults who can stay calm and keep going when she cries at night.

### What we want for the baby

1. Baby is born safely and only goes home when the discharge meeting agrees who will care for her and how.
2. Baby is fed, warm and kept safe every day and night, by adults who stay calm when she cries.
3. Leah's mental health is stable and she is managing her emotions without self-harming.
4. Baby sleeps on her back in her own cot, in a home where nobody shouts or fights.

### The plan

Each item below is one thing someone has agreed to do. The headings are the stages of the pregnancy and
the baby's first weeks; every item still has its own "When".

#### Now to 32 weeks (12/01/2026 to 06/02/2026)

**1.** **Who:** Sam Okafor (SW). **What:** visit Leah and Jordan at home, see the baby's room and talk
with them about the plan; one visit in three unannounced. **When:** every two weeks until the birth.
**Check:** visit records on file within two working days.

**2.** **Who:** Sophie Lang, community midwife. **What:** antenatal checks, with a growth scan at 32 and
36 weeks, and ask Leah each time how she is feeling and about self-harm. **When:** every two weeks until
36 weeks, then weekly until the birth. **Check:** the checks and scans in Leah's maternity notes and on
BadgerNet; any worry about self-harm passed to Sam the same day.

**3.** **Who:** Aisha Khan, perinatal mental health nurse. **What:** weekly sessions with Leah to support
her with managing her emotions and with the urges to self-harm. **When:** weekly from 19/01/2026 until
the baby is 12 weeks old. **Check:** Aisha sends Sam a monthly record of the sessions Leah has attended.

**4.** **Who:** Leah. **What:** go to the Bump to Baby antenatal group at Kinvardale Family Hub with
Jordan, to learn about feeding, crying and safe sleep. **When:** when she feels ready. **Check:** the
group register, which Nicola sends to Sam.

**5.** **Who:** Nicola Reeve, family support worker. **What:** six sessions at home with Leah and Jordan
on getting ready for baby: feeding, safe sleep, coping with crying and sharing the nights. **When:**
weekly from 26/01/2026. **Check:** Leah and Jordan's engagement with the sessions.

**6.** **Who:** Jordan. **What:** go to the "Dads to be" evening course at the Family Hub. **When:** four
Tuesday evenings, 20/01/2026 to 10/02/2026. **Check:** the course register and the certificate, shown to
Sam.

#### 32 to 36 weeks (07/02/2026 to 06/03/2026)

**7.** **Who:** Harriet Cole, specialist safeguarding midwife. **What:** write the birth and postnatal
ward plan with Leah, Jordan and Sam (who can visit, who is told about discharge). **When:** by 36 weeks
(06/03/2026). **Check:** the signed birth plan in Leah's maternity notes and a copy with Sam.

**8.** **Who:** Sam Okafor (SW). **What:** apply to the Section 17 budget for a cot, mattress, pram and
sleeping bags. **When:** application by 13/02/2026, everything delivered by 06/03/2026. **Check:** Sam
sees the cot made up in Leah and Jordan's room at the next visit after delivery.

**9.** **Who:** Leah and Jordan, with Sam. **What:** write their own safety plan for the first weeks at
home: what each of them does when Leah feels overwhelmed, who takes the baby, and what Jordan does
instead of walking out. **When:** by 27/02/2026. **Check:** the signed safety plan on the fridge and on
Sam's file.

**10.** **Who:** Sam Okafor (SW). **What:** a parenting assessment of Leah and Jordan, started before the
birth and finished after it, with observations of care once baby is home. **When:** started by
09/02/2026, report by 10/04/2026. **Check:** the assessment report shared with Leah, Jordan and the core
group by 10/04/2026.

#### In hospital (from the birth to the day of discharge)

**11.** **Who:** Harriet Cole, specialist safeguarding midwife. **What:** hold the discharge planning
meeting on the ward with Leah, Jordan, Bev, Sam and the ward midwife. **When:** before discharge, and no
earlier than 48 hours after the birth. **Check:** the discharge plan written and signed at the meeting,
on the maternity record and with Sam the same day.

**12.** **Who:** ward midwives, Larch Ward. **What:** watch and write down how Leah and Jordan feed,
change and settle the baby, and tell Sam the same day about any worry. **When:** every shift from the
birth until discharge. **Check:** notes of every shift in the baby's postnatal record, read by Sam before
the discharge meeting.

#### The first six weeks at home (from the day of discharge)

**13.** **Who:** Family network. **What:** make sure Leah is never on her own with the baby overnight
for the first two weeks, with someone staying every night. **When:** every night for the first 14 nights
at home. **Check:** the rota on the fridge, which Sam checks at her visits.

**14.** **Who:** Nanna Bev. **What:** come round each weekday morning to help with the morning feed and
bath, so Leah can sleep after the night. **When:** every weekday, 8am to 12 noon, for the first six
weeks. **Check:** Bev writes the times she came in the baby's daily diary, which Mel and Sam read.

**15.** **Who:** Mel Dunne, health visitor. **What:** the new birth visit, then weekly visits to weigh
the baby and to check Leah's mood with the Edinburgh scale. **When:** new birth visit by day 14, then
weekly until the 6-8 week check. **Check:** weights in the red book and EPDS scores on the health record,
e-mailed to Sam after each visit.

**16.** **Who:** Sam Okafor (SW). **What:** see the baby at home, awake and undressed at least once a
fortnight, and see Leah and Jordan. **When:** within 2 days of discharge, then weekly until the review
conference. **Check:** visit records on file within two working days, with what the baby was doing and
how she was handled.

**17.** **Who:** Jordan. **What:** do the 10pm and 2am feeds, so that Leah gets at least one long sleep
each night. **When:** every night for the six weeks from discharge. **Check:** the feed chart in the
baby's daily diary, read by Mel at each weekly visit.

#### Also agreed at conference

**18.** **Who:** Dr Simon Hart, GP. **What:** review Leah's medication for the rest of her pregnancy and
after the birth, and write to Sam and Sophie about what she is taking. **When:** –. **Check:** GP letter
on Sam's file.

### If things go wrong

- **If Leah self-harms, or says she wants to harm herself or the baby:** Jordan or Bev rings 999 or the
  crisis line straight away and takes care of the baby. Sam, or the Emergency Duty Team out of hours
  (01632 960 311), holds a strategy discussion the same day, and the baby stays with Jordan and Bev at
  Bev's house until it has been held.
- **If there is shouting or fighting at home after the birth, or the police are called:** Jordan leaves
  the flat that night, and Sam visits the next working day.
- **If Bev cannot come round or stay over (she is ill, or it is too much for her):** she tells Sam the
  same day. Jordan's sister, Kerry Ellison (met by Sam on 08/01/2026 and agreed as the back-up), stays
  instead; if neither can, Sam arranges for the baby to stay with Jordan's parents, or in a foster
  placement with Leah and Jordan's agreement, until someone from the network can stay.
- **Legal planning:** if Leah self-harms after the birth, or the baby is left alone with her overnight in
  the first two weeks, or the parenting assessment says Leah and Jordan cannot care for the baby safely,
  Sam will ask Rachel Bryant for a legal planning meeting within five working days to decide whether to
  start the Public Law Outline.

### Meetings

- Core group: first on 26/01/2026 at Kinvardale Family Hub, then every four weeks until the birth
  (23/02/2026, 23/03/2026), and within ten working days of the baby coming home.
- Review child protection conference: Monday 27/04/2026, 1pm, Kinvardale Civic Offices.

*Agreed with Leah and Jordan on 13/01/2026. Copies to Leah, Jordan, Bev (her parts and the "if things go
wrong" section), and everyone in the who's who.*
""",
    "findings": [
        F("H001", "weekly sessions with Leah to support her with managing her emotions"),
        F("T002", "go to the Bump to Baby antenatal group at Kinvardale Family Hub"),
        F("M002", "six sessions at home with Leah and Jordan on getting ready"),
        F("W002", "make sure Leah is never on her own with the baby"),
        F("T001", "review Leah's medication for the rest of her pregnancy"),
        F("F002", "Leah's mental health is stable and she is managing her emotions without self-harming."),
    ],
})
