"""Who may use the requests' admin: coordinators, and superusers.

Every view of the requests' admin refuses everyone else with a real 403
before it looks anything up, so an unknown id and a known one answer alike.
What a coordinator may do with one request (edit it, delete it) is decided by
RequestPermissionPolicy."""

from wagtail.permission_policies import ModelPermissionPolicy

from pool.views.responses import forbidden

from ..choices import Status
from ..permissions import may_handle_requests


def may_edit(request_obj) -> bool:
    """Anonymised requests keep no personal data to correct."""
    return not request_obj.is_anonymised


def may_delete(request_obj, ever_matched: bool) -> bool:
    """Only a cancelled request that never had an approved OCO may go, such as
    spam or a request entered twice; everything else counts in the figures."""
    return request_obj.status == Status.CANCELLED and not ever_matched


def ever_matched(request_obj) -> bool:
    cached = getattr(request_obj, "ever_matched", None)
    if cached is not None:
        return cached
    return request_obj.trajectories.filter(approved_at__isnull=False).exists()


class RequestPermissionPolicy(ModelPermissionPolicy):
    """The model permissions, narrowed per request by may_edit and may_delete."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if action == "change":
            return may_edit(instance)
        if action == "delete":
            return may_delete(instance, ever_matched(instance))
        return True


class CoordinatorRequiredMixin:
    """For every view of the requests' admin: anyone who may not handle requests
    gets a real 403 (Wagtail would redirect to the dashboard), before the view
    loads the request named in the URL."""

    def setup(self, request, *args, **kwargs):
        self.refused = not may_handle_requests(request.user)
        if self.refused:
            self.request, self.args, self.kwargs = request, args, kwargs
            return
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if self.refused:
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)
