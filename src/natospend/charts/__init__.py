"""Charts: each chart specified once, rendered for the dashboard and for files."""
