from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: the database (pg_restore --clean, or "
        "SQLite's backup API) and the media files, then verify row counts and checksums "
        "against its manifest. Refuses a target that has data unless --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A backup directory (BACKUP_DIR/<time>).")
        parser.add_argument(
            "--yes", action="store_true", help="Replace the data already in the target."
        )
        parser.add_argument("--database", default="default", help="The database alias.")

    def handle(self, *args, directory, yes, database, **options):
        try:
            files = restore_backup(directory, database=database, replace=yes)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {directory}: row counts and {files} media files verified. Restart the "
                "services and purge the HTTP cache so no page of the old data is served."
            )
        )
