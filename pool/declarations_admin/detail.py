"""One declaration on one page, with what it is worth and the actions that
fit its status, and its history from Wagtail's audit log."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import ModelLogEntry

from pool.allowances import assess, euro
from pool.contact_groups import is_coordinator
from pool.models import OtherAllowance
from pool.models.declarations import person_records

from .access import AccessRequiredMixin, in_scope, visible_declarations
from .allowance_years import add_year_url
from .listing import day, declaration_url, hours_text

EMPTY = "—"


def user_label(user):
    if user is None:
        return EMPTY
    return user.get_full_name() or user.get_username()


def moment(value):
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M") if value else EMPTY


def declaration_rows(declaration) -> list[tuple[str, str]]:
    """The declaration as a coordinator reads it: (label, value)."""
    rows = [
        (_("Naam"), declaration.declarant_name),
        (_("Groep"), declaration.group.title),
        (_("Datum van het werk"), day(declaration.date)),
        (_("Soort werk"), declaration.get_activity_display()),
        (_("Omschrijving"), declaration.description),
        (_("Uren"), hours_text(declaration.hours) or "0"),
        (_("Onkosten"), euro(declaration.costs)),
    ]
    if declaration.costs_note:
        rows.append((_("Toelichting op de onkosten"), declaration.costs_note))
    rows += [
        (_("Ingediend op"), moment(declaration.submitted_at)),
        (_("Ingevoerd door"), submitter_label(declaration)),
    ]
    return rows


def submitter_label(declaration) -> str:
    """Who entered the declaration. Without submitted_by it came through the
    site, unless the audit log names a user: then that user's account was
    deleted later (submitted_by is set to null then)."""
    if declaration.submitted_by_id:
        return user_label(declaration.submitted_by)
    entry = (
        ModelLogEntry.objects.for_instance(declaration)
        .filter(action="pool.declaration.submit", user_id__isnull=False)
        .first()
    )
    if entry is not None:
        return _("een gebruiker van wie het account is verwijderd")
    return _("de OCO zelf, via de site")


def decision_rows(declaration) -> list[tuple[str, str]]:
    if not declaration.is_decided:
        return []
    rows = [
        (_("Beoordeeld door"), user_label(declaration.decided_by)),
        (_("Beoordeeld op"), moment(declaration.decided_at)),
    ]
    if declaration.rejection_reason:
        rows.append((_("Reden van afwijzen"), declaration.rejection_reason))
    if declaration.amount is not None:
        rows += [
            (_("Vergoeding per uur"), euro(declaration.hourly_rate or 0)),
            (_("Bedrag"), euro(declaration.amount)),
            (_("Uit te betalen"), euro(declaration.paid_amount or 0)),
            (
                _("Uitbetaald op"),
                day(declaration.paid_on) or _("nog niet uitbetaald"),
            ),
        ]
    if declaration.approval_warnings:
        rows.append((_("Waarschuwingen bij goedkeuren"), declaration.approval_warnings))
    return rows


def other_allowances_of(declaration) -> list[tuple[str, str, str]]:
    """What the declarant reported from other volunteer work in the year, as
    (month, amount, organisation): the allowances the limits count."""
    members, _users = person_records(
        declaration.member_id, declaration.contact_person_id
    )
    allowances = OtherAllowance.objects.filter(
        member_id__in=members, month__year=declaration.date.year
    ).order_by("month", "pk")
    return [
        (
            date_format(allowance.month, "F Y"),
            euro(allowance.amount),
            allowance.organisation or EMPTY,
        )
        for allowance in allowances
    ]


class DeclarationObjectMixin:
    """The declaration named in the URL, among those the user may see: another
    group's declaration is not found."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            visible_declarations(self.request.user).select_related(
                "group", "submitted_by", "decided_by"
            ),
            pk=self.kwargs["pk"],
        )


class DeclarationInspectView(
    AccessRequiredMixin, DeclarationObjectMixin, generic.InspectView
):
    template_name = "pool/declarations/inspect.html"
    page_title = gettext_lazy("Declaratie")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": declaration_url("index"), "label": _("Declaraties")},
            {"url": "", "label": str(self.object)},
        ]

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    @cached_property
    def header_more_buttons(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        declaration = self.object
        user = self.request.user
        coordinator = is_coordinator(user)
        waiting = not declaration.is_decided
        context.update(
            declaration=declaration,
            declaration_rows=declaration_rows(declaration),
            decision_rows=decision_rows(declaration),
            may_decide=waiting and coordinator,
            may_withdraw=waiting and in_scope(user, declaration.group_id),
            # What approving would pay, and its warnings: for coordinators.
            assessment=assess(declaration) if waiting and coordinator else None,
            other_allowances=other_allowances_of(declaration),
            add_year_url=add_year_url(declaration.date.year) if coordinator else None,
        )
        return context


class DeclarationHistoryView(AccessRequiredMixin, DeclarationObjectMixin, HistoryView):
    """Wagtail's history of the declaration: submitted, approved, rejected,
    paid. Its links lead to the declaration's page: nobody edits one."""

    def get_edit_url(self, instance):
        return declaration_url("inspect", instance.pk)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label=_("Declaratie bekijken"),
                url=declaration_url("inspect", self.object.pk),
                icon_name="view",
            )
        ]
