"""The browser tests' own setup: the site answers in Chromium and sends mail."""


def test_the_home_page_opens_in_chromium_in_dutch(site, page, csp_violations):
    response = page.goto(site.url("/"))

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1
    assert csp_violations == []
