"""The sign-in code step, linking an authenticator app and the recovery
codes."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth.views import RedirectURLMixin
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_factor
from .forms import SetUpForm, TokenForm

FEW_CODES_LEFT = 3


class NoBreadcrumbsMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return []


class VerifiedRequiredMixin:
    """Pages about a user's second factor: once they have one, only after
    they used it in this session (the middleware sends them to the code step
    first; this holds even without it)."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_verified() and two_factor.has_authenticator(user):
            return redirect("accounts_two_factor_code")
        return super().dispatch(request, *args, **kwargs)


class NextUrlMixin(RedirectURLMixin):
    def next_url(self):
        return self.get_redirect_url() or resolve_url("wagtailadmin_home")


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class CodeStepView(NextUrlMixin, FormView):
    """After the password: a code from the app, or a recovery code."""

    form_class = TokenForm
    template_name = "accounts/code_step.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(self.next_url())
        if not two_factor.has_authenticator(request.user):
            return redirect("accounts_two_factor_setup")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def form_valid(self, form):
        user = self.request.user
        otp_login(self.request, user.otp_device)
        if isinstance(user.otp_device, StaticDevice):
            two_factor.log_recovery_code_used(user)
            remaining = two_factor.remaining_recovery_codes(user)
            if remaining <= FEW_CODES_LEFT:
                messages.warning(
                    self.request,
                    _(
                        "U heeft nog %(count)s herstelcodes. Maak nieuwe codes "
                        "bij Tweestapsverificatie in uw account."
                    )
                    % {"count": remaining},
                )
        return redirect(self.next_url())


def qr_code_svg(device) -> str:
    image = qrcode.make(
        device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8
    )
    return image.to_string(encoding="unicode")


def grouped_secret(device) -> str:
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class SetUpView(VerifiedRequiredMixin, NextUrlMixin, NoBreadcrumbsMixin, FormView):
    """Link an authenticator app; the first time, recovery codes come with it.
    The secret is made when the page is shown and kept, unconfirmed, until
    a code from the app confirms it."""

    form_class = SetUpForm
    template_name = "accounts/set_up.html"
    page_title = gettext_lazy("Tweestapsverificatie instellen")

    def get(self, request, *args, **kwargs):
        unconfirmed(request.user).delete()
        count = TOTPDevice.objects.filter(user=request.user).count()
        self.device = TOTPDevice.objects.create(
            user=request.user,
            name=_("Telefoon %(number)s") % {"number": count + 1},
            confirmed=False,
        )
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.device = unconfirmed(request.user).last()
        if self.device is None:
            messages.error(request, _("Deze stap is verlopen. Scan de nieuwe QR-code."))
            return redirect(request.get_full_path())
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "request": self.request,
            "instance": self.device,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            qr_code=mark_safe(qr_code_svg(self.device)),
            secret=grouped_secret(self.device),
            must_use_two_factor=two_factor.requires_two_factor(self.request.user),
        )
        return context

    def form_valid(self, form):
        user = self.request.user
        device = form.save()
        unconfirmed(user).delete()
        if not user.is_verified():
            otp_login(self.request, device)
        two_factor.log_setup(user)
        if two_factor.remaining_recovery_codes(user):
            messages.success(self.request, _("De app is gekoppeld."))
            return redirect(self.next_url())
        codes = two_factor.new_recovery_codes(user)
        self.request.session[two_factor.NEW_CODES_SESSION_KEY] = codes
        query = urlencode({"next": self.next_url()})
        return redirect(f"{reverse('accounts_recovery_codes')}?{query}")


def unconfirmed(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False)


class RecoveryCodesView(
    VerifiedRequiredMixin, NextUrlMixin, NoBreadcrumbsMixin, TemplateView
):
    """Shows new recovery codes once; after that they cannot be seen again."""

    template_name = "accounts/recovery_codes.html"
    page_title = gettext_lazy("Uw herstelcodes")

    def get(self, request, *args, **kwargs):
        self.codes = request.session.pop(two_factor.NEW_CODES_SESSION_KEY, None)
        if not self.codes:
            return redirect("accounts_two_factor_devices", user_id=request.user.pk)
        response = super().get(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(codes=self.codes, next=self.next_url())
        return context


class NewRecoveryCodesView(VerifiedRequiredMixin, View):
    """Makes new recovery codes; the old ones stop working."""

    def post(self, request):
        if not two_factor.has_authenticator(request.user):
            return redirect("accounts_two_factor_devices", user_id=request.user.pk)
        codes = two_factor.new_recovery_codes(request.user)
        request.session[two_factor.NEW_CODES_SESSION_KEY] = codes
        return redirect("accounts_recovery_codes")
