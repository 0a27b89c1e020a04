from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import SubmenuMenuItem

from . import attendee_hooks, coordinator_hooks  # noqa: F401
from .menu import agenda_menu


@hooks.register("register_admin_menu_item")
def register_agenda_menu():
    """The Agenda menu; Wagtail hides it when none of its items is shown."""
    return SubmenuMenuItem(
        gettext_lazy("Agenda"), agenda_menu, icon_name="date", order=160
    )
