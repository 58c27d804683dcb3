"""`python -m corpus`: serve the demo corpus (same as `communique serve-corpus`)."""

from corpus.server import main

raise SystemExit(main())
