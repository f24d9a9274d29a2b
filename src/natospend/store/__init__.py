"""The data store: the curated dataset read into pandas, with its releases and provenance."""
