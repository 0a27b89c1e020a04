"""Approving and rejecting a declaration, for coordinators.

The approve page shows what the declaration is worth, what the person was
paid so far and the warnings of paying it. The warnings the coordinator read
travel with the form: declaring.approve re-reads them under its lock and,
when they hold anything the coordinator did not see, approves nothing, so
the page shows the new list."""

from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool import declaring
from pool.allowances import assess, euro
from pool.models import Declaration

from .access import CoordinatorRequiredMixin
from .allowance_years import add_year_url
from .detail import declaration_rows, other_allowances_of
from .forms import ApproveForm, RejectForm
from .listing import day, declaration_url
from .responses import refuse_decided


class DecisionView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    form_class = None

    @cached_property
    def declaration(self):
        return get_object_or_404(
            Declaration.objects.select_related("group", "submitted_by"),
            pk=self.kwargs["pk"],
        )

    def get_page_subtitle(self):
        return str(self.declaration)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": declaration_url("index"), "label": _("Declaraties")},
            {"url": self.inspect_url, "label": str(self.declaration)},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def inspect_url(self):
        return declaration_url("inspect", self.declaration.pk)

    def get(self, request, *args, **kwargs):
        return refuse_decided(request, self.declaration) or self.render_page()

    def render_page(self, **context):
        return self.render_to_response(self.get_context_data(**context))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.form_class())
        context.update(
            declaration=self.declaration,
            declaration_rows=declaration_rows(self.declaration),
            inspect_url=self.inspect_url,
        )
        return context

    def failed(self, error):
        messages.error(self.request, str(error))
        return redirect(self.inspect_url)

    def succeeded(self, message):
        messages.success(self.request, message)
        return redirect(self.inspect_url)

    @property
    def values(self):
        declaration = self.declaration
        return {"name": declaration.declarant_name, "day": day(declaration.date)}


class ApproveView(DecisionView):
    template_name = "pool/declarations/approve.html"
    page_title = gettext_lazy("Declaratie goedkeuren")
    header_icon = "tick"
    form_class = ApproveForm

    def render_page(self, assessment=None, must_confirm=False, **context):
        """The page with the warnings as they stand (or as approve found them
        under its lock). must_confirm: show the checkbox's error."""
        assessment = assessment or assess(self.declaration)
        seen = {"seen_warnings": assessment.warnings_text()}
        form = ApproveForm(data=seen) if must_confirm else ApproveForm(initial=seen)
        if must_confirm:
            form.is_valid()
        return super().render_page(assessment=assessment, form=form, **context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        assessment = context["assessment"]
        if assessment.missing_year:
            context["add_year_url"] = add_year_url(self.declaration.date.year)
        else:
            context["totals"] = assessment.totals
        context["other_allowances"] = other_allowances_of(self.declaration)
        return context

    def post(self, request, *args, **kwargs):
        refusal = refuse_decided(request, self.declaration)
        if refusal:
            return refusal
        form = ApproveForm(request.POST)
        if not form.is_valid():
            return self.render_page(must_confirm=True)
        try:
            declaration = declaring.approve(
                self.declaration.pk,
                request.user,
                confirmed=form.cleaned_data["confirmed"],
                seen_warnings=form.cleaned_data["seen_warnings"],
            )
        except declaring.WarningsNotConfirmed as error:
            messages.warning(request, self.changed_message)
            return self.render_page(assessment=error.assessment, must_confirm=True)
        except declaring.DeclarationError as error:
            return self.failed(error)
        return self.succeeded(self.approved_message(declaration))

    @property
    def changed_message(self):
        return _(
            "Er zijn nieuwe waarschuwingen sinds u deze pagina opende, "
            "bijvoorbeeld omdat intussen een andere declaratie is goedgekeurd. "
            "Lees ze en bevestig opnieuw. Er is niets goedgekeurd."
        )

    def approved_message(self, declaration):
        values = {**self.values, "payable": euro(declaration.paid_amount)}
        if declaration.paid_amount < declaration.amount:
            values["amount"] = euro(declaration.amount)
            return (
                _(
                    "De declaratie van %(name)s van %(day)s is goedgekeurd: "
                    "%(amount)s, waarvan %(payable)s wordt uitbetaald."
                )
                % values
            )
        return (
            _(
                "De declaratie van %(name)s van %(day)s is goedgekeurd: "
                "%(payable)s wordt uitbetaald."
            )
            % values
        )


class RejectView(DecisionView):
    template_name = "pool/declarations/reject.html"
    page_title = gettext_lazy("Declaratie afwijzen")
    header_icon = "cross"
    form_class = RejectForm

    def post(self, request, *args, **kwargs):
        refusal = refuse_decided(request, self.declaration)
        if refusal:
            return refusal
        form = RejectForm(request.POST)
        if not form.is_valid():
            return self.render_page(form=form)
        try:
            declaring.reject(
                self.declaration.pk, request.user, form.cleaned_data["reason"]
            )
        except declaring.DeclarationError as error:
            return self.failed(error)
        return self.succeeded(
            _("De declaratie van %(name)s van %(day)s is afgewezen.") % self.values
        )
