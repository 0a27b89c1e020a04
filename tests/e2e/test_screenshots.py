"""Screenshots of the home page, the request form and the agenda on a phone
and on a desktop, full page, for the documentation (`make screenshots`
writes them to docs/screenshots/)."""

import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from . import browser as chromium
from .server import ROOT
from .sessions import add_training

PAGES = {
    "home": "/",
    "request-form": "/oco-aanvragen/",
    "agenda": "/voor-ocos/agenda/",
}
SIZES = {"phone": chromium.PHONE, "desktop": chromium.DESKTOP}


@pytest.fixture(scope="module")
def screenshot_dir():
    folder = Path(
        os.environ.get("OCO_SCREENSHOT_DIR") or ROOT / "build" / "screenshots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def agenda_with_a_training(site):
    add_training(site, title="Training: het eerste gesprek")


def make_small(path: Path):
    """64 colours are plenty for text and flat colours, and make the file a
    third of the size."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64)
    small.save(path, optimize=True)


def png_width(path: Path) -> int:
    """The width in the PNG's header (IHDR, right after the signature)."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">I", header[16:20])[0]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_a_full_page_screenshot_is_saved(
    site, browser, screenshot_dir, agenda_with_a_training, name, size
):
    context = browser.new_context(viewport=SIZES[size], locale="nl-NL")
    try:
        tab = context.new_page()
        tab.goto(site.url(PAGES[name]))
        path = screenshot_dir / f"{name}-{size}.png"
        path.unlink(missing_ok=True)

        tab.screenshot(path=path, full_page=True)
    finally:
        context.close()
    make_small(path)

    assert png_width(path) == SIZES[size]["width"]
