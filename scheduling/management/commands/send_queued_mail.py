from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from scheduling.tasks import send_due_mail


class Command(BaseCommand):
    help = gettext_lazy(
        "Verstuurt de mail die nog wacht, ook mail die eerder niet weg kon "
        "omdat de mailserver onbereikbaar was."
    )

    def handle(self, *args, **options):
        count = send_due_mail()
        self.stdout.write(_("%(count)d mails verstuurd.") % {"count": count})
