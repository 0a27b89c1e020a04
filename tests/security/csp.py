"""Reading a Content-Security-Policy header and a page's tags for the tests."""

from html.parser import HTMLParser


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def header_nonce(response) -> str:
    nonces = [
        value[len("'nonce-") : -1]
        for value in policy(response)["script-src"]
        if value.startswith("'nonce-")
    ]
    assert len(nonces) == 1, response["Content-Security-Policy"]
    return nonces[0]


class InlineCodeFinder(HTMLParser):
    """Collects scripts and stylesheets with their nonce, and everything
    inline that a strict policy blocks."""

    def __init__(self):
        super().__init__()
        self.scripts, self.stylesheets, self.inline = [], [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in attributes:
            if name == "style" or name.startswith("on"):
                self.inline.append(f"<{tag} {name}=...>")
        if tag == "script":
            self.scripts.append(attributes)
            if not attributes.get("src"):
                self.inline.append("<script> without src")
        elif tag == "style":
            self.inline.append("<style>")
        elif tag == "link" and attributes.get("rel") == "stylesheet":
            self.stylesheets.append(attributes)
        elif tag == "a" and (attributes.get("href") or "").startswith("javascript:"):
            self.inline.append("javascript: link")


def find_inline_code(html: str) -> InlineCodeFinder:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder
