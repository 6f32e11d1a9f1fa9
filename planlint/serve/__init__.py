"""`planlint serve`: a web page and JSON API for checking plans in a browser.
Loaded only when that command runs, so `check` never imports its web stack."""
