"""Reading: command-line paths to report sources, bytes to text, format readers to documents."""
