"""The committed .mo files are the compiled .po files next to them, so a
changed translation cannot be forgotten: the site (which only reads the .mo)
shows what the .po says."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(
    path
    for path in Path(settings.BASE_DIR).glob("*/**/LC_MESSAGES/django.po")
    if ".venv" not in path.parts
)


def entries(catalogue):
    """What the catalogue translates, as gettext looks it up."""
    result = {}
    for entry in catalogue:
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        key = (entry.msgctxt, entry.msgid, entry.msgid_plural)
        value = (
            tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
            if entry.msgid_plural
            else entry.msgstr
        )
        if value and all(value):
            result[key] = value
    return result


def test_the_catalogues_are_found():
    languages = {path.parent.parent.name for path in CATALOGUES}
    assert {"nl", "en"} <= languages
    assert Path(settings.BASE_DIR, "locale/en/LC_MESSAGES/django.po") in CATALOGUES


@pytest.mark.parametrize(
    "po_path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_the_mo_file_matches_the_po_file(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run compilemessages"
    compiled = entries(polib.mofile(str(mo_path)))
    source = entries(polib.pofile(str(po_path)))
    assert compiled == source, "the .mo is out of date: run compilemessages"
