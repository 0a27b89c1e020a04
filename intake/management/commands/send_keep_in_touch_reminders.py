from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from intake.keep_in_touch import due, remind_days, send_reminders


class Command(BaseCommand):
    help = gettext_lazy(
        "Herinnert OCO's per mail aan een waakvlamcontact dat binnen "
        "INTAKE_KEEP_IN_TOUCH_REMIND_DAYS dagen (standaard 1) gepland staat. "
        "Elk waakvlamcontact krijgt één herinnering; opnieuw draaien verstuurt "
        "niets extra. Is de OCO niet meer actief, dan krijgen de coördinatoren "
        "bericht. Draai het elke dag, bijvoorbeeld met cron: '0 7 * * * cd "
        "/pad/naar/oco && .venv/bin/python manage.py "
        "send_keep_in_touch_reminders'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tel alleen hoeveel herinneringen klaarstaan; verstuur niets."),
        )

    def handle(self, *args, dry_run=False, **options):
        days = remind_days()
        if dry_run:
            count = due(days).count()
            self.stdout.write(
                ngettext(
                    "Proefdraai: %(count)d waakvlamcontact zou een herinnering "
                    "krijgen. Er is niets verstuurd.",
                    "Proefdraai: %(count)d waakvlamcontacten zouden een "
                    "herinnering krijgen. Er is niets verstuurd.",
                    count,
                )
                % {"count": count}
            )
            return
        reminded = send_reminders(days)
        self.stdout.write(
            ngettext(
                "%(count)d herinnering aan een OCO klaargezet.",
                "%(count)d herinneringen aan OCO's klaargezet.",
                reminded.members,
            )
            % {"count": reminded.members}
        )
        if reminded.coordinators:
            self.stdout.write(
                ngettext(
                    "%(count)d waakvlamcontact heeft een OCO die niet meer actief "
                    "is; de coördinatoren hebben bericht gekregen.",
                    "%(count)d waakvlamcontacten hebben een OCO die niet meer "
                    "actief is; de coördinatoren hebben bericht gekregen.",
                    reminded.coordinators,
                )
                % {"count": reminded.coordinators}
            )
