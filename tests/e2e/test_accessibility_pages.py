"""Every public page in every language meets WCAG 2.1 AA by axe-core and
breaks no Content-Security-Policy rule; so do search results and the 404 page.

The pages come from the page tree of the site under test, so a new page or a
translation is checked without changing this test."""

from .accessibility import axe_violations, report

# The initial content has this many live, public pages in Dutch.
MINIMUM_PUBLIC_PAGES = 18


def test_the_page_tree_lists_every_public_page(public_page_paths):
    assert len(public_page_paths) >= MINIMUM_PUBLIC_PAGES
    assert {"/", "/oco-aanvragen/", "/voor-ocos/agenda/", "/toegankelijkheid/"} <= set(
        public_page_paths
    )


def test_every_public_page_passes_axe_without_csp_violations(
    site, public_page_paths, page, csp_violations
):
    problems = []
    for path in public_page_paths:
        response = page.goto(site.url(path))
        if response.status != 200:
            problems.append(f"{path}: status {response.status}")
        problems += axe_violations(page)
        problems += [f"{path}: {violation}" for violation in csp_violations]
        csp_violations.clear()

    assert problems == [], report(problems)


def test_search_results_pass_axe(site, page, csp_violations):
    page.goto(site.url("/zoeken/?q=OCO"))

    assert (
        page.get_by_role("searchbox", name="Waar zoekt u naar?").input_value() == "OCO"
    )
    assert page.locator(".search-results li").count() > 0
    assert axe_violations(page) == []
    assert csp_violations == []


def test_the_not_found_page_passes_axe(site, page, csp_violations):
    response = page.goto(site.url("/deze-pagina-bestaat-niet/"))

    assert response.status == 404
    assert page.get_by_role("heading", level=1).count() == 1
    assert axe_violations(page) == []
    assert csp_violations == []
