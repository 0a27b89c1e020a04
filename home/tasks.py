"""Background work of the public site: sending the mails of the outbox
(home.outbox). The task's arguments are the outbox row, never the mail."""

from django_tasks import task

from home import outbox


@task()
def deliver_outbox_mail(label: str, mail_id: int) -> bool:
    sent = outbox.send(label, mail_id)
    if not sent and deliver_outbox_mail.get_backend().supports_defer:
        # Failed: try again at the mail's next attempt. The cron command
        # (send_outbox_mail) is the safety net for a task that never comes.
        retry_at = outbox.next_attempt(label, mail_id)
        if retry_at is not None:
            outbox.enqueue_delivery(label, mail_id, run_after=retry_at)
    return sent
