import pytest

from home.models import ContactSettings
from home.models.site_settings import tel_href

pytestmark = pytest.mark.django_db


def test_footer_shows_contact_details_of_oco_almere_and_mee(client):
    html = client.get("/over-oco-almere/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert 'href="tel:+31362002158">(036) 200 21 58</a>' in footer
    assert 'href="mailto:info@ocoalmere.nl"' in footer
    assert 'href="tel:+31886330633">(088) 633 06 33</a>' in footer
    assert 'href="mailto:info@meeijsseloevers.nl"' in footer
    assert 'href="https://www.meevoormij.nl"' in footer


def test_changed_settings_appear_on_every_page(client, site):
    settings = ContactSettings.for_site(site)
    settings.oco_phone = "(036) 123 45 67"
    settings.save()
    for path in ("/", "/documenten/", "/zoeken/?q=oco"):
        assert "(036) 123 45 67" in client.get(path).content.decode()


def test_footer_lists_the_statements(client):
    footer = client.get("/").content.decode().split("<footer")[1]
    assert 'href="/privacyverklaring/"' in footer
    assert 'href="/toegankelijkheid/"' in footer


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("(036) 200 21 58", "+31362002158"),
        ("088-6330633", "+31886330633"),
        ("+31 36 200 21 58", "+31362002158"),
        ("0031 36 200 21 58", "+31362002158"),
    ],
)
def test_phone_numbers_become_international_links(written, href):
    assert tel_href(written) == href
