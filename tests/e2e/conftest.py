"""Browser tests: the site runs in its own process with its own database, so
these tests neither see nor change the database of the other tests."""

import pytest
from playwright.sync_api import sync_playwright

from . import browser as chromium
from .database import site_database
from .server import start_site


@pytest.fixture(scope="package")
def site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("e2e-site")
    with site_database(workdir) as database_url:
        site, process = start_site(workdir, database_url)
        yield site
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="package")
def browser():
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def csp_violations():
    return []


@pytest.fixture
def page(browser, csp_violations):
    """A fresh desktop-sized tab with Dutch as the browser's language. Any
    Content-Security-Policy violation is collected, so a test can fail on it."""
    context = browser.new_context(viewport=chromium.DESKTOP, locale="nl-NL")
    tab = context.new_page()
    tab.on(
        "console",
        lambda message: (
            csp_violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield tab
    context.close()


@pytest.fixture(scope="package")
def public_page_paths(site):
    """Every live, public page of the site under test, from its page tree."""
    return site.public_page_paths()
