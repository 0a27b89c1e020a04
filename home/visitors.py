"""Who is visiting, for the public forms' rate limits."""

from django.conf import settings


def client_address(request) -> str:
    """The visitor's IP address. Behind INTAKE_TRUSTED_PROXIES reverse proxies
    (the same number for every public form), the one that the outermost
    trusted proxy saw; X-Forwarded-For entries before it can be forged."""
    proxies = int(getattr(settings, "INTAKE_TRUSTED_PROXIES", 0))
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
