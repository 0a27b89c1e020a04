"""A browser posts the personal page's form with the page's own Origin (the
Referrer-Policy allows it on this site), and Django's CSRF check, enforced
here as in a browser, accepts it."""

import pytest
from django.test import Client

from pool.models import Declaration

from .declaration_page import form_data, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def test_the_form_is_accepted_with_csrf_checks_on(declaration_page, declarant):
    browser = Client(enforce_csrf_checks=True)
    url = personal_url(declarant)
    page = browser.get(url)
    assert page["Referrer-Policy"] == "same-origin"
    token = soup(page).find("input", {"name": "csrfmiddlewaretoken"})["value"]
    data = {**form_data(declarant), "csrfmiddlewaretoken": token}

    response = browser.post(url, data, HTTP_ORIGIN="http://testserver")

    assert response.status_code == 302
    assert Declaration.objects.filter(member=declarant).count() == 1


def test_a_post_from_another_site_is_refused(declaration_page, declarant):
    browser = Client(enforce_csrf_checks=True)
    url = personal_url(declarant)
    token = soup(browser.get(url)).find("input", {"name": "csrfmiddlewaretoken"})
    data = {**form_data(declarant), "csrfmiddlewaretoken": token["value"]}

    response = browser.post(url, data, HTTP_ORIGIN="null")

    assert response.status_code == 403
    assert not Declaration.objects.filter(member=declarant).exists()
