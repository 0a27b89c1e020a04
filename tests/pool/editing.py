"""Builds the POST data of a group page's edit form, as the browser sends it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data


def member_data(member, **changes):
    data = {
        "id": member.pk or "",
        "name": member.name,
        "email": member.email,
        "phone": member.phone,
        "languages": member.languages,
        "domains": list(member.domains),
        "lived_experience": list(member.lived_experience),
        "vog_date": member.vog_date.isoformat() if member.vog_date else "",
        "joined_on": member.joined_on.isoformat(),
        "left_on": member.left_on.isoformat() if member.left_on else "",
        "other_roles": member.other_roles,
    }
    if member.active:
        data["active"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def edit_form_data(page, members=None, action=None, **fields):
    """The form for page as it stands, with members (a list of dicts) instead
    of its current roster when given."""
    if members is None:
        members = [member_data(member) for member in page.members.all()]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "description": page.description,
            "members": inline_formset(members, initial=page.members.count()),
            **fields,
        }
    )
    if action:
        data[f"action-{action}"] = "1"
    return data
