"""Batch 145, module h: seven fictional plans (tuning material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans as they look when they are UPDATED rather than first written,
in seven more authorities' house styles, with the measure of each action put
in different places and the progress written in different words. A first
review conference record that opens with the decision, attendance and views,
then restates the plan under outcome banner rows with a "What we will see"
column beside a "Where are we now?" column (Hollinsby, docx); a third core
group record with a "Target / what good looks like" column, an "Update from
core group 3" column and a "RAG with comment" column (Hebbleton, docx); a
fourth core group record printed to PDF, each action a small block with an
"Evidence of progress" line (one revised at core group 3) and dated notes
from each core group under it (Hindlecote, pdf); a second review conference
that escalates to a legal planning meeting because progress is not enough in
two areas, with owners "was / now", measures revised at review and a table of
closed actions kept apart (Harrowmere, pdf); a Markdown plan made detailed at
the first core group, nested bullets under outcomes whose "We'll know" check
sits above the actions, struck-out wording and a change log (Hesketon, md);
a child in need review after step-down, in a Markdown table with a "What we
will see" column and a "Where are we now?" column (Hathermoor, md); and a
plain-text case-system print of the first core group after a transfer in,
with OWNER WAS / NOW, DUE SET / NOW, WHAT GOOD LOOKS LIKE and RAG WITH
COMMENT fields and a change log (Hazelbrigg, txt). The families live with a
father's PTSD and depression, domestic abuse and a mother's anxiety and
drinking, a mother's alcohol dependence and a young carer, a father's cocaine
use and a mother's postnatal depression, a disabled three-year-old and his
mother's depression and learning disability, a partner's cannabis use after
step-down, and a teenager at risk of exploitation after the family fled
domestic abuse.

Five plans are exemplary (no findings): Hollinsby (docx), Hindlecote (pdf),
Harrowmere (pdf), Hesketon (md) and Hazelbrigg (txt). Two carry a realistic
mix of faults among mostly good rows: the Hebbleton core group 3 record
(docx) and the Hathermoor child in need review (md).

Counting convention for "actions" (README convention 1, "Files", and the
batch 143/144 additions): each live row of an action table and each live
action block or top-level action bullet of an action section counts once,
however many dated notes, "was / now" owners or moved dates it carries. A
one-off action marked done, completed, closed or "no longer needed" is not
counted wherever it stands (a closed row or block left in the plan, or a
closed-actions table or list kept apart), while ongoing work whose status is
"achieved" still counts. Outcome banner rows, "What good looks like" checks
written into an outcome, the chair's scaling summaries, attendance tables,
the contingency, the legal planning section, meeting dates and change logs
hold no actions. Where an action has Who / When / What we will see
sub-bullets, the sub-bullets belong to the action above them and are not
counted separately.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record, father's PTSD and depression, two
#    children, paternal grandmother helping. Opens with the decision,
#    attendance table and views; the chair's summary per outcome with
#    scaling then and now; the revised plan under outcome banner rows with
#    "What we will see" beside "Where are we now?"; closed actions kept in a
#    separate table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hollinsby_rcpc1_decision_first_where_are_we_now_marchbank.docx",
    "doc_title": "Review Child Protection Conference Record - Lily and Jack Marchbank",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "rcpc1-record-docx-landscape-decision-first-attendance-table-childrens-and-dads-views-chairs-summary-per-outcome-scaling-then-now-then-revised-plan-outcome-banner-rows-ref-what-will-happen-lead-by-when-what-we-will-see-where-are-we-now-then-closed-at-review-table-contingency-legal-meetings",
    "description": (
        "Exemplary first review conference record for an 8-year-old and a 4-year-old whose father, "
        "an army veteran and their sole carer, has PTSD and depression. The record opens with the "
        "decision, an attendance table and the children's, father's and grandmother's views, then "
        "the chair's summary per outcome with scaling scores then and now, then restates the plan "
        "under outcome banner rows with a 'What we will see' column beside a 'Where are we now?' "
        "column (an owner changed, a GP review carried forward with a new date, wording revised "
        "and two actions agreed today); one-off actions closed at the review sit in a table of "
        "their own. The veterans' mental health service reports on capacity to change, the GP "
        "owns an action, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and second review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Revised Plan"),
        ("p", "Hollinsby Metropolitan Borough Council · Safeguarding and Quality Assurance Unit"),
        ("kv", [
            ("Children", "Lily Marchbank (8), DOB 02/05/2017, Year 3, St Cuthbert's CE Primary; "
                         "Jack Marchbank (4), DOB 19/09/2021, Little Wrens Nursery"),
            ("Address", "31 Pennine View, Hollinsby HB7 2QT"),
            ("Father", "Craig Marchbank (38), sole carer since July 2025"),
            ("Mother", "Shannon Hurst (34), lives in Caxby; no contact since August 2025"),
            ("Paternal grandmother", "Maureen Marchbank, 14 Ashgrove, Hollinsby (a five-minute drive)"),
            ("Initial conference", "11/11/2025, category neglect (both children)"),
            ("This conference", "First review child protection conference, Tuesday 10/02/2026, 10am"),
            ("Chair", "Deborah Lyle, Child Protection Chair"),
            ("Social worker", "Amira Qureshi, Children's Safeguarding Team 2 (team manager: Paul Ainsley)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Lily and Jack will remain subject to child protection plans under the category of neglect. "
              "Everyone at the conference agreed. The chair's reasons: mornings at home are better and the "
              "children are safer when their dad is unwell, but Lily is still getting Jack ready on the days "
              "her dad sleeps late, and Craig's therapy has only just reached the part that deals with his "
              "flashbacks. The plan has been revised below."),
        ("h1", "2. Who took part"),
        ("table", {
            "header": ["Name", "Role", "Took part by"],
            "widths": [6.0, 12.0, 7.7],
            "rows": [
                ["Craig Marchbank", "Father", "Attending"],
                ["Maureen Marchbank", "Paternal grandmother", "Attending"],
                ["Amira Qureshi", "Social worker, Hollinsby Children's Services", "Attending, report shared"],
                ["Dr Helen Strachan", "Clinical psychologist, Hollinsby Veterans' Mental Health Service",
                 "Attending, report shared"],
                ["Mr Tom Iveson", "Deputy head and DSL, St Cuthbert's CE Primary", "Attending"],
                ["Sana Hollis", "Key person, Little Wrens Nursery", "Written report"],
                ["Dr Neil Okafor", "GP, Millgate Surgery", "Written report"],
                ["Becky Tranter", "Family support worker, Hollinsby Family Hub", "Attending"],
            ],
        }),
        ("h1", "3. What Lily and Jack have told us"),
        ("p", "Lily (seen on her own at school by Amira, 03/02/2026): “Dad gets up now when his alarm goes, "
              "mostly. When he has a bad night I still do Jack's Weetabix. I like Nana's Tuesdays because we have "
              "fish fingers and I don't have to do anything.” She drew her house with a sun over it and a cloud "
              "over her dad's bedroom. On the scale she put home at 6 out of 10; in November it was 3."),
        ("p", "Lily said what would make it a 10: “Dad never having the shouting dreams, and me going to "
              "Brownies.”"),
        ("p", "Jack (seen at nursery and at home, 29/01/2026 and 05/02/2026): Jack ran to his dad at pick-up "
              "and showed him a painting. At home he played with his garage next to Craig and took him a book "
              "to read. Sana says he arrives clean and fed on most days now, but on 26/01/2026 he came in "
              "pyjama bottoms and said “Lily did my clothes”."),
        ("h1", "4. What Craig and Maureen said"),
        ("p", "Craig: “The sessions with Dr Strachan are hard but they're working. I know I let the mornings "
              "slip. I don't want Lily being the mum of the house.” Craig asked for help with bedtimes, which "
              "he finds hardest when he is tired."),
        ("p", "Maureen said she is happy to keep doing Tuesdays, Thursdays and Saturdays, but told the "
              "conference that her chest is bad in winter and she was in bed with an infection for a week in "
              "January."),
        ("h1", "5. The chair's summary of progress, outcome by outcome"),
        ("p", "Scores are the core group's agreed scaling (0 = the children are not safe, 10 = the plan can "
              "end), given at the initial conference and again today."),
        ("table", {
            "header": ["Outcome", "Score at ICPC", "Score today", "Chair's comment"],
            "widths": [8.0, 2.6, 2.6, 12.5],
            "rows": [
                ["1. Up, fed and at school on time", "3/10", "6/10",
                 "Lily's attendance is up from 81% to 92%; Jack's nursery mornings are mostly kept. Late "
                 "mornings still follow Craig's bad nights."],
                ["2. Safe when Dad is unwell", "2/10", "6/10",
                 "No police call-outs since 14/10/2025. Craig has a GP and a therapist; the bad day plan is "
                 "new today and has not yet been tested."],
                ["3. Lily is a child, not a carer", "2/10", "4/10",
                 "Least progress. The young carers referral stalled when the family support worker left. "
                 "Bedtime help has been added."],
            ],
        }),
        ("h1", "6. The revised plan"),
        ("p", "Agreed at the review conference on 10/02/2026. ‘Where are we now?’ says what has happened "
              "since the initial conference; it is not part of the action. Actions finished before today are "
              "in section 7."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "By when", "What we will see", "Where are we now?"],
            "widths": [1.1, 6.6, 3.8, 3.8, 5.6, 4.8],
            "rows": [
                ["Outcome 1: Lily and Jack are up, washed, fed and at school or nursery on time every day, "
                 "with an adult who is awake and in charge of the morning.", H, H, H, H, H],
                ["1.1",
                 "Visit Lily and Jack at home, every other visit unannounced before 8.15am, and see Lily on "
                 "her own at least once a fortnight",
                 "Amira Qureshi, SW",
                 "Weekly until the second review conference",
                 "Visit record says what time it was, who was up and dressed, whether both children had "
                 "breakfast, and what Lily said",
                 "On track – 12 of 13 weekly visits; four of six early visits found everyone up"],
                ["1.2",
                 "Check Lily's attendance, late marks and breakfast club place, and phone the SW the same day "
                 "if she is absent without a reason",
                 "Mr Tom Iveson, DSL, St Cuthbert's CE Primary",
                 "Every school day; attendance to the SW each Friday",
                 "Friday attendance email; 95% attendance this half-term and no more than one late mark",
                 "Partly – 92% since November (81% before); three late marks in January"],
                ["1.3",
                 "Record Jack's arrival time, how he arrives (clean, dressed, fed) and anything he says about "
                 "home",
                 "Sana Hollis, key person, Little Wrens Nursery",
                 "Every morning session, Monday to Friday",
                 "Weekly nursery log e-mailed to the SW; Jack in by 9.15am on at least 9 of 10 mornings",
                 "On track – 27 of 30 mornings on time since Christmas"],
                ["1.4",
                 "Set two alarms, get both children up by 7.30am and tick the morning chart on the kitchen "
                 "wall (wording revised today: was ‘Craig to get the children to school’)",
                 "Craig Marchbank (Dad)",
                 "Every school and nursery day from 11/02/2026",
                 "Chart ticked each morning and seen at every visit; early visits find both children up and "
                 "Craig making breakfast",
                 "Revised at review – the old wording could not be checked"],
                ["1.5",
                 "Collect Lily and Jack from school on Tuesdays and Thursdays, give them their tea, and have "
                 "them every Saturday",
                 "Maureen Marchbank (paternal grandmother)",
                 "Tuesdays and Thursdays at 3.15pm; Saturdays 10am to 4pm",
                 "School gate log shows Maureen collecting; Maureen's diary seen by the SW at the first visit "
                 "of each month",
                 "Achieved so far – every day kept except the week of 12/01/2026 (Maureen ill; see "
                 "contingency)"],
                ["Outcome 2: Lily and Jack are safe when their dad is unwell: they are not frightened by his "
                 "flashbacks or anger, and both know who to go to.", H, H, H, H, H],
                ["2.1",
                 "Trauma-focused therapy with Craig, and a written report to each core group on whether he is "
                 "making the changes Lily and Jack need, what still has to change and how long that is likely "
                 "to take",
                 "Dr Helen Strachan, clinical psychologist, Hollinsby Veterans' Mental Health Service",
                 "Sessions every Thursday; report two working days before each core group",
                 "Report on the children's file before every core group, with Craig's nightmare and flashback "
                 "count and Dr Strachan's view of the timescale",
                 "On track – 11 of 12 sessions; reports for all three core groups"],
                ["2.2",
                 "Review Craig's sertraline and sleep medication and write to the SW about his attendance and "
                 "any change of treatment",
                 "Dr Neil Okafor, GP, Millgate Surgery",
                 "By 06/03/2026 (carried forward from 16/01/2026, when Craig missed the appointment), then "
                 "every three months",
                 "GP letter on Lily and Jack's file by 06/03/2026",
                 "Not done yet – new appointment booked for 03/03/2026"],
                ["2.3",
                 "Write a bad day plan with Amira: the signs that a flashback day is coming, and that on those "
                 "days he rings Maureen to take the children before he goes to lie down",
                 "Craig Marchbank (Dad), with Amira Qureshi, SW",
                 "Written by 24/02/2026; used on every bad day after that",
                 "Signed copy held by the SW, Maureen and the school; the SW asks at each visit whether it was "
                 "used and records the answer",
                 "New – agreed today"],
                ["2.4",
                 "Direct work with Lily about her dad's illness, using the ‘When Dad has a bad day’ book, and "
                 "agree with her three adults she can ring",
                 "Amira Qureshi, SW",
                 "Four sessions, all done by 27/03/2026",
                 "Lily's book kept on file; at the core group on 07/04/2026 Lily can name her three adults and "
                 "has their numbers",
                 "Partly – two of four sessions done"],
                ["Outcome 3: Lily stops looking after Jack and her dad, and has time to play, see friends and "
                 "go to Brownies.", H, H, H, H, H],
                ["3.1",
                 "Refer Lily to Hollinsby Young Carers and take her to the first two Wednesday clubs",
                 "Becky Tranter, family support worker (was Lee Dunn, who left the Family Hub on 16/01/2026)",
                 "Referral by 20/02/2026; club every Wednesday from 04/03/2026",
                 "Acceptance letter on file and the club register sent to the SW each month",
                 "Not started – carried forward with a new date and a new lead"],
                ["3.2",
                 "Evening routine sessions with Craig at home (tea, bath, stories and bed) so that Jack's "
                 "bedtime is done by his dad and not by Lily",
                 "Becky Tranter, family support worker",
                 "Every Tuesday, 5pm to 7pm, for eight weeks from 17/02/2026",
                 "Session notes to the SW; bedtime chart shows Craig putting Jack to bed; Lily tells the SW "
                 "who did bedtime that week",
                 "New – agreed today"],
            ],
        }),
        ("h1", "7. Actions closed at this review"),
        ("p", "These were one-off actions in the plan made at the initial conference. They are finished and "
              "are kept here for the record only."),
        ("table", {
            "header": ["Action (ICPC plan)", "Lead", "Closed", "How it was done"],
            "widths": [9.0, 5.5, 2.7, 8.5],
            "rows": [
                ["Refer Craig to the Hollinsby Veterans' Mental Health Service",
                 "Dr Neil Okafor, GP", "Done 20/11/2025",
                 "Referral accepted 27/11/2025; first appointment 04/12/2025"],
                ["Put a lock on the garage where Craig keeps his tools and his old kit",
                 "Craig Marchbank", "Done 18/11/2025", "Lock seen fitted by the SW on 18/11/2025"],
                ["Give the school and nursery Maureen's details as an emergency contact",
                 "Craig Marchbank", "Done 12/11/2025", "Both settings confirmed by e-mail"],
            ],
        }),
        ("h1", "8. Contingency plan"),
        ("bullets", [
            "If Craig has a flashback or an angry episode while he is caring for Lily or Jack, the police are "
            "called to Pennine View, or the children are found at home before school with no adult awake: "
            "Lily and Jack go to Maureen's home at 14 Ashgrove that day, Amira (or the emergency duty team) "
            "holds a strategy discussion the same day, and Dr Strachan's service arranges for Craig to be seen "
            "by its duty clinician within 24 hours.",
            "If Maureen cannot have the children or cannot do her days (her chest is bad, as in January): "
            "Craig's sister, Dawn Pickles, collects them from school that day; if neither of them can, Amira "
            "places Lily and Jack together with Hollinsby foster carers the same day.",
            "If Lily is late or absent on three days in any two weeks, Mr Iveson tells Amira that day and "
            "Amira visits the next morning before 8am.",
        ]),
        ("h1", "9. If progress is not enough"),
        ("p", "If the police are called to the house again, if Dr Strachan reports that Craig is not able to "
              "make the changes the children need within six months, or if outcome 1 has not reached 7/10 at "
              "the core group on 05/05/2026, Amira will ask Paul Ainsley for a legal planning meeting within "
              "five working days to decide whether the threshold for the Public Law Outline is met."),
        ("h1", "10. Core group and next review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Hollinsby Family Hub: 10/03/2026, 07/04/2026, "
            "05/05/2026, 02/06/2026 and 30/06/2026.",
            "Second review child protection conference: Tuesday 28/07/2026, 10am, Hollinsby Town Hall.",
            "Amira will see Lily on her own before each core group and bring her score and her words to the "
            "meeting.",
        ]),
        ("p", "Record agreed by Deborah Lyle, Child Protection Chair, 12/02/2026. Copies to Craig, Maureen and "
              "everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Third core group record, four weeks before the review conference.
#    Domestic abuse by the baby's father, the mother's anxiety and drinking;
#    aunt supervising contact and grandmother doing school runs. Landscape
#    Word table with "Target / what good looks like", "Update from core
#    group 3" and "RAG with comment" columns; a closed row kept, a new row
#    agreed today. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hebbleton_core_group3_target_update_rag_comment_sutcliffe.docx",
    "doc_title": "Core Group 3 Record - Mason and Esme Sutcliffe",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "core-group-3-record-docx-landscape-meeting-kv-whats-changed-paragraph-childrens-views-outcomes-from-icpc-then-no-action-who-when-target-what-good-looks-like-update-from-core-group-3-rag-with-comment-table-closed-row-kept-new-row-contingency-legal-meetings",
    "description": (
        "Record of the third core group for a 6-year-old and a 5-month-old after the baby's "
        "father assaulted their mother; she has anxiety and drinks most evenings. A landscape "
        "Word table with a 'Target / what good looks like' column, an 'Update from core group 3' "
        "column and a 'RAG with comment' column; a closed non-molestation order row is kept and "
        "a new row was agreed today. Most rows are sound (weekly visits, the HV's weighs, the "
        "IDVA, the perpetrator programme, the aunt's supervised contact, the grandmother's school "
        "runs, a GP letter carried forward with a new date, the DSL). Faults: Talking Therapies "
        "only 'continues to support' the mother and is measured by her feeling less anxious, the "
        "parenting referral is carried forward with no new date, the mother's drinking row is "
        "'Ongoing' and measured by engagement, the ELSA row agreed today has no lead, 'All "
        "professionals' report contact, one outcome is about the mother only, and the "
        "contingency leans on the grandmother with no fallback if the family cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 – Record and Plan Update"),
        ("p", "Hebbleton City Council · Children's Social Work Service · East Locality Team"),
        ("kv", [
            ("Children", "Mason Sutcliffe (6), DOB 14/07/2019, Year 1, Ashfield Primary; Esme Farrar, born "
                         "29/09/2025 (5 months)"),
            ("Mother", "Keeley Sutcliffe (29), 7 Tenter Close, Hebbleton HB3 9LW"),
            ("Esme's father", "Dean Farrar (31), lives at his mother's in Moorside; non-molestation order "
                              "granted 12/01/2026"),
            ("Family", "Gemma Sutcliffe (maternal aunt), 40 Ridings Way; Pauline Sutcliffe (maternal "
                       "grandmother), 3 Dyehouse Lane"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "06/01/2026. Chair: Graham Pollard"),
            ("This meeting", "Core group 3, Tuesday 03/03/2026, 10am, Hebbleton East Family Centre"),
            ("Present", "Keeley Sutcliffe; Gemma Sutcliffe; Ciara Dunne (SW, chair); Helen Booth (HV); Mrs "
                        "Joanne Whitley (DSL, Ashfield Primary); Farah Ali (IDVA); Lydia Marsh (Hebbleton "
                        "Talking Therapies)"),
            ("Apologies", "Pauline Sutcliffe; Dr Priya Menon (GP); Kevin Shaw (Choices programme), report "
                          "sent"),
        ]),
        ("h1", "What has changed since core group 2"),
        ("p", "There have been no police call-outs since the assault on 19/12/2025, when Dean hit Keeley while "
              "she was holding Esme. Dean has been to six of seven Choices sessions. Gemma has supervised "
              "every Saturday contact. Keeley says she is drinking \"two or three glasses\" most evenings, down "
              "from a bottle; she has not yet been to the recovery service. Esme's weight has gone from the "
              "25th to the 50th centile. Mason has been late four times since half-term."),
        ("h1", "What Mason and Esme have shown and told us"),
        ("p", "Mason (seen on his own at school, 26/02/2026): “Daddy Dean doesn't come any more. I was scared "
              "when he pushed Mummy and Esme was crying. Nana takes me to school and we sing in the car. I want "
              "Mummy to be happy and not cry at night.” He gave home 5 out of 10 (3 in January)."),
        ("p", "Esme (seen at home, 24/02/2026 and 02/03/2026): she smiled and kicked when Keeley sang to her, "
              "fed well from her bottle and went down on her back in her cot. At contact on 28/02/2026 Gemma saw "
              "her go quiet and stiff when Dean raised his voice on the phone."),
        ("h1", "Outcomes agreed at the initial conference"),
        ("numbers", [
            "Mason and Esme live in a home where they do not see or hear violence, and Dean only sees Esme "
            "when another adult is with her.",
            "Esme is fed, settled and gaining weight, and sleeps safely on her back in her own cot.",
            "Mason gets to school on time every day and can tell an adult when he is scared.",
            "Keeley will feel more confident and less anxious.",
        ]),
        ("h1", "The plan, updated at core group 3"),
        ("p", "C/F = carried forward. RAG with comment: Green – on track or achieved; Amber – partly; Red – not "
              "done; Closed – finished and kept for the record."),
        ("table", {
            "header": ["No.", "Action", "Who", "When", "Target / what good looks like",
                       "Update from core group 3", "RAG with comment"],
            "widths": [1.1, 5.3, 3.5, 3.4, 4.8, 4.2, 3.4],
            "rows": [
                ["1",
                 "Home visits to see Mason and Esme, Mason on his own and Esme awake; one visit in three "
                 "unannounced",
                 "Ciara Dunne, SW",
                 "Weekly until the review conference",
                 "Visit notes record Mason's own words and where Esme was sleeping at each visit",
                 "Seen every week; two unannounced visits",
                 "Green – all visits done"],
                ["2",
                 "Weigh Esme and do her six-month development review",
                 "Helen Booth, HV",
                 "Every two weeks at Kirkgate Health Centre; review by 30/03/2026",
                 "Esme's weight stays on or above the 50th centile in her red book; review summary sent to the SW",
                 "50th centile on 24/02/2026",
                 "Green – weight up"],
                ["3",
                 "Continue to support Keeley with weekly CBT sessions for her anxiety",
                 "Lydia Marsh, psychological wellbeing practitioner, Hebbleton Talking Therapies",
                 "Weekly",
                 "Keeley feels less anxious and more able to cope",
                 "Ongoing",
                 "Amber – five of seven sessions"],
                ["4",
                 "Safety planning with Keeley, and a written safety plan shared with the SW and the school",
                 "Farah Ali, IDVA, Hebbleton Domestic Abuse Service",
                 "Fortnightly contact; written plan by 13/03/2026",
                 "Signed safety plan on the children's file; Keeley can tell the SW what she would do if Dean "
                 "came to the house",
                 "Draft plan agreed; to be signed",
                 "Amber – nearly done"],
                ["5",
                 "Attend the Choices domestic abuse perpetrator programme",
                 "Dean Farrar; programme worker Kevin Shaw reports to the SW",
                 "Every Wednesday evening for 26 weeks from 21/01/2026",
                 "Attendance report after every fourth session; mid-point report to the SW by 15/04/2026",
                 "6 of 7 sessions attended",
                 "Green – one session missed (illness)"],
                ["6",
                 "Supervise Dean's contact with Esme at her home, and end it if he is hostile or smells of drink",
                 "Gemma Sutcliffe (maternal aunt)",
                 "Every Saturday, 10am to 12 noon",
                 "Contact record signed by Gemma after each session and sent to the SW; Dean is never alone "
                 "with Esme",
                 "Every Saturday kept; one session ended early on 28/02/2026",
                 "Green – working well"],
                ["7",
                 "Take Mason to school on Monday, Wednesday and Friday mornings",
                 "Pauline Sutcliffe (maternal grandmother)",
                 "Monday, Wednesday and Friday mornings",
                 "Ashfield Primary's gate log shows Mason in class by 8.50am on those days",
                 "Kept every week",
                 "Green – on time every run"],
                ["8",
                 "Refer Keeley to the Mellow Babies group at Hebbleton Family Centre",
                 "Ciara Dunne, SW",
                 "Carried forward from core group 2",
                 "Place confirmed and Keeley's start date on the file",
                 "Not done",
                 "Red – C/F again"],
                ["9",
                 "Review Keeley's sertraline, ask about her drinking (AUDIT) and write to the SW",
                 "Dr Priya Menon, GP, Kirkgate Medical Centre",
                 "By 13/03/2026 (was 20/02/2026)",
                 "GP letter with the AUDIT score on the children's file",
                 "Appointment booked 10/03/2026",
                 "Amber – C/F with a new date"],
                ["10",
                 "Cut down her drinking and go to Hebbleton Recovery Service drop-in",
                 "Keeley Sutcliffe (Mum)",
                 "Ongoing",
                 "Engagement with Hebbleton Recovery Service",
                 "Ongoing",
                 "Amber – says she has cut down"],
                ["11",
                 "Check Mason's attendance and punctuality, and record anything he says or shows about home",
                 "Mrs Joanne Whitley, DSL, Ashfield Primary",
                 "Every school day",
                 "Weekly attendance e-mail to the SW; 95% attendance and no more than one late mark a half-term; "
                 "concerns on CPOMS the same day",
                 "94%; four late marks since half-term",
                 "Amber – lateness on Tuesdays and Thursdays"],
                ["12",
                 "NEW: six ELSA sessions with Mason about what he saw and heard at home",
                 "",
                 "Weekly from 09/03/2026 for six weeks",
                 "Mason's session record and his feelings thermometer scores sent to the SW after session 6",
                 "Agreed today",
                 "New"],
                ["13",
                 "Tell the SW the same day about any contact from Dean outside the Saturday sessions",
                 "All professionals",
                 "Same day",
                 "Each report logged on the children's case file",
                 "None reported",
                 "Green"],
                ["14",
                 "Help Keeley apply for a non-molestation order",
                 "Farah Ali, IDVA",
                 "By 16/01/2026",
                 "Order granted and copy on file",
                 "Order granted 12/01/2026",
                 "Closed – done"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Dean comes to Tenter Close, contacts Keeley or the children outside the Saturday contact, or "
              "breaks the non-molestation order, Keeley will ring 999, the police will attend, and Keeley and the "
              "children will go to Pauline's home at 3 Dyehouse Lane that night; Ciara will hold a strategy "
              "discussion with the police the same day. If Keeley is found drunk while caring for Mason or Esme, "
              "the children will stay with Pauline until a strategy discussion has agreed they can go home."),
        ("h1", "Legal planning"),
        ("p", "If Dean breaks the order again, or Keeley lets him see Esme without Gemma there, Ciara will ask "
              "her team manager, Sunil Varma, for a legal planning meeting within five working days."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group 4: Tuesday 24/03/2026, 10am, Hebbleton East Family Centre; after the review the core "
            "group will meet every four weeks.",
            "Review child protection conference: Thursday 02/04/2026, 1.30pm, Hebbleton Civic Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Keeley will feel more confident and less anxious."),
        F("H001", "Continue to support Keeley with weekly CBT sessions"),
        F("M002", "Continue to support Keeley with weekly CBT sessions"),
        F("T001", "Refer Keeley to the Mellow Babies group at Hebbleton"),
        F("T002", "Cut down her drinking and go to Hebbleton"),
        F("M002", "Cut down her drinking and go to Hebbleton"),
        F("W001", "six ELSA sessions with Mason about what he saw"),
        F("W002", "Tell the SW the same day about any contact"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Fourth core group record, half-way between the first and second review
#    conferences. Mother's alcohol dependence after a home detox, a
#    14-year-old young carer and his sister, an aunt doing Tuesdays and
#    Fridays. Word record printed to PDF with a page header and footer; each
#    action is a small block with Lead / Timescale / Evidence of progress
#    lines and dated notes from each meeting under it; an owner changed, a
#    date moved, a measure revised at core group 3, a closed block kept, a
#    new action agreed today. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hindlecote_core_group4_evidence_lines_dated_notes_gallagher.pdf",
    "doc_title": "Core Group 4 Record - Connor and Aoife Gallagher",
    "split": "tune",
    "actions": 9,
    "template": "core-group-4-record-printed-to-pdf-page-header-footer-details-present-scores-icpc-rcpc1-today-table-childrens-and-mums-views-outcomes-then-action-blocks-bold-title-lead-timescale-evidence-of-progress-lines-dated-notes-per-meeting-owner-changed-date-moved-measure-revised-closed-block-new-block-contingency-legal-meetings",
    "description": (
        "Exemplary record of the fourth core group, half-way to the second review conference, for "
        "a 14-year-old young carer and his 9-year-old sister whose mother is alcohol dependent "
        "and had a home detox in February. A Word record printed to PDF with a page header and "
        "footer: scores at the initial conference, the first review and today; the children's "
        "and mother's words; then each action as a bold block with Lead, Timescale and Evidence "
        "of progress lines and dated notes from each meeting beneath (a new recovery worker, a GP "
        "review moved with a reason, the mother's measure revised at core group 3 to breath test "
        "readings, the young carers referral closed as done, counselling added today). The "
        "alcohol service reports on change, the GP owns an action, the aunt's part has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Hindlecote Borough Council – Core Group Record",
    "footer": "Connor and Aoife Gallagher – core group 4, 14/04/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Record – Meeting 4"),
        ("kv", [
            ("Children", "Connor Gallagher (14), DOB 08/06/2011, Year 9, Hindlecote Academy; Aoife Gallagher "
                         "(9), DOB 21/11/2016, Year 4, Chantry Primary"),
            ("Address", "5 Weavers Row, Hindlecote HD4 8RS"),
            ("Mother", "Sinead Gallagher (41)"),
            ("Father", "Declan Gallagher, lives in Ballykerrin; phones the children on Sundays"),
            ("Maternal aunt", "Orla Brennan, 22 Chantry Walk, Hindlecote (a ten-minute walk)"),
            ("Category", "Neglect (both children)"),
            ("Plan history", "ICPC 02/12/2025; first review conference 24/02/2026 (plan continued)"),
            ("This meeting", "Core group 4, Tuesday 14/04/2026, 4pm, Chantry Primary"),
            ("Present", "Sinead Gallagher; Orla Brennan; Rhiannon Price (SW, chair); Ryan Holt (Hindlecote "
                        "Alcohol Recovery Service); Mr Idris Khan (Hindlecote Academy); Mrs Angela Dyson "
                        "(Chantry Primary); Tasha Greenwood (family support worker)"),
            ("Apologies", "Dr Usha Raman (GP), written update sent"),
        ]),
        ("h1", "1. Where things are"),
        ("p", "Scaling agreed by the core group: 0 means Connor and Aoife are not safe at home, 10 means the plan "
              "can end."),
        ("table", {
            "header": ["Outcome", "ICPC 02/12/2025", "RCPC1 24/02/2026", "Today 14/04/2026"],
            "widths": [8.6, 2.8, 2.8, 2.8],
            "rows": [
                ["A sober parent every day", "2/10", "5/10", "7/10"],
                ["Connor is a teenager, not a carer", "2/10", "3/10", "5/10"],
                ["Aoife fed, at school and not worried", "3/10", "5/10", "6/10"],
            ],
        }),
        ("p", "Sinead finished a home detox on 13/02/2026 and has been alcohol free since; every remote breath "
              "test since 25/02/2026 has read zero apart from two missed evening tests in March, which she "
              "explained and Ryan accepted. Connor still cooks most nights when Sinead is tired."),
        ("h1", "2. What Connor and Aoife said"),
        ("p", "Connor (seen on his own at school, 09/04/2026): “It's loads better. Mum's not been drunk since "
              "the detox. I still do the tea because she's knackered after her tablets. Young carers on Thursday "
              "is good, nobody asks stupid questions.” He scored home 7 out of 10 and said he wants to “just be "
              "normal and go to football training”."),
        ("p", "Aoife (seen on her own at home, 07/04/2026): she drew the four of them at Auntie Orla's and "
              "said “Fridays are sleepovers”. She said she worries “when Mum goes quiet”, and that she would ring "
              "Orla or tell Miss Leigh."),
        ("h1", "3. Sinead's view"),
        ("p", "“I've done eight weeks and I'm proud of it. I know Connor's been doing too much. I want to be the "
              "one who cooks.”"),
        ("h1", "4. Outcomes for Connor and Aoife"),
        ("bullets", [
            "Connor and Aoife are cared for every day by a parent who is sober, and know exactly who to ring if "
            "she is not.",
            "Connor no longer cooks, shops or looks after his mum and sister, and has time for school, football "
            "and friends.",
            "Aoife goes to school every day with lunch and clean uniform, and has an adult she talks to each "
            "week about her worries.",
        ]),
        ("h1", "5. Actions and progress"),
        ("p", "Each action keeps the notes from every meeting since the first review. The Evidence of progress "
              "line is what the core group agreed to look for; the dated notes say what was found."),
        ("boldp", "Action 1 – Visit Connor and Aoife at home, see each of them on their own, and make one visit "
                  "a fortnight after 6pm"),
        ("kv", [
            ("Lead", "Rhiannon Price, social worker"),
            ("Timescale", "Weekly until the second review conference"),
            ("Evidence of progress", "Visit records give each child's own words, what was in for tea and whether "
                                     "Sinead was sober; both children seen alone at least once a fortnight"),
        ]),
        ("pi", "CG3 17/03: four of four visits; one evening visit; Connor seen alone twice."),
        ("pi", "CG4 14/04: four of four visits; two evening visits, Sinead sober both times."),
        ("boldp", "Action 2 – Key-work and breath tests with Sinead, and a written report to each core group on "
                  "whether she has stayed alcohol free, what still needs to change for Connor and Aoife, and "
                  "how long that is likely to take"),
        ("kv", [
            ("Lead", "Ryan Holt, recovery worker, Hindlecote Alcohol Recovery Service (from 02/03/2026; was Sam "
                     "Price, who has left the service)"),
            ("Timescale", "Key-work every Tuesday; report two working days before each core group"),
            ("Evidence of progress", "Report and breath test print-out on the children's file before every core "
                                     "group, with Ryan's view of the timescale"),
        ]),
        ("pi", "CG3 17/03: first report from Ryan received 13/03."),
        ("pi", "CG4 14/04: report received 10/04; Ryan's view is that the next three months are the main "
               "relapse risk."),
        ("boldp", "Action 3 – Prescribe and review Sinead's acamprosate, check her liver function, and write to "
                  "the social worker after each review"),
        ("kv", [
            ("Lead", "Dr Usha Raman, GP, Chantry Surgery"),
            ("Timescale", "First review by 08/05/2026 (originally 27/02/2026; moved at CG3 because the first "
                          "blood sample was lost), then every three months"),
            ("Evidence of progress", "GP letter with the liver function results on the children's file within a "
                                     "week of each review"),
        ]),
        ("pi", "CG3 17/03: date moved; new blood test taken 16/03."),
        ("pi", "CG4 14/04: written update from Dr Raman – results back, review booked 05/05."),
        ("boldp", "Action 4 – Stay alcohol free on every day she is caring for Connor and Aoife, and use the "
                  "remote breath tester morning and evening, so that the children always have a sober parent"),
        ("kv", [
            ("Lead", "Sinead Gallagher (Mum)"),
            ("Timescale", "Twice a day, by 8am and by 8pm, from 25/02/2026"),
            ("Evidence of progress (revised at CG3, replacing the first wording, which nobody could check)",
             "Every reading zero on the weekly breath tester report that Ryan sends to the social worker each "
             "Monday, and no more than one missed reading a month"),
        ]),
        ("pi", "CG3 17/03: two evening tests missed (phone battery); every reading taken was zero."),
        ("pi", "CG4 14/04: every reading zero, none missed."),
        ("boldp", "Action 5 – Meet Connor each Monday with his head of year, check his attendance, and give him "
                  "a quiet room at lunch for homework he cannot do at home"),
        ("kv", [
            ("Lead", "Mr Idris Khan, Head of Year 9 and DSL, Hindlecote Academy"),
            ("Timescale", "Every Monday in term time"),
            ("Evidence of progress", "Attendance e-mailed to the social worker each Friday, at 95% or more; "
                                     "Monday meetings and homework handed in logged on CPOMS"),
        ]),
        ("pi", "CG3 17/03: 93%; all homework in for the first time this year."),
        ("pi", "CG4 14/04: 96%; two Monday meetings missed for a trip, made up on the Tuesday."),
        ("boldp", "Action 6 – Refer Connor to Hindlecote Young Carers: CLOSED at CG3"),
        ("pi", "Done 03/03/2026. Connor was accepted and has been to every Thursday club since 05/03/2026. Kept "
               "here for the record."),
        ("boldp", "Action 7 – Check Aoife's attendance, her lunch and her uniform, and give her a weekly "
                  "check-in with her learning mentor, Miss Leigh"),
        ("kv", [
            ("Lead", "Mrs Angela Dyson, DSL, Chantry Primary"),
            ("Timescale", "Every school day; check-ins every Wednesday"),
            ("Evidence of progress", "Weekly attendance e-mail to the social worker at 95% or more; Miss Leigh's "
                                     "check-in notes with Aoife's worry score sent each half-term"),
        ]),
        ("pi", "CG3 17/03: 97%; packed lunch forgotten twice."),
        ("pi", "CG4 14/04: 98%; worry score down from 7 to 4."),
        ("boldp", "Action 8 – Have Connor and Aoife for tea on Tuesdays and to stay on Friday nights, and be the "
                  "adult they ring if their mum has been drinking"),
        ("kv", [
            ("Lead", "Orla Brennan (maternal aunt)"),
            ("Timescale", "Every Tuesday 4pm to 7pm; every Friday 4pm to Saturday 11am; the same evening "
                          "whenever the children ring"),
            ("Evidence of progress", "Orla texts the social worker every Saturday; at each visit both children "
                                     "can show the social worker Orla's number on their phones"),
        ]),
        ("pi", "CG3 17/03: every Tuesday and Friday kept."),
        ("pi", "CG4 14/04: one Friday missed on 27/03 (Orla on a night shift); Sinead's neighbour Pat, who has "
               "been checked, had the children for tea instead, as the contingency sets out."),
        ("boldp", "Action 9 – Weekly cooking and evening routine sessions at home with Sinead and the children, "
                  "with a meal plan and shopping list, so that Connor stops doing the cooking"),
        ("kv", [
            ("Lead", "Tasha Greenwood, family support worker, Hindlecote Family Support Service"),
            ("Timescale", "Every Thursday 4.30pm to 6.30pm, eight sessions from 19/03/2026 to 07/05/2026"),
            ("Evidence of progress", "Meal plan on the fridge seen at visits; Connor tells the social worker "
                                     "who cooked each night that week; Tasha's session notes sent to the social "
                                     "worker"),
        ]),
        ("pi", "CG4 14/04: four of eight sessions; Sinead cooked on four nights last week (Connor's count)."),
        ("boldp", "Action 10 – Six counselling sessions with Connor about his mum's drinking and his worries "
                  "(new, agreed today)"),
        ("kv", [
            ("Lead", "Josh Ferris, youth counsellor, Hindlecote Youth Counselling Service"),
            ("Timescale", "Weekly from 21/04/2026; all six done by 02/06/2026"),
            ("Evidence of progress", "Attendance sent to the social worker after each session; Connor's worry "
                                     "score, agreed with Josh, recorded at sessions 1 and 6"),
        ]),
        ("h1", "6. If things go wrong"),
        ("bullets", [
            "If Sinead has a breath test above zero, misses two readings in a row, or is found or reported to "
            "have been drinking while the children are with her: Connor and Aoife go to Orla's home at 22 "
            "Chantry Walk that day, Rhiannon (or the emergency duty team) holds a strategy discussion the same "
            "day, and Ryan sees Sinead within 24 hours.",
            "If Orla cannot do a Tuesday or a Friday (she works some night shifts): their neighbour Pat Hughes, "
            "7 Weavers Row, has them for tea that evening. If Orla cannot take them when Sinead has been "
            "drinking, Rhiannon places Connor and Aoife together with Hindlecote foster carers that night, and "
            "Declan is asked to come over the next day.",
        ]),
        ("h1", "7. If progress stops"),
        ("p", "If Sinead drinks while caring for the children, has two positive breath tests before the second "
              "review conference, or Ryan reports that she has stopped key-work, Rhiannon will ask her team "
              "manager, Gareth Olusanya, for a legal planning meeting within five working days."),
        ("h1", "8. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Chantry Primary: 12/05/2026, 09/06/2026 and "
            "07/07/2026.",
            "Second review child protection conference: Tuesday 11/08/2026, 10am, Hindlecote Civic Centre.",
        ]),
        ("p", "Record written by Rhiannon Price, social worker, 15/04/2026, and sent to everyone present and to "
              "Dr Raman."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second review conference record that escalates: progress is not enough
#    on the father's cocaine use or on home conditions, and a legal planning
#    meeting is booked. A 9-month-old and a 2-year-old; the mother's
#    postnatal depression is lifting; maternal grandmother helping. Word
#    record printed to PDF, landscape, page header and footer; owners
#    "was / now", measures marked as revised at this review, a status column,
#    closed actions in a table of their own. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_harrowmere_rcpc2_escalation_revised_measures_status_penhaligon.pdf",
    "doc_title": "Second Review Child Protection Conference - Rosie and Leo Penhaligon",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "rcpc2-record-printed-to-pdf-landscape-page-header-footer-decision-and-escalation-first-present-list-childrens-world-parents-views-iro-summary-per-outcome-rcpc1-and-now-then-revised-plan-ref-action-who-was-now-when-how-we-will-know-revised-marked-status-achieved-partly-not-started-then-closed-table-apart-legal-planning-booked-contingency-meetings",
    "description": (
        "Exemplary record of a second review conference for a 9-month-old and a 2-year-old that "
        "escalates: progress is not enough on the father's cocaine use or on home conditions, so "
        "a legal planning meeting is booked, while the mother's postnatal depression is lifting. "
        "A Word record printed to PDF, landscape, with a page header and footer: the decision and "
        "escalation first, the IRO's summary per outcome with scores at the first review and now, "
        "then the revised plan with a social worker 'was / now', measures marked as revised at "
        "this review (a hair strand test, a scored home conditions checklist), a GP letter "
        "carried forward with a new date, visits increased, a parenting assessment and a family "
        "network meeting added, and a status column (achieved / partly / not achieved / new); "
        "closed and no-longer-needed actions sit in a table of their own. The drug service and "
        "perinatal team report on change, the grandmother's part has a fallback, core group and "
        "third review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Harrowmere Council – Child Protection Conference Service",
    "footer": "Rosie and Leo Penhaligon – RCPC2 09/06/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Second Review Child Protection Conference"),
        ("kv", [
            ("Children", "Rosie Penhaligon, born 08/09/2025 (9 months); Leo Penhaligon, born 02/02/2024 (2)"),
            ("Address", "12 Gull Terrace, Harrowmere HR2 5PD (since 02/03/2026)"),
            ("Parents", "Jess Penhaligon (24) and Kyle Brannock (27), living together"),
            ("Maternal grandmother", "Carol Penhaligon, 9 Harbour Rise, Harrowmere"),
            ("Category", "Neglect (both children)"),
            ("Plan history", "ICPC 30/09/2025; RCPC1 16/12/2025; RCPC2 Tuesday 09/06/2026 (this record)"),
            ("Chair", "Imran Siddiqui, Independent Reviewing Officer"),
            ("Social worker", "Callum Oyelaran (from 01/04/2026; was Jo Penrose), Harrowmere Children's "
                              "Services, Assessment and Child Protection Team 1; team manager Sandra Kellow"),
            ("Present", "Jess Penhaligon; Kyle Brannock; Carol Penhaligon; Callum Oyelaran (SW); Bryony Tull "
                        "(HV); Marcus Webb (Harrowmere Drug and Alcohol Service); Nadia Crane (CPN, Harrowmere "
                        "Perinatal Mental Health Team); Tamsin Hoyle (Bright Start Nursery); Sophie Garrick "
                        "(family support worker)"),
            ("Reports only", "Dr Leah Mortimer (GP, Quayside Health Centre); Harrowmere Police"),
        ]),
        ("h1", "1. Decision and escalation"),
        ("p", "Rosie and Leo will remain subject to child protection plans under the category of neglect."),
        ("p", "The chair found that progress is not enough in two areas. First, Kyle's hair strand test of "
              "12/05/2026 showed regular cocaine use over the three months before it, although he had said at "
              "RCPC1 that he had stopped. Second, home conditions have not held: the home conditions checklist "
              "has scored 7 or more in the kitchen at five of the last eight visits. Because of this the chair "
              "asked for a legal planning meeting, and Sandra Kellow has booked it for Thursday 18/06/2026 (see "
              "section 6)."),
        ("p", "There has been real progress in other areas: Jess's mood has lifted, Rosie is growing well, and "
              "Carol's days are keeping the children fed and clean."),
        ("h1", "2. Rosie's and Leo's world"),
        ("p", "Rosie (seen at home on 28/05/2026 and 04/06/2026): she is crawling and pulls herself up on the "
              "sofa. She reached for Jess when Callum came in and settled on her hip. On 04/06/2026 she was "
              "crawling on a kitchen floor with dog mess by the back door, and her bottle had old milk in it."),
        ("p", "Leo (seen at nursery, 02/06/2026, and at home): Leo says about twenty words. He took Callum's "
              "hand to show him “Nana car” and “my bed”, and at nursery said “Daddy sleep” when asked about "
              "the morning. Tamsin says he is often hungry when he arrives on Mondays and eats two breakfasts."),
        ("h1", "3. What Jess, Kyle and Carol said"),
        ("p", "Jess: “I feel like me again. I know the flat gets bad. When Kyle's been out I'm doing it all.” "
              "Kyle: “I've cut right down. The test is from before I stopped properly.” He agreed to another "
              "hair test in July. Carol said she will keep going with Wednesdays and Saturdays but works some "
              "weekends at the hospital."),
        ("h1", "4. Outcomes for Rosie and Leo, and the IRO's summary of progress"),
        ("table", {
            "header": ["Outcome for Rosie and Leo", "RCPC1", "Now", "IRO's summary"],
            "widths": [8.5, 2.2, 2.2, 12.8],
            "rows": [
                ["Rosie and Leo are cared for by parents who have not used drugs and are well enough to notice "
                 "and answer them", "3/10",
                 "4/10", "Jess much better (EPDS 21 → 9). Kyle's cocaine use not reduced – not enough progress."],
                ["Rosie keeps growing well and Leo's speech develops for his age", "5/10", "7/10",
                 "Rosie on the 25th–50th centile; Leo's two-year review due."],
                ["Rosie and Leo live in a clean, safe home, with clean bottles and a floor clear enough for Rosie "
                 "to crawl on", "3/10", "3/10",
                 "Not enough progress; new scored checklist from today."],
            ],
        }),
        ("h1", "5. The revised plan"),
        ("p", "Status is at RCPC2. * in the last-but-one column marks a measure revised at this review. Actions "
              "closed at or before this review are listed in section 7."),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "How we will know", "Status at RCPC2"],
            "widths": [1.3, 6.3, 4.0, 4.4, 5.8, 3.9],
            "rows": [
                ["A1",
                 "Visit Rosie and Leo at home, one visit a week unannounced, and look at the kitchen, the "
                 "children's room and the fridge at every visit",
                 "Callum Oyelaran, SW (was Jo Penrose until 31/03/2026)",
                 "Twice a week until the third review conference (revised today; was weekly)",
                 "* Visit record gives the home conditions checklist score for each room and where Rosie was "
                 "sleeping",
                 "Achieved – weekly visits kept; increased today"],
                ["A2",
                 "Weigh Rosie and check her development, and do Leo's two-year review with an ASQ",
                 "Bryony Tull, health visitor",
                 "Rosie every two weeks; Leo's review by 30/06/2026",
                 "Rosie's weight in her red book stays on or above the 25th centile; Leo's ASQ scores sent to "
                 "the SW",
                 "Achieved for Rosie; Leo's review booked"],
                ["A3",
                 "Stop using cocaine, go to key-work every Monday, and give a hair strand sample in July, so "
                 "that Rosie and Leo are never cared for by a parent who has used drugs",
                 "Kyle Brannock (Dad)",
                 "Key-work every Monday; hair sample taken by 10/07/2026",
                 "* July hair strand test shows no cocaine since mid-May; every weekly urine screen negative",
                 "Not achieved – May test showed regular use"],
                ["A4",
                 "Key-work and urine screens with Kyle, and a written report before each core group on whether "
                 "he has stopped using cocaine, what still has to change for Rosie and Leo, and how long that "
                 "is likely to take",
                 "Marcus Webb, recovery worker, Harrowmere Drug and Alcohol Service",
                 "Weekly; report two working days before each core group and by 16/06/2026 for the legal "
                 "planning meeting",
                 "Report and screen results on the children's file by each date",
                 "Partly – 9 of 14 sessions kept; all reports received"],
                ["A5",
                 "See Jess every two weeks and write to the SW before each core group with an assessment of "
                 "her mood, her capacity to keep changing for Rosie and Leo, and how long that is likely to "
                 "take",
                 "Nadia Crane, CPN, Harrowmere Perinatal Mental Health Team",
                 "Every two weeks until Rosie is 12 months old (08/09/2026), then a handover meeting with the "
                 "community mental health team",
                 "Written assessment with Jess's EPDS score on file before every core group",
                 "Achieved – continues"],
                ["A6",
                 "Review Jess's sertraline and write to the SW about any change and any missed appointments",
                 "Dr Leah Mortimer, GP, Quayside Health Centre",
                 "By 26/06/2026 (carried forward from 20/05/2026, when the practice cancelled), then every "
                 "three months",
                 "GP letter on the children's file by 26/06/2026",
                 "Not started – new date"],
                ["A7",
                 "Home sessions with Jess and Kyle on keeping the flat clean and safe: bottles washed and "
                 "sterilised, floors clear, the dog kept out of the children's room",
                 "Sophie Garrick, family support worker",
                 "Every Thursday at 10am, from 11/06/2026 to 23/07/2026",
                 "* Checklist scored by the SW at each visit, 3 or below in every room by 23/07/2026",
                 "Partly – sessions kept, checks not met"],
                ["A8",
                 "Have Rosie and Leo every Wednesday, and overnight every Saturday",
                 "Carol Penhaligon (maternal grandmother)",
                 "Wednesdays 9am to 5pm; Saturdays 4pm to Sunday 10am",
                 "Carol's diary seen at the SW's first visit each month; Carol phones the SW the same day if "
                 "the children arrive hungry or dirty",
                 "Achieved – continues"],
                ["A9",
                 "Record Leo's attendance on his funded mornings and how he arrives, and phone the SW the same "
                 "day if he is absent",
                 "Tamsin Hoyle, manager, Bright Start Nursery",
                 "Every funded session (Monday, Tuesday and Thursday mornings)",
                 "Weekly attendance e-mail to the SW; 90% attendance or more",
                 "Partly – 84% since March"],
                ["A10",
                 "Parenting assessment of Jess and Kyle (new, agreed today)",
                 "Callum Oyelaran, SW, with Hannah Roe, Harrowmere Family Assessment Service",
                 "Interim report by 16/06/2026; full report by 28/08/2026",
                 "Interim report shared with Jess, Kyle and the legal planning meeting; full report to the "
                 "core group",
                 "New"],
                ["A11",
                 "Family network meeting to find who in the family could care for Rosie and Leo if they cannot "
                 "stay at home (new, agreed today)",
                 "Priya Sandhu, family group conference co-ordinator",
                 "By 03/07/2026",
                 "Written family plan naming who could care for the children, shared at the core group on "
                 "21/07/2026",
                 "New"],
            ],
        }),
        ("h1", "6. Legal planning"),
        ("p", "Legal planning meeting booked for Thursday 18/06/2026 at 2pm, Harrowmere Civic Offices, with "
              "Sandra Kellow (team manager) and Harrowmere Legal Services, because progress is not enough on "
              "Kyle's drug use and on home conditions. It will decide whether to write to Jess and Kyle under "
              "the Public Law Outline. Callum will tell Jess and Kyle the outcome the next day, and will tell "
              "them they can bring a solicitor to any pre-proceedings meeting."),
        ("h1", "7. Actions closed at or before this review"),
        ("table", {
            "header": ["Action", "Who", "Closed", "Reason"],
            "widths": [10.0, 5.2, 3.5, 7.0],
            "rows": [
                ["Fit a stair gate and smoke alarm at the old flat", "Harrowmere Home Safety Service",
                 "Done 14/10/2025", "Both seen fitted"],
                ["Refer Jess to the Harrowmere Perinatal Mental Health Team", "Bryony Tull, HV",
                 "Done 03/10/2025", "Accepted; Jess seen from 20/10/2025"],
                ["Apply to be rehoused from the one-bedroom flat", "Jo Penrose, SW",
                 "No longer needed", "The family moved to 12 Gull Terrace on 02/03/2026"],
            ],
        }),
        ("h1", "8. Contingency plan"),
        ("bullets", [
            "If Kyle is found under the influence while caring for Rosie or Leo, has a positive urine screen, or "
            "the police are called to Gull Terrace: Kyle leaves the home that day to stay with his brother, "
            "Lewis Brannock, the children stay with Jess only while Carol is there, and Callum (or the emergency "
            "duty team) holds a strategy discussion the same day.",
            "If Jess says she has thoughts of harming herself or the children, or Nadia finds her EPDS score "
            "above 15: the perinatal team sees Jess within 24 hours and Rosie and Leo go to Carol's home at 9 "
            "Harbour Rise until a strategy discussion has agreed a plan.",
            "If Rosie loses weight at two weighs in a row, or the checklist scores 8 or more in the kitchen at "
            "two visits running: Callum visits the next day with his team manager and brings the legal planning "
            "meeting forward.",
            "If Carol cannot have the children (she works some weekend shifts at Harrowmere General): Callum "
            "places Rosie and Leo together with Harrowmere foster carers the same day.",
        ]),
        ("h1", "9. Core group and next review"),
        ("bullets", [
            "Core group every three weeks (more often than before), Tuesdays at 10am, Gull Terrace Children's "
            "Centre: 30/06/2026, 21/07/2026, 11/08/2026 and 01/09/2026.",
            "Third review child protection conference, brought forward: Tuesday 08/09/2026, 10am, Harrowmere "
            "Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan made detailed at the first core group: a 3-year-old with global
#    developmental delay and epilepsy, a baby of 11 weeks, a mother with a
#    mild learning disability and postnatal depression, the paternal
#    grandmother doing the nights the father works. Markdown: nested bullets
#    under outcome headings whose "We'll know" check sits above the actions,
#    Who / When / What we will see sub-bullets, outline wording struck out
#    with the agreed wording after it, a closed line, a change log.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hesketon_first_core_group_detailed_plan_struck_outline_reeve.md",
    "split": "tune",
    "actions": 12,
    "template": "plan-after-first-core-group-md-how-this-changed-note-family-bullets-why-a-plan-how-theo-and-nell-tell-us-parents-words-then-outcome-h3-with-well-know-check-line-then-numbered-action-bullets-who-when-what-we-will-see-sub-bullets-struck-outline-wording-closed-line-done-line-contingency-legal-meetings-change-log",
    "description": (
        "Exemplary child protection plan made detailed at the first core group, for a "
        "3-year-old with global developmental delay and epilepsy, who does not yet talk, and his "
        "11-week-old sister; their mother has a mild learning disability and postnatal "
        "depression, their father works nights and the paternal grandmother does those nights. "
        "Markdown: each outcome heading opens with a 'We'll know this is happening when' check, "
        "and each numbered action under it has Who, When and What we will see sub-bullets; the "
        "outline wording agreed at conference is struck through with the core group's wording "
        "after it; a Portage referral closed as no longer needed is struck through, a done "
        "one-off is kept as a DONE line, and a change log ends the plan. The boy's voice is his "
        "Makaton signs and behaviour, the baby's is her observed day; the perinatal team "
        "reports on capacity to change, the adult learning disability team and the GP own "
        "actions, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Hesketon Council — Child Protection Plan

## Theo and Nell Reeve · made detailed at core group 1, Wednesday 18/03/2026

> **How this plan changed at core group 1.** The initial conference on 04/03/2026 agreed an outline plan. At the
> first core group we turned each line into who, when and what we will see. Where the outline said something
> different, the outline wording is ~~struck through~~ and the agreed wording follows it. Actions sit under the
> outcome they are for, and each outcome starts with the check that will tell us it is happening. An easy-read
> copy with pictures has been made for Hannah (see 3.2).

## The family

- **Theo Reeve**, 3 (DOB 11/01/2023) — global developmental delay and epilepsy; goes to Orchard Specialist Nursery
- **Nell Reeve**, 11 weeks (born 31/12/2025)
- **Hannah Reeve**, 26 — Mum; has a mild learning disability and postnatal depression
- **Tom Reeve**, 28 — Dad; works nights at Hesketon distribution park, Monday to Wednesday
- **Sandra Reeve**, 55 — Tom's mum; lives at 17 Mill Brow, Hesketon, and stays over on the nights Tom works
- Home: 4 Kiln Yard, Hesketon HK3 7EJ · Category: neglect (both children)
- Social worker: Grace Ibekwe, Hesketon Children's Services, Children with Disabilities Team (team manager:
  Owen Petrie)

## Why there is a plan

In February Theo missed doses of his levetiracetam on several days. On 14/02/2026 he had a seizure lasting eight
minutes; nobody at home knew how to give his rescue medicine and he went to hospital by ambulance. In the same
fortnight Nell dropped from the 50th to the 9th centile: Hannah was making her bottles with too little powder
because she had misread the tin. Hannah has a mild learning disability and has been low since Nell was born; she
told the health visitor she was "too tired to think".

## How Theo and Nell tell us things

Theo does not use words yet. He uses six Makaton signs (more, drink, biscuit, Mummy, Daddy, finished) and leads
adults by the hand to what he wants. When Grace visited on 16/03/2026 he signed "Daddy" and took her to the door
when he heard Tom's car, and he sat on Sandra's knee for his story. When he is upset he bangs his head on the floor;
his nursery say this happened on the two mornings after his medicine was missed, and not at all this month.

Nell is 11 weeks old. On visits she has fed hungrily, finished her bottles and fallen asleep on Hannah's chest. She
startles and cries when Theo shouts, and settles when Hannah hums to her. She has been seen asleep on her back in
her Moses basket at each visit since 05/03/2026.

## What Hannah and Tom say

Hannah: "I want to get it right for them. I need people to show me, not just tell me." Tom: "Mum doing the nights
means I can keep my job. We didn't know about the rescue medicine. Now we do."

## The plan

### Outcome 1 — Theo gets every dose of his epilepsy medicine and gets to every appointment

**We'll know this is happening when:** Theo's medicine chart has no gaps whenever it is checked, his rescue medicine
is in date at home and at Sandra's, and he has no seizure linked to a missed dose.

- **1.1** ~~Parents to make sure Theo takes his medication~~ Give Theo his levetiracetam at 8am and 8pm with his
  breakfast and his tea, and tick the picture chart on the fridge
  - Who: Hannah and Tom; Sandra gives the 8pm dose on the nights Tom works
  - When: twice a day, every day
  - What we will see: the chart ticked for every dose when Grace or the epilepsy nurse looks; the pharmacy's
    record shows each month's supply collected on time
- **1.2** Train Hannah, Tom and Sandra to give Theo's rescue medicine, then check his chart and his seizure diary
  - Who: ~~Health visitor~~ Kerry Doyle, children's epilepsy nurse specialist, Hesketon Children's Hospital
  - When: ~~within four weeks~~ training done by 01/04/2026; a home visit every four weeks after that
  - What we will see: a training record signed by all three; Kerry's visit notes, with the chart and diary
    checked, e-mailed to Grace after each visit
- **1.3** Take Theo to his neurology clinic on 22/04/2026 and his developmental paediatrician on 06/05/2026
  - Who: Tom, with Sandra driving
  - When: on those dates
  - What we will see: both clinic letters copied to Grace; no appointment missed

### Outcome 2 — Nell is fed the right amount, gains weight and sleeps safely

**We'll know this is happening when:** Nell's weight is back on or above the 25th centile by the review conference
and she is found asleep on her back in her Moses basket at every visit.

- **2.1** Weigh Nell at home, watch a feed being made up, and go through the picture feed card with Hannah
  - Who: Lauren Pike, health visitor
  - When: ~~regularly~~ every week until Nell is back on the 25th centile, then every two weeks
  - What we will see: the outcome 2 check above — Nell's weight plotted in her red book at each visit — and the
    HV's note of whether the feed was made up correctly
- **2.2** Make up every bottle using the picture feed card (one scoop to each 30ml of water) and write each feed on
  the chart
  - Who: Hannah (Mum)
  - When: every feed, from 19/03/2026
  - What we will see: the feed chart shows the amount of every feed; the HV sees a bottle made up correctly at
    each visit
- **2.3** Stay at Kiln Yard on the nights Tom works and do Nell's night feeds and Theo's 8pm medicine
  - Who: Sandra Reeve (paternal grandmother)
  - When: every Monday, Tuesday and Wednesday night while Tom works nights
  - What we will see: night feeds and the 8pm dose written on the charts, which Grace checks at her Thursday visit

### Outcome 3 — Theo and Nell have a mum who is well enough to notice them and answer them

**We'll know this is happening when:** Hannah is up and dressed on morning visits, answers Nell when she cries and
follows Theo's signs, and her perinatal team say her mood is lifting.

- **3.1** See Hannah every two weeks, review her sertraline, and write to Grace before each core group with an
  assessment of whether she is making the changes Theo and Nell need, what still has to change and how long
  that is likely to take
  - Who: Amy Nolan, community psychiatric nurse, with Dr Sara Whitlock, consultant, Hesketon Perinatal Mental
    Health Team
  - When: every two weeks; a report two working days before each core group
  - What we will see: the report on the children's file before every core group, with Hannah's mood score and
    the team's view of the timescale
- **3.2** ~~Adult services to support Hannah~~ Assess how Hannah learns best, and turn this plan, the feed card and
  Theo's medicine chart into easy-read with pictures, so that she can follow what Theo and Nell need
  - Who: Joe Barker, community learning disability nurse, Hesketon Adult Learning Disability Team
  - When: report and easy-read copies by 08/04/2026
  - What we will see: the report shared at the core group on 15/04/2026; Hannah can show Grace her own copy and
    tell her what each part asks of her
- **3.3** Check Hannah's recovery after Nell's birth, and write to Grace if she misses an appointment or does not
  collect her sertraline prescription
  - Who: Dr Ahmed Rauf, GP, Cobble Lane Surgery
  - When: postnatal check by 10/04/2026; prescriptions checked every month after that
  - What we will see: a GP letter on the children's file after the postnatal check, and a same-week e-mail to
    Grace whenever a prescription is not collected

### Outcome 4 — Theo is seen, heard and helped to learn

**We'll know this is happening when:** every visit record says what Theo signed or showed, and his nursery see no
head-banging linked to missed medicine.

- **4.1** Visit Theo and Nell at home, one visit in three unannounced and one each week on a Thursday morning after
  Sandra's nights
  - Who: Grace Ibekwe, social worker
  - When: weekly until the review conference
  - What we will see: visit records note Theo's signs and what he showed Grace, whether the charts are full, and
    where Nell was sleeping
- **4.2** Record Theo's arrival, any seizure, his signs and how he seems, in his home-school book
  - Who: Mel Grant, SENCo, Orchard Specialist Nursery
  - When: every session (Monday, Wednesday and Friday)
  - What we will see: the home-school book copied to Grace every Friday; any seizure phoned through the same day
- ~~**4.3** Refer Theo to the Portage home visiting service~~ — closed at core group 1 as no longer needed: Theo
  started at Orchard Specialist Nursery on 09/03/2026 and gets the same help there.
- **4.4** Hold a family network meeting to find a second adult who can cover Sandra's nights and be trained in
  Theo's rescue medicine
  - Who: Grace Ibekwe, social worker
  - When: by 10/04/2026
  - What we will see: a written network plan naming the second adult and the date of their training, shared at
    the core group on 15/04/2026
- **DONE 12/03/2026** — Tom collected a second rescue medicine kit, so that there is one at home and one at
  Sandra's; Kerry saw both on 16/03/2026.

## If things go wrong

- **If Theo misses two doses in a week, has a seizure after a missed dose, or nobody at home can give his rescue
  medicine:** Theo and Nell go to Sandra's at 17 Mill Brow that day, and Grace (or the emergency duty team) holds a
  strategy discussion the same day.
- **If Nell loses weight at two weighs in a row:** Lauren tells Grace the same day, Nell is seen by the GP within 24
  hours, and Sandra stays at Kiln Yard every night until the next core group.
- **If Hannah says she has thoughts of harming herself or the children:** the perinatal team sees her the same day
  and the children stay with Tom or Sandra until a strategy discussion has agreed a plan.
- **If Sandra cannot do her nights** (she is ill, or her own hospital appointments clash): Tom comes off nights for
  that week, as his employer has agreed; if he cannot, Grace places Theo and Nell together that night with a
  Hesketon foster carer trained in epilepsy rescue medicine.

## If progress is not enough

If by the review conference Theo has had another seizure after a missed dose, Nell is still below the 25th
centile, or the perinatal team or the learning disability team say Hannah cannot make the changes the children need
in time, Grace will ask Owen Petrie for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 10am, Orchard Specialist Nursery: 15/04/2026 and 13/05/2026.
- Review child protection conference: Wednesday 27/05/2026, 2pm, Hesketon Town Hall.

## Change log

| Date | What changed | Agreed by |
|---|---|---|
| 18/03/2026 | Outline wording replaced for 1.1, 1.2, 2.1 and 3.2 | Core group 1 |
| 18/03/2026 | 4.3 closed as no longer needed; 4.4 added | Core group 1 |
| 18/03/2026 | Outcome checks written above each group of actions | Core group 1 |
| 12/03/2026 | Second rescue medicine kit collected; marked DONE | Grace Ibekwe, SW |
| 04/03/2026 | Outline plan agreed | Initial child protection conference |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Child in need review after step-down from a child protection plan: a
#    13-year-old and an 8-year-old, the mother's depression, her partner's
#    cannabis use, the grandmother's Sundays. Markdown: details table, what
#    has changed since step-down, the children's words, outcomes, then a
#    table with "What we will see" beside "Where are we now?", a closed
#    line, a contingency and the next review. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hathermoor_cin_review_after_step_down_where_are_we_now_bellamy.md",
    "split": "tune",
    "actions": 11,
    "template": "cin-review-after-step-down-md-details-table-how-we-got-here-what-has-changed-since-step-down-tyler-and-demi-in-their-words-outcomes-then-no-what-needs-to-happen-who-by-when-what-we-will-see-where-are-we-now-table-closed-line-if-things-get-worse-next-review",
    "description": (
        "Record of the second child in need review after a 13-year-old and an 8-year-old were "
        "stepped down from child protection plans; their mother has depression and her partner "
        "smokes cannabis in the house. Markdown: a details table, what has changed since "
        "step-down, the children's words and outcomes, then a table with a 'What we will see' "
        "column beside a 'Where are we now?' column and a closed line. Most rows are sound (the "
        "social worker's visits, both schools, the grandmother's Sundays, routine sessions whose "
        "only update is 'Ongoing', a GP letter). Faults: the community mental health team only "
        "'continues to support' the mother, measured by her attendance; the partner's cannabis "
        "row is measured by engagement; the young carers referral has a new date 'TBC'; "
        "'Family network' collects the younger child; the dentist row has no measure. A child "
        "in need plan reviewed at child in need reviews has no core group or review conference; "
        "the contingency's trigger is 'further concerns' and its only response is to consider a "
        "strategy discussion, with no fallback for the family's help and no legal planning."
    ),
    "text": """\
# Child in Need Plan — Review 2

**Hathermoor Borough Council · Children's Services · Family Support Team West**

| | |
|---|---|
| Children | Tyler Bellamy, 13 (DOB 22/05/2012), Year 8, Hathermoor High School; Demi Bellamy, 8 (DOB 03/08/2017), Year 3, Moorgate Primary |
| Address | 61 Quarry Lane, Hathermoor HM5 1BX |
| Mother | Nicole Bellamy, 38 |
| Mother's partner | Shaun Rooke, 40, lives at the family home |
| Maternal grandmother | Brenda Bellamy, 2 Cherry Tree Walk, Hathermoor |
| Social worker | Marta Kowal (team manager: Adrian Pilling) |
| This review | Child in need review 2, Tuesday 07/04/2026, 4pm, Moorgate Primary |
| Present | Nicole; Brenda; Marta Kowal (SW, chair); Mr Ben Hardcastle (Hathermoor High); Mrs Lisa Openshaw (Moorgate Primary); Tasha Morrell (Early Help) |
| Apologies | Shaun Rooke; Dawn Fairclough (CPN) |

## How we got here

Tyler and Demi were on child protection plans for neglect from 14/10/2025. At the review child protection
conference on 13/01/2026 the plans ended: the house was cleaner, there was food in, and Tyler was back at school.
The conference agreed this child in need plan, which is reviewed every six weeks at a child in need review. Nicole
has depression and is under the community mental health team; Shaun smokes cannabis every day, and in 2025 he was
smoking it in the living room and in front of Demi.

## What has changed since the first review (24/02/2026)

Nicole has been up and dressed at every visit and is taking her tablets. Shaun says he only smokes in the garden,
but the living room smelt of cannabis at two of the last four visits. Tyler's attendance has dropped to 91% because
he stayed at home on three days when his mum was low. Brenda has had the children every Sunday.

## Tyler and Demi in their own words

**Tyler** (seen on his own at school, 31/03/2026): "It's way better than last year. I only stayed off when Mum
couldn't get up, so Demi wasn't on her own. Shaun smoking inside stinks and my PE kit smells of it." He scored home
6 out of 10 and wants "Shaun to stop for good".

**Demi** (seen on her own at home, 26/03/2026): she showed Marta her bedroom and her new reading books. She said,
"Nana's Sundays are the best, we do baking." She said she does not like waiting at after-school club "when
everyone else has gone".

## What we want for Tyler and Demi

1. Tyler and Demi live in a home free of cannabis smoke, with food in for breakfast and tea.
2. Tyler goes to school every day and never stays home to look after his mum or his sister.
3. Demi is collected on time every day and has an adult she can talk to about home.

## The plan

| No. | What needs to happen | Who | By when | What we will see | Where are we now? |
|---|---|---|---|---|---|
| 1 | Visit Tyler and Demi at home and see each of them on their own | Marta Kowal, SW | Every three weeks until the next child in need review | Visit notes record each child's own words and whether the house smelt of cannabis | Done – four visits since the last review |
| 2 | Check Tyler's attendance every day and phone Nicole by 10am if he is not in | Mr Ben Hardcastle, Head of Year 8, Hathermoor High School | Every school day | Attendance sent to the SW each Friday; 95% or more by the next review | 91% – three days at home with Mum |
| 3 | Check Demi's attendance and give her a Friday check-in with her teaching assistant | Mrs Lisa Openshaw, DSL, Moorgate Primary | Every school day; check-ins every Friday | Weekly attendance e-mail; check-in notes sent to the SW each half-term | 98% – Demi likes Fridays |
| 4 | Continue to support Nicole with her depression through monthly appointments | Dawn Fairclough, CPN, Hathermoor Community Mental Health Team | Monthly | Nicole's attendance at each appointment, recorded on the CMHT system | Attended both appointments |
| 5 | Stop smoking cannabis in the house and go to Hathermoor Drug Service | Shaun Rooke | First appointment by 21/04/2026 | Engagement with Hathermoor Drug Service | Says he has phoned them |
| 6 | Refer Tyler to Hathermoor Young Carers and go with him to his first session | Marta Kowal, SW | Carried forward – new date TBC | Acceptance letter on file and Tyler's first session booked | Not done |
| 7 | Collect Demi from after-school club on Tuesdays and Thursdays, when Nicole works late | Family network | Every Tuesday and Thursday by 5.45pm | Club sign-out sheet sent to the SW each month | Late twice in March |
| 8 | Register Tyler and Demi with a dentist and take them for a check-up | Nicole Bellamy (Mum) | By 30/04/2026 | | Not done |
| 9 | Have Tyler and Demi every Sunday for dinner, baking and homework | Brenda Bellamy (maternal grandmother) | Every Sunday, 11am to 5pm | Brenda texts the SW each Sunday evening; Tyler's homework handed in on Mondays (school log) | Every Sunday kept |
| 10 | Weekly sessions with Nicole on morning routines and shopping, so that there is breakfast and a packed lunch for both children every school day | Tasha Morrell, family support worker, Hathermoor Early Help | Every Wednesday, eight sessions from 15/04/2026 | Tasha's checklist of breakfast food and lunches, filled in at each session and sent to the SW | Ongoing |
| 11 | Review Nicole's antidepressant and write to the SW if she stops taking it or misses a review | Dr Farid Khan, GP, Quarry Lane Medical Practice | By 30/04/2026, then every two months | GP letter on the children's file after each review | Booked for 28/04/2026 |

Closed since the last review: free school meals application for Demi — done 03/03/2026.

## If things get worse

If there are further concerns about the children's care, Marta will discuss them with her manager and consider
whether a strategy discussion and a return to child protection conference are needed.

## Next review

Child in need review 3: Tuesday 19/05/2026, 4pm, Moorgate Primary. The plan will then be reviewed every six weeks.
""",
    "findings": [
        F("H001", "Continue to support Nicole with her depression through monthly"),
        F("M002", "Stop smoking cannabis in the house and go to"),
        F("T002", "Refer Tyler to Hathermoor Young Carers and go with him"),
        F("W002", "Collect Demi from after-school club on Tuesdays and Thursdays"),
        F("M001", "Register Tyler and Demi with a dentist"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First core group after a transfer-in conference: the family fled
#    domestic abuse in another authority; a 15-year-old going missing and
#    at risk of exploitation, her 11-year-old brother, the grandfather
#    helping. Plain-text case-system print: ACTION n OF m blocks with OWNER
#    NOW / WAS, DUE SET / NOW, WHAT GOOD LOOKS LIKE and RAG WITH COMMENT
#    fields, closed actions apart, a change log. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_hazelbrigg_transfer_in_core_group1_rag_comment_print_mcateer.txt",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-after-transfer-in-case-system-print-txt-dot-leader-header-numbered-caps-sections-how-the-family-came-childrens-words-outcomes-then-action-n-of-m-blocks-description-owner-now-was-due-set-now-what-good-looks-like-rag-with-comment-then-closed-actions-contingency-legal-meetings-change-log",
    "description": (
        "Exemplary plan printed from the case system after the first core group that followed a "
        "transfer-in conference: the mother fled domestic abuse with her 15-year-old daughter, "
        "who goes missing and is at risk of exploitation, and her 11-year-old son. Each live "
        "action is an 'ACTION n OF 11' block with DESCRIPTION, OWNER (now, and who held it in "
        "the previous authority), DUE (set and now), WHAT GOOD LOOKS LIKE and RAG WITH COMMENT "
        "fields; return home interviews, police disruption, both schools, the IDVA, the "
        "grandfather's lifts, the mother's missing reports, youth work, the boy's sessions and "
        "a records chase with the previous authority. Closed and no-longer-needed actions are "
        "listed apart and a change log ends the print. The mother has no illness or substance "
        "use; the grandfather's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
HAZELBRIGG CITY COUNCIL - CHILDREN'S SOCIAL CARE                 CASE SYSTEM PRINT
CHILD PROTECTION PLAN - VERSION 2 (CORE GROUP 1)                 Printed 18/03/2026 09:42
=====================================================================================
Children ......... Kayla McATEER, DOB 14/09/2010 (15), Year 10, Hazelbrigg Academy
                   Rhys McATEER, DOB 27/06/2014 (11), Year 6, St Oswald's Primary
Address .......... 8 Tanners Yard, Hazelbrigg HZ2 4DL (tenancy from 09/02/2026)
Mother ........... Donna McAteer (37)
Grandfather ...... Frank Lowther (64), Donna's father, 6 Slate Row, Hazelbrigg
Not in household . Wayne Tolley (41), Rhys's father, Kayla's former stepfather;
                   lives in Carrowdale; non-molestation order to 11/12/2026
Category ......... Neglect (Kayla); emotional abuse (both children)
Plan history ..... ICPC Carrowdale County Council 18/11/2025; family moved to
                   Hazelbrigg 12/01/2026; transfer-in conference Hazelbrigg
                   03/03/2026 (chair: Ruth Adeyemi); core group 1 17/03/2026
Social worker .... Tariq Hussain, Adolescent Safeguarding Team (TM: Helen Marr)
=====================================================================================

1. HOW THE FAMILY CAME TO HAZELBRIGG

Donna left Wayne in November 2025 after he strangled her in front of Rhys. The
family spent seven weeks in a Carrowdale refuge and moved to Hazelbrigg in
January to be near Frank. Kayla was reported missing six times in January and
February, twice overnight; on 21/02/2026 police found her in a car with two men
in their twenties, with a new phone and vapes she could not explain. Donna does
not drink and there are no concerns about drug use. The transfer-in conference
kept both children on plans and restated the Carrowdale actions in Hazelbrigg's
format; nothing was paused for the move.

2. WHAT KAYLA AND RHYS SAID

Kayla (seen on her own at a cafe of her choosing, 13/03/2026): "I'm not being
groomed, they're just mates who have cars. I go out because the flat is boring
and I don't know anyone here." She said she would rather talk to Sam from the
youth service than "another social worker", and that she feels safest at her
grandad's. She scored her own safety 4 out of 10.
Rhys (seen on his own at school, 12/03/2026): "I like it here, there's no
shouting. I get scared when Kayla doesn't come home and Mum cries." He drew
the flat with a big lock on the door and said he wants to join the football
club.

3. OUTCOMES
3.1 Kayla is home every night, is not with adults who exploit her, and has
    safe people and things to do in Hazelbrigg.
3.2 Kayla and Rhys are safe from Wayne, and know what to do if he comes near.
3.3 Rhys goes to school every day and is not frightened at home.

4. LIVE ACTIONS
-------------------------------------------------------------------------------------
Owners and dates agreed in Carrowdale were restated at the transfer-in conference;
OWNER WAS and DUE SET show where they came from. RAG WITH COMMENT is the core
group's view on 17/03/2026 and is not part of the action.

ACTION 1 OF 11
  DESCRIPTION ........ Visit Kayla and Rhys, see each of them on their own, and
                       agree Kayla's safety score with her at each visit
  OWNER .............. Now: Tariq Hussain (SW). Was: Leanne Moffat (SW,
                       Carrowdale) until 03/03/2026
  DUE ................ Set: weekly. Now: weekly until the review conference
  WHAT GOOD LOOKS LIKE Visit records give each child's own words and Kayla's
                       score, agreed with her
  RAG WITH COMMENT ... G - two visits since the transfer-in conference; Kayla
                       chose the cafe both times

ACTION 2 OF 11
  DESCRIPTION ........ Return home interview with Kayla after every missing
                       episode, and share what she says about where she was
                       and who with
  OWNER .............. Kiera Walsh, return home worker, Hazelbrigg Missing and
                       Exploitation Team
  DUE ................ Within 72 hours of every return
  WHAT GOOD LOOKS LIKE Interview record with the SW within 5 working days of
                       each return; police missing log shows no overnight
                       episode in April
  RAG WITH COMMENT ... A - one episode on 08/03/2026, interview done in 48
                       hours; Kayla would not say where she had been

ACTION 3 OF 11
  DESCRIPTION ........ Gather and share intelligence about the men Kayla has
                       been seen with, and serve child abduction warning notices
                       where the evidence allows
  OWNER .............. DS Mark Fenner, Hazelbrigg Police Child Exploitation Team
  DUE ................ First intelligence summary by 31/03/2026; then at each
                       monthly MACE meeting
  WHAT GOOD LOOKS LIKE Summary sent to the SW by 31/03/2026; each notice served
                       recorded on the children's file
  RAG WITH COMMENT ... A - one man identified; car registration being checked

ACTION 4 OF 11
  DESCRIPTION ........ Check Kayla's attendance, give her a mentor session on
                       Tuesdays and Thursdays, and move her from a part-time to a
                       full timetable
  OWNER .............. Mrs Claire Dunmore, DSL, Hazelbrigg Academy
  DUE ................ Set: full timetable by 06/04/2026. Now: by 20/04/2026
                       (moved at core group 1: the maths set change is not
                       ready). Attendance every school day
  WHAT GOOD LOOKS LIKE Attendance report to the SW each Friday; Kayla on a full
                       timetable by 20/04/2026; no unexplained afternoon absence
  RAG WITH COMMENT ... A - mornings kept; two afternoons missed

ACTION 5 OF 11
  DESCRIPTION ........ Check Rhys's attendance and give him a place in the
                       Thursday nurture group
  OWNER .............. Mr Paul Greaves, DSL, St Oswald's Primary
  DUE ................ Every school day; nurture group every Thursday
  WHAT GOOD LOOKS LIKE Weekly attendance e-mail to the SW at 95% or more; nurture
                       group notes on CPOMS, shared each half-term
  RAG WITH COMMENT ... G - 100% since he started on 19/01/2026

ACTION 6 OF 11
  DESCRIPTION ........ Safety planning with Donna about Wayne, and give both
                       schools his photo and the terms of the order
  OWNER .............. Now: Jodie Crane, IDVA, Hazelbrigg Domestic Abuse
                       Service. Was: Carrowdale refuge key worker until
                       12/01/2026
  DUE ................ Set: by 28/02/2026. Now: written plan by 31/03/2026
                       (restarted with the new IDVA); then a check with Donna
                       every month
  WHAT GOOD LOOKS LIKE Signed safety plan on file; both DSLs confirm in writing
                       that they hold Wayne's photo and the order
  RAG WITH COMMENT ... A - schools have the order; plan being written

ACTION 7 OF 11
  DESCRIPTION ........ Collect Kayla from the Friday youth club, and be the
                       adult she rings for a lift home from anywhere
  OWNER .............. Frank Lowther (grandfather)
  DUE ................ Every Friday at 9pm; any night she rings before midnight
  WHAT GOOD LOOKS LIKE Frank texts the SW every Saturday morning; Kayla can show
                       the SW Frank's number saved as her first contact
  RAG WITH COMMENT ... G - both Fridays kept; one call on 10/03/2026

ACTION 8 OF 11
  DESCRIPTION ........ Ring the police on 101 (999 if Kayla may be in danger)
                       when Kayla is not home and has not answered her phone,
                       and text the SW the next morning
  OWNER .............. Donna McAteer (Mum)
  DUE ................ Every night Kayla is not in by 9.30pm
  WHAT GOOD LOOKS LIKE Each missing report appears on the police log the same
                       night, and the SW has Donna's text by 10am
  RAG WITH COMMENT ... G - reported on 08/03/2026 within 30 minutes

ACTION 9 OF 11
  DESCRIPTION ........ Eight sessions with Kayla on healthy relationships,
                       exploitation and what she wants to do in Hazelbrigg
  OWNER .............. Sam Okoro, youth worker, Hazelbrigg Youth Service
                       (Kayla asked for Sam)
  DUE ................ Every Wednesday from 25/03/2026; all eight by 20/05/2026
  WHAT GOOD LOOKS LIKE Session record to the SW; Kayla's score of how safe she
                       feels with the people she spends time with, agreed with
                       Sam at sessions 1, 4 and 8; Kayla joined to one club
  RAG WITH COMMENT ... NEW - agreed at core group 1

ACTION 10 OF 11
  DESCRIPTION ........ Six worry sessions with Rhys about what he saw at home
                       and about the move
  OWNER .............. Ella Brightman, family support worker
  DUE ................ Weekly from 24/03/2026 for six weeks
  WHAT GOOD LOOKS LIKE Rhys's worry book kept on file; six of six sessions held;
                       Rhys can name two adults he would tell
  RAG WITH COMMENT ... NEW - agreed at core group 1

ACTION 11 OF 11
  DESCRIPTION ........ Chase Carrowdale for the police and health records not
                       yet sent, and add them to the children's chronology
  OWNER .............. Tariq Hussain (SW)
  DUE ................ By 27/03/2026
  WHAT GOOD LOOKS LIKE Records on the Hazelbrigg file and the chronology updated
                       before the next core group
  RAG WITH COMMENT ... A - Carrowdale have promised them by 24/03/2026

5. CLOSED ACTIONS (for the record; not part of the live plan)
-------------------------------------------------------------------------------------
- Register Kayla and Rhys with a Hazelbrigg GP - DONE 20/01/2026.
- Refuge key worker to help Donna move into her tenancy - NO LONGER NEEDED:
  the family moved into 8 Tanners Yard on 09/02/2026.
- Apply for a school place for Rhys - DONE 16/01/2026 (started 19/01/2026).

6. CONTINGENCY
-------------------------------------------------------------------------------------
If Kayla is missing overnight, is found with any of the men named by the police,
or comes home with money, drugs or gifts she cannot explain, Tariq (or the
emergency duty team) will hold a strategy discussion the same day, DS Fenner
will consider a child abduction warning notice that day, and Kayla will stay at
Frank's home at 6 Slate Row, with Donna's agreement, for the next week.
If Frank cannot have her or cannot do the Friday lifts (he has angina and may
be unwell), Hazelbrigg Youth Service's on-call worker will collect Kayla, and if
she cannot go home safely Tariq will place her with Hazelbrigg foster carers
that night.
If Wayne comes to Hazelbrigg or contacts the family, Donna will ring 999, the
police will arrest for the breach, and Donna and the children will go to
Frank's, or to a refuge place the IDVA arranges that day.

7. LEGAL PLANNING
-------------------------------------------------------------------------------------
If Kayla is missing overnight three times before the review conference, or is
found again with the men the police have named, Tariq will ask Helen Marr for a
legal planning meeting within five working days, to decide whether to seek a
care order and whether Kayla needs a specialist placement.

8. MEETINGS
-------------------------------------------------------------------------------------
Core group ....... every four weeks, Tuesdays 4pm, Hazelbrigg Academy:
                   14/04/2026, 12/05/2026
Review CPC ....... Tuesday 02/06/2026, 10am, Hazelbrigg Civic Centre
MACE ............. monthly; Kayla is on the list for 25/03/2026

9. CHANGE LOG
-------------------------------------------------------------------------------------
17/03/2026  Actions 9 and 10 added at core group 1
17/03/2026  Action 4 full timetable date moved to 20/04/2026
17/03/2026  Action 6 date restarted with the Hazelbrigg IDVA
03/03/2026  Plan restated at transfer-in conference; owners moved from
            Carrowdale to Hazelbrigg; refuge action closed as no longer needed
20/01/2026  GP registration done
=====================================================================================
END OF PRINT
""",
    "findings": [],
})
