"""The payout, for coordinators: the approved declarations of a period (last
month unless chosen otherwise) per person, as CSV or XLSX, and recording
that they were paid.

The page is a snapshot: its download links and its "mark as paid" form carry
the moment the page was made, and both leave out what was approved after
it, so nothing is marked paid that was not in the file."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from pool import declaring
from pool.models import Declaration
from pool.views.exports import file_response

from .access import CoordinatorRequiredMixin
from .listing import day, declaration_url
from .payout_files import (
    BOTH,
    FILE_FORMATS,
    PER_DECLARATION,
    PER_PERSON,
    payout_content,
)
from .payout_resources import ZERO, payouts_per_person

EXPORT_PARAMETER = "export"
EARLIEST_MOMENT = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
EARLIEST_DAY = EARLIEST_MOMENT.date()
MOMENT_UNUSABLE = gettext_lazy(
    "De link naar deze pagina klopt niet (het moment van de stand is onbruikbaar). "
    "Kies de periode opnieuw."
)


def last_month(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    end = today.replace(day=1) - datetime.timedelta(days=1)
    return end.replace(day=1), end


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=gettext_lazy("Van"), widget=AdminDateInput)
    date_to = forms.DateField(label=gettext_lazy("Tot en met"), widget=AdminDateInput)
    unpaid_only = forms.BooleanField(
        label=gettext_lazy("Alleen nog niet uitbetaald"), required=False
    )
    as_of = forms.DateTimeField(
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid": MOMENT_UNUSABLE},
    )

    def clean_as_of(self):
        now = timezone.now()
        as_of = self.cleaned_data.get("as_of")
        if not as_of:
            return now
        try:
            as_of = as_of.astimezone(datetime.UTC)
        except (OverflowError, ValueError) as error:
            raise ValidationError(MOMENT_UNUSABLE, code="invalid") from error
        if as_of < EARLIEST_MOMENT:
            raise ValidationError(MOMENT_UNUSABLE, code="invalid")
        return min(as_of, now)

    def clean(self):
        cleaned = super().clean()
        for field in self.hidden_fields():
            if field.name in self.errors:
                # A hidden field shows no error of its own: say it above the form.
                self.add_error(None, self.errors.pop(field.name))
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error(
                "date_to", _("Deze datum ligt vóór de eerste dag van de periode.")
            )
        return cleaned

    def query(self, with_moment=True) -> dict:
        """The period as URL parameters, for links back and to the files."""
        data = self.cleaned_data
        query = {
            "date_from": data["date_from"].isoformat(),
            "date_to": data["date_to"].isoformat(),
        }
        if data["unpaid_only"]:
            query["unpaid_only"] = "on"
        if with_moment:
            query["as_of"] = data["as_of"].isoformat()
        return query


class MarkPaidForm(PeriodForm):
    paid_on = forms.DateField(
        label=gettext_lazy("Uitbetaald op"), widget=AdminDateInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ["date_from", "date_to", "unpaid_only"]:
            self.fields[name].widget = forms.HiddenInput()

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on < EARLIEST_DAY:
            raise ValidationError(
                _("De datum van uitbetaling ligt vóór 2000. Controleer het jaar."),
                code="too_early",
            )
        return paid_on


def default_period() -> dict:
    start, end = last_month(timezone.localdate())
    return {
        "date_from": start.isoformat(),
        "date_to": end.isoformat(),
        "unpaid_only": "on",
    }


def selection(period: dict):
    """The approved declarations of the period, as the page showed them."""
    declarations = Declaration.objects.approved().filter(
        date__gte=period["date_from"],
        date__lte=period["date_to"],
        decided_at__lte=period["as_of"],
    )
    if period["unpaid_only"]:
        declarations = declarations.filter(paid_on__isnull=True)
    return declarations.select_related("member", "contact_person", "group").order_by(
        "declarant_name", "date", "pk"
    )


def payout_url(query: dict | None = None) -> str:
    return declaration_url("payout", query=urlencode(query or {}))


def form_errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


class PayoutView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "pool/declarations/payout.html"
    page_title = gettext_lazy("Declaraties uitbetalen")
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": declaration_url("index"), "label": _("Declaraties")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        chosen = "date_from" in request.GET or "date_to" in request.GET
        form = PeriodForm(request.GET if chosen else default_period())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        declarations = list(selection(form.cleaned_data))
        kind = request.GET.get(EXPORT_PARAMETER)
        if kind in FILE_FORMATS:
            return self.download(declarations, kind, form.cleaned_data)
        people = payouts_per_person(declarations)
        unpaid = [d for d in declarations if d.paid_on is None]
        query = form.query()
        context = self.get_context_data(
            form=form,
            people=people,
            declaration_count=len(declarations),
            total_payable=sum((p.payable for p in people), ZERO),
            unpaid_count=len(unpaid),
            as_of=form.cleaned_data["as_of"],
            downloads=[
                (label, payout_url({**query, EXPORT_PARAMETER: kind}))
                for kind, label in [
                    (BOTH, _("Excel (xlsx): per persoon en per declaratie")),
                    (PER_PERSON, _("CSV per persoon")),
                    (PER_DECLARATION, _("CSV per declaratie")),
                ]
            ],
            mark_form=MarkPaidForm(
                initial={**query, "paid_on": timezone.localdate()},
            ),
        )
        return self.render_to_response(context)

    def download(self, declarations, kind, period):
        file_format = FILE_FORMATS[kind]
        if kind == PER_DECLARATION:
            name = _("uitbetaling-%(start)s-%(end)s-declaraties")
        else:
            name = _("uitbetaling-%(start)s-%(end)s")
        name = "{}.{}".format(
            name
            % {
                "start": period["date_from"].isoformat(),
                "end": period["date_to"].isoformat(),
            },
            file_format,
        )
        return file_response(payout_content(declarations, kind), file_format, name)


class MarkPaidView(CoordinatorRequiredMixin, View):
    """Records the payout of the unpaid declarations the page showed."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = MarkPaidForm(request.POST)
        if not form.is_valid():
            messages.error(
                request,
                _("Er is niets gemarkeerd als uitbetaald. %(errors)s")
                % {"errors": form_errors(form)},
            )
            period = {
                name: request.POST[name]
                for name in ["date_from", "date_to", "unpaid_only"]
                if name in request.POST
            }
            return redirect(payout_url(period))
        period, paid_on = form.cleaned_data, form.cleaned_data["paid_on"]
        ids = list(
            selection(period).filter(paid_on__isnull=True).values_list("pk", flat=True)
        )
        back = payout_url(form.query(with_moment=False))
        try:
            count = declaring.mark_paid(ids, request.user, paid_on)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(back)
        if count:
            messages.success(
                request,
                ngettext(
                    "%(count)d declaratie is gemarkeerd als uitbetaald op %(day)s.",
                    "%(count)d declaraties zijn gemarkeerd als uitbetaald op %(day)s.",
                    count,
                )
                % {"count": count, "day": day(paid_on)},
            )
        else:
            messages.warning(
                request, _("Er waren geen declaraties om als uitbetaald te markeren.")
            )
        return redirect(back)
