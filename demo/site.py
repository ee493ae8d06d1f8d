"""Core demo content: the site, its branding, the home page and the About page.

`manage.py load_demo` runs this first, then each domain app's `<app>.demo.load(context)`.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from demo.images import get_or_create_demo_image
from demo.pages import get_or_create_child
from portal.models import HomePage, SiteBranding, StandardPage

ABOUT_BODY = [
    (
        "paragraph",
        "<p>This portal follows the World Internet Conference (WIC) and its annual Wuzhen "
        "Summit, held in the water town of Wuzhen in Tongxiang, Zhejiang province, China, "
        "since 2014. It gathers each edition's programme, its sub-forums and events, the "
        "awards and honours presented there, and the news that reports on them.</p>",
    ),
    ("heading", {"text": "What you will find here", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Summits: every edition with its theme, dates, venue and key figures.</li>"
        "<li>News: recaps and reports, with their original sources credited.</li>"
        "<li>Awards: programmes, yearly editions and the people and organisations "
        "recognised.</li></ul>",
    ),
    (
        "paragraph",
        "<p>The first edition covered in depth is the 2023 Wuzhen Summit, the tenth, which "
        "brought together guests from 126 countries and regions.</p>",
    ),
    ("heading", {"text": "Names in Chinese", "level": "h2"}),
    (
        "paragraph",
        "<p>The summit is held in the water town of Wuzhen (乌镇), part of the city of "
        "Tongxiang (桐乡) in Zhejiang (浙江) province. The conference itself is called "
        "世界互联网大会 in Chinese. Search works with either spelling.</p>",
    ),
]


def _site_address():
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port


def load(context):
    root = Page.get_first_root_node()
    hostname, port = _site_address()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page (and a site on it):
        # replace both with the portal's home page.
        Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ).delete()
        home = HomePage(
            title="World Internet Conference Summit Portal",
            slug="home",
            listing_summary=(
                "News, programmes and awards of the World Internet Conference Wuzhen Summit."
            ),
            intro=(
                "<p>News, programmes and awards of the World Internet Conference's annual "
                "summit in Wuzhen, Zhejiang, from its first edition in 2014 to the tenth in 2023.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        context.created("home page")

    site = Site.objects.filter(root_page=home).first()
    if site is None:
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="WIC Summit Portal",
        )
        context.created("site")
    elif (site.hostname, site.port) != (hostname, port):
        # Served elsewhere than last time (`PORT=8123 make run`): every self link of the
        # site (canonical, feeds, sitemaps, calendars) names the Site's address.
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        context.created(f"site address {hostname}:{port}")
    context.site = site
    context.home = home

    if home.hero_image_id is None:
        home.hero_image = get_or_create_demo_image(
            "Wuzhen: a water town on the network",
            alt_text="",
            credit="Illustration: Summit Portal demo",
            caption=False,
        )
        home.save_revision().publish()

    branding = SiteBranding.for_site(site)
    if not branding.tagline:
        branding.site_name = "WIC Summit Portal"
        branding.tagline = "World Internet Conference · Wuzhen Summit"
        branding.footer_text = (
            "An open-source portal for the news, events and awards of the World Internet "
            "Conference Wuzhen Summit. Demo content retells the 2023 edition."
        )
        branding.contact_address = "Wuzhen, Tongxiang, Zhejiang, China"
        branding.save()

    _about, created = get_or_create_child(
        home,
        StandardPage,
        "about",
        title="About this portal",
        listing_summary="What this portal covers and where its information comes from.",
        show_in_menus=True,
        body=ABOUT_BODY,
    )
    if created:
        context.created("About page")


MENU_ORDER = ["summits", "news", "awards", "about"]


def finish(context):
    """After every app's demo: put the main menu in the order a visitor expects."""
    home = context.home
    children = {page.slug: page for page in home.get_children()}
    wanted = [children[slug] for slug in MENU_ORDER if slug in children]
    current = [page for page in home.get_children() if page.slug in MENU_ORDER]
    if [p.pk for p in current] == [p.pk for p in wanted]:
        return
    for page in wanted:
        page.refresh_from_db()
        page.move(home, pos="last-child")
    context.created("main menu order")
