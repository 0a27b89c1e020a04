"""Admin views and menu items for the people who plan sessions."""
