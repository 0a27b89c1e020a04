"""The scheduling plugin knows nothing of the site; the site's apps meet it only
through settings and Wagtail hooks."""

import ast
from pathlib import Path

import pytest

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
        ("scheduling", {"pool", "intake", "home", "cms"}),
        ("pool", {"scheduling", "intake"}),
        ("home", {"pool", "scheduling", "intake"}),
    ],
)
def test_dependencies_flow_one_way(app, forbidden):
    offending = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path, module in imported_modules(app)
        if module.split(".")[0] in forbidden
    ]
    assert offending == []


def test_the_plugin_finds_its_templates_without_the_sites_own():
    templates = ROOT / "scheduling" / "templates" / "scheduling"
    assert (templates / "mail" / "confirmed.txt").exists()
