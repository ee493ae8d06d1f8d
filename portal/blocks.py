"""StreamField blocks shared by every page type that has a prose body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, help_text=_("Overrides the image's own credit.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    images = blocks.ListBlock(ImageBlock(), min_num=2, label=_("Images"))

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Facts"))

    class Meta:
        icon = "list-ul"
        template = "blocks/fact_box_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("e.g. 1,800"))
    qualifier = blocks.CharBlock(
        label=_("Qualifier"), required=False, max_length=40, help_text=_("e.g. 'more than'")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "pick"


class KeyFigureRowBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))

    class Meta:
        icon = "pick"
        label = _("Key figures")
        template = "blocks/key_figure_row_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    key_figures = KeyFigureRowBlock()
    fact_box = FactBoxBlock()
    embed = EmbedBlock(label=_("Embed"), help_text=_("A video or post URL."))
    document = DocumentLinkBlock()
    table = TableBlock(label=_("Table"), template="blocks/table_block.html")
