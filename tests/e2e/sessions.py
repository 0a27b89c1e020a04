"""Sessions in the agenda of the site under test, made in its own database."""

import uuid

NEW_TRAINING = """
from schedule.models import Calendar
from scheduling.factories import SessionFactory
SessionFactory(calendar=Calendar.objects.get(slug="training"), title={title!r})
"""


def add_training(site, title="") -> str:
    """A public training two weeks ahead with room for ten; returns its title
    (unique unless given)."""
    title = title or f"Training gesprekstechnieken {uuid.uuid4().hex[:6]}"
    site.run_python(NEW_TRAINING.format(title=title))
    return title


def unique_email(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}@example.org"
