"""What each role may get from each URL of the catalogue, per target.

A rule is looked up by the URL's name, else by its namespace (a key ending
in ":"). It maps a target (tests/security/matrix_targets.py), or a side
("a" for group A's objects, "b" for group B's), to a ``Roles``: what the
anonymous visitor, the editor, the contact person of group A and a
coordinator get. Anything left out is the safe answer: anonymous visitors go
to the login page, editors and contact persons are denied."""

from dataclasses import dataclass

# Outcomes; tests/security/test_permission_matrix.py checks them.
LOGIN = "sent to the login page"
DENIED = "denied: 403, 404, 405 or a redirect, never a page with data"
OPENS = "opens: 200"
ANSWERS = "answers as the view dictates: 200, 405, or a redirect that is no refusal"
NO_PERSONAL_DATA = "any answer but a server error, without anyone's personal data"
SHOWN = "public: 200"
REFUSED = "public: 400, 404, 410, or a page or redirect without data"
NOT_FOUND = "404"


@dataclass(frozen=True)
class Roles:
    anonymous: str = LOGIN
    editor: str = DENIED
    contact_a: str = DENIED
    coordinator: str = ANSWERS


ROLES = ("anonymous", "editor", "contact_a", "coordinator")

# An admin URL nobody classified: safe for everyone, no server error for
# coordinators. A public one: no server error and no data.
UNCLASSIFIED_ADMIN = Roles(coordinator=NO_PERSONAL_DATA)
UNCLASSIFIED_PUBLIC = Roles(anonymous=NO_PERSONAL_DATA)

COORDINATORS_ONLY = {"a": Roles(), "b": Roles()}
NOBODY = Roles(coordinator=DENIED)  # superusers only
# Wagtail answers anyone in the admin with these; nothing personal in them.
ANYONE_IN_THE_ADMIN = Roles(
    editor=NO_PERSONAL_DATA, contact_a=NO_PERSONAL_DATA, coordinator=NO_PERSONAL_DATA
)
# The public site's content: the editor's to change, no secret to others.
PUBLIC_CONTENT = Roles(
    editor=OPENS, contact_a=NO_PERSONAL_DATA, coordinator=NO_PERSONAL_DATA
)


def groups(own=OPENS, coordinator=ANSWERS):
    """A view of a group's data: the contact person of group A as ``own`` for
    A's objects and denied for B's; editors never."""
    return {
        "a": Roles(contact_a=own, coordinator=coordinator),
        "b": Roles(coordinator=coordinator),
    }


def pages(public=OPENS, own=OPENS, coordinator=ANSWERS, others=DENIED):
    """A page view: the editor on the public site, contact persons on their
    own group's page, coordinators in the pool (they have no rights on the
    public site). ``others`` is what a role without rights on the page gets."""
    return {
        "public_page": Roles(editor=public, contact_a=others, coordinator=others),
        "a": Roles(contact_a=own, coordinator=coordinator),
        "b": Roles(coordinator=coordinator),
    }


PAGE_LISTING = pages(others=NO_PERSONAL_DATA)  # public pages are no secret
ONLY_EDITOR = Roles(editor=OPENS, coordinator=DENIED)
ONLY_COORDINATOR = Roles(coordinator=OPENS)

RULES = {
    # Wagtail's page admin; pool.middleware answers 404 for another group's
    # page before any view runs.
    "wagtailadmin_pages:": pages(),
    "wagtailadmin_explore": PAGE_LISTING,
    "wagtailadmin_explore_results": PAGE_LISTING,
    "wagtailadmin_choose_page_child": PAGE_LISTING,
    "wagtailadmin_api:pages:detail": PAGE_LISTING,
    "wagtailadmin_api:pages:action": pages(
        public=ANSWERS, own=ANSWERS, others=NO_PERSONAL_DATA
    ),
    # Group pages take no child pages, and only coordinators publish, move,
    # lock and make pages private.
    "wagtailadmin_pages:add": {
        "public_page_type": ONLY_EDITOR,
        **pages(own=DENIED, coordinator=DENIED),
    },
    "wagtailadmin_pages:preview_on_add": {
        "public_page_type": ONLY_EDITOR,
        **pages(own=DENIED, coordinator=DENIED),
    },
    "wagtailadmin_pages:add_subpage": pages(own=DENIED, coordinator=DENIED),
    "wagtailadmin_pages:delete": pages(own=DENIED),
    "wagtailadmin_pages:unpublish": pages(own=DENIED),
    "wagtailadmin_pages:move": pages(own=DENIED),
    "wagtailadmin_pages:set_privacy": pages(own=DENIED),
    "wagtailadmin_pages:revisions_unschedule": pages(own=DENIED),
    # POST only: a GET is a 405 for whoever gets that far.
    "wagtailadmin_pages:set_page_position": pages(public=ANSWERS, own=ANSWERS),
    "wagtailadmin_pages:lock": pages(public=ANSWERS, own=DENIED),
    "wagtailadmin_pages:unlock": pages(public=ANSWERS, own=DENIED),
    # Redirects to the page's history or editor, which check again.
    "wagtailadmin_pages:revisions_index": pages(public=ANSWERS, own=ANSWERS),
    "wagtailadmin_pages:workflow_action": pages(
        public=ANSWERS, own=DENIED, others=NO_PERSONAL_DATA
    ),
    "wagtailadmin_pages:collect_workflow_action_data": pages(
        public=ANSWERS, own=DENIED, others=NO_PERSONAL_DATA
    ),
    # Wagtail shows these confirmations (titles only) to anyone in the admin
    # and checks rights when the form is sent; never for another group's page.
    "wagtailadmin_pages:move_confirm": pages(others=NO_PERSONAL_DATA),
    "wagtailadmin_pages:confirm_workflow_cancellation": pages(others=NO_PERSONAL_DATA),
    # Only the coordinators approve a contact person's changes; the public
    # page has no workflow.
    "wagtailadmin_pages:workflow_preview": pages(public=DENIED, own=DENIED),
    "wagtailadmin_pages:workflow_history_detail": pages(public=DENIED),
    # None of these pages is an alias.
    "wagtailadmin_pages:convert_alias": pages(
        public=DENIED, own=DENIED, coordinator=DENIED
    ),
    # Listings of a page type: the public site's pages, never a group page.
    "wagtailadmin_pages:type_use": {
        "public_page_type": PUBLIC_CONTENT,
        "group_page_type": Roles(editor=NO_PERSONAL_DATA, contact_a=NO_PERSONAL_DATA),
    },
    "wagtailadmin_pages:type_use_results": {
        "public_page_type": PUBLIC_CONTENT,
        "group_page_type": Roles(editor=NO_PERSONAL_DATA, contact_a=NO_PERSONAL_DATA),
    },
    "wagtailadmin_pages:choose_parent": {
        "public_page_type": PUBLIC_CONTENT,
        "group_page_type": Roles(editor=NO_PERSONAL_DATA, contact_a=NO_PERSONAL_DATA),
    },
    # The workflows are for superusers; a chosen task answers its name only.
    "wagtailadmin_workflows:": {"workflow": NOBODY, "task": NOBODY, "b": NOBODY},
    "wagtailadmin_workflows:task_chosen": {"task": ANYONE_IN_THE_ADMIN},
    "wagtailadmin_editing_sessions:": {
        "editing_session": Roles(editor=ANSWERS, coordinator=DENIED)
    },
    "wagtailadmin_collections:": {"collection": NOBODY},
    # Translating a page (simple_translation): the editor, on the public
    # site; languages are for superusers.
    "simple_translation:submit_page_translation": pages(own=DENIED, coordinator=DENIED),
    "simple_translation:submit_snippet_translation": {"organisation_snippet": NOBODY},
    "wagtaillocales:": {"locale": NOBODY},
    "wagtailadmin_tag_model_autocomplete": {"tags": ANYONE_IN_THE_ADMIN},
    # A bulk action's confirmation for one item. Wagtail names the items the
    # user may not act on: a public page's or an organisation's name is no
    # secret; a group page is not found (pool.middleware). Accounts are the
    # coordinators' (who may not change a superuser's: pool.wagtail_hooks
    # refuses the POST).
    "wagtail_bulk_action": {
        "bulk_pages": ANYONE_IN_THE_ADMIN,
        "b": Roles(),
        "bulk_users": Roles(coordinator=NO_PERSONAL_DATA),
        "bulk_organisations": ANYONE_IN_THE_ADMIN,
    },
    # Documents and images: the editor's; their content is public, so the
    # admin API may show them to anyone in the admin.
    "wagtaildocs:": {"document": ONLY_EDITOR},
    "wagtailimages:": {"image": ONLY_EDITOR},
    # Uploading several files at once: POST only.
    **{
        f"{app}:{view}": {kind: Roles(editor=ANSWERS, coordinator=DENIED)}
        for app, kind in [("wagtaildocs", "document"), ("wagtailimages", "image")]
        for view in [
            "edit_multiple",
            "delete_multiple",
            "delete_upload_multiple",
            f"create_multiple_from_uploaded_{kind}",
        ]
    },
    # Without Wagtail's dynamic image serve view there is no URL to make.
    "wagtailimages:url_generator": {
        "image": Roles(editor=NO_PERSONAL_DATA, coordinator=DENIED)
    },
    "wagtailimages:url_generator_output": {
        "image": Roles(editor=NO_PERSONAL_DATA, coordinator=DENIED)
    },
    "wagtaildocs_chooser:": {"document": ONLY_EDITOR},
    "wagtailimages_chooser:": {"image": ONLY_EDITOR},
    "wagtailadmin_api:documents:": {"document": PUBLIC_CONTENT},
    "wagtailadmin_api:images:": {"image": PUBLIC_CONTENT},
    # Feedback responses: the editor (who may edit the form page) reads and
    # deletes them, the coordinators only read them (home.submissions).
    "wagtailforms:": {"form_page": Roles(editor=OPENS, coordinator=OPENS)},
    "wagtailforms:delete_submissions": {"form_page": ONLY_EDITOR},
    "home_delete_form_responses": {"form_page": ONLY_EDITOR},
    "wagtailredirects:": {"redirect": NOBODY},
    "wagtailsites:": {"site": NOBODY},
    "wagtailusers_groups:": {"django_group": NOBODY},
    # Coordinators manage accounts, but never a superuser's, and delete none.
    # Another person's authenticator apps: their own, or a superuser's to wipe.
    "accounts_two_factor_devices": {"superuser_two_factor": NOBODY},
    "accounts_reset_two_factor": {"superuser_two_factor": NOBODY},
    "accounts_two_factor_device_edit": {"superuser_device": NOBODY},
    "accounts_two_factor_device_remove": {"superuser_device": NOBODY},
    "wagtailusers_users:": {
        "b_contact_account": ONLY_COORDINATOR,
        "superuser_account": ONLY_COORDINATOR,
    },
    "wagtailusers_users:edit": {
        "b_contact_account": ONLY_COORDINATOR,
        "superuser_account": NOBODY,
    },
    "wagtailusers_users:delete": {
        "b_contact_account": NOBODY,
        "superuser_account": NOBODY,
    },
    # The contact details are the editor's, the pool's settings the
    # coordinators'. Without an id Wagtail redirects to the one instance,
    # whose page checks; a preview needs a POST first.
    "wagtailsettings:edit(app_name,model_name)": {
        "contact_settings": Roles(editor=ANSWERS, coordinator=DENIED),
        "pool_settings": Roles(editor=NO_PERSONAL_DATA, contact_a=NO_PERSONAL_DATA),
    },
    "wagtailsettings:edit(app_name,model_name,pk)": {
        "contact_settings": ONLY_EDITOR,
        "pool_settings": ONLY_COORDINATOR,
    },
    "wagtailsettings:preview_on_edit": {
        "contact_settings": Roles(editor=NO_PERSONAL_DATA, coordinator=DENIED),
        "pool_settings": Roles(coordinator=NO_PERSONAL_DATA),
    },
    # Organisations: coordinators; nobody deletes one. A chosen organisation
    # answers its name only.
    "wagtailsnippets_pool_organisation:": {"organisation": ONLY_COORDINATOR},
    "wagtailsnippets_pool_organisation:delete": {"organisation": NOBODY},
    "wagtailsnippetchoosers_pool_organisation:": {"organisation": ANYONE_IN_THE_ADMIN},
    # The roster: the contact person exports their own group's, only
    # coordinators import.
    "pool_roster:": groups(),
    "pool_roster:import_group": groups(own=DENIED),
    # Declarations (pool.declarations_admin.access): contact persons see and
    # withdraw their groups', coordinators decide.
    "pool_declarations:": groups(),
    "pool_declarations:approve": groups(own=DENIED),
    "pool_declarations:reject": groups(own=DENIED),
    "pool_declarations:withdraw": groups(own=ANSWERS),
    "pool_other_allowances:": groups(),
    "pool_allowance_years:": {"allowance_year": Roles()},
    # Requests: coordinators only; the contact person of the group a request
    # is shared with sees what choosing a member needs.
    "intake_requests:": COORDINATORS_ONLY,
    "intake_outbox:": COORDINATORS_ONLY,
    "intake_shared:": groups(),
    "reports_figures:": {"report_table": Roles()},
    # The agenda: coordinators plan; contact persons register themselves and
    # their members and see only their own people.
    "scheduling_session:": {"session": Roles()},
    "scheduling_calendar:": {"calendar": Roles()},
    "scheduling_calendar:delete": {"calendar": NOBODY},
    "scheduling_registrations:": COORDINATORS_ONLY,
    "scheduling_outbox:": COORDINATORS_ONLY,
    "scheduling_register:": {"session": Roles(contact_a=OPENS)},
    "scheduling_register:agenda_item": {"session": Roles(contact_a=ANSWERS)},
    # For anyone: a wrong link says so and shows nothing.
    "wagtailadmin_password_reset_confirm": {
        "password_reset": Roles(
            anonymous=REFUSED,
            editor=NO_PERSONAL_DATA,
            contact_a=NO_PERSONAL_DATA,
            coordinator=NO_PERSONAL_DATA,
        )
    },
}

# The public site, for anonymous visitors: a good id or link shows what it
# is for, a wrong or foreign one nothing.
PUBLIC_RULES = {
    "wagtail_serve": {"public_page": SHOWN},
    "wagtaildocs_serve": {"document": SHOWN, "unknown_document": NOT_FOUND},
    "wagtaildocs_authenticate_with_password": {
        "collection_restriction": SHOWN,
        "unknown_restriction": NOT_FOUND,
    },
    "wagtailcore_authenticate_with_password": {
        "page_restriction": SHOWN,
        "unknown_restriction": NOT_FOUND,
    },
    "scheduling:cancel": {"a_cancel_link": SHOWN, "wrong_token": REFUSED},
    "scheduling:contribute": {"a_contribute_link": SHOWN, "wrong_token": REFUSED},
    "scheduling:calendar_feed": {"calendar": SHOWN, "unknown_calendar": NOT_FOUND},
    "scheduling:personal_feed": {"a_personal_feed": SHOWN, "wrong_token": NOT_FOUND},
    "pool.declarationpage:personal": {
        "a_declaration_link": SHOWN,
        "wrong_token": REFUSED,
    },
    "pool.declarationpage:withdraw": {
        "a_declaration_link": SHOWN,
        "foreign_declaration_link": REFUSED,
        "wrong_token": REFUSED,
    },
    "scheduling.agendapage:detail": {"session": SHOWN, "unknown_session": NOT_FOUND},
    # Without a registration of this visitor: back to the session's page.
    "scheduling.agendapage:registered": {
        "session": REFUSED,
        "unknown_session": NOT_FOUND,
    },
}


def lookup(key: str, table: dict):
    """The rule for the URL key itself (a name, with its arguments when two
    URLs share the name), else for its name, else for its longest namespace."""
    if key in table:
        return table[key]
    name = key.split("(")[0]
    if name in table:
        return table[name]
    namespaces = [k for k in table if k.endswith(":") and name.startswith(k)]
    return table[max(namespaces, key=len)] if namespaces else None


def side_of(target: str) -> str | None:
    prefix = target.split("_", 1)[0]
    return prefix if prefix in ("a", "b") else None


def expectation(key: str, is_admin: bool, target: str, role: str) -> str | None:
    """What ``role`` gets from the URL ``key`` filled with ``target``; None
    when no rule says (the URL is not classified)."""
    if not is_admin:
        rule = lookup(key, PUBLIC_RULES)
        if rule is None:
            return None
        found = rule.get(target)
        return found if role == "anonymous" else None
    rule = lookup(key, RULES)
    if rule is None:
        return None
    roles = rule.get(target) or rule.get(side_of(target))
    return getattr(roles, role) if roles else None


def fallback(is_admin: bool, role: str) -> str:
    return getattr(UNCLASSIFIED_ADMIN if is_admin else UNCLASSIFIED_PUBLIC, role)
