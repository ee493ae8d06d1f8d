"""The recap builder: one action on a summit edition's admin page drafts a recap article from
the edition's structured data (key figures, highlights, sub-forums and events with their
outcomes, the award programmes of that year, publications), links it to the pages it covers
and opens it in the editor for a human to rewrite.

News depends on events and awards (see the app order in the README): their models are
imported plainly.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.widgets import Button
from wagtail.log_actions import log

from awards.models import AwardEditionPage
from events.models import EditionPartPage, SummitPage
from news.models import ArticlePage, ArticleRelatedPage, NewsIndexPage

from . import recap_text

MAX_FIGURES = 6


def _page_link(page, text=None):
    """A rich-text internal link: it follows the page if it moves."""
    return f'<a linktype="page" id="{page.pk}">{escape(text or page.title)}</a>'


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _paragraph(html):
    return {"type": "paragraph", "value": f"<p>{html}</p>"}


def key_figures(edition):
    return list(edition.key_figures.all())


def highlights_of(edition):
    return list(edition.highlights.select_related("link_page"))


def propose_headline(edition):
    return recap_text.headline(edition, key_figures(edition), highlights_of(edition))


def propose_standfirst(edition):
    return recap_text.standfirst(edition, key_figures(edition))


def edition_parts(edition):
    """The live sub-forums and events of the edition, with their figures, in tree order."""
    return list(
        EditionPartPage.objects.child_of(edition)
        .live()
        .order_by("path")
        .prefetch_related("figures")
    )


def award_editions(edition):
    """Award editions presented at the edition or held the same year, with their counts."""
    return list(
        AwardEditionPage.objects.live()
        .filter(Q(summit=edition) | Q(year=edition.year))
        .annotate(recognition_count=Count("recognitions", distinct=True))
        .order_by("path")
    )


def recap_body(edition, parts, awards):
    """Paragraphs a journalist rewrites: the summary, the live key figures, the firsts, one
    paragraph per sub-forum or event, the awards, then the publications."""
    body = []
    if edition.summary:
        body.append(_paragraph(escape(edition.summary)))
    if edition.key_figures.exists():
        body.append(_heading(_("In figures")))
        body.append(
            {
                "type": "summit_key_figures",
                "value": {"summit": edition.pk, "limit": MAX_FIGURES},
            }
        )
    highlights = highlights_of(edition)
    if highlights:
        body.append(_paragraph(recap_text.firsts_paragraph(highlights, _page_link)))
    body.extend(_paragraph(recap_text.part_paragraph(part, _page_link)) for part in parts)
    if awards:
        body.append(_paragraph(recap_text.awards_paragraph(awards, edition.year, _page_link)))
    publications = list(edition.publications.select_related("document"))
    if publications:
        body.append(_paragraph(recap_text.publications_sentence(publications)))
        body.extend(
            {
                "type": "document",
                "value": {"document": publication.document_id, "title": publication.display_title},
            }
            for publication in publications
        )
    return json.dumps(body, cls=DjangoJSONEncoder)


def _free_slug(parent, base):
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def build_recap(edition, news_index, user):
    """Create and return the draft recap article (not published) under the news index."""
    parts = edition_parts(edition)
    awards = award_editions(edition)
    headline = propose_headline(edition)
    standfirst = propose_standfirst(edition)
    end = edition.local_end() or edition.local_start()
    article = ArticlePage(
        title=headline,
        slug=_free_slug(news_index, slugify(f"{edition.year}-summit-recap")),
        standfirst=standfirst,
        listing_summary=standfirst,
        dateline_place=edition.venue.town if edition.venue_id else "",
        dateline_date=end.date() if end else None,
        related_summit=edition,
        lead_image=edition.lead_image,
        body=recap_body(edition, parts, awards),
        live=False,
        owner=user,
    )
    article.related_page_links = [
        ArticleRelatedPage(page=page, sort_order=order)
        for order, page in enumerate([*parts, *awards])
    ]
    tags = [_("Recap"), str(edition.year)]
    if edition.venue_id and edition.venue.town:
        tags.append(edition.venue.town)
    article.tags.add(*tags)
    news_index.add_child(instance=article)
    revision = article.save_revision(user=user, log_action=False)
    log(
        instance=article,
        action="wagtail.create",
        user=user,
        revision=revision,
        content_changed=True,
    )
    return article


def news_index_for(user):
    """The news index the user may add articles to, or None."""
    for index in NewsIndexPage.objects.order_by("path"):
        if ArticlePage in index.specific_class.allowed_subpage_models() and (
            index.permissions_for_user(user).can_add_subpage()
        ):
            return index
    return None


@require_http_methods(["GET", "HEAD", "POST"])
def build_recap_view(request, edition_id):
    try:
        edition = SummitPage.objects.select_related("venue").get(pk=edition_id)
    except SummitPage.DoesNotExist:
        raise Http404 from None
    news_index = news_index_for(request.user)
    if news_index is None:
        raise PermissionDenied
    if request.method == "POST":
        article = build_recap(edition, news_index, request.user)
        messages.success(
            request,
            _("Draft recap “%(title)s” created. Rewrite it, then submit it for review.")
            % {"title": article.title},
        )
        return redirect("wagtailadmin_pages:edit", article.pk)
    existing = ArticlePage.objects.filter(related_summit=edition).order_by(
        "-latest_revision_created_at"
    )
    return TemplateResponse(
        request,
        "news/admin/build_recap.html",
        {
            "edition": edition,
            "news_index": news_index,
            "headline": propose_headline(edition),
            "standfirst": propose_standfirst(edition),
            "existing": existing[:10],
        },
    )


def recap_action(page, user):
    """(label, url) of "Draft a recap article" on a summit edition, for those who may write
    news; None otherwise."""
    if page.specific_class is not SummitPage or news_index_for(user) is None:
        return None
    return _("Draft a recap article"), reverse("news_build_recap", args=[page.pk])


def recap_header_button(page, user):
    """The same action in the header's "…" menu, where Wagtail's own page actions are."""
    action = recap_action(page, user)
    if action is None:
        return None
    label, url = action
    return Button(
        label,
        url,
        icon_name="doc-full",
        priority=40,
        attrs={"title": _("Create a draft recap article from this edition")},
    )
