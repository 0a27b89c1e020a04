"""Two-factor sign-in: who must use it, the recovery codes, and taking a
user's devices away after a lost phone. Every change goes to Wagtail's
audit log."""

from django.db import transaction
from django.utils.functional import LazyObject, empty
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

# Whoever has this permission (and every superuser) must sign in with a
# second factor. The pool gives it to coordinators and contact persons. Its
# name is the one wagtail-2fa uses, so its data carries over to that package.
PERMISSION_CODENAME = "enable_2fa"
REQUIRED_PERMISSION = f"wagtailadmin.{PERMISSION_CODENAME}"
PERMISSION_NAME = "Moet inloggen met tweestapsverificatie"
RECOVERY_CODE_COUNT = 10
TOTP_DIGITS = 6
RECOVERY_DEVICE_NAME = "herstelcodes"
# New codes wait here to be shown once, on the page after they were made.
NEW_CODES_SESSION_KEY = "accounts_new_recovery_codes"

SETUP_ACTION = "accounts.two_factor.setup"
REMOVE_ACTION = "accounts.two_factor.remove"
RESET_ACTION = "accounts.two_factor.reset"
NEW_CODES_ACTION = "accounts.recovery_codes.create"
CODE_USED_ACTION = "accounts.recovery_codes.use"


def real_user(user):
    """request.user behind Django's and django-otp's lazy wrappers (one inside
    the other): Wagtail's audit log chooses where to log by the object's own
    type, and quietly logs nothing for a wrapper."""
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def log_for(user, action, request_user, data=None):
    log(
        instance=real_user(user),
        action=action,
        user=real_user(request_user) if request_user else None,
        data=data,
    )


def requires_two_factor(user) -> bool:
    return user.is_authenticated and user.has_perm(REQUIRED_PERMISSION)


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def devices_for_code(user, code: str):
    """The user's devices that could have made this code, locked for the
    check (django-otp counts failures on them)."""
    is_app_code = code.isdigit() and len(code) == TOTP_DIGITS
    model = TOTPDevice if is_app_code else StaticDevice
    return model.objects.select_for_update().filter(user=user, confirmed=True)


def normalise_code(code: str) -> str:
    """Codes as people type them: with spaces or dashes, in capitals."""
    return "".join(code.split()).replace("-", "").lower()


@transaction.atomic
def new_recovery_codes(user, request_user=None) -> list[str]:
    """Replaces the user's recovery codes: the old ones stop working."""
    device = StaticDevice.objects.filter(user=user).first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
    device.token_set.all().delete()
    device.throttle_reset()
    codes: set[str] = set()
    while len(codes) < RECOVERY_CODE_COUNT:
        codes.add(StaticToken.random_token())
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    log_for(user, NEW_CODES_ACTION, request_user or user)
    return sorted(codes)


def remaining_recovery_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def log_recovery_code_used(user):
    log_for(user, CODE_USED_ACTION, user, {"remaining": remaining_recovery_codes(user)})


def log_setup(user):
    log_for(user, SETUP_ACTION, user)


@transaction.atomic
def remove_authenticator(device, request_user):
    """Removes one authenticator app; with the last one go the recovery codes,
    so that someone who may sign in without a second factor really can."""
    user = device.user
    device.delete()
    if not has_authenticator(user):
        StaticDevice.objects.filter(user=user).delete()
    log_for(user, REMOVE_ACTION, request_user)


@transaction.atomic
def reset_two_factor(user, request_user=None) -> int:
    """Removes all the user's devices (a lost phone). If they must use two
    factors, they set up a new app at their next sign-in."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    log_for(user, RESET_ACTION, request_user)
    return len(devices)
