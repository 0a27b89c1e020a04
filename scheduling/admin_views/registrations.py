"""Registrations in the coordinators' admin: attendance, the attendance list
as a spreadsheet, cancelling on someone's behalf, and the registrations from
the public form that still have to be checked."""

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView

from ..access import PermissionRequiredMixin, may_manage_registrations
from ..booking import BookingError, cancel
from ..converters import MAX_ID_DIGITS
from ..models import Registration
from ..occurrences import local, occurrence_key
from ..resources import RegistrationResource
from .columns import ActionButtonColumn, MomentColumn
from .occurrences import OccurrenceMixin
from .sessions import session_url

REGISTRATIONS_NAMESPACE = "scheduling_registrations"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def registrations_url(view_name, *args):
    return reverse(f"{REGISTRATIONS_NAMESPACE}:{view_name}", args=args)


def occurrence_url_of(registration):
    occurrence = registration.occurrence
    return session_url(
        "occurrence", occurrence.event_id, occurrence_key(occurrence.original_start)
    )


def pks_from(values):
    """The ids in a list of form values; ValueError for anything else."""
    if any(len(value) > MAX_ID_DIGITS for value in values):
        raise ValueError(values)
    return {int(value) for value in values}


class AttendanceView(OccurrenceMixin, View):
    """Who was there: a checkbox per confirmed registration that was on the form."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        slot = self.slot
        if slot.start > timezone.now() or slot.cancelled or not slot.occurrence_id:
            messages.error(
                request,
                _("Aanwezigheid kan pas worden bijgehouden als de sessie begonnen is."),
            )
            return self.back()
        try:
            shown = pks_from(request.POST.getlist("shown"))
            present = pks_from(request.POST.getlist("attended"))
        except ValueError:
            shown = present = None
        if not shown or not present <= shown:
            messages.error(request, _("Ongeldige invoer; er is niets opgeslagen."))
            return self.back()
        confirmed = Registration.objects.confirmed().filter(
            occurrence_id=slot.occurrence_id, pk__in=shown
        )
        with transaction.atomic():
            there = confirmed.filter(pk__in=present).update(attended=True)
            away = confirmed.exclude(pk__in=present).update(attended=False)
        messages.success(
            request,
            _("De aanwezigheid is opgeslagen: %(there)s aanwezig, %(away)s afwezig.")
            % {"there": there, "away": away},
        )
        return self.back()


def attendance_export(session, registrations, file_format):
    dataset = RegistrationResource(session).export(registrations)
    if file_format == "xlsx":
        dataset.title = _("Aanwezigheid")
        return dataset.export("xlsx")
    # The byte order mark makes Excel read the accents correctly.
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")


class ExportView(OccurrenceMixin, View):
    """The registrations of one occurrence, confirmed first, as CSV or XLSX."""

    http_method_names = ["get"]

    def get(self, request, *args, file_format, **kwargs):
        if file_format not in CONTENT_TYPES:
            raise Http404
        registrations = (
            Registration.objects.active()
            .filter(occurrence_id=self.slot.occurrence_id)
            .select_related("occurrence")
            .order_by(
                Case(
                    When(status=Registration.Status.CONFIRMED, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                ),
                "created_at",
                "pk",
            )
        )
        file_name = "{}-{}-{:%Y-%m-%d}.{}".format(
            slugify(_("aanwezigheid")),
            slugify(self.session.title) or slugify(_("sessie")),
            local(self.slot.start),
            file_format,
        )
        response = HttpResponse(
            attendance_export(self.session, registrations, file_format),
            content_type=CONTENT_TYPES[file_format],
        )
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=file_name
        )
        return response


class RegistrationActionView(PermissionRequiredMixin, View):
    http_method_names = ["post"]
    may_use = staticmethod(may_manage_registrations)

    def post(self, request, registration_id):
        registration = get_object_or_404(
            Registration.objects.select_related("occurrence"), pk=registration_id
        )
        self.act(request, registration)
        return redirect(
            get_valid_next_url_from_request(request) or self.default_url(registration)
        )

    def default_url(self, registration):
        return occurrence_url_of(registration)


class MarkCheckedView(RegistrationActionView):
    def act(self, request, registration):
        if registration.checked:
            messages.info(request, _("Deze aanmelding was al gecontroleerd."))
            return
        registration.checked = True
        registration.save(update_fields=["checked"])
        messages.success(
            request,
            _("De aanmelding van %(name)s is gecontroleerd.")
            % {"name": registration.name},
        )

    def default_url(self, registration):
        return registrations_url("to_check")


class CancelRegistrationView(RegistrationActionView):
    """Cancel on someone's behalf; they are told and the waiting list moves up."""

    def act(self, request, registration):
        try:
            cancel(registration)
        except BookingError as error:
            messages.error(request, error.message)
            return
        messages.success(
            request,
            _("%(name)s is afgemeld en krijgt daarvan bericht.")
            % {"name": registration.name},
        )


class ToCheckIndexView(PermissionRequiredMixin, IndexView):
    """Registrations from the public form whose email matched nobody we know."""

    model = Registration
    index_url_name = f"{REGISTRATIONS_NAMESPACE}:to_check"
    index_results_url_name = f"{REGISTRATIONS_NAMESPACE}:to_check_results"
    page_title = gettext_lazy("Te controleren")
    header_icon = "warning"
    paginate_by = 50
    # Access is decided by the plugin's "change registration" permission.
    permission_policy = None
    any_permission_required = None

    may_use = staticmethod(may_manage_registrations)

    def get_base_queryset(self):
        return (
            Registration.objects.to_check()
            .select_related("occurrence__event")
            .order_by("occurrence__start", "created_at", "pk")
        )

    @cached_property
    def columns(self):
        return [
            TitleColumn("name", label=_("Naam"), get_url=occurrence_url_of),
            Column("email", label=_("E-mailadres")),
            Column("session", label=_("Sessie"), accessor="occurrence.event.title"),
            MomentColumn("date", label=_("Datum"), accessor="occurrence.start"),
            MomentColumn("created_at", label=_("Aangemeld op")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            ActionButtonColumn(
                "check",
                label=_("Actie"),
                url_for=lambda r: registrations_url("mark_checked", r.pk),
                button_label=_("Gecontroleerd"),
                next_url=registrations_url("to_check"),
            ),
        ]

    @cached_property
    def no_results_message(self):
        return _("Er zijn geen aanmeldingen om te controleren.")
