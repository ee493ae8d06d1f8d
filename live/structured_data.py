"""JSON-LD of a coverage page: a schema.org LiveBlogPosting whose `liveBlogUpdate` lists the
updates as BlogPosting objects, newest first. Called by the page model in one line."""

from django.utils.html import strip_tags
from django.utils.text import Truncator

from news.structured_data import iso, publisher_json_ld
from portal.self_urls import absolute_url

HEADLINE_LENGTH = 110


def update_text(update):
    return " ".join(strip_tags(update.text).split())


def blog_posting(page, update, request):
    body = update_text(update)
    data = {
        "@type": "BlogPosting",
        "@id": f"{page.get_full_url(request)}#{update.anchor}",
        "url": f"{page.get_full_url(request)}#{update.anchor}",
        "headline": Truncator(body).chars(HEADLINE_LENGTH),
        "articleBody": body,
        "datePublished": iso(update.posted_at),
        "dateModified": iso(update.updated_at),
    }
    if update.author_id:
        data["author"] = {"@type": "Person", "name": update.author.name}
    if update.image_id:
        rendition = update.image.get_rendition("width-800")
        data["image"] = absolute_url(request, rendition.url)
    return data


def live_blog_posting(page, request=None):
    updates = page.get_updates()
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
        "name": page.get_meta_title(),
        "url": page.get_full_url(request),
        "publisher": publisher_json_ld(page, request),
        "liveBlogUpdate": [blog_posting(page, update, request) for update in updates],
    }
    description = page.get_meta_description()
    if description:
        data["description"] = description
    if page.coverage_start:
        data["coverageStartTime"] = iso(page.coverage_start)
    if page.coverage_end:
        data["coverageEndTime"] = iso(page.coverage_end)
    if page.first_published_at:
        data["datePublished"] = iso(page.first_published_at)
    if updates:
        data["dateModified"] = iso(max(u.updated_at for u in updates))
    return data
