"""The web stage: the guarded HTTP client, listings and page fetching."""
