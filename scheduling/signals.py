from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from schedule.models import Calendar, Event, Occurrence, Rule

from .occurrences import forget_cached_occurrences


@receiver(post_save)
@receiver(post_delete)
def forget_occurrences_on_change(sender, instance=None, created=False, **kwargs):
    """The agenda caches expanded recurrences; any change to their inputs clears it.

    Storing an occurrence as it was computed (the first registration for it)
    changes nothing the agenda shows, so the cache stays."""
    if not issubclass(sender, (Calendar, Event, Occurrence, Rule)):
        return
    if (
        created
        and isinstance(instance, Occurrence)
        and not instance.cancelled
        and not instance.moved
    ):
        return
    forget_cached_occurrences()
