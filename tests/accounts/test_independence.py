"""accounts knows nothing of the domain apps: it works by a permission."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = {"pool", "intake", "scheduling", "reports"}


def test_accounts_imports_no_domain_app():
    offending = []
    for path in (ROOT / "accounts").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offending += [
                f"{path.relative_to(ROOT)}: {name}"
                for name in names
                if name.split(".")[0] in DOMAIN_APPS
            ]
    assert offending == []
