"""Rule packs as data: lexicons, heading and column synonyms, rule metadata (shipped as planlint.packs)."""
