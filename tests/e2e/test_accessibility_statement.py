"""The accessibility statement says how the site is tested, in plain Dutch."""


def test_the_statement_says_how_the_site_is_tested(site, page, csp_violations):
    page.goto(site.url("/toegankelijkheid/"))

    assert page.get_by_role("heading", level=2, name="Hoe wij dit testen").is_visible()
    text = page.get_by_role("main").inner_text()
    assert "axe" in text
    assert "Chromium" in text
    assert "WCAG 2.1 niveau A en AA" in text
    assert "alleen het toetsenbord" in text
    assert "een OCO aanvragen" in text
    assert "afmelden voor een training" in text
    assert "320 pixels breed" in text
    assert "200 procent" in text
    assert page.get_by_role(
        "heading", level=2, name="Wat nog niet goed is"
    ).is_visible()
    assert csp_violations == []
