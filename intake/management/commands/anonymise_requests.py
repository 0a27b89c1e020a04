from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from intake.retention import anonymise_due, count_due, retention_days


class Command(BaseCommand):
    help = gettext_lazy(
        "Verwijdert de persoonsgegevens uit aanvragen die langer dan "
        "INTAKE_RETENTION_DAYS dagen (standaard 365) zijn afgerond of "
        "geannuleerd. De cijfers voor rapportages blijven bewaard. Opnieuw "
        "draaien verandert niets. Draai het elke nacht, bijvoorbeeld met cron: "
        "'30 2 * * * cd /pad/naar/oco && .venv/bin/python manage.py "
        "anonymise_requests'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tel alleen hoeveel aanvragen aan de beurt zijn; verander niets."),
        )
        parser.add_argument(
            "--days",
            type=int,
            help=_(
                "Gebruik deze bewaartermijn in dagen in plaats van de instelling; "
                "alleen samen met --dry-run."
            ),
        )

    def handle(self, *args, dry_run=False, days=None, **options):
        if days is not None:
            if not dry_run:
                raise CommandError(
                    _(
                        "--days kan alleen samen met --dry-run. De bewaartermijn "
                        "staat in de instelling INTAKE_RETENTION_DAYS."
                    )
                )
            if days < 0:
                raise CommandError(_("--days moet 0 of meer zijn."))
        days = retention_days() if days is None else days
        if dry_run:
            count = count_due(days)
            self.stdout.write(
                ngettext(
                    "Proefdraai: %(count)d aanvraag is langer dan %(days)d dagen "
                    "gesloten en zou worden geanonimiseerd. Er is niets veranderd.",
                    "Proefdraai: %(count)d aanvragen zijn langer dan %(days)d dagen "
                    "gesloten en zouden worden geanonimiseerd. Er is niets veranderd.",
                    count,
                )
                % {"count": count, "days": days}
            )
            return
        count = anonymise_due(days)
        self.stdout.write(
            ngettext(
                "%(count)d aanvraag geanonimiseerd.",
                "%(count)d aanvragen geanonimiseerd.",
                count,
            )
            % {"count": count}
        )
