"""Reflow checks (WCAG 1.4.10 and 1.4.4): nothing scrolls sideways and no
visible content is cut off, at 320 CSS pixels wide and with larger text."""

from pathlib import Path

FIND_REFLOW_PROBLEMS = (Path(__file__).parent / "reflow.js").read_text()


def reflow_problems(page) -> list[str]:
    return page.evaluate(FIND_REFLOW_PROBLEMS)


def double_text_size(page):
    """The browser's own text size setting at 200 % (Chromium's defaults are
    16 px for normal and 13 px for fixed-width text)."""
    session = page.context.new_cdp_session(page)
    session.send("Page.enable")
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    return session
