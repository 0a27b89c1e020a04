"""Importing a roster file into one group, for coordinators: upload, preview
(a dry run), confirm. The file waits in import_export's temporary storage
between the preview and the confirmation; the session remembers which file,
for which group, and what the preview promised."""

import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool.contact_groups import is_coordinator
from pool.imports import (
    MAX_UPLOAD_SIZE,
    PreviewMismatch,
    RosterFileError,
    RosterImport,
    file_format_for,
    pending_changes_error,
    read_roster_file,
)
from pool.models import RosterGroupPage
from pool.resources import MemberResource
from pool.upload_storage import RosterUploadStorage, remove_expired_uploads

from .responses import forbidden

SESSION_PREFIX = "pool_roster_import:"
PREVIEW_TEMPLATE = "pool/admin/import_preview.html"


class RosterImportForm(forms.Form):
    group = forms.ModelChoiceField(
        label=gettext_lazy("Groep"),
        queryset=RosterGroupPage.objects.order_by("title"),
        # By id, not pk: the pk goes through the page link, which has no guard
        # against numbers too large for the database.
        to_field_name="id",
        empty_label=gettext_lazy("Kies de groep"),
    )
    file = forms.FileField(
        label=gettext_lazy("Bestand"),
        help_text=gettext_lazy(
            "Een CSV- of Excel-bestand (.xlsx) van hoogstens 5 MB, met een "
            "kopregel. Een export van de groep heeft de goede kolommen."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def clean_group(self):
        group = self.cleaned_data["group"]
        message = pending_changes_error(group)
        if message:
            raise ValidationError(message, code="pending_changes")
        return group

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_SIZE:
            raise ValidationError(
                _(
                    "Het bestand is groter dan 5 MB. Splits het op of verwijder "
                    "wat niet nodig is."
                ),
                code="too_large",
            )
        try:
            self.file_format = file_format_for(upload.name)
            self.content = upload.read()
            self.roster_file = read_roster_file(self.content, self.file_format)
        except RosterFileError as error:
            raise ValidationError(error.messages, code="unreadable") from error
        return upload


class CoordinatorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_coordinator(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class RosterImportView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, View):
    """Step 1, the form, and step 2, the preview of the dry run."""

    template_name = "pool/admin/import_form.html"
    page_title = gettext_lazy("Leden importeren")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("pool_roster:index"), "label": _("Ledenlijsten")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_group(self, group_id):
        if group_id is None:
            return None
        return get_object_or_404(RosterGroupPage, id=group_id)

    def get(self, request, group_id=None):
        form = RosterImportForm(initial={"group": self.get_group(group_id)})
        return self.render_form(form)

    def post(self, request, group_id=None):
        self.get_group(group_id)
        form = RosterImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_form(form)
        group = form.cleaned_data["group"]
        preview = RosterImport(group).preview(form.roster_file)
        token = None if preview.has_errors else remember_upload(request, form, preview)
        context = self.get_context_data(
            group=group,
            preview=preview,
            token=token,
            file_name=form.cleaned_data["file"].name,
            columns=MemberResource.column_names(),
        )
        return self.response_class(
            request=request, template=[PREVIEW_TEMPLATE], context=context
        )

    def render_form(self, form):
        context = self.get_context_data(
            form=form,
            action_url=self.request.path,
            columns=MemberResource.column_names(),
        )
        return self.render_to_response(context)


def remember_upload(request, form, preview) -> str:
    remove_expired_uploads()
    storage = RosterUploadStorage(read_mode="rb")
    storage.save(form.content)
    token = secrets.token_urlsafe(16)
    request.session[SESSION_PREFIX + token] = {
        "group_id": form.cleaned_data["group"].pk,
        "file_name": form.cleaned_data["file"].name,
        "file_format": form.file_format,
        "storage_name": storage.name,
        "fingerprint": preview.fingerprint,
    }
    return token


def take_upload(request, token):
    """The remembered upload and its content, once: the session entry and the
    temporary file are gone afterwards, so a second submit imports nothing."""
    pending = request.session.pop(SESSION_PREFIX + token, None) if token else None
    if pending is None:
        return None, None
    storage = RosterUploadStorage(name=pending["storage_name"], read_mode="rb")
    try:
        if storage.is_expired():
            storage.remove()
            return None, None
        content = storage.read()
        storage.remove()
    except OSError:
        return None, None
    return pending, content


class RosterImportConfirmView(CoordinatorOnlyMixin, View):
    """Step 3: the real import, which must come out as the preview did."""

    http_method_names = ["post"]

    def post(self, request):
        pending, content = take_upload(request, request.POST.get("token"))
        if pending is None:
            messages.error(
                request,
                _(
                    "Dit voorbeeld is verlopen of de import is al uitgevoerd. "
                    "Upload het bestand opnieuw."
                ),
            )
            return redirect("pool_roster:import")
        group = get_object_or_404(RosterGroupPage, id=pending["group_id"])
        retry_url = reverse("pool_roster:import_group", args=[group.pk])
        refusal = pending_changes_error(group)
        if refusal:
            messages.error(request, refusal)
            return redirect(retry_url)
        try:
            roster_file = read_roster_file(content, pending["file_format"])
            outcome = RosterImport(group).apply(
                roster_file, pending["fingerprint"], user=request.user
            )
        except (RosterFileError, PreviewMismatch):
            messages.error(
                request,
                _(
                    "De gegevens zijn veranderd sinds het voorbeeld; er is niets "
                    "opgeslagen. Upload het bestand opnieuw en bekijk het nieuwe "
                    "voorbeeld."
                ),
            )
            return redirect(retry_url)
        totals = outcome.totals
        messages.success(
            request,
            _(
                "%(group)s: %(new)s nieuw, %(changed)s gewijzigd, "
                "%(unchanged)s ongewijzigd."
            )
            % {
                "group": group.title,
                "new": totals["new"],
                "changed": totals["update"],
                "unchanged": totals["skip"],
            },
        )
        return redirect("pool_roster:index")
