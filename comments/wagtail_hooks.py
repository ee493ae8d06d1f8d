"""The moderators' admin: a filtered, searchable comment listing with bulk approve / mark
spam / remove / restore, and the pending count on the dashboard. Access comes from the
model permissions of Comment (change_comment to moderate)."""

import django_filters
from django.contrib import messages
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import classproperty
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from comments import roles
from comments.models import Comment, CommentSettings
from comments.moderation import ACTIONS, moderate
from portal import extension_points
from portal.admin_security import PermittedObjectsOnly, PermittedSnippetChooserViewSet


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from visitors only: nobody adds (or copies) one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Comment, CommentPermissionPolicy(Comment))


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Comment.Status.choices, label=_("Status"))
    reason = django_filters.ChoiceFilter(choices=Comment.Reason.choices, label=_("Verdict reason"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Posted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Comment
        fields = ["status", "reason", "page", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the pages that have comments: all pages would name every section's drafts.
        page = self.filters["page"]
        page.queryset = page.queryset.filter(visitor_comments__isnull=False).distinct()


class CommentIndexView(IndexView):
    """The comment listing; it warns while emails to moderators are failing."""

    def get(self, request, *args, **kwargs):
        if not self.results_only:  # the full page, not the filtered results alone
            for failed in CommentSettings.objects.filter(notify_failed_at__isnull=False):
                messages.warning(
                    request,
                    _(
                        "The last email to moderators about a comment awaiting moderation "
                        "could not be sent (%(when)s): %(error)s. Moderators are not told "
                        "about new comments until the email settings are fixed."
                    )
                    % {
                        "when": date_format(localtime(failed.notify_failed_at), "DATETIME_FORMAT"),
                        "error": failed.notify_error,
                    },
                )
        return super().get(request, *args, **kwargs)


class CommentViewSet(SnippetViewSet):
    model = Comment
    index_view_class = CommentIndexView
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    chooser_viewset_class = PermittedSnippetChooserViewSet
    filterset_class = CommentFilterSet
    search_fields = ["body", "author_name", "author_email"]
    search_backend_name = None  # plain database search, no index to keep up to date
    list_per_page = 50
    list_display = [
        Column("author_name", label=_("Name")),
        Column("body", label=_("Comment"), accessor=lambda c: c.body[:120]),
        Column("page", label=_("Page"), accessor="page_label"),
        "status",
        "reason",
        DateColumn("created_at", label=_("Posted")),
    ]
    ordering = ["-created_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("reason"),
                FieldPanel("reason_detail", read_only=True),
            ],
            heading=_("Moderation"),
        ),
        FieldPanel("author_name"),
        FieldPanel("author_email"),
        FieldPanel("author_url"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("page", read_only=True),
                FieldPanel("page_title", read_only=True),
                FieldPanel("page_url", read_only=True),
                FieldPanel("parent", read_only=True),
                FieldPanel("created_at", read_only=True),
                FieldPanel("ip_address", read_only=True),
                FieldPanel("user_agent", read_only=True),
            ],
            heading=_("Origin"),
        ),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("page")


register_snippet(CommentViewSet)


class ModerateBulkAction(PermittedObjectsOnly, SnippetBulkAction):
    """One bulk action per moderator decision (see comments.moderation.ACTIONS)."""

    template_name = "comments/bulk_actions/confirm_moderate.html"
    action_priority = 20

    @classproperty
    def models(cls):
        return [Comment]

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderate(objects, cls.action_type, user=kwargs["self"].request.user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment changed.", "%(count)d comments changed.", num_parent_objects
        ) % {"count": num_parent_objects}


for _action, (_status, _from, _label) in ACTIONS.items():
    hooks.register(
        "register_bulk_action",
        type(
            f"{_action.title()}CommentsBulkAction",
            (ModerateBulkAction,),
            {
                "display_name": _label,
                "action_type": _action,
                "aria_label": _label,
                "classes": {"serious"} if _action in ("spam", "remove") else set(),
            },
        ),
    )


class PendingCommentsSummaryItem(SummaryItem):
    order = 250
    template_name = "comments/admin/summary_pending.html"

    def get_context_data(self, parent_context):
        url = reverse("wagtailsnippets_comments_comment:list") + "?status=pending"
        return {
            "pending": Comment.objects.filter(status=Comment.Status.PENDING).count(),
            "url": url,
        }

    def is_shown(self):
        return self.request.user.has_perm("comments.change_comment")


@hooks.register("construct_homepage_summary_items")
def add_pending_comments_summary(request, items):
    items.append(PendingCommentsSummaryItem(request))


@hooks.register(extension_points.ROLES, order=40)
def moderation_roles():
    return roles.grants()


@hooks.register("before_delete_page")
def warn_about_kept_comments(request, page):
    """The delete confirmation says how many visitor comments the page has: they are kept
    (with the page's title and address) for moderators, not deleted with it."""
    if request.method not in ("GET", "HEAD"):
        return None
    pages = page.get_descendants(inclusive=True)
    count = Comment.objects.filter(page__in=pages).count()
    if count:
        messages.warning(
            request,
            ngettext(
                "%(count)d visitor comment on this page will be kept for moderators, "
                "with the page's title and address.",
                "%(count)d visitor comments on this page and its subpages will be kept for "
                "moderators, with the pages' titles and addresses.",
                count,
            )
            % {"count": count},
        )
    return None
