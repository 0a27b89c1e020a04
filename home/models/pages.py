import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.search import index

from home.blocks import PARAGRAPH_FEATURES, BodyBlock, HighlightBlock

from .documents import SiteDocument

SEARCH_QUERY_MAX_LENGTH = 200
# Quotes, brackets and operators mean something to the full-text engine (an
# unmatched quote is a syntax error there); visitors search for words.
NOT_A_WORD = re.compile(r"[^\w\s'-]+")


def clean_query(raw: str) -> str:
    """The query as shown back: printable, single-spaced and capped in length."""
    printable = "".join(char for char in raw if char.isprintable() or char.isspace())
    return " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH]


def search_terms(query: str) -> str:
    return " ".join(NOT_A_WORD.sub(" ", query).split())


def paginate(request, items, per_page):
    """Return the requested page; an unknown page number gives the first or last."""
    return Paginator(items, per_page).get_page(request.GET.get("pagina"))


class HomePage(Page):
    intro = RichTextField(_("introductie"), features=PARAGRAPH_FEATURES)
    cta_title = models.CharField(_("titel van de oproep"), max_length=120)
    cta_text = models.TextField(_("tekst van de oproep"), blank=True, max_length=400)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina van de oproep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De pagina waar de bezoeker een OCO kan aanvragen."),
    )
    cta_label = models.CharField(_("tekst op de knop"), max_length=60)
    highlights = StreamField(
        [("highlight", HighlightBlock())],
        verbose_name=_("uitgelicht"),
        blank=True,
        max_num=6,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            ["cta_title", "cta_text", "cta_page", "cta_label"],
            heading=_("Oproep: een OCO aanvragen"),
        ),
        FieldPanel("highlights"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("voorpagina")
        verbose_name_plural = _("voorpagina's")


class StandardPage(Page):
    intro = models.TextField(
        _("introductie"),
        blank=True,
        max_length=500,
        help_text=_("Eén of twee zinnen die zeggen waar de pagina over gaat."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    show_in_footer = models.BooleanField(
        _("tonen in de voettekst"),
        default=False,
        help_text=_("Voor pagina's als de privacyverklaring en de toegankelijkheid."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("show_in_footer")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    # Apps with page types of their own name them in this setting (the agenda),
    # so that home need not know them.
    subpage_types = [
        "home.StandardPage",
        "home.DocumentIndexPage",
        "home.FeedbackFormPage",
        *getattr(settings, "STANDARD_PAGE_EXTRA_SUBPAGE_TYPES", []),
    ]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().in_menu()
        return context


class DocumentIndexPage(Page):
    intro = RichTextField(_("introductie"), features=PARAGRAPH_FEATURES, blank=True)
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("map met documenten"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Alle documenten in deze map en de mappen daaronder worden getoond. "
            "Documenten in een afgeschermde map worden nooit getoond."
        ),
    )
    documents_per_page = 20

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("collection"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("documentenpagina")
        verbose_name_plural = _("documentenpagina's")

    def public_collections(self):
        """Ids of the chosen collection and its descendants, less restricted ones.

        A restriction on a collection also covers everything below it, so a
        collection is hidden when its path starts with a restricted path.
        """
        restricted = list(
            CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        )
        tree = Collection.objects.filter(path__startswith=self.collection.path)
        return [
            collection.pk
            for collection in tree.only("pk", "path")
            if not any(collection.path.startswith(path) for path in restricted)
        ]

    def get_documents(self):
        return SiteDocument.objects.filter(
            collection__in=self.public_collections()
        ).order_by("title", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = paginate(
            request, self.get_documents(), self.documents_per_page
        )
        return context


class SearchPage(Page):
    intro = models.TextField(_("introductie"), blank=True, max_length=500)
    results_per_page = 10

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("zoekpagina")
        verbose_name_plural = _("zoekpagina's")

    def search(self, query):
        """Live, public pages of this site only: no drafts, no restricted pages."""
        terms = search_terms(query)
        if not terms:
            return Page.objects.none()
        site_root = self.get_site().root_page
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(site_root, inclusive=True)
            .not_type(SearchPage)
        )
        return pages.search(terms, operator="and")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = clean_query(request.GET.get("q", ""))
        context["search_query"] = query
        if query:
            context["query_prefix"] = urlencode({"q": query})
            context["results"] = paginate(
                request, self.search(query), self.results_per_page
            )
        return context
