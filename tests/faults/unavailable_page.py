"""What a visitor sees when the database is busy or unreachable."""

from bs4 import BeautifulSoup


def assert_unavailable_page(response):
    """503 with Retry-After, in the site's layout, in Dutch: nothing was
    saved, try again in a few minutes. No stack trace, no English, nothing
    inline that a strict Content Security Policy would block."""
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "nl"
    assert page.find("a", class_="skip-link")["href"] == "#inhoud"
    assert page.find("link", rel="stylesheet")
    assert page.find("main", id="inhoud")
    assert page.find("h1").get_text() == "Het lukt even niet"
    text = page.get_text(" ", strip=True)
    assert "Dan is er niets opgeslagen." in text
    assert "Probeer het over een paar minuten opnieuw." in text
    for english in ("Traceback", "Error", "locked", "Service Unavailable"):
        assert english not in html
    assert not page.find(["style", "script"])
    assert not page.find(style=True)
