from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem

MENU_HOOK = "register_scheduling_menu_item"

agenda_menu = Menu(register_hook_name=MENU_HOOK)


class AgendaMenuItem(MenuItem):
    """An item of the Agenda menu, shown to users for whom shown_to(user) is true."""

    def __init__(self, label, url, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


class CountedMenuItem(AgendaMenuItem):
    """A menu item with the number of things waiting, e.g. "Te controleren (3)"."""

    def __init__(self, label, url, shown_to, count, **kwargs):
        super().__init__(label, url, shown_to, **kwargs)
        self.count = count

    def render_component(self, request):
        component = super().render_component(request)
        count = self.count()
        if count:
            component.label = f"{self.label} ({count})"
        return component


def register_menu_items(*items):
    """Register each AgendaMenuItem in the Agenda menu; Wagtail's Menu asks
    each function registered under MENU_HOOK for one item."""
    for item in items:
        hooks.register(MENU_HOOK, lambda item=item: item)
