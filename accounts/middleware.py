"""Two checks on every signed-in request: the session ends after an hour
without activity, and whoever must use two factors has used them."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django_otp.middleware import OTPMiddleware

from . import two_factor

LAST_ACTIVITY_SESSION_KEY = "accounts_last_activity"
# The session is saved at most this often: enough to keep the idle limit
# to the minute without a database write on every click.
ACTIVITY_RESOLUTION_SECONDS = 60
# The page and snippet editors ping every few seconds while they are open;
# that is not a person at work, so it does not keep the session alive.
BACKGROUND_NAMESPACES = {"wagtailadmin_editing_sessions"}
# What a signed-in but not yet verified user may reach.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_code",
}


def note_activity(request):
    request.session[LAST_ACTIVITY_SESSION_KEY] = int(time.time())


def view_name_of(request) -> str:
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""


def is_background_request(request) -> bool:
    return view_name_of(request).split(":")[0] in BACKGROUND_NAMESPACES


class IdleSessionMiddleware:
    """Signs out after SESSION_COOKIE_AGE seconds without activity.

    Chosen over SESSION_SAVE_EVERY_REQUEST, which writes the session on every
    request and counts the editors' background pings as activity, so an open
    edit tab would keep the session alive for ever. The database expiry
    (SESSION_COOKIE_AGE from the last save) ends the session as well."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.session.get(SESSION_KEY) is not None:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        last = request.session.get(LAST_ACTIVITY_SESSION_KEY)
        now = int(time.time())
        if last is not None and now - last > settings.SESSION_COOKIE_AGE:
            logout(request)
            messages.info(
                request,
                _("U bent uitgelogd omdat u een uur niets in het beheer heeft gedaan."),
            )
            return
        due = last is None or now - last >= ACTIVITY_RESOLUTION_SECONDS
        if due and not is_background_request(request):
            note_activity(request)


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()) plus the rule:
    whoever has the permission enable_2fa (every superuser) must pass the
    code step, and so must anyone who linked an app. Until then only the
    sign-in steps answer; every other address sends them there."""

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self.redirect_unverified(request) or self.get_response(request)

    def redirect_unverified(self, request):
        if request.session.get(SESSION_KEY) is None:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not user.has_perm("wagtailadmin.access_admin"):
            return None
        view_name = view_name_of(request)
        if view_name in OPEN_VIEWS:
            return None
        if two_factor.has_authenticator(user):
            target = "accounts_two_factor_code"
        elif two_factor.requires_two_factor(user):
            if view_name == "accounts_two_factor_setup":
                return None
            target = "accounts_two_factor_setup"
        else:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))
