"""A Wagtail scheduling plugin on django-scheduler.

Sessions with places, registrations with a waiting list, mail with calendar
attachments, reminders and calendar feeds. It knows nothing of the site that
installs it: the model a registration is tied to comes from the setting
SCHEDULING_ATTENDEE_MODEL, and who may register whom from Wagtail hooks
(see scheduling.hooks).
"""
