"""One adapter per page family; each exposes NAME, detect(src) and parse(src) -> Page."""
