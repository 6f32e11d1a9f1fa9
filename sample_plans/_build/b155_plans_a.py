"""Batch 155, module a: seven fictional plans (held-out material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from local authorities and agencies whose house styles have not
been seen before, so that a careful reader has to find the owner, the time
and the measure where each author put them. A pre-birth plan whose table runs
"Need | Response | Lead agency | Review point | Evidence of change" (docx); a
review plan whose "Worry | What's going to happen | Person | Date" table puts
a numbered "How we'll know" row under every action, with each worry merged
down beside its actions (landscape docx); a case-system print for a
looked-after disabled 11-year-old on a children's ward, every task a block
of labelled lines, with a page header and footer (PDF); a social worker's
letter to a mother after the initial conference, the plan told in sentences
under "What I will do", "What you will do" and "What other people will do"
(PDF); a transfer-in plan with an initials key at the top and bullets that
end with the owner and time in brackets (md); core group minutes ending in an
action log headed "Agreed step | Owner | Due | Done when", with two closed
actions from the last meeting (md); and a case-management export with
repeated page headers and WHAT / LEAD / FREQ/DUE / CHANGE WE EXPECT TO SEE
lines (txt).

Four plans are exemplary: Arnsworthy (pre-birth, docx), Astlebury (looked-
after child on the ward, PDF), Applemere (transfer in, md) and Ambleworth
(case export, txt). Three carry a realistic mix of faults among mostly good
rows: Ashenthwaite (docx), Averholt (PDF letter) and Aldringcombe (md
minutes).

Counting actions (convention 1): each live row of an action table, each
labelled task block, each bullet under the plan's action headings, and each
sentence of the letter's "What will happen next" part. The "How we'll know"
row under an action in the Ashenthwaite table is that action's measure, not a
further action. Not counted: the contingency, meeting dates, the legal
planning note, and the one-off actions the Aldringcombe minutes list as done
and closed since the last core group.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother with bipolar disorder, sister aged 6, maternal
#    grandmother staying nights. "Need | Response | Lead agency | Review
#    point | Evidence of change" table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_arnsworthy_prebirth_need_response_lead_agency_marchbank.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Marchbank and Mia Marchbank",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "prebirth-plan-docx-landscape-numbered-parts-about-why-worried-mias-words-and-babys-world-what-they-will-need-then-need-response-lead-agency-review-point-evidence-of-change-table-plan-b-triggers-list-keeping-plan-on-track",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 6-year-old sister whose mother has "
        "bipolar disorder and stopped her medication in pregnancy. Numbered parts: why we are "
        "worried, Mia's own words and the baby's world, what the baby and Mia will need, then a "
        "landscape table headed Need / Response / Lead agency / Review point / Evidence of change "
        "(the lead is an agency with its named worker; review points are dates, weeks of "
        "pregnancy, frequencies and 'until the baby is eight weeks old'). The perinatal team "
        "reports on the mother's capacity to change, the GP owns an action, the grandmother's "
        "nights have a fallback in 'Plan B', legal planning follows named triggers, core group "
        "dates and the review date are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Arnsworthy Metropolitan Borough Council · Children and Young People's Directorate · "
              "Pre-birth and Infant Team"),
        ("h1", "Part 1 – About this plan"),
        ("kv", [
            ("Unborn baby", "Baby Marchbank, due 02/01/2026 (Shannon was 28 weeks pregnant at the conference)"),
            ("Sister", "Mia Marchbank (6), DOB 19/03/2019, Year 2 at St Aidan's C of E Primary"),
            ("Mother", "Shannon Marchbank (26)"),
            ("Father of the baby", "Dean Ashby (29), lives with Shannon and Mia; works nights three times a week"),
            ("Address", "41 Thornbury Walk, Arnsworthy AW6 3QE"),
            ("Maternal grandmother", "Lorraine Marchbank, 9 Keld Street, Arnsworthy (five minutes' walk)"),
            ("Conference", "Pre-birth initial child protection conference, 14/10/2025. "
                           "Chair: Jonathan Faraday (independent chair)"),
            ("Category", "Neglect (the unborn baby and Mia)"),
            ("Social worker", "Ruth Kilbride (team manager: Simon Achebe)"),
        ]),
        ("h1", "Part 2 – Why we are worried"),
        ("p", "Shannon has bipolar affective disorder. In 2022 she stopped her medication, became very unwell "
              "and spent five weeks on the Larchfield Unit; before she was admitted Mia, then three, was found "
              "by a neighbour on the landing at 11pm while Shannon was out. When Shannon found out she was "
              "pregnant in July 2025 she stopped her lithium without telling anyone. In September she went "
              "three nights without sleep, spent £1,900 on credit, and Mia missed six days of school. Shannon "
              "is now seeing the perinatal team and has started a new medicine, but she has not been well "
              "through a birth before, and on the nights Dean works she would be the only adult at home."),
        ("h1", "Part 3 – Mia's words and the baby's world"),
        ("p", "Mia (seen on her own at school, 09/10/2025): “When Mummy doesn't sleep she talks really fast and "
              "we go to the big shop at night. I had to make my own breakfast. I want to help with the baby but "
              "Nana says I'm only six.” Mia drew her house with a sun over Nana's flat and a rain cloud over her "
              "own bedroom. The thing she worries about most is “Mummy going to hospital again”; the best thing "
              "is Sunday dinner at Nana's."),
        ("p", "The baby: the 28-week scan showed growth on the 50th centile. Shannon says the baby kicks most "
              "when Mia sings to her tummy. The baby will come home in January to a two-bedroom flat, where a "
              "Moses basket will go in Shannon and Dean's room. At the last visit the flat was warm and tidy, "
              "but there was no baby bedding yet and Dean was smoking on the balcony with the door open."),
        ("h1", "Part 4 – What the baby and Mia will need"),
        ("numbers", [
            "The baby comes home to a calm flat with a safe sleeping space, and is fed, held and settled by an "
            "adult who is well, at every feed, day and night.",
            "The baby grows along the centile they are born on and is seen by a health professional every week "
            "for the first eight weeks.",
            "Mia goes to school every day, on time and fed, and does not have to look after her mum or the baby.",
            "Whenever Shannon shows signs of becoming unwell, the baby and Mia are cared for straight away by "
            "another safe adult.",
        ]),
        ("h1", "Part 5 – The plan"),
        ("p", "Each need has one response. Lead agency names the agency and the worker who answers for the "
              "response at core group; Review point says when it is due or how often it happens; Evidence of "
              "change says what the core group will see."),
        ("table", {
            "header": ["Need", "Response", "Lead agency", "Review point", "Evidence of change"],
            "widths": [3.9, 7.0, 4.6, 4.6, 5.6],
            "rows": [
                ["The baby and Mia need a mum who stays well through the pregnancy and after the birth",
                 "See Shannon every two weeks until the birth and weekly for six weeks after it; agree a written "
                 "relapse-signature plan with her and Dean; give the core group a written view on whether "
                 "Shannon can make and keep the changes the baby and Mia need, what still has to change and how "
                 "long that is likely to take",
                 "Arnsworthy Perinatal Mental Health Team – Dr Helen Osei, consultant perinatal psychiatrist "
                 "(lead), with Jodie Parr, perinatal CPN",
                 "Fortnightly to the birth, then weekly for six weeks; relapse plan by 04/11/2025; written view "
                 "by 25/11/2025 and before each core group after that",
                 "Relapse-signature plan on both children's files by 04/11/2025; capacity report read at core "
                 "group 2 on 25/11/2025"],
                ["The baby and Mia need the adults around them to know at once if Shannon stops her medicine",
                 "Share Shannon's mental health history and prescriptions with the social worker, and tell her "
                 "the same day if Shannon does not collect a prescription",
                 "Lantern Street Surgery – Dr Amal Haddad, GP",
                 "History by 28/10/2025; each missed collection the same day",
                 "GP letter on file by 28/10/2025; each call about a missed prescription logged on the case "
                 "record that day"],
                ["The baby needs their growth checked before birth",
                 "Go to every antenatal appointment and scan, and show the handheld notes at each social work "
                 "visit",
                 "Shannon Marchbank (mother)",
                 "Every appointment as booked, up to the birth",
                 "Midwife's record shows every appointment kept; handheld notes seen at each visit"],
                ["The baby needs to be safe on the ward and on the day of discharge",
                 "Write a birth and discharge plan with Shannon and Dean that names who stays with Shannon on "
                 "the postnatal ward and how the ward reaches the social worker or the emergency duty team",
                 "Arnsworthy General Hospital maternity – Claire Bamford, safeguarding midwife",
                 "By 36 weeks (05/12/2025)",
                 "Signed plan on the maternity record and copied to the social worker by 05/12/2025"],
                ["The baby needs a safe sleeping space and safe handling from day one",
                 "Antenatal contact with Shannon and Dean about safe sleep, smoke-free rooms and feeding; new "
                 "birth visit; weigh the baby every week",
                 "Arnsworthy 0-19 Service – Grace Lindqvist, health visitor",
                 "Antenatal contact by 21/11/2025; new birth visit within 10 days of the birth; weekly weighs "
                 "until the baby is eight weeks old",
                 "Safe-sleep checklist signed at the antenatal contact; weights plotted in the red book on or "
                 "above the birth centile"],
                ["Mia and the baby need to be seen, and Mia needs to be heard",
                 "Visit at home, see Mia on her own at least every other visit, and check that the baby's "
                 "space is ready (Moses basket, firm mattress, no smoking indoors)",
                 "Children's Social Care – Ruth Kilbride, social worker",
                 "Every two weeks until the birth, then weekly for eight weeks; baby's space checked by "
                 "05/12/2025",
                 "Visit records with Mia's own words written down; baby-space checklist signed by 05/12/2025"],
                ["Mia needs to get to school fed and on time",
                 "Check Mia's attendance and how she arrives each morning, and give her a Thursday check-in with "
                 "her learning mentor, Mrs Dale",
                 "St Aidan's C of E Primary – Mr Colin Rudd, designated safeguarding lead",
                 "Every school day; check-in every Thursday",
                 "Attendance emailed to the social worker every Friday (95% or more); check-ins logged on the "
                 "school's safeguarding system"],
                ["The baby needs a dad who can tell when Shannon is becoming unwell",
                 "Complete the Arnsworthy Dads-to-Be course and learn Shannon's early warning signs from her "
                 "relapse-signature plan",
                 "Dean Ashby (father of the baby)",
                 "Wednesdays, six sessions from 22/10/2025",
                 "Course register shows at least five of six sessions; Dean can name Shannon's warning signs "
                 "to the social worker by 26/11/2025"],
                ["The baby needs an adult who is well with them every night",
                 "Stay at Thornbury Walk every night Dean is at work, and take Mia to school the next morning",
                 "Lorraine Marchbank (maternal grandmother)",
                 "From the day of discharge until the baby is eight weeks old",
                 "Lorraine signs the overnight sheet in the baby's folder; the social worker checks it at each "
                 "weekly visit"],
                ["Mia needs to understand what is happening at home",
                 "Direct work with Mia about her mum's illness and the new baby, using a worry jar and a three "
                 "houses book",
                 "Arnsworthy Early Help – Bex Thornley, family support worker",
                 "Six weekly sessions from 03/11/2025",
                 "Mia's pictures and words given to the social worker after each session and brought to the "
                 "review conference"],
                ["The baby and Mia need the adults to know how Shannon and Dean will care for two children",
                 "Pre-birth parenting assessment of Shannon and Dean, including how they will share night care",
                 "Children's Social Care – Ruth Kilbride, social worker",
                 "By 28/11/2025",
                 "Assessment report shared with Shannon, Dean and the core group by 28/11/2025, with a "
                 "recommendation for the review conference"],
            ],
        }),
        ("h1", "Part 6 – Plan B"),
        ("p", "Plan B starts if any of these happen:"),
        ("bullets", [
            "Shannon shows two of her early warning signs (two nights without sleep, talking very fast, spending "
            "she cannot explain, not eating), misses two perinatal appointments in a row, or stops her medicine.",
            "Shannon becomes unwell on the labour ward or the postnatal ward.",
            "Lorraine cannot stay on a night when Dean is at work.",
        ]),
        ("p", "What happens then. Jodie Parr will see Shannon the same day and arrange a crisis assessment if it "
              "is needed, and Ruth (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. Shannon will not care for the baby or Mia on her own until it has taken place: Dean "
              "will stay off work and Lorraine will move in. If Shannon is unwell on the ward, the baby stays in "
              "the care of the midwives and is not discharged until the strategy discussion has agreed who will "
              "care for them."),
        ("p", "If Lorraine cannot stay (she is ill, away, or finds it too much), Dean will not work nights and Ruth "
              "will arrange a night-time family support worker from the Infant Team the same week. If no safe "
              "adult can be at Thornbury Walk overnight, the baby and Mia will stay together with Arnsworthy "
              "foster carers, with time with Shannon and Dean every day."),
        ("h1", "Part 7 – Keeping the plan on track"),
        ("p", "Core group: every four weeks, Tuesdays at 1.30pm at St Aidan's Primary – 28/10/2025, 25/11/2025 "
              "and 16/12/2025 (brought forward a week because of Christmas)."),
        ("p", "Review child protection conference: 13/01/2026, 10am, Arnsworthy Civic Centre, chaired by "
              "Jonathan Faraday."),
        ("p", "Legal planning: if the perinatal team's report on 25/11/2025 says that Shannon cannot make the "
              "changes within the baby's timescale, or Shannon turns the perinatal team away twice, Ruth will ask "
              "Simon Achebe for a legal planning meeting within five working days, before the baby is born, to "
              "decide whether to start PLO pre-proceedings."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse, mother's anxiety and low
#    mood, a boy of 13 and a girl of 10. Landscape "Worry | What's going to
#    happen | Person | Date" table, worry merged down, a numbered "How we'll
#    know" row under every action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_ashenthwaite_rcpc_worry_happen_person_date_devlin.docx",
    "doc_title": "Child Protection Plan (first review) - Callum and Ruby Devlin",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-plan-docx-landscape-how-things-have-been-childrens-words-what-needs-to-be-different-then-worry-whats-going-to-happen-person-date-table-worry-merged-down-numbered-how-well-know-row-under-each-action-if-things-go-wrong-when-we-will-meet",
    "description": (
        "Plan from the first review conference for a 13-year-old and a 10-year-old after their "
        "father's violence to their mother, who has anxiety and low mood. A landscape table headed "
        "Worry / What's going to happen / Person / Date, the worry merged down beside its actions "
        "and a numbered 'How we'll know' row under each action. Most rows are sound (a perpetrator "
        "programme, contact supervised by the uncle with a fallback, the IDVA, the GP, a family "
        "support worker's mornings, school checks, visits). Faults: 'Family' to keep the children "
        "from being alone with their father; CBT that only treats the mother, measured by her "
        "'engagement'; counselling 'when Callum feels ready'; a referral with no one named and "
        "'to be monitored'; a parenting assessment whose measure is a dash; an outcome about the "
        "mother's confidence; and nothing on legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan – as agreed at the First Review Conference"),
        ("p", "Ashenthwaite County Council · Families First Service · Locality Team West"),
        ("kv", [
            ("Children", "Callum Devlin (13), DOB 22/05/2012, Year 9 at Ashenthwaite Academy; "
                         "Ruby Devlin (10), DOB 08/11/2014, Year 6 at Fellgate Primary"),
            ("Living with", "Tanya Devlin (38), mother, 57 Larch Rise, Ashenthwaite AT3 9PW"),
            ("Father", "Gary Devlin (41), staying with his brother Stephen Devlin at 14 Cooper's Yard, Ashenthwaite"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "First review child protection conference, 07/10/2025 (initial conference 15/07/2025). "
                           "Chair: Margaret Oyinlola"),
            ("Social worker", "Siobhan Tierney (practice manager: Neil Grimshaw)"),
        ]),
        ("h1", "How things have been since July"),
        ("p", "On 06/07/2025 Gary hit Tanya in the kitchen while Callum and Ruby were upstairs; Callum rang the "
              "police. Gary was arrested and went to live with Stephen. On 02/08/2025 he came back to Larch Rise "
              "after drinking and shouted and kicked the front door until the police came. There have been no "
              "incidents since. Tanya has been off work with anxiety and low mood; on some mornings she cannot "
              "get up, and Ruby was late for school 14 times last term. Callum has stopped going to football. "
              "Saturday contact with Gary at Stephen's has gone well since September, and Gary has a place on "
              "the Safer Homes programme from 09/10/2025."),
        ("h1", "What Callum and Ruby have told us"),
        ("p", "Callum (seen on his own at school, 30/09/2025): “I don't really want to talk about it. I just want "
              "things to be normal. I'll see Dad if Uncle Steve's there. I stopped football because I didn't want "
              "to leave Mum on her own.”"),
        ("p", "Ruby (seen on her own at school, 30/09/2025): “I'm always scared when the doorbell goes in case it's "
              "Dad shouting. I like Saturdays at Uncle Steve's, Dad makes us bacon sandwiches. Mum cries in the "
              "mornings sometimes and I make her a cup of tea.” Ruby gave home 5 out of 10 for feeling safe."),
        ("h1", "What needs to be different for Callum and Ruby"),
        ("bullets", [
            "Callum and Ruby live in a home where they do not see or hear violence or threats, and feel safe when "
            "the doorbell goes.",
            "Callum and Ruby get to school on time every day, with attendance of 95% or more.",
            "Callum is back at football and has someone he trusts to talk to about what he has seen.",
            "Ruby and Callum see their dad only when it is safe, and tell us that it feels safe.",
            "Tanya feels more confident as a parent.",
        ]),
        ("h1", "Our plan"),
        ("p", "Each worry is in the left-hand column. Under every action is a shaded line saying how we will know "
              "it is working, numbered to match the action."),
        ("table", {
            "header": ["Worry", "What's going to happen", "Person", "Date"],
            "widths": [5.0, 11.2, 5.0, 4.5],
            "rows": [
                ["Callum and Ruby have seen and heard their dad hurt and threaten their mum (06/07/2025 and "
                 "02/08/2025)",
                 "1. Gary goes to every session of the Safer Homes programme for men who have been "
                 "abusive to a partner",
                 "Gary Devlin (Dad)",
                 "Thursday evenings, 20 sessions from 09/10/2025"],
                [V, "How we'll know (1): programme worker Kofi Mensah sends the SW an attendance and progress "
                    "report after every fifth session", H, H],
                [V, "2. Contact between Gary and the children takes place at Cooper's Yard, with Stephen in the "
                    "room for the whole visit",
                 "Stephen Devlin (paternal uncle)",
                 "Every Saturday, 10am to 1pm"],
                [V, "How we'll know (2): Stephen fills in the contact book after each visit; the SW reads it at "
                    "every home visit and asks Callum and Ruby how it went", H, H],
                [V, "3. Safety planning with Tanya, and help to apply for a non-molestation order if she chooses to",
                 "Hayley Brook, IDVA, Ashenthwaite Domestic Abuse Service",
                 "Weekly phone call; written safety plan by 31/10/2025"],
                [V, "How we'll know (3): written safety plan on the children's file by 31/10/2025; IDVA report to "
                    "each core group", H, H],
                [V, "4. Make sure Callum and Ruby are never left alone with Gary outside Saturday contact",
                 "Family",
                 "Every weekend"],
                [V, "How we'll know (4): the contact book and what the children tell the SW show no time alone "
                    "with Gary", H, H],
                ["Tanya's anxiety and low mood mean that on some mornings she cannot get up to get the children "
                 "to school",
                 "5. Twelve sessions of CBT for Tanya's anxiety",
                 "Ashenthwaite Talking Therapies (adult mental health)",
                 "Weekly from 14/10/2025"],
                [V, "How we'll know (5): Tanya's engagement with the sessions", H, H],
                [V, "6. Review Tanya's sertraline every four weeks and write to the SW after each review",
                 "Dr Farid Qureshi, GP, Mill Brow Medical Practice",
                 "Every four weeks, next on 28/10/2025"],
                [V, "How we'll know (6): GP letter on the children's file after each review", H, H],
                [V, "7. Help Tanya set up a morning routine so that Callum and Ruby are up, fed and out of the "
                    "door by 8.20am",
                 "Leanne Walsh, family support worker",
                 "Monday and Wednesday mornings for 8 weeks from 13/10/2025"],
                [V, "How we'll know (7): no late marks for either child on the school registers for two weeks "
                    "running by 08/12/2025", H, H],
                ["Callum has stopped going to football and stays in his room; Ruby has told her teacher she is "
                 "“always scared”",
                 "8. Offer Callum one-to-one sessions with the school counsellor about what he has seen at home",
                 "Mrs Joanne Pryce, school counsellor, Ashenthwaite Academy",
                 "When Callum feels ready"],
                [V, "How we'll know (8): session notes shared with the SW, with Callum's own score for how he "
                    "feels at home", H, H],
                [V, "9. Check Ruby's attendance and lateness every day and give her a morning check-in with "
                    "Miss Amos",
                 "Mr David Kerr, DSL, Fellgate Primary",
                 "Every school day"],
                [V, "How we'll know (9): attendance and late marks sent to the SW every Friday; check-ins logged "
                    "on the school's safeguarding system", H, H],
                [V, "10. Referral to the Ashenthwaite Youth Service football scheme and the Young Carers' project",
                 "",
                 "By 24/10/2025"],
                [V, "How we'll know (10): to be monitored", H, H],
                ["We need to see the children regularly and understand how Tanya keeps them safe",
                 "11. Visit Callum and Ruby at home, one visit a month unannounced, and see each child on their "
                 "own",
                 "Siobhan Tierney, SW",
                 "Every two weeks until the second review conference"],
                [V, "How we'll know (11): visit records show each child seen alone, with their words written down",
                 H, H],
                [V, "12. Complete a parenting assessment of Tanya, including how she protects the children from "
                    "Gary",
                 "Siobhan Tierney, SW",
                 "By 28/11/2025"],
                [V, "How we'll know (12): –", H, H],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gary comes to Larch Rise, contacts Tanya or the children outside Saturday contact, or turns up at "
              "either school: Tanya or the school will ring 999, the children stay at home with Tanya, Siobhan will "
              "hold a strategy discussion with Ashenthwaite Police the same day, and Saturday contact stops until "
              "it has taken place."),
        ("p", "If Stephen cannot be there for the whole of a contact, that Saturday's contact does not go ahead and "
              "Siobhan will arrange supervised contact at Ashenthwaite Family Centre within a week. If either child "
              "tells anyone they have been alone with Gary outside contact, Siobhan will see them the same day and "
              "contact will move to the Family Centre."),
        ("p", "If Tanya cannot get up to care for the children on two school mornings in one week, Leanne will come "
              "in every morning for the rest of that week and the GP will see Tanya within two working days."),
        ("h1", "When we will meet"),
        ("p", "The core group meets every six weeks, on Tuesdays at 3.45pm at Fellgate Primary: 18/11/2025, "
              "06/01/2026 and 17/02/2026. The second review conference is on 07/04/2026 at 10am at Ashenthwaite "
              "County Hall."),
    ],
    "findings": [
        F("W002", "Make sure Callum and Ruby are never left alone"),
        F("H001", "Twelve sessions of CBT for Tanya's anxiety"),
        F("M002", "Twelve sessions of CBT for Tanya's anxiety"),
        F("T002", "Offer Callum one-to-one sessions with the school counsellor"),
        F("W001", "Referral to the Ashenthwaite Youth Service football scheme"),
        F("M002", "Referral to the Ashenthwaite Youth Service football scheme"),
        F("M001", "Complete a parenting assessment of Tanya, including how"),
        F("F002", "Tanya feels more confident as a parent."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after disabled 11-year-old on a children's ward (section 20),
#    mother's drinking. Case-system print: labelled header lines, each task a
#    block of labelled lines, contingency as trigger / response lines, page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(no, title, lines):
    return [("boldp", f"Task {no:02d} of 10 – {title}"), ("kv", lines)]


PLANS.append({
    "name": "b155_astlebury_lac_ward_case_print_task_lines_fairweather.pdf",
    "doc_title": "Child Protection Plan (looked after child) - Kayden Fairweather",
    "split": "heldout",
    "actions": 10,
    "template": "case-system-print-paged-lac-child-on-childrens-ward-labelled-record-lines-lettered-sections-reason-what-kayden-shows-us-outcomes-then-task-nn-of-10-blocks-task-owner-frequency-due-evidence-status-lines-trigger-response-contingency-review-and-legal-sections",
    "description": (
        "Exemplary case-system print of a child protection plan for an 11-year-old with cerebral "
        "palsy and epilepsy who does not use speech, accommodated under section 20 and on a "
        "children's ward after aspiration pneumonia; his mother drinks. Paged, with a record header "
        "and footer; lettered sections; what Kayden shows us through his signs, sounds and switch; "
        "outcomes; then ten task blocks of labelled lines (Task / Owner / Frequency or due / "
        "Evidence / Status). The social worker visits twice a week on the ward, the IRO visits "
        "before the review, the drug and alcohol charity reports on change, the GP shares records, "
        "the grandmother's weekend visits and a missed social work visit have fallbacks, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "header": "ASTLEBURY COUNCIL | CHILDREN'S SERVICES | CASE RECORD PRINT | OFFICIAL-SENSITIVE",
    "footer": "Fairweather, K. – Child protection plan v1 – printed 22/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Looked After Child"),
        ("kv", [
            ("Record", "CP-25-04417 (version 1, agreed at conference)"),
            ("Child", "Kayden Fairweather, DOB 02/06/2014 (11)"),
            ("Health and disability", "Quadriplegic cerebral palsy and epilepsy. Kayden does not use speech: he "
                                      "eye-points, makes sounds, and uses a yes/no switch"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 26/09/2025, with his "
                             "mother's agreement"),
            ("Where Kayden is", "Kestrel Ward (children's ward), Astlebury Royal Infirmary, since 19/09/2025; "
                                "gastrostomy fitted 08/10/2025; expected to be medically fit in the week of "
                                "10/11/2025"),
            ("Placement on discharge", "Mr and Mrs Lomas, Astlebury foster carers for children with complex "
                                       "health needs"),
            ("Mother", "Kirsty Fairweather (35), 17 Cresswell Road, Astlebury AS2 7HJ"),
            ("Maternal grandmother", "Maureen Fairweather (63), 4 Hollin Lane, Astlebury"),
            ("Father", "Not named on the birth certificate; no contact"),
            ("Conference", "Initial child protection conference, 21/10/2025, held on the hospital site. "
                           "Chair: Geeta Anand"),
            ("Category", "Neglect"),
            ("Social worker", "Imogen Sallis, Children in Care Team (team manager: Mark Petrie)"),
            ("Independent reviewing officer", "Paul Henshaw"),
        ]),
        ("h2", "Section A – Reason for plan"),
        ("p", "Kirsty has cared for Kayden on her own since he was born. Over the summer her drinking increased. "
              "Holmcroft School reported that Kayden was arriving without his morning anticonvulsant and without "
              "breakfast, and he had three seizures at school in June. On 19/09/2025 Kayden was admitted with "
              "aspiration pneumonia after being fed lying flat; Kirsty told the ward she had been drinking that "
              "afternoon. Ward staff smelled alcohol on her at two visits in the first week. On 26/09/2025 Kirsty "
              "agreed to Kayden being accommodated, so that he can go to foster carers when he leaves hospital "
              "while she gets help."),
        ("h2", "Section B – What Kayden shows us"),
        ("p", "Ward nurses and the play specialist say that Kayden smiles and calls out when his nan arrives, and "
              "looks towards the door at about 3pm, when his mum usually comes. He turns his head away and "
              "grimaces before suction, and settles when the nurse tells him what is about to happen. He uses his "
              "yes switch to ask for music and presses it again and again for his favourite song. At night he cries "
              "out when the ward is noisy. On 14/10/2025 Kirsty visited sober and read to him; he laughed and "
              "pressed 'more' four times. His teacher says he eye-points to photos of his class and of the school "
              "minibus."),
        ("h2", "Section C – Outcomes sought for Kayden"),
        ("numbers", [
            "Kayden is visited by people who know him on at least five days every week while he is in hospital, "
            "and never goes more than two days without a familiar adult.",
            "Kayden leaves hospital only to carers who are trained to feed him through his gastrostomy and to give "
            "his seizure medicines safely.",
            "Everyone caring for Kayden knows his signs for yes, no, pain and 'more', so that he is understood.",
            "Kayden spends time with a mother who is sober at every visit and feeds and positions him safely.",
            "Kayden is back at Holmcroft School within two weeks of leaving hospital.",
        ]),
        ("h2", "Section D – Tasks (10 open)"),
        *_task(1, "Visits to Kayden on Kestrel Ward", [
            ("Task", "Visit Kayden on Kestrel Ward, spend time with him using his switch and photos, check his care "
                     "with the nurse in charge, and write down what he showed"),
            ("Owner", "Imogen Sallis, social worker"),
            ("Frequency / due", "Twice a week (Tuesday and Friday) until discharge; then weekly at the foster home "
                                "for six weeks"),
            ("Evidence", "Visit record on the case file within 24 hours of each visit; ward visitors' book signed"),
            ("Status", "Open"),
        ]),
        *_task(2, "IRO visit", [
            ("Task", "Visit Kayden on the ward before his first looked-after review and meet the nurse in charge"),
            ("Owner", "Paul Henshaw, independent reviewing officer"),
            ("Frequency / due", "By 30/10/2025 (looked-after review on 04/11/2025)"),
            ("Evidence", "IRO's visit note on the case file; Kayden's signs and responses recorded in the review "
                         "report"),
            ("Status", "Open"),
        ]),
        *_task(3, "Kirsty's visits", [
            ("Task", "Visit Kayden every afternoon, sober, and do his mouth care, stretches and a story with the "
                     "nurses"),
            ("Owner", "Kirsty Fairweather (mother)"),
            ("Frequency / due", "Daily, 2pm to 6pm"),
            ("Evidence", "Ward visitors' book and nursing notes record each visit and that Kirsty was sober; Imogen "
                         "reads them every Friday"),
            ("Status", "Open"),
        ]),
        *_task(4, "Alcohol key-work and report on change", [
            ("Task", "Key-work with Kirsty with a breath test each time, and a written report to each core group on "
                     "whether she is staying sober, whether she can keep it up, and how long it would take before "
                     "she could care for Kayden at home"),
            ("Owner", "Lewis Farrant, recovery worker, Tidewell Recovery (Astlebury drug and alcohol charity)"),
            ("Frequency / due", "Every Monday; report two working days before each core group"),
            ("Evidence", "Report on the case file before every core group, with each breath test reading"),
            ("Status", "Open"),
        ]),
        *_task(5, "GP information", [
            ("Task", "Share Kirsty's alcohol history, liver results and any detox plan with the social worker"),
            ("Owner", "Dr Nkechi Obi, GP, Church Row Surgery"),
            ("Frequency / due", "By 31/10/2025, then a written update before each core group"),
            ("Evidence", "GP letter on the case file by 31/10/2025; updates on file before each core group"),
            ("Status", "Open"),
        ]),
        *_task(6, "Gastrostomy and medicines training", [
            ("Task", "Train Mr and Mrs Lomas and Kirsty in gastrostomy feeding and venting, and in giving Kayden's "
                     "buccal midazolam"),
            ("Owner", "Sister Amina Yusuf, Kestrel Ward, with Astlebury Children's Community Nursing"),
            ("Frequency / due", "Before discharge (expected week of 10/11/2025)"),
            ("Evidence", "Signed competency sheet for each carer on the ward record, copied to the social worker "
                         "before discharge"),
            ("Status", "Open"),
        ]),
        *_task(7, "Discharge planning meeting", [
            ("Task", "Hold a discharge planning meeting on the ward with Kirsty, the foster carers, community nursing, "
                     "Holmcroft School and the IRO"),
            ("Owner", "Imogen Sallis, social worker"),
            ("Frequency / due", "By 31/10/2025"),
            ("Evidence", "Written discharge plan sent to everyone within two working days of the meeting"),
            ("Status", "Open"),
        ]),
        *_task(8, "Communication passport", [
            ("Task", "Update Kayden's communication passport (his signs for yes, no, pain and 'more', and what his "
                     "sounds mean) and give copies to the ward, the foster carers and school"),
            ("Owner", "Fern Castleton, speech and language therapist, Astlebury Children's Therapies"),
            ("Frequency / due", "By 31/10/2025"),
            ("Evidence", "Passport seen at Kayden's bedside and in the foster carers' folder at the social worker's "
                         "next visit"),
            ("Status", "Open"),
        ]),
        *_task(9, "School on the ward", [
            ("Task", "Send Kayden's teaching assistant to the ward for reading and switch work, and write his "
                     "return-to-school plan"),
            ("Owner", "Mrs Helen Aske, headteacher, Holmcroft Special School"),
            ("Frequency / due", "Tuesday and Thursday afternoons until discharge; return plan by the discharge "
                                "meeting"),
            ("Evidence", "Teaching assistant's visits in the ward visitors' book; return plan attached to the "
                         "discharge plan"),
            ("Status", "Open"),
        ]),
        *_task(10, "Nan's weekend visits", [
            ("Task", "Visit Kayden at weekends and bring his music and photos from home"),
            ("Owner", "Maureen Fairweather (maternal grandmother)"),
            ("Frequency / due", "Every Saturday and Sunday, 11am to 1pm"),
            ("Evidence", "Ward visitors' book, read by Imogen each Friday with Kirsty's visits"),
            ("Status", "Open"),
        ]),
        ("h2", "Section E – Contingency"),
        ("kv", [
            ("Trigger 1", "Kirsty arrives on the ward smelling of alcohol or seems drunk"),
            ("Response", "The nurse in charge asks Kirsty to leave and does not let her feed or lift Kayden; the ward "
                         "rings Imogen (or the emergency duty team) the same day; Kirsty's visits are supervised by a "
                         "nurse for the next seven days"),
            ("Trigger 2", "Kirsty tries to take Kayden off the ward or out of foster care, or withdraws her agreement "
                          "under section 20"),
            ("Response", "Ward staff or the foster carers call security and Astlebury Police; Imogen holds a strategy "
                         "discussion the same day and asks for an urgent legal planning meeting about an application "
                         "for an interim care order"),
            ("Trigger 3", "Imogen cannot visit on a planned day (sickness, leave, court)"),
            ("Response", "Mark Petrie names another social worker from the team, who visits on the same day, so that "
                         "no planned visit is missed"),
            ("Trigger 4", "Maureen cannot visit at a weekend"),
            ("Response", "Imogen arranges for Dionne Harker, the Children in Care Team's family support worker, to "
                         "visit Kayden on that day"),
            ("Trigger 5", "The placement with Mr and Mrs Lomas is not ready when Kayden is medically fit"),
            ("Response", "Kayden stays on Kestrel Ward until a placement with trained carers is ready, and Imogen's "
                         "twice-weekly visits continue"),
        ]),
        ("h2", "Section F – Review arrangements"),
        ("kv", [
            ("Core group", "30/10/2025 on Kestrel Ward, then every four weeks: 27/11/2025 and 23/12/2025"),
            ("Looked-after review", "04/11/2025, on Kestrel Ward, chaired by Paul Henshaw"),
            ("Review child protection conference", "20/01/2026, 10am, Astlebury Civic Hall"),
        ]),
        ("h2", "Section G – Legal planning"),
        ("p", "If Tidewell Recovery's report to the core group on 27/11/2025 shows any breath test over zero, or Kirsty is "
              "found drunk on the ward twice, Imogen will request a legal planning meeting within five working days "
              "to decide whether to begin care proceedings instead of planning for Kayden to go home under section "
              "20."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to a mother after the initial conference:
#    mother's heroin use on a methadone script, a boy of 8 and a girl of 2,
#    the younger child's father on licence, the maternal grandfather helping.
#    Plan told in sentences under "What I will do / What you will do / What
#    other people will do". Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_averholt_letter_after_conference_plan_in_prose_quigley.pdf",
    "doc_title": "Letter after the initial child protection conference - Brandon and Lily-Mae",
    "split": "heldout",
    "actions": 14,
    "template": "sw-letter-to-mother-after-icpc-paged-letterhead-what-the-conference-decided-why-worried-what-children-told-us-what-we-want-then-what-will-happen-next-in-sentences-what-i-will-do-what-you-will-do-what-other-people-will-do-if-things-go-wrong-meetings",
    "description": (
        "Social worker's letter to a mother after the initial conference for her 8-year-old son "
        "and 2-year-old daughter; she uses heroin on top of a methadone script, her daughter's "
        "father is on licence, and her own father helps. Paged, with header and footer. The plan "
        "is told in sentences, each its own action, under 'What I will do', 'What you will do' and "
        "'What other people will do'; 'I' is the social worker who signs and 'you' the mother. "
        "Most sentences are sound (weekly visits, the drug service's reports on change, the GP, "
        "the school, the health visitor, the grandfather's Saturdays). Faults: a parenting "
        "assessment with no output; 'Brandon will be referred' with nobody named; 'It is hoped "
        "that' a nursery place is found, with no one, no time and no measure; the grandfather's "
        "school run 'whenever he can'; the probation officer to 'keep an eye on'; and a "
        "contingency that sends the children to the grandfather with nothing if he cannot."
    ),
    "header": "Averholt City Council – Children's Social Care – PRIVATE AND CONFIDENTIAL",
    "footer": "Letter to Nicole Quigley after the conference of 07/10/2025 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Averholt City Council"),
        ("pr", "Children's Social Care – Safeguarding Team 2"),
        ("pr", "Tollgate House, 3 Weir Street, Averholt AV1 4NN"),
        ("pr", "10 October 2025"),
        ("pl", "Ms Nicole Quigley"),
        ("pl", "Flat 6, Linnet House"),
        ("pl", "Averholt AV4 9SD"),
        ("p", ""),
        ("p", "Dear Nicole,"),
        ("p", "Thank you for coming to the initial child protection conference on Tuesday 7 October. I know it was a "
              "long and hard morning for you. As I promised, I am writing to set out in plain words what the "
              "conference decided and what the plan for Brandon and Lily-Mae is. The conference team will send "
              "you the full minutes separately."),
        ("h2", "What the conference decided"),
        ("p", "The conference decided that Brandon (8) and Lily-Mae (2) should each have a child protection plan, "
              "under the category of neglect. I am their social worker and my manager is Rachel Obi."),
        ("h2", "Why the conference was worried"),
        ("p", "You have been on a methadone script from Weirside Recovery since March, but your tests in August and "
              "September showed heroin as well. On 12 September the police found you asleep on the sofa at 4pm "
              "with foil on the table, Lily-Mae in a nappy that had not been changed for most of the day and no "
              "food in the kitchen. Brandon has missed 23 days of school since Easter and is often the one who "
              "gets his sister up and gives her breakfast. Jordan Reece, Lily-Mae's dad, was released from prison "
              "on licence in September; one of his conditions is that he does not come to your home."),
        ("h2", "What Brandon and Lily-Mae have told us"),
        ("p", "Brandon talked to me on his own at school on 2 October. He said: “Mum sleeps a lot in the day. I make "
              "Lily-Mae's toast and put the telly on for her. I like it at Grandad Ray's because he does pancakes "
              "and I don't have to do anything.” He gave home 4 out of 10 and said it would be a 10 “if Mum was "
              "awake more”."),
        ("p", "Lily-Mae is two and has only a few words. When the health visitor came on 30 September she ate two "
              "slices of toast very fast and went to Brandon, not to you, when she bumped her head. When I visited "
              "on 6 October she was clean and happy and showed me her new shoes."),
        ("h2", "What we want for Brandon and Lily-Mae"),
        ("bullets", [
            "Brandon and Lily-Mae are looked after every day by an adult who is not under the influence of drugs "
            "or alcohol.",
            "Lily-Mae is fed, changed and taken to her health checks, and keeps growing along her centile.",
            "Brandon goes to school every day, on time, and no longer has to get his sister up and fed.",
            "Brandon and Lily-Mae never see Jordan at home, and Brandon knows who to tell if he comes.",
        ]),
        ("h2", "What will happen next"),
        ("boldp", "What I will do"),
        ("p", "I will visit you, Brandon and Lily-Mae at home every week until the review conference, and at least "
              "one visit in three will be unannounced; my notes of each visit will record where the children are "
              "sleeping, what food is in the house and what Brandon tells me on his own."),
        ("p", "I will complete a parenting assessment with you by 28/11/2025."),
        ("p", "I will refer Brandon to Averholt Young Carers by 24/10/2025, and their worker will tell me in writing "
              "the date of his first session."),
        ("boldp", "What you will do"),
        ("p", "You will go to your key-work and script review at Weirside Recovery every Tuesday and give a urine "
              "sample each time, so that the results show whether you are using anything on top of your methadone."),
        ("p", "You will have Lily-Mae up, washed and fed by 8.30am every day, and the food and nappy chart on your "
              "fridge will show me this at each visit."),
        ("boldp", "What other people will do"),
        ("p", "Ellis Morton, your recovery worker at Weirside Recovery, will send me a written report two working "
              "days before each core group on your test results, on whether he thinks you can stop using on top "
              "of your script and keep to it, and on how long that is likely to take."),
        ("p", "Dr Sarah Whitlow, your GP, will send me your health records by 21/10/2025 and ring me the same day "
              "if you miss a methadone pick-up at the chemist, and I will keep a note of each call on the "
              "children's file."),
        ("p", "Mrs Kaur, the designated safeguarding lead at Brandon's school, will check his attendance every day, "
              "email it to me every Friday, and ring me the same day if he comes in hungry, unwashed or late."),
        ("p", "Brandon will be referred to the school's nurture group by 31/10/2025, and his place will be "
              "confirmed in a letter to you."),
        ("p", "Saffron Dunne, the health visitor, will see Lily-Mae at home every two weeks to weigh her, and will "
              "do her two-year development check by 14/11/2025, so that her weights are in her red book and her "
              "check scores are sent to me."),
        ("p", "It is hoped that a nursery place can be found for Lily-Mae so that she can spend time with other "
              "children."),
        ("p", "Your dad, Ray, has said he will take Brandon to school whenever he can, and Brandon's teacher will "
              "note on the register whether he arrived with his grandad."),
        ("p", "Ray will also have Brandon and Lily-Mae at his flat every Saturday from 10am to 4pm, and will text me "
              "each Saturday evening to say how the day went."),
        ("p", "Omar Farooq, Jordan's probation officer, will keep an eye on whether Jordan sticks to his licence "
              "condition not to come to your home, every week until the review conference."),
        ("h2", "If things go wrong"),
        ("p", "If I or anyone else finds you under the influence of drugs or alcohol while you are looking after the "
              "children, or if Jordan comes to your home, Brandon and Lily-Mae will go to stay with your dad at his "
              "flat that day, and I will hold a strategy discussion with the police the same day."),
        ("p", "If your urine tests show heroin on top of your methadone at two tests in a row, or the children are "
              "found without food again, I will ask Rachel Obi for a legal planning meeting within five working "
              "days."),
        ("h2", "Meetings"),
        ("p", "The first core group meeting will be on Friday 17 October at 10am at Averholt Family Hub, Cinder Lane. "
              "After that the core group will meet every four weeks, on 14 November and 12 December. The review "
              "conference will be on Tuesday 6 January 2026 at 2pm at Tollgate House."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on "
              "01632 960 418. You can also bring someone with you to the core group meetings."),
        ("p", "Yours sincerely,"),
        ("p", "Jess Halloran"),
        ("p", "Social Worker, Safeguarding Team 2"),
        ("p", "Copy to: Rachel Obi (team manager); conference chair; the core group"),
    ],
    "findings": [
        F("M001", "I will complete a parenting assessment with you"),
        F("W001", "Brandon will be referred to the school's nurture group"),
        F("W001", "It is hoped that a nursery place can be found"),
        F("T001", "It is hoped that a nursery place can be found"),
        F("M001", "It is hoped that a nursery place can be found"),
        F("T002", "Your dad, Ray, has said he will take Brandon"),
        F("M002", "Omar Farooq, Jordan's probation officer, will keep an eye on"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Transfer-in conference plan, mother's drinking, a girl of 14 and a boy
#    of 4, the maternal aunt nearby. Initials key at the top; bullets under
#    themed headings, each ending with the owner and time in brackets.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_applemere_transfer_in_initials_key_bracket_bullets_szymanska.md",
    "split": "heldout",
    "actions": 11,
    "template": "transfer-in-plan-md-bold-details-how-the-family-came-whos-who-initials-key-in-zofias-words-kubas-days-what-they-need-then-themed-bullets-ending-in-bracketed-initials-and-time-what-happens-if-meetings",
    "description": (
        "Exemplary plan from a transfer-in conference for a 14-year-old and a 4-year-old whose "
        "mother drinks; the family moved from another county, whose social worker kept visiting "
        "until this conference. A Markdown plan with a who's-who key of initials at the top, "
        "Zofia's own words and Kuba's days, outcomes, then bullets under themed headings, each "
        "ending with the owner's initials and the time in brackets and carrying its own check. "
        "The drug and alcohol charity reports on change, the GP owns an action, the previous "
        "authority sends its file by a date, the aunt's part has a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Zofia and Kuba Szymańska

**Applemere Borough Council · Children's Services · Safeguarding Service (North)**
**Transfer-in child protection conference, Thursday 23/10/2025, Orchard House, Applemere**

- **Children:** Zofia Szymańska, 14 (DOB 03/02/2011), Year 10 at Applemere Park Academy; Kuba Szymański, 4 (DOB 27/07/2021), Bumblebees Nursery
- **Address:** 12 Pippin Row, Applemere AP3 5RT (since 18/08/2025)
- **Mother:** Agnieszka Szymańska (36)
- **Father:** Piotr Szymański, lives in Poznań; video calls with both children on Sundays
- **Maternal aunt:** Marta Nowak, 30 Russet Close, Applemere (ten minutes' walk)
- **Category:** Neglect (both children), first made by Kestermoor County Council on 06/05/2025
- **Chair:** Lorna Bickerstaff (independent reviewing officer)

## How Zofia and Kuba came to Applemere

Zofia and Kuba have been on child protection plans since Kestermoor's initial conference on 06/05/2025. In April the police found Agnieszka unconscious after drinking, with Kuba in the flat and Zofia cooking his tea. Agnieszka then went to key-work in Kestermoor and had been sober for ten weeks when her tenancy ended and the family moved to Pippin Row, near her sister, in August. She drank over one weekend in September, and Zofia rang Marta, who came and took both children to her house. Kestermoor's social worker kept visiting every two weeks until today, and came with Applemere's social worker on a joint visit on 09/10/2025. From today this plan replaces Kestermoor's plan.

## Who's who — initials used in this plan

- **HM** = Hannah Mistry, social worker, Applemere Children's Services (team manager: Carl Evesham, **CE**)
- **Mum** = Agnieszka Szymańska
- **MN** = Marta Nowak, Mum's sister ("Ciocia Marta" to the children)
- **LK** = Leon Kearsley, recovery worker, Orchardside Recovery (Applemere's drug and alcohol charity)
- **RF** = Dr Ross Fenwick, GP, Orchard Vale Surgery
- **RT** = Mrs Rhian Thackeray, designated safeguarding lead, Applemere Park Academy
- **PW** = Pip Waldron, Applemere Young Carers
- **DN** = Dora Nyambura, Kuba's key worker, Bumblebees Nursery
- **SO** = Sian Oduya, health visitor, Applemere 0-19 Service
- **EC** = Ewan Crabtree, social worker, Kestermoor County Council (Kestermoor's worker until today)

In "What will happen" each bullet says what will be done and how it will be checked, and ends with who does it and when, in brackets.

## In Zofia's words

Zofia talked to HM on her own at school on 15/10/2025, and wrote some of it down herself:

> "When Mum drinks I do everything — Kuba's tea, his bath, getting him up. I don't mind Kuba, he's funny, but I was so tired I fell asleep in maths. I rang Ciocia Marta in September and she came in ten minutes. I want Mum to stop for real this time. I like it here better than Kestermoor, I've got Amelka and Jas at school. I don't want to go to a foster family, I want to stay with Mum and Kuba."

She gave home 5 out of 10 now (it was 2 in April) and said 8 would be "Mum sober and me just doing homework".

## Kuba's days

Kuba is four and chatty in Polish, with fewer words in English. At nursery he runs in happily, plays in the home corner and "makes tea for Zofia". On HM's visits he shows his drawings to his mum first and sits on her knee. Nursery notice he is very hungry on Monday mornings, and on 29/09/2025, after the weekend Mum drank, he hid under the table when a door banged and would not come out for his key worker.

## What Zofia and Kuba need

1. Zofia and Kuba are looked after every day by a mum who is sober, or by another safe adult when she is not.
2. Zofia gets to be 14: she goes to school every day, sees her friends and does not have to get Kuba up, fed and to nursery.
3. Kuba goes to nursery every morning he is booked, and his speech and play keep catching up.
4. Zofia and Kuba know exactly who to call if Mum has been drinking, and Zofia has those numbers in her phone.

## What will happen

### Keeping Zofia and Kuba safe at home

- Visit Zofia and Kuba at home, one visit in three unannounced; see Zofia on her own each time and write down what she says and what Kuba shows in his play, with the visit note on the record within two working days. (HM, every week until the review conference)
- Key-work with Mum with a breath test at every session, and a written report to each core group on her readings, on whether she is staying sober and can keep it up for the children, and on how long that is likely to take. (LK, every Monday; report two working days before each core group)
- Stay sober whenever Zofia and Kuba are in her care, go to every Monday session and blow into the breathalyser at each of HM's visits; HM records a zero reading each time. (Mum, every day from 23/10/2025)
- Write to HM with Mum's alcohol history, her liver test results and whether a community detox is planned; the letter goes on the children's file. (RF, by 06/11/2025)

### Zofia

- Check Zofia's attendance every day and give her a ten-minute check-in with her tutor on Mondays; attendance goes to HM every Friday and should stay at 95% or above. (RT, every school day from 27/10/2025)
- Young carer's assessment with Zofia and a place at the Wednesday group if she wants one; her young carer's plan is sent to HM. (PW, assessment by 28/11/2025)
- Make a "who to call" card with Zofia and put MN's, HM's and the emergency duty team's numbers in her phone; HM sees the card and the numbers at the next visit. (HM, by 31/10/2025)

### Kuba

- Record Kuba's attendance, how he arrives and anything he says or shows about home, and ring HM the same day with any worry; a weekly email to HM gives his attendance. (DN, every session, Monday to Thursday mornings)
- Check Kuba's speech and development in Polish and English, send the scores to HM and refer him to speech and language therapy if he scores below his age. (SO, by 14/11/2025)

### Family

- Have Zofia and Kuba to stay every Friday night, and be the adult Zofia rings if Mum has been drinking; MN texts HM each Saturday morning to say the children stayed. (MN, every Friday from 24/10/2025, and the same night whenever Zofia rings)

### Handing over from Kestermoor

- Send Applemere the rest of the Kestermoor file, with the chronology and the minutes of Kestermoor's last three core groups; HM confirms at core group 1 that everything has arrived. (EC, by 31/10/2025)

## What happens if …

- **… Mum drinks while she is caring for Zofia and Kuba, blows over zero, or Zofia rings for help:** MN collects the children the same evening and they stay with her; HM (or the emergency duty team after 5pm) holds a strategy discussion the same day.
- **… MN cannot have them** (she works some evening shifts at the care home): HM arranges for Zofia and Kuba to go together to Applemere foster carers that night. The emergency duty team's number is on Zofia's card for this.
- **… Mum misses two Mondays in a row, or has two readings over zero before the review conference:** HM will ask CE for a legal planning meeting within five working days, to decide whether to start the PLO.

## Meetings

- Core group: every four weeks, Thursdays at 4pm at Applemere Park Academy — 06/11/2025, 04/12/2025 and 08/01/2026.
- Review child protection conference: 22/01/2026, 10am, Orchard House, chaired by Lorna Bickerstaff.
- Zofia has asked to come to the last half hour of each core group; HM will meet her beforehand to agree what she wants to say.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group 2 minutes, father's first-episode psychosis, a baby of 7
#    months, paternal grandparents helping. Numbered minutes, two actions
#    closed since core group 1, then an action log "# | Agreed step | Owner |
#    Due | Done when". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_aldringcombe_core_group_minutes_done_when_log_pryor.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-md-bold-meeting-lines-numbered-minutes-closed-since-last-time-updates-rios-day-what-were-aiming-for-then-agreed-step-owner-due-done-when-action-log-if-things-get-worse-legal-planning-note-next-meetings",
    "description": (
        "Minutes of the second core group for a 7-month-old whose father had a first episode of "
        "psychosis in the summer and whose paternal grandparents help with nights and "
        "appointments. Numbered minutes: two one-off actions from core group 1 closed (not "
        "counted), agency updates, the baby's day, the plan's outcomes, then an action log headed "
        "Agreed step / Owner / Due / Done when. Most rows are sound (weekly visits, weighs, the "
        "psychiatrist's written view on change, the grandparents' nights and lifts, the GP, the "
        "parenting assessment). Faults: the care co-ordinator only supporting the father with his "
        "depot; the mother's diary 'Ongoing'; 'Core group' to write the night-time safety plan; "
        "the baby group measured by the family worker 'to monitor'; a volunteer-scheme referral with no "
        "due date; and a contingency of 'if things get worse' and meeting early, with nothing if "
        "the grandparents cannot help. The team manager's note ties legal planning to named "
        "triggers."
    ),
    "text": """\
# Aldringcombe District Council — Children's Social Care

## Core Group Meeting 2 — Minutes and Action Log

**Child:** Rio Pryor, born 14/03/2025 (7 months)
**Meeting:** Tuesday 04/11/2025, 1.30pm, Aldringcombe Children's Centre, Meadow Room
**Chair and minutes:** Abi Carver, social worker
**Present:** Chloe Hesketh (Mum); Liam Pryor (Dad); Sandra Pryor (paternal grandmother); Nasreen Bibi (health visitor); Dan Whitworth (care co-ordinator, Early Intervention in Psychosis team); Tasha Reid (family worker, Aldringcombe Children's Centre)
**Apologies:** Dr Kamal Rashid, GP, Quarry Lane Surgery (written update sent); Mick Pryor (paternal grandfather, at work)
**Plan made at:** Initial child protection conference, 07/10/2025 — category neglect

---

### 1. Welcome and apologies

Abi welcomed everyone. Apologies as above. Dr Rashid's update was read out.

### 2. Actions from core group 1 (14/10/2025) now closed

- CG1-3: Dr Rashid to send Liam's and Chloe's health records to Abi. **Done 20/10/2025 — closed.**
- CG1-5: Abi to check that Rio has his own cot and a safe mattress. **Done 16/10/2025, cot seen — closed.**

All other actions from core group 1 are carried into the action log at item 6.

### 3. Updates

**Abi (SW):** four visits since core group 1, one unannounced. The flat at 9 Beck Terrace was warm and there was formula in the cupboard each time. On 28/10/2025 Rio was asleep on the sofa between cushions when Abi arrived; Chloe moved him to his cot straight away. Liam was calm and talked about his new job at the garden centre.

**Nasreen (HV):** Rio dropped from the 50th to the 9th centile in September. Since the plan began he has put on weight at three of four weighs and is now just above the 9th centile.

**Dan (EIP):** Liam was admitted to the Beckside Unit for four weeks in June with a first episode of psychosis. He has had his depot injection on time since discharge and says the voices have stopped. He missed one clinic appointment in October.

**Sandra:** she has done three nights a week since the conference and says Chloe is "getting the hang" of night feeds. Mick has driven Chloe and Rio to every appointment.

**Chloe and Liam:** Chloe says she is tired but managing with Sandra's help. Liam said he knows the signs that he is becoming unwell — not sleeping and feeling that people on the TV are talking about him — and will tell Dan.

### 4. Rio's day

Rio is seven months old. At the visits he was seen to wake at about 6am, babble to himself in his cot and reach up to be lifted. He feeds well from a bottle held by Chloe and watches her face; Nasreen saw him settle on Sandra's shoulder within a minute at clinic. He startles and cries when the TV is loud, and on 21/10/2025 he would not settle for Liam after Liam shouted at a football match on the TV.

### 5. What we're aiming for (outcomes from the plan made at conference)

- Rio is fed on time, day and night, and is back on the 25th centile by the review conference.
- Rio sleeps safely on his back in his own cot at every sleep.
- Rio is always cared for by an adult who is well, and is never left alone with his dad when Liam is unwell.
- Rio gets to every one of his health appointments.

### 6. Action log

| # | Agreed step | Owner | Due | Done when |
|---|---|---|---|---|
| A1 | Visit Rio at home, see him awake and at a feed, and check where he sleeps; one visit in three unannounced | Abi Carver (SW) | Weekly until the review conference on 15/01/2026 | Visit notes on the record show every weekly visit and where Rio was sleeping |
| A2 | Weigh Rio, plot his weight and look through his feed and sleep diary with Chloe | Nasreen Bibi (HV) | Every other Thursday | Weights in the red book; Rio back on the 25th centile by the review conference |
| A3 | Keep supporting Liam with his depot injection and his clinic appointments | Dan Whitworth, care co-ordinator, EIP team | Fortnightly | Depot dates recorded on the EIP record and sent to Abi |
| A4 | Give a written view on Liam's insight, his risk of relapse and whether he can make the changes Rio needs, with the likely timescale | Dr Ana Moreira, consultant psychiatrist, EIP team | By core group 3 (02/12/2025) | Report read at core group 3 and placed on Rio's file |
| A5 | Stay at Beck Terrace three nights a week to do Rio's night feeds with Chloe | Sandra Pryor (paternal grandmother) | Monday, Wednesday and Friday nights until the review conference | Night feed chart signed by Sandra; Abi checks it each week |
| A6 | Drive Chloe and Rio to the baby clinic and to Rio's hospital appointments | Mick Pryor (paternal grandfather) | Every appointment as booked | Clinic and hospital records show no missed appointments |
| A7 | Keep Rio's feed and sleep diary on the fridge | Chloe Hesketh (Mum) | Ongoing | Diary checked by Nasreen at each weigh |
| A8 | Agree a written safety plan for nights when Liam is unwell | Core group | By core group 3 (02/12/2025) | Signed safety plan on Rio's file |
| A9 | Take Rio to the Baby Steps group at the children's centre | Chloe, with Tasha Reid (family worker) | Every Wednesday from 12/11/2025 | Tasha to monitor how Chloe and Rio get on |
| A10 | Ring Abi the same day if Liam does not collect his prescription | Dr Kamal Rashid, GP | Same day | Each call logged on Rio's case record |
| A11 | Referral to Aldringcombe Family Friends for a volunteer two mornings a week | Abi Carver (SW) | | Volunteer's first visit recorded on Rio's file |
| A12 | Parenting assessment of Chloe and Liam | Abi Carver (SW) | By 16/12/2025 | Report shared with Chloe, Liam and the core group before the review conference |

### 7. If things get worse

If things get worse at home, the core group will meet early to look at the plan again, and Abi will talk to her team manager.

### 8. Legal planning

Tom Okonedo (team manager) asked for this to be minuted: if Rio's weight falls below the 2nd centile, or Liam is admitted to hospital again, Abi will request a legal planning meeting within five working days.

### 9. Next meetings

- Core group 3: Tuesday 02/12/2025, 1.30pm, Aldringcombe Children's Centre; then every four weeks (next 06/01/2026).
- Review child protection conference: Thursday 15/01/2026, 10am, Aldringcombe Council Offices.

Minutes sent to everyone present on 05/11/2025 by Abi Carver.
""",
    "findings": [
        F("H001", "Keep supporting Liam with his depot injection and his clinic appointments"),
        F("T002", "Keep Rio's feed and sleep diary on the fridge"),
        F("W002", "Agree a written safety plan for nights when Liam is unwell"),
        F("M002", "Take Rio to the Baby Steps group at the children's centre"),
        F("T001", "Referral to Aldringcombe Family Friends for a volunteer two mornings a week"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, father's alcohol dependence and depression,
#    an autistic boy of 15, the paternal aunt helping. Case-management export
#    with repeated page headers; every action a block of WHAT / LEAD /
#    FREQ/DUE / CHANGE WE EXPECT TO SEE lines. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b155_ambleworth_case_export_lead_freq_change_lines_brennan.txt",
    "split": "heldout",
    "actions": 11,
    "template": "case-management-export-txt-repeated-page-headers-dot-leader-subject-parent-conference-fields-reason-parental-health-ollies-typed-views-outcomes-o1-o4-then-a01-a11-what-lead-freq-due-change-we-expect-to-see-lines-trigger-response-contingency-review",
    "description": (
        "Exemplary initial conference plan for an autistic 15-year-old whose father, his sole "
        "carer, is dependent on alcohol and depressed; his paternal aunt helps. A plain-text "
        "export from a case-management system with its page header repeated on each page, "
        "dot-leader fields, Ollie's views as he typed them, four outcomes, then eleven actions "
        "each written as WHAT / LEAD / FREQ/DUE / CHANGE WE EXPECT TO SEE lines. The community "
        "alcohol team and the community mental health nurse both report on the father's capacity "
        "to change and its timescale, the GP owns an action, the aunt's two parts have a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
AMBLEWORTH BOROUGH COUNCIL                               HEARTH CASE MANAGER 4.2
CHILD PROTECTION PLAN - INITIAL                                OFFICIAL-SENSITIVE
Subject: BRENNAN, Oliver (ID 7731029)                                 Page 1 of 3
================================================================================

SUBJECT
  Name .................. Oliver ("Ollie") BRENNAN
  DOB ................... 11/01/2010 (15)
  School ................ Ambleworth High School, Year 11 (EHCP)
  Needs ................. Autistic. Prefers to type rather than talk to people
                          he does not know well; finds noise and change hard
  Address ............... 22 Rope Walk, Ambleworth AM4 2LD

PARENT / CARER
  Father ................ Gareth BRENNAN (47), sole carer
  Mother ................ Joanne BRENNAN, in Spain since 2019; WhatsApp with
                          Ollie about once a month
  Paternal aunt ......... Fiona BRENNAN, 6 Wharf Street, Ambleworth (one mile)

CONFERENCE
  Type .................. Initial child protection conference
  Date .................. 28/10/2025
  Chair ................. Nasima Chowdhury
  Category .............. Neglect
  Allocated SW .......... Tom Ashdown, Safeguarding Team East
  Team manager .......... Lucy Harwood

REASON FOR PLAN
  Gareth lost his job in February and has been drinking heavily since. School
  say Ollie has lost 6kg since the spring and his attendance this term is 71%.
  In September the electricity ran out for three days and Ollie washed his
  clothes in the sink. At 2am on 01/10/2025 the police found Gareth drunk in
  the street, with Ollie at home on his own; Ollie had texted his aunt.

PARENTAL HEALTH (AS RECORDED)
  Alcohol ............... Dependent drinking, about two bottles of wine a day;
                          with Ambleworth Community Alcohol Team since 06/10/2025
  Mental health ......... Depression; sertraline from his GP; allocated to a
                          community mental health nurse, Ambleworth CMHT, on
                          20/10/2025

OLLIE'S VIEWS (typed by Ollie on the SW's laptop, 22/10/2025, as he wrote them)
  "dad is ok when hes not drinking. when he drinks he sleeps on the sofa and i
  have to make tea. i dont mind cooking but theres nothing to cook. i dont want
  to move out i want dad to stop. i like going to auntie fi's because its quiet
  and her wifi works."
  Ollie scored home 3 out of 10 with Tom and said 7 would be "food in the fridge
  and dad not asleep at 4 oclock". His form tutor says he eats two breakfasts at
  breakfast club and wears the same hoodie all week.

OUTCOMES FOR OLLIE
  O1  Ollie has food in the house, clean clothes and heating every day, and is
      never left to look after himself overnight.
  O2  Ollie lives with a dad who is sober whenever he is caring for him, or is
      with another safe adult when he is not.
  O3  Ollie is at school every day (attendance 95% or more) and his weight goes
      back to what it was in the spring.
  O4  Ollie can contact someone in the way he prefers (a text) if his dad has
      been drinking, and gets an answer that evening.

--------------------------------------------------------------------------------
AMBLEWORTH BOROUGH COUNCIL                               HEARTH CASE MANAGER 4.2
CHILD PROTECTION PLAN - INITIAL                                OFFICIAL-SENSITIVE
Subject: BRENNAN, Oliver (ID 7731029)                                 Page 2 of 3
================================================================================

ACTIONS        LEAD = the person who answers for the action at core group

A01  WHAT ............. Visit Ollie at home, one visit a fortnight unannounced;
                        see him on his own in his room, check the fridge and
                        meters, and let him type his answers if he prefers
     LEAD ............. Tom Ashdown, social worker
     FREQ/DUE ......... Weekly from 29/10/2025 until the review conference
     CHANGE WE EXPECT TO SEE  Visit record shows Ollie seen alone every week,
                        with what was in the fridge and his typed words saved

A02  WHAT ............. Key-work with Gareth and a breath test at every session;
                        a written report to each core group on his readings,
                        whether he is making the changes Ollie needs and how
                        long they are likely to take
     LEAD ............. Sam Lythgoe, alcohol worker, Ambleworth Community
                        Alcohol Team
     FREQ/DUE ......... Every Thursday; report two working days before each
                        core group
     CHANGE WE EXPECT TO SEE  Report on file before every core group with each
                        breath test reading

A03  WHAT ............. See Gareth at home, go over his mood and medication with
                        him, and write to each core group on whether his
                        depression has lifted enough for him to care for Ollie,
                        what still has to change and how long that will take
     LEAD ............. Karen Illingworth, community mental health nurse,
                        Ambleworth CMHT
     FREQ/DUE ......... Every two weeks from 03/11/2025; first written view by
                        25/11/2025, then before each core group
     CHANGE WE EXPECT TO SEE  Written view on the case file by 25/11/2025 and
                        before each core group after that

A04  WHAT ............. Not drink at all on days Ollie is at home, go to every
                        Thursday session, and keep the gas and electricity
                        meters in credit
     LEAD ............. Gareth Brennan (father)
     FREQ/DUE ......... Every day from 28/10/2025
     CHANGE WE EXPECT TO SEE  Zero breath test at every key-work session and
                        every SW visit; meters in credit at every visit

A05  WHAT ............. Send the SW Gareth's alcohol history and liver tests,
                        and say whether he is fit for a community detox
     LEAD ............. Dr Yusuf Adeleke, GP, Wharfside Medical Centre
     FREQ/DUE ......... By 07/11/2025
     CHANGE WE EXPECT TO SEE  GP letter on the case file by 07/11/2025

A06  WHAT ............. Give Ollie breakfast club and a free school meal every
                        day, and weigh him in school every other Monday
     LEAD ............. Mrs Amanda Crewe, designated safeguarding lead,
                        Ambleworth High School (with the school nurse)
     FREQ/DUE ......... Every school day; weighs every other Monday from
                        03/11/2025
     CHANGE WE EXPECT TO SEE  Attendance and weights emailed to the SW each
                        Friday; attendance 95% or more; weight up at each weigh

A07  WHAT ............. Review Ollie's sleep and melatonin, and write a sensory
                        plan for the house that his dad and aunt can follow
     LEAD ............. Lauren Pike, neurodevelopmental nurse, Ambleworth CAMHS
     FREQ/DUE ......... Appointment by 21/11/2025; plan by 28/11/2025
     CHANGE WE EXPECT TO SEE  Sensory plan sent to the SW, Gareth and Fiona by
                        28/11/2025 and seen on the kitchen wall at the next visit

A08  WHAT ............. Have Ollie for tea at Wharf Street, and check there is
                        food in the house when she drops him home
     LEAD ............. Fiona Brennan (paternal aunt)
     FREQ/DUE ......... Every Tuesday and Thursday from 28/10/2025
     CHANGE WE EXPECT TO SEE  Fiona texts the SW a photo of the fridge each
                        Tuesday and Thursday evening

--------------------------------------------------------------------------------
AMBLEWORTH BOROUGH COUNCIL                               HEARTH CASE MANAGER 4.2
CHILD PROTECTION PLAN - INITIAL                                OFFICIAL-SENSITIVE
Subject: BRENNAN, Oliver (ID 7731029)                                 Page 3 of 3
================================================================================

A09  WHAT ............. Be the adult Ollie texts if his dad has been drinking,
                        and collect him to stay at Wharf Street
     LEAD ............. Fiona Brennan (paternal aunt)
     FREQ/DUE ......... The same evening, every time Ollie texts
     CHANGE WE EXPECT TO SEE  Fiona tells the SW by 9am the next day; the SW
                        records each stay on the case file

A10  WHAT ............. Four sessions of direct work with Ollie, on his laptop,
                        about his worries and what he wants from his dad
     LEAD ............. Tom Ashdown, social worker
     FREQ/DUE ......... Four sessions by 12/12/2025
     CHANGE WE EXPECT TO SEE  Ollie's typed answers from each session saved to
                        the file and brought to the review conference

A11  WHAT ............. Repair the boiler at 22 Rope Walk
     LEAD ............. Darren Fyfe, tenancy officer, Ambleworth Homes
     FREQ/DUE ......... By 14/11/2025
     CHANGE WE EXPECT TO SEE  Gas safety certificate copied to the SW; heating
                        working at the SW's next visit

CONTINGENCY
  TRIGGER 1 ........... Gareth is drunk or smells of alcohol when Ollie is at
                        home, a breath test is over zero, or Ollie texts Fiona
                        or Tom for help
  RESPONSE ............ Fiona collects Ollie that evening and he stays with her;
                        Tom (or the emergency duty team after 5pm) holds a
                        strategy discussion the same day
  TRIGGER 2 ........... Fiona cannot have Ollie (she works away some weeks)
  RESPONSE ............ Tom arranges for Ollie to stay that night at Larkspur
                        House, the council's short-break home, where he has had
                        overnight stays since 2023
  TRIGGER 3 ........... Gareth misses two Thursday sessions in a row, or has two
                        breath tests over zero before the review conference
  RESPONSE ............ Tom asks Lucy Harwood for a legal planning meeting
                        within five working days, to decide whether to start
                        the PLO

REVIEW
  Core group ............ Every four weeks, Wednesdays 3.30pm, Ambleworth High
                          School: 12/11/2025, 10/12/2025 and 07/01/2026
  Review CPC ............ 27/01/2026, 2pm, Ambleworth Town Hall
  Ollie's part .......... Tom will see Ollie before each core group and bring
                          his typed views to the meeting

================================================================================
END OF EXPORT                                       Exported 29/10/2025 09:12
""",
    "findings": [],
})
