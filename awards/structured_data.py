"""JSON-LD and descriptions of the awards pages: honourees are schema.org Person or
Organization with their `award`, a ceremony is an Event."""

from django.utils.translation import gettext as _

# A programme's JSON-LD names the honourees of its newest recognitions only: with
# thousands of them, loading every one made the page many times slower for a list that
# no search engine reads to the end. `numberOfItems` still says how many there are.
JSON_LD_RECOGNITIONS = 50


def award_label(recognition):
    """ "Programme 2023 – Category" of a recognition annotated with_programme()."""
    label = f"{recognition.programme_title} {recognition.edition.year}"
    if recognition.category_id:
        label += f" – {recognition.category.name}"
    return label


def honouree_description(honouree, recognitions):
    awards = "; ".join(award_label(r) for r in recognitions[:3])
    return _("%(name)s, recognised by: %(awards)s.") % {"name": honouree.name, "awards": awards}


def honouree_entity(honouree, recognitions, url):
    """The honouree page's main entity: its Person or Organization with every award."""
    data = honouree.json_ld()
    data["@context"] = "https://schema.org"
    data["url"] = url
    data["award"] = [award_label(r) for r in recognitions]
    return data


def honourees_item_list(recognitions, index_url, request=None, total=None):
    """schema.org ItemList of the honourees of recognitions (Person/Organization with
    `award`), each linked to its page under the awards index at `index_url`; `total`, when
    given, is how many honourees there are in all (the list may show only some)."""
    base = request.build_absolute_uri("/")[:-1] if request else ""
    people = {}
    for recognition in recognitions:
        for honouree in recognition.honourees.all():
            if honouree.pk not in people:
                data = honouree.json_ld()
                data["url"] = base + honouree.url_under(index_url)
                data["award"] = []
                people[honouree.pk] = data
            people[honouree.pk]["award"].append(award_label(recognition))
    data = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "item": item}
            for i, item in enumerate(people.values(), start=1)
        ],
    }
    if total is not None:
        data["numberOfItems"] = total
    return data


def edition_main(page, data):
    """An edition is an Event (the ceremony) when its time is known, a web page otherwise."""
    if page.ceremony_time:
        data["@type"] = "Event"
        data["startDate"] = page.ceremony_time.isoformat()
        data["eventStatus"] = "https://schema.org/EventScheduled"
    else:
        data["@type"] = "WebPage"
    return data
