"""URLs and menu items of the roster import and export."""
