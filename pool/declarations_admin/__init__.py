"""The declarations in the Wagtail admin: the listing, a declaration's page and
history, entering one on someone's behalf, approving, rejecting and
withdrawing, the allowance years, other volunteer allowances and the payout
export. Every change goes through pool.declaring."""
