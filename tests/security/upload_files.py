"""Small real files of each type the site accepts, and look-alikes."""

import io
import zipfile

from PIL import Image

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
TXT = "Gewone tekst met een é en een ü.\n".encode()
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nWelkom bij OCO Almere.\n"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\x00" * 64
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def office_open_xml(folder: str) -> bytes:
    return zipped(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            f"{folder}document.xml": b"<document/>",
        }
    )


def open_document(mimetype: str) -> bytes:
    return zipped({"mimetype": mimetype.encode(), "content.xml": b"<content/>"})


DOCUMENTS = {
    "pdf": PDF,
    "docx": office_open_xml("word/"),
    "xlsx": office_open_xml("xl/"),
    "pptx": office_open_xml("ppt/"),
    "odt": open_document("application/vnd.oasis.opendocument.text"),
    "ods": open_document("application/vnd.oasis.opendocument.spreadsheet"),
    "txt": TXT,
    "vtt": VTT,
    "mp4": MP4,
    "webm": WEBM,
}


def image(image_format: str = "PNG", size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, image_format)
    return buffer.getvalue()


def broken_png() -> bytes:
    """A PNG whose header is right and whose pixel data is cut off."""
    data = image("PNG", (200, 200))
    return data[: len(data) // 2] + b"\x00" * 40
