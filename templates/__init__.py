"""The site's Jinja2 templates, stylesheet and search script (package data)."""
