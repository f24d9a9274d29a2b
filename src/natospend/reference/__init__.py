"""Reference data: countries, indicators, the pledge register and the source registry (sources.toml)."""
