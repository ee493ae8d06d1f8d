from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.extension_points import workflow_specs
from portal.roles import get_roles


def section_pages(model):
    """The index pages that root a section."""
    return list(model.objects.all())


def model_permission(label):
    app_label, codename = label.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


class Command(BaseCommand):
    help = (
        "Create or update the editorial groups that the apps' portal_roles hooks define, with "
        "their page, collection and model permissions, and the approval workflows. Idempotent."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for role in get_roles():
                group, created = Group.objects.get_or_create(name=role.name)
                self._grant_pages(group, role)
                self._grant_media(group, role)
                self._grant_models(group, role)
                if options["verbosity"]:
                    self.stdout.write(f"{'Created' if created else 'Updated'} group {role.name}")
            for spec in workflow_specs().values():
                self._workflow(spec.name, spec.approver_group, spec.sections)

    def _grant_pages(self, group, role):
        """Exactly the role's page permissions: anything else the group holds is removed,
        e.g. the rights on the root page that Wagtail's initial data gives its own
        "Editors" and "Moderators" groups, which would reach every section."""
        page_type = ContentType.objects.get_for_model(Page)
        kept = []
        for section, permission_types in role.sections.items():
            for page in section_pages(section):
                for permission_type in permission_types:
                    permission = Permission.objects.get(
                        content_type=page_type, codename=f"{permission_type}_page"
                    )
                    grant, _ = GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
                    kept.append(grant.pk)
        GroupPagePermission.objects.filter(group=group).exclude(pk__in=kept).delete()

    def _grant_media(self, group, role):
        root = Collection.get_first_root_node()
        # Wagtail checks image and document permissions against its own models
        # (auth_model), also with a custom image model.
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in role.media_permissions:
                permission = model_permission(f"{app_label}.{action}_{model}")
                if permission is None:
                    raise CommandError(f"Unknown permission {app_label}.{action}_{model}")
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )

    def _grant_models(self, group, role):
        for label in (*role.extra_permissions, *role.model_permissions):
            permission = model_permission(label)
            if permission is None:
                raise CommandError(f"Unknown permission {label} in a portal_roles hook")
            group.permissions.add(permission)

    def _workflow(self, name, approver, sections):
        workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        task, _ = GroupApprovalTask.objects.get_or_create(name=f"{approver} approval")
        task.groups.set([Group.objects.get(name=approver)])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        for section in sections:
            for page in section_pages(section):
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
