"""Batch 75, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services,
councils, schools and hospitals. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: layouts a case system or a council template might produce - a paged
PDF export with labelled ACTION / WHO / BY WHEN / HOW WILL WE KNOW lines and a
family moving to another council; a multi-level numbered plan (1 / 1.1 / a)
with actions under theme headings; a bilingual plan whose child's voice,
contingency and meeting sections have unusual headings; core group minutes
with a done-actions table and a new action log; a child's own first-person
"my plan"; a Signs of Safety plan with a danger statement and safety goals;
and a pre-birth plan where the mother is under a perinatal mental health team
and the father under a recovery service. Two plans are exemplary.
"""
from build_batch5 import F

PLANS = []


def _item(n, total, action, who, when, how):
    """One plan item as the CareFrame export prints it: a status line, then labelled lines."""
    return [
        ("pl", f"Item {n:02d} of {total} · Status: Open"),
        ("kv", [("ACTION", action), ("WHO", who), ("BY WHEN", when), ("HOW WILL WE KNOW", how)]),
    ]


# ---------------------------------------------------------------------------
# 1. Case-system PDF export: each plan item printed as labelled lines
#    (ACTION / WHO / BY WHEN / HOW WILL WE KNOW); family moving to another
#    council; header and page footer on every page
# ---------------------------------------------------------------------------
_P1_ITEMS = [
    ("See Tyler and Maisie at home, talk to Tyler on his own, and check there is food in the kitchen and "
     "dry, clean bedding on both beds",
     "SW Hollie Marchetti",
     "Every two weeks, and keep visiting until the transfer-in conference in Corbenmouth",
     "Visit records note what Tyler says, what food was in the cupboards and the state of the beds"),
    ("Take Maisie to her rebooked dental check and hearing test at Culvermere Community Clinic",
     "Shannon Brannigan",
     "Thursday 24/07/2025",
     "Clinic letters seen by the HV; any follow-up appointment sent to the SW"),
    ("Continue supportive sessions with Shannon for her low mood, and help her to keep taking her "
     "medication",
     "Kerry Osei, care coordinator, Culvermere Community Mental Health Team",
     "Every two weeks at home",
     "Attendance at sessions recorded in the CMHT diary"),
    ("Review Shannon's sertraline and write to the SW about how her mood is affecting her care of Tyler "
     "and Maisie",
     "Dr Nadia Fairbairn, GP, Cindermill Surgery",
     "By Friday 11/07/2025",
     "GP letter on the children's file"),
    ("Young carer's assessment for Tyler - on hold until the family has moved, when Corbenmouth Young "
     "Carers will be asked to take it on",
     "SW Hollie Marchetti",
     "After the move",
     "Assessment shared with Tyler, Shannon and his new school"),
    ("Parenting assessment of Shannon, looking at mornings, meals and school routines, to be completed by "
     "the Corbenmouth social worker once the case has transferred",
     "Corbenmouth County Council Children's Services",
     "Following transfer",
     "Written assessment report shared with Shannon and the core group"),
    ("Tell the SW on the same day about any worry that Tyler or Maisie is hungry, unwashed or collected "
     "late",
     "Core group",
     "Same day",
     "Each worry logged on CareFrame by the SW"),
    ("Help Shannon plan the move: a school place for Tyler, a nursery place for Maisie and registering "
     "all three of them with a GP in Corbenmouth",
     "FSW Lorna Baptiste",
     "As and when",
     "School, nursery and GP places confirmed in writing"),
    ("Keyworker sessions with Maisie on her speech, using the nursery's small-group talking programme",
     "Chloe Vance, keyworker, Little Cygnets Nursery",
     "Every Tuesday and Thursday session",
     "Improvement in Maisie's speech"),
    ("Maisie's 4-year health review, including height, weight and an ASQ-3",
     "HV Gemma Rourke",
     "By 31/07/2025",
     "-"),
    ("Apply for a Discretionary Housing Payment to clear the rent arrears on Cobwell Road",
     "Shannon Brannigan, with FSW Lorna Baptiste",
     "-",
     "DHP decision letter seen by the FSW"),
]

_p1_blocks = [
    ("title", "Child Protection Plan"),
    ("p", "Culvermere Borough Council · Children's Services · CareFrame plan export · printed 12/06/2025 "
          "14:02 by HMARCHETTI"),
    ("h1", "1. Case details"),
    ("kv", [
        ("Children", "Tyler Brannigan (9), Year 4, Cresset Lane Primary; Maisie Brannigan (4), Little Cygnets "
                     "Nursery, mornings"),
        ("Mother", "Shannon Brannigan (28). The children live with her at 41 Cobwell Road, Culvermere."),
        ("Fathers", "Tyler's father, Jamie Sloan, has had no contact since 2019. Maisie's father, Kieran "
                    "Doherty, sees her every other Sunday at his flat in Culvermere."),
        ("Planned move", "Shannon has accepted a housing association tenancy in Corbenmouth, near her mother, "
                         "Denise Brannigan. The expected moving date is Monday 18/08/2025. Corbenmouth County "
                         "Council has been told and will receive the case under the transfer-in procedure."),
        ("Conference", "Initial child protection conference, Tuesday 10/06/2025"),
        ("Category", "Neglect"),
        ("Allocated social worker", "Hollie Marchetti, Culvermere Assessment and Safeguarding Team"),
        ("Chair", "Adebayo Ogunleye, Independent Chair"),
    ]),
    ("h1", "2. Reason for plan"),
    ("p", "Since the winter Shannon's depression has come back and she has spent most days in bed. Tyler has "
          "been getting himself and Maisie up and dressed and has been late to school 23 times since January. "
          "On three of the SW's visits there was no food in the house apart from cereal, and both children's "
          "beds were wet and unmade. Maisie has missed two dental appointments and her hearing test, and "
          "nursery have noticed she often arrives in the clothes she wore the day before. Shannon is open to "
          "the Culvermere Community Mental Health Team and takes sertraline. She was honest at conference "
          "about how hard things have been and said the move is \"a fresh start, with Mum round the "
          "corner\"."),
    ("h1", "3. Children's views"),
    ("p", "Tyler (seen on his own at school, 04/06/2025): \"I do Maisie's breakfast because Mum's tired. I'm "
          "good at it.\" He said he gets told off for being late, that he does not want to move school "
          "\"because of my mates\", but that he is looking forward to living near his nan. He drew himself "
          "as a superhero carrying the shopping."),
    ("p", "Maisie (seen at home and at nursery): she talks in short sentences and is shy with new adults. At "
          "nursery she goes straight to the snack table when she arrives and hides behind Tyler at "
          "collection. She calls him \"my Ty\" and follows him from room to room at home."),
    ("h1", "4. Planned outcomes"),
    ("bullets", [
        "Tyler and Maisie have breakfast and tea every day, and clean clothes and dry beds.",
        "Tyler gets to school on time and is not the one getting Maisie ready in the morning.",
        "Maisie's hearing, teeth and development are checked and any help she needs is in place.",
        "Shannon's mood lifts and she feels able to cope with the move to Corbenmouth.",
        "The children's new school, nursery and GP know them and their plan before they arrive.",
    ]),
    ("h1", "5. Plan items"),
]
for _n, _it in enumerate(_P1_ITEMS, start=1):
    _p1_blocks.extend(_item(_n, len(_P1_ITEMS), *_it))
_p1_blocks += [
    ("h1", "6. Contingency"),
    ("p", "If the situation at home deteriorates, or there are further concerns about the children's care "
          "before the move, the SW will discuss the case with her team manager and the core group will "
          "consider what further steps are needed, including escalation."),
    ("h1", "7. Meetings"),
    ("p", "Core group every 4 weeks at Cresset Lane Primary, 3.30pm: Tuesday 24/06/2025 and Tuesday "
          "22/07/2025."),
    ("p", "Review child protection conference: Tuesday 02/09/2025, 10am, Culvermere Civic Centre. If the "
          "family has moved by then, Corbenmouth County Council will hold a transfer-in conference within 15 "
          "working days of the move, and this plan stays in force until it does."),
    ("pl", "End of export. 11 plan items."),
]

PLANS.append({
    "name": "b75_culvermere_careframe_export_labelled_lines_brannigan.pdf",
    "doc_title": "Child Protection Plan - Tyler and Maisie Brannigan",
    "split": "tune",
    "actions": 11,
    "template": "icpc-case-system-pdf-export-header-footer-item-status-line-then-action-who-by-when-how-will-we-know-labelled-lines-family-moving-council",
    "description": (
        "CareFrame export of an initial conference plan for a 9-year-old and a 4-year-old (neglect, mother's "
        "depression under the CMHT), the family due to move to Corbenmouth. Each plan item is a status line "
        "then ACTION / WHO / BY WHEN / HOW WILL WE KNOW lines. Faults: two items put off or handed to the "
        "receiving council until the case transfers (X001) beside SW visits that carry on until the "
        "transfer-in conference (not X001); the CMHT only supports (H001; the GP row is never H001); 'Core "
        "group' as owner (W002); 'As and when' (T002); '-' as the only timescale (T001); 'Improvement in "
        "Maisie's speech' (M002); '-' as measure (M001); an outcome about the mother's mood only (F002); a "
        "contingency of 'further concerns ... consider ... escalation' (C002) with no legal step (R002). "
        "Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Culvermere Borough Council · CareFrame",
    "footer": "CP plan – Tyler and Maisie Brannigan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _p1_blocks,
    "findings": [
        F("H001", "Continue supportive sessions with Shannon for her low mood"),
        F("X001", "Young carer's assessment for Tyler - on hold until"),
        F("X001", "to be completed by the Corbenmouth social worker once the case"),
        F("W002", "about any worry that Tyler or Maisie is hungry"),
        F("T002", "Help Shannon plan the move: a school place for Tyler"),
        F("M002", "Keyworker sessions with Maisie on her speech"),
        F("M001", "Maisie's 4-year health review, including height, weight"),
        F("T001", "Apply for a Discretionary Housing Payment to clear the rent arrears"),
        F("F002", "Shannon's mood lifts and she feels able to cope with the move to Corbenmouth."),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Multi-level numbered plan (1 / 1.1 / a) in one real Word list, actions
#    under theme and sub-theme headings (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_cranmoss_outline_numbered_themes_penrose.docx",
    "doc_title": "Child Protection Plan - Isla Penrose",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-docx-kv-details-then-one-word-multilevel-list-1-1.1-a-theme-and-subtheme-headings-with-one-sentence-actions-at-third-level",
    "description": (
        "Initial conference plan for a 5-year-old whose mother has bipolar disorder, stopped her lithium and "
        "left her alone at night (neglect). The plan is one real Word multi-level list: bold themes (1), "
        "bold sub-themes (1.1) and one-sentence actions at the third level (a, b, c), each naming who, "
        "when and what will show it. The CMHT psychiatrist and care coordinator both report on whether the "
        "mother is making the changes needed; the grandmother's school runs and evening calls have a "
        "fallback in the contingency; child's words, outcomes for the child, core group dates, review "
        "date and legal step are all set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cranmoss City Council | Children's Services | Family Safeguarding Team 2"),
        ("kv", [
            ("Child", "Isla Penrose, born 14/02/2020 (5), Reception class, Cairnbrook Primary"),
            ("Mother", "Jess Penrose (31). Isla lives with her at 7 Corn Exchange Yard, Cranmoss."),
            ("Father", "Mark Tolley lives in Cullenby and sees Isla one Saturday a month; he is not a carer."),
            ("Grandmother", "Wendy Penrose (62), Jess's mother, 12 Cooper's Walk, Cranmoss, five minutes' "
                            "walk away"),
            ("Conference", "Initial child protection conference, Tuesday 03/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Tom Adeyemi-Clark"),
            ("Chair", "Rachel Imrie"),
        ]),
        ("h1", "Why Isla has a plan"),
        ("p", "Jess has bipolar affective disorder and has been under the Cranmoss Community Mental Health Team "
              "(CMHT) since 2019. She stopped taking her lithium in March without telling anyone. On the night "
              "of 26 April she left Isla asleep alone in the flat for about three hours while she walked into "
              "town; a neighbour heard Isla crying and called the police. In the weeks before, Isla was late "
              "for school on 14 days and twice was not collected until after 4pm. Jess spent 12 days on Larch "
              "Ward at Cranmoss General Hospital and Isla stayed with Wendy. Jess has been home since 9 May, is "
              "back on lithium, and told conference she wants to understand her warning signs so that it "
              "\"never happens to Isla again\"."),
        ("h1", "Isla's world"),
        ("p", "Isla was seen at home on 21 May and at school on 28 May. She told Tom that \"Mummy went away to "
              "get better\" and that she liked sleeping at Nanna's \"because she has a cat and leaves the "
              "landing light on\". She does not like it \"when Mummy talks really fast and doesn't go to "
              "bed\". Asked for three wishes, she said: \"Mummy to walk me to school, Nanna to come for tea, "
              "and a trampoline.\" Her teacher says Isla is chatty in class and loves the role-play corner, "
              "and that since April she has started asking at home time whether Mummy is coming."),
        ("h1", "What we want for Isla"),
        ("bullets", [
            "Isla is never left alone, day or night, and there is always an adult well enough to look after "
            "her.",
            "Isla gets to school on time every day and is collected at 3.15pm by an adult she knows.",
            "Isla is cared for by a mum whose mental health is stable enough to keep her routines going, and "
            "if Jess becomes unwell Isla is looked after by someone safe straight away.",
            "Isla can talk about her worries about Mummy with an adult she trusts.",
        ]),
        ("h1", "The plan"),
        ("mlist", [
            (0, "Keeping Isla safe at home"),
            (1, "If Jess starts to become unwell"),
            (2, "Tom will sit down with Jess to write her relapse plan, listing her early warning signs and who "
                "looks after Isla at each stage, by the first core group on 17/06/2025, with signed copies on "
                "Jess's fridge, at Wendy's house, with the CMHT and on Isla's file."),
            (2, "Wendy will ring Jess every evening at 7pm and, if she hears any warning sign from the relapse "
                "plan, call the CMHT duty line that night; she will note each evening's call in the diary Tom "
                "checks at each visit."),
            (1, "Day-to-day care"),
            (2, "Tom Adeyemi-Clark (SW) will visit weekly until the review conference, at least one visit in "
                "three unannounced, seeing Isla on her own and looking at her bedroom and the food in the "
                "kitchen, and his visit records will set out what Isla said and what he saw."),
            (2, "Aisha Rahman, family support worker, will do six weekly home sessions with Jess on Isla's "
                "bedtime and morning routines from w/c 16/06/2025, and the routine chart Jess and Isla fill in "
                "together will be checked at each session."),
            (2, "Wendy will take Isla to school on Monday, Wednesday and Friday mornings until the summer "
                "holidays while Jess's medication is being adjusted, and the school gate log will show who "
                "brought her."),
            (0, "Jess's health"),
            (1, "Assessment and treatment"),
            (2, "Dr Priya Nandakumar, consultant psychiatrist, Cranmoss CMHT, will review Jess's lithium and "
                "relapse risk by 30/06/2025 and write to Tom on whether Jess is making the changes needed to "
                "stay well and care for Isla, and how long that is likely to take."),
            (2, "Lee Hargreaves, CMHT care coordinator, will see Jess at home every two weeks and, before each core group, send Tom a "
                "written update on her mood and lithium levels and on whether she is making the changes her "
                "relapse plan asks of her while caring for Isla."),
            (2, "Jess will have her lithium level checked at the Cranmoss General phlebotomy clinic every four "
                "weeks so that she stays well enough to look after Isla, and the results will be sent to the "
                "CMHT and shared with Tom."),
            (0, "Isla at school, her health and her feelings"),
            (1, "School"),
            (2, "Mrs Helen Corrigan, DSL at Cairnbrook Primary, will see Isla every Monday morning for a "
                "ten-minute check-in, record it on the school safeguarding log and pass anything Isla says "
                "about home to Tom the same day."),
            (2, "Mrs Corrigan will email Tom Isla's attendance and late marks every Friday until the review "
                "conference, and the printouts will show her in by 8.50am on at least four days in five."),
            (1, "Health and feelings"),
            (2, "Bev Ashdown, school nurse, will complete Isla's height, weight, hearing and vision checks by "
                "18/07/2025 and send the results to Tom and the GP."),
            (2, "Tom will do the three houses exercise with Isla twice before the review conference, and her "
                "drawings and words will be shared at the core group that follows each one."),
        ]),
        ("h1", "If things start to go wrong"),
        ("p", "If Jess shows two or more of the warning signs in her relapse plan, stops her lithium, or Isla is "
              "left alone or not collected from school, Wendy will collect Isla and keep her at 12 Cooper's "
              "Walk, the CMHT crisis team will be asked to see Jess that day, and Tom (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Wendy cannot do the school runs or the evening calls because she is ill or away, she will "
              "tell Tom beforehand: Aisha will do the school run on those mornings and Tom will ring Jess at "
              "7pm. If Wendy cannot look after Isla in an emergency, Isla will stay with her aunt, Chloe "
              "Penrose, in Cranmoss, and if neither of them can, Tom will arrange a foster placement that day."),
        ("p", "If Jess stops her lithium again, or Isla is left alone again, before the review conference, Tom "
              "will ask his team manager for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Cairnbrook Primary, 3.30pm: 17/06/2025, 15/07/2025 and 12/08/2025.",
            "Review child protection conference: Thursday 28/08/2025, 10am, Cranmoss Civic Centre.",
        ]),
        ("p", "Plan written by Tom Adeyemi-Clark (SW) and sent to Jess, Wendy, Mark and every agency on "
              "05/06/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Bilingual (Welsh / English) plan whose child's voice, contingency and
#    meetings sections have unusual headings (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_caerwenlli_bilingual_unusual_headings_pritchard.md",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Gwen and Osian Pritchard",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-bilingual-welsh-english-headings-child-voice-contingency-and-meetings-under-unusual-headings-bold-owner-bullets",
    "description": (
        "Initial conference plan for an 8-year-old and a 3-year-old (father's drinking, drink-driving with "
        "the children in the car) from a bilingual council. Headings are Welsh / English and the child's "
        "voice ('O'r galon / From the heart'), contingency ('Cynllun B / Plan B') and meetings ('Calendr / "
        "Calendar') are recognisable only by what they say. Bold-owner bullets. Faults: 'ongoing' as the "
        "only time of the mother's parents' group (T002); 'when she is able' (T002); an assessment with no "
        "time (T001); 'keep an eye on' (M002); a passive bullet (W001); 'The family' as owner (W002); the "
        "father's drinking recorded but only he owns the alcohol work (F004); grandparents supervise "
        "contact but Plan B does not say what happens if they cannot (C003)."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan

**Cyngor Sir Caerwenlli / Caerwenlli County Council** · Gwasanaethau Plant / Children's Services

**Plant / Children:** Gwen Pritchard (8), Blwyddyn 3 / Year 3, Ysgol Gynradd Caerwenlli; Osian Pritchard (3), at home
**Rhieni / Parents:** Sian Pritchard (34), 5 Clos Celyn, Caerwenlli; Rhodri Pritchard (37), staying with his parents at Cwrt Isaf, Caerwenlli
**Cynhadledd / Conference:** initial child protection conference, Tuesday 9 September 2025
**Categori / Category:** Neglect
**Gweithiwr cymdeithasol / Social worker:** Elin Morgan
**Cadeirydd / Chair:** Huw Bevan

## Pwy ydym ni / Who we are

Gwen and Osian live with their mum, Sian, in Clos Celyn. Their dad, Rhodri, moved out in August and is
living with his parents, Glenys and Emyr Pritchard (Nain and Taid), at Cwrt Isaf farm on the edge of
Caerwenlli. The family speak Welsh at home. Gwen is fluent in both languages and Osian mostly speaks Welsh.

## Pryderon / Worries

Rhodri has been drinking heavily for about two years, mostly cider and vodka. On 16 August he drove Gwen
and Osian home from the beach after drinking and was stopped by the police; he was over the limit and has
been charged. There have been loud arguments at home when he has been drinking, and Gwen has told her
teacher that she hides in the airing cupboard with Osian when it happens. Sian has no history of mental
health difficulties and does not drink; she asked Rhodri to leave after the police stop. Osian's speech is
behind for his age and his two-year check was missed in the spring.

## Beth sy'n gweithio'n dda / What's working well

Sian acted quickly to protect the children and has kept every appointment since August. Nain and Taid see
the children most days and have offered to supervise Rhodri's time with them. Rhodri told conference that
he knows he has a problem with drink and wants to be "the dad Gwen deserves".

## O'r galon / From the heart

Gwen picked this heading. She met Elin at school twice in September and wrote on her worries sheet:
"Dwi'n caru Dad ond dim pan mae o wedi yfed" - "I love Dad but not when he's been drinking." She said the
car "went all wobbly" on the way back from the beach and that she held Osian's hand the whole time. She
likes Brownies, drawing horses and feeding Taid's lambs, and she wants to see Dad "at Nain's, where it's
calm". Osian was seen at home and at Nain's: he showed Elin his tractors, chattered in Welsh and ran to
Taid at the door. Sian says he still wakes most nights and comes into her bed.

## Beth rydym eisiau / What we want for Gwen and Osian

- Gwen and Osian are never in a car with a driver who has been drinking, and are never looked after by Dad when he has been drinking.
- Gwen does not have to hide or look after Osian when adults argue, and she tells us she feels safe at home and at Nain's.
- Osian's speech is assessed and he gets the help he needs before he starts nursery in January.
- Gwen and Osian see their dad often, in a way that is calm and safe.

## Y cynllun / The plan

- **Elin Morgan (SW)** will visit Clos Celyn every week until the review conference, see Gwen on her own and Osian awake, and write down what Gwen says in her visit notes.
- **Rhodri** will go to the Caerwenlli Alcohol Service drop-in for an assessment and then to weekly key-work sessions, and will show Elin his appointment card each time she sees him.
- **Nain and Taid (Glenys and Emyr Pritchard)** will supervise all of Rhodri's time with Gwen and Osian at Cwrt Isaf on Wednesdays after school and on Saturday mornings, and sign the contact book each time.
- **Glenys Pritchard (PGM)** will collect Gwen from school every Thursday and give her tea, so that Sian can take Osian to his speech sessions; the school's collection log will show who collected her.
- **Sian** will take Osian to the speech and language therapy drop-in at Cwrt Celyn Children's Centre every Thursday at 3.30pm, and the therapist's notes will show him seen.
- **Sian** will book Gwen's eye test at Caerwenlli Opticians when she is able, and show Elin the new prescription.
- **Elin (SW)** will complete a child and family assessment, including Sian's and Rhodri's views, and share the written report with both parents and the core group.
- **Mrs Non Evans (DSL, Ysgol Gynradd Caerwenlli)** will keep an eye on Gwen in class and at playtime every day.
- Osian's two-year health review will be rebooked and done at home by 31 October, with the ASQ-3 scores shared with Elin.
- **The family** will make sure Rhodri is never alone with Gwen or Osian and tell Elin the same day if he comes to Clos Celyn after drinking; each time goes in the contact book.
- **Sian** will keep going to the parents' group at Cwrt Celyn Children's Centre, ongoing, and the group's attendance sheet will show her there.
- **PC Dafydd Rees, Heddlu Caerwenlli / Caerwenlli Police** will tell Elin within 24 hours of any call-out to Clos Celyn or Cwrt Isaf, and Elin will log each one on the children's file.

## Cynllun B / Plan B

Os bydd Rhodri yn dod i Glos Celyn ar ôl yfed, bydd Sian yn ffonio 999.

If Rhodri comes to Clos Celyn after drinking, or drives with either child in the car, Sian will ring 999
and Elin (or the out-of-hours team) will hold a strategy discussion the same day; Rhodri's time with the
children will stop until it has been held. If Rhodri drinks before or during his time with the children
twice before the review conference, Elin will ask her manager for a legal planning meeting within 5
working days.

## Calendr / Calendar

- Grŵp craidd / core group: every four weeks at Ysgol Gynradd Caerwenlli, 3.30pm - Tuesday 23 September, 21 October and 18 November 2025.
- Cynhadledd adolygu / review conference: Thursday 4 December 2025, 10am, Neuadd y Sir, Caerwenlli.

*Cynllun wedi'i ysgrifennu gan / Plan written by Elin Morgan (SW), 11 September 2025. Copies in Welsh and English to Sian, Rhodri and every agency.*
""",
    "findings": [
        F("T002", "keep going to the parents' group at Cwrt Celyn Children's Centre"),
        F("T002", "book Gwen's eye test at Caerwenlli Opticians when she is able"),
        F("T001", "will complete a child and family assessment, including Sian's and Rhodri's views"),
        F("M002", "will keep an eye on Gwen in class and at playtime"),
        F("W001", "Osian's two-year health review will be rebooked and done at home"),
        F("W002", "will make sure Rhodri is never alone with Gwen or Osian"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes: agency updates, a table of last meeting's actions
#    (all done), then a new action log; no outcomes, no child's voice, no
#    contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_clewstow_core_group_minutes_action_log_kowalski.docx",
    "doc_title": "Core Group 3 Minutes - Leo and Zofia Kowalski",
    "split": "tune",
    "actions": 11,
    "template": "core-group-3-minutes-docx-kv-present-apologies-done-actions-table-agency-updates-parent-views-then-no-action-owner-due-how-we-will-know-log",
    "description": (
        "Minutes of the third core group for a 7-year-old and a 2-year-old (neglect; mother's anxiety, "
        "depression and debts). A table of last meeting's actions, all done, is not part of the plan; the "
        "new action log has 11 rows, six of them about the mother's own needs with no link to the children "
        "(F001), including a housing 'transfer' that is not a council transfer. Faults: CBT from Talking "
        "Therapies with no assessment of change (H001; it also means an adult service owns an action, so "
        "no F004); 'Improvement in Maria's confidence' (M002); 'TBC' (T002); an aunt's row with no measure "
        "(M001); 'All professionals' (W002). The minutes record no outcome for the children (O001) and "
        "nothing of what they say or how their days are (F003); there is no contingency (C001) although the "
        "grandmother and aunt carry two actions (C003), and no legal step (R002). Core group frequency and "
        "the review conference date are given."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Clewstow Metropolitan Borough Council · Children's Social Care · Safeguarding Team East"),
        ("kv", [
            ("Children", "Leo Kowalski (7), Year 2, Cinderbank Primary; Zofia Kowalski (2), at home"),
            ("Parent", "Maria Kowalski (32), 14 Cobalt Close, Clewstow"),
            ("Meeting", "Core group 3, Thursday 10/07/2025, 10am, Cinderbank Family Hub"),
            ("Plan", "Child protection plan since the initial conference on 29/04/2025 (category: neglect)"),
            ("Chair", "Daniel Frost, social worker"),
            ("Minutes", "Amy Holt, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Maria Kowalski (mum); Daniel Frost (SW); Mrs Joanne Pike (DSL, Cinderbank Primary); Sasha Greene "
              "(HV); Jodie Marsh (CBT therapist, Clewstow Talking Therapies); Nikki Ross (FSW); Krystyna Nowak "
              "(maternal grandmother)."),
        ("h2", "Apologies"),
        ("p", "Ewa Nowak (maternal aunt); housing officer, Clewstow Homes."),
        ("h2", "1. Actions from core group 2 (10/06/2025)"),
        ("table", {
            "header": ["Action", "Owner", "Status"],
            "widths": [8.0, 3.5, 5.5],
            "rows": [
                ["Referral for Maria to Clewstow Talking Therapies", "SW", "Done – accepted 20/06/2025"],
                ["Book Leo's school dental check", "Maria", "Done – seen 01/07/2025"],
                ["Clear the rubbish from the back garden", "Maria with the FSW", "Done – skip collected 27/06/2025"],
            ],
        }),
        ("h2", "2. Updates"),
        ("p", "Daniel (SW): three visits since the last core group (17/06, 26/06 and 08/07), one unannounced. "
              "The kitchen and living room are much tidier. The back bedroom still has black mould on the "
              "outside wall and the window does not close. Maria has had a final warning letter about rent "
              "arrears of £1,140."),
        ("p", "Mrs Pike (school): Leo's attendance this half-term is 91%, with 6 late marks, all on Mondays. "
              "A breakfast club place is available from 14/07."),
        ("p", "Sasha (HV): Zofia's 2-year review has been cancelled twice and has not yet been done. Her "
              "immunisations are up to date."),
        ("p", "Jodie (Talking Therapies): Maria was assessed on 02/07. Her scores show moderate anxiety and "
              "depression and she has been offered six sessions of CBT."),
        ("p", "Nikki (FSW): has started budgeting work with Maria. Maria would like to move to a flat nearer "
              "her mother."),
        ("p", "Krystyna (grandmother): happy to take Leo to breakfast club on the mornings Maria finds hard. "
              "Ewa has offered, through Krystyna, to have Zofia two days a week."),
        ("h2", "3. Maria's views"),
        ("p", "Maria said she feels less overwhelmed now the garden is cleared, but the money worries are "
              "\"keeping me up at night\". She asked for help with the move and said she wants to get her "
              "confidence back."),
        ("h2", "4. Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.2, 3.8],
            "rows": [
                ["1", "Six sessions of CBT for Maria's anxiety and low mood",
                 "Jodie Marsh, Clewstow Talking Therapies", "Weekly from 15/07/2025",
                 "Sessions attended, recorded on the therapy record"],
                ["2", "Debt advice appointment for Maria at Clewstow Citizens Advice to set up a payment plan "
                      "for her rent arrears",
                 "Maria Kowalski", "By 25/07/2025", "Payment plan letter seen by the SW"],
                ["3", "Support Maria with her application for a housing transfer to a flat nearer her mother",
                 "FSW Nikki Ross", "By the review conference (24/07/2025)",
                 "Transfer application reference on file"],
                ["4", "Attend a GP review of Maria's sertraline",
                 "Maria Kowalski", "Friday 18/07/2025", "GP confirms to the SW that Maria attended"],
                ["5", "Wellbeing and confidence course for Maria at Cinderbank Family Hub",
                 "Maria Kowalski", "Thursday mornings for 6 weeks from 17/07/2025",
                 "Improvement in Maria's confidence"],
                ["6", "Referral for Maria to the Clewstow Welfare Rights service for a full benefits check",
                 "SW Daniel Frost", "By 18/07/2025", "Referral accepted letter on file"],
                ["7", "Home visit to check the kitchen, bedrooms and food in the house, and see Leo and Zofia",
                 "SW Daniel Frost", "Weekly, at least one in three unannounced",
                 "Visit record with photos of the kitchen and bedrooms"],
                ["8", "Rebook and complete Zofia's 2-year developmental review",
                 "HV Sasha Greene", "TBC", "ASQ-3 scores shared with the SW"],
                ["9", "Take Leo to breakfast club on Monday and Tuesday mornings",
                 "Krystyna Nowak (MGM)", "Every Monday and Tuesday from 14/07/2025 until the summer holidays",
                 "Breakfast club register"],
                ["10", "Have Zofia at her house on Tuesdays and Fridays so Maria can get to her appointments",
                 "Ewa Nowak (maternal aunt)", "Tuesdays and Fridays, 9am–3pm", ""],
                ["11", "Tell the SW the same day about any new worry about Leo or Zofia",
                 "All professionals", "Same day", "Each worry logged on the children's file by the SW"],
            ],
        }),
        ("h2", "5. Next meetings"),
        ("p", "Core groups have been held every four weeks (13/05/2025, 10/06/2025 and today). Review child "
              "protection conference: Thursday 24/07/2025, 1.30pm, Clewstow Civic Centre. The date of the next "
              "core group will be set at the review conference."),
        ("p", "Minutes agreed by Daniel Frost (SW) on 11/07/2025 and sent to everyone present and to Ewa Nowak."),
    ],
    "findings": [
        F("H001", "Six sessions of CBT for Maria's anxiety and low mood"),
        F("M002", "Wellbeing and confidence course for Maria at Cinderbank Family Hub"),
        F("T002", "Rebook and complete Zofia's 2-year developmental review"),
        F("M001", "Have Zofia at her house on Tuesdays and Fridays"),
        F("W002", "Tell the SW the same day about any new worry"),
        F("F001"),
        F("F003"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A 12-year-old's own copy of her plan, written in the first person with
#    her social worker ("my plan", txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_cindermoor_my_plan_first_person_doyle.txt",
    "doc_title": "My Plan - Amber Doyle",
    "split": "tune",
    "actions": 9,
    "template": "child-friendly-my-plan-txt-first-person-upper-case-headings-about-me-what-i-think-outcomes-as-i-want-numbered-what-is-going-to-happen",
    "description": (
        "A 12-year-old's own first-person copy of her initial conference plan (mother's drinking; she cares "
        "for her 6-year-old brother), with plain upper-case headings and nine numbered 'what is going to "
        "happen' items. Most items are sound (weekly visits, nan's and uncle's days with a calendar and a "
        "netball register). Faults: a passive item with no owner, time or measure (W001, T001, M001); "
        "'Everyone' (W002, T001, M001); 'keep an eye on' (M002); 'as soon as she can' (T002); 'I want Mum to stop drinking' as an outcome (F002); mum's drinking recorded but only "
        "she owns the alcohol work (F004); a contingency of 'if things get worse ... talk about what to "
        "do' (C002) that says nothing about nan or uncle not managing (C003), no legal step (R002), and no "
        "meeting dates (R001)."
    ),
    "text": """\
MY PLAN
=======

Amber Doyle, age 12
Cindermoor Council - Children's Services

Written with Becky Lund (my social worker) after the child protection
meeting on Wednesday 14 May 2025. This is my copy of the plan, in my words.
Mum has a copy too.


ABOUT ME

I live with my mum, Lisa, and my little brother Finn (he is 6) at
22 Carrick Road, Cindermoor. I am in Year 7 at Cindermoor Academy. I like
netball, drawing and my cat Biscuit. My Nan (Pauline) lives on the Cradlebrook
estate and my Uncle Shaun lives near Finn's school.


WHAT I THINK AND FEEL

- I love my mum. She is funny and she does the best Sunday dinners.
- When Mum drinks wine in the evening she falls asleep on the sofa and I
  have to do Finn's tea and bath and put him to bed. I don't mind doing it
  but I get tired and I can't do my homework.
- I worry at night that Mum won't wake up. Sometimes I go and check she is
  breathing.
- I don't want to live somewhere else. I want to stay with Mum and Finn.
- At the meeting I gave home a 5 out of 10. Nan's house is a 10 because it
  is calm and she always has proper food.


WHY THE GROWN-UPS ARE WORRIED

Mum has been drinking a lot of wine most evenings since she split up with
Finn's dad last year. In March the police came because a neighbour heard
Finn crying late at night and nobody answered the door. Mum was asleep and
I was at a sleepover. School say I am tired and late a lot, and I have been
doing jobs at home that a grown-up should do.


WHAT I WANT TO BE DIFFERENT

- I want to feel safe at home and not have to check on Mum at night.
- I want to get to school on time and not be the one who gets Finn ready.
- I want Mum to stop drinking.
- I want time to do my homework and go to netball.


WHAT IS GOING TO HAPPEN

1. Becky will come to see me at home every Tuesday after school and talk
   to me on my own, and she writes down what I say in her notes.
2. Mum is going to the Cindermoor Alcohol Team every Thursday morning to
   get help to stop drinking, and Becky will look at her appointment
   letters.
3. Mrs Kaur, my head of year, will see me every Monday morning in the
   pastoral room, and she writes down anything I tell her about home.
4. Nan will have Finn and me for tea at her house every Wednesday and
   Saturday, and she marks it on her kitchen calendar for Becky to see.
5. Uncle Shaun will pick Finn up from school on Mondays and Thursdays so I
   can go to netball club, and the netball register will show I am there.
6. A lock will be put on the bathroom door so I have some privacy.
7. Everyone will make sure there is always food in the house for Finn and
   me.
8. Mum will keep an eye on how Finn and I are doing at school each week.
9. Becky will find a young carers group for me to go to as soon as she
   can, and I will get a letter with my start date.


WHAT HAPPENS IF THINGS GO WRONG

If things get worse at home, the grown-ups will meet up and talk about what
to do next. I can always ring Becky or tell Mrs Kaur.


MEETINGS

The grown-ups will meet to check how my plan is going, and there will be
another big meeting later in the year. Becky will tell me the dates when
they are fixed.
""",
    "findings": [
        F("W001", "A lock will be put on the bathroom door"),
        F("T001", "A lock will be put on the bathroom door"),
        F("M001", "A lock will be put on the bathroom door"),
        F("W002", "Everyone will make sure there is always food in the house"),
        F("T001", "Everyone will make sure there is always food in the house"),
        F("M001", "Everyone will make sure there is always food in the house"),
        F("M002", "Mum will keep an eye on how Finn and I"),
        F("T002", "Becky will find a young carers group for me"),
        F("F002", "I want Mum to stop drinking."),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statement, safety goals, scaling, the
#    children's words, then a "What needs to happen" table; paged PDF with
#    header and footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_corrigmoor_signs_of_safety_danger_statement_hale.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Archie and Bella Hale",
    "split": "tune",
    "actions": 10,
    "template": "sos-icpc-paged-pdf-header-footer-danger-statement-safety-goals-working-well-scaling-words-and-world-then-what-needs-to-happen-who-by-when-how-we-will-know-table",
    "description": (
        "Signs of Safety initial conference plan for a 6-year-old and an 11-month-old (father pushed mother "
        "while she held the baby; father's cannabis use; mother's low mood since the birth). Danger "
        "statement, safety goals, what's working well, scaling, the children's words and world, then a "
        "'What needs to happen' table. The drug service reports on whether the father is stopping, the "
        "perinatal team assesses the mother's capacity to change, the perpetrator programme is the "
        "father's own action; grandmother and aunt carry actions and the contingency covers them not "
        "managing; core group dates, review date and legal step set. Header and page footer on every "
        "page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE – Corrigmoor District Council – Children and Families Service",
    "footer": "Signs of Safety child protection plan – Hale – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("kv", [
            ("Children", "Archie Hale (6), Year 1, Carnwell Primary; Bella Hale (11 months), at home"),
            ("Mother", "Lauren Hale (29). Archie and Bella live with her at 27 Chandlers Reach, Corrigmoor."),
            ("Father", "Marcus Hale (32). Since 3 May he has lived with a friend at 4 Culm Street, Corrigmoor. "
                       "His police bail conditions stop him going to Chandlers Reach."),
            ("Safety network", "Carol Finch (Lauren's mother, 6 Cedar Grove, Corrigmoor); Jade Finch "
                               "(Lauren's sister)"),
            ("Conference", "Initial child protection conference, Tuesday 20/05/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Priti Chauhan, Corrigmoor Family Safeguarding Team"),
            ("Chair", "Gordon Mwale"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Corrigmoor Children's Services, Corrigmoor Police and the health visitor are worried that Archie "
              "and Bella could be physically hurt, and frightened in a way that affects how they grow and "
              "learn, if Marcus and Lauren argue and Marcus becomes violent, as happened on 2 May 2025 when "
              "Marcus pushed Lauren against the wall while she was holding Bella and Archie hid in the "
              "bathroom. We are also worried that Bella could be hurt or left without care if Marcus smokes "
              "cannabis while he is looking after her, as Lauren says happened most evenings before May, and "
              "that Lauren's low mood since Bella was born makes it hard for her to get Archie to school and "
              "to play with Bella."),
        ("h1", "Safety goals"),
        ("p", "Children's Services will be confident enough to end the plan when everyone can see, over at "
              "least six months, that:"),
        ("bullets", [
            "Archie and Bella live in a home with no violence and no frightening arguments, and Archie tells "
            "us he feels safe at home.",
            "Bella is only ever cared for by an adult who has not used cannabis or alcohol.",
            "Archie gets to school on time every day, and Bella is taken to all her health checks.",
            "Archie knows his family's safety plan in words and pictures, and can say who he would go to if "
            "he was frightened.",
        ]),
        ("h1", "What's working well"),
        ("p", "Lauren called the police herself on 2 May and has kept Marcus away from the house since. Marcus "
              "admits pushing Lauren, has said sorry to Archie in a letter he wrote with the SW, and has asked "
              "for help with his cannabis use. Carol sees the children every day and Archie calls her house "
              "\"the calm house\". Bella is gaining weight well and is meeting her milestones."),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for the "
              "plan to end and 0 means the children cannot stay at home: Lauren 7, Marcus 8, Carol 6, SW 3, "
              "HV 4, school 4, police 2."),
        ("h1", "Archie's words and Bella's world"),
        ("p", "Archie (three houses, at school on 15 May): in his house of worries he drew \"Daddy shouting and "
              "Mummy crying\" and himself \"in the bath with the door locked\". In his house of good things "
              "he put Nanna Carol's dog, Lego and \"Bella laughing\". In his house of dreams Daddy comes home "
              "\"and isn't cross any more\". He told the SW he misses his dad and wants to see him at "
              "Nanna's."),
        ("p", "Bella was seen at home on 12 and 16 May. She crawls fast, pulls herself up on the sofa and "
              "babbles \"ba-ba\" at Archie. She reaches for Lauren when a stranger comes in and settles "
              "quickly on her lap. The HV saw her startle and cry when a door slammed in the flat upstairs."),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know it has happened"],
            "widths": [5.8, 3.6, 3.4, 4.2],
            "rows": [
                ["Visit Archie and Bella at home, see Archie on his own, and use his words and worries "
                 "pictures to keep the safety plan up to date",
                 "SW Priti Chauhan", "Weekly from 26/05/2025 until the review conference",
                 "Visit records with Archie's words and pictures; Bella seen awake each time"],
                ["Write the family safety plan with Lauren, Marcus, Carol and Jade, and a words and pictures "
                 "story for Archie about what happened and who keeps him safe",
                 "SW Priti Chauhan", "By the first core group (03/06/2025)",
                 "Safety plan signed by all four adults; Archie can name his safe people at the next visit"],
                ["Corrigmoor Choices domestic abuse programme, including the sessions on how abuse affects "
                 "children",
                 "Marcus Hale; facilitator Ryan Okafor reports to the SW",
                 "Every Tuesday evening for 24 weeks from 10/06/2025",
                 "Attendance sent to the SW monthly; mid-point report before the review conference"],
                ["Assess Marcus's cannabis use, with drug screens, and write a report on whether he is "
                 "stopping and what that means for his care of Bella",
                 "Dale Whitmore, keyworker, Corrigmoor Drug and Alcohol Service",
                 "Assessment by 06/06/2025; screens every two weeks",
                 "Screen results and the report sent to the SW before each core group"],
                ["Six sessions of therapy for Lauren's low mood, and a written assessment of whether she is "
                 "making the changes needed to care for Archie and Bella and the likely timescale",
                 "Dr Hannah Brook, clinical psychologist, Corrigmoor Perinatal Mental Health Team",
                 "First session by 13/06/2025; report by 22/07/2025",
                 "Written report to the SW and the core group"],
                ["Check Bella's weight, development, feeding and sleeping position, and complete her "
                 "12-month review with an ASQ-3",
                 "HV Sarah Quaye",
                 "Every 2 weeks until the review conference; 12-month review by 30/06/2025",
                 "Weights in the red book; ASQ-3 scores shared with the SW"],
                ["Supervise all of Marcus's time with Archie and Bella at Carol's house, and write down how "
                 "each visit goes",
                 "Carol Finch (MGM)",
                 "Wednesdays 4–6pm and Saturdays 10am–12pm until the review conference",
                 "Contact diary signed by Carol and read by the SW at each visit"],
                ["Take Archie to school on the mornings Lauren has her therapy sessions",
                 "Jade Finch (maternal aunt)", "Every Tuesday in term time until the review conference",
                 "School gate log shows who brought Archie"],
                ["Check in with Archie each morning and record his mood and anything he says about home; "
                 "ring the SW the same day if he is absent or says something worrying",
                 "Mrs Tanya Okoro, DSL, Carnwell Primary", "Every school day",
                 "Check-in log; attendance sent to the SW every Friday"],
                ["Tell the SW about any call-out to Chandlers Reach or any breach of Marcus's bail "
                 "conditions",
                 "PC Joe Lacey, Corrigmoor Police Domestic Abuse Unit", "Within 24 hours of each call-out",
                 "Police log numbers recorded on the children's file"],
            ],
        }),
        ("h1", "If the safety plan breaks down"),
        ("p", "If Marcus comes to Chandlers Reach, contacts Lauren outside the agreed arrangements, or there is "
              "any violence or threat of it, Lauren will ring 999 and take the children to Carol's at 6 Cedar "
              "Grove, and the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. Contact will stop until a new risk assessment has been done."),
        ("p", "If Marcus arrives for contact smelling of cannabis or seems under the influence, Carol will end "
              "the visit, ask him to leave and tell the SW that day."),
        ("p", "If Carol cannot supervise contact because she is ill or away, contact will move to Corrigmoor "
              "Family Centre and be supervised by the centre's staff. If Jade cannot do the Tuesday school "
              "run, Lauren will take Archie and the school will ring the SW if he is not in by 9.15am. If Carol "
              "cannot have the children in an emergency they will go to Jade, and if neither can, the SW will "
              "arrange a foster placement that day."),
        ("p", "If there is another incident of violence, if Marcus has not stopped using cannabis by the core "
              "group on 29/07/2025, or if Lauren lets Marcus back into the home before the review conference, "
              "the SW will ask her team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Tuesday 03/06/2025, 3.30pm, Carnwell Primary. Then every 4 weeks at the same "
              "time and place: Tuesday 01/07/2025 and Tuesday 29/07/2025. Review child protection conference: "
              "Thursday 14/08/2025, 10am, Corrigmoor Council Offices."),
        ("p", "Plan written by Priti Chauhan (SW) and agreed with the chair on 22/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan: mother under the perinatal mental health team, father
#    on a methadone script with the recovery service; baby to be accommodated
#    at birth and observed on the neonatal unit (md table)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b75_cantleford_prebirth_perinatal_recovery_marsh.md",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Marsh-Price",
    "split": "tune",
    "actions": 14,
    "template": "pre-birth-icpc-md-bold-details-baby-voice-legal-status-at-birth-outcomes-action-lead-when-evidence-table",
    "description": (
        "Pre-birth conference plan for an unborn girl (mother's history of psychosis, under the perinatal "
        "team; father on methadone with the recovery service). The baby will be accommodated under section "
        "20 from birth and observed on the neonatal unit, then placed with the maternal grandmother; the SW "
        "only liaises with the unit and visits after discharge, so nobody is set to visit her in hospital "
        "(L001). Faults: a perinatal row that only supports (H001) beside the psychiatrist's capacity report "
        "(not H001) and the recovery service's screens (never H001); a parenting assessment with '-' as "
        "evidence (M001); 'ASAP' (T002); '-' as lead (W001); an outcome about the mother only (F002); the "
        "grandmother carries the placement and supervises contact but the contingency says nothing of her "
        "not managing (C003); the review conference 'to be arranged' (R001). Baby's observed life before "
        "birth is recorded; legal step set."
    ),
    "text": """\
# Pre-Birth Child Protection Plan

**Cantleford City Council – Children's Services – Pre-Birth and Infant Safeguarding Team**

**Unborn baby:** Baby Marsh-Price (a girl), due Sunday 12 October 2025 at Cantleford General Hospital
**Mother:** Kayleigh Marsh (23)
**Father:** Jordan Price (26)
**Address:** Flat 3, 18 Copperbeech Road, Cantleford
**Maternal grandmother:** Sharon Marsh (49), 9 Clay Pit Lane, Cantleford
**Conference:** Pre-birth initial child protection conference, Thursday 28 August 2025
**Category:** Neglect
**Social worker:** Leanne Ibbotson
**Chair:** Victor Asante

## Why there is a plan

Kayleigh had an episode of psychosis in 2023 and was detained in hospital for six weeks. She is under the
Cantleford Perinatal Mental Health Team and takes an antipsychotic, which she stopped for three weeks in
June when she found out she was pregnant; her mood and sleep got worse and she became convinced that
neighbours were listening through the walls. She restarted her medication in July. Jordan used heroin from
the age of 19. He has been on a methadone script with the Cantleford Recovery Service since January and
his screens since April have been clear of heroin. The flat has one bedroom with damp on the walls, and
there is no cot or baby equipment yet. Kayleigh's first child, Riley (4), lives with his father's family
under a child arrangements order made after care proceedings in 2022.

## Baby's voice

Baby cannot tell us what she needs, so this is what we know of her life so far. At the 20-week scan she
was growing on the 50th centile and had a strong heartbeat. The specialist midwife has seen that she is
most active in the evenings, when Kayleigh lies down and plays her music, and Kayleigh says she kicks
"like mad" when Jordan talks to the bump. Jordan has been to both scans and calls her "Bean". When she is
born she will need calm, rested adults to feed her every three hours, day and night.

## Baby's legal status at birth

Because Kayleigh stopped her medication in June and the parenting assessment will not be finished before
the birth, Kayleigh and Jordan have agreed in writing that baby will be accommodated under section 20
from birth. Because of Kayleigh's medication, the neonatal team will keep baby on the neonatal unit at
Cantleford General for at least 72 hours to watch for withdrawal-type symptoms. She will then be placed
with Sharon as a connected person carer, and Kayleigh can live at Sharon's with her. Kayleigh and Jordan
can visit baby on the neonatal unit; times will be agreed with the ward.

## What we want for baby

- Baby is born safely and is cared for from her first day by adults who are well, sober and not using drugs.
- Baby is fed, kept warm and put down on her back in her own cot, and gains weight along her centile.
- Baby is seen awake by her health visitor and social worker every week after she leaves hospital.
- Kayleigh stays mentally well and takes her medication every day.

## Action plan

| Action | Lead | When | Evidence |
|---|---|---|---|
| Attend every antenatal appointment and growth scan, so that baby's growth and wellbeing are checked | Kayleigh Marsh | Every appointment until the birth (fortnightly from 28 weeks) | Midwife confirms attendance to the SW each month |
| Home visits to plan feeding, safe sleep and what baby will need on the unit and at Sharon's | Cara Whelan, specialist midwife for vulnerable women | Every 2 weeks until the birth | Birth plan and signed safe-sleep checklist shared with the SW |
| Continue support with Kayleigh's mood and medication through home visits | Ffion Davies, nurse, Cantleford Perinatal Mental Health Team | Every 2 weeks | Kayleigh attends; contacts recorded in the perinatal team's notes |
| Assess Kayleigh's mental state and relapse risk around the birth, and her capacity to make and keep up the changes needed to care for baby, with the likely timescale | Dr Sunil Rao, consultant perinatal psychiatrist | Report by 26/09/2025 | Written report to the SW and the core group |
| Methadone script with supervised consumption and weekly urine screens for Jordan | Tom Bell, keyworker, Cantleford Recovery Service | Screens weekly until the review conference | Results emailed to the SW every Friday; a report to each core group on whether Jordan is staying off heroin and what that means for his care of baby |
| Parenting assessment of Kayleigh and Jordan, including observed care of baby at Sharon's | SW Leanne Ibbotson | By 31/10/2025 | - |
| Register Kayleigh and Jordan for a two-bedroom flat with a room for baby | FSW Dawn Keeley | ASAP | Housing register reference on file |
| Buy a cot, car seat and baby clothes and set them up at Sharon's house | - | By 36 weeks (21/09/2025) | Seen by the SW at a home visit |
| Connected person (regulation 24) assessment of Sharon, so that baby can be placed with her when she leaves hospital | Sharon Marsh (MGM), with Jo Quarry, Cantleford Fostering Team | By 30/09/2025 | Assessment approved by the fostering service manager |
| Supervise all of Jordan's time with baby at Sharon's house | Sharon Marsh (MGM) | Every contact, from discharge until the review conference | Contact log signed by Sharon and read by the SW at each visit |
| Liaise with the neonatal unit about baby's observations and discharge planning | SW Leanne Ibbotson | Within 2 working days of the birth | Discharge plan on file, copied to Sharon and the parents |
| Tell the SW and the delivery suite when Kayleigh goes into labour | Kayleigh Marsh and Jordan Price | At the start of labour | Alert on Kayleigh's maternity record; call noted on the SW duty log |
| Visit baby at Sharon's, see her awake and look at where she sleeps | SW Leanne Ibbotson | Weekly from discharge until the review conference | Visit record of where baby slept and how she was handled |
| New birth visit, then weigh baby and check her feeding and sleep | HV Grace Mensah | New birth visit within 14 days of the birth, then weekly for 8 weeks | Weights in the red book; findings shared with the SW |

## If things go wrong before or after the birth

If Kayleigh stops her medication, misses two perinatal appointments in a row, or shows any sign of
psychosis, the perinatal team will see her within 24 hours and Leanne will hold a strategy discussion the
same day; after the birth, Kayleigh will not care for baby unsupervised until that discussion has agreed
what happens next. If Jordan has a screen positive for heroin, his time with baby will stop and Leanne will
call a strategy discussion the same day. If the parenting assessment or Dr Rao's report says baby cannot
safely be cared for by her parents, or Kayleigh becomes unwell again before the review conference, Leanne
will ask for a legal planning meeting within 5 working days.

## Meetings

- Core group every 2 weeks until the birth: Thursday 11 September, 25 September and 9 October 2025, 2pm, Cantleford Family Hub. After the birth, every 4 weeks.
- Review child protection conference: to be arranged after the birth.
""",
    "findings": [
        F("H001", "Continue support with Kayleigh's mood and medication through home visits"),
        F("M001", "Parenting assessment of Kayleigh and Jordan, including observed care"),
        F("T002", "Register Kayleigh and Jordan for a two-bedroom flat"),
        F("W001", "Buy a cot, car seat and baby clothes"),
        F("F002", "Kayleigh stays mentally well and takes her medication every day."),
        F("L001"),
        F("C003"),
        F("R001"),
    ],
})
