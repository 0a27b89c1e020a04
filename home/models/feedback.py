"""The feedback form for professionals, on Wagtail's form builder: the editor
writes the questions; the responses are in the admin under "Formulieren".

After a response is saved the visitor is sent on to the thank-you text
(post/redirect/get), so that reloading that page does not send it twice."""

from django.db import models, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import PARAGRAPH_FEATURES
from home.forms import FeedbackFormBuilder
from home.models.outbox import FormNotificationMail

SENT_PARAM = "verzonden"
SENT_SESSION_KEY = "home:form-sent"


class FeedbackFormField(AbstractFormField):
    page = ParentalKey(
        "home.FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    class Meta(AbstractFormField.Meta):
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")


class FeedbackFormPage(AbstractEmailForm):
    intro = RichTextField(
        _("introductie"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_(
            "Waar het formulier voor is. Vraag de bezoeker om geen namen of andere "
            "gegevens van inwoners in te vullen."
        ),
    )
    thank_you_text = RichTextField(
        _("tekst na versturen"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Wat de bezoeker ziet nadat de reactie is verstuurd."),
    )

    form_builder = FeedbackFormBuilder

    content_panels = [
        *Page.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Vragen"), label=_("Vraag")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail bij een nieuwe reactie (niet verplicht)"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.StandardPage"]
    subpage_types: list[str] = []
    # One form for all professionals; its responses are read in one place.
    max_count = 1

    class Meta:
        verbose_name = _("feedbackformulier")
        verbose_name_plural = _("feedbackformulieren")

    def get_submissions_list_view_class(self):
        from home.submissions import FormResponsesView

        return FormResponsesView

    def process_form_submission(self, form):
        """The response and its notice in the outbox, together or not at all."""
        with transaction.atomic():
            return super().process_form_submission(form)

    def send_mail(self, form):
        """Queue a short notice, sent after the commit; a mail server that is
        down never costs a response, nor the notice."""
        from home import outbox

        outbox.queue(FormNotificationMail.objects.create(page=self))

    def sent_url(self, request) -> str:
        return f"{self.get_url(request)}?{SENT_PARAM}=1"

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        """After a response is saved: on to the thank-you address. Without a
        response (the preview, or that address itself): the thank-you text."""
        if form_submission is None:
            return super().render_landing_page(
                request, form_submission, *args, **kwargs
            )
        request.session[SENT_SESSION_KEY] = self.pk
        return redirect(self.sent_url(request))

    def serve(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        if (
            request.method != "POST"
            and SENT_PARAM in request.GET
            and request.session.get(SENT_SESSION_KEY) == self.pk
        ):
            return self.render_landing_page(request)
        return super().serve(request, *args, **kwargs)
