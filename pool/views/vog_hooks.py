"""URLs, menu item and dashboard panel of the VOG overview."""
