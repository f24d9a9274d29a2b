"""Ingest: importers read the upstream files, build writes the curated dataset, checks test it."""
