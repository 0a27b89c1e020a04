import pytest
import wagtail_factories
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import VideoBlock
from home.factories import SiteDocumentFactory, StandardPageFactory
from home.video import parse_video_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=abcdefghijk", "youtube", "abcdefghijk"),
        ("https://youtu.be/abcdefghijk", "youtube", "abcdefghijk"),
        ("https://www.youtube.com/embed/abcdefghijk", "youtube", "abcdefghijk"),
        ("https://vimeo.com/123456789", "vimeo", "123456789"),
    ],
)
def test_recognises_youtube_and_vimeo(url, provider, video_id):
    source = parse_video_url(url)
    assert (source.provider, source.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/video.mp4",
        "javascript:alert(1)",
        "https://www.youtube.com/watch?v=<script>",
        "https://vimeo.com/abc",
        "",
    ],
)
def test_refuses_other_addresses(url):
    assert parse_video_url(url) is None


def test_embed_url_uses_the_privacy_enhanced_player():
    source = parse_video_url("https://www.youtube.com/watch?v=abcdefghijk")
    assert source.embed_url.startswith("https://www.youtube-nocookie.com/embed/")


def video_value(**overrides):
    value = {
        "title": "Uitleg",
        "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
        "video_file": None,
        "captions": None,
        "poster": wagtail_factories.ImageFactory(),
        "duration": "1:00",
        "transcript": "<p>Tekst</p>",
    }
    value.update(overrides)
    return VideoBlock().to_python(
        {
            **value,
            "poster": value["poster"].pk,
            "video_file": value["video_file"].pk if value["video_file"] else None,
            "captions": value["captions"].pk if value["captions"] else None,
        }
    )


def test_external_video_loads_nothing_from_the_provider_before_play(client, home):
    page = StandardPageFactory(parent=home, slug="video-test")
    page.body = [("video", video_value())]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<iframe" not in html
    assert 'src="https://www.youtube' not in html
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/' in html
    assert "data-video-play" in html and "Video afspelen: Uitleg" in html
    assert "Lees de tekst bij de video" in html and "<p>Tekst</p>" in html
    assert 'class="video__poster"' in html


def test_video_file_does_not_preload(client, home):
    video = SiteDocumentFactory(file__filename="film.mp4")
    page = StandardPageFactory(parent=home, slug="video-bestand")
    page.body = [("video", video_value(video_url="", video_file=video))]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'preload="none"' in html and f'src="{video.url}"' in html


def test_animation_page_plays_its_own_file_with_poster_and_transcript(client):
    html = client.get("/wat-doet-een-oco/animatie/").content.decode()
    assert "<video" in html and 'preload="none"' in html and "poster=" in html
    assert "De animatie heeft geen geluid" in html
    assert "youtube" not in html.lower()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"video_url": ""}, "video_url", "Kies óf een adres"),
        ({"video_url": "https://example.org/x"}, "video_url", "niet herkend"),
    ],
)
def test_video_block_explains_what_is_wrong(overrides, field, message):
    with pytest.raises(StructBlockValidationError) as error:
        VideoBlock().clean(video_value(**overrides))
    assert message in str(error.value.block_errors[field])


def test_video_block_refuses_both_sources_and_wrong_file_types():
    document = SiteDocumentFactory()  # a PDF
    with pytest.raises(StructBlockValidationError):
        VideoBlock().clean(video_value(video_file=document))
    with pytest.raises(StructBlockValidationError) as error:
        VideoBlock().clean(video_value(video_url="", video_file=document))
    assert "MP4" in str(error.value.block_errors["video_file"])
