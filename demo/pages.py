"""Helpers that make the demo loaders idempotent: a page is created once, then left alone
(so running load_demo again changes nothing, and editors' later changes survive)."""


def get_or_create_child(parent, model, slug, **fields):
    """Return (page, created). A live child with this slug is kept as it is."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
