"""The scheduling plugin knows nothing of the site; the site's apps meet it only
through settings and Wagtail hooks."""

import ast
import re
from pathlib import Path

import pytest

from scheduling import mailer

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(app):
    for path in (ROOT / app).rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield path, node.module


@pytest.mark.parametrize(
    ("app", "forbidden"),
    [
        ("scheduling", {"pool", "intake", "home", "cms", "reports"}),
        ("pool", {"scheduling", "intake", "reports"}),
        ("intake", {"scheduling", "reports"}),
        ("home", {"pool", "scheduling", "intake", "reports"}),
    ],
)
def test_dependencies_flow_one_way(app, forbidden):
    offending = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path, module in imported_modules(app)
        if module.split(".")[0] in forbidden
    ]
    assert offending == []


def test_every_template_the_plugin_names_ships_with_the_plugin():
    """The plugin's pages extend the site's "base.html" (any site has one);
    every template of its own is in its own folder."""
    folder = ROOT / "scheduling" / "templates"
    named = set()
    for path in (ROOT / "scheduling").rglob("*"):
        if path.suffix in {".py", ".html", ".txt"}:
            named.update(
                re.findall(
                    r"[\"'](scheduling/[\w/.-]+\.(?:html|txt))", path.read_text()
                )
            )
    named.update(f"scheduling/mail/{purpose}.txt" for purpose in mailer.SUBJECTS)
    assert len(named) >= 15
    missing = sorted(name for name in named if not (folder / name).exists())
    assert missing == []
