"""Judging finished summaries: CI gates (`check`) and char-ROUGE against references (`eval`)."""
