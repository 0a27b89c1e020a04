"""The coordinators' viewsets: calendars and sessions. Their menu items are in
the Agenda menu (``menu_hook``), not in the main menu."""

from django.db.models import Count
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from schedule.models import Calendar, Event
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_forms import CalendarForm, SessionForm
from .admin_views import occurrences, registrations
from .admin_views.sessions import (
    SESSION_NAMESPACE,
    RefuseDeleteMixin,
    SessionCreateView,
    SessionDeleteView,
    SessionEditView,
    SessionFilterSet,
    SessionIndexView,
    SessionOverviewView,
)
from .converters import ID
from .menu import MENU_HOOK
from .models import Session

CALENDAR_NAMESPACE = "scheduling_calendar"
CALENDARS = gettext_lazy("Agenda's")


class CalendarIndexView(generic.IndexView):
    add_item_label = gettext_lazy("Agenda toevoegen")

    def get_base_queryset(self):
        return super().get_base_queryset().annotate(session_count=Count("event"))

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "name", label=_("Naam"), get_url=self.get_edit_url, sort_key="name"
            ),
            Column("slug", label=_("Korte naam"), sort_key="slug"),
            Column("session_count", label=_("Sessies"), sort_key="session_count"),
        ]


class CalendarCreateView(generic.CreateView):
    page_subtitle = gettext_lazy("Nieuwe agenda")
    success_message = gettext_lazy("Agenda '%(object)s' is toegevoegd.")
    error_message = gettext_lazy("De agenda is niet opgeslagen; zie de fouten.")


def has_sessions(calendar):
    return Event.objects.filter(calendar=calendar).exists()


class CalendarEditView(generic.EditView):
    success_message = gettext_lazy("Agenda '%(object)s' is opgeslagen.")
    error_message = gettext_lazy("De agenda is niet opgeslagen; zie de fouten.")

    @cached_property
    def can_delete(self):
        return super().can_delete and not has_sessions(self.object)


class CalendarDeleteView(RefuseDeleteMixin, generic.DeleteView):
    """Deleting a calendar would delete its sessions: refused while it has any."""

    success_message = gettext_lazy("Agenda '%(object)s' is verwijderd.")

    @property
    def confirmation_message(self):
        return _("Weet u zeker dat u deze agenda wilt verwijderen?")

    def refusal(self):
        if not has_sessions(self.object):
            return None
        messages.error(
            self.request,
            _("Agenda '%(name)s' heeft sessies en kan niet worden verwijderd.")
            % {"name": self.object.name},
        )
        return redirect(reverse(self.index_url_name))


class CalendarViewSet(ModelViewSet):
    model = Calendar
    name = CALENDAR_NAMESPACE
    url_prefix = "agenda/agendas"
    pk_path_converter = ID
    icon = "calendar-alt"
    menu_hook = MENU_HOOK
    menu_label = CALENDARS
    menu_name = "scheduling-calendars"
    menu_order = 800
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = CalendarIndexView
    add_view_class = CalendarCreateView
    edit_view_class = CalendarEditView
    delete_view_class = CalendarDeleteView
    search_fields = ["name"]
    search_backend_name = None
    ordering = "name"

    def get_form_class(self, for_update=False):
        return CalendarForm


class SessionViewSet(ModelViewSet):
    """Sessions, plus the overview of one session's occurrences and one occurrence
    with its registrations (URLs under /admin/agenda/sessies/<pk>/)."""

    model = Session
    name = SESSION_NAMESPACE
    url_prefix = "agenda/sessies"
    pk_path_converter = ID
    icon = "date"
    menu_hook = MENU_HOOK
    menu_label = gettext_lazy("Sessies")
    menu_name = "scheduling-sessions"
    menu_order = 100
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    filterset_class = SessionFilterSet
    search_fields = ["title"]
    search_backend_name = None
    ordering = "start"
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return SessionForm

    def get_urlpatterns(self):
        occurrence = f"<{ID}:pk>/<str:key>/"
        return [
            *super().get_urlpatterns(),
            path(f"<{ID}:pk>/data/", SessionOverviewView.as_view(), name="overview"),
            path(occurrence, occurrences.OccurrenceView.as_view(), name="occurrence"),
            path(
                occurrence + "annuleren/",
                occurrences.CancelOccurrenceView.as_view(),
                name="occurrence_cancel",
            ),
            path(
                occurrence + "herstellen/",
                occurrences.RestoreOccurrenceView.as_view(),
                name="occurrence_restore",
            ),
            path(
                occurrence + "verplaatsen/",
                occurrences.MoveOccurrenceView.as_view(),
                name="occurrence_move",
            ),
            path(
                occurrence + "aanwezigheid/",
                registrations.AttendanceView.as_view(),
                name="occurrence_attendance",
            ),
            path(
                occurrence + "export/<str:file_format>/",
                registrations.ExportView.as_view(),
                name="occurrence_export",
            ),
        ]
