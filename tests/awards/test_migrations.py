"""The Honoree -> Honouree rename keeps the award administrators' permissions."""

import pytest
from django.contrib.auth.models import Group as CurrentGroup
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OLD = [("awards", "0001_initial")]
NEW = [("awards", "0002_rename_honoree_honouree")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_groups_keep_their_honouree_permissions_through_the_rename():
    executor = MigrationExecutor(connection)
    executor.migrate(OLD)
    old = executor.loader.project_state(OLD).apps
    Group, Permission = old.get_model("auth", "Group"), old.get_model("auth", "Permission")
    ContentType = old.get_model("contenttypes", "ContentType")
    # What a site at 0001 has: the content type and permissions of the old name only.
    ContentType.objects.filter(app_label="awards", model="honouree").delete()
    content_type, _ = ContentType.objects.get_or_create(app_label="awards", model="honoree")
    for action in ("add", "change", "delete", "view"):
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_honoree", defaults={"name": action}
        )
    group = Group.objects.create(name="Synthetic award administrators")
    group.permissions.set(Permission.objects.filter(codename__in=["change_honoree"]))

    executor = MigrationExecutor(connection)
    executor.migrate(NEW)

    # (The content type itself is renamed by django.contrib.contenttypes on `migrate`.)
    codenames = CurrentGroup.objects.get(name=group.name).permissions.values_list(
        "codename", flat=True
    )
    assert list(codenames) == ["change_honouree"]
