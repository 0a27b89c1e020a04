import io

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the real initial content, built once."""
    with django_db_blocker.unblock():
        call_command("load_initial_data", stdout=io.StringIO())


@pytest.fixture
def home(db):
    """The Dutch home page (tests/i18n adds an English one)."""
    return HomePage.objects.get(locale__language_code="nl")


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True, scope="session")
def force_login_passes_two_factor():
    """client.force_login(user) signs in as far as the admin: the session is
    also verified with an authenticator app, as the code step would do, so a
    user who must use two factors (or gets that permission later in the test)
    reaches the admin. Tests of the sign-in itself post the real forms."""
    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        device, _created = TOTPDevice.objects.get_or_create(
            user_id=user.pk, confirmed=True, defaults={"name": "test"}
        )
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    # For the whole run, so clients signed in by module-wide fixtures pass too.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Client, "force_login", force_login)
        yield
