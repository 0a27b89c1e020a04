"""The "Aanvragen" item of the admin menu, with the number of new requests,
and the outbox of request mail; both only for those who may handle requests."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from pool.menu import PoolMenuItem

from .choices import Status
from .models import Request
from .permissions import may_handle_requests

NEW_COUNT_KEY = "intake:new_request_count"
NEW_COUNT_SECONDS = 60


def count_new():
    """Counted at most once a minute, and again after any request changed: the
    menu shows it on every admin page."""
    return cache.get_or_set(
        NEW_COUNT_KEY,
        lambda: Request.objects.filter(status=Status.NEW).count(),
        NEW_COUNT_SECONDS,
    )


@receiver(post_save, sender=Request, dispatch_uid="intake_new_request_count")
@receiver(post_delete, sender=Request, dispatch_uid="intake_new_request_count_del")
def forget_new_count(**kwargs):
    cache.delete(NEW_COUNT_KEY)
    # Again once the change is committed: a page counting meanwhile still saw
    # the old number and would keep it for a minute.
    transaction.on_commit(lambda: cache.delete(NEW_COUNT_KEY))


class RequestsMenuItem(PoolMenuItem):
    """Shown to coordinators only; "Aanvragen (3)" when three are new."""

    def __init__(self, label, url, count=None, **kwargs):
        super().__init__(label, url, shown_to=may_handle_requests, **kwargs)
        self.count = count

    def render_component(self, request):
        component = super().render_component(request)
        count = self.count() if self.count else 0
        if count:
            component.label = _("%(label)s (%(count)d)") % {
                "label": self.label,
                "count": count,
            }
        return component
