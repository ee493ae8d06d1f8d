"""The article body: the shared blocks plus a live key-figures block linked to a summit edition."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import BodyStreamBlock


class SummitKeyFiguresBlock(blocks.StructBlock):
    """The key figures of a summit edition, read from the edition when the article renders:
    a figure corrected on the edition is corrected in every article that shows it."""

    summit = blocks.PageChooserBlock(
        page_type="events.SummitPage",
        label=_("Summit edition"),
        help_text=_("The edition whose key figures are shown, as they stand on the edition."),
    )
    limit = blocks.IntegerBlock(
        label=_("How many"),
        min_value=1,
        max_value=12,
        default=6,
        help_text=_("The first figures of the edition, in the edition's order."),
    )

    class Meta:
        icon = "pick"
        label = _("Key figures of a summit edition")
        template = "news/blocks/summit_key_figures.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        summit = value.get("summit")
        rows = list(summit.key_figures.all()[: value.get("limit") or 6]) if summit else []
        context["summit"] = summit
        context["figures"] = [
            {
                "value": row.display_number,
                "qualifier": row.qualifier_text,
                "label": row.display_label,
            }
            for row in rows
        ]
        return context


class ArticleBodyBlock(BodyStreamBlock):
    summit_key_figures = SummitKeyFiguresBlock()
