"""Reporters: FileReports -> text for people or machines. No checks here."""
