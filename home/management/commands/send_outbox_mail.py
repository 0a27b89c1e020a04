from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.outbox import send_due


class Command(BaseCommand):
    help = _(
        "Verstuur de mails van de website die klaarstaan (meldingen van "
        "formulierreacties, links om te declareren), ook nieuwe pogingen."
    )

    def handle(self, *args, **options):
        sent = send_due()
        self.stdout.write(
            ngettext("%(count)d mail verstuurd.", "%(count)d mails verstuurd.", sent)
            % {"count": sent}
        )
