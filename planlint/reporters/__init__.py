"""Reporters: FileReports -> text for people or machines. No checks here, and no
reporter builds on another: what several share is in _shared."""
