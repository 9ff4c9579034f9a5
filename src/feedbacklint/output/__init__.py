"""Output formats: each module renders (path, Report) results one way."""
