from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"]


class RequestPage(RoutablePageMixin, Page):
    """The page where a resident asks for an OCO. The form's questions are fixed
    (intake.forms.RequestForm); the editor writes the texts around it."""

    intro = RichTextField(_("introductie"), features=TEXT_FEATURES)
    mee_text = RichTextField(
        _("wanneer MEE beter past"),
        features=TEXT_FEATURES,
        help_text=_(
            "Wanneer een beroepsmatige cliëntondersteuner van MEE de betere keuze "
            "is. De contactgegevens van MEE komen uit de instellingen."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De toestemmingsvraag in het formulier linkt naar deze pagina."),
    )
    thank_you_title = models.CharField(
        _("titel na versturen"), max_length=120, default=_("Bedankt voor uw aanvraag")
    )
    thank_you_text = RichTextField(
        _("tekst na versturen"),
        features=TEXT_FEATURES,
        help_text=_("Wat de inwoner nu kan verwachten. Het kenmerk staat er al boven."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("mee_text"),
        FieldPanel("privacy_page"),
        MultiFieldPanel(
            ["thank_you_title", "thank_you_text"], heading=_("Na het versturen")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("aanvraagpagina")
        verbose_name_plural = _("aanvraagpagina's")
