"""The public forms meet WCAG 2.1 AA by axe-core when they show errors too."""

from .accessibility import axe_violations, report


def test_the_request_form_with_errors_passes_axe(site, page, csp_violations):
    page.goto(site.url("/oco-aanvragen/"))
    page.get_by_label("Postcode (niet verplicht)").fill("9999 ZZ")
    page.get_by_role("button", name="Aanvraag versturen").click()

    assert page.locator(".error-summary").is_visible()
    problems = axe_violations(page)
    assert problems == [], report(problems)
    assert csp_violations == []


def test_the_feedback_form_with_errors_passes_axe(site, page, csp_violations):
    page.goto(site.url("/voor-professionals/feedback-geven/"))
    page.get_by_role("button", name="Reactie versturen").click()

    assert page.locator(
        ".error-summary, .form-field--error, .errorlist"
    ).first.is_visible()
    problems = axe_violations(page)
    assert problems == [], report(problems)
    assert csp_violations == []
