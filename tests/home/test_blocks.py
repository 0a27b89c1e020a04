import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import BodyBlock, HighlightBlock
from home.factories import SiteDocumentFactory, StandardPageFactory
from home.models import SiteDocument

pytestmark = pytest.mark.django_db

ALL_BLOCKS = [*BodyBlock().child_blocks.values(), HighlightBlock()]


def test_every_block_has_a_description_and_a_preview():
    for block in ALL_BLOCKS:
        assert block.meta.description, block.name
        assert block.is_previewable, block.name


def test_admin_shows_a_preview_of_every_block(client):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)
    for block in ALL_BLOCKS:
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, block
        assert "css/site.css" in response.content.decode()


def test_a_page_with_every_block_renders_each_one(client, home):
    image = wagtail_factories.ImageFactory(title="Foto")
    document = SiteDocumentFactory(title="Folder over OCO")
    page = StandardPageFactory(parent=home, slug="alle-blokken")
    page.body = [
        ("heading", {"text": "Een tussenkop", "level": "h3"}),
        ("paragraph", "<p>Gewone <b>tekst</b>.</p>"),
        ("image", {"image": image, "alt_text": "Twee mensen aan tafel"}),
        ("documents", {"title": "Downloads", "documents": [document]}),
        (
            "call_to_action",
            {
                "title": "Doe mee",
                "text": "Klik",
                "page": home,
                "link_label": "Naar home",
            },
        ),
        ("principles", {"title": "", "principles": [{"title": "Een", "text": "Twee"}]}),
        (
            "faq",
            {"title": "Vragen", "questions": [{"question": "Wat?", "answer": "Dit."}]},
        ),
        ("contact_details", None),
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<h3>Een tussenkop</h3>" in html
    assert "<b>tekst</b>" in html
    assert 'alt="Twee mensen aan tafel"' in html
    assert f'href="{document.url}"' in html and "(PDF, " in html
    assert 'class="button" href="/">Naar home</a>' in html
    assert '<strong class="principles__title">Een</strong>' in html
    assert "<summary>Wat?</summary>" in html
    assert 'class="contact-cards"' in html and "(088) 633 06 33" in html


def test_image_block_requires_alt_text():
    image_block = BodyBlock().child_blocks["image"]
    with pytest.raises(StructBlockValidationError) as error:
        image_block.clean(
            image_block.to_python(
                {"image": wagtail_factories.ImageFactory().pk, "alt_text": ""}
            )
        )
    assert "alt_text" in str(error.value.block_errors)


def test_deleted_document_in_a_list_does_not_break_the_page(client, home):
    document = SiteDocumentFactory()
    page = StandardPageFactory(parent=home, slug="weg")
    page.body = [("documents", {"title": "", "documents": [document]})]
    page.save_revision().publish()
    SiteDocument.objects.filter(pk=document.pk).delete()
    assert client.get(page.url).status_code == 200
