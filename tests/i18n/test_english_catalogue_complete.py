"""Nothing Dutch on the English pages: every string the templates and the
request form look up while an English page is shown has an English
translation in the catalogue, and the text a visitor reads has no Dutch."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from tests.intake.test_form_data import valid_data

from .conftest import ENGLISH_PAGES, visible_text

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR, "locale/en/LC_MESSAGES/django.po")
# Words that are in almost every Dutch sentence and in no English one.
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|uw|wij|niet|voor|naar|van|met|bij|ook|aanvraag|verstuurd)\b",
    re.IGNORECASE,
)
# Names that stay as they are in English.
NAMES = re.compile(r"MEE IJsseloevers|OCO Almere|Nederlands")


@pytest.fixture
def looked_up(monkeypatch):
    """Every message id translated while the test runs."""
    seen = set()
    for name in ("gettext", "pgettext"):
        original = getattr(translation._trans, name)

        def record(*args, original=original):
            seen.add(args[-1])
            return original(*args)

        monkeypatch.setattr(translation._trans, name, record)
    return seen


def english_data(**changes):
    # What the resident types is shown again as typed: here in English.
    return valid_data(conversation_subject="A meeting about help at home.", **changes)


def english_responses(client):
    """Every English page, the form with errors, and its thank-you page."""
    responses = [client.get(path) for path in ENGLISH_PAGES]
    form = "/en/request-an-oco/"
    responses.append(
        client.post(form, english_data(name="", phone="1", email="x", consent=None))
    )
    responses.append(client.post(form, english_data(submitted_by="relative")))
    sent = client.post(form, english_data())
    responses.append(client.get(sent["Location"]))
    return responses


def test_every_string_looked_up_on_english_pages_is_translated(
    english, client, looked_up
):
    english_responses(client)
    catalogue = polib.pofile(str(CATALOGUE))
    ours = {entry.msgid: entry.msgstr for entry in catalogue}
    untranslated = sorted(
        msgid for msgid in looked_up if msgid in ours and not ours[msgid]
    )
    assert untranslated == []
    # The lookup saw the form's questions and the base template's texts.
    assert "Wat is de naam van de persoon die een OCO wil?" in looked_up
    assert "Naar de inhoud" in looked_up


def test_the_text_on_english_pages_has_no_dutch(english, client):
    for response in english_responses(client):
        assert response.status_code == 200
        text = NAMES.sub("", visible_text(response))
        assert DUTCH_WORDS.findall(text) == [], response.wsgi_request.path
