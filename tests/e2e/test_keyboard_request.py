"""A resident asks for an OCO with the keyboard alone: from the home page to
the request form, a mistake, the error summary, the correction and the
confirmation (WCAG 2.1.1, 2.4.3, 2.4.7, 3.3.1, 3.3.3)."""

import re
import time
import uuid

from django.conf import settings
from playwright.sync_api import expect

from .keyboard import (
    active_id,
    assert_focus_visible,
    in_viewport,
    is_focused,
    shift_tab,
    tab,
    tab_to,
)

# Names of the controls in the order of their labels on the screen, skipping
# what nobody can reach (the spam trap) and what is hidden.
LABELLED_CONTROLS_JS = """
form => {
    const names = [];
    let lastTop = -Infinity, inOrder = true;
    for (const label of form.querySelectorAll("label[for], legend")) {
        const control = label.tagName === "LEGEND"
            ? label.parentElement.querySelector("input")
            : document.getElementById(label.htmlFor);
        if (!control || control.tabIndex < 0) continue;
        if (control.closest("[aria-hidden=true]")) continue;
        if (!label.getClientRects().length) continue;
        const top = label.getBoundingClientRect().top + window.scrollY;
        if (top < lastTop) inOrder = false;
        lastTop = top;
        if (names[names.length - 1] !== control.name) names.push(control.name);
    }
    return {names, inOrder};
}
"""


def focused_name(page):
    return page.evaluate("() => document.activeElement.name || ''")


def test_a_resident_asks_for_an_oco_with_the_keyboard_alone(site, page, csp_violations):
    email = f"inwoner-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(site.url("/"))

    # The skip link is the first stop and moves the focus to the content.
    tab(page)
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    assert is_focused(skip_link)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "inhoud"
    tab(page)
    assert page.evaluate("() => !!document.activeElement.closest('main')")

    # From the content, Tab reaches the link for asking an OCO.
    ask = page.get_by_role("main").get_by_role("link", name="Vraag een OCO aan")
    tab_to(page, ask.first)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/oco-aanvragen/$"))
    shown_at = time.monotonic()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    form = page.locator("form.request-form")
    order = form.evaluate(LABELLED_CONTROLS_JS)
    assert order["inOrder"], "The questions are not shown in the order of the form"

    # Fill in everything but the name, with a mistyped e-mail address.
    first_answer = page.get_by_role("radio", name="Ik vraag een OCO aan voor mezelf")
    tab_to(page, first_answer)
    tabbed = [focused_name(page)]
    page.keyboard.press("Space")
    assert first_answer.is_checked()
    tab(page)
    assert is_focused(page.get_by_label("Wat is de naam van de persoon"))
    tabbed.append(focused_name(page))
    tab(page)
    tabbed.append(focused_name(page))
    page.keyboard.type("06 12345678")
    tab(page)
    tabbed.append(focused_name(page))
    assert is_focused(page.get_by_label(re.compile("^E-mailadres")))
    page.keyboard.type("inwoner-at-example.org")

    # Back once with Shift+Tab: the phone number, as typed.
    shift_tab(page)
    assert active_id(page) == "id_phone"
    tab(page)
    assert active_id(page) == "id_email"

    # Tab on to the end of the form, answering the two required questions.
    submit = page.get_by_role("button", name="Aanvraag versturen")
    while not is_focused(submit):
        tab(page)
        name = focused_name(page)
        if name and name != tabbed[-1]:
            tabbed.append(name)
        if active_id(page) in ("id_domains_0", "id_consent"):
            page.keyboard.press("Space")
    expected = [name for name in order["names"] if name in tabbed]
    assert tabbed == expected, "Tab does not follow the order of the questions"
    assert tabbed == order["names"]

    # A person needs a moment to fill in the form; a robot does not (the
    # site refuses a form sent faster than INTAKE_MIN_FILL_SECONDS).
    page.wait_for_timeout(
        max(0, settings.INTAKE_MIN_FILL_SECONDS + 1 - (time.monotonic() - shown_at))
        * 1000
    )
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    # The error summary has the focus, is announced and lists both mistakes.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    assert_focus_visible(page)
    assert summary.get_attribute("role") == "alert"
    assert summary.get_attribute("tabindex") == "-1"
    assert page.title().startswith("Fout: ")
    links = summary.get_by_role("link")
    expect(links).to_have_count(2)
    expect(links.nth(0)).to_have_attribute("href", "#id_name")
    expect(links.nth(1)).to_have_attribute("href", "#id_email")

    for field_id in ("id_name", "id_email"):
        field = page.locator(f"#{field_id}")
        expect(field).to_have_attribute("aria-invalid", "true")
        described = field.get_attribute("aria-describedby").split()
        assert f"{field_id}_error" in described
        expect(page.locator(f"#{field_id}_error")).to_be_visible()

    # Each link in the summary brings the focus to its question.
    tab(page)
    assert is_focused(links.nth(0))
    page.keyboard.press("Enter")
    expect(page.locator("#id_name")).to_be_focused()
    assert_focus_visible(page)
    assert in_viewport(page.locator("label[for=id_name]")), "The question is hidden"
    page.keyboard.type("Sam de Vries")

    shift_tab(page)  # back through the page to the second link
    while not is_focused(links.nth(1)):
        shift_tab(page)
    page.keyboard.press("Enter")
    expect(page.locator("#id_email")).to_be_focused()
    assert_focus_visible(page)
    assert in_viewport(page.locator("label[for=id_email]")), "The question is hidden"
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(email)

    # The rest of what was given is still there: send the form again.
    assert page.get_by_role("checkbox", name=re.compile("^Wmo")).is_checked()
    tab_to(page, submit)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/oco-aanvragen/bedankt/$"))
    expect(page.locator(".request-reference__code")).to_have_text(re.compile(r"\S{4,}"))
    assert not page.title().startswith("Fout")
    assert site.mails_to(email), "No confirmation mail to the resident"
    assert csp_violations == []
