"""Demo content: the four award and honour programmes of the 2023 summit, their 2023
editions with the figures of the facts sheet, and only the two Excellent Cases that the
facts name. Nothing else is invented. Idempotent: what exists is left as it is."""

from wagtail.models import Locale

from awards.models import AwardEditionPage, AwardProgramPage, AwardsIndexPage, Recognition
from demo.pages import get_or_create_child
from events.models import SummitPage

PROGRAMMES = [
    {
        "slug": "leading-technology-award",
        "highlight": "WIC Leading Technology Award presented for the first time",
        "title": "WIC Leading Technology Award",
        "short_name": "Leading Technology Award",
        "summary": "The conference's award for leading internet technologies, first "
        "presented in 2023.",
        "description": "<p>First presented at the 2023 Wuzhen Summit, the award grew out of "
        "the summit's release of world-leading internet science and technology achievements, "
        "an event held seven years in a row before it became an award.</p>",
        "categories": [],
        "edition": {"projects_count": 15},
        "edition_summary": "Fifteen projects received the award in its first year.",
    },
    {
        "slug": "ten-year-commemorative-honour",
        "highlight": "First Ten-Year Commemorative Honour",
        "title": "Ten-Year Commemorative Honour",
        "short_name": "Ten-Year Honour",
        "summary": "Honours marking ten years of the Wuzhen Summit, for organisations and "
        "individuals.",
        "description": "<p>Created for the summit's tenth edition in 2023, the honour thanks "
        "organisations and individuals who accompanied the conference over its first ten "
        "years.</p>",
        "eligibility": "<p>Organisations and individuals.</p>",
        "categories": [
            ("sincere-collaborator", "Sincere Collaborator"),
            ("excellent-organizer", "Excellent Organizer"),
            ("special-contributor", "Special Contributor"),
        ],
        "edition": {},
        "edition_summary": "The honour was given for the first time, in three categories.",
    },
    {
        "slug": "global-young-leaders-program",
        "highlight": "First cohort of the Global Young Leaders Program",
        "title": "Global Young Leaders Program",
        "short_name": "Young Leaders",
        "summary": "A programme for young people shaping the digital future, launched in 2023.",
        "description": "<p>The programme brings together young people from around the world "
        "who work on the internet's future. Its first cohort was announced at the 2023 "
        "summit.</p>",
        "eligibility": "<p>Young people.</p>",
        "categories": [],
        "edition": {
            "people_count": 18,
            "countries_count": 14,
            "counts_note": "From five continents: Asia, Europe, Africa, North America and "
            "South America.",
        },
        "edition_summary": "The first cohort: 18 young people from 14 countries and regions.",
    },
    {
        "slug": "excellent-cases",
        "title": "Excellent Cases of Working Together to Build a Community with a Shared "
        "Future in Cyberspace",
        "short_name": "Excellent Cases",
        "summary": "Cases that show the internet improving people's lives across borders.",
        "description": "<p>The collection presents practical cases of countries and "
        "organisations working together online for shared benefit.</p>",
        "categories": [],
        "edition": {"projects_count": 13},
        "edition_summary": "Thirteen cases were presented in 2023.",
        "cases": [
            ("E-commerce helping Ethiopian farmers sell their coffee worldwide", "ET"),
            ("Online classes helping young people in rural China start a new life", "CN"),
        ],
    },
]


def _summit_2023():
    return SummitPage.objects.filter(year=2023, locale=Locale.get_default()).first()


def _link_summit_highlights(summit, links, context):
    """Point the edition's "firsts" about these programmes at the programme pages (the
    events demo loads first and leaves those rows without a link). One revision for all."""
    if summit is None:
        return
    unlinked = set(summit.highlights.filter(link_page__isnull=True).values_list("title", flat=True))
    wanted = {title: page for title, page in links.items() if title in unlinked}
    if not wanted:
        return
    draft = type(summit).objects.get(pk=summit.pk).get_latest_revision_as_object()
    rows = list(draft.highlights.all())  # modelcluster hands out fresh copies on each .all()
    for row in rows:
        if row.title in wanted:
            row.link_page = wanted[row.title]
    draft.highlights = rows
    draft.save_revision().publish()
    context.created(f"links from {len(wanted)} summit highlights to award programmes")


def load(context):
    index, created = get_or_create_child(
        context.home,
        AwardsIndexPage,
        "awards",
        title="Awards and honours",
        listing_summary="The award and honour programmes of the World Internet Conference "
        "and who they recognised, year by year.",
        intro="<p>Four programmes were presented for the first time at the 2023 Wuzhen "
        "Summit, the conference's tenth edition.</p>",
        show_in_menus=True,
    )
    if created:
        context.created("awards index page")
    summit = _summit_2023()
    highlight_links = {}
    for spec in PROGRAMMES:
        programme, created = get_or_create_child(
            index,
            AwardProgramPage,
            spec["slug"],
            title=spec["title"],
            short_name=spec["short_name"],
            listing_summary=spec["summary"],
            description=spec["description"],
            eligibility=spec.get("eligibility", ""),
            first_year=2023,
        )
        if created:
            for position, (slug, name) in enumerate(spec["categories"]):
                programme.categories.create(slug=slug, name=name, sort_order=position)
            if spec["categories"]:
                programme.save_revision().publish()
            context.created(f"award programme {spec['short_name']}")
        edition, created = get_or_create_child(
            programme,
            AwardEditionPage,
            "2023",
            title=f"{spec['short_name']} 2023",
            year=2023,
            summit=summit,
            listing_summary=spec["edition_summary"],
            **spec["edition"],
        )
        if created:
            context.created(f"award edition {spec['short_name']} 2023")
        if spec.get("highlight"):
            highlight_links[spec["highlight"]] = programme
        for rank, (title, country) in enumerate(spec.get("cases", []), start=1):
            _, created = Recognition.objects.get_or_create(
                edition=edition,
                title=title,
                defaults={"country": country, "rank": rank},
            )
            if created:
                context.created(f"recognition {title}")
    _link_summit_highlights(summit, highlight_links, context)
