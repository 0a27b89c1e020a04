"""For a lost phone: takes away all of a user's authenticator apps and
recovery codes. If they must use two factors, they set up a new app at their
next sign-in. Written to Wagtail's audit log."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.two_factor import reset_two_factor


class Command(BaseCommand):
    help = gettext_lazy(
        "Wist de tweestapsverificatie (apps en herstelcodes) van een gebruiker."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(
                _("Er is geen gebruiker %(username)s.") % {"username": username}
            ) from None
        count = reset_two_factor(user)
        self.stdout.write(
            _(
                "Tweestapsverificatie van %(username)s gewist (%(count)s apparaten). "
                "Bij de volgende keer inloggen stelt %(username)s een nieuwe app in."
            )
            % {"username": username, "count": count}
        )
