"""What an award edition's page says about its list: the count the edition announced
(its figures) set against the recognitions entered so far, so that a page never claims
"15 projects recognised" above "0 recognitions" without saying why."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def known_total(edition):
    """(count, kind) of what the edition recognised according to its figures, kind being
    "projects" or "people"; None when the figures give no count."""
    if edition.projects_count:
        return edition.projects_count, "projects"
    if edition.people_count:
        return edition.people_count, "people"
    return None


def recognised(count, kind):
    """'15 projects and cases recognised', '18 people recognised'."""
    if kind == "people":
        return ngettext("%(count)s person recognised", "%(count)s people recognised", count) % {
            "count": count
        }
    return ngettext(
        "%(count)s project or case recognised", "%(count)s projects and cases recognised", count
    ) % {"count": count}


def listing_note(edition, listed):
    """A sentence on how much of the edition's list is entered when that is less than the
    known count, or that none is when no count is known ("" when the list is complete).
    `listed` is the number of recognitions the public sees."""
    total = known_total(edition)
    if total is None:
        # Nothing announced to count against: say only that the list is missing.
        return (
            "" if listed else _("The list of this edition's recognitions has not been entered yet.")
        )
    if listed >= total[0]:
        return ""
    recognised_text = recognised(*total)
    if not listed:
        return _("%(recognised)s; the list has not been entered yet.") % {
            "recognised": recognised_text
        }
    return ngettext(
        "%(recognised)s; %(listed)s of them is listed here.",
        "%(recognised)s; %(listed)s of them are listed here.",
        listed,
    ) % {"recognised": recognised_text, "listed": listed}


def programme_notes(editions, listed_by_edition):
    """The notes of a programme's editions whose list is incomplete, each naming its year."""
    notes = []
    for edition in editions:
        note = listing_note(edition, listed_by_edition.get(edition.pk, 0))
        if note:
            notes.append(_("%(year)s: %(note)s") % {"year": edition.year, "note": note})
    return notes
