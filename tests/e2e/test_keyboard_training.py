"""A volunteer registers for a training with the keyboard alone and cancels
through the link in the confirmation mail (WCAG 2.1.1, 2.4.3, 2.4.7)."""

import re
import uuid

from playwright.sync_api import expect

from .keyboard import (
    assert_focus_visible,
    in_viewport,
    is_focused,
    shift_tab,
    tab,
    tab_to,
)

CANCEL_LINK = re.compile(r"https?://\S+/sessies/afmelden/[^/\s]+/")
PLACES_LEFT = re.compile(r"Nog (\d+) plaats(?:en)? vrij")


def places_left(page) -> int:
    facts = page.locator(".agenda-facts").first.inner_text()
    match = PLACES_LEFT.search(facts)
    assert match, f"No free places shown: {facts}"
    return int(match.group(1))


def cancel_link(mail) -> str:
    body = mail.get_body(preferencelist=("plain",)).get_content()
    match = CANCEL_LINK.search(body)
    assert match, f"No cancel link in the mail: {body}"
    return match.group(0)


def test_a_volunteer_registers_for_a_training_and_cancels_by_keyboard(
    site, page, csp_violations
):
    email = f"vrijwilliger-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(site.url("/voor-ocos/agenda/"))

    # Show the trainings only: the filter is a select, chosen with the arrows.
    kind = page.get_by_label("Soort sessie")
    tab_to(page, kind)
    while kind.input_value() != "training":
        page.keyboard.press("ArrowDown")
    tab(page)
    assert is_focused(page.get_by_role("button", name="Toon sessies"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?soort=training"))
    expect(page.get_by_role("heading", name=re.compile("^Sessies: "))).to_be_attached()

    # The first training with free places; Shift+Tab back once on the way.
    trainings = page.locator(".agenda-item").filter(has_text=PLACES_LEFT)
    training = trainings.first.get_by_role("link")
    title = training.inner_text()
    tab_to(page, training)
    shift_tab(page)
    assert not is_focused(training)
    tab(page)
    assert is_focused(training)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    free_before = places_left(page)

    # Register: the fields follow their labels, the button comes last.
    name = page.get_by_label("Uw naam")
    tab_to(page, name)
    page.keyboard.type("Robin Jansen")
    tab(page)
    assert is_focused(page.get_by_label("Uw e-mailadres"))
    page.keyboard.type(email.replace("@", " at "))
    register = page.get_by_role("button", name="Aanmelden")
    tab(page)
    assert is_focused(register)
    page.keyboard.press("Enter")

    # A mistyped address: the summary has the focus, its link leads to the field.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    assert_focus_visible(page)
    assert page.title().startswith("Fout: ")
    email_field = page.get_by_label("Uw e-mailadres")
    expect(email_field).to_have_attribute("aria-invalid", "true")
    assert "id_email_error" in email_field.get_attribute("aria-describedby").split()
    tab(page)
    assert is_focused(summary.get_by_role("link"))
    page.keyboard.press("Enter")
    expect(email_field).to_be_focused()
    assert_focus_visible(page)
    assert in_viewport(page.locator("label[for=id_email]"))
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(email)
    tab(page)
    assert is_focused(register)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("U bent aangemeld")
    expect(page.get_by_text(email)).to_be_visible()
    mails = site.mails_to(email)
    assert len(mails) == 1, "No confirmation mail"

    # The link in the mail opens the page to cancel; the button does it.
    page.goto(cancel_link(mails[0]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Afmelden")
    cancel = page.get_by_role("button", name="Ja, meld mij af")
    tab_to(page, cancel)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("U bent afgemeld")
    expect(page.get_by_role("status")).to_contain_text(title)

    # The place is free again, as the session's page shows.
    back = page.get_by_role("main").get_by_role(
        "link", name="Bekijk deze sessie in de agenda"
    )
    tab_to(page, back)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert places_left(page) == free_before
    assert csp_violations == []
