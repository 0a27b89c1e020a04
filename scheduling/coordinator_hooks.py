"""Admin views and menu items for the people who plan sessions."""

from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks

from .access import may_check_registrations, may_manage_registrations
from .admin_views.outbox import OUTBOX_NAMESPACE, OutboxIndexView, RetryView
from .admin_views.registrations import (
    REGISTRATIONS_NAMESPACE,
    CancelRegistrationView,
    MarkCheckedView,
    ToCheckIndexView,
)
from .converters import ID
from .menu import AgendaMenuItem, CountedMenuItem, register_menu_items
from .models import Registration
from .viewsets import CalendarViewSet, SessionViewSet

TO_CHECK_COUNT_KEY = "scheduling:to_check_count"
TO_CHECK_COUNT_SECONDS = 60

calendar_viewset = CalendarViewSet()
session_viewset = SessionViewSet()

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


def count_to_check():
    """The number in "Te controleren (N)", which the menu shows on every admin
    page: counted at most once a minute, and again after any registration
    changed."""
    return cache.get_or_set(
        TO_CHECK_COUNT_KEY,
        lambda: Registration.objects.to_check().count(),
        TO_CHECK_COUNT_SECONDS,
    )


@receiver(post_save, sender=Registration, dispatch_uid="scheduling_to_check_count")
@receiver(
    post_delete, sender=Registration, dispatch_uid="scheduling_to_check_count_del"
)
def forget_to_check_count(**kwargs):
    cache.delete(TO_CHECK_COUNT_KEY)


register_menu_items(
    CountedMenuItem(
        gettext_lazy("Te controleren"),
        reverse_lazy(f"{REGISTRATIONS_NAMESPACE}:to_check"),
        shown_to=may_check_registrations,
        count=count_to_check,
        name="scheduling-to-check",
        icon_name="warning",
        order=110,
    ),
    AgendaMenuItem(
        gettext_lazy("Uitgaande mail"),
        reverse_lazy(f"{OUTBOX_NAMESPACE}:index"),
        shown_to=may_manage_registrations,
        name="scheduling-outbox",
        icon_name="mail",
        order=900,
    ),
)
