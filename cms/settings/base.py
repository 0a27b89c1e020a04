"""Settings shared by every environment. DEBUG stays off unless dev turns it on."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Before wagtail.admin: its sign-in template takes precedence.
    "accounts",
    "home",
    "pool",
    "intake",
    "scheduling",
    "reports",
    "schedule",
    "import_export",
    "csp",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: the load balancer's /health/ needs no host check, HTTPS or session.
    "home.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.security_headers.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and sign-in: a stored page is served without them.
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.IdleSessionMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "pool.middleware.PoolPageGuardMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite needs nothing installed; set DATABASE_URL for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every transaction takes the write lock when it starts, so two that both
    # read and then write (the last free place of a session) wait for each
    # other instead of failing or overbooking.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
# Dutch is the site's language; the pages for residents also have English
# translations, at /en/ (cms.urls), made by editors with simple_translation.
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# No script of the site or of Wagtail's admin reads the CSRF cookie: the admin
# takes the token from its page.
CSRF_COOKIE_HTTPONLY = True

# Public pages load only the site's own scripts, styles, images and media; the
# only frames are the YouTube and Vimeo players a visitor starts (home/video.py).
VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "frame-src": VIDEO_PLAYERS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (cms/security_headers.py), with only what it was seen to
# need in a browser: Wagtail's form widgets and panels still write small
# inline scripts without a nonce and its editor adds <style> elements, so
# those are allowed there; blob: shows images being uploaded. Inline event
# handlers (but the "return;" of Jcrop's feature test on the focal point
# editor), style attributes, eval, plugins and other sites stay blocked.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "script-src-attr": [
            UNSAFE_HASHES,
            "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='",  # "return;"
        ],
        "style-src": [SELF, UNSAFE_INLINE],
        "style-src-attr": [NONE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF],
        "frame-src": [SELF, *VIDEO_PLAYERS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

DEFAULT_FROM_EMAIL = "OCO Almere <noreply@ocoalmere.nl>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

EMAIL_TIMEOUT = 20

# Background work (mail): run at once here; production queues it in the
# database for a worker process (see production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Builders that load_initial_data runs after the site's own content.
INITIAL_CONTENT_BUILDERS = [
    "pool.initial_content.build",
    "cms.agenda_content.build",
    "pool.initial_content.declaration_page.build",
    "intake.initial_content.build",
    "cms.feedback_access.build",
]
# Then the English translations of the pages for residents: the request form
# first, so that the English pages can link to it.
INITIAL_CONTENT_TRANSLATION_BUILDERS = [
    "intake.initial_content.request_page_en.build",
    "home.initial_content.translations.build",
]

# The scheduling plugin: registrations are tied to the pool's members, and
# sessions are for every OCO or for contact persons only.
SCHEDULING_ATTENDEE_MODEL = "pool.Member"
# Editors may place an agenda page and the declaration page under a standard
# page ("Voor OCO's"), and the request page under "Voor inwoners".
STANDARD_PAGE_EXTRA_SUBPAGE_TYPES = [
    "scheduling.AgendaPage",
    "intake.RequestPage",
    "pool.DeclarationPage",
]
# The personal link a member gets by mail to declare hours and costs works
# this many days.
POOL_DECLARATION_LINK_DAYS = 14
SCHEDULING_AUDIENCES = {
    "ocos": {"label": _("Alle OCO's"), "public": True},
    "contact_persons": {"label": _("Alleen contactpersonen"), "public": False},
}

# Requests for an OCO: closed requests are anonymised after this many days;
# the form refuses submissions made faster than a person can type, and more
# than INTAKE_RATE_LIMIT requests per IP address in its period (seconds).
INTAKE_RETENTION_DAYS = 365
INTAKE_MIN_FILL_SECONDS = 5
INTAKE_RATE_LIMIT = {"requests": 5, "seconds": 3600}
INTAKE_TRUSTED_PROXIES = 0
# A shown form may be sent for this many seconds, and saves one request: the
# same form sent again (a double click) leads to the first request's thank-you
# page; a second post waits this many seconds for the first to be saved.
# Needs a cache shared by all processes, as does the rate limit.
INTAKE_FORM_MAX_AGE = 24 * 3600
INTAKE_DUPLICATE_WAIT_SECONDS = 3
# Almere's postcodes: PO boxes 1300-1309 and the districts 1311-1364.
INTAKE_POSTCODE_RANGES = [(1300, 1364)]
# A member who planned a keep-in-touch call ("waakvlamcontact") gets a
# reminder this many days before (send_keep_in_touch_reminders, daily).
INTAKE_KEEP_IN_TOUCH_REMIND_DAYS = 1

# Wagtail
WAGTAIL_SITE_NAME = "OCO Almere"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILDOCS_DOCUMENT_MODEL = "home.SiteDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The documents editors may upload and the largest size of each; the video
# block plays MP4 or WebM files with WebVTT captions. home/upload_forms.py
# also refuses a file whose content does not match its extension.
HOME_DOCUMENT_MAX_SIZES = {
    **dict.fromkeys(["pdf", "docx", "odt", "xlsx", "ods", "pptx"], 20 * 1024 * 1024),
    **dict.fromkeys(["mp4", "webm"], 100 * 1024 * 1024),
    **dict.fromkeys(["txt", "vtt"], 1024 * 1024),
}
WAGTAILDOCS_EXTENSIONS = list(HOME_DOCUMENT_MAX_SIZES)
WAGTAILDOCS_MAX_UPLOAD_SIZE = max(HOME_DOCUMENT_MAX_SIZES.values())
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.upload_forms.SiteDocumentForm"
# Shown in the browser; every other type is downloaded (Content-Disposition:
# attachment). Wagtail's serve view adds nosniff and a CSP of its own.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "video/mp4", "video/webm"]
WAGTAILDOCS_CONTENT_TYPES = {"vtt": "text/vtt", "webm": "video/webm"}
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.upload_forms.SiteImageForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Anonymous visitors get public pages from the cache for this long at most
# (home/page_cache.py); publishing a page clears it sooner, as does saving or
# deleting one of these (they show on public pages). 0 turns the cache off.
PAGE_CACHE_SECONDS = 300
PAGE_CACHE_CLEARED_BY = [
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.CollectionViewRestriction",
    "home.SiteDocument",
    "wagtailimages.Image",
    "home.ContactSettings",
    # The agenda's sessions and free places.
    "schedule.Calendar",
    "schedule.Event",
    "schedule.Rule",
    "schedule.Occurrence",
    "scheduling.Registration",
]
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
# The organisation works in one time zone; figures and dates must not depend
# on a profile setting (a value stored before still counts: reports use
# TIME_ZONE explicitly).
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam"]
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
            ]
        },
    }
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# No avatars from an outside service: nothing leaves the site, and the admin
# does not wait for it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Signing in (see accounts/). Brute force: ten wrong passwords for one
# username from one address lock that combination for an hour; a good
# password resets the count. Unlock: `python manage.py axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# The same address the public forms' rate limits count (INTAKE_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "home.visitors.client_address"
# Two-factor sign-in (django-otp): required for whoever has the permission
# wagtailadmin.enable_2fa (superusers, coordinators, contact persons); others
# may turn it on.
OTP_TOTP_ISSUER = "OCO Almere"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"
# A signed-in session ends after an hour without activity (counted by
# accounts.middleware.IdleSessionMiddleware, which leaves out the editor's
# background pings) and when the browser closes.
SESSION_COOKIE_AGE = 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
