from django.utils.translation import gettext_lazy
from wagtail import hooks

from . import attendee_hooks, coordinator_hooks  # noqa: F401
from .menu import AgendaMenu, agenda_menu


@hooks.register("register_admin_menu_item")
def register_agenda_menu():
    return AgendaMenu(gettext_lazy("Agenda"), agenda_menu, icon_name="date", order=160)
