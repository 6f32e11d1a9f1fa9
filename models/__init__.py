"""spaCy patterns and trained components as data (shipped as planlint.models)."""
