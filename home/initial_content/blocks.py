"""Small helpers that write StreamField data for the initial content.

References to other pages, documents and images are named by slug or title and
resolved by the builder once everything exists.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageRef:
    slug: str


@dataclass(frozen=True)
class DocumentRef:
    title: str


@dataclass(frozen=True)
class ImageRef:
    title: str


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def principles(title, items):
    return (
        "principles",
        {"title": title, "principles": [{"title": t, "text": x} for t, x in items]},
    )


def faq(title, items):
    return (
        "faq",
        {"title": title, "questions": [{"question": q, "answer": a} for q, a in items]},
    )


def call_to_action(title, text, slug, label):
    return (
        "call_to_action",
        {"title": title, "text": text, "page": PageRef(slug), "link_label": label},
    )


def documents(title, *document_titles):
    return (
        "documents",
        {"title": title, "documents": [DocumentRef(t) for t in document_titles]},
    )


def contact_details():
    return ("contact_details", None)


def highlight(title, text, slug):
    return ("highlight", {"title": title, "text": text, "page": PageRef(slug)})
