"""Small builders for the Chinese page texts: one `page()` per English page, found by its
path of slugs below the home page."""


def page(path, *, rows=None, tags=None, **fields):
    """The Chinese texts of the English page at `path` (slugs below the home page).

    `fields` are set on the translation; `rows` maps a child relation (key figures,
    highlights...) to one dict of Chinese values per row, in the English rows' order."""
    return {"path": tuple(path), "fields": fields, "rows": rows or {}, "tags": tags}


def p(text):
    return ("paragraph", f"<p>{text}</p>")


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
