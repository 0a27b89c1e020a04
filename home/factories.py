import factory
import wagtail_factories
from django.core.files.base import ContentFile

from home.models import (
    DocumentIndexPage,
    HomePage,
    SearchPage,
    SiteDocument,
    StandardPage,
)


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte inleiding."

    class Meta:
        model = StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Voorpagina"
    intro = "<p>Welkom.</p>"
    cta_title = "Wilt u een OCO?"
    cta_label = "Vraag een OCO aan"

    class Meta:
        model = HomePage


class SearchPageFactory(wagtail_factories.PageFactory):
    title = "Zoeken"

    class Meta:
        model = SearchPage


class SiteDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    description = "Een document om te downloaden."
    file = factory.LazyAttribute(
        lambda o: ContentFile(b"%PDF-1.4\n% test\n", name=f"{o.title}.pdf")
    )

    class Meta:
        model = SiteDocument
        skip_postgeneration_save = True

    @factory.post_generation
    def file_metadata(obj, create, extracted, **kwargs):
        if create and obj.file_size is None:
            obj._set_document_file_metadata()
            obj.save(update_fields=["file_size", "file_hash"])


class DocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Documenten"
    collection = factory.SubFactory(wagtail_factories.CollectionFactory)

    class Meta:
        model = DocumentIndexPage
