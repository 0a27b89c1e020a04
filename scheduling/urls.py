"""The plugin's own public addresses: links from mails and calendar feeds.

The agenda and its registration forms live under the editor-placed AgendaPage."""

from django.urls import path

from .views import feeds, links

app_name = "scheduling"

urlpatterns = [
    path("afmelden/<str:token>/", links.cancel, name="cancel"),
    path("inbrengen/<str:token>/", links.contribute, name="contribute"),
    path("feed/<slug:slug>.ics", feeds.calendar_feed, name="calendar_feed"),
    path("mijn-sessies/<str:token>.ics", feeds.personal_feed, name="personal_feed"),
]
