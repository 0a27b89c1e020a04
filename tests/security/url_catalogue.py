"""Every URL of the site that takes an argument (an id, a token, a key, a
name), found by walking the URL resolver and the routes of the routable
pages, so that a view added later is in the permission matrix without anyone
listing it.

``targets_for`` says which objects of the matrix world fill a URL's
arguments: those named for the URL, else for the model behind its view
(Wagtail's viewsets and generic views say which), else for its namespace. A
URL nothing names fails the matrix with what to add here; one without a rule
in tests/security/permission_rules.py is still checked, with the safe
expectation, and fails the catalogue test until it is classified."""

from dataclasses import dataclass

from django.urls import URLResolver, get_resolver, reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

ADMIN_PREFIX = "admin/"


@dataclass(frozen=True)
class UrlPattern:
    name: str
    route: str
    arguments: tuple
    positional: bool
    callback: object
    page_model: type | None = None

    @property
    def is_admin(self) -> bool:
        return self.route.startswith(ADMIN_PREFIX)

    @property
    def model(self):
        """The model the view works on, when the view says so."""
        if self.page_model is not None:
            return self.page_model
        view_class = getattr(self.callback, "view_class", None)
        initkwargs = getattr(self.callback, "view_initkwargs", None) or {}
        model = initkwargs.get("model") or getattr(view_class, "model", None)
        if view_class is not None and not isinstance(model, type | None):
            # A property (Wagtail's documents and images): ask an instance.
            model = getattr(view_class(**initkwargs), "model", None)
        return model if isinstance(model, type) else None

    def url(self, values: dict, pages: dict) -> str:
        if self.page_model is not None:
            page = pages[self.page_model]
            route = self.name.rsplit(":", 1)[1]
            kwargs = {name: values[name] for name in self.arguments}
            return page.url + page.reverse_subpage(route, kwargs=kwargs)
        if self.positional:
            return reverse(self.name, args=[values[name] for name in self.arguments])
        return reverse(
            self.name, kwargs={name: values[name] for name in self.arguments}
        )


def walk(patterns, namespaces=(), prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            extra = (pattern.namespace,) if pattern.namespace else ()
            yield from walk(pattern.url_patterns, namespaces + extra, route)
        else:
            yield namespaces, pattern, route


def arguments_of(pattern) -> tuple[tuple, bool]:
    regex = pattern.pattern.regex
    if regex.groupindex:
        return tuple(sorted(regex.groupindex)), False
    return tuple(f"arg{index}" for index in range(regex.groups)), True


def resolver_patterns():
    for namespaces, pattern, route in walk(get_resolver().url_patterns):
        arguments, positional = arguments_of(pattern)
        if arguments:
            name = ":".join([*namespaces, pattern.name or route])
            yield UrlPattern(name, route, arguments, positional, pattern.callback)


def routable_page_patterns():
    for model in get_page_models():
        if not issubclass(model, RoutablePageMixin):
            continue
        for pattern in model.get_subpage_urls():
            arguments, _positional = arguments_of(pattern)
            if arguments:
                name = f"{model._meta.label_lower}:{pattern.name}"
                route = f"<{model._meta.label}>/{pattern.pattern}"
                yield UrlPattern(name, route, arguments, False, pattern.callback, model)


def url_patterns() -> list[UrlPattern]:
    """Every pattern with arguments, once per name and arguments."""
    found = {}
    for pattern in [*resolver_patterns(), *routable_page_patterns()]:
        found.setdefault((pattern.name, pattern.arguments), pattern)
    return list(found.values())


def key_of(pattern: UrlPattern, patterns) -> str:
    """The pattern's name; with its arguments when two patterns share it."""
    same_name = [other for other in patterns if other.name == pattern.name]
    if len(same_name) == 1:
        return pattern.name
    return f"{pattern.name}({','.join(pattern.arguments)})"


PATTERNS = url_patterns()
PATTERNS_BY_KEY = {key_of(pattern, PATTERNS): pattern for pattern in PATTERNS}


def lookup(name: str, table: dict):
    """The entry for the name itself, else for its longest namespace (a key
    ending in ":")."""
    if name in table:
        return table[name]
    namespaces = [key for key in table if key.endswith(":") and name.startswith(key)]
    return table[max(namespaces, key=len)] if namespaces else None


# Which targets (tests/security/matrix_targets.py) fill a URL: for its name,
# or (a key ending in ":") for its namespace.
GROUP_PAGES = ("public_page", "a_group_page", "b_group_page")
TARGETS_BY_NAME = {
    "accounts_two_factor_devices": ("superuser_two_factor",),
    "accounts_reset_two_factor": ("superuser_two_factor",),
    "accounts_two_factor_device_edit": ("superuser_device",),
    "accounts_two_factor_device_remove": ("superuser_device",),
    "wagtailadmin_api:pages:": GROUP_PAGES,
    "wagtailadmin_api:documents:": ("document",),
    "wagtailadmin_api:images:": ("image",),
    "wagtailadmin_explore": GROUP_PAGES,
    "wagtailadmin_explore_results": GROUP_PAGES,
    "wagtailadmin_choose_page_child": GROUP_PAGES,
    "wagtailadmin_pages:": GROUP_PAGES,
    "wagtailadmin_pages:add": ("public_page_type", "a_group_page", "b_group_page"),
    "wagtailadmin_pages:preview_on_add": (
        "public_page_type",
        "a_group_page",
        "b_group_page",
    ),
    "wagtailadmin_pages:type_use": ("public_page_type", "group_page_type"),
    "wagtailadmin_pages:type_use_results": ("public_page_type", "group_page_type"),
    "wagtailadmin_pages:choose_parent": ("public_page_type", "group_page_type"),
    "wagtail_bulk_action": (
        "bulk_pages",
        "b_bulk_group_page",
        "bulk_users",
        "bulk_organisations",
    ),
    "wagtailadmin_tag_model_autocomplete": ("tags",),
    "simple_translation:submit_page_translation": GROUP_PAGES,
    "simple_translation:submit_snippet_translation": ("organisation_snippet",),
    "wagtaillocales:": ("locale",),
    "wagtailadmin_collections:": ("collection",),
    "wagtailadmin_workflows:": ("workflow",),
    "wagtailadmin_workflows:remove": ("b_group_page",),
    "wagtailadmin_workflows:add_task": ("task",),
    "wagtailadmin_workflows:edit_task": ("task",),
    "wagtailadmin_workflows:disable_task": ("task",),
    "wagtailadmin_workflows:enable_task": ("task",),
    "wagtailadmin_workflows:task_chosen": ("task",),
    "wagtailadmin_editing_sessions:": ("editing_session",),
    "home_delete_form_responses": ("form_page",),
    "wagtailforms:": ("form_page",),
    "wagtailsettings:": ("contact_settings", "pool_settings"),
    "pool_roster:": ("a_group_page", "b_group_page"),
    "intake_shared:": ("a_request", "b_request"),
    "intake_outbox:": ("a_request_mail", "b_request_mail"),
    "intake_requests:": ("a_request", "b_request"),
    "scheduling_register:": ("session",),
    "scheduling_registrations:": ("a_registration", "b_registration"),
    "scheduling_outbox:": ("a_registration_mail", "b_registration_mail"),
    "scheduling_session:": ("session",),
    "scheduling_calendar:": ("calendar",),
    "reports_figures:": ("report_table",),
    "wagtailusers_users:": ("b_contact_account", "superuser_account"),
    "wagtaildocs:": ("document",),
    "wagtaildocs_chooser:": ("document",),
    "wagtailimages:": ("image",),
    "wagtailimages_chooser:": ("image",),
    "pool_declarations:": ("a_declaration", "b_declaration"),
    "wagtailadmin_password_reset_confirm": ("password_reset",),
    "wagtaildocs_serve": ("document", "unknown_document"),
    "wagtaildocs_authenticate_with_password": (
        "collection_restriction",
        "unknown_restriction",
    ),
    "wagtailcore_authenticate_with_password": (
        "page_restriction",
        "unknown_restriction",
    ),
    "wagtail_serve": ("public_page",),
    "scheduling:cancel": ("a_cancel_link", "wrong_token"),
    "scheduling:contribute": ("a_contribute_link", "wrong_token"),
    "scheduling:calendar_feed": ("calendar", "unknown_calendar"),
    "scheduling:personal_feed": ("a_personal_feed", "wrong_token"),
    "pool.declarationpage:": ("a_declaration_link", "wrong_token"),
    "pool.declarationpage:withdraw": (
        "a_declaration_link",
        "foreign_declaration_link",
        "wrong_token",
    ),
    "scheduling.agendapage:": ("session", "unknown_session"),
}

# For the model of the view, before the namespace.
TARGETS_BY_MODEL = {
    "intake.request": ("a_request", "b_request"),
    "pool.declaration": ("a_declaration", "b_declaration"),
    "pool.otherallowance": ("a_other_allowance", "b_other_allowance"),
    "pool.allowanceyear": ("allowance_year",),
    "pool.organisation": ("organisation",),
    "pool.member": ("a_member", "b_member"),
    "schedule.calendar": ("calendar",),
    "scheduling.session": ("session",),
    "scheduling.registration": ("a_registration", "b_registration"),
    "wagtailcore.collection": ("collection",),
    "wagtailcore.workflow": ("workflow",),
    "wagtailcore.task": ("task",),
    "wagtailcore.site": ("site",),
    "wagtailredirects.redirect": ("redirect",),
    "wagtaildocs.document": ("document",),
    "home.sitedocument": ("document",),
    "wagtailimages.image": ("image",),
    "auth.user": ("b_contact_account", "superuser_account"),
    "auth.group": ("django_group",),
}


def targets_for(pattern: UrlPattern) -> tuple:
    """The world targets that fill this URL: named for the URL itself, else
    for the model of its view, else for its namespace; empty when nothing
    says."""
    if pattern.name in TARGETS_BY_NAME:
        return TARGETS_BY_NAME[pattern.name]
    model = pattern.model
    for klass in model.__mro__ if model is not None else ():
        meta = getattr(klass, "_meta", None)
        if meta is not None and meta.label_lower in TARGETS_BY_MODEL:
            return TARGETS_BY_MODEL[meta.label_lower]
    return lookup(pattern.name, TARGETS_BY_NAME) or ()
