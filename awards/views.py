"""What the awards routes render. The page models select the rows and call these."""

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from . import structured_data


def cap_cache_to(response, upcoming, now=None):
    """Let no cache keep an awards response past the next embargo's end (`upcoming`, an
    announcement time or None): the response's max-age stops there."""
    if upcoming is not None and hasattr(response, "headers"):
        now = now or timezone.now()
        patch_cache_control(response, max_age=max(0, int((upcoming - now).total_seconds())))
    return response


def programmes(request, page, programmes):
    return page.render(
        request,
        context_overrides={
            "programmes": programmes,
            "recognitions_url": page.url + page.reverse_subpage("recognitions"),
        },
    )


def recognitions(request, page, listing):
    return page.render(
        request,
        template="awards/recognitions_page.html",
        context_overrides={
            **listing,
            "meta_title": _("All recognitions"),
            "canonical_url": page.get_full_url(request) + page.reverse_subpage("recognitions"),
        },
    )


def honouree_page(request, page, honouree, recognitions):
    recognitions = list(recognitions)
    url = page.get_full_url(request) + page.reverse_subpage("honouree", args=[honouree.slug])
    return TemplateResponse(
        request,
        "awards/honouree.html",
        {
            "page": page,
            "self": page,
            "honouree": honouree,
            "recognitions": recognitions,
            "meta_title": honouree.name,
            "meta_description": structured_data.honouree_description(honouree, recognitions),
            "canonical_url": url,
            "json_ld": [structured_data.honouree_entity(honouree, recognitions, url)],
            "awards_index_url": page.url,
        },
    )
