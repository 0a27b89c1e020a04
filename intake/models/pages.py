from django.db import models
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_protect
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"]


class RequestPage(RoutablePageMixin, Page):
    """The page where a resident asks for an OCO. The form's questions are fixed
    (intake.forms.RequestForm); the editor writes the texts around it.

    The routes (the form, the thank-you page) are in intake.views."""

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

    # Routes: thin wrappers, the views are in intake.views.

    @path("", name="form")
    @method_decorator(csrf_protect)
    def index_route(self, request):
        from .. import views

        return views.request_form(self, request)

    @path("bedankt/", name="thanks")
    def thanks_route(self, request):
        from .. import views

        return views.thanks(self, request)

    def serve(self, request, *args, **kwargs):
        # Every answer holds a CSRF token or a reference: never from a cache.
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_vary_headers(response, ["Cookie"])
        return response

    def privacy_url(self, request=None) -> str:
        page = self.localized_privacy_page()
        return (page.get_url(request) or "") if page is not None else ""

    def localized_privacy_page(self):
        """The privacy statement in this page's language when it has been
        translated, else the one the editor chose; None when not live."""
        page = self.privacy_page
        if page is None or not page.live:
            return None
        if page.locale_id == self.locale_id:
            return page
        translation = page.get_translation_or_none(self.locale_id)
        return translation if translation is not None and translation.live else page
