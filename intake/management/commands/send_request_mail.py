from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from intake.tasks import send_due


class Command(BaseCommand):
    help = _("Verstuur de mails over aanvragen die klaarstaan, ook nieuwe pogingen.")

    def handle(self, *args, **options):
        sent = send_due()
        self.stdout.write(
            ngettext("%(count)d mail verstuurd.", "%(count)d mails verstuurd.", sent)
            % {"count": sent}
        )
