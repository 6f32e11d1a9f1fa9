"""planlint where plans are written and reviewed: Word comments (annotate).

The configuration file, inline suppression, baselines and machine outputs
live in planlint.config_file, planlint.suppress, planlint.baseline and
planlint.reporters; this package holds what works on the plan files
themselves.
"""
