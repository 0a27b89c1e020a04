from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from schedule.models import Calendar, Event, Occurrence, Rule

from .occurrences import forget_cached_occurrences


@receiver(post_save)
@receiver(post_delete)
def forget_occurrences_on_change(sender, **kwargs):
    """The agenda caches expanded recurrences; any change to their inputs clears it."""
    if issubclass(sender, (Calendar, Event, Occurrence, Rule)):
        forget_cached_occurrences()
