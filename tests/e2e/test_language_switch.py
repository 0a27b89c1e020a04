"""A resident who reads English switches from the Dutch home page to the
English one with the keyboard only and finds the request form in English."""

from playwright.sync_api import expect


def tab_to(page, name, limit=40):
    """Press Tab until the link named `name` has the focus."""
    for _press in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        if focused == name:
            return
    raise AssertionError(f"{name!r} not reached with Tab")


def test_switch_to_english_by_keyboard(site, page, csp_violations):
    page.goto(site.url("/"))
    assert page.locator("html").get_attribute("lang") == "nl"

    switch = page.get_by_role("link", name="English")
    assert switch.get_attribute("hreflang") == "en"
    assert switch.get_attribute("lang") == "en"
    tab_to(page, "English")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/en/"))

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Nederlands").get_attribute("lang") == "nl"
    tab_to(page, "Ask for an OCO")
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/en/request-an-oco/"))

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Ask for an OCO"
    expect(
        page.get_by_label("What is the name of the person who wants an OCO?")
    ).to_be_visible()
    page.get_by_role("button", name="Send request").focus()
    page.keyboard.press("Enter")
    expect(
        page.get_by_role("heading", name="Your request has not been sent yet")
    ).to_be_visible()
    expect(
        page.get_by_role(
            "link", name="Fill in the name of the person who wants an OCO."
        )
    ).to_be_visible()
    assert csp_violations == []
