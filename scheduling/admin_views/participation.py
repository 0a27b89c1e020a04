"""Who took part in how many sessions, and who took part in nothing lately.

The convenant asks OCO's to take part in trainings and intervision; this
overview shows, for the attendees the user may follow, the sessions attended
per calendar and the last one. The queries are the same for ten attendees or
a thousand: everything is counted in the database."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy
from django.views import View
from schedule.models import Calendar
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import hooks, participation
from ..access import PermissionRequiredMixin, has_attendees, registrable_attendees

PAGE_SIZE = 100
QUIET_FILTER = "niets_bijgewoond"


class ParticipationView(PermissionRequiredMixin, WagtailAdminTemplateMixin, View):
    template_name = "scheduling/admin/participation_index.html"
    page_title = gettext_lazy("Deelname")
    header_icon = "group"
    may_use = staticmethod(has_attendees)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        attendees = registrable_attendees(request.user)
        quiet_only = request.GET.get(QUIET_FILTER) == "1"
        since = participation.quiet_since()
        if quiet_only:
            attendees = participation.without_attendance_since(attendees, since)
        page = Paginator(attendees, PAGE_SIZE).get_page(request.GET.get("p"))
        summaries = participation.summaries_by_calendar_id(
            [attendee.pk for attendee in page]
        )
        calendars = list(Calendar.objects.order_by("name", "pk").only("id", "name"))
        rows = []
        for attendee in page:
            summary = summaries[attendee.pk]
            per_calendar = summary["by_calendar_id"]
            rows.append(
                {
                    "name": hooks.attendee_name(attendee),
                    "email": hooks.attendee_email(attendee),
                    "counts": [
                        per_calendar.get(calendar.pk, 0) for calendar in calendars
                    ],
                    "attended": summary["attended"],
                    "last": summary["last"],
                    "quiet": summary["last"] is None or summary["last"] < since.date(),
                }
            )
        context = self.get_context_data(
            page=page,
            rows=rows,
            calendars=calendars,
            quiet_only=quiet_only,
            quiet_filter=QUIET_FILTER,
            since=since,
        )
        return self.render_to_response(context)
