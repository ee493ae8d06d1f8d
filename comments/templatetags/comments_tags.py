from django import template

from comments.display import build_section

register = template.Library()


@register.inclusion_tag("comments/includes/section.html", takes_context=True)
def comments_for(context, page):
    """The whole comment section of a page: count, comments, replies and the form."""
    return build_section(page, context["request"])
