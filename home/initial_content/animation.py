"""The explainer animation: text slides that fade in, rendered to an MP4 file.

The same slides give the poster image and the transcript, so the three never
disagree. The video has no sound; the transcript says so.
"""

import io
import tempfile
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont

TITLE = "Animatie: wat is onafhankelijke cliëntondersteuning?"
VIDEO_TITLE = "Animatie over onafhankelijke cliëntondersteuning (video)"
POSTER_TITLE = "Voorbeeldafbeelding animatie onafhankelijke cliëntondersteuning"
VIDEO_FILENAME = "animatie-onafhankelijke-clientondersteuning.mp4"
POSTER_FILENAME = "animatie-voorbeeld.png"

BACKGROUND = (0, 86, 110)
ACCENT = (253, 232, 176)
WHITE = (255, 255, 255)
FPS = 12
SECONDS_PER_SLIDE = 4
FADE_FRAMES = 6

SLIDES = [
    ("Wat is onafhankelijke cliëntondersteuning?", "Een korte uitleg van OCO Almere"),
    (
        "Heeft u een gesprek met een instantie?",
        "Over hulp in huis, jeugdhulp, werk, geld of school",
    ),
    ("Een OCO denkt met u mee", "Een onafhankelijke cliëntondersteuner staat naast u"),
    ("Samen zetten we uw vragen op een rij", "Zo bent u goed voorbereid"),
    ("De OCO gaat mee naar het gesprek", "U houdt zelf de regie"),
    ("Ook daarna helpt de OCO", "Bij het verslag, de aanvraag en de afspraken"),
    ("Onze OCO's hebben zelf ervaring", "Ze weten hoe het is om hulp te vragen"),
    ("Gratis en onafhankelijk", "Bel (036) 200 21 58 of mail info@ocoalmere.nl"),
]


def duration_label() -> str:
    seconds = len(SLIDES) * SECONDS_PER_SLIDE
    return f"{seconds // 60}:{seconds % 60:02d}"


def transcript_html() -> str:
    items = "".join(f"<li>{title}. {subtitle}.</li>" for title, subtitle in SLIDES)
    return (
        "<p>De animatie heeft geen geluid. Na elkaar verschijnen deze teksten in "
        "beeld, wit op een blauwe achtergrond:</p>"
        f"<ol>{items}</ol>"
    )


def _wrap(draw, text, font, max_width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current]


def _draw_text(draw, position, text, font, fill):
    """Draw text, adding the diaeresis of "ë" by hand: Pillow's built-in font
    has no glyph for it."""
    x, y = position
    for index, part in enumerate(text.split("ë")):
        if index:
            draw.text((x, y), "e", font=font, fill=fill)
            left, top, right, _bottom = draw.textbbox((x, y), "e", font=font)
            radius = max(1, font.size // 18)
            for centre in (left + (right - left) * 0.3, left + (right - left) * 0.7):
                dot_y = top - radius * 3
                draw.ellipse(
                    (centre - radius, dot_y - radius, centre + radius, dot_y + radius),
                    fill=fill,
                )
            x += draw.textlength("e", font=font)
        draw.text((x, y), part, font=font, fill=fill)
        x += draw.textlength(part, font=font)


def render_slide(title: str, subtitle: str, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, BACKGROUND)
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.load_default(size=height // 11)
    subtitle_font = ImageFont.load_default(size=height // 20)
    margin = width // 12
    draw.rectangle((0, height - height // 30, width, height), fill=ACCENT)
    draw.text((margin, margin // 2), "OCO Almere", font=subtitle_font, fill=ACCENT)
    y = height // 3
    for line in _wrap(draw, title, title_font, width - 2 * margin):
        _draw_text(draw, (margin, y), line, title_font, WHITE)
        y += int(title_font.size * 1.25)
    y += title_font.size // 2
    for line in _wrap(draw, subtitle, subtitle_font, width - 2 * margin):
        _draw_text(draw, (margin, y), line, subtitle_font, ACCENT)
        y += int(subtitle_font.size * 1.3)
    return image


def render_poster() -> bytes:
    buffer = io.BytesIO()
    render_slide(*SLIDES[0], size=(1280, 720)).save(buffer, format="PNG")
    return buffer.getvalue()


def render_video(size: tuple[int, int] = (640, 360)) -> bytes:
    """Encode the slides as H.264 in MP4, with the index up front for streaming.

    The faststart pass rewrites the file, so it is written to disk first.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / VIDEO_FILENAME
        _encode(path, size)
        return path.read_bytes()


def _encode(path: Path, size: tuple[int, int]) -> None:
    with av.open(
        str(path), mode="w", format="mp4", options={"movflags": "+faststart"}
    ) as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, FPS)
        stream.options = {"crf": "30", "preset": "veryfast"}
        blank = Image.new("RGB", size, BACKGROUND)
        index = 0
        for title, subtitle in SLIDES:
            slide = render_slide(title, subtitle, size)
            for frame_number in range(FPS * SECONDS_PER_SLIDE):
                alpha = min(1.0, (frame_number + 1) / FADE_FRAMES)
                picture = slide if alpha >= 1.0 else Image.blend(blank, slide, alpha)
                frame = av.VideoFrame.from_image(picture)
                frame.pts = index
                index += 1
                container.mux(stream.encode(frame))
        container.mux(stream.encode())
