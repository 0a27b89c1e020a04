"""The "Declaraties" item of the OCO-pool menu; for coordinators with the
number of declarations waiting for a decision."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem
from pool.models import Declaration

from .access import may_use_declarations

WAITING_COUNT_KEY = "pool:submitted_declaration_count"
WAITING_COUNT_SECONDS = 60


def count_waiting():
    """Counted at most once a minute, and again after any declaration
    changed: the menu shows it on every admin page."""
    return cache.get_or_set(
        WAITING_COUNT_KEY,
        lambda: Declaration.objects.submitted().count(),
        WAITING_COUNT_SECONDS,
    )


@receiver(post_save, sender=Declaration, dispatch_uid="pool_waiting_declarations")
@receiver(post_delete, sender=Declaration, dispatch_uid="pool_waiting_declarations_del")
def forget_waiting_count(**kwargs):
    cache.delete(WAITING_COUNT_KEY)
    # Again once the change is committed: a page counting meanwhile still saw
    # the old number and would keep it for a minute.
    transaction.on_commit(lambda: cache.delete(WAITING_COUNT_KEY))


class DeclarationsMenuItem(PoolMenuItem):
    """Shown to coordinators and contact persons; "Declaraties (3)" for
    coordinators when three wait for a decision."""

    def __init__(self, label, url, **kwargs):
        super().__init__(label, url, shown_to=may_use_declarations, **kwargs)

    def render_component(self, request):
        component = super().render_component(request)
        if is_coordinator(request.user):
            count = count_waiting()
            if count:
                component.label = _("%(label)s (%(count)d)") % {
                    "label": self.label,
                    "count": count,
                }
        return component
