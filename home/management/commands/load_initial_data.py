from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.initial_content.builder import InitialContentBuilder
from home.initial_content.demo_users import DEMO_PASSWORD, create_demo_users


class Command(BaseCommand):
    help = gettext_lazy(
        "Bouwt de pagina's, documenten en contactgegevens van de site. "
        "Bestaande inhoud blijft ongemoeid, dus opnieuw draaien kan altijd."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=_("Maak ook demo-accounts aan (alleen met DEBUG aan)."),
        )

    def handle(self, *args, demo_users=False, **options):
        if demo_users and not settings.DEBUG:
            raise CommandError(
                _("Demo-accounts worden alleen aangemaakt als DEBUG aan staat.")
            )
        with transaction.atomic():
            builder = InitialContentBuilder(log=self.stdout.write)
            created = builder.build()
            if demo_users:
                create_demo_users(builder.home, log=self.stdout.write)
            # Domain apps add their own content; home does not import them.
            builders = [
                *settings.INITIAL_CONTENT_BUILDERS,
                *getattr(settings, "INITIAL_CONTENT_TRANSLATION_BUILDERS", []),
            ]
            for path in builders:
                created += import_string(path)(
                    log=self.stdout.write,
                    demo_users=demo_users,
                    demo_password=DEMO_PASSWORD,
                )
        if created:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Klaar: %(count)d onderdelen gemaakt.") % {"count": created}
                )
            )
        else:
            self.stdout.write(_("Alle inhoud bestond al; er is niets veranderd."))
