"""The NLP stage: the spaCy pipeline, its components, the attribution model and
its features, and speaker, actor, act and topic resolution."""
