"""An unexpected failure while importing shows a fixed Dutch message, never the
exception's own text, and is logged without personal data."""

import logging

import pytest

from pool.imports import RosterImport, read_roster_file
from pool.resources import MemberResource

from .test_import import csv_file, row

pytestmark = pytest.mark.django_db

SECRET = "nina@import.test staat al in tabel"


def roster_file():
    content = csv_file([row()]).read()
    return read_roster_file(content, "csv")


def preview_with(monkeypatch, method_name, group):
    def fail(*args, **kwargs):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(MemberResource, method_name, fail)
    return RosterImport(group).preview(roster_file())


def test_a_failing_row_shows_a_fixed_message(monkeypatch, caplog, group_a):
    with caplog.at_level(logging.ERROR, logger="pool.imports"):
        preview = preview_with(monkeypatch, "save_instance", group_a)
    [failed] = preview.error_rows
    messages = " ".join(message for _column, message in failed.errors)
    assert "Deze rij kon niet worden verwerkt." in messages
    assert SECRET not in messages
    assert "RuntimeError" in caplog.text
    assert SECRET not in caplog.text and "nina" not in caplog.text


def test_a_failing_file_shows_a_fixed_message(monkeypatch, caplog, group_a):
    with caplog.at_level(logging.ERROR, logger="pool.imports"):
        preview = preview_with(monkeypatch, "before_import", group_a)
    assert preview.general_errors
    assert "Het bestand kon niet worden verwerkt." in preview.general_errors[0]
    assert SECRET not in " ".join(preview.general_errors)
    assert "RuntimeError" in caplog.text
    assert SECRET not in caplog.text
