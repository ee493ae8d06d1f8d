"""The texts of the demo articles, in our own words from the facts sheet: what
demo/news.py publishes."""


def _p(text):
    return ("paragraph", f"<p>{text}</p>")


RECAP_BODY = [
    _p(
        "The World Internet Conference (WIC) wound up its 2023 Wuzhen Summit on 10 November "
        "after three days of meetings held both in the water town of Wuzhen, in Tongxiang, "
        "Zhejiang province, and online. It was the tenth summit of the series: the first took "
        "place here in 2014, and organisers now compare the decade's growth to a small boat "
        "that has become a huge ship."
    ),
    (
        "key_figures",
        {
            "figures": [
                {"value": "126", "qualifier": "", "label": "countries and regions, a record"},
                {"value": "1,800", "qualifier": "more than", "label": "guests"},
                {
                    "value": "90",
                    "qualifier": "more than",
                    "label": "countries and regions present in person",
                },
            ]
        },
    ),
    _p(
        "This year's theme was “Building an Inclusive, Beneficial and Resilient Digital "
        "World: Working Together to Build a Community with a Shared Future in Cyberspace”. "
        "Sessions returned again and again to three subjects: global development initiatives, "
        "the digital and green transformation, and artificial intelligence."
    ),
    ("heading", {"text": "Four firsts", "level": "h2"}),
    _p(
        "The tenth edition added four things the summit had never had. The WIC Leading "
        "Technology Award was presented for the first time, with 15 projects among the "
        "winners; it is the upgrade of a release of leading technologies that had run for "
        "seven years in a row. A Ten-Year Commemorative Honour thanked organisations and individuals in "
        "three categories: Sincere Collaborator, Excellent Organizer and Special Contributor. "
        "The Global Young Leaders Program welcomed its first cohort, 18 young people from 14 "
        "countries and regions spread over five continents. And the World Internet Science "
        "and Technology Museum opened its doors."
    ),
    _p(
        "The museum covers about 7,000 square metres in six themed exhibition areas and is "
        "meant to keep the conversation going between editions, as “a summit that never "
        "ends, 365 days a year”. Thirteen projects were also named Excellent Cases of Working "
        "Together to Build a Community with a Shared Future in Cyberspace, among them "
        "e-commerce that lets Ethiopian farmers sell their coffee around the world and online "
        "classes that help young people in rural China start a new life."
    ),
    ("heading", {"text": "Expo and competition", "level": "h2"}),
    _p(
        "The Light of the Internet Expo, in its tenth year, brought together more than 580 "
        "companies from 48 countries and regions, online and on site, with more overseas "
        "exhibitors than ever. Digital humans guided visitors, a Future Life Digital "
        "Experience Hall showed what daily life could look like, and a “Light Picking” "
        "activity marked the anniversary. The Straight to Wuzhen competition drew 1,005 "
        "projects from 23 countries, in tracks that included artificial intelligence, "
        "connected cars, the digital ocean and space; 81 of them reached the finals."
    ),
    ("heading", {"text": "Deals, jobs and new arrivals", "level": "h2"}),
    _p(
        "The Zhejiang sub-forum, the largest and highest-level of the summit's sub-forums, "
        "heard 15 academicians, experts and entrepreneurs from China and abroad on the theme "
        "“Digital Economy Leads the Construction of a Modern Industrial System”. Three special "
        "events were held at the summit's permanent venue. At the Digital Economy Industry "
        "Cooperation Conference, more than 70 projects worth over 100 billion yuan were "
        "signed. At the Digital Yangtze River Delta Development Conference, cities of the "
        "region launched two cooperation mechanisms, the “Yangtze River Delta Intelligent "
        "Industry Hundreds” and the “Wuzhen Dialogue”. An exhibition showed how digital tools "
        "support Zhejiang's demonstration zone for common prosperity."
    ),
    _p(
        "For the first time the talent matchmaking meeting ran both online and offline, with "
        "more than 1,200 employers offering over 10,000 jobs. Five projects brought in by the "
        "summit have settled in Tongxiang."
    ),
    (
        "fact_box",
        {
            "title": "Released at the summit",
            "body": "<ul><li>Sovereignty in Cyberspace: Theory and Practice (version 4.0)</li>"
            "<li>China Internet Development Report 2023</li>"
            "<li>World Internet Development Report 2023</li></ul>",
        },
    ),
    ("heading", {"text": "A town dressed for the occasion", "level": "h2"}),
    _p(
        "Guests could watch the XR show “Wuzhen on the Cloud: Internet Rebirth”, follow nine "
        "visiting routes such as “Dream Water Town” and “Ancient Town Travel”, and taste "
        "dishes from the “Hundred Counties, Thousand Bowls” selection. Smart services ran "
        "alongside: a “Wuzhen Summit One-Stop” mini-program, a super station monitoring the "
        "atmosphere, metaverse 3D printing, traditional Chinese medicine diagnosis assisted by "
        "AI, and a future-life digital experience centre where visitors met their own "
        "digital avatars."
    ),
    _p(
        "Over the ten years the host city has changed too. Tongxiang now counts ten times as "
        "many digital-economy enterprises as a decade ago, and its national high-tech "
        "enterprises have grown from just over 40 to nearly 700."
    ),
]

FIRSTS_BODY = [
    _p(
        "The 2023 Wuzhen Summit, the tenth, was the first to present awards and honours of "
        "its own. Here is what was new."
    ),
    ("heading", {"text": "WIC Leading Technology Award", "level": "h2"}),
    _p(
        "Awarded for the first time, to 15 projects. It grows out of a release of leading "
        "internet technologies that the summit had held for seven consecutive years."
    ),
    ("heading", {"text": "Ten-Year Commemorative Honour", "level": "h2"}),
    _p(
        "A one-off thank-you for the first decade, given to organisations and individuals in "
        "three categories: Sincere Collaborator, Excellent Organizer and Special Contributor."
    ),
    ("heading", {"text": "Global Young Leaders Program", "level": "h2"}),
    _p(
        "Its first cohort brings together 18 young people from 14 countries and regions, "
        "spread over Asia, Europe, Africa, North America and South America."
    ),
    ("heading", {"text": "A museum open all year", "level": "h2"}),
    _p(
        "The World Internet Science and Technology Museum opened with about 7,000 square "
        "metres and six themed exhibition areas, so that the summit can be visited 365 days "
        "a year."
    ),
    (
        "fact_box",
        {
            "title": "Also recognised: 13 Excellent Cases",
            "body": "<p>Thirteen projects were named Excellent Cases of Working Together to "
            "Build a Community with a Shared Future in Cyberspace, for example e-commerce that "
            "helps Ethiopian farmers sell coffee worldwide, and online classes that help young "
            "people in rural China start a new life.</p>",
        },
    ),
]

EXPO_BODY = [
    _p(
        "The summit is also a trade fair and a contest: the Light of the Internet Expo, ten "
        "years old in 2023, and the Straight to Wuzhen competition for new projects."
    ),
    (
        "key_figures",
        {
            "figures": [
                {"value": "580", "qualifier": "more than", "label": "exhibiting companies"},
                {"value": "48", "qualifier": "", "label": "countries and regions at the expo"},
                {"value": "1,005", "qualifier": "", "label": "competition projects"},
                {"value": "81", "qualifier": "", "label": "projects in the finals"},
            ]
        },
    ),
    ("heading", {"text": "Light of the Internet Expo", "level": "h2"}),
    _p(
        "In its tenth year the expo ran online and offline and counted a record number of "
        "overseas exhibitors. Digital-human commentators explained the stands, a Future Life "
        "Digital Experience Hall let visitors try what may come next, and a “Light Picking” "
        "activity commemorated the anniversary."
    ),
    ("heading", {"text": "Straight to Wuzhen", "level": "h2"}),
    _p(
        "The competition received 1,005 projects from 23 countries. Its tracks included "
        "artificial intelligence, connected cars, the digital ocean and space, and 81 "
        "projects made it to the finals."
    ),
]

TONGXIANG_BODY = [
    _p(
        "Ten summits have reshaped Tongxiang, the city that includes Wuzhen. Its leading "
        "industries used to be called “three silks and one spinning”: mulberry silk, chemical "
        "fibre, glass fibre and textiles. Today the phrase is “three intelligences and one "
        "network”: smart cars, smart computing, intelligent sensing and the industrial "
        "internet."
    ),
    (
        "key_figures",
        {
            "figures": [
                {"value": "10×", "qualifier": "", "label": "digital-economy enterprises"},
                {"value": "700", "qualifier": "nearly", "label": "national high-tech enterprises"},
                {
                    "value": "25%",
                    "qualifier": "",
                    "label": "average yearly growth, core digital manufacturing",
                },
            ]
        },
    ),
    (
        "table",
        {
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "data": [
                ["Measure", "Before the summits", "By 2023"],
                ["National high-tech enterprises", "40+", "nearly 700"],
                ["High-tech share of regulated industry", "30.9%", "67.8%"],
            ],
            "table_caption": "Tongxiang before and after ten summits",
        },
    ),
    _p(
        "Value added in the core manufacturing of the digital economy has grown by 25% a year "
        "on average, and five projects attracted by the 2023 summit have settled in the city."
    ),
]


# The portal's own explainers: (slug, title, image caption, standfirst, published (h, m) on 11 November,
# dateline place, body, tags, which related pages to link).
EXPLAINERS = [
    (
        "four-firsts-of-the-2023-summit",
        "Four firsts of the 2023 summit: awards, honours, young leaders and a museum",
        "Four firsts in Wuzhen",
        "The tenth Wuzhen Summit introduced an award, a ten-year honour, a young leaders "
        "programme and a museum that stays open all year.",
        (9, 0),
        "Wuzhen",
        FIRSTS_BODY,
        ["World Internet Conference", "awards and honours", "cyberspace"],
        "awards",
    ),
    (
        "expo-and-competition-2023",
        "A tenth Light of the Internet Expo and 1,005 projects Straight to Wuzhen",
        "Light of the Internet Expo",
        "More than 580 companies exhibited at the summit's expo, while a competition with "
        "tracks from AI to space sent 81 projects to its finals.",
        (9, 30),
        "Wuzhen",
        EXPO_BODY,
        ["artificial intelligence", "connected cars", "exhibitions", "Wuzhen"],
        "parts",
    ),
    (
        "tongxiang-after-ten-summits",
        "From silk to smart cars: Tongxiang after ten summits",
        "Tongxiang after ten summits",
        "The city that hosts the summit has ten times as many digital-economy enterprises as "
        "a decade ago, and high-tech firms account for 67.8% of its regulated industry.",
        (10, 0),
        "Tongxiang",
        TONGXIANG_BODY,
        ["Tongxiang", "digital economy", "industrial internet", "digital world"],
        None,
    ),
]
