"""Scoring: words, sentence features, summary selection, figures, phrases and themes."""
