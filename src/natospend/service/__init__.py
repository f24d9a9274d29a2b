"""Product questions answered once for every interface (CLI, HTTP API, dashboard)."""
