"""Table columns shared by the plugin's admin listings."""

from django.middleware.csrf import get_token
from wagtail.admin.ui.tables import Column

from .formatting import moment


class MomentColumn(Column):
    """A date and time in the site's time zone, e.g. "ma 3 maart 2025 19:30"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return moment(value) if value else ""


class ActionButtonColumn(Column):
    """A cell with a small POST form: one button for one registration or mail."""

    cell_template_name = "scheduling/admin/registration_action_cell.html"

    def __init__(self, name, url_for, button_label, next_url, **kwargs):
        super().__init__(name, **kwargs)
        self.url_for = url_for
        self.button_label = button_label
        self.next_url = next_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context.update(
            action_url=self.url_for(instance),
            button_label=self.button_label,
            next_url=self.next_url,
            csrf_token=get_token(request) if request else "",
        )
        return context
