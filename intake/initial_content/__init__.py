"""The request page on the site, linked from the home page's call to action,
and with demo users some made-up requests for the coordinators to handle and
a made-up year of history for their reports."""

from . import demo_requests, demo_year, request_page


def build(log=print, demo_users=False, demo_password=None):
    count = request_page.build(log)
    if demo_users:
        count += demo_requests.build(log)
        count += demo_year.build(log)
    return count
