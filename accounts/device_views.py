"""A user's authenticator apps and recovery codes, and a superuser's reset
after a lost phone."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DeleteView, TemplateView, UpdateView
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import two_factor
from .forms import DeviceNameForm
from .views import NoBreadcrumbsMixin, VerifiedRequiredMixin


class DevicesView(VerifiedRequiredMixin, NoBreadcrumbsMixin, TemplateView):
    template_name = "accounts/devices.html"
    page_title = gettext_lazy("Tweestapsverificatie")

    def dispatch(self, request, *args, **kwargs):
        if kwargs["user_id"] != request.user.pk and not request.user.is_superuser:
            raise PermissionDenied
        self.owner = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return "" if self.owner == self.request.user else self.owner.get_username()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        own = self.owner == self.request.user
        context.update(
            owner=self.owner,
            own=own,
            devices=TOTPDevice.objects.filter(user=self.owner, confirmed=True),
            must_use_two_factor=two_factor.requires_two_factor(self.owner),
            recovery_codes_left=two_factor.remaining_recovery_codes(self.owner),
            can_reset=self.request.user.is_superuser and not own,
        )
        return context


class EditDeviceView(VerifiedRequiredMixin, NoBreadcrumbsMixin, UpdateView):
    form_class = DeviceNameForm
    template_name = "accounts/device_edit.html"
    page_title = gettext_lazy("App een andere naam geven")

    def get_queryset(self):
        return TOTPDevice.objects.filter(user=self.request.user, confirmed=True)

    def get_success_url(self):
        messages.success(self.request, _("De naam is opgeslagen."))
        return reverse(
            "accounts_two_factor_devices", kwargs={"user_id": self.request.user.pk}
        )


class RemoveDeviceView(VerifiedRequiredMixin, NoBreadcrumbsMixin, DeleteView):
    template_name = "accounts/device_remove.html"
    page_title = gettext_lazy("App verwijderen")

    def get_queryset(self):
        devices = TOTPDevice.objects.filter(confirmed=True)
        if self.request.user.is_superuser:
            return devices
        return devices.filter(user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        owner = self.object.user
        context.update(
            must_use_two_factor=two_factor.requires_two_factor(owner),
            last_one=TOTPDevice.objects.filter(user=owner, confirmed=True).count() == 1,
        )
        return context

    def form_valid(self, form):
        owner_id = self.object.user_id
        two_factor.remove_authenticator(self.object, self.request.user)
        messages.success(self.request, _("De app is verwijderd."))
        return redirect("accounts_two_factor_devices", user_id=owner_id)


class ResetTwoFactorView(VerifiedRequiredMixin, NoBreadcrumbsMixin, TemplateView):
    """A superuser takes away all devices of someone who lost their phone."""

    template_name = "accounts/reset_confirm.html"
    page_title = gettext_lazy("Tweestapsverificatie wissen")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.owner = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.owner.get_username()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["owner"] = self.owner
        context["cancel_url"] = reverse(
            "accounts_two_factor_devices", kwargs={"user_id": self.owner.pk}
        )
        return context

    def post(self, request, *args, **kwargs):
        two_factor.reset_two_factor(self.owner, request_user=request.user)
        messages.success(
            request,
            _(
                "De tweestapsverificatie van %(username)s is gewist. Bij de "
                "volgende keer inloggen stelt %(username)s een nieuwe app in."
            )
            % {"username": self.owner.get_username()},
        )
        return redirect("accounts_two_factor_devices", user_id=self.owner.pk)
