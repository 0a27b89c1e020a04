"""Admin views and menu items for the people who plan sessions."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.permissions import policy_registry

from . import conf
from .admin_views.outbox import OUTBOX_NAMESPACE, OutboxIndexView, RetryView
from .admin_views.registrations import (
    REGISTRATIONS_NAMESPACE,
    CancelRegistrationView,
    MarkCheckedView,
    ToCheckIndexView,
)
from .hooks import may_manage_registrations
from .menu import MENU_HOOK, AgendaMenuItem
from .models import Registration
from .viewsets import ID, CalendarViewSet, SessionViewSet

calendar_viewset = CalendarViewSet()
session_viewset = SessionViewSet()
ANY_ACTION = ["add", "change", "delete"]

registration_urls = [
    path("te-controleren/", ToCheckIndexView.as_view(), name="to_check"),
    path(
        "te-controleren/results/",
        ToCheckIndexView.as_view(results_only=True),
        name="to_check_results",
    ),
    path(
        f"<{ID}:registration_id>/gecontroleerd/",
        MarkCheckedView.as_view(),
        name="mark_checked",
    ),
    path(
        f"<{ID}:registration_id>/afmelden/",
        CancelRegistrationView.as_view(),
        name="cancel",
    ),
]

outbox_urls = [
    path("", OutboxIndexView.as_view(), name="index"),
    path("results/", OutboxIndexView.as_view(results_only=True), name="index_results"),
    path(f"<{ID}:mail_id>/opnieuw/", RetryView.as_view(), name="retry"),
]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [calendar_viewset, session_viewset]


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    return [
        path(
            "agenda/aanmeldingen/",
            include((registration_urls, REGISTRATIONS_NAMESPACE)),
        ),
        path("agenda/uitgaande-mail/", include((outbox_urls, OUTBOX_NAMESPACE))),
    ]


@hooks.register("register_permissions")
def registration_permissions():
    """So that the Wagtail group editor offers it: "change registration" makes
    someone a coordinator of registrations, the outbox included."""
    return Permission.objects.filter(
        content_type__app_label="scheduling", codename="change_registration"
    )


def may_use_viewset(model):
    def shown_to(user):
        policy = policy_registry.get_by_type(model)
        return policy.user_has_any_permission(user, ANY_ACTION)

    return shown_to


def may_check_registrations(user):
    return conf.attendee_model() is not None and may_manage_registrations(user)


class CountedMenuItem(AgendaMenuItem):
    """A menu item with the number of things waiting, e.g. "Te controleren (3)"."""

    def __init__(self, label, url, shown_to, count, **kwargs):
        super().__init__(label, url, shown_to, **kwargs)
        self.count = count

    def render_component(self, request):
        count = self.count()
        label = f"{self.label} ({count})" if count else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register(MENU_HOOK)
def register_sessions_menu_item():
    return AgendaMenuItem(
        gettext_lazy("Sessies"),
        reverse_lazy(f"{session_viewset.url_namespace}:index"),
        shown_to=may_use_viewset(session_viewset.model),
        name="scheduling-sessions",
        icon_name="date",
        order=100,
    )


@hooks.register(MENU_HOOK)
def register_to_check_menu_item():
    return CountedMenuItem(
        gettext_lazy("Te controleren"),
        reverse_lazy(f"{REGISTRATIONS_NAMESPACE}:to_check"),
        shown_to=may_check_registrations,
        count=lambda: Registration.objects.to_check().count(),
        name="scheduling-to-check",
        icon_name="warning",
        order=110,
    )


@hooks.register(MENU_HOOK)
def register_calendars_menu_item():
    return AgendaMenuItem(
        gettext_lazy("Agenda's"),
        reverse_lazy(f"{calendar_viewset.url_namespace}:index"),
        shown_to=may_use_viewset(calendar_viewset.model),
        name="scheduling-calendars",
        icon_name="calendar-alt",
        order=800,
    )


@hooks.register(MENU_HOOK)
def register_outbox_menu_item():
    return AgendaMenuItem(
        gettext_lazy("Uitgaande mail"),
        reverse_lazy(f"{OUTBOX_NAMESPACE}:index"),
        shown_to=may_manage_registrations,
        name="scheduling-outbox",
        icon_name="mail",
        order=900,
    )
