"""The agenda, a session's registration form (also with errors), the
confirmation and the cancel pages meet WCAG 2.1 AA by axe-core."""

import re

from .accessibility import axe_violations, report
from .sessions import add_training, unique_email

CANCEL_LINK = re.compile(r"https?://\S+/sessies/afmelden/\S+/")


def assert_passes_axe(page, csp_violations):
    problems = axe_violations(page)
    assert problems == [], report(problems)
    assert csp_violations == []


def test_registering_and_cancelling_pass_axe_on_every_step(site, page, csp_violations):
    title = add_training(site)
    email = unique_email("deelnemer")

    page.goto(site.url("/voor-ocos/agenda/"))
    assert_passes_axe(page, csp_violations)

    page.get_by_role("link", name=title).click()
    assert page.get_by_role("heading", level=1, name=title).is_visible()
    assert_passes_axe(page, csp_violations)

    page.get_by_role("button", name="Aanmelden").click()
    assert page.get_by_text("Vul uw naam in.").first.is_visible()
    assert_passes_axe(page, csp_violations)

    page.get_by_label("Uw naam").fill("Robin de Vries")
    page.get_by_label("Uw e-mailadres").fill(email)
    page.get_by_role("button", name="Aanmelden").click()
    assert page.get_by_role("heading", level=1, name="U bent aangemeld").is_visible()
    assert_passes_axe(page, csp_violations)

    [mail] = site.mails_to(email)
    page.goto(CANCEL_LINK.search(mail.get_body(("plain",)).get_content()).group(0))
    assert_passes_axe(page, csp_violations)

    page.get_by_role("button", name="Ja, meld mij af").click()
    assert page.get_by_role("heading", level=1).is_visible()
    assert_passes_axe(page, csp_violations)
