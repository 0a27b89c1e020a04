"""One occurrence of a session: who registered, and cancelling, restoring or
moving it. Registrations and attendance are handled in .registrations."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import changes, conf
from ..access import PermissionRequiredMixin, may_change_sessions
from ..admin_forms import MoveOccurrenceForm
from ..booking import BookingError
from ..hooks import may_manage_registrations
from ..models import Contribution, Registration, Session
from ..occurrences import find_slot, local, parse_occurrence_key
from .formatting import moment
from .sessions import session_url


class FindOccurrenceMixin:
    """Finds the session and the occurrence named in the URL (404 if unknown).
    A view that only acts on some occurrences refuses the others, for GET and
    POST alike, through ``refusal()``."""

    def dispatch(self, request, *args, **kwargs):
        self.session = get_object_or_404(
            Session.objects.select_related("calendar", "rule"), pk=kwargs["pk"]
        )
        self.slot = find_slot(self.session, parse_occurrence_key(kwargs["key"]))
        if self.slot is None:
            raise Http404
        return self.refusal() or super().dispatch(request, *args, **kwargs)

    def refusal(self):
        """A response refusing this occurrence, or None to go on."""
        return None


class OccurrenceMixin(PermissionRequiredMixin, FindOccurrenceMixin):
    """The occurrence named in the URL, after the permission check. Needs the
    "change registration" permission; changing the occurrence itself also
    "change session"."""

    needs_session_permission = False

    def may_use(self, user):
        return may_manage_registrations(user) and (
            not self.needs_session_permission or may_change_sessions(user)
        )

    def is_over(self):
        return self.slot.end <= timezone.now()

    def refuse(self, message):
        messages.error(self.request, message)
        return self.back()

    @cached_property
    def occurrence_url(self):
        return session_url("occurrence", self.session.pk, self.slot.key)

    def back(self):
        return redirect(self.occurrence_url)


class OccurrencePageMixin(OccurrenceMixin, WagtailAdminTemplateMixin):
    header_icon = "date"

    def get_page_subtitle(self):
        return f"{self.session.title}, {moment(self.slot.start)}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": session_url("index"), "label": _("Sessies")},
            {
                "url": session_url("overview", self.session.pk),
                "label": self.session.title,
            },
            {"url": "", "label": f"{self.session.title}, {moment(self.slot.start)}"},
        ]


def registered_by_label(registration):
    user = registration.registered_by
    if user is None:
        return _("zelf, via de site")
    return user.get_full_name() or user.get_username()


class OccurrenceView(OccurrencePageMixin, TemplateView):
    template_name = "scheduling/admin/occurrence_detail.html"
    page_title = gettext_lazy("Sessie")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        slot, now = self.slot, timezone.now()
        registrations = []
        contributions = []
        if slot.occurrence_id:
            registrations = list(
                Registration.objects.filter(occurrence_id=slot.occurrence_id)
                .select_related("registered_by")
                .order_by("created_at", "pk")
            )
            contributions = list(
                Contribution.objects.filter(
                    registration__occurrence_id=slot.occurrence_id
                )
                .select_related("registration")
                .order_by("created_at", "pk")
            )
        for registration in registrations:
            registration.registered_by_label = registered_by_label(registration)
        by_status = {status: [] for status in Registration.Status.values}
        for registration in registrations:
            by_status[registration.status].append(registration)
        confirmed = by_status[Registration.Status.CONFIRMED]
        user = self.request.user
        may_change = may_change_sessions(user)
        upcoming = slot.end > now
        context.update(
            session=self.session,
            slot=slot,
            start=local(slot.start),
            end=local(slot.end),
            original_start=local(slot.original_start),
            confirmed=confirmed,
            waiting=by_status[Registration.Status.WAITING],
            cancelled=by_status[Registration.Status.CANCELLED],
            contributions=contributions,
            started=slot.start <= now,
            may_cancel_registrations=slot.start > now,
            show_attendance=slot.start <= now and not slot.cancelled and confirmed,
            can_cancel=may_change and upcoming and not slot.cancelled,
            can_restore=may_change and upcoming and slot.cancelled,
            can_move=may_change and upcoming and not slot.cancelled,
            checks_attendees=conf.attendee_model() is not None,
            occurrence_url=self.occurrence_url,
            export_csv_url=session_url(
                "occurrence_export", self.session.pk, slot.key, "csv"
            ),
            export_xlsx_url=session_url(
                "occurrence_export", self.session.pk, slot.key, "xlsx"
            ),
        )
        return context


def told(count):
    return ngettext(
        "%(count)s aangemelde deelnemer krijgt bericht.",
        "%(count)s aangemelde deelnemers krijgen bericht.",
        count,
    ) % {"count": count}


class CancelOccurrenceView(OccurrencePageMixin, TemplateView):
    """Asks for confirmation first; on POST cancels and tells everyone registered."""

    needs_session_permission = True
    template_name = "scheduling/admin/occurrence_confirm_cancel.html"
    page_title = gettext_lazy("Sessie annuleren")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = 0
        if self.slot.occurrence_id:
            count = (
                Registration.objects.active()
                .filter(occurrence_id=self.slot.occurrence_id)
                .count()
            )
        context.update(
            slot=self.slot,
            start=local(self.slot.start),
            active_count=count,
            occurrence_url=self.occurrence_url,
        )
        return context

    def refusal(self):
        # On POST cancel_occurrence refuses, with its own message.
        if self.request.method == "GET" and (self.slot.cancelled or self.is_over()):
            return self.refuse(_("Deze sessie is al geannuleerd of voorbij."))
        return None

    def post(self, request, *args, **kwargs):
        try:
            count = changes.cancel_occurrence(self.slot)
        except BookingError as error:
            messages.error(request, error.message)
            return self.back()
        messages.success(
            request,
            _("De sessie van %(date)s gaat niet door.")
            % {"date": moment(self.slot.start)}
            + " "
            + told(count),
        )
        return self.back()


class RestoreOccurrenceView(OccurrenceMixin, View):
    needs_session_permission = True
    http_method_names = ["post"]

    def refusal(self):
        if self.is_over():
            return self.refuse(_("Deze sessie is al voorbij."))
        return None

    def post(self, request, *args, **kwargs):
        try:
            count = changes.restore_occurrence(self.slot)
        except BookingError as error:
            messages.error(request, error.message)
            return self.back()
        messages.success(
            request,
            _("De sessie gaat weer door.") + " " + told(count),
        )
        return self.back()


class MoveOccurrenceView(OccurrencePageMixin, TemplateView):
    needs_session_permission = True
    template_name = "scheduling/admin/occurrence_move.html"
    page_title = gettext_lazy("Sessie verplaatsen")

    def get_form(self):
        if self.request.method == "POST":
            return MoveOccurrenceForm(self.request.POST)
        return MoveOccurrenceForm(
            initial={"start": local(self.slot.start), "end": local(self.slot.end)}
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context.update(
            slot=self.slot,
            start=local(self.slot.start),
            occurrence_url=self.occurrence_url,
        )
        return context

    def refusal(self):
        if self.slot.cancelled or self.is_over():
            return self.refuse(
                _("Een geannuleerde of voorbije sessie kan niet worden verplaatst.")
            )
        return None

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            try:
                count = changes.move_occurrence(
                    self.slot, form.cleaned_data["start"], form.cleaned_data["end"]
                )
            except BookingError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("De sessie is verplaatst naar %(date)s.")
                    % {"date": moment(form.cleaned_data["start"])}
                    + " "
                    + told(count),
                )
                return self.back()
        else:
            messages.error(
                request, _("De sessie is niet verplaatst; zie de fouten hieronder.")
            )
        return self.render_to_response(self.get_context_data(form=form))
