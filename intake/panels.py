"""The coordinators' dashboard panel: what waits for them among the requests."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .choices import Status
from .keep_in_touch import count_coming_week
from .menu import count_new
from .models import Request, RequestMail
from .permissions import may_handle_requests


class RequestsPanel(Component):
    name = "intake_requests"
    template_name = "intake/admin/requests_panel.html"
    order = 40

    def get_context_data(self, parent_context=None):
        index = reverse("intake_requests:index")
        counts = {
            # The menu's cached count: the same number, no query of its own.
            "new": count_new(),
            "in_progress": Request.objects.filter(status=Status.IN_PROGRESS).count(),
            "awaiting_approval": Request.objects.awaiting_approval().count(),
            "keep_in_touch": count_coming_week(),
            "failed_mail": RequestMail.objects.filter(
                status=RequestMail.Status.FAILED
            ).count(),
        }
        return {
            **counts,
            "new_url": f"{index}?status={Status.NEW}",
            "in_progress_url": f"{index}?status={Status.IN_PROGRESS}",
            "awaiting_approval_url": f"{index}?awaiting_approval=true",
            "keep_in_touch_url": f"{index}?keep_in_touch_soon=true",
            "outbox_url": reverse("intake_outbox:index"),
        }


@hooks.register("construct_homepage_panels")
def add_requests_panel(request, panels):
    if may_handle_requests(request.user):
        panels.append(RequestsPanel())
