"""Zoom and small screens (WCAG 1.4.10 reflow, 1.4.4 resize text): on every
public page nothing scrolls sideways and no content is cut off, at 320 CSS
pixels wide, with the browser's text size at 200 % on a phone, and at 200 %
page zoom of a 1280 pixel window."""

import pytest

from . import browser as chromium
from .reflow import double_text_size, reflow_problems
from .sessions import add_training

PHONE_AT_DOUBLE_TEXT = {"viewport": chromium.PHONE}
ZOOMED_TO_200_PERCENT = {
    "viewport": {
        "width": chromium.DESKTOP["width"] // 2,
        "height": chromium.DESKTOP["height"] // 2,
    },
    "device_scale_factor": 2,
}


@pytest.fixture(scope="module")
def paths_to_check(site, public_page_paths):
    """The public pages, search results, the 404 page, and the title of a
    session to open from the agenda."""
    title = add_training(site)
    return [*public_page_paths, "/zoeken/?q=OCO", "/deze-pagina-bestaat-niet/"], title


def problems_on_every_page(site, tab, paths_and_title):
    paths, title = paths_and_title
    problems = []
    for path in paths:
        tab.goto(site.url(path))
        problems += [f"{path}: {problem}" for problem in reflow_problems(tab)]
    tab.goto(site.url("/voor-ocos/agenda/"))
    tab.get_by_role("link", name=title).click()
    problems += [f"{title}: {problem}" for problem in reflow_problems(tab)]
    tab.goto(site.url("/oco-aanvragen/"))
    tab.get_by_role("button", name="Aanvraag versturen").click()
    problems += [
        f"request form with errors: {problem}" for problem in reflow_problems(tab)
    ]
    return problems


@pytest.fixture
def open_tab(browser):
    contexts = []

    def open_with(**options):
        context = browser.new_context(locale="nl-NL", **options)
        contexts.append(context)
        return context.new_page()

    yield open_with
    for context in contexts:
        context.close()


def test_nothing_scrolls_sideways_or_is_cut_off_at_320_pixels(
    site, paths_to_check, open_tab
):
    tab = open_tab(viewport=chromium.NARROWEST)

    problems = problems_on_every_page(site, tab, paths_to_check)

    assert problems == [], "\n".join(problems)


def test_nothing_scrolls_sideways_or_is_cut_off_with_double_text_on_a_phone(
    site, paths_to_check, open_tab
):
    tab = open_tab(**PHONE_AT_DOUBLE_TEXT)
    double_text_size(tab)
    tab.goto(site.url("/"))
    normal_size = tab.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert normal_size == pytest.approx(36)  # body text is 1.125rem

    problems = problems_on_every_page(site, tab, paths_to_check)

    assert problems == [], "\n".join(problems)


def test_nothing_scrolls_sideways_or_is_cut_off_at_200_percent_zoom(
    site, paths_to_check, open_tab
):
    tab = open_tab(**ZOOMED_TO_200_PERCENT)

    problems = problems_on_every_page(site, tab, paths_to_check)

    assert problems == [], "\n".join(problems)
