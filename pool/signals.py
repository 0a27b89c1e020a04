from django.contrib.auth.models import Group
from django.db.models import ProtectedError
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from .contact_groups import ensure_contact_group, sync_contact_person
from .models import Member, RosterGroupPage

SYNCED_FIELDS = {"title", "contact_person", "contact_person_id"}


def touches_synced_fields(update_fields) -> bool:
    return update_fields is None or bool(SYNCED_FIELDS & set(update_fields))


@receiver(pre_save, sender=RosterGroupPage)
def remember_contact_person(sender, instance, update_fields=None, raw=False, **kw):
    """Notes whether the contact group needs work: only when the page is new,
    has no group yet, or its title or contact person changes."""
    instance._contact_group_stale = False
    instance._previous_contact_person_id = None
    if raw or not touches_synced_fields(update_fields):
        return
    previous = None
    if instance.pk:
        previous = (
            sender.objects.filter(pk=instance.pk)
            .values_list("title", "contact_person_id")
            .first()
        )
    if previous is None:
        instance._contact_group_stale = True
        return
    title, contact_person_id = previous
    instance._previous_contact_person_id = contact_person_id
    instance._contact_group_stale = (
        instance.contact_group_id is None
        or title != instance.title
        or contact_person_id != instance.contact_person_id
    )


@receiver(post_save, sender=RosterGroupPage)
def keep_contact_group(sender, instance, created, update_fields=None, raw=False, **kw):
    if raw or not (created or getattr(instance, "_contact_group_stale", False)):
        return
    instance._contact_group_stale = False
    ensure_contact_group(instance)
    sync_contact_person(instance, instance._previous_contact_person_id)


@receiver(post_delete, sender=RosterGroupPage)
def remove_contact_group(sender, instance, **kwargs):
    if instance.contact_group_id:
        Group.objects.filter(pk=instance.contact_group_id).delete()


@receiver(pre_delete, sender=Member)
def never_delete_members(sender, instance, **kwargs):
    raise ProtectedError(
        _(
            "Leden worden nooit verwijderd; zet %(name)s op niet actief met de "
            "datum van vertrek."
        )
        % {"name": instance.name},
        {instance},
    )
