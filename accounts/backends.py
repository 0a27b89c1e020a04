"""The brute-force lock in front of the password check."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lock, also for callers that pass no request.

    Axes counts attempts per username and address, so it needs the request;
    without one (the test client's login, a shell) it would raise instead of
    letting the next backend check the password. Every sign-in through the
    site passes the request, so the lock always applies there."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
