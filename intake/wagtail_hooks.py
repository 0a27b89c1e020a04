from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import log_actions, panels, shared_hooks  # noqa: F401
from .admin_views.access import RequestPermissionPolicy
from .admin_views.converters import ID
from .admin_views.outbox import OUTBOX_NAMESPACE, OutboxIndexView, RetryView
from .menu import RequestsMenuItem, count_new
from .models import Request
from .viewsets import RequestViewSet

register_permission_policy(Request, RequestPermissionPolicy(Request))
request_viewset = RequestViewSet()

outbox_urls = [
    path("", OutboxIndexView.as_view(), name="index"),
    path("results/", OutboxIndexView.as_view(results_only=True), name="index_results"),
    path(f"<{ID}:mail_id>/opnieuw/", RetryView.as_view(), name="retry"),
]


@hooks.register("register_admin_viewset")
def register_request_viewset():
    return request_viewset


@hooks.register("register_admin_urls")
def register_outbox_urls():
    return [path("aanvragen/uitgaande-mail/", include((outbox_urls, OUTBOX_NAMESPACE)))]


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return RequestsMenuItem(
        gettext_lazy("Aanvragen"),
        reverse_lazy("intake_requests:index"),
        count=count_new,
        name="intake-requests",
        icon_name="clipboard-list",
        order=140,
    )
