"""Admin views show only what the user may act on.

Every bulk action of the admin (ours and Wagtail's) is a `PermittedObjectsOnly`: a user with
no permission at all on the model gets a 403; otherwise the confirmation page lists the
objects the user may act on and only counts the others. Wagtail's own confirmation names the
others ("You don't have permission to delete these pages: ..."), which lets anyone with admin
access read pending comments, embargoed recognitions or another section's drafts by stepping
through ids. Wagtail's built-in actions are re-registered as permitted-only subclasses (a
later registration of the same model and action type replaces the earlier one in Wagtail's
bulk action registry); `tests/portal/test_admin_leaks.py` checks that no registered action
escapes this.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.views.pages import bulk_actions as page_actions
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images.views import bulk_actions as image_actions
from wagtail.models import Page
from wagtail.permissions import page_permission_policy, policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.users.views import bulk_actions as user_actions

# Any of these on the model (or, for pages, anywhere in the tree) lets a user open the
# confirmation page of its bulk actions; it still lists only what the user may act on.
MODEL_ACTIONS = ("add", "change", "delete", "publish", "view", "bulk_delete", "lock", "unlock")


def may_see_model(user, model):
    return policy_registry.get_by_type(model).user_has_any_permission(user, MODEL_ACTIONS)


def forbidden(request):
    # A 403 page, not Wagtail's redirect to the dashboard (which hides the refusal).
    return permission_denied(request, PermissionDenied())


class PermittedObjectsOnly:
    """Mixin for a Wagtail `BulkAction`: put it first among the bases."""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_model(request.user, self.model):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = extra.get("items_with_no_access", [])
        return objects, {**extra, "items_with_no_access": [], "items_refused_count": len(refused)}


class PermittedMoveDestinations:
    """The bulk move form accepts (and so names in its answer) only a destination the user
    may add pages under, not any page of the tree."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        allowed = page_permission_policy.instances_user_has_permission_for(self.request.user, "add")
        chooser = form.fields["chooser"]
        chooser.queryset = chooser.queryset.filter(pk__in=allowed.values("pk"))
        return form


def permitted_only(action_class, *mixins):
    """A subclass of a bulk action class that shows only the objects the user may act on."""
    return type(
        f"PermittedOnly{action_class.__name__}",
        (PermittedObjectsOnly, *mixins, action_class),
        {"__module__": __name__, "__doc__": action_class.__doc__},
    )


BUILTIN_ACTIONS = (
    page_actions.DeleteBulkAction,
    page_actions.PublishBulkAction,
    page_actions.UnpublishBulkAction,
    SnippetDeleteBulkAction,
    image_actions.AddTagsBulkAction,
    image_actions.AddToCollectionBulkAction,
    image_actions.DeleteBulkAction,
    document_actions.AddTagsBulkAction,
    document_actions.AddToCollectionBulkAction,
    document_actions.DeleteBulkAction,
    user_actions.AssignRoleBulkAction,
    user_actions.DeleteBulkAction,
    user_actions.SetActiveStateBulkAction,
)


def register_permitted_builtin_actions():
    # order=1: after Wagtail's own registrations (order 0), so these replace them.
    for action_class in BUILTIN_ACTIONS:
        hooks.register("register_bulk_action", permitted_only(action_class), order=1)
    hooks.register(
        "register_bulk_action",
        permitted_only(page_actions.MoveBulkAction, PermittedMoveDestinations),
        order=1,
    )


class PermittedChooser:
    """Mixin for a snippet chooser view: Wagtail's choosers list and name every object of
    the model to anyone with admin access."""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_model(request.user, self.model_class):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


def _permitted_view(view_class):
    return type(view_class.__name__, (PermittedChooser, view_class), {"__module__": __name__})


class PermittedSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    """The chooser of a snippet whose records are not for every role (a SnippetViewSet's
    `chooser_viewset_class`): a user with no permission on the model gets a 403."""

    choose_view_class = _permitted_view(snippet_chooser.ChooseView)
    choose_results_view_class = _permitted_view(snippet_chooser.ChooseResultsView)
    chosen_view_class = _permitted_view(snippet_chooser.SnippetChosenView)
    chosen_multiple_view_class = _permitted_view(snippet_chooser.SnippetChosenMultipleView)
    create_view_class = _permitted_view(snippet_chooser.SnippetCreateView)


def visible_in_page_chooser(pages, request):
    """The `construct_page_chooser_queryset` hook: the page chooser lists published pages
    (their titles are public) and the drafts the user may edit, not another section's."""
    editable = page_permission_policy.instances_user_has_permission_for(request.user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))


# The page chooser views that name the pages whose ids they are given (see
# portal.middleware.AdminSecurityMiddleware).
PAGE_CHOOSER_VIEWS = ("wagtailadmin_choose_page_child", "wagtailadmin_choose_page_chosen_multiple")


def pages_visible_in_chooser(request, ids):
    """Whether every id is that of a page the page chooser may name to this user."""
    if not all(str(pk).isdigit() for pk in ids):
        return False
    pages = Page.objects.filter(pk__in=ids)
    return visible_in_page_chooser(pages, request).count() == pages.count()
