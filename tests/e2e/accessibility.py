"""axe-core in the browser: the WCAG 2.1 A and AA rules, with a readable
report of what fails (page, rule, impact, where)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_21_AA},
    "resultTypes": ["violations"],
}
_axe = Axe()


def axe_violations(page) -> list[str]:
    """One line per element that breaks a rule, empty when the page passes."""
    violations = _axe.run(page, options=AXE_OPTIONS).response["violations"]
    path = page.url.split("//", 1)[-1].partition("/")[2]
    return [
        f"/{path}: {violation['id']} ({violation['impact']}) at "
        f"{' '.join(str(part) for part in node['target'])}: {violation['help']}"
        for violation in violations
        for node in violation["nodes"]
    ]


def report(problems: list[str]) -> str:
    return "\n".join(problems)
