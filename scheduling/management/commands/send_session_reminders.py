from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from scheduling.reminders import send_reminders


class Command(BaseCommand):
    help = gettext_lazy(
        "Stuurt een herinnering aan wie is aangemeld voor een sessie binnen twee "
        "dagen. Kan elk uur draaien: niemand krijgt twee herinneringen."
    )

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(_("%(count)d herinneringen klaargezet.") % {"count": count})
