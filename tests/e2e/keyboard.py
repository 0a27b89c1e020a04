"""Moving through a page with the keyboard alone, checking at every stop that
the focus can be seen (WCAG 2.4.7) and is on the screen.

A focus indicator counts as visible when the focused element has an outline
or a box shadow at least 2 px wide whose colour differs at least 3:1 from the
background behind it, or when focusing changed its background or border."""

from pathlib import Path

from playwright.sync_api import Locator, Page

MAX_TAB_STOPS = 80

FOCUS_STATE_JS = (Path(__file__).parent / "focus_state.js").read_text()

# The same element's background and border when it does not have the focus.
UNFOCUSED_LOOK_JS = """
() => {
    const element = document.activeElement;
    element.blur();
    const style = getComputedStyle(element);
    const look = {
        background: style.backgroundColor,
        border: style.borderColor + " " + style.borderWidth,
    };
    element.focus();
    return look;
}
"""


def focus_state(page: Page) -> dict | None:
    return page.evaluate(FOCUS_STATE_JS)


def assert_focus_visible(page: Page) -> dict:
    """The focused element shows a clear focus indicator and is on the screen."""
    state = focus_state(page)
    assert state is not None, "Nothing has the focus"
    clear_outline = (
        state["outline"]
        and state["outlineWidth"] >= 2
        and state["outlineContrast"] >= 3
    )
    clear_shadow = state["shadowSpread"] >= 2 and state["shadowContrast"] >= 3
    if not (clear_outline or clear_shadow):
        unfocused = page.evaluate(UNFOCUSED_LOOK_JS)
        changed = (
            unfocused["background"] != state["background"]
            or unfocused["border"] != state["border"]
        )
        assert changed, f"No visible focus indicator on {state}"
    assert state["inViewport"], f"The focused element is off screen: {state}"
    return state


def is_focused(locator: Locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def press(page: Page, key: str) -> dict:
    """Press a key that moves the focus, then check the new focus."""
    page.keyboard.press(key)
    return assert_focus_visible(page)


def tab(page: Page) -> dict:
    return press(page, "Tab")


def shift_tab(page: Page) -> dict:
    return press(page, "Shift+Tab")


def tab_to(page: Page, target: Locator, limit: int = MAX_TAB_STOPS) -> list[str]:
    """Tab until the target has the focus (if it has not already), checking
    every stop on the way; returns what had the focus at each stop."""
    stops = []
    for _ in range(limit):
        if is_focused(target):
            return stops
        stops.append(tab(page)["description"])
    if is_focused(target):
        return stops
    raise AssertionError(f"Tab never reached {target}; stops: {stops}")


def active_id(page: Page) -> str:
    return page.evaluate("() => document.activeElement.id")


def in_viewport(locator: Locator) -> bool:
    """The whole element is on the screen (give or take a pixel of rounding)."""
    return locator.evaluate(
        """element => {
            const box = element.getBoundingClientRect();
            return box.top >= -1 && box.left >= -1
                && box.bottom <= window.innerHeight + 1
                && box.right <= window.innerWidth + 1;
        }"""
    )
