"""Uploaded rosters hold personal data: one whose preview is never confirmed
is removed after an hour, and a stale preview cannot be confirmed."""

import os
import time

import pytest

from pool.models import Member
from pool.upload_storage import (
    UPLOAD_LIFETIME,
    RosterUploadStorage,
    remove_expired_uploads,
)

from .test_import import confirm, csv_file, row, upload

pytestmark = pytest.mark.django_db


def age(storage, seconds):
    path = storage.get_full_path()
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_old_uploads_are_removed_and_new_ones_kept():
    old, new = RosterUploadStorage(read_mode="rb"), RosterUploadStorage(read_mode="rb")
    old.save(b"naam,e-mail\n")
    new.save(b"naam,e-mail\n")
    age(old, UPLOAD_LIFETIME + 60)
    assert remove_expired_uploads() >= 1
    assert not os.path.exists(old.get_full_path())
    assert os.path.exists(new.get_full_path())
    new.remove()


def test_a_name_cannot_point_outside_the_upload_folder():
    storage = RosterUploadStorage(name="../../etc/passwd")
    assert os.path.dirname(storage.get_full_path()).endswith("oco-roster-uploads")


def test_a_stale_preview_is_not_imported(client, coordinator, group_a):
    client.force_login(coordinator)
    preview = upload(client, group_a, csv_file([row()]))
    pending = next(
        value for key, value in client.session.items() if "roster_import" in key
    )
    age(RosterUploadStorage(name=pending["storage_name"]), UPLOAD_LIFETIME + 60)
    response = confirm(client, preview)
    assert "verlopen" in client.get(response.url).content.decode()
    assert not Member.objects.filter(email=row()["e-mail"]).exists()
