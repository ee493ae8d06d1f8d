from django.core.management.commands import makemessages

# Only the project's own code and templates carry the site's strings: never the virtualenv,
# the npm packages, the benchmarks, the tests or the build and run-time directories.
PROJECT_IGNORES = [
    ".venv",
    "node_modules",
    "bench",
    "tests",
    "media",
    "static_collected",
    "backups",
    "test-artifacts",
    "*/migrations/*",
]


class Command(makemessages.Command):
    help = (
        makemessages.Command.help + " Skips the directories that are not the project's own "
        "(.venv, node_modules, bench, tests...) and writes file names without line numbers, "
        "so that an edit elsewhere in a file does not change the catalogue."
    )

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), *PROJECT_IGNORES]
        if options.get("add_location") is None:
            options["add_location"] = "file"
        super().handle(*args, **options)
