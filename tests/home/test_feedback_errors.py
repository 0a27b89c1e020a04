"""Bad input: a Dutch error summary that links to each question and gets the
focus, errors tied to their inputs, the values kept, and nothing stored."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from home.models import FeedbackFormField

from .feedback import field_names, form_page, soup, submit

pytestmark = pytest.mark.django_db

WORK = "Wat voor werk doet u?"
COLLABORATION = "Hoe ging de samenwerking met de OCO?"
EMAIL = "Uw e-mailadres"
WENT_WELL = "Wat ging goed?"


def bad_response(client):
    return submit(
        client, **{WORK: "", COLLABORATION: None, EMAIL: "geen-adres", WENT_WELL: "x"}
    )


def test_errors_are_summarised_in_dutch_and_nothing_is_stored(client):
    response = bad_response(client)
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    html = soup(response)
    assert html.title.get_text().startswith("Fout: ")
    summary = html.find(class_="error-summary")
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    assert summary.has_attr("data-error-summary")
    assert "Uw reactie is nog niet verstuurd" in summary.h2.get_text()
    links = {a["href"]: a.get_text() for a in summary.find_all("a")}
    names = field_names()
    assert links == {
        f"#id_{names[WORK]}": "Wat voor werk doet u? Kies een antwoord.",
        f"#id_{names[COLLABORATION]}_0": (
            "Hoe ging de samenwerking met de OCO? Kies een antwoord."
        ),
        f"#id_{names[EMAIL]}": (
            "Uw e-mailadres: Vul een e-mailadres in, zoals naam@voorbeeld.nl."
        ),
    }
    for href in links:
        assert html.find(id=href[1:]) is not None


def test_each_error_is_tied_to_its_input(client):
    html = soup(bad_response(client))
    name = field_names()[EMAIL]
    field = html.find(id=f"id_{name}")
    assert field["aria-invalid"] == "true"
    assert field["aria-describedby"] == f"id_{name}_helptext id_{name}_error"
    error = html.find(id=f"id_{name}_error")
    assert "Fout:" in error.find(class_="visually-hidden").get_text()
    group = html.find(id=f"id_{field_names()[COLLABORATION]}_0").find_parent("fieldset")
    assert f"id_{field_names()[COLLABORATION]}_error" in group["aria-describedby"]


def test_what_was_typed_is_kept(client):
    html = soup(bad_response(client))
    names = field_names()
    assert html.find(id=f"id_{names[EMAIL]}")["value"] == "geen-adres"
    assert html.find(id=f"id_{names[WENT_WELL]}").get_text().strip() == "x"
    chosen = html.find_all(
        "input", attrs={"name": names["Waar ging het gesprek over?"]}
    )
    assert [box["value"] for box in chosen if box.has_attr("checked")] == [
        "Wmo",
        "Jeugd",
    ]


def test_a_too_long_answer_gets_a_plain_message(client):
    response = submit(client, **{WENT_WELL: "a" * 2001})
    assert not FormSubmission.objects.exists()
    summary = soup(response).find(class_="error-summary").get_text()
    assert "Deze tekst is te lang: gebruik niet meer dan 2000 tekens (nu 2001)." in (
        summary
    )


def test_an_answer_that_is_not_on_the_list_is_refused(client):
    response = submit(client, **{WORK: "Directeur"})
    assert not FormSubmission.objects.exists()
    assert (
        "Kies een van de antwoorden uit de lijst."
        in soup(response).find(class_="error-summary").get_text()
    )


def test_a_page_without_errors_has_no_summary_and_a_plain_title(client):
    html = soup(client.get(form_page().url))
    assert html.find(class_="error-summary") is None
    assert not html.title.get_text().startswith("Fout")


def test_an_error_on_a_hidden_question_is_listed_without_a_link(client):
    """A hidden question (set by the editor) cannot be reached: its error is
    in the summary as text, and nothing is stored."""
    FeedbackFormField.objects.create(
        page=form_page(), label="Bron", field_type="hidden", required=True
    )
    response = submit(client)
    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    summary = soup(response).find(class_="error-summary")
    items = [item for item in summary.find_all("li") if item.find("a") is None]
    assert [item.get_text(strip=True) for item in items] == [
        "Bron: Vul hier uw antwoord in."
    ]
    assert summary.find_all("a") == []
