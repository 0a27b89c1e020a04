"""Reading the responses to a form page in the admin (Wagtail's "Formulieren").

Wagtail shows a form page's responses to whoever may edit the page. The hook
in home.wagtail_hooks also shows them to users with READ_PERMISSION, who need
no rights on the page itself: they may read and export the responses, not
delete them."""

from collections import OrderedDict

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.models import Page

READ_PERMISSION = "wagtailforms.view_formsubmission"


def can_delete_responses(user, page) -> bool:
    return page.permissions_for_user(user).can_edit()


def readable(value):
    """A checkbox's answer as a word, in the listing and the export."""
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    return value


class FormResponsesView(SubmissionsListView):
    results_template_name = "home/admin/form_responses_results.html"

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        return OrderedDict((field, readable(value)) for field, value in row.items())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [readable(value) for value in row["fields"]]
        context["can_delete"] = can_delete_responses(self.request.user, self.form_page)
        return context


class DeleteResponsesView(DeleteSubmissionsView):
    """Wagtail's delete view, for those who may edit the page only."""

    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(pk=kwargs.get("page_id")).first()
        if page is None or not can_delete_responses(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
