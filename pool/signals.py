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
    if raw or not instance.pk or not touches_synced_fields(update_fields):
        return
    instance._previous_contact_person_id = (
        sender.objects.filter(pk=instance.pk)
        .values_list("contact_person_id", flat=True)
        .first()
    )


@receiver(post_save, sender=RosterGroupPage)
def keep_contact_group(sender, instance, created, update_fields=None, raw=False, **kw):
    if raw or not (created or touches_synced_fields(update_fields)):
        return
    ensure_contact_group(instance)
    sync_contact_person(
        instance, getattr(instance, "_previous_contact_person_id", None)
    )


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
