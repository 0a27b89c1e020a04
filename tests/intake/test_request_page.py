"""The request page as a resident sees it: the form on its own URL, the
texts around it, MEE's contact details, and answers that are never cached."""

import pytest
from django.test import Client

from home.models import ContactSettings
from intake.models import RequestPage

from .test_form_data import form_url, soup, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    return RequestPage.objects.get()


@pytest.fixture
def shown(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response


def test_the_form_page_is_never_cached(shown):
    cache_control = shown["Cache-Control"]
    for directive in ["no-cache", "no-store", "must-revalidate", "private"]:
        assert directive in cache_control
    assert "Cookie" in shown["Vary"]
    assert soup(shown).find("input", attrs={"name": "csrfmiddlewaretoken"})


def test_a_post_without_csrf_token_is_refused(page):
    client = Client(enforce_csrf_checks=True)
    response = client.post(page.url, {"name": "x"})
    assert response.status_code == 403


def test_only_get_and_post_are_allowed(client, page):
    assert client.put(page.url).status_code == 405


def test_the_page_shows_the_editors_texts(shown, page):
    html = shown.content.decode()
    assert soup(shown).h1.get_text() == page.title
    assert "Vul dan dit formulier in" in html
    assert "MEE IJsseloevers" in html


def test_mee_contact_details_come_from_the_site_settings(client, page, site):
    settings = ContactSettings.for_site(site)
    settings.mee_phone = "(088) 111 22 33"
    settings.mee_email = "mee@example.org"
    settings.mee_website = "https://mee.example.org"
    settings.save()
    mee = soup(client.get(page.url)).find(class_="request-page__mee")
    text = mee.get_text(" ")
    assert "(088) 111 22 33" in text
    assert mee.find("a", href="tel:+31881112233")
    assert mee.find("a", href="mailto:mee@example.org")
    assert mee.find("a", href="https://mee.example.org")


def test_the_consent_hint_links_to_the_privacy_statement(shown, page):
    html = soup(shown)
    label = html.find("label", attrs={"for": "id_consent"})
    assert label.find("a") is None
    hint = html.find(id="id_consent_helptext")
    link = hint.find("a")
    assert link["href"] == page.privacy_page.url
    assert link["target"] == "_blank"
    assert link["rel"] == ["noopener"]
    assert "(opent in een nieuw tabblad)" in link.get_text()
    assert "id_consent_helptext" in html.find(id="id_consent")["aria-describedby"]


def test_every_question_has_a_label_or_legend(shown):
    page = soup(shown)
    form = page.find("form", class_="request-form")
    for field in form.find_all(["input", "textarea", "select"]):
        if field.get("type") in ("hidden", "submit"):
            continue
        assert page.find("label", attrs={"for": field["id"]}), field["id"]
    for fieldset in form.find_all("fieldset"):
        assert fieldset.legend.get_text(strip=True)


def test_personal_questions_have_autocomplete(shown):
    page = soup(shown)
    # The requester's own name, and the details of the person who wants an OCO.
    expected = {"requester_name": "name", "name": "name", "phone": "tel"}
    expected.update(email="email", postcode="postal-code")
    for field, token in expected.items():
        assert page.find(id=f"id_{field}")["autocomplete"] == token
    assert page.find(id="id_phone")["type"] == "tel"


def test_the_remarks_have_a_maximum_length_in_the_browser(shown):
    assert soup(shown).find(id="id_remarks")["maxlength"] == "1000"


def test_no_error_summary_and_a_plain_title_at_first(shown):
    page = soup(shown)
    assert page.find(class_="error-summary") is None
    assert not page.title.get_text().startswith("Fout")


def test_thank_you_page_without_a_request_redirects_to_the_form(client):
    response = client.get(form_url() + "bedankt/")
    assert response.status_code == 302
    assert response["Location"] == form_url()


def test_the_thank_you_page_is_never_cached(client):
    response = client.get(submit(client)["Location"])
    assert "no-store" in response["Cache-Control"]


def test_the_page_uses_no_javascript_to_work(shown):
    # The questions for someone asking on another's behalf are in the HTML,
    # visible; site.js may hide them, but the form needs no script.
    block = soup(shown).find(attrs={"data-on-behalf": True})
    assert not block.has_attr("hidden")
    assert block.find(id="id_requester_name")


def hint(shown, name):
    return soup(shown).find(id=f"id_{name}_helptext").get_text(" ", strip=True)


def test_the_contact_hints_say_whose_number_and_address_are_meant(shown):
    assert "iemand anders" in hint(shown, "phone")
    assert "degene die wij mogen bellen" in hint(shown, "phone")
    assert "iemand anders" in hint(shown, "email")
    assert "degene die wij mogen mailen" in hint(shown, "email")
    heading = soup(shown).find(id="section-contact").get_text()
    assert heading == "Naam en contactgegevens"


def test_words_residents_may_not_know_are_explained(shown):
    assert "onafhankelijke cliëntondersteuner" in hint(shown, "submitted_by")
    assert "gratis" in hint(shown, "submitted_by")
    domains = hint(shown, "domains")
    assert "Wmo is" in domains
    assert "Passend onderwijs is" in domains


def test_the_plain_dutch_wording(shown):
    page = soup(shown)
    text = page.get_text(" ", strip=True)
    for phrase in [
        "Ik vraag een OCO aan voor mezelf",
        "Ik vraag een OCO aan voor iemand anders",
        "Ik vraag als professional een OCO aan voor een cliënt",
        "De persoon voor wie ik dit invul weet hiervan en vindt het goed",
        "Hoe wilt u dat wij contact met u opnemen?",
        "gesprekken met organisaties",
        "Niet meer dan 1000 tekens.",
    ]:
        assert phrase in text, phrase
    for wrong in ["invul, weet", "instanties", "dat dat", "oogstens"]:
        assert wrong not in page.find("form", class_="request-form").get_text()
