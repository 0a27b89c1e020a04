"""Entering a declaration in the admin (for a member who cannot use their own
link, or one's own hours as contact person), and withdrawing one that still
waits for a decision. Both go through pool.declaring."""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool import declaring
from pool.models import Activity

from .access import (
    AccessRequiredMixin,
    contact_person_groups,
    visible_declarations,
)
from .forms import MemberDeclarationForm, OwnHoursForm
from .listing import day, declaration_url
from .responses import refuse_decided


class PageTitleMixin:
    """A create view headed by its own title ("Jaar toevoegen"), not Wagtail's
    "New: <model>"."""

    def get_page_subtitle(self):
        return ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_title()},
        ]


class DeclarationCreateView(AccessRequiredMixin, PageTitleMixin, generic.CreateView):
    """For a member of a group the user manages (any group, for coordinators)."""

    form_class = MemberDeclarationForm
    template_name = "pool/declarations/create.html"
    page_title = gettext_lazy("Declaratie invoeren voor een OCO")
    submit_button_label = gettext_lazy("Declaratie indienen")
    submit_button_active_label = gettext_lazy("Bezig met indienen…")
    error_message = gettext_lazy("De declaratie is niet ingediend; zie de fouten.")
    intro = gettext_lazy(
        "Voor een OCO die de eigen link niet kan gebruiken. Een coördinator "
        "beoordeelt de declaratie."
    )

    def get_panel(self):
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def get_side_panels(self):
        return MediaContainer([])

    def prepare(self, declaration):
        """Fill in who declares, before the form runs the model's rules."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        self.prepare(form.instance)
        return form

    def form_valid(self, form):
        try:
            self.object = declaring.submit(form.instance, self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, self.get_success_message(self.object))
        return redirect(declaration_url("inspect", self.object.pk))

    def form_invalid(self, form):
        self.produced_error_message = self.get_error_message()
        return super().form_invalid(form)

    def get_success_message(self, instance):
        return _(
            "De declaratie van %(name)s van %(day)s is ingediend. Een "
            "coördinator beoordeelt haar."
        ) % {"name": instance.declarant_name, "day": day(instance.date)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(intro=self.intro, **kwargs)


class OwnHoursCreateView(DeclarationCreateView):
    """A contact person's own hours as contact person."""

    form_class = OwnHoursForm
    page_title = gettext_lazy("Eigen uren als contactpersoon")
    intro = gettext_lazy(
        "Uw eigen uren als contactpersoon. Een contactpersoon krijgt voor dit "
        "werk ten hoogste het bedrag per jaar uit het afsprakenblad."
    )

    @staticmethod
    def has_access(user) -> bool:
        return contact_person_groups(user).exists()

    def get_add_url(self):
        return declaration_url("add_own")

    def prepare(self, declaration):
        declaration.activity = Activity.CONTACT_PERSON
        declaration.contact_person = self.request.user


class WithdrawView(AccessRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks first; the POST deletes the declaration through declaring.withdraw.
    Only while nobody has decided on it."""

    template_name = "pool/declarations/confirm_withdraw.html"
    page_title = gettext_lazy("Declaratie intrekken")
    header_icon = "bin"

    @cached_property
    def declaration(self):
        return get_object_or_404(
            visible_declarations(self.request.user), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.declaration)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": declaration_url("index"), "label": _("Declaraties")},
            {
                "url": declaration_url("inspect", self.declaration.pk),
                "label": str(self.declaration),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        return refuse_decided(request, self.declaration) or super().get(
            request, *args, **kwargs
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            declaration=self.declaration,
            inspect_url=declaration_url("inspect", self.declaration.pk),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        declaration = self.declaration
        refusal = refuse_decided(request, declaration)
        if refusal:
            return refusal
        try:
            declaring.withdraw(declaration.pk, request.user)
        except declaring.DeclarationError as error:
            messages.error(request, str(error))
            return redirect(declaration_url("inspect", declaration.pk))
        messages.success(
            request,
            _("De declaratie van %(name)s van %(day)s is ingetrokken.")
            % {"name": declaration.declarant_name, "day": day(declaration.date)},
        )
        return redirect(declaration_url("index"))
