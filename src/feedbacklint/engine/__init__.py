"""Rule engine: rule files → compiled matchers → named checks → findings."""
