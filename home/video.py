"""Recognise YouTube and Vimeo addresses and build privacy-friendly embed URLs.

Nothing is fetched here: the embed address is only put in the page, and the
browser loads it after the visitor presses play.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{6,12}$")


@dataclass(frozen=True)
class VideoSource:
    provider: str
    video_id: str

    @property
    def provider_name(self) -> str:
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]

    @property
    def embed_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def watch_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_video_url(url: str) -> VideoSource | None:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https"):
        return None
    host = parsed.netloc.lower()
    segments = [segment for segment in parsed.path.split("/") if segment]
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            candidate = segments[0] if segments else ""
        elif segments[:1] == ["watch"]:
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live"):
            candidate = segments[1]
        else:
            candidate = ""
        return (
            VideoSource("youtube", candidate) if YOUTUBE_ID.match(candidate) else None
        )
    if host in VIMEO_HOSTS:
        candidate = segments[-1] if segments else ""
        return VideoSource("vimeo", candidate) if VIMEO_ID.match(candidate) else None
    return None
