from django.core.exceptions import PermissionDenied
from django.views.defaults import permission_denied


def forbidden(request):
    """A real 403: inside the admin Wagtail turns PermissionDenied into a
    redirect to the dashboard, which looks as if the page merely moved."""
    return permission_denied(request, PermissionDenied())
