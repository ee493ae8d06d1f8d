from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, backup_root, create_backup


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump, or SQLite's online backup) and the media files, with "
        "a manifest of row counts and checksums, into a new directory under BACKUP_DIR "
        "(default ./backups). `manage.py restore DIRECTORY` puts it back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", help="Where to write the backup (default: BACKUP_DIR or ./backups)."
        )
        parser.add_argument("--database", default="default", help="The database alias.")

    def handle(self, *args, output_dir, database, **options):
        try:
            directory = create_backup(output_dir or backup_root(), database=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {directory}"))
