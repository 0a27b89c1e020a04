from django.core.management.base import BaseCommand

from intake.tasks import send_due


class Command(BaseCommand):
    help = "Verstuur de mails over aanvragen die klaarstaan, ook nieuwe pogingen."

    def handle(self, *args, **options):
        sent = send_due()
        self.stdout.write(f"{sent} mail(s) verstuurd.")
