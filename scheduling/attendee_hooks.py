"""Admin views and menu items for people who register others or themselves."""
