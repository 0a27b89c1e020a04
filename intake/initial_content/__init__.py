"""The request page on the site, linked from the home page's call to action,
and with demo users some made-up requests for the coordinators to handle."""

from . import demo_requests, request_page


def build(log=print, demo_users=False, demo_password=None):
    count = request_page.build(log)
    if demo_users:
        count += demo_requests.build(log)
    return count
