"""Does an uploaded file hold what its extension says?

Checked by the first bytes and, for office files, by the ZIP's list of
contents, in plain Python (no system library). An extension that is not
listed here is not recognised, and the check says no.
"""

import zipfile

HEAD_SIZE = 64
TEXT_EXTENSIONS = {"txt", "vtt"}
OFFICE_OPEN_XML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPEN_DOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
UTF8_BOM = b"\xef\xbb\xbf"
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
# A broken archive, an encrypted entry, an unknown compression.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
)

KNOWN_EXTENSIONS = {
    "pdf",
    "mp4",
    "webm",
    *TEXT_EXTENSIONS,
    *OFFICE_OPEN_XML_FOLDERS,
    *OPEN_DOCUMENT_TYPES,
}


def content_matches_extension(file, extension: str) -> bool:
    """file: an open binary file (an upload); it is read from the start and
    left at the start."""
    extension = extension.lower()
    if extension not in KNOWN_EXTENSIONS:
        return False
    file.seek(0)
    try:
        if extension in TEXT_EXTENSIONS:
            return _is_text(file.read(), extension)
        head = file.read(HEAD_SIZE)
        if extension == "pdf":
            return head.startswith(b"%PDF-")
        if extension == "mp4":
            return head[4:8] == b"ftyp"
        if extension == "webm":
            return head.startswith(EBML_MAGIC) and b"webm" in head
        return _zip_matches(file, extension)
    finally:
        file.seek(0)


def _is_text(data: bytes, extension: str) -> bool:
    if b"\x00" in data:
        return False
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return False
    if extension == "vtt":
        return text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\r\n")
    return True


def _zip_matches(file, extension: str) -> bool:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if extension in OPEN_DOCUMENT_TYPES:
                if "mimetype" not in names:
                    return False
                with archive.open("mimetype") as entry:
                    declared = entry.read(100).strip()
                return declared == OPEN_DOCUMENT_TYPES[extension]
    except ZIP_ERRORS:
        return False
    folder = OFFICE_OPEN_XML_FOLDERS[extension]
    return "[Content_Types].xml" in names and any(
        name.startswith(folder) for name in names
    )
