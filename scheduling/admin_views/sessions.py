"""Admin views of sessions: the listing, the form with what follows from a
change, refusing to delete a session people registered for, and the overview
of one session's occurrences."""

from datetime import timedelta

import django_filters
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from schedule.models import Calendar
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, ListingButton

from .. import booking, changes
from ..access import (
    PermissionRequiredMixin,
    may_change_sessions,
    may_manage_registrations,
    may_see_overview,
)
from ..models import Registration, Session
from ..occurrences import add_counts, local, sessions_queryset, slots_between
from .columns import MomentColumn
from .formatting import moment

SESSION_NAMESPACE = "scheduling_session"
OVERVIEW_MONTHS_BACK = timedelta(days=92)
MAX_WINDOW = timedelta(days=731)


def session_url(view_name, *args):
    return reverse(f"{SESSION_NAMESPACE}:{view_name}", args=args)


class SessionFilterSet(WagtailFilterSet):
    calendar = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Agenda"),
        queryset=Calendar.objects.order_by("name"),
        empty_label=gettext_lazy("Alle agenda's"),
    )

    class Meta:
        model = Session
        fields = ["calendar"]


class SessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("calendar", "rule")

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "title",
                label=_("Titel"),
                get_url=self.get_edit_url,
                sort_key="title",
            ),
            Column(
                "calendar",
                label=_("Agenda"),
                accessor="calendar.name",
                sort_key="calendar__name",
            ),
            MomentColumn("start", label=_("Eerste keer"), sort_key="start"),
            Column(
                "recurrence", label=_("Herhaling"), accessor="get_recurrence_display"
            ),
            Column("capacity", label=_("Plaatsen"), sort_key="capacity"),
            Column("audience", label=_("Voor wie"), accessor="audience_label"),
        ]

    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Data en aanmeldingen"),
                url=session_url("overview", instance.pk),
                icon_name="date",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class SessionCreateView(generic.CreateView):
    def get_success_message(self, instance):
        return _("Sessie '%(title)s' is toegevoegd.") % {"title": instance.title}


def has_registrations(session):
    return Registration.objects.filter(occurrence__event_id=session.pk).exists()


class RefuseDeleteMixin:
    """For a delete view whose object may not go yet: ``refusal()`` gives a
    response (a message and a redirect) when deleting is refused, else None."""

    def refusal(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        return self.refusal() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refusal() or super().post(request, *args, **kwargs)


class SessionEditView(generic.EditView):
    def get_page_subtitle(self):
        return self.object.title

    def get_success_message(self):
        return _("Sessie '%(title)s' is opgeslagen.") % {"title": self.object.title}

    @cached_property
    def can_delete(self):
        return super().can_delete and not has_registrations(self.object)

    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _("Data en aanmeldingen"),
                url=session_url("overview", self.object.pk),
                icon_name="date",
                priority=5,
            ),
            *super().header_more_buttons,
        ]

    def save_instance(self):
        previous = self.form.previous
        session = super().save_instance()
        self.follow_changes(session, previous)
        return session

    def follow_changes(self, session, previous):
        """Move, promote and warn after the session itself has been saved."""
        stranded = []
        if (session.start, session.end) != (previous["start"], previous["end"]):
            stranded, told = changes.follow_series_change(
                session, previous["start"], previous["end"]
            )
            if told:
                messages.info(
                    self.request,
                    ngettext(
                        "%(count)s aangemelde deelnemer krijgt bericht van de "
                        "nieuwe tijd.",
                        "%(count)s aangemelde deelnemers krijgen bericht van de "
                        "nieuwe tijd.",
                        told,
                    )
                    % {"count": told},
                )
        if session.capacity > previous["capacity"]:
            promoted = booking.promote_for_session(session)
            if promoted:
                messages.info(
                    self.request,
                    ngettext(
                        "%(count)s deelnemer van de wachtlijst heeft nu een plaats "
                        "en krijgt bericht.",
                        "%(count)s deelnemers van de wachtlijst hebben nu een plaats "
                        "en krijgen bericht.",
                        len(promoted),
                    )
                    % {"count": len(promoted)},
                )
        if stranded or (session.recurrence, session.end_recurring_period) != (
            previous["recurrence"],
            previous["end_recurring_period"],
        ):
            stranded += changes.orphaned_occurrences(session)
        if stranded:
            starts = sorted({occurrence.start for occurrence in stranded})
            messages.warning(
                self.request,
                _(
                    "Deze sessies hebben aanmeldingen maar horen niet meer bij de "
                    "reeks: %(dates)s. Annuleer of verplaats ze via 'Data en "
                    "aanmeldingen'."
                )
                % {"dates": ", ".join(moment(start) for start in starts)},
            )


class SessionDeleteView(RefuseDeleteMixin, generic.DeleteView):
    """Deleting would take the registrations with it: refused while there are any."""

    def get_success_message(self):
        return _("Sessie '%(title)s' is verwijderd.") % {"title": self.object.title}

    def refusal(self):
        if not has_registrations(self.object):
            return None
        messages.error(
            self.request,
            _(
                "Sessie '%(title)s' kan niet worden verwijderd: er hebben zich "
                "mensen voor aangemeld. Annuleer de sessies die niet doorgaan; zo "
                "krijgen de deelnemers bericht en blijft de geschiedenis bewaard."
            )
            % {"title": self.object.title},
        )
        return redirect(session_url("edit", self.object.pk))


def overview_window(session, now):
    """From three months back to the end of the series, two years at most."""
    if session.rule_id:
        series_end = session.end_recurring_period or now + MAX_WINDOW
    else:
        series_end = session.end
    end = series_end + timedelta(days=1)
    start = max(session.start - timedelta(days=1), now - OVERVIEW_MONTHS_BACK)
    if start >= end:  # a series that ended long ago: its last three months
        start = max(session.start - timedelta(days=1), end - OVERVIEW_MONTHS_BACK)
    return start, min(end, start + MAX_WINDOW)


class SessionOverviewView(
    PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView
):
    template_name = "scheduling/admin/session_overview.html"
    header_icon = "date"
    page_title = gettext_lazy("Data en aanmeldingen")

    may_use = staticmethod(may_see_overview)

    def get_page_subtitle(self):
        return self.session.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": session_url("index"), "label": _("Sessies")},
            {"url": session_url("edit", self.session.pk), "label": self.session.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, pk):
        self.session = get_object_or_404(sessions_queryset(), pk=pk)
        now = timezone.now()
        start, end = overview_window(self.session, now)
        slots = add_counts(slots_between(start, end, sessions=[self.session]))
        context = self.get_context_data(
            session=self.session,
            slots=slots,
            window_start=local(start),
            window_end=local(end),
            now=now,
            may_manage=may_manage_registrations(request.user),
            may_edit=may_change_sessions(request.user),
        )
        return self.render_to_response(context)
