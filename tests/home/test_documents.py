import pytest
from wagtail.models import Collection, CollectionViewRestriction

from home.factories import DocumentIndexPageFactory, SiteDocumentFactory
from home.models import SiteDocument

pytestmark = pytest.mark.django_db

CONTENT_TYPES = {"pdf": "application/pdf", "mp4": "video/mp4"}


def test_every_document_downloads_with_the_right_content_type(client):
    for document in SiteDocument.objects.all():
        response = client.get(document.url)
        assert response.status_code == 200, document.title
        assert response["Content-Type"] == CONTENT_TYPES[document.file_extension]
        body = b"".join(response.streaming_content)
        assert len(body) == document.file_size


def test_documents_page_lists_title_type_size_and_description(client):
    html = client.get("/documenten/").content.decode()
    for document in SiteDocument.objects.all():
        assert document.title.replace("'", "&#x27;") in html
        assert f'href="{document.url}"' in html
    assert "(PDF, " in html and "(MP4, " in html and "KB)" in html
    assert "De afspraken tussen de gemeente Almere" in html
    assert "4 documenten" in html


def test_documents_page_hides_documents_in_a_restricted_collection(client, home):
    root = Collection.get_first_root_node()
    public = root.add_child(name="Openbaar")
    private = public.add_child(name="Alleen intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="login"
    )
    SiteDocumentFactory(title="Openbare folder", collection=public)
    SiteDocumentFactory(title="Interne notitie", collection=private)
    page = DocumentIndexPageFactory(parent=home, slug="stukken", collection=public)
    html = client.get(page.url).content.decode()
    assert "Openbare folder" in html
    assert "Interne notitie" not in html


def test_documents_page_paginates(client, home):
    collection = Collection.get_first_root_node().add_child(name="Veel")
    SiteDocumentFactory.create_batch(25, collection=collection)
    page = DocumentIndexPageFactory(parent=home, slug="veel", collection=collection)
    first = client.get(page.url).content.decode()
    assert first.count('class="document-link"') == 20
    assert "Pagina 1 van 2" in first
    second = client.get(page.url + "?pagina=2").content.decode()
    assert second.count('class="document-link"') == 5
    # A page number that is not a number falls back instead of failing.
    assert client.get(page.url + "?pagina=abc").status_code == 200
    assert client.get(page.url + "?pagina=999").status_code == 200
