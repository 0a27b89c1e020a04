from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

MENU_HOOK = "register_scheduling_menu_item"

agenda_menu = Menu(register_hook_name=MENU_HOOK)


class AgendaMenuItem(MenuItem):
    """An item of the Agenda menu, shown to users for whom shown_to(user) is true."""

    def __init__(self, label, url, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


class AgendaMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return any(item.is_shown(request) for item in self.menu.registered_menu_items)
