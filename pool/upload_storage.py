"""Where an uploaded roster waits between the preview and the confirmation.

A roster holds personal data, so a file whose preview was never confirmed must
not stay behind: files live in their own folder, and every new upload clears
out the ones older than UPLOAD_LIFETIME."""

import os
import tempfile
import time

from import_export.tmp_storages import TempFolderStorage

UPLOAD_LIFETIME = 60 * 60  # seconds a preview may wait for its confirmation
FOLDER_NAME = "oco-roster-uploads"


def upload_folder() -> str:
    folder = os.path.join(tempfile.gettempdir(), FOLDER_NAME)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    return folder


class RosterUploadStorage(TempFolderStorage):
    def get_full_path(self):
        # Only a bare file name is accepted, so nothing outside the folder is read.
        return os.path.join(upload_folder(), os.path.basename(self.name))

    def _open(self, mode="r"):
        if self.name:
            return open(self.get_full_path(), mode, encoding=self.encoding)
        # The caller writes and closes it, as import_export's own storage does.
        upload = tempfile.NamedTemporaryFile(  # noqa: SIM115
            dir=upload_folder(), prefix="roster-", delete=False
        )
        self.name = os.path.basename(upload.name)
        return upload

    def is_expired(self) -> bool:
        try:
            age = time.time() - os.path.getmtime(self.get_full_path())
        except OSError:
            return True
        return age > UPLOAD_LIFETIME


def remove_expired_uploads(now=None) -> int:
    """Delete uploads older than UPLOAD_LIFETIME; returns how many."""
    now = now or time.time()
    folder = upload_folder()
    removed = 0
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        try:
            if now - os.path.getmtime(path) > UPLOAD_LIFETIME:
                os.remove(path)
                removed += 1
        except OSError:
            continue  # removed meanwhile by another request
    return removed
