from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_protect
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class DeclarationPage(RoutablePageMixin, Page):
    """Where members (who have no account) declare their hours and costs. They
    ask for a personal link by mail; the link opens their own page with the
    form and their declarations of this year. The editor writes the texts;
    the rate and the maxima of this year come from the allowance years.

    The routes are in pool.views.declaration_page (the email step) and
    pool.views.declaration_personal (the personal page)."""

    intro = RichTextField(_("introductie"), features=TEXT_FEATURES)
    declare_text = RichTextField(
        _("wat u kunt declareren"),
        features=TEXT_FEATURES,
        help_text=_("Voor welk werk en welke onkosten een OCO een vergoeding krijgt."),
    )
    allowance_text = RichTextField(
        _("over de vergoeding"),
        features=TEXT_FEATURES,
        help_text=_(
            "Uitleg over de vergoeding per uur en de belastingvrije maxima. De "
            "bedragen van dit jaar staan er vanzelf onder; ze komen uit "
            "OCO-pool, vrijwilligersvergoedingen per jaar."
        ),
    )
    payment_text = RichTextField(
        _("hoe de betaling gaat"),
        features=TEXT_FEATURES,
        help_text=_("Wie de declaraties beoordeelt, en wanneer het geld komt."),
    )
    email_text = models.TextField(
        _("tekst bij het e-mailadres"),
        blank=True,
        max_length=600,
        help_text=_("Staat boven het veld waarin de OCO een link aanvraagt."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("declare_text"),
                FieldPanel("allowance_text"),
                FieldPanel("payment_text"),
            ],
            heading=_("Uitleg"),
        ),
        FieldPanel("email_text"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("declare_text"),
    ]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("declaratiepagina")
        verbose_name_plural = _("declaratiepagina's")

    # Routes: thin wrappers around the views.

    @path("", name="index")
    @method_decorator(csrf_protect)
    def index_route(self, request):
        from pool.views import declaration_page

        return declaration_page.link_request(self, request)

    @path("link-aangevraagd/", name="link_requested")
    def link_requested_route(self, request):
        from pool.views import declaration_page

        return declaration_page.link_requested(self, request)

    @path("link/<str:token>/", name="personal")
    @method_decorator(csrf_protect)
    def personal_route(self, request, token):
        from pool.views import declaration_personal

        return declaration_personal.personal(self, request, token)

    @path("link/<str:token>/intrekken/<int:declaration_id>/", name="withdraw")
    @method_decorator(csrf_protect)
    def withdraw_route(self, request, token, declaration_id):
        from pool.views import declaration_personal

        return declaration_personal.withdraw(self, request, token, declaration_id)

    def serve(self, request, *args, **kwargs):
        # Every answer holds a CSRF token or a member's own data: never cached.
        from pool.views.declaration_page import never_cached

        return never_cached(super().serve(request, *args, **kwargs))

    def route_url(self, request, name, *args) -> str:
        base = self.get_url(request) or "/"
        base = base if base.endswith("/") else base + "/"
        return base + self.reverse_subpage(name, args=args)
