from django.conf import settings


def test_dutch_language_and_amsterdam_time():
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.USE_TZ is True


def test_debug_is_off_in_base():
    from cms.settings import base

    assert base.DEBUG is False


def test_database_search_backend_and_settings_app():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    assert backend == "wagtail.search.backends.database"
    assert "wagtail.contrib.settings" in settings.INSTALLED_APPS
