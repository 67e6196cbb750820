"""Parsing: a report's text to front matter, headings with levels, sections and sentences."""
