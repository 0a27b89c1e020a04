"""The content check of home.file_checks on its own: edge cases of each type."""

import io

import pytest

from home.file_checks import content_matches_extension

from .upload_files import DOCUMENTS, PDF, VTT, open_document, zipped

ODT = "application/vnd.oasis.opendocument.text"


def matches(data: bytes, extension: str) -> bool:
    return content_matches_extension(io.BytesIO(data), extension)


@pytest.mark.parametrize("extension", sorted(DOCUMENTS))
def test_each_real_file_matches_its_extension_only(extension):
    assert matches(DOCUMENTS[extension], extension)
    assert matches(DOCUMENTS[extension], extension.upper())
    # Any UTF-8 text without NUL bytes is a valid .txt (a PDF of text too).
    others = {other for other in DOCUMENTS if other not in (extension, "txt")}
    assert not any(matches(DOCUMENTS[extension], other) for other in others)


@pytest.mark.parametrize(
    ("data", "extension", "expected"),
    [
        (b"\xef\xbb\xbfTekst met een BOM", "txt", True),
        (b"", "txt", True),
        (b"\xef\xbb\xbfWEBVTT\n\n", "vtt", True),
        (b"WEBVTT", "vtt", True),
        (b"WEBVTT - Ondertiteling\n", "vtt", True),
        (b"WEBVTTX\n", "vtt", False),
        (b"webvtt\n", "vtt", False),
        (b" %PDF-1.7", "pdf", False),
        (PDF[:5], "pdf", True),
        (DOCUMENTS["docx"][:100], "docx", False),
        (zipped({"[Content_Types].xml": b"", "xl/x.xml": b""}), "docx", False),
        (open_document(f"{ODT}\n"), "odt", True),
        (open_document(f"{ODT}-template"), "odt", False),
        (b"\x00\x00\x00\x18ftyp", "mp4", True),
        (b"\x00\x00\x00\x18moov", "mp4", False),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01matroska", "webm", False),
        (PDF, "exe", False),
        (PDF, "", False),
    ],
)
def test_edge_cases(data, extension, expected):
    assert matches(data, extension) is expected


def test_the_file_is_left_at_its_start():
    file = io.BytesIO(VTT)
    file.seek(5)
    assert content_matches_extension(file, "vtt")
    assert file.tell() == 0
