"""Who may use which of the plugin's admin views, in one place.

The viewsets (sessions, calendars) use Wagtail's permission policy; every
other admin view says which predicate of this module it needs through
``PermissionRequiredMixin``."""

from . import conf, hooks
from .admin_views.responses import forbidden
from .hooks import may_manage_registrations

CHANGE_SESSION = "scheduling.change_session"

__all__ = [
    "PermissionRequiredMixin",
    "has_attendees",
    "may_change_sessions",
    "may_check_registrations",
    "may_manage_registrations",
    "may_register",
    "may_see_contributions",
    "may_see_overview",
    "own_email",
    "registrable_attendees",
]


class PermissionRequiredMixin:
    """For the views outside the viewsets' permission policy: users for whom
    ``may_use(user)`` is false get a real 403, before anything is looked up.
    Set ``may_use`` to one of this module's predicates (as a staticmethod) or
    override it."""

    def may_use(self, user):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.may_use(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


def is_active_user(user):
    return user.is_authenticated and user.is_active


def may_change_sessions(user):
    return user.is_active and user.has_perm(CHANGE_SESSION)


def may_see_overview(user):
    """The overview of a session's occurrences."""
    return may_change_sessions(user) or may_manage_registrations(user)


def may_check_registrations(user):
    """Checking registrations only means something when a site has attendees."""
    return conf.attendee_model() is not None and may_manage_registrations(user)


def own_email(user):
    return (user.email or "").strip().lower()


def registrable_attendees(user):
    """The attendees ``user`` may register, in name order; None without any."""
    attendees = hooks.attendees_for_user(user)
    if attendees is None:
        return None
    return attendees.order_by(conf.attendee_name_field(), "pk")


def has_attendees(user):
    """Whether the user may register anyone but themselves. Cached on the
    user: the admin menu asks on every page."""
    if not is_active_user(user):
        return False
    if not hasattr(user, "_scheduling_has_attendees"):
        attendees = registrable_attendees(user)
        user._scheduling_has_attendees = attendees is not None and attendees.exists()
    return user._scheduling_has_attendees


def may_register(user):
    """Whether the user may register anyone, themselves included."""
    if not is_active_user(user):
        return False
    return has_attendees(user) or bool(hooks.user_audiences(user))


def may_see_contributions(user):
    return may_manage_registrations(user) or may_register(user)
