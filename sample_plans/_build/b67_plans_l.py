"""Batch 67, module l: seven fictional plans (tuning material), places beginning with "l".

Everything here is made up: young people, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: teenagers (13 to 17) - criminal and sexual exploitation, county lines,
going missing, self-harm, school exclusion, a young person who will not
engage, risk outside the home, return home interviews, and parents struggling
with their own mental health or drinking. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. County lines, 15-year-old; classic Action | Who | When | How we will
#    know table; mother's depression with the CMHT asked about change (docx,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_lanthorne_county_lines_icpc_table_mensah.docx",
    "doc_title": "Child Protection Plan - Tyrese Mensah",
    "split": "tune",
    "actions": 12,
    "template": "icpc-county-lines-15yo-docx-kv-details-voice-in-own-words-action-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 15-year-old found running drugs in another town and owing a drug "
        "debt (criminal exploitation, county lines), whose mother has depression. Action | Who | When | "
        "How we will know table: return home interviews within 72 hours, police disruption, a detached "
        "youth worker, the youth justice Turnaround programme, the school attendance officer, CAMHS for "
        "Tyrese, Tyrese's own part, a parents' exploitation course, and the CMHT asked to report on "
        "whether his mum can change. His angry words are quoted; contingency covers the uncle not "
        "being able to help; core group dates, review date and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lanthorne Borough Council · Children's Services · Adolescent Safeguarding Team"),
        ("kv", [
            ("Young person", "Tyrese Mensah, 15 (born 14/06/2009), Year 10, Lanthorne Vale Academy"),
            ("Lives with", "Abena Mensah (41), his mum, at 22 Lapwing Close, Lanthorne. His sister Ama (19) "
                           "is at university in Lindenmere and comes home in the holidays."),
            ("Other family", "Kofi Boateng (46), Abena's brother, lives on Larkspur Road, Lanthorne, and "
                             "coaches Tyrese's Saturday football team."),
            ("Conference", "Initial child protection conference, Tuesday 11/03/2025, Lanthorne Civic Centre"),
            ("Category", "Physical abuse (child criminal exploitation)"),
            ("Social worker", "Rachel Obi, Adolescent Safeguarding Team"),
            ("Chair", "Martin Cole, Conference Chair"),
        ]),
        ("h1", "Why Tyrese has a plan"),
        ("p", "Tyrese has been reported missing five times since December, three times overnight. On "
              "21 February Larkhaven Police found him in a flat at Linden House, Larkhaven, 60 miles from "
              "home, with 14 wraps of crack cocaine hidden on him and two adults who are known to the police. "
              "He was arrested and released under investigation. Since then he has had a cut to his cheek "
              "that he will not explain, and his phone rings late at night from withheld numbers. He told "
              "his uncle he \"owes\" £800 because the wraps were seized, and that he has been told what will "
              "happen if he does not pay it back."),
        ("p", "Abena has had depression since 2023 and is under the Lanthorne Community Mental Health Team "
              "(CMHT). Since the new year she has found it hard to get up, and she has often been asleep "
              "when Tyrese has gone out at night. She told conference she is frightened for him and "
              "frightened of the people who ring him."),
        ("h1", "What has already happened"),
        ("bullets", [
            "The social worker made a National Referral Mechanism referral on 24/02/2025; the reference "
            "number is on Tyrese's file.",
            "A strategy discussion on 22/02/2025 agreed the safety actions that have been in place since "
            "then.",
            "Tyrese's school has moved him into a different tutor group from two older boys linked to the "
            "Larkhaven line.",
        ]),
        ("h1", "What Tyrese says"),
        ("p", "Tyrese met Rachel twice, once at school and once in the car outside the chicken shop on "
              "Lantern Street, which is where he chose. He was angry at the first meeting: \"I'm not a "
              "victim. Everyone keeps saying that. I know what I'm doing.\" At the second he said: \"If I "
              "don't pay it back they'll come to the house. That's what I'm scared of, not you lot.\" He "
              "wants to keep playing football, wants to be an electrician like his uncle's friend Sol, and "
              "wants his mum \"to get out of bed and be normal again\". He said the only people he would "
              "talk to are his uncle Kofi and Dami, the youth worker he met at the Lanthorne Youth Hub. He "
              "did not want to come to conference and asked Dami to read out what he had said."),
        ("h1", "What we want for Tyrese"),
        ("bullets", [
            "Tyrese is home every night, is not going missing, and is not carrying drugs or money for "
            "anyone.",
            "The debt is dealt with by the police and Tyrese and his mum are safe at home from the people "
            "who say he owes them.",
            "Tyrese is in school every day and has a college place for an electrical course in September "
            "2025.",
            "Tyrese has adults he trusts and can ring, and his mum is well enough to notice when he goes "
            "out and to act on it.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.0, 3.6, 3.4, 4.0],
            "rows": [
                ["See Tyrese on his own, somewhere he chooses, and talk about who is contacting him and the "
                 "debt; see him at home with his mum at least once a month",
                 "SW Rachel Obi",
                 "Weekly from w/c 17/03/2025 until the review conference",
                 "Visit notes with Tyrese's own words; exploitation screening tool updated every month"],
                ["Return home interview with Tyrese, on his own, after every missing episode",
                 "Sian Pryce, Lanthorne Missing and Exploitation Team",
                 "Within 72 hours of Tyrese coming home, every time",
                 "Return home interview form sent to the SW and police, with what Tyrese said in his own "
                 "words"],
                ["Report Tyrese missing to the police if he is not home by 10pm and is not answering his "
                 "phone, and text the police reference to Rachel or the emergency duty team",
                 "Abena Mensah",
                 "Every time he is not home by 10pm",
                 "Police reference numbers on Tyrese's file match the missing log"],
                ["Identify the adults linked to the Linden House flat and the numbers ringing Tyrese, and "
                 "serve Child Abduction Warning Notices where the evidence allows",
                 "DS Paul Greaves, Lanthorne Police Exploitation Hub",
                 "First update by the core group on 25/03/2025, then before each core group",
                 "Written intelligence update to the SW; any notices served listed with their dates"],
                ["One-to-one sessions on exploitation, debt bondage and ways out, including a map of who "
                 "Tyrese can go to",
                 "Dami Adeyemi, detached youth worker, Lanthorne Youth Service",
                 "Every Tuesday and Thursday after school from 18/03/2025",
                 "Session log; Tyrese's \"ways out\" map finished by 22/04/2025 and shared with the SW"],
                ["Turnaround prevention programme (voluntary), with work on what happens after a release "
                 "under investigation",
                 "Marcus Hale, Lanthorne Youth Justice Service",
                 "Weekly for 12 weeks from w/c 24/03/2025",
                 "Attendance record; mid-point report to the SW before the review conference"],
                ["Meet Tyrese at the gate at 8.40am and 3.10pm and ring Abena and the SW by 10am on any day "
                 "he is not in school",
                 "Mr Tom Vickers, attendance officer, Lanthorne Vale Academy",
                 "Every school day",
                 "Attendance printout emailed to the SW every Friday; attendance at 95% or above by the "
                 "review conference"],
                ["Assessment of Tyrese's sleep, mood and the cut to his face, and any help he needs",
                 "Dr Hana Liu, Lanthorne CAMHS",
                 "Appointment by 04/04/2025",
                 "Assessment letter with recommendations sent to the SW and GP"],
                ["Home visits to Abena, review her treatment, and write a report on whether she is making "
                 "the changes she needs to notice and respond when Tyrese goes out at night, and how long "
                 "that is likely to take",
                 "Joy Adebayo, care coordinator, Lanthorne CMHT",
                 "Fortnightly visits; first report by the core group on 25/03/2025",
                 "Written report read at each core group"],
                ["Parents Against Exploitation course, on grooming, debt bondage and what to do when Tyrese "
                 "comes home",
                 "Abena Mensah",
                 "Six Wednesday mornings from 02/04/2025",
                 "Lanthorne Family Hub attendance sheet sent to the SW"],
                ["Collect Tyrese from school on Fridays, take him to training and the Saturday match, and "
                 "drop him home by 6pm",
                 "Kofi Boateng (uncle)",
                 "Every Friday and Saturday",
                 "Kofi texts Rachel when Tyrese is home; team sheet shows Tyrese playing"],
                ["Keep his phone on when he is out after 8pm and answer a call from his mum or Dami; tell "
                 "Dami if anyone asks him to go out of town",
                 "Tyrese",
                 "Every evening he is out",
                 "Abena's call log; missing episodes counted by the police at each core group"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Tyrese is missing overnight, is found outside Lanthorne, is found with drugs or large "
              "amounts of cash, or anyone comes to the house about the debt, Abena will ring 999 and the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. If "
              "the house is not safe, Tyrese and Abena will stay at Kofi's on Larkspur Road that night."),
        ("p", "If Kofi cannot collect Tyrese on a Friday or cannot have them to stay, Dami will collect "
              "Tyrese from school and take him to the Lanthorne Youth Hub until 7pm, and if they cannot "
              "stay at home safely the SW will arrange an emergency placement outside Lanthorne that day."),
        ("p", "If Tyrese goes missing overnight twice more before the review conference, or is found at "
              "another address linked to the Larkhaven line, Rachel will ask her team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 25/03/2025, 4pm, Lanthorne Vale Academy.",
            "Then every 4 weeks at the same time and place: Tuesday 22/04/2025 and Tuesday 20/05/2025.",
            "Review child protection conference: Wednesday 04/06/2025, 10am, Lanthorne Civic Centre.",
        ]),
        ("p", "Plan typed by Rachel Obi (SW) on 12/03/2025 and sent to Abena, to Tyrese (with Dami) and "
              "to every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Plan written to a 14-year-old ("you"), going missing and sexual
#    exploitation; bullets under "What will happen"; her own safety plan is a
#    separate section (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_lorringdon_plan_written_to_you_walsh.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-written-to-the-young-person-second-person-bullets-under-what-will-happen-with-her-own-safety-plan-section",
    "description": (
        "Initial conference plan for a 14-year-old going missing and being sexually exploited by men in "
        "their twenties, written to her as 'you'. Bullets under 'What will happen', each naming who, "
        "when and how we'll know; her own agreed safety plan is a separate section (not actions). "
        "Faults: an outcome about mum only (F002), 'your engagement' as the measure (M002), 'when you "
        "feel ready' (T002), 'Everyone who works with you' (W002), a passive referral (W001), a school "
        "action with no time or measure (T001, M001), a contingency that only says 'meet and discuss' "
        "(C002) with no legal step (R002), and the review conference 'to be confirmed' (R001). Hard "
        "negatives: 'no concerns about alcohol or drugs at home', return home interviews 'within 72 "
        "hours', police updates 'before each core group', a parents' exploitation course."
    ),
    "text": """\
# Ellie's child protection plan

**Lorringdon Borough Council · Children's Services · Missing and Exploitation Hub**

*This plan is written to you, Ellie, because at conference you said you were sick of
people talking about you as if you weren't in the room. Sam (your social worker) wrote
it after the initial child protection conference on Thursday 6 February 2025 and will
go through it with you. You, Mum and Gary each get a copy.*

## About you and your family

- **You:** Ellie Walsh, 14, Year 9 at Larchwick High School
- **Mum:** Dawn Walsh (38)
- **Gary Hulme** (41), Mum's partner, lives with you all at 7 Linnet Way, Lorringdon
- **Connor Walsh**, your brother, 8, Year 3 at Lymbrook Primary
- Social worker: Sam Osei. Conference chair: Patricia Nwosu. Category: sexual abuse.

## Why we are worried

Since September you have been reported missing seven times, and four of those times
you were out all night. Twice the police found you at a flat above the takeaway on
Lansel Street in Lorrimoor, with men who are 22 and 25. You have been given a new phone,
vapes and top-ups, and you told the school nurse in January that you had been "with" a
man called Jay, who is 23. Some pictures of you have been shared on Snapchat by people
you don't know. Your attendance has gone down from 93% to 68% since September.

Mum has reported every time you have gone missing and has been honest with us about
how hard things are at home. There are no concerns about alcohol or drugs at home.

## What you told us

You met Sam three times, twice at school and once at the café in the Lorringdon
shopping centre. You said: "I'm not a kid. Jay's my boyfriend, he's not some groomer,
you lot just don't get it." You said Mum is "always on at me" and that you hate it
when she goes through your room. You don't want to come to any more meetings. You
said you'd like to go back to dance, that you want to keep your phone, and that the one
person you'd talk to is Shannon from the Missing Team "because she doesn't look at me
like I'm stupid". When Sam asked what a good week would look like, you said "nobody
shouting and nobody crying".

## What we want to change

- You are safe from adults who want to use you, and you come home every night.
- You are in school every day and you're back at dance.
- You have someone you trust who you can ring when you're scared or stuck.
- Mum will feel more confident setting boundaries.

## Your safety plan

You made this with Shannon on 3 February and you both signed it:

- If I'm somewhere I don't feel right about, I'll ring Mum or Shannon.
- I'll keep location sharing on with Mum on Friday and Saturday nights.
- If someone I don't know offers me a lift or a vape, I'll say no and walk into a shop.

## What will happen

- Sam will see you on your own every week, at school or somewhere you pick, and will write down what you say in your own words in the visit notes.
- Every time you come home after being missing, Shannon Kirby from the Lorringdon Missing Team will do a return home interview with you within 72 hours and send her notes to Sam and the police.
- Mum will report you missing to the police if you are not home by 9pm and not answering, and will text Sam the police reference number the next morning.
- Shannon will meet you every Wednesday after school for sessions about healthy relationships and staying safe online, and we'll know they are helping through your engagement.
- Bryony Kaye, the school nurse, will go with you to the young people's sexual health clinic in Lorrimoor when you feel ready, and will tell Sam you have been.
- PC Lena Marsh from the Lorringdon Police Exploitation Team will find out who the men at Lansel Street are and look at a Child Abduction Warning Notice for Jay, and will update Sam in writing before each core group.
- Everyone who works with you will pass on anything they see or hear about the Lansel Street flat to Sam the same day, and Sam will log it on your file.
- A referral will be made to the Lorringdon Dance Collective for the Saturday class you asked about, by 28 February, and the start date will be sent to you and Mum.
- Mrs Patel, head of Year 9, will look at moving you to a different tutor group away from the older girls you go out with.
- Mum and Gary will go to the Parents Against Child Exploitation sessions at Lorringdon Family Hub on six Tuesday evenings from 4 March, and the Family Hub will send Sam the attendance list.
- You will sign in at the pastoral office at 8.40am every school day, and Mrs Patel will send Sam your attendance every Friday.

## If things go wrong

If things get worse, or you keep going missing, we will all meet and discuss what to do
next.

## Meetings

- Core group: every three weeks at Larchwick High School, 3.30pm, starting Thursday 20 February 2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("F002", "Mum will feel more confident setting boundaries."),
        F("M002", "we'll know they are helping through your engagement"),
        F("T002", "will go with you to the young people's sexual health clinic"),
        F("W002", "Everyone who works with you will pass on anything"),
        F("W001", "A referral will be made to the Lorringdon Dance Collective"),
        F("T001", "will look at moving you to a different tutor group"),
        F("M001", "will look at moving you to a different tutor group"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan for a 16-year-old, accommodated under section 20
#    and on an adolescent ward after an overdose; nobody is set to visit her;
#    paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_lathwick_rcpc_section20_ward_plan_doyle.pdf",
    "doc_title": "Review Child Protection Conference Plan - Jade Doyle",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-paged-landscape-kv-details-progress-voice-outcomes-no-what-lead-by-when-how-we-will-know-table",
    "description": (
        "Review conference plan for a 16-year-old, looked after under section 20 since her mother's "
        "admission (bipolar disorder), now on an adolescent ward after an overdose. The SW only liaises "
        "with the ward and her mum will visit 'as often as she can', so nobody is set to visit at a "
        "stated frequency (L001, T002). Also the CMHT only supports mum (H001), an online exploitation "
        "row that is 'Ongoing' and 'Monitored' (T002, M002), a school row with no measure (M001), "
        "'Professionals' (W002) and a row with no lead (W001). Hard negatives: CAMHS for Jade, the GP "
        "writing about mum's mood, Jade's own mood diary, 'before discharge' timescales, a specific "
        "contingency with a legal step. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Lathwick City Council – Children's Services",
    "footer": "Review conference plan – Jade Doyle – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan"),
        ("kv", [
            ("Young person", "Jade Doyle, 16 (born 02/11/2008), Year 11, Lathwick Academy"),
            ("Mother", "Karen Doyle (44), 31 Laburnum Walk, Lathwick"),
            ("Legal status", "Looked after under section 20 since 07/02/2025, with Karen's agreement. Jade "
                             "lives with foster carers Pauline and Rob Hendry in Lenshaw Green."),
            ("Where Jade is now", "Lilac Ward (adolescent ward), Lathwick General Hospital, since 03/03/2025"),
            ("Initial conference", "15/01/2025 (category: neglect)"),
            ("This conference", "First review, Wednesday 12/03/2025, 10am, Lathwick Town Hall, Room 4"),
            ("Social worker", "Megan Foley, Lathwick Children in Care Team"),
            ("Chair", "Andrew Tembo, Independent Reviewing Officer"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Karen has bipolar disorder. In late January she stopped taking her lithium and became "
              "unwell; she was not sleeping, was spending money she did not have and left Jade without "
              "food for several days. On 7 February she was admitted to the Larch Unit under section 2 of "
              "the Mental Health Act, and Jade went to Pauline and Rob Hendry under section 20. Karen came "
              "home on 28 February and is back on her lithium."),
        ("p", "On 3 March Jade took an overdose of paracetamol at the foster home and told Pauline straight "
              "away. She was treated at Lathwick General and moved to Lilac Ward on 5 March. She is "
              "medically well, but CAMHS have asked that she stays on the ward until they are satisfied it "
              "is safe for her to leave; the ward expect this to take at least two more weeks. When "
              "Pauline packed her bag she found messages on Jade's tablet from a man calling himself "
              "\"Kev\" asking for pictures of her."),
        ("h1", "What Jade told us"),
        ("p", "Megan saw Jade on her own on the ward on 10 March. Jade said: \"I didn't want to die. I just "
              "wanted everything to stop for a bit.\" About home she said: \"I don't want to go back till "
              "Mum's actually better, not just saying she is. I've done that before.\" She misses Pauline's "
              "dog and wants to finish her GCSE art piece. She asked that nobody makes her \"talk in a "
              "group\", and she did not want to come to conference but agreed Megan could read out what "
              "she had said."),
        ("h1", "What we want for Jade"),
        ("bullets", [
            "Jade is kept safe from harming herself, and she and the adults around her know what to do "
            "when she feels like she might.",
            "Jade has a settled home to go to when she leaves hospital, and she is back at school and "
            "finishing her GCSEs.",
            "Jade is protected from adults online who ask her for pictures, and knows how to report them.",
            "Jade only goes home to live with her mum when her mum is well and Jade wants to go.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How we will know"],
            "widths": [1.4, 8.6, 5.2, 4.3, 6.2],
            "rows": [
                ["1", "Liaise with Lilac Ward and CAMHS about Jade's discharge plan and where she will live "
                      "when she leaves",
                 "SW Megan Foley", "Before discharge",
                 "Written discharge plan shared with Jade, Pauline and Rob, and Karen"],
                ["2", "Risk assessment and a safety plan made with Jade before she leaves the ward, then "
                      "weekly sessions with her CAMHS worker once she has left hospital",
                 "Dr Imran Qureshi, Lathwick CAMHS", "Before discharge; then weekly",
                 "Risk assessment and Jade's safety plan sent to the SW and foster carers; session "
                 "attendance reported at each core group"],
                ["3", "Continue to support Karen with her mood and medication through home visits",
                 "Lee Fairbrother, CPN, Lathwick Community Mental Health Team", "Fortnightly",
                 "Karen attends her appointments (CMHT diary)"],
                ["4", "Visit Jade on Lilac Ward and take in her clothes, her art folder and her phone charger",
                 "Karen Doyle", "As often as she can",
                 "Ward visitors' book"],
                ["5", "Get Jade's room ready and lock away all medicines and blades in the house before she "
                      "comes back",
                 "Pauline and Rob Hendry, foster carers", "Before discharge",
                 "SW checks the room and the locked box on a home visit and records it"],
                ["6", "Send Jade's coursework to the ward and plan a phased return to school with her",
                 "Mrs Carol Dean, DSL, Lathwick Academy", "By the time Jade is discharged",
                 ""],
                ["7", "Keep a mood diary and bring it to each CAMHS session",
                 "Jade", "Every day",
                 "Diary seen by her CAMHS worker at each session"],
                ["8", "Investigate the man who asked Jade for pictures online and act to stop him contacting "
                      "her",
                 "DC Amy Noor, Lathwick Police Online Child Exploitation Team", "Ongoing",
                 "Monitored"],
                ["9", "Review Karen's lithium levels and write to the SW on how her mood is affecting her "
                      "care of Jade",
                 "Dr Ravi Sinha, GP, Lathwick Health Centre", "By 31/03/2025",
                 "GP letter on Jade's file"],
                ["10", "Find out whether any relative could have Jade to stay at weekends after she leaves "
                       "hospital",
                 "Professionals", "By 09/04/2025",
                 "Names given to the SW and viability checks started"],
                ["11", "Referral to the Lathwick Young Carers Project for Jade",
                 "", "By 31/03/2025",
                 "Acceptance letter on Jade's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Jade harms herself again, tells anyone she is planning to, or goes missing from the ward "
              "or from the foster home, the ward staff or Pauline and Rob will ring the CAMHS crisis team "
              "and 999, and Megan (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day. If Karen stops taking her lithium or is readmitted, Jade's contact "
              "with her will be at the foster home or on the ward, with Pauline or ward staff present."),
        ("p", "If Jade cannot return home to Karen safely by the core group on 04/06/2025, Megan will ask "
              "her team manager for a legal planning meeting within 10 working days."),
        ("h1", "Core group and next review"),
        ("p", "Core group every 4 weeks, Wednesdays at 2pm, at "
              "Lathwick Academy: 09/04/2025, 07/05/2025 and 04/06/2025. Next review child protection "
              "conference: Wednesday 10/09/2025, 10am, Lathwick Town Hall."),
        ("p", "Plan agreed by the chair on 13/03/2025 and sent to Jade, Karen, Pauline and Rob, and every "
              "agency named above."),
    ],
    "findings": [
        F("L001"),
        F("H001", "Continue to support Karen with her mood and medication"),
        F("T002", "Visit Jade on Lilac Ward and take in her clothes"),
        F("M001", "Send Jade's coursework to the ward and plan a phased return"),
        F("T002", "Investigate the man who asked Jade for pictures online"),
        F("M002", "Investigate the man who asked Jade for pictures online"),
        F("W002", "Find out whether any relative could have Jade to stay"),
        F("W001", "Referral to the Lathwick Young Carers Project for Jade"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan for a 13-year-old excluded for carrying a knife
#    after being robbed at a skate park (risk outside the home), father's
#    drinking; plain-text export with numbered one-sentence tasks (txt,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_levenholt_rcpc_text_export_numbered_tasks_brennan.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plain-text-export-key-value-header-numbered-sections-numbered-one-sentence-tasks-who-when-how-in-each",
    "description": (
        "Plain-text export of a first review conference plan for a 13-year-old, permanently excluded for "
        "taking a knife to school after he was robbed at a skate park (risk outside the home); his father, "
        "the sole carer, drinks. Twelve numbered tasks, each one sentence naming who, when and how we will "
        "know: weekly SW visits, the alcohol service reporting on change, grandmother's after-school care, "
        "the PRU attendance officer, a detached youth worker, a police place-based assessment of the park, "
        "the youth justice knife crime sessions Kian does himself, CAMHS for Kian, a dads' group. His own "
        "words are quoted; the contingency covers the grandmother not being able to help; core group "
        "dates, review date and legal step set. Exemplary."
    ),
    "text": """\
LEVENHOLT CITY COUNCIL
CHILDREN AND YOUNG PEOPLE'S SERVICES - ADOLESCENT SUPPORT TEAM

REVIEW CHILD PROTECTION CONFERENCE - PLAN
=========================================

Young person:    Kian Brennan, 13 (DOB 27/08/2011)
Education:       The Lantern Centre (pupil referral unit), since his
                 permanent exclusion from Levenholt Academy on 24/01/2025
Address:         9 Lockgate Row, Levenholt
Lives with:      Declan Brennan (44), his dad
Grandmother:     Maureen Brennan (70), Declan's mum, Lark Road, Levenholt
Conference:      First review, Tuesday 15/04/2025, 2pm, Levenholt Civic
                 Offices
Initial conf.:   16/01/2025 (category: neglect)
Social worker:   Ruth Akinola
Chair:           Graham Pereira

1. WHY KIAN HAS A PLAN
----------------------
Kian's mum, Siobhan, died in March 2023. Since then Declan has been drinking
heavily; at the initial conference he said it was "a litre of vodka on a bad
day". Kian was often out until midnight at Larkwell skate park with a group
of older teenagers. In November 2024 two of them beat and robbed him there,
and a video of it went round his school. In January he took a kitchen knife
into Levenholt Academy "for protection" and was permanently excluded.

2. WHAT HAS CHANGED SINCE JANUARY
---------------------------------
Declan has been seeing the Levenholt Alcohol and Drug Service (LADS) since 3
February and 9 of his 10 breath tests have been negative. Kian has been at
the Lantern Centre since February with 88% attendance. Maureen has had Kian
after school three days a week since February. Kian has been seen out after
10pm twice since January, both times with the same group at the skate park.
The police investigation into the November robbery is still open.

3. WHAT KIAN SAYS
-----------------
Ruth saw Kian on his own at the Lantern Centre on 8 April and at home on 10
April. He said: "Everyone thinks I'm a nutter with a knife. I had it because
they jumped me and nobody did anything." He said his dad is "alright when
he's not on the cans" and that things are "better than before Christmas". He
misses his mum and does not like talking about her at home "because Dad gets
upset". He wants to go back to "a proper school" and to do boxing. He put
home at 6 out of 10 and his nan's house at 9. He did not want to come to
conference and wrote a note for Ruth to read out: "I'm not a bad kid. Just
sort the park out."

4. WHAT WE WANT FOR KIAN BY THE NEXT REVIEW
-------------------------------------------
  - Kian is safe in and around Larkwell park and does not feel he needs a
    knife to be safe.
  - Kian is cared for every evening by an adult who is sober.
  - Kian is back in a mainstream school by the start of the autumn term.
  - Kian has help with losing his mum, and someone he can talk to about her.

5. THE PLAN
-----------
 1)   Ruth Akinola (SW) will see Kian on his own every week until the next
      review, alternating the Lantern Centre and home with at least one
      evening visit a month when Declan is in, and will record what Kian
      says and any sign of drinking in her visit notes.

 2)   Aled Price, Declan's keyworker at LADS, will see Declan every Monday
      for key-work and a breath test, and will send Ruth a written report
      before each core group on whether Declan's drinking is changing and
      what that means for his care of Kian in the evenings.

 3)   Maureen Brennan (grandmother) will have Kian at her house on Lark Road
      from 3.30pm to 7pm every Monday, Wednesday and Friday and give him his
      tea, ticking each day on the calendar that Ruth checks at her visits.

 4)   Ms Femi Oduya, attendance officer at the Lantern Centre, will ring
      Declan by 9.45am on any day Kian is not in and email Ruth his
      attendance every Friday, aiming for 95% attendance by the summer
      holidays.

 5)   Jordan Pike, youth worker with the Levenholt Youth Service detached
      team, will take Kian to boxing at the Lockside gym every Thursday
      after the Lantern Centre and talk with him about the knife and the
      park, writing up each session on the youth service log that is shared
      with Ruth each month.

 6)   Sgt Nadia Rahman of the Levenholt Neighbourhood Policing Team will
      lead a place-based assessment of Larkwell skate park with the
      council's community safety team and present what it found and the
      actions agreed (lighting, CCTV, patrols and youth work in the park) to
      the core group on 10/06/2025.

 7)   DC Owen Blake, Levenholt Police, will finish the investigation into
      the November robbery of Kian and tell Kian and Declan the outcome in
      person by 31/05/2025, recording the visit on the police log and
      emailing Ruth the same day.

 8)   Kian will go to the Levenholt Youth Justice Service knife crime
      prevention sessions on six Wednesday afternoons from 23/04/2025, and
      Priya Chand, his youth justice worker, will send Ruth the attendance
      and an end-of-programme summary.

 9)   Dr Fiona Hale, Levenholt CAMHS, will assess Kian for trauma after the
      robbery and his mum's death by 30/05/2025 and send her written
      recommendations to Ruth and the GP.

 10)  Ruth will refer Kian to the Lighthouse bereavement service for young
      people by 02/05/2025 and put the acceptance letter and his first
      appointment date on his file.

 11)  Declan will go to the six-week "Being Dad" group at Levenholt Family
      Hub on Tuesday mornings from 22/04/2025, and the group leader will
      send Ruth the attendance sheet.

 12)  Mr Colin Doherty, reintegration lead at the Lantern Centre, will agree
      a move back to a mainstream school with Kian, Declan and the fair
      access panel by 11/07/2025, naming the school in a written
      reintegration plan sent to Ruth.


6. IF THINGS GO WRONG
---------------------
  - If Declan has been drinking while he is looking after Kian (a breath
    test over zero, Maureen or a professional smelling alcohol on him, or
    Kian telling us), Kian will go to Maureen's for the night and Ruth (or
    the emergency duty team out of hours) will hold a strategy discussion
    the same day.
  - If Kian is found carrying a knife, or is out after 10pm and not
    answering his phone, Declan will ring the police straight away and Ruth
    will hold a strategy discussion the same day.
  - If Maureen cannot have Kian after school because she is ill or away,
    Kian will go to the after-school club at Lockside Youth Centre until
    7pm, where Jordan will see him; if Kian needs to stay away from home
    overnight and Maureen cannot have him, Ruth will arrange an emergency
    foster placement that day.
  - If Declan drinks while caring for Kian twice before the next review, or
    Kian is found with a knife again, Ruth will ask her team manager for a
    legal planning meeting within 5 working days.

7. MEETINGS
-----------
Core group:   every 4 weeks, 4pm, at the Lantern Centre -
              Tuesday 13/05/2025, Tuesday 10/06/2025, Tuesday 08/07/2025
Review child protection conference: Tuesday 14/10/2025, 10am,
              Levenholt Civic Offices

Plan typed by Ruth Akinola on 16/04/2025 and sent to Declan, Kian (with
Jordan), Maureen and every agency named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Third core group record for a 17-year-old who will not meet his social
#    worker, criminal exploitation, family moving to another local authority;
#    Agency column merged down over each agency's rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_linmoor_core_group_transfer_agency_merged_hughes.docx",
    "doc_title": "Core Group 3 Record and Updated Plan - Reece Hughes",
    "split": "tune",
    "actions": 10,
    "template": "core-group-3-record-docx-present-agency-updates-views-outcomes-then-agency-merged-down-action-named-lead-by-when-how-we-will-know",
    "description": (
        "Third core group record for a 17-year-old on a referral order, used to sell drugs, who refuses to "
        "meet his social worker; the family moves to another local authority next month and his mother "
        "drinks most evenings. Agency | Action | Named lead | By when | How we will know table with the "
        "Agency cell merged down over each agency's rows (three real Word vertical merges). Faults: a "
        "mentoring referral handed to the receiving authority and a group programme put on hold until "
        "the transfer (X001 twice), 'Reviewed at core group' (M002), an empty measure (M001), an empty "
        "timescale (T001), 'Family' as lead (W002), 'Ongoing' (T002), the mother's drinking owned by no "
        "adult service (F004), and a contingency that only discusses (C002) with no legal step (R002). "
        "Hard negative: SW visits continue 'until the transfer-in conference'."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Core Group Meeting – Record and Updated Plan"),
        ("p", "Linmoor Metropolitan Borough Council · Children's Services · Adolescent and Exploitation Team"),
        ("kv", [
            ("Young person", "Reece Hughes, 17 (born 19/11/2007), Level 1 motor vehicle course, Linmoor College"),
            ("Lives with", "Tanya Hughes (39), his mum, and his sister Keeley (12), 48 Lidmore Crescent, "
                           "Linmoor"),
            ("Plan since", "Initial child protection conference, 13/02/2025 (category: physical abuse – "
                           "child criminal exploitation)"),
            ("Meeting", "Core group 3, Tuesday 15/04/2025, 4pm, Linmoor Youth Justice Service, Lowgate House"),
            ("Social worker", "Owen Reid (OR)"),
        ]),
        ("h2", "Present"),
        ("p", "Tanya Hughes (TH); Owen Reid, SW (OR); Carl Benn, youth justice worker (CB); DS Hannah Wood, "
              "Linmoor Police (HW); Mr Dev Kapoor, safeguarding lead, Linmoor College (DK); Jo Tanner, young "
              "people's nurse (JT). Reece was invited and did not come. Notes: Lisa Grant, business support."),
        ("h2", "Updates"),
        ("p", "OR: Reece has not agreed to meet since the initial conference; he has answered two texts. "
              "Tanya has been offered a council tenancy in Lowmarsh, in Lowmarsh District Council's area, "
              "and the family will move there on 10 May. Keeley was not made subject to a plan at the initial "
              "conference."),
        ("p", "CB: Reece has come to 8 of 9 referral order sessions. He was arrested on 28 March in a car "
              "on the Lidmore estate with two older men and £600 in cash; no further action was taken."),
        ("p", "HW: intelligence links Reece to a group supplying cannabis and cocaine around Linmoor College "
              "and the Lidmore estate."),
        ("p", "DK: Reece's attendance is 74%; he has missed most Fridays. Staff have seen him getting into "
              "cars at the college gates."),
        ("p", "TH: Tanya told the core group she is drinking most evenings, usually a bottle of wine, \"to "
              "get to sleep\", and that she and Reece argue when she has had a drink. Her GP referred her to "
              "the Linmoor Recovery Service in March and she has been to one appointment."),
        ("h2", "Reece's views"),
        ("p", "Reece would not meet OR, and replied to his last text: \"I've got nothing to say to you. Put "
              "that in your report.\" He told CB on 8 April that he is \"not being a grass\", that he is "
              "\"moving anyway so what's the point\", and that the one thing he cares about is finishing his "
              "mechanics course. He said he would keep seeing CB \"cos I have to, and you're alright\"."),
        ("h2", "What we are working towards"),
        ("bullets", [
            "Reece is not being used by older men to carry or sell drugs, and is not arrested again.",
            "Reece finishes his Level 1 motor vehicle course at Linmoor College in July.",
            "Reece is home every night and his mum knows where he is.",
            "Reece's plan and what his workers know about him go with him when he moves to Lowmarsh.",
        ]),
        ("h2", "Updated plan"),
        ("table", {
            "header": ["Agency", "Action", "Named lead", "By when", "How we will know"],
            "widths": [2.4, 5.6, 3.2, 2.8, 3.0],
            "rows": [
                ["Children's social care",
                 "Offer Reece a visit every week, at a time and place he chooses, and record what he says "
                 "or that he declined",
                 "SW Owen Reid",
                 "Weekly until the transfer-in conference in Lowmarsh",
                 "Visit log on Reece's file"],
                [V,
                 "Send the case file, chronology and this plan to Lowmarsh Children's Services and ask them "
                 "for a transfer-in conference",
                 "SW Owen Reid",
                 "By 02/05/2025",
                 "Lowmarsh confirm receipt in writing and give the conference date"],
                [V,
                 "Referral for Reece to a mentoring project in Lowmarsh, to be made by Lowmarsh Children's "
                 "Services once the transfer is complete",
                 "Lowmarsh Children's Services",
                 "After the transfer",
                 "Mentor allocated and introduced to Reece"],
                ["Youth justice",
                 "Referral order sessions: victim awareness, reparation at the Linmoor community garden and "
                 "the exploitation work Reece agreed to",
                 "Carl Benn, Linmoor Youth Justice Service",
                 "Every Tuesday, 4pm",
                 "Attendance and session notes sent to the SW monthly"],
                [V,
                 "Choices group programme on exploitation put on hold until Reece's youth justice case "
                 "moves to Lowmarsh YJS",
                 "Carl Benn",
                 "Until the move to Lowmarsh YJS (expected June 2025)",
                 "Lowmarsh YJS confirm a start date"],
                ["Police",
                 "Disrupt the adults using Reece to sell drugs around Linmoor College and the Lidmore estate",
                 "DS Hannah Wood, Linmoor Police Exploitation Team",
                 "Before each core group",
                 "Reviewed at core group"],
                ["Linmoor College",
                 "Tell the SW the same day if Reece misses college or is seen with older males at the gates",
                 "Mr Dev Kapoor, safeguarding lead",
                 "Same day",
                 ""],
                ["Family",
                 "Tanya to attend her appointments at the Linmoor Recovery Service",
                 "Tanya Hughes",
                 "",
                 "Appointment cards seen by the SW"],
                [V,
                 "Make sure Reece is home by 11pm and ring the police if he is not",
                 "Family",
                 "Every night",
                 "Missing reports made to the police and the reference given to the SW"],
                ["Health",
                 "Health assessment for Reece, including sexual health and his cannabis use",
                 "Jo Tanner, young people's nurse, Linmoor 0-19 Service",
                 "Ongoing",
                 "Health assessment sent to the SW"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If the situation deteriorates, the core group will discuss whether any further action is "
              "needed."),
        ("h2", "Next meetings"),
        ("p", "Core group 4: Tuesday 13/05/2025, 4pm, Lowgate House, then every 4 weeks. Review child "
              "protection conference: Tuesday 10/06/2025, 10am, Linmoor Civic Offices."),
        ("p", "Record circulated by OR on 16/04/2025."),
    ],
    "findings": [
        F("X001", "to be made by Lowmarsh Children's Services once the transfer"),
        F("X001", "Choices group programme on exploitation put on hold"),
        F("M002", "Disrupt the adults using Reece to sell drugs"),
        F("M001", "Tell the SW the same day if Reece misses college"),
        F("T001", "Tanya to attend her appointments at the Linmoor Recovery Service"),
        F("W002", "Make sure Reece is home by 11pm and ring"),
        F("T002", "Health assessment for Reece, including sexual health"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety grid, then an action table mostly about the mother;
#    15-year-old young carer who self-harms; no outcomes and no contingency;
#    paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_lissowen_sos_grid_then_action_table_fenton.pdf",
    "doc_title": "Child Protection Plan - Amber Fenton",
    "split": "tune",
    "actions": 9,
    "template": "icpc-plan-paged-sos-worried-working-well-grid-scaling-voice-then-action-who-when-evidence-table-no-outcomes-no-contingency",
    "description": (
        "Initial conference plan for a 15-year-old young carer who self-harms, whose mother has depression "
        "and drinks. A Signs of Safety 'worried / working well' grid (not an action table), scaling and "
        "Amber's words, then an Action | Who | When | Evidence table in which five of nine rows are about "
        "her mother's own health, treatment and money with no link to Amber (F001). Also the CMHT only "
        "supporting mum (H001), 'As and when' (T002), 'Keeping an eye on her' (M002), a referral with no "
        "lead (W001), no outcome for Amber anywhere (O001), no contingency although her aunt and grandad "
        "carry two actions (C001, C003) and no legal step (R002). Hard negatives: the GP and CMHT own "
        "actions, so no F004; core group dates and the review date are set. Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Lissowen County Council · Children's Social Care",
    "footer": "Amber Fenton – child protection plan – {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Young person", "Amber Fenton, 15 (born 08/09/2009), Year 11, Lissowen High School"),
            ("Lives with", "Lisa Fenton (43), her mum, 5 Lissbrook Court, Lissowen"),
            ("Family", "Joanne Fenton (40), Lisa's sister, Lanner Road, Lissowen; Bill Fenton (71), Lisa's "
                       "dad, Lanyard Mews, Lissowen"),
            ("Conference", "Initial child protection conference, Monday 24/03/2025, Lissowen County Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Helen Price, Lissowen Children's Safeguarding Team"),
            ("Chair", "Diane Okafor"),
        ]),
        ("h1", "What we talked about at conference"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Lisa has had depression and anxiety for several years and is under the Lissowen Community "
                 "Mental Health Team. Since Christmas she has been drinking vodka most afternoons and is often "
                 "asleep when Amber gets home from school.",
                 "Lisa loves Amber, came to conference and was honest about her drinking. She said she wants "
                 "help."],
                ["Amber does the shopping, cooks most meals, collects Lisa's prescriptions and gets her up in "
                 "the mornings. Her attendance this year is 69% and she has missed two mock exams.",
                 "Joanne and Bill see Amber and Lisa every week and have offered to do more."],
                ["In February Amber told the school nurse she has been cutting the tops of her arms for about "
                 "six months. Nobody at home knew.",
                 "Amber is bright, is predicted a 7 in art and has a close friend, Mia, whose family she "
                 "trusts."],
            ],
        }),
        ("p", "Scaling (0 = Amber will be harmed, 10 = Amber is safe enough for the plan to end): "
              "professionals at conference 3, Lisa 6, Amber 4."),
        ("h1", "Amber's words"),
        ("p", "Helen saw Amber on her own at school on 17 and 20 March. Amber said: \"Someone has to look "
              "after Mum. If I don't, who's going to?\" and \"I'm tired all the time, like properly tired.\" "
              "About the cutting she said: \"It helps for a bit. I'm not trying to do anything stupid.\" She "
              "does not want her mum \"to get in trouble\" and was worried the conference would mean she "
              "had to leave home. She wants to pass her GCSEs and go to Lissowen College to do hair and "
              "beauty. She likes staying at her grandad's \"because it's quiet and he does a proper Sunday "
              "dinner\"."),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "When", "Evidence"],
            "widths": [6.2, 4.2, 2.8, 3.8],
            "rows": [
                ["Attend her physiotherapy appointments for her back",
                 "Lisa Fenton", "Weekly",
                 "Attendance card seen by the SW"],
                ["Home visits to support Lisa with her low mood and anxiety",
                 "Gail Simmons, care coordinator, Lissowen Community Mental Health Team", "Fortnightly",
                 "Visit notes on the CMHT record"],
                ["Review Lisa's antidepressant medication and her sleep",
                 "Dr Paul Okon, Lissbrook Medical Centre", "By 30/04/2025",
                 "Medication review recorded on the GP record"],
                ["Attend the Lissowen Recovery Service for her drinking",
                 "Lisa Fenton", "As and when",
                 "Keyworker letter to the SW"],
                ["Help Lisa apply for PIP and agree a repayment plan for her rent arrears",
                 "SW Helen Price", "By 16/05/2025",
                 "PIP reference number and the repayment plan on file"],
                ["Do the weekly shop with Lisa and cook tea for Lisa and Amber",
                 "Joanne Fenton (maternal aunt)", "Every Tuesday and Thursday",
                 "Joanne texts the SW each week to say it is done"],
                ["Have Amber to stay at his house on Saturday nights",
                 "Bill Fenton (maternal grandfather)", "Every Saturday",
                 "Amber's weekend diary, seen by the SW"],
                ["Drop-in session with Amber about her cutting and how she is coping at home",
                 "Tasha Grant, school nurse, Lissowen 0-19 Service", "Weekly",
                 "Keeping an eye on her"],
                ["Referral to Lissowen Young Carers for Amber",
                 "", "By 30/04/2025",
                 "Acceptance letter on file"],
            ],
        }),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks, Mondays at 3.45pm, Lissowen High School: 07/04/2025, 05/05/2025 and "
              "02/06/2025. Review child protection conference: Monday 23/06/2025, 10am, Lissowen County Hall."),
        ("p", "Plan sent to Lisa, Amber and every agency named above on 25/03/2025."),
    ],
    "findings": [
        F("F001"),
        F("H001", "Home visits to support Lisa with her low mood and anxiety"),
        F("T002", "Attend the Lissowen Recovery Service for her drinking"),
        F("M002", "Drop-in session with Amber about her cutting"),
        F("W001", "Referral to Lissowen Young Carers for Amber"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for a 13-year-old at risk outside the home
#    (older group at the bus station, images shared); md table; the
#    child's own views are nowhere (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_lyndercombe_icpc_md_table_no_views_rourke.md",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plan-md-bold-key-lines-worries-working-well-outcomes-then-action-lead-by-when-how-we-will-know-table-no-views-section",
    "description": (
        "Initial conference plan for a 13-year-old drawn into an older group at the bus station, filmed "
        "fighting and with sexual images of him found on a 17-year-old's phone (risk outside the home); "
        "his mum works nights and his grandfather and aunt carry two actions. Action | Lead | By when | "
        "How we will know table. Faults: nothing anywhere records what Tommy thinks, wants or feels "
        "(F003), 'When Tommy is ready' (T002), 'Improvement in behaviour' (M002), 'All professionals' (W002), a "
        "blank 'By when' (T001), a contingency that leans on the grandfather with no fallback (C003), and "
        "the review conference 'to be arranged' (R001). Hard negatives: CAMHS for Tommy, the "
        "contextual safeguarding location assessment, return home interviews within 72 hours, a legal "
        "planning step in the contingency."
    ),
    "text": """\
# Child Protection Plan – Tommy Rourke

**Lyndercombe Council · Children's Services · Exploitation and Missing Team**

**Young person:** Tommy Rourke, 13 (DOB 02/02/2012), Year 8, Lyndercombe School
**Lives with:** Claire Rourke (35), his mum, 16 Lantern Yard, Lyndercombe
**Family who help:** Frank Rourke (66), Claire's dad, Linwell Court; Stacey Rourke (31), Claire's sister
**Conference:** Initial child protection conference, Thursday 10 April 2025
**Category:** Sexual abuse (child sexual and criminal exploitation, risk outside the home)
**Social worker:** Nikhil Bakshi
**Chair:** Joan Whitcombe

## Why we are worried

Tommy has been suspended three times this school year for fighting. Since January he
has been seen at Lyndercombe bus station most evenings with a group aged 15 to 19. On
14 March a video of Tommy being made to fight another boy was posted online. On 28
March police found him at 11pm in a car with a 17-year-old who is under investigation
for sexual offences against younger boys, and sexual images of Tommy were found on that
young person's phone. Tommy has been reported missing twice, on 28 March and 4 April.

Claire works as a care worker on nights every Tuesday, Wednesday and Thursday, and Tommy
stays with Frank on those nights.

## What is working well

Claire reported both missing episodes straight away and has given the police the names
of the older boys she knows. Frank and Stacey are close to Tommy and see him every week.
Tommy has played for Lyndercombe Rovers under-14s since he was nine and has not missed a
Saturday match this season.

## What needs to change for Tommy

- Tommy is not around the older group at the bus station, and is not being filmed, hurt
  or asked for pictures.
- Tommy is in school full-time with no more suspensions.
- Tommy is at home or at his grandad's by 8pm every night.
- Tommy knows what consent means and how image sharing can be used against him.

## Action plan

| Action | Lead | By when | How we will know |
|---|---|---|---|
| See Tommy on his own at home and at school | SW Nikhil Bakshi | Weekly until the review conference | Visit notes on Tommy's file |
| Return home interview after every missing episode | Ros Hale, Lyndercombe Missing Team | Within 72 hours of Tommy coming back | Return home interview form sent to the SW and police |
| Location and peer group assessment of the bus station and the places the older group use, with a plan for each place | Gwen Tait, contextual safeguarding coordinator, Safer Lyndercombe Partnership | By 30/05/2025 | Written assessment presented to the core group |
| Have Tommy overnight at his flat on the nights Claire works and make sure he is in by 8pm | Frank Rourke (grandfather) | Every Tuesday, Wednesday and Thursday night | Frank signs the night log, checked by the SW at each visit |
| Take Tommy to football training and matches and collect him afterwards | Stacey Rourke (aunt) | Every Saturday | Lyndercombe Rovers register |
| Sessions with Tommy on consent, image sharing and healthy friendships | Kai Mendes, youth worker, Lyndercombe Youth Service | When Tommy is ready | Session record shared with the SW |
| Reintegration plan after his last suspension, with a daily check-in with a mentor | Mrs Ruth Ogden, assistant head, Lyndercombe School | By 09/05/2025 | Improvement in behaviour |
| Investigate the sharing of images of Tommy and his contact with the 17-year-old, and look at bail conditions | DC Sam Webb, Lyndercombe Police Child Exploitation Team | By the first core group (22/04/2025) | Written update to the SW |
| Tell the SW the same day about any sighting of Tommy at the bus station after 8pm | All professionals | Same day | Each sighting logged on Tommy's file by the SW |
| Assessment of Tommy's sleep and temper | Dr Ana Petrov, Lyndercombe CAMHS | By 16/05/2025 | Assessment report sent to the SW and GP |
| Parents Against Exploitation workshop at Lyndercombe Family Hub | Claire Rourke | Four Thursday evenings from 24/04/2025 | Family Hub attendance sheet sent to the SW |
| Apply for a place for Tommy on the Lyndercombe summer sports camp | SW Nikhil Bakshi | | Place confirmed in writing |

## Contingency

If Tommy goes missing, or is found at the bus station or with any of the older group
after 8pm, Claire or Frank will ring the police and Nikhil (or the emergency duty team
out of hours) will hold a strategy discussion the same day. Tommy will stay at Frank's
until the strategy discussion has agreed what happens next.

If Tommy goes missing twice more before the review conference, or new images of him are
shared, Nikhil will ask his team manager for a legal planning meeting.

## Meetings

- First core group: Tuesday 22 April 2025, 3.30pm, Lyndercombe School.
- Review child protection conference: to be arranged.
""",
    "findings": [
        F("F003"),
        F("T002", "Sessions with Tommy on consent, image sharing and healthy friendships"),
        F("M002", "Reintegration plan after his last suspension, with a daily check-in"),
        F("W002", "Tell the SW the same day about any sighting"),
        F("T001", "Apply for a place for Tommy on the Lyndercombe summer"),
        F("C003"),
        F("R001"),
    ],
})
