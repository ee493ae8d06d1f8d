"""The parts of the 2023 edition (sub-forums, events and their figures), from the facts
sheet only: the content that demo/events.py loads."""

from events.models import PartKind


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


PARTS = [
    (
        "zhejiang-sub-forum",
        {
            "title": "Zhejiang Sub-Forum",
            "kind": PartKind.SUB_FORUM,
            "theme": "Digital Economy Leads the Construction of a Modern Industrial System",
            "listing_summary": "The largest and highest-level sub-forum of the 2023 summit.",
            "body": [
                paragraph(
                    "Fifteen academicians, experts and entrepreneurs from China and abroad took "
                    "the floor at the Zhejiang sub-forum, the biggest of the summit's "
                    "sub-forums and the one held at the highest level."
                )
            ],
        },
        [
            (
                "speakers",
                15,
                "",
                "",
                "Speakers: academicians, experts and entrepreneurs from China and abroad",
                "",
            )
        ],
        [],
    ),
    (
        "light-of-the-internet-expo",
        {
            "title": "Light of the Internet Expo",
            "kind": PartKind.EXPO,
            "attendance_mode": "hybrid",
            "listing_summary": "The expo's tenth year, online and on site.",
            "body": [
                paragraph(
                    "In its tenth year the expo drew a record number of exhibitors from abroad. "
                    "Digital humans served as commentators, a Future Life Digital Experience "
                    "Hall showed what everyday digital life may become, and visitors joined a "
                    "“Light Picking” commemorative activity."
                )
            ],
        },
        [
            ("exhibitors", 580, "more_than", "", "", "a record number from overseas"),
            ("exhibitor_countries", 48, "", "", "", ""),
        ],
        [],
    ),
    (
        "straight-to-wuzhen-competition",
        {
            "title": "“Straight to Wuzhen” Competition",
            "kind": PartKind.COMPETITION,
            "listing_summary": "Entries from 23 countries competed for a place in the finals.",
            "body": [
                paragraph(
                    "The competition ran in tracks that included artificial intelligence, "
                    "connected cars, the digital ocean and space. Of the 1,005 projects "
                    "entered, 81 reached the finals."
                )
            ],
        },
        [
            ("projects", 1005, "", "", "", ""),
            ("project_countries", 23, "", "", "", ""),
            ("finalists", 81, "", "", "", ""),
        ],
        ["Artificial intelligence", "Connected cars", "Digital ocean", "Space"],
    ),
    (
        "digital-economy-industry-cooperation-conference",
        {
            "title": "Digital Economy Industry Cooperation Conference",
            "kind": PartKind.SPECIAL_EVENT,
            "listing_summary": "One of three special events at the summit's permanent venue.",
            "body": [
                paragraph(
                    "More than 70 projects were signed at the conference, together worth over "
                    "100 billion yuan."
                )
            ],
        },
        [
            ("signed_projects", 70, "more_than", "", "", ""),
            ("deal_value", 100_000_000_000, "more_than", "yuan", "", ""),
        ],
        [],
    ),
    (
        "digital-yangtze-river-delta-development-conference",
        {
            "title": "Digital Yangtze River Delta Development Conference",
            "kind": PartKind.SPECIAL_EVENT,
            "listing_summary": "One of three special events at the summit's permanent venue.",
            "body": [
                paragraph(
                    "Cities of the Yangtze River Delta launched two cooperation mechanisms "
                    "here: the “Yangtze River Delta Intelligent Industry Hundreds” and the "
                    "“Wuzhen Dialogue”."
                )
            ],
        },
        [],
        [],
    ),
    (
        "common-prosperity-digital-empowerment-exhibition",
        {
            "title": "Exhibition on Digital Empowerment of the Common Prosperity Demonstration Zone",
            "kind": PartKind.SPECIAL_EVENT,
            "listing_summary": "One of three special events at the summit's permanent venue.",
            "body": [
                paragraph(
                    "An exhibition on how digital technology supports Zhejiang's demonstration "
                    "zone for common prosperity."
                )
            ],
        },
        [],
        [],
    ),
    (
        "talent-matchmaking-meeting",
        {
            "title": "Talent Matchmaking Meeting",
            "kind": PartKind.MATCHMAKING,
            "attendance_mode": "hybrid",
            "listing_summary": "Held online and on site for the first time.",
            "body": [
                paragraph(
                    "For the first time the talent matchmaking meeting took place both online "
                    "and on site, with more than 1,200 employers offering over 10,000 jobs."
                )
            ],
        },
        [
            ("employers", 1200, "more_than", "", "", ""),
            ("jobs", 10000, "more_than", "", "", ""),
        ],
        [],
    ),
    (
        "cultural-programme",
        {
            "title": "Cultural Programme",
            "kind": PartKind.CULTURAL,
            "listing_summary": "An XR show, visiting routes and dishes from a hundred counties.",
            "body": [
                paragraph(
                    "Visitors could watch the XR show “Wuzhen on the Cloud: Internet Rebirth”, "
                    "follow one of nine visiting routes such as “Dream Water Town” and "
                    "“Ancient Town Travel”, and taste the “Hundred Counties, Thousand Bowls” "
                    "dishes."
                )
            ],
        },
        [("routes", 9, "", "", "", "")],
        [],
    ),
    (
        "smart-services",
        {
            "title": "Smart Services for Guests",
            "kind": PartKind.SERVICES,
            "listing_summary": "Digital services that helped guests around the summit.",
            "body": [
                (
                    "paragraph",
                    "<ul><li>The “Wuzhen Summit One-Stop” mini-program</li>"
                    "<li>A super station monitoring the atmosphere</li>"
                    "<li>Metaverse 3D printing</li>"
                    "<li>Traditional Chinese medicine diagnosis with artificial intelligence</li>"
                    "<li>A future-life digital experience centre where guests met their own "
                    "digital avatars</li></ul>",
                )
            ],
        },
        [],
        [],
    ),
    (
        "world-internet-science-and-technology-museum-opening",
        {
            "title": "World Internet Science and Technology Museum Opens",
            "kind": PartKind.OPENING,
            "listing_summary": "“A summit that never ends, 365 days a year.”",
            "body": [
                paragraph(
                    "The museum opened its doors for the first time during the summit. It "
                    "covers about 7,000 square metres in six themed exhibition areas and is "
                    "meant to keep the summit going all year round."
                )
            ],
        },
        [
            ("floor_area", 7000, "about", "m²", "", ""),
            ("exhibition_areas", 6, "", "", "", ""),
        ],
        [],
    ),
]
