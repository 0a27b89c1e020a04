from wagtail.admin.menu import MenuItem


class PoolMenuItem(MenuItem):
    """An item of the OCO-pool menu, shown to the users for whom shown_to(user)
    is true."""

    def __init__(self, label, url, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)
