"""Each wrong answer: a message beside its question and in the summary at the
top, the answers kept, the page title starting with "Fout:", nothing saved."""

import datetime

import pytest
from django.utils import timezone

from intake.models import Request, RequestMail

from .test_form_data import VALID, form_url, soup, submit

pytestmark = pytest.mark.django_db

LATER = timezone.localdate() + datetime.timedelta(days=400)
CASES = {
    "no contact method": (
        {"phone": "", "email": ""},
        "phone",
        "Vul een telefoonnummer of een e-mailadres in",
    ),
    "bad phone": ({"phone": "12345"}, "phone", "Nederlands telefoonnummer"),
    "bad email": ({"email": "fenna@"}, "email", "geldig e-mailadres"),
    "postcode outside Almere": (
        {"postcode": "1011 AB"},
        "postcode",
        "alleen inwoners van Almere",
    ),
    "over-long name": ({"name": "N" * 151}, "name", "te lang"),
    "over-long subject": (
        {"conversation_subject": "x" * 1001},
        "conversation_subject",
        "te lang",
    ),
    "over-long remarks": ({"remarks": "x" * 1001}, "remarks", "te lang"),
    "over-long agency": ({"agency": "x" * 201}, "agency", "te lang"),
    "no consent": ({"consent": None}, "consent", "Geef toestemming"),
    "on behalf without consent": (
        {"submitted_by": "relative", "requester_name": "Bram Buurman"},
        "on_behalf_consent",
        "Vraag eerst of de persoon",
    ),
    "on behalf without own name": (
        {"submitted_by": "professional", "on_behalf_consent": "on"},
        "requester_name",
        "Vul uw eigen naam in",
    ),
    "no preference and a wish": (
        {"no_preference": "on", "wish_language": "Arabisch"},
        "no_preference",
        "geen voorkeur",
    ),
    "no domain": ({"domains": None}, "domains", "Kies minstens één onderwerp"),
    "no name": ({"name": "  "}, "name", "Vul de naam in"),
    "date too far": (
        {"conversation_date": f"{LATER:%d-%m-%Y}"},
        "conversation_date",
        "Vul een datum in tussen",
    ),
    "unknown choice": ({"submitted_by": "robot"}, "submitted_by", "Kies een van"),
}
FIELDSETS = {"domains", "submitted_by"}
KEPT = "Mijn eigen woorden"


@pytest.fixture(params=CASES.values(), ids=CASES.keys())
def case(request, client):
    changes, field, message = request.param
    response = submit(client, **{"remarks": KEPT, **changes})
    response.sent = {**VALID, **changes}
    return response, field, message


def test_nothing_is_saved(case):
    response, _field, _message = case
    assert response.status_code == 200
    assert not Request.objects.exists()
    assert not RequestMail.objects.exists()


def test_the_message_is_beside_the_field(case):
    response, field, message = case
    page = soup(response)
    error = page.find(id=f"id_{field}_error")
    assert error is not None and message in error.get_text()
    assert "form-field--error" in error.find_parent(class_="form-field")["class"]


def test_the_message_is_in_the_summary_with_a_link_to_the_field(case):
    response, field, message = case
    page = soup(response)
    summary = page.find(class_="error-summary")
    assert summary["role"] == "alert"
    anchor = f"#id_{field}_0" if field in FIELDSETS else f"#id_{field}"
    links = [link for link in summary.find_all("a") if link["href"] == anchor]
    assert links and message in links[0].get_text()
    assert page.find(id=anchor[1:]) is not None


def test_the_field_is_marked_invalid_and_described_by_its_message(case):
    response, field, _message = case
    page = soup(response)
    if field in FIELDSETS:
        fieldset = page.find(id=f"id_{field}_0").find_parent("fieldset")
        assert f"id_{field}_error" in fieldset["aria-describedby"].split()
        assert fieldset.legend.get_text(strip=True)
        assert page.find(id=f"id_{field}_0")["aria-invalid"] == "true"
    else:
        widget = page.find(id=f"id_{field}")
        assert widget["aria-invalid"] == "true"
        assert f"id_{field}_error" in widget["aria-describedby"].split()


def test_the_title_starts_with_fout(case):
    response, _field, _message = case
    assert soup(response).title.get_text().startswith("Fout: ")


def test_the_answers_are_kept(case):
    response, field, _message = case
    page = soup(response)
    if field != "remarks":
        assert page.find(id="id_remarks").get_text(strip=True) == KEPT
    for name in ["name", "phone", "email", "postcode", "agency"]:
        assert page.find(id=f"id_{name}").get("value", "") == response.sent[name]
    if field != "domains":
        assert page.find(id="id_domains_0").has_attr("checked")
    if field != "submitted_by":
        chosen = page.find("input", attrs={"name": "submitted_by", "checked": True})
        assert chosen["value"] == response.sent["submitted_by"]


def test_the_outside_almere_message_says_where_to_go(client):
    response = submit(client, postcode="8441 AB")
    text = soup(response).find(id="id_postcode_error").get_text()
    assert "eigen gemeente" in text
    assert "gratis" in text
    assert "alleen inwoners van Almere" in text


def test_hints_are_tied_to_their_fields(client):
    page = soup(client.get(form_url()))
    phone = page.find(id="id_phone")
    assert phone["aria-describedby"] == "id_phone_helptext"
    assert page.find(id="id_phone_helptext").get_text(strip=True)
    assert "aria-invalid" not in phone.attrs


def test_groups_of_choices_are_tied_to_their_hint_and_error(client):
    shown = soup(client.get(form_url()))
    fieldset = shown.find(id="id_submitted_by_0").find_parent("fieldset")
    assert fieldset["aria-describedby"] == "id_submitted_by_helptext"
    assert "aria-describedby" not in shown.find(id="id_submitted_by_0").attrs
    assert "aria-describedby" not in (
        shown.find(id="id_contact_way_0").find_parent("fieldset").attrs
    )
    refused = soup(submit(client, domains=None))
    fieldset = refused.find(id="id_domains_0").find_parent("fieldset")
    assert fieldset["aria-describedby"] == "id_domains_helptext id_domains_error"
    name = refused.find(id="id_name")
    assert name["aria-describedby"] == "id_name_helptext"
