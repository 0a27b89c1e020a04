import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import new_recovery_codes
from home.initial_content.demo_users import editors_group
from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import RosterGroupPageFactory, UserFactory

PASSWORD = "een-lang-testwachtwoord"
ADDRESS = "192.0.2.10"
LOGIN_URL = reverse("wagtailadmin_login")
CODE_URL = reverse("accounts_two_factor_code")
SETUP_URL = reverse("accounts_two_factor_setup")


def sign_in(client, username, password=PASSWORD, address=ADDRESS, **headers):
    """The first step, through Wagtail's sign-in form."""
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def code_for(device, offset=0) -> str:
    """The code the person's app shows now (or `offset` steps later)."""
    value = totp(
        device.bin_key, device.step, device.t0, device.digits, device.drift + offset
    )
    return f"{value:0{device.digits}d}"


def enter_code(client, code, next_url="/admin/"):
    return client.post(CODE_URL, {"otp_token": code, "next": next_url})


@pytest.fixture
def coordinator(db):
    user = UserFactory(username="coordinator-2fa")
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


@pytest.fixture
def contact_person(db):
    user = UserFactory(username="contactpersoon-2fa")
    RosterGroupPageFactory(title="Groep Tweestaps", contact_person=user)
    return user


@pytest.fixture
def editor(home):
    user = UserFactory(username="redacteur-2fa")
    user.groups.add(editors_group(home))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="beheerder-2fa", is_superuser=True, is_staff=True)


def link_app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Telefoon 1", confirmed=True)


@pytest.fixture
def coordinator_app(coordinator):
    return link_app(coordinator)


@pytest.fixture
def coordinator_codes(coordinator, coordinator_app):
    return new_recovery_codes(coordinator)
