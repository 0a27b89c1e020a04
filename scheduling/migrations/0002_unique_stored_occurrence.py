from django.db import migrations


class Migration(migrations.Migration):
    """One stored occurrence per (event, original start).

    django-scheduler has no such constraint, and registrations hang on stored
    occurrences; two people registering at once for an occurrence not yet
    stored must end up on the same row."""

    dependencies = [
        ("scheduling", "0001_initial"),
        ("schedule", "0014_use_autofields_for_pk"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE UNIQUE INDEX scheduling_unique_stored_occurrence "
            "ON schedule_occurrence (event_id, original_start)",
            reverse_sql="DROP INDEX scheduling_unique_stored_occurrence",
        )
    ]
