from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument


class SiteDocument(AbstractDocument):
    """A downloadable file with a short description for the public listings."""

    description = models.TextField(
        _("omschrijving"),
        blank=True,
        max_length=500,
        help_text=_("Eén of twee zinnen over de inhoud, getoond in de lijst."),
    )

    admin_form_fields = (*WagtailDocument.admin_form_fields, "description")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")

    def clean(self):
        # Wagtail checks the extension of the file the document holds. When the
        # upload form refused a new document's file there is none, and the
        # check would add a confusing second message to the form's own.
        if self.file:
            super().clean()

    @property
    def file_type_label(self) -> str:
        return self.file_extension.upper() or _("bestand")
